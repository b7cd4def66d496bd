"""Headline choice: the article's own headline, without the site name.

Candidates come from JSON-LD (``headline``), meta (og:title and relatives), the
article's h1 and ``<title>``. Site-name affixes ("... | The Kyiv Independent",
"Site - Title") are stripped from each candidate when a segment between separators
matches a known site name (og:site_name, the JSON-LD publisher, the domain) or is what
``<title>`` adds around another candidate. The h1 wins when it agrees with a
structured candidate (its text is what readers see); otherwise JSON-LD, then meta.
"""

from __future__ import annotations

import re
import unicodedata

#: Separators between a headline and a site name.
_SEPARATOR = re.compile(r"\s+[|–—\-·•»«:/~]\s+|\s*\|\s*|\s+::\s+")
_NON_WORD = re.compile(r"[\W_]+")
#: Host labels that never name a site.
_GENERIC_LABELS = frozenset({"www", "com", "co", "org", "net", "news", "edition", "amp", "m",
                             "mobile", "gov", "ac", "uk", "de", "at", "ch", "fr", "it", "es"})


def fold(text: str | None) -> str:
    """Comparison key: NFKC, case-folded, only letters and digits."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def collapse(text: str | None) -> str:
    """Whitespace collapsed."""
    return " ".join((text or "").split())


def domain_names(domain: str | None) -> list[str]:
    """Host labels that may name the site ('kyivindependent' of kyivindependent.com)."""
    labels = (domain or "").lower().split(".")
    return [label for label in labels[:-1] if len(label) >= 3 and label not in _GENERIC_LABELS]


def _is_site_name(segment: str, site_keys: list[str]) -> bool:
    key = fold(segment)
    if not key:
        return True
    for site in site_keys:
        if len(site) < 3:
            continue
        if key == site or (site in key and len(key) <= len(site) + 12) or (key in site and len(key) >= 4):
            return True
    return False


def strip_site_affixes(text: str | None, site_names) -> str | None:
    """The text without leading / trailing segments that name the site."""
    text = collapse(text)
    if not text:
        return None
    site_keys = [fold(name) for name in site_names if name]
    separators = list(_SEPARATOR.finditer(text))
    if not separators or not site_keys:
        return text
    bounds = [0] + [pos for m in separators for pos in (m.start(), m.end())] + [len(text)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    first, last = 0, len(segments) - 1
    while last > first and _is_site_name(text[segments[last][0]:segments[last][1]], site_keys):
        last -= 1
    while first < last and _is_site_name(text[segments[first][0]:segments[first][1]], site_keys):
        first += 1
    return text[segments[first][0]:segments[last][1]].strip() or text


def title_affixes(title: str | None, others: list[str]) -> list[str]:
    """What ``<title>`` adds around another candidate (usually the site name)."""
    title = collapse(title)
    affixes = []
    for other in others:
        other = collapse(other)
        if other and other != title and other in title:
            start = title.index(other)
            for piece in (title[:start], title[start + len(other):]):
                piece = _SEPARATOR.sub(" ", f" {piece} ").strip(" |-–—:·")
                if piece:
                    affixes.append(piece)
    return affixes


def _agrees(h1: str, candidate: str) -> bool:
    a, b = fold(h1), fold(candidate)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= 0.6 * len(longer)


def choose_headline(*, jsonld: str | None, meta: str | None, h1s: list[str], title: str | None,
                    site_names: list[str], domain: str | None) -> tuple[str | None, str | None]:
    """(headline, layer) chosen among the candidates, site names stripped."""
    names = [n for n in site_names if n] + domain_names(domain)
    names += title_affixes(title, [c for c in (jsonld, meta, *h1s[:1]) if c])
    cleaned_jsonld = strip_site_affixes(jsonld, names)
    cleaned_meta = strip_site_affixes(meta, names)
    cleaned_title = strip_site_affixes(title, names)
    structured = [c for c in (cleaned_jsonld, cleaned_meta, cleaned_title) if c]
    for h1 in h1s:
        if any(_agrees(h1, candidate) for candidate in structured):
            return collapse(h1), "markup"
    if cleaned_jsonld:
        return cleaned_jsonld, "jsonld"
    if cleaned_meta:
        return cleaned_meta, "meta"
    if h1s:
        return collapse(h1s[0]), "markup"
    return cleaned_title, ("markup" if cleaned_title else None)
