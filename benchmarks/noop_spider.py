"""The benchmark's baseline: the ``article`` spider with an article callback that does
nothing (same discovery, same downloads, no extraction, no pipeline work)."""

from newscrawl.crawl.spiders.article import ArticleSpider


class NoopArticleSpider(ArticleSpider):
    """Discovers and fetches like ``article``; the article callback only counts."""

    name = "article-noop"

    def parse_article(self, response):
        self._inc("pages/noop")
        return None
