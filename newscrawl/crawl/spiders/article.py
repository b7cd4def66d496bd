"""``scrapy crawl article``: any site, from a URL, a URL list, a sitemap, a feed or the
whole site (robots.txt, sitemaps, feeds, then the front page)."""

from newscrawl.crawl.spiders.base import NewsSpider


class ArticleSpider(NewsSpider):
    """Crawl articles from ``-a url=``, ``-a urls_file=``, ``-a sitemap=``, ``-a feed=``
    or ``-a site=`` (with ``-a since=YYYY-MM-DD`` / ``-a days=N`` as a cut-off).

    The site profile of each page's domain, if there is one, is used in extraction.
    The crawl stays on the hosts of the URLs given (their subdomains included): entries
    and redirects elsewhere are not followed; ``-a hosts=h1,h2`` adds hosts,
    ``-a hosts=any`` lifts the limit.
    """

    name = "article"
