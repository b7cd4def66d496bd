"""Field extraction: one HTML page in, one Article out (see :mod:`.extractor`)."""

from newscrawl.extract.extractor import extract_article, extract_article_with_context

__all__ = ["extract_article", "extract_article_with_context"]
