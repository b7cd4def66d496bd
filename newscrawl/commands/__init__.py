"""Scrapy commands added by newscrawl (``scrapy extract``)."""
