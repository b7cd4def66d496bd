"""Splitting a corpus by site into a development part and a held-out part.

Rules are written while looking at the development part only; the held-out part is
only ever measured, so its figures say how the extractor does on sites it was not
tuned on. The split is fixed once and the same for every corpus and every run: a
page's part is decided by a hash of its site alone, so all pages of one site fall in
the same part, and a site shared by two corpora falls in the same part in both.

Rule work splits the development part again into halves A and B (:func:`dev_half`):
misses are read on half A, and a rule is kept only if half B loses nothing.

The site is the corpus's own ``group`` label where it has one, else the registrable
domain of the page URL (public suffix list bundled with tldextract; never fetched).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

#: The two parts, in report order.
DEV = "dev"
HELD_OUT = "held-out"
PARTS = (DEV, HELD_OUT)

#: Salt of the hash; changing it would reshuffle the parts, so it never changes.
_SALT = b"newscrawl-site-split-v1:"


@lru_cache(maxsize=1)
def _suffix_extractor():
    import tldextract

    # The bundled snapshot only: no download of the public suffix list.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(url: str) -> str:
    """The registrable domain of a URL ('news.bbc.co.uk' -> 'bbc.co.uk'), lower-cased;
    the bare host when the suffix is unknown, '' for a URL without a host."""
    parts = _suffix_extractor()(url or "")
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}".lower()
    return (parts.domain or "").lower()


def site_of(url: str, group: str | None = None) -> str:
    """The site a page belongs to: the corpus's group label, else the URL's registrable domain."""
    return (group or "").strip().lower() or registrable_domain(url)


def part_of(site: str) -> str:
    """DEV or HELD_OUT for a site, by the parity of the first byte of a salted SHA-256."""
    digest = hashlib.sha256(_SALT + site.encode("utf-8")).digest()
    return DEV if digest[0] % 2 == 0 else HELD_OUT


def dev_half(site: str) -> str:
    """'A' or 'B': the second split of the development part by site (the parity of the
    first byte of the site's SHA-1), shared by the rule-audit instruments in benchmarks/."""
    return "A" if hashlib.sha1(site.encode()).digest()[0] & 1 == 0 else "B"
