"""newscrawl: turn news websites into clean, structured Parquet datasets.

``from newscrawl import extract_article`` gives the extractor the spiders use, for a
notebook or a saved page.
"""

__version__ = "0.1.0"

__all__ = ["extract_article", "Article", "Image", "__version__"]


def __getattr__(name):
    # Lazy imports keep ``import newscrawl`` (and Scrapy's settings import) cheap.
    if name == "extract_article":
        from newscrawl.extract import extract_article
        return extract_article
    if name in ("Article", "Image"):
        from newscrawl import article
        return getattr(article, name)
    raise AttributeError(name)
