"""Adapters that run peer extractors (benchmark only) and return Predictions.

trafilatura, newspaper4k, readability-lxml and goose3 are imported lazily, here and
nowhere else in the package; they come with the ``bench`` extra. A peer that raises
on a page scores as empty for that page (the runner records the error).
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Callable
from functools import lru_cache

from newscrawl.evaluate.metrics import date_value
from newscrawl.evaluate.systems import Prediction, System

#: How trafilatura separates several authors in one string.
_TRAFILATURA_AUTHOR_SEPARATOR = ";"


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def trafilatura_extract(html: str, url: str) -> Prediction:
    """trafilatura: bare_extraction with metadata, comments excluded (as the Zyte benchmark)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False)
    if document is None:
        return Prediction()
    authors = [a.strip() for a in _text(document.author).split(_TRAFILATURA_AUTHOR_SEPARATOR)]
    return Prediction(
        body=_text(document.text),
        headline=_text(document.title),
        authors=[a for a in authors if a],
        published=date_value(document.date),
    )


@lru_cache(maxsize=1)
def _newspaper_config():
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # it would download the images to pick a top image
    return config


def newspaper_extract(html: str, url: str) -> Prediction:
    """newspaper4k: Article(url).download(input_html=html).parse()."""
    import newspaper

    article = newspaper.Article(url or "http://localhost/", config=_newspaper_config())
    article.download(input_html=html)
    article.parse()
    return Prediction(
        body=_text(article.text),
        headline=_text(article.title),
        authors=list(article.authors or []),
        published=date_value(article.publish_date),
    )


#: Elements after which text of a readability summary is broken into a new paragraph.
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "blockquote", "pre", "table", "tr",
                         "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "figure", "section"})


def html_fragment_text(root) -> str:
    """Text of an lxml fragment with block elements kept apart by blank lines."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return root.text_content().strip()


def readability_extract(html: str, url: str) -> Prediction:
    """readability-lxml: Document(html).summary() turned into text with lxml; short_title()."""
    import lxml.html
    from readability import Document

    document = Document(html, url=url or None)
    summary = document.summary(html_partial=True)
    text = html_fragment_text(lxml.html.fromstring(summary)) if summary.strip() else ""
    return Prediction(body=text, headline=_text(document.short_title()))


@lru_cache(maxsize=1)
def _goose():
    from goose3 import Goose

    return Goose({"enable_image_fetching": False})


def goose_extract(html: str, url: str) -> Prediction:
    """goose3: Goose().extract(raw_html=html): cleaned_text, title, authors, publish_date."""
    article = _goose().extract(raw_html=html)
    published = date_value(article.publish_date)
    if published is None:  # goose3 also parses what it found into an aware UTC datetime
        published = date_value(getattr(article, "publish_datetime_utc", None))
    return Prediction(
        body=_text(article.cleaned_text),
        headline=_text(article.title),
        authors=list(article.authors or []),
        published=published,
    )


#: Host names that stay reachable while peers run.
_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class NetworkBlocked(OSError):
    """A peer tried to reach the network during a benchmark run."""


def block_network() -> Callable[[], None]:
    """Make name resolution fail for every host but loopback, in this process.

    Some peers fetch images or other resources on their own while parsing; a benchmark
    must not send traffic anywhere, and waiting for those fetches would distort the
    timing. Called by the evaluation command before any peer runs. Returns a function
    that lifts the block.
    """
    original = socket.getaddrinfo
    if getattr(original, "newscrawl_blocked", False):
        return lambda: None

    def loopback_only(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in _LOOPBACK_HOSTS:
            raise NetworkBlocked(f"network access to {name!r} blocked during evaluation")
        return original(host, *args, **kwargs)

    setattr(loopback_only, "newscrawl_blocked", True)  # noqa: B010 - a function attribute
    socket.getaddrinfo = loopback_only

    def unblock() -> None:
        socket.getaddrinfo = original

    return unblock


#: Peer name -> (module that must be importable, adapter, fields it gives).
PEERS = {
    "trafilatura": ("trafilatura", trafilatura_extract,
                    frozenset({"body", "headline", "authors", "published"})),
    "newspaper4k": ("newspaper", newspaper_extract,
                    frozenset({"body", "headline", "authors", "published"})),
    "readability-lxml": ("readability", readability_extract,
                         frozenset({"body", "headline"})),
    "goose3": ("goose3", goose_extract,
               frozenset({"body", "headline", "authors", "published"})),
}


def peer_systems(names: list[str] | None = None) -> tuple[list[System], list[str]]:
    """The installed peers as Systems, and the names of those that are not installed."""
    systems, missing = [], []
    for name in names or list(PEERS):
        module, adapter, fields = PEERS[name]
        if importlib.util.find_spec(module) is None:
            missing.append(name)
            continue
        systems.append(System(name=name, extract=adapter, fields=fields, is_peer=True))
    return systems, missing
