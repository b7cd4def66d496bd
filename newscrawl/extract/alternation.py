"""A list of words as one regular-expression alternation that branches on shared prefixes.

Python's ``re`` tries the alternatives of ``(?:photographs|photograph|photos|...)`` one
after the other at every place it tries the group: for a long list and a case-insensitive
pattern, a comparison per word at every character of the text.
:func:`prefix_alternation` writes the same words as a prefix tree
(``(?:p(?:hoto(?:graph(?:s)?|s)?|ic(?:ture(?:s)?)?)|...)``): the engine reads each
character once per branch it is in.

It matches what the plain alternation of the words, longest first, matches, and in the
same order: at one place the words that match are prefixes of one another, and both forms
try the longest first (a branch goes on before it ends), so a pattern around the group
backtracks through the same matches. That holds when no two words branching at one place
can match one character; for a case-insensitive pattern the function refuses letters that
match each other so ("s" and "ſ", "σ" and "ς") rather than order them.
"""

from __future__ import annotations

import re

#: The flags the words are compared under when the builder checks that no two branches
#: at one place can read the same character.
CASE_INSENSITIVE = re.IGNORECASE


def _same_character(first: str, second: str, flags: int) -> bool:
    """True when a pattern of either character, under ``flags``, matches the other."""
    return bool(re.fullmatch(re.escape(first), second, flags)
                or re.fullmatch(re.escape(second), first, flags))


def prefix_alternation(words, flags: int = CASE_INSENSITIVE) -> str:
    """Regex source, to be put in a group, matching any of ``words`` as
    ``"|".join(map(re.escape, longest first))`` does, under ``flags``.
    ValueError for an empty word or two branching characters that ``flags`` make one."""
    tree: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word matches everywhere")
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str:
        characters = sorted(character for character in node if character)
        for index, first in enumerate(characters):
            for second in characters[index + 1:]:
                if _same_character(first, second, flags):
                    raise ValueError(f"{first!r} and {second!r} branch at one place and match "
                                     "one character: the order of the words would change")
        branches = [re.escape(character) + written(node[character]) for character in characters]
        if not branches:
            return ""
        ends = "" in node
        if len(branches) == 1 and not ends:
            return branches[0]
        # (?:...)? tries the longer words first and ends here last: longest first
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return written(tree)
