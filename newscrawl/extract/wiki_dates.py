"""The day a MediaWiki page states in its footer: the date of its last edit.

A wiki page has no publication date: it is edited for as long as it lives, and the one
date MediaWiki prints on every page is the time of the last edit, in the footer item the
software names ``lastmod`` (its footer links "info" group: ``<li id="footer-info-lastmod">``
in the Vector and Timeless skins, ``<li id="footer-lastmod">`` in skins that keep one
group, ``<li id="lastmod">`` in MonoBook before MediaWiki 1.17), worded in the wiki's
language ("This page was last edited on 7 April 2020, at 05:33.", "Diese Seite wurde
zuletzt am 29. Januar 2020 um 13:22 Uhr geändert."). It is read only for a page whose
``generator`` meta tag names MediaWiki, and only as the last source of the publication
day, when no other source of the page gave one.
"""

from __future__ import annotations

import lxml.etree

from newscrawl.extract.page_dates import printed_day_raws

#: The footer item of the last edit, by the ids MediaWiki's skins give it.
_LAST_EDIT_ITEM = lxml.etree.XPath(
    "//li[@id='footer-info-lastmod' or @id='footer-lastmod' or @id='lastmod']")
#: The start of the ``generator`` meta tag's value on pages MediaWiki renders
#: ("MediaWiki 1.31.0"), lowered.
MEDIAWIKI_GENERATOR = "mediawiki"


def is_mediawiki(meta: dict[str, list[str]]) -> bool:
    """Whether the page's ``generator`` meta tag names MediaWiki."""
    return any(value.strip().lower().startswith(MEDIAWIKI_GENERATOR)
               for value in meta.get("generator", ()))


def last_edit_raws(tree, meta: dict[str, list[str]]) -> list[str]:
    """The dates printed in a MediaWiki page's last-edit footer item (the first one
    first); none for a page of other software or without that item."""
    if not is_mediawiki(meta):
        return []
    for item in _LAST_EDIT_ITEM(tree):
        raws = printed_day_raws(" ".join(item.itertext()))
        if raws:
            return raws
    return []
