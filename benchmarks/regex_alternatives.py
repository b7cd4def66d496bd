"""The top-level alternatives of a regular expression's source, for the audits that switch
a phrase list's entries off one at a time (``body_audit.py``, ``date_audit.py``).

A phrase list is written as one regex of ``|`` alternatives. :func:`alternatives` finds the
shallowest run of them (escapes, character classes and group prefixes such as ``(?:`` or
``(?<!`` read as the ``re`` module reads them; a verbose pattern's comments left out first
with :func:`without_comments`); :func:`without_alternative` and :func:`only_alternative`
compile the pattern with one of them removed or alone.
"""

from __future__ import annotations

import re
from collections import defaultdict


def without_comments(pattern: str) -> str:
    """A verbose pattern without its ``#`` comments (escapes and classes kept)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "#":
            end = pattern.find("\n", i)
            i = len(pattern) if end < 0 else end
            continue
        out.append(char)
        i += 1
    return "".join(out)


def alternatives(pattern: str) -> tuple[int, int, list[str]]:
    """(start, end, alternatives) of the shallowest run of ``|`` alternatives in a regex
    source (comments already out): ``pattern[start:end]`` is the part they split."""
    depth, in_class, i = 0, False, 0
    opened: list[int] = [0]
    found: dict[int, tuple] = {}
    bars: dict[int, list] = defaultdict(list)
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
            start = i + 1
            if pattern.startswith("?", start):  # (?:  (?P<n>  (?=  (?!  (?<=  (?<!  (?i)
                match = re.match(r"\?(?:P<\w+>|<[=!]|[:=!>]|[a-zA-Z]+(?::|(?=\))))", pattern[start:])
                start += match.end() if match else 0
            opened.append(start)
            bars[depth] = []
        elif char == ")":
            if bars.get(depth):
                found.setdefault(depth, (opened[-1], i, list(bars[depth])))
            bars[depth] = []
            opened.pop()
            depth -= 1
        elif char == "|":
            bars[depth].append(i)
        i += 1
    if bars.get(0):
        found[0] = (0, len(pattern), list(bars[0]))
    if not found:
        return 0, len(pattern), [pattern]
    start, end, positions = found[min(found)]
    cuts = [start, *[p + 1 for p in positions]]
    ends = [*positions, end]
    return start, end, [pattern[a:b] for a, b in zip(cuts, ends)]


def without_alternative(pattern: re.Pattern, index: int) -> re.Pattern:
    """``pattern`` with its ``index``-th top alternative (:func:`alternatives`) removed."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE:
        source = without_comments(source)
    start, end, parts = alternatives(source)
    kept = [part for i, part in enumerate(parts) if i != index]
    return re.compile(source[:start] + "|".join(kept) + source[end:], pattern.flags)


def only_alternative(pattern: re.Pattern, index: int) -> re.Pattern:
    """``pattern`` with its ``index``-th top alternative alone."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE:
        source = without_comments(source)
    start, end, parts = alternatives(source)
    return re.compile(source[:start] + parts[index] + source[end:], pattern.flags)
