"""``scrapy crawl demo``: serve the bundled demo news site on 127.0.0.1 for the length
of the crawl and crawl it from its robots.txt, like any real site."""

from scrapy import signals

from newscrawl.crawl.spiders.base import NewsSpider
from newscrawl.testsite import DEMO_ROOT, TestSite


class DemoSpider(NewsSpider):
    """Crawl the demo site (started on a free port of 127.0.0.1, stopped at the end)."""

    name = "demo"
    #: Directory of the site to serve; ``-a root=DIR`` serves another one.
    site_root = DEMO_ROOT

    def __init__(self, *args, root=None, **kwargs):
        super().__init__(*args, **kwargs)
        if root:
            self.site_root = root
        self.testsite = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.stop_site, signal=signals.spider_closed)
        return spider

    def entry_requests(self):
        self.testsite = TestSite(root=self.site_root, port=0)
        self.testsite.start()
        self.logger.info("demo site serving at %s", self.testsite.base_url)
        self.allowed_domains = ["127.0.0.1"]
        yield self.site_request(self.testsite.base_url)

    def stop_site(self, spider):
        """Stop the demo server when the crawl ends."""
        if self.testsite is not None:
            self.testsite.stop()
