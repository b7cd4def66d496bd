"""Crawling: the spiders and their discovery of pages (robots, sitemaps, feeds), the
extraction pool beside the crawl, incremental state, and the Scrapy components (item
pipelines, extensions, downloader middlewares, retries) that turn fetched pages into
rows."""
