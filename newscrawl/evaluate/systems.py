"""Systems under evaluation: a name, the fields it gives, and a function html, url -> Prediction.

newscrawl's own extractor is wrapped twice: ``newscrawl-generic`` (site profiles off)
and ``newscrawl-profiles`` (profiles chosen by URL). Peers live in
:mod:`newscrawl.evaluate.peers`. Any callable returning a :class:`Prediction` (or an
``Article``) can be evaluated, which is how the tooling is tested without the real
extractor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from newscrawl.evaluate.metrics import DateValue, date_value

#: Every field a system may give, in report order.
ALL_FIELDS = frozenset({"body", "headline", "authors", "published", "captions"})


@dataclass(slots=True)
class Prediction:
    """What a system extracted from one page, in the evaluator's terms.

    ``captions`` holds, per image caption, its acceptable forms: the caption alone,
    and the caption followed by its credit when the system splits credits off.
    ``description`` is the standfirst a system keeps apart from the body (newscrawl's
    ``description``; peers give none): the snippet figures "description + body" read it.
    """

    body: str = ""
    description: str = ""
    headline: str = ""
    authors: list[str] = field(default_factory=list)
    published: DateValue | None = None
    captions: list[list[str]] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class System:
    """A named extractor and the fields it can give (others are shown as '-').

    ``extract(html, url)`` gives a Prediction, or an Article that the runner converts
    with :func:`prediction_from_article` after the clock stops (reading a date's own day
    is the evaluator's work, not the extractor's)."""

    name: str
    extract: Callable[[str, str], object]
    fields: frozenset = ALL_FIELDS
    is_peer: bool = False


def article_date(value: dt.datetime | None, precision: str | None, raw: str | None = None,
                 language: str | None = None) -> DateValue | None:
    """An Article's published_at as a DateValue, honouring its precision flag.

    'date' is a calendar day; 'naive' is a wall-clock time stored as if UTC (its zone is
    unknown); anything else aware is a moment, whose own day is the day its
    ``published_raw`` states (:func:`newscrawl.extract.dates.stated_day`), when readable.
    """
    if value is None:
        return None
    if precision == "date":
        return DateValue("day", value.date())
    if precision == "naive":
        return DateValue("wallclock", value.replace(tzinfo=None))
    if value.tzinfo is None:
        return date_value(value)
    own_day = None if precision == "relative" else _own_day(raw, language, value)
    return DateValue("instant", value, own_day=own_day)


def _own_day(raw: str | None, language: str | None, value: dt.datetime) -> dt.date | None:
    """The calendar day ``raw`` states, when it is one a real UTC offset gives ``value``
    (a day further off means the raw was read otherwise here than by the extractor);
    None when there is no raw or it is unreadable."""
    if not raw:
        return None
    from newscrawl.extract.dates import stated_day
    try:
        day = stated_day(raw, language=language)
    except Exception:  # noqa: BLE001 - an unreadable raw leaves the day to the moment
        return None
    if day is None or abs((day - value.astimezone(dt.timezone.utc).date()).days) > 1:
        return None
    return day


def caption_forms(caption: str | None, credit: str | None) -> list[str]:
    """The forms a caption may be matched in: alone, and with its credit appended."""
    caption = (caption or "").strip()
    if not caption:
        return []
    credit = (credit or "").strip()
    return [caption, f"{caption} {credit}"] if credit else [caption]


def _get(obj, name, default=None):
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def prediction_from_article(article) -> Prediction:
    """Convert a newscrawl Article (or anything with its attribute names) to a Prediction."""
    captions = []
    for image in _get(article, "images") or []:
        forms = caption_forms(_get(image, "caption"), _get(image, "credit"))
        if forms:
            captions.append(forms)
    return Prediction(
        body=_get(article, "body") or "",
        description=_get(article, "description") or "",
        headline=_get(article, "headline") or "",
        authors=list(_get(article, "authors") or []),
        published=article_date(_get(article, "published_at"),
                               _get(article, "published_precision"),
                               _get(article, "published_raw"), _get(article, "language")),
        captions=captions,
    )


def newscrawl_system(*, profiles: bool, extract_article=None) -> System:
    """newscrawl's extractor as a System; ``profiles`` False switches site profiles off."""
    if extract_article is None:
        from newscrawl.extract import extract_article
    profile_arg = None if profiles else False

    def extract(html: str, url: str):
        # The Article itself: the runner converts it after the clock stops.
        return extract_article(html, url, profile=profile_arg)

    name = "newscrawl-profiles" if profiles else "newscrawl-generic"
    return System(name=name, extract=extract)


def own_systems(profiles_mode: str) -> list[System]:
    """The newscrawl systems for ``--profiles on|off|both`` (generic first)."""
    if profiles_mode not in ("on", "off", "both"):
        raise ValueError(f"profiles must be on, off or both, not {profiles_mode!r}")
    systems = []
    if profiles_mode in ("off", "both"):
        systems.append(newscrawl_system(profiles=False))
    if profiles_mode in ("on", "both"):
        systems.append(newscrawl_system(profiles=True))
    return systems
