"""Crawlers for tests, set up like a project that lists newscrawl's add-on."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

#: The add-on, as a project's settings list it.
ADDON = {"ADDONS": {"newscrawl.Addon": 0}}


def newscrawl_crawler(spidercls=None, settings: dict | None = None):
    """An unstarted crawler of ``spidercls`` with the add-on and ``settings`` (project priority)."""
    return get_crawler(spidercls, {**ADDON, **(settings or {})})
