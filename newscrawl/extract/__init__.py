"""Field extraction: one HTML page in, one Article out (see :mod:`.extractor`)."""

from newscrawl.extract.extractor import extract_article

__all__ = ["extract_article"]
