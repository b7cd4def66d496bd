"""newscrawl's spiders: ``article`` (any site), ``demo`` (the bundled demo site) and one
spider per site profile (generated in :mod:`newscrawl.crawl.spiders.profiles`)."""
