"""``scrapy crawl article``: any site, from a URL, a URL list, a sitemap, a feed or the
whole site (robots.txt, sitemaps, feeds, then the front page)."""

from newscrawl.profiles import profile_for_url
from newscrawl.spiders.base import NewsSpider


class ArticleSpider(NewsSpider):
    """Crawl articles from ``-a url=``, ``-a urls_file=``, ``-a sitemap=``, ``-a feed=``
    or ``-a site=`` (with ``-a since=YYYY-MM-DD`` / ``-a days=N`` as a cut-off).

    The site profile of each page's domain, if there is one, is used in extraction.
    """

    name = "article"

    def extract(self, response, fetched_at, profile):
        # No fixed profile: look one up per page (None lets extract_article do it).
        if profile is None:
            profile = profile_for_url(response.url)
        return super().extract(response, fetched_at, profile)
