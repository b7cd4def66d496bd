"""The settings of the newscrawl Scrapy project (``scrapy.cfg``).

Like any other project that uses newscrawl, it lists the add-on
(:class:`newscrawl.Addon`), which installs the pipelines, middlewares, extensions,
crawl settings and every ``NEWSCRAWL_*`` default (:mod:`newscrawl.defaults`), and
names its spider modules. Override any setting per run with
``scrapy crawl ... -s NAME=VALUE`` or in a spider's ``custom_settings``.
"""

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.crawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.crawl.spiders"
# The commands also come through the `scrapy.commands` entry point once newscrawl is
# installed; naming the module keeps them in a checkout that is only on the path.
COMMANDS_MODULE = "newscrawl.commands"

ADDONS = {"newscrawl.Addon": 0}

LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
