"""The project's own error types: the only exceptions ``extract_article`` raises.

Pipelines record these as failures (stage, error type, message) instead of letting
them stop a crawl.
"""


class NewscrawlError(Exception):
    """Base class of every error newscrawl raises on purpose."""


class ExtractionError(NewscrawlError):
    """A page could not be turned into an Article."""


class NotAPageError(ExtractionError):
    """The input is not an HTML page at all: empty, binary, or not markup."""
