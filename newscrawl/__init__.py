"""newscrawl: turn news websites into clean, structured Parquet datasets.

``from newscrawl import extract_article`` gives the extractor the spiders use, for a
notebook or a saved page; ``newscrawl.Addon`` brings the pipelines, extensions and
defaults into any Scrapy project (``ADDONS = {"newscrawl.Addon": 0}``).

Subpackages, top-down: ``commands`` (Scrapy commands) over ``distributed`` (Redis fleet)
over ``crawl`` (spiders, pipelines, extensions, middlewares, incremental state) over
``report`` and ``storage`` (Parquet datasets) and ``extract`` / ``profiles`` (one page
to one Article) over ``model`` (the records). ``testsite`` and ``evaluate`` serve tests
and measurement.
"""

from newscrawl import aliases
from newscrawl.version import __version__

__all__ = ["extract_article", "Article", "Image", "Addon", "__version__"]

aliases.install()


def __getattr__(name):
    # Lazy imports keep ``import newscrawl`` (and Scrapy's settings import) cheap.
    if name == "extract_article":
        from newscrawl.extract import extract_article
        return extract_article
    if name == "Addon":
        from newscrawl.addon import Addon
        return Addon
    if name in ("Article", "Image"):
        from newscrawl.model import article
        return getattr(article, name)
    raise AttributeError(name)
