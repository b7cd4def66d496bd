"""The orchestrator: one page in, one :class:`~newscrawl.model.article.Article` out.

The page is parsed once into a :class:`PageContext`. Each field then runs its cascade
of layers in a fixed order and records the layer that supplied it in
``Article.sources``: the site profile first (when it has a rule for the field), then
JSON-LD, meta tags, the app state a JavaScript app embeds (``appstate``: it fills what
the structured layers lack, and the body when the markup gives little or none of it) and
the visible markup. A field step that fails on odd input is
logged, named in ``PageContext.field_errors`` (the crawl counts it in its stats) and
skipped, so a page raises only :class:`~newscrawl.errors.NotAPageError`
(from the context, for input that is not a page at all).

Given an :class:`~newscrawl.extract.record.ExtractionRecord`, the steps also record
every layer's candidates for each field as they try them, and the one taken (what
``scrapy extract -v`` prints). Without one, ``offer`` returns at once and nothing is
computed beyond what the choice itself needs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import lxml.etree

from newscrawl.version import __version__
from newscrawl.urls import domain_of
from newscrawl.model.article import Article, Image
from newscrawl.extract.dates import (AS_OF_LABEL, DATE, EXACT, NAIVE, PUBLISHED_LABEL, RELATIVE, SITE_TZ, UPDATE_LABEL,
                                     NormalisedDate, clean_date_text, date_parts_of_line, is_ambiguous_numeric,
                                     regional_order, normalise_date, normalise_date_and_day,
                                     offset_showing, stated_day, stated_in_utc)
from newscrawl.extract import authors as byline
from newscrawl.extract.body import Body, extract_body
from newscrawl.extract.body.lead import find_lead
from newscrawl.extract.body.paragraphs import is_name_line, without_closing_signature
from newscrawl.extract.structure import KnownFields
from newscrawl.extract import headline as headlines
from newscrawl.extract import images as pictures
from newscrawl.extract import jsonld, markup, meta, owner, page_dates, profiles, wiki_dates
from newscrawl.extract.appstate import FUSION_NAME
from newscrawl.extract.boilerplate import SENTENCE_END
from newscrawl.extract.context import PageContext, without_lone_surrogates
from newscrawl.extract.lazy import cached_property
from newscrawl.extract.language import guess_language, language_timezone, normalise_language
from newscrawl.text import WORD, collapse, fold, word_count
from newscrawl.extract.record import UNREACHED, TRIED, Candidate, ExtractionRecord

log = logging.getLogger(__name__)

EXTRACTOR_NAME = f"newscrawl/{__version__}"
#: Precision ranks: a later date candidate replaces an earlier one of the same day only if
#: it is strictly more exact.
_PRECISION_RANK = {"exact": 0, "site-tz": 1, "naive": 2, "relative": 3, "date": 4, None: 9}
#: How far apart two readings of "the same" publication time may be (offset ambiguity).
_SAME_MOMENT = dt.timedelta(hours=26)
#: At most this many date candidates are normalised per field (dateparser costs ms).
MAX_DATE_CANDIDATES = 6


def resolve_profile(profile, url: str):
    """The SiteProfile to use: None -> by URL; False -> none; a name -> that profile."""
    if profile is False:
        return None
    if profile is None:
        return profiles.profile_for_url(url)
    if isinstance(profile, str):
        return profiles.get_profile(profile)
    return profile


class _Remembered:
    """An iterable over a generator's items that computes each item once: every
    iteration replays the items found so far, then continues the generator."""

    def __init__(self, items):
        self._items = iter(items)
        self._seen: list = []

    def __iter__(self):
        position = 0
        while True:
            if position == len(self._seen):
                try:
                    self._seen.append(next(self._items))
                except StopIteration:
                    return
            yield self._seen[position]
            position += 1


#: A language tag naming a region: 'en-GB', 'en_au'.
_REGION = re.compile(r"^\s*[A-Za-z]{2,3}[-_][A-Za-z]{2}\s*$")


class ExtractionRun:
    """The state of one extraction: the context, the Article being filled, shared results,
    and the record of candidates when one was asked for (None otherwise)."""

    def __init__(self, ctx: PageContext, article: Article, profile, language: str | None,
                 record: ExtractionRecord | None = None):
        self.ctx = ctx
        self.article = article
        self.profile = profile
        self.explicit_language = language
        self.record = record
        self.node, self.index, self.meta = {}, {}, {}
        try:
            self.node = ctx.jsonld_article or {}
            self.index = ctx.jsonld_index
        except Exception:  # broken JSON-LD must not lose the page
            log.warning("JSON-LD unreadable on %s", ctx.url, exc_info=True)
        try:
            self.meta = ctx.meta
        except Exception:
            log.warning("meta tags unreadable on %s", ctx.url, exc_info=True)
        self.body: Body | None = None
        self.scope = None
        #: Which source the generic headline choice took ("jsonld", "meta", "h1",
        #: "printed", "title"; None when it found none or a profile gave the headline).
        self.headline_source: str | None = None
        #: Relative dates met without a fetch time, in order (the date steps keep the
        #: first as the field's raw string when nothing else reads).
        self.unanchored: list[str | None] = []
        #: {raw date string: its reading}: a string met again on the page (the same date
        #: in the markup, a byline line and the printed dates) is read once.
        self._readings: dict[str, NormalisedDate] = {}
        #: {raw date string: the calendar day it states (:func:`stated_day`)}: kept from
        #: the string's first reading when that one reads it as :func:`stated_day` does,
        #: else read once when first asked (:meth:`stated_day`).
        self._days: dict[str, dt.date | None] = {}
        #: (the body container, its closing credit): :func:`_run_closing_credit`'s reading.
        self.closing_credit_read: tuple | None = None

    @cached_property
    def byline_groups(self) -> "_Remembered":
        """(heuristic, elements) of each byline heuristic with hits in the article scope,
        searched once and only as far as asked, for the authors and the dates beside
        them (read after :func:`step_scope`)."""
        return _Remembered(markup.byline_element_groups(self.scope, self.ctx.tree,
                                                         self.ctx.attribute_values, self.microdata))

    @cached_property
    def h1s(self) -> list:
        """The page's ``<h1>`` elements (:func:`markup.h1_elements`), found once for the
        steps that read them (headline, scope, byline, printed dates)."""
        return list(self.ctx.elements("h1"))

    @cached_property
    def page_title(self) -> str | None:
        """The page's ``<title>`` text (:func:`markup.title`), read once for the headline
        steps that compare with it."""
        return markup.title(self.ctx.tree, self.ctx.elements("title"))

    @cached_property
    def microdata(self) -> bool:
        """Whether the page has any ``itemprop`` attribute (what :func:`markup.has_microdata`
        tells), asked once, by the first markup search that would walk the page for one:
        read from the list of the page's ``itemprop`` values, which one walk makes at the
        cost of the yes-or-no walk, and which :attr:`caption_itemprop` reads again."""
        return bool(self.ctx.attribute_values("itemprop"))

    @cached_property
    def caption_itemprop(self) -> bool:
        """Whether an element of the page has ``itemprop="caption"``, the one value the
        figure pass reads: told no, it reads no element's ``itemprop``."""
        return self.microdata and "caption" in self.ctx.attribute_values("itemprop")

    @cached_property
    def headline_itemprop(self) -> bool:
        """Whether an element of the page has ``itemprop="headline"``, the one value
        :data:`markup.ITEMPROP_HEADLINE` selects (the same string equality): told no, the
        headline's markup candidates make no walk of the page for it."""
        return self.microdata and "headline" in self.ctx.attribute_values("itemprop")

    @cached_property
    def figure_classes(self) -> bool:
        """Whether a class of the page may name a caption or a gallery: False only when
        no element is an ``itemprop="caption"`` (:attr:`caption_itemprop`) and the page's
        class values, listed already by the byline or dateline gate, hold none of the
        figure pass's fragments (:func:`pictures.names_figure_classes`); the figure pass,
        told no, visits the figure and figcaption elements alone. (Listing the values for
        this alone costs about what it spares.)"""
        if self.caption_itemprop:
            return True
        values = self.ctx.attribute_values_read("class")
        return values is None or pictures.names_figure_classes(values)

    @cached_property
    def canonical_href(self) -> str | None:
        """The page's ``<link rel=canonical>`` href (read once: the canonical URL and the
        day in its path both need it)."""
        return markup.canonical(self.ctx.tree, self.ctx.elements("link"))

    @cached_property
    def published_markup(self) -> list[tuple[str, str, str]]:
        """The publication date markup of the article scope (:data:`markup.PUBLISHED_XPATHS`),
        found once for the candidates and the cross-checks that read it again (read
        after :func:`step_scope`)."""
        scope = self.scope if self.scope is not None else self.ctx.body_element
        return markup.date_candidates(scope, markup.PUBLISHED_XPATHS, self.microdata,
                                      label=PUBLISHED_LABEL, update_label=UPDATE_LABEL)

    @cached_property
    def datelines(self) -> list[tuple[str, str, str]]:
        """The date-classed lines of the article scope (:data:`markup.DATELINE_XPATHS`),
        the publication candidates' last markup layer."""
        scope = self.scope if self.scope is not None else self.ctx.body_element
        return markup.date_candidates(scope, markup.DATELINE_XPATHS,
                                      class_values=self.ctx.attribute_values("class"))

    @property
    def byline_elements(self) -> tuple[str, list]:
        """(heuristic, elements) of the first byline heuristic with hits."""
        return next(iter(self.byline_groups), ("", []))

    @cached_property
    def app(self):
        """The page's app-state article (parsed on first use), or None."""
        try:
            return self.ctx.appstate
        except Exception:  # broken app state must not lose the page
            log.warning("app state unreadable on %s", self.ctx.url, exc_info=True)
            return None

    def set(self, field_name: str, value, layer: str, candidate: Candidate | None = None) -> bool:
        """Store a non-empty value and its layer; False when the value is empty. With a
        record, ``candidate`` (what :meth:`offer` returned) is marked as the one taken."""
        if value is None or value == "" or value == []:
            return False
        setattr(self.article, field_name, value)
        self.article.sources[field_name] = layer
        if self.record is not None:
            self.record.take(field_name, value, layer, candidate)
        return True

    def offer(self, field_name: str, layer: str, value, where=None, *,
              note: str | None = None, state: str = TRIED) -> Candidate | None:
        """Record a candidate the cascade is trying (nothing without a record). ``where``
        may be a tuple of meta keys: the first of them the page has is recorded."""
        if self.record is None:
            return None
        if isinstance(where, tuple):
            hit = meta.first(self.meta, where)
            where = hit[0] if hit else None
        return self.record.offer(field_name, layer, value, where, note=note, state=state)

    def offer_rest(self, field_name: str, candidates, note: str | None = None) -> None:
        """Record the (layer, where, value) candidates the cascade did not reach. Only with
        a record are they computed at all (``candidates`` is usually a generator)."""
        if self.record is None:
            return
        for layer, where, value in candidates:
            self.offer(field_name, layer, value, where, note=note, state=UNREACHED)

    def cascade(self, field_name: str, candidates, clean=None) -> bool:
        """Take the first (layer, where, value) candidate whose value, cleaned, is not empty."""
        candidates = iter(candidates)
        for layer, where, value in candidates:
            offered = self.offer(field_name, layer, value, where)
            if self.set(field_name, clean(value) if clean else value, layer, offered):
                self.offer_rest(field_name, candidates)
                return True
        return False

    @property
    def profile_name(self) -> str | None:
        return self.profile.name if self.profile is not None else None

    def from_profile(self, field_name: str):
        """The profile's value for a field, or None when it has no rule or finds nothing."""
        if self.profile is None or not self.profile.has_rules(field_name, self.ctx.fetched_at):
            return None
        return self.profile.extract(field_name, self.ctx)

    @cached_property
    def date_language(self) -> str | None:
        """The page's language for reading dates: with its region when a declaration of
        the same language names one ('en-GB', 'en_AU': day before month in numeric
        dates), else the language code."""
        language = self.article.language
        if not language:
            return None
        for tag in (self.explicit_language, jsonld.language(self.node),
                    markup.html_language(self.ctx.tree), meta.language(self.meta)):
            if (isinstance(tag, str) and len(tag) <= 16 and _REGION.search(tag)
                    and normalise_language(tag) == language):
                return tag.strip()
        return language

    @cached_property
    def date_zone(self) -> str | None:
        """The zone naive times are read in: the site profile's (or the caller's), else
        the one zone the page's language and region keep (:func:`language_timezone`:
        'de', 'en-GB'; none for 'en', 'es', 'en-US'). Without one, :meth:`date` reads a
        naive time again in :attr:`stated_zone`."""
        return self.ctx.timezone or language_timezone(self.date_language)

    @cached_property
    def stated_zone(self) -> str | None:
        """The zone the page states for all its times in a site-wide note
        (:func:`page_dates.stated_page_zone`: "All times AEDT"), searched only when a
        naive time is read and :attr:`date_zone` names none."""
        return page_dates.stated_page_zone(self.ctx.text)

    @cached_property
    def visible_text_nodes(self) -> list:
        """The page's visible text nodes (:func:`page_dates.visible_text_nodes`), listed
        once for the headline's window and the order of the page's numeric dates, which
        each walked the page for them."""
        return page_dates.visible_text_nodes(
            self.ctx.tree, self.ctx.elements("noscript") + self.ctx.elements("template"))

    @cached_property
    def headline_window(self) -> tuple[list, int]:
        """The page's visible text nodes and the headline's place among them
        (:func:`newscrawl.extract.page_dates.headline_window`), found once for the printed
        dates and the last sources of a day."""
        return page_dates.headline_window(self.ctx.tree, self.scope, self.article.headline, self.h1s,
                                          nodes=self.visible_text_nodes)

    @cached_property
    def date_evidence(self) -> tuple[str, ...]:
        """What decides an ambiguous printed zone (:func:`page_dates.zone_evidence`)."""
        return page_dates.zone_evidence(page_dates.url_country(self.ctx.url), self.date_language)

    @cached_property
    def visible_dates(self) -> list[tuple[str, int]]:
        """The dates printed near the headline, with their kinds
        (:func:`newscrawl.extract.page_dates.visible_dates`); read once the headline and
        the article scope are known, by the publication-date step only."""
        return page_dates.visible_dates(self.ctx.tree, self.scope, self.article.headline, self.h1s,
                                        self.date_evidence, window=self.headline_window,
                                        times=self.ctx.elements("time"))

    @cached_property
    def script_dates(self) -> list[str]:
        """The publication moments the page's inline scripts state
        (:func:`newscrawl.extract.page_dates.script_date_raws`)."""
        return page_dates.script_date_raws(self.ctx.tree, self.ctx.elements("script"))

    @cached_property
    def numeric_date_order(self) -> str | None:
        """The order ('DMY' / 'MDY') the page's own numeric dates show, read only when an
        ambiguous one ('06/01/2026') is met; None leaves it to the language and region."""
        return page_dates.numeric_date_order(self.ctx.tree, self.visible_text_nodes)

    @cached_property
    def date_order(self) -> str | None:
        """The day/month order of the page's ambiguous numeric dates: the one its own
        numeric dates show, else, when its language tag names no region, the order of
        the country its URL's country-code domain names ('en' on 'iol.ie' writes
        '11/01/2008' day first, as 'en-IE' does); None leaves it to the language."""
        order = self.numeric_date_order
        language = self.date_language
        if order is None and language and not _REGION.search(language):
            country = page_dates.url_country(self.ctx.url)
            order = regional_order(f"{language}-{country}") if country else None
        return order

    def date(self, raw: str | None):
        """normalise_date with the page's language (and region), timezone and fetch time.
        Without a fetch time a relative date ('3 days ago', a bare time, a day without a
        year) has nothing to be read against: it is no date (the moment of extraction
        would be taken for the page's, which is wrong for every saved or archived page)."""
        reading = self._readings.get(raw) if isinstance(raw, str) else None
        if reading is None:
            order = self.date_order if is_ambiguous_numeric(raw) else None
            reading, day = self._first_reading(raw, order)
            if order is None and isinstance(raw, str):
                self._days[raw] = day  # (stated_day's own arguments: its reading)
            if reading.precision == NAIVE and self.date_zone is None and self.stated_zone:
                reading = normalise_date(raw, language=self.date_language, timezone=self.stated_zone,
                                         reference=self.ctx.fetched_at, order=order)
            if isinstance(raw, str):
                self._readings[raw] = reading
        if reading.precision == RELATIVE and self.ctx.fetched_at is None:
            self.unanchored.append(reading.raw)
            return NormalisedDate(reading.raw, None, None,
                                  "relative, and no fetch time to read it against")
        return reading

    def _first_reading(self, raw, order: str | None) -> tuple[NormalisedDate, dt.date | None]:
        """:func:`normalise_date_and_day` of a raw date with the page's language, timezone
        and fetch time; a time closed by a zone abbreviation that names several zones
        ("06:40 pm IST") read on the zone the page's country or language decides
        (:func:`page_dates.decided_ambiguous_zone`), and one closed by the abbreviation of a
        zone with summer time ("5:50 pm CET") on that zone's rules for the day
        (:func:`page_dates.seasonal_zone`), an exact time: the page printed its zone."""
        decided = ((page_dates.decided_ambiguous_zone(raw, self.date_evidence)
                    or page_dates.seasonal_zone(raw)) if isinstance(raw, str) else None)
        if decided is not None:
            reading, day = normalise_date_and_day(
                decided[0], language=self.date_language, timezone=decided[1],
                reference=self.ctx.fetched_at, order=order)
            if reading.precision in (SITE_TZ, NAIVE):
                return NormalisedDate(raw, reading.value, EXACT, reading.error), day
        return normalise_date_and_day(raw, language=self.date_language, timezone=self.date_zone,
                                      reference=self.ctx.fetched_at, order=order)

    def stated_day(self, raw: str | None) -> dt.date | None:
        """:func:`stated_day` with the page's language, timezone and fetch time, read once
        per string (and not at all for a string :meth:`date` has read the same way)."""
        if not isinstance(raw, str):
            return stated_day(raw, language=self.date_language, timezone=self.date_zone,
                              reference=self.ctx.fetched_at)
        if raw not in self._days:
            self._days[raw] = stated_day(raw, language=self.date_language,
                                         timezone=self.date_zone, reference=self.ctx.fetched_at)
        return self._days[raw]

    @cached_property
    def site_names(self) -> list[str]:
        """Names the site goes by: og:site_name and relatives, the JSON-LD publisher (read
        once: the author cascade asks for them with every name it weighs)."""
        names = [meta.site_name(self.meta), jsonld.publisher_name(self.node, self.index)]
        return [n for n in names if n]


def _first_text(value) -> str | None:
    """The first non-empty value of a profile result (a list or one value), collapsed."""
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v), None)
    if value is None:
        return None
    return collapse(str(value)) or None


# -- field steps ----------------------------------------------------------------------

def step_structured_data_of_another_page(run: ExtractionRun) -> None:
    """Set aside a JSON-LD article node that describes another article (a template's
    leftover): its own URL names another page of the site (:func:`jsonld.names_another_page`)
    and its headline stands apart from the h1, og:title and ``<title>`` that agree
    (:func:`headlines.stands_apart`). Structured data describes the page it is on
    (schema.org's ``mainEntityOfPage``; Google's structured data guidelines ask that it
    be "a true representation of the page content"), so none of its fields is read: the
    headline, authors and dates come from the page's other layers. Both signals are
    needed: a node's URL alone names another path of the same story (an old address, the
    site's root) and a structured headline alone differs from the printed one (a live
    ticker's running title)."""
    if not run.node or not jsonld.names_another_page(
            run.node, [run.ctx.url, run.canonical_href, meta.url(run.meta)]):
        return
    sources = headline_sources(run)
    if headlines.stands_apart(sources["jsonld"], sources["meta"], sources["h1s"](),
                              sources["title"], sources["site_names"], sources["domain"]):
        run.node = {}


def _language_candidates(run: ExtractionRun):
    yield "crawl", "argument", run.explicit_language
    yield "profile", run.profile_name, _first_text(run.from_profile("language"))
    yield "jsonld", "inLanguage", jsonld.language(run.node)
    yield "markup", "html@lang", markup.html_language(run.ctx.tree)
    yield "meta", meta.LANGUAGE_KEYS, meta.language(run.meta)
    if run.profile is not None:
        yield "profile", "default language", run.profile.language


def step_language(run: ExtractionRun) -> None:
    """Language: explicit argument, then the page's declarations, then the profile default."""
    run.cascade("language", _language_candidates(run), normalise_language)


def _within_limit(field_name: str, value: str | None) -> str | None:
    """The value, or None when it is longer than the field's MAX_FIELD_CHARS (so the next
    candidate is chosen instead of a megabyte of page soup)."""
    if isinstance(value, str) and len(value) > MAX_FIELD_CHARS.get(field_name, len(value)):
        return None
    return value


def step_headline(run: ExtractionRun) -> None:
    """Headline: profile, else the agreeing h1 / JSON-LD / og:title, site names stripped;
    the app state's headline stands in for the structured one on a page that has neither
    JSON-LD nor og:title."""
    if run.cascade("headline", [("profile", run.profile_name, run.from_profile("headline"))],
                   _first_text):
        if run.record is not None:
            _recorded_headline(run, headline_sources(run), reached=False)
        return
    if run.record is not None:
        _recorded_headline(run, headline_sources(run))
        return
    sources = headline_sources(run)
    stand_in = _app_headline_stand_in(run, sources)
    value, source = headlines.choose_headline_source(**sources)
    if source is not None:
        run.headline_source = "appstate" if stand_in and source == "jsonld" else source
        run.set("headline", value, _headline_layer(source, stand_in))


def _app_headline_stand_in(run: ExtractionRun, sources: dict) -> bool:
    """Put the app state's headline in the JSON-LD headline's place when the page has
    neither JSON-LD nor og:title (True when it did); the ``app`` source is removed."""
    app = sources.pop("app")
    if sources["jsonld"] or sources["meta"]:
        return False
    sources["jsonld"] = _within_limit("headline", app())
    return sources["jsonld"] is not None


def _headline_layer(source: str, stand_in: bool) -> str:
    """The layer of the chosen headline source (the app state's when it stood in)."""
    return "appstate" if stand_in and source == "jsonld" else headlines.SOURCE_LAYERS[source]


def _recorded_headline(run: ExtractionRun, sources: dict, *, reached: bool = True) -> None:
    """The choice of :func:`step_headline`, recording each source in the order they are
    preferred: the h1s as the choice read them (unreached when it did not need them).
    With ``reached`` False (the profile gave the headline) the sources are only recorded."""
    read_h1s = None

    def h1s() -> list[str]:
        nonlocal read_h1s
        read_h1s = sources["h1s"]()
        return read_h1s

    structured = {"jsonld": sources["jsonld"], "meta": sources["meta"]}
    stand_in = _app_headline_stand_in(run, sources)
    value, source = headlines.choose_headline_source(**{**sources, "h1s": h1s}) if reached \
        else (None, None)
    state = TRIED if reached else UNREACHED
    offered = {"jsonld": run.offer("headline", "jsonld", structured["jsonld"], "headline", state=state),
               "meta": run.offer("headline", "meta", structured["meta"], meta.TITLE_KEYS, state=state)}
    if stand_in:
        offered["jsonld"] = run.offer("headline", "appstate", sources["jsonld"], run.app.source,
                                      note="stands in for the structured headline", state=state)
    for text in read_h1s if read_h1s is not None else sources["h1s"]():
        candidate = run.offer("headline", "markup", text, "h1 / itemprop=headline",
                              state=TRIED if read_h1s is not None else UNREACHED)
        if candidate is not None and source == "h1" and "h1" not in offered and collapse(text) == value:
            offered["h1"] = candidate
    offered["title"] = run.offer("headline", "markup", sources["title"], "<title>", state=state)
    if source is not None:
        run.headline_source = "appstate" if stand_in and source == "jsonld" else source
        run.set("headline", value, _headline_layer(source, stand_in), offered.get(source))


#: The class of the JSON-LD script Rank Math (a WordPress SEO plugin) writes
#: (``rank-math-schema``, ``rank-math-schema-pro``): its Article headline is the SEO title
#: by default (:func:`newscrawl.extract.headline.choose_headline_source`).
SEO_TITLE_SCHEMA_MARK = "rank-math-schema"

#: What every WordPress page's source holds (its uploads, themes and plugins live under it):
#: WordPress prints its titles with typographic quotes (``wptexturize``).
WORDPRESS_MARK = "/wp-content/"


def headline_sources(run: ExtractionRun) -> dict:
    """What the headline is chosen from: each source's raw text, the site's names."""
    return dict(
        jsonld=_within_limit("headline", jsonld.headline(run.node) if run.node else None),
        meta=_within_limit("headline", meta.title(run.meta)),
        app=lambda: run.app.headline if run.app is not None else None,
        h1s=lambda: [h for h in (markup.headline_candidates(None, run.ctx.tree,
                                                            run.headline_itemprop, run.h1s)
                                 or _h1s_in_named_blocks(run.h1s))
                     if _within_limit("headline", h)],
        title=_within_limit("headline", run.page_title),
        site_names=run.site_names,
        domain=run.ctx.domain,
        printed=lambda wanted: markup.printed_texts(run.ctx.text, wanted),
        curls_quotes=lambda: WORDPRESS_MARK in run.ctx.text,
        seo_title_schema=lambda: any(SEO_TITLE_SCHEMA_MARK in (script.get("class") or "")
                                     for script in jsonld.ld_json_scripts(None, run.ctx.elements("script"))),
        menu_texts=lambda: markup.menu_link_texts(run.ctx.tree),
        subheadings=lambda: [markup.text_of(h) for h in run.ctx.tree.iter("h2", "h3")],
        h1_texts=lambda: [markup.text_of(h) for h in run.h1s[:MAX_SCREENED_H1S]],
        arc_page=lambda: FUSION_NAME in run.ctx.text,
        arc_headline=lambda: _arc_headline(run),
    )


def _arc_headline(run: ExtractionRun) -> str | None:
    """The headline of the story document Arc XP's Fusion renderer embeds (ANS
    ``headlines.basic``), or None on a page that has none."""
    app = run.app if FUSION_NAME in run.ctx.text else None
    return app.headline if app is not None and app.source == FUSION_NAME else None


#: The h1 elements whose text the headline's cheap screens read (a page's own h1 is among
#: its first few).
MAX_SCREENED_H1S = 6


def _h1s_in_named_blocks(h1s: list) -> list[str]:
    """Texts of the h1s (the page's ``<h1>`` elements) left out as related only for a
    class or id word ("teaser", "related"), not for sitting in an aside, nav or footer; on
    a page where no other h1 is a candidate the story's own h1 often sits in such a block
    ("header__teaser-box")."""
    return [markup.text_of(h1) for h1 in h1s
            if not markup.is_masthead_h1(h1)
            and not any(node.tag in markup.RELATED_TAGS for node in h1.iterancestors())]


def headline_candidates(html: str | bytes, url: str) -> dict[str, str | None]:
    """Each generic source's headline for a page (JSON-LD, og:title and relatives, the
    first h1, ``<title>``), cleaned of site names as the extractor cleans them, without
    choosing among them. For studying the choice, not for extraction."""
    ctx = PageContext(html, url)
    sources = headline_sources(ExtractionRun(ctx, Article(url=url), None, None))
    sources.pop("app")
    sources.pop("printed")
    sources.pop("curls_quotes")
    sources.pop("seo_title_schema")
    sources.pop("menu_texts")
    sources.pop("subheadings")
    sources.pop("h1_texts")
    sources.pop("arc_page")
    sources.pop("arc_headline")
    return headlines.headline_candidates(**sources)


def _description_candidates(run: ExtractionRun):
    yield "profile", run.profile_name, _first_text(run.from_profile("description"))
    yield "jsonld", "description", jsonld.description(run.node)
    yield "meta", meta.DESCRIPTION_KEYS, meta.description(run.meta)
    if run.app is not None:  # (read only when the layers before gave nothing)
        yield "appstate", run.app.source, run.app.description


def step_description(run: ExtractionRun) -> None:
    """Description: profile, JSON-LD, meta, app state."""
    run.cascade("description", _description_candidates(run))


def _container_name(node) -> str | None:
    """tag#id.class of an element, as a reader finds it in the page source."""
    if node is None:
        return None
    return node.tag + "".join(f"{mark}{node.get(name).split()[0]}"
                              for mark, name in (("#", "id"), (".", "class"))
                              if (node.get(name) or "").strip())


def step_body(run: ExtractionRun) -> None:
    """Body: profile paragraphs, else the body extractor (JSON-LD articleBody as its hint)."""
    value = run.from_profile("body")
    if value:
        paragraphs = [collapse(str(p)) for p in (value if isinstance(value, list) else [value])]
        offered = run.offer("body", "profile", value, run.profile_name)
        run.set("body", "\n\n".join(p for p in paragraphs if p), "profile", offered)
        if run.record is not None:  # what the body extractor offers, for the record only
            hint, titles, live_blog = _body_inputs(run)
            _offer_body(run, extract_body(run.ctx, hint_text=hint, titles=titles, live_blog=live_blog,
                          fields=_known_fields(run)),
                        hint, titles, live_blog, reached=False)
        return
    hint, titles, live_blog = _body_inputs(run)
    run.body = extract_body(run.ctx, hint_text=hint, titles=titles, live_blog=live_blog,
                          fields=_known_fields(run))
    offered = None
    if run.record is not None:
        offered = _offer_body(run, run.body, hint, titles, live_blog)
    if run.body is not None and run.body.paragraphs:
        run.set("body", run.body.text, _body_layer(run.body), offered)
    if _app_body_is_better(run):
        run.body = Body(paragraphs=list(run.app.paragraphs), node=None)
        run.set("body", run.body.text, "appstate",
                run.offer("body", "appstate", run.body.text, run.app.source))
    elif run.record is not None and run.app is not None and run.app.paragraphs:
        run.offer("body", "appstate", run.app.body, run.app.source,
                  note=f"taken only when it has {APP_BODY_MIN_WORDS} words or more and the "
                       f"page's body under {APP_BODY_RATIO:.0%} of them")
    if run.article.description is None and run.body is not None and run.body.node is not None:
        lead = find_lead(run.body.node)  # the visible standfirst belongs to the description
        lead_text = " ".join(lead) if lead else None
        run.set("description", lead_text,
                "markup", run.offer("description", "markup", lead_text, "standfirst before the body"))


def _body_inputs(run: ExtractionRun) -> tuple[str | None, list[str], bool]:
    """What the body extractor is given besides the page: the JSON-LD articleBody (its
    fallback), the titles whose echoes it leaves out, whether the page is a live blog."""
    titles = [t for t in (run.article.headline, jsonld.headline(run.node) if run.node else None,
                          meta.title(run.meta)) if t]
    return jsonld.article_body(run.node) if run.node else None, titles, jsonld.is_live_blog(run.node)


def _known_fields(run: ExtractionRun) -> KnownFields:
    """The description and the authors' names the structured layers state: their echoes
    before the story are not body."""
    descriptions = [d for d in (run.article.description, meta.description(run.meta)) if d]
    names = [p.name for p in jsonld.authors(run.node, run.index)] if run.node else []
    hit = meta.author_values(run.meta)
    if hit:
        names += hit[1]
    return KnownFields(descriptions=tuple(dict.fromkeys(descriptions)),
                       names=tuple(dict.fromkeys(n for n in names if n)))


def _body_layer(body: Body) -> str:
    """The layer a body came from: the container ('markup'), the container with the page's
    prose blocks the recall fallback added ('prose'), what the sanity check put in place
    of a container that read as furniture ('sanity'), or the JSON-LD articleBody."""
    if body.node is None:
        return "jsonld"
    if body.sanity:
        return "sanity"
    return "prose" if body.prose_added else "markup"


def _offer_body(run: ExtractionRun, found, hint: str | None, titles: list[str], live_blog: bool, *,
                reached: bool = True):
    """Record the body candidates: the scored container's paragraphs, then the JSON-LD
    articleBody (read only when the markup yields nothing); the one the body came from."""
    from_markup = found is not None and found.node is not None
    titles = list(dict.fromkeys(titles))
    how = "; ".join(part for part in (
        "read as a live blog" if live_blog else "",
        f"story gathered from {found.parts} blocks of one kind" if from_markup and found.parts > 1 else "",
        f"sanity check: {found.sanity}" if from_markup and found.sanity else "",
        f"recall fallback: {found.prose_added} prose blocks of the page added" if from_markup and found.prose_added else "",
        "opening lines repeating " + " / ".join(f'“{t}”' for t in titles) + " left out" if titles else "") if part)
    markup_candidate = run.offer("body", _body_layer(found) if from_markup else "markup", found.text if from_markup else None,
                                 _container_name(found.node) if from_markup else None,
                                 note=how or None, state=TRIED if reached else UNREACHED)
    hint_candidate = run.offer("body", "jsonld", hint, "articleBody",
                               state=UNREACHED if from_markup or not reached else TRIED)
    return markup_candidate if from_markup else hint_candidate


#: The app state's body replaces the page's when the page's has fewer words than this
#: share of it (an app shell's stray text, a teaser of a story the state holds whole).
APP_BODY_RATIO = 0.5
#: ... and the app state's body has at least this many words.
APP_BODY_MIN_WORDS = 30
#: A page body this long (characters) is taken as full: the app state is not read for it.
APP_BODY_FULL_CHARS = 3000


def _app_body_is_better(run: ExtractionRun) -> bool:
    """Whether the app state's body should replace what the page gave."""
    if len(run.article.body or "") >= APP_BODY_FULL_CHARS:  # the page has a full body
        return False
    app = run.app
    if app is None or not app.paragraphs:
        return False
    page_words = word_count(run.article.body)
    app_words = word_count(app.body)
    return app_words >= APP_BODY_MIN_WORDS and page_words < APP_BODY_RATIO * app_words


def step_scope(run: ExtractionRun) -> None:
    """The article container, around the body when the body extractor found one."""
    node = getattr(run.body, "node", None) if run.body is not None else None
    run.scope = markup.article_scope(run.ctx.tree, node, run.h1s)


#: How many alike blocks (same tag and class, under one parent), each holding one of a
#: heuristic's byline elements and more text besides, make a list of other stories' or
#: other authors' entries: teasers with their writers, an author directory in a side column.
MIN_LISTED_BYLINES = 3


def _listed_bylines(elements: list, h1s: list) -> set[int]:
    """Indexes of the byline ``elements`` that each sit in one of MIN_LISTED_BYLINES or
    more alike sibling blocks holding more than the element's own text (a teaser: a
    heading and its writer; a directory entry: a name and a count). Names printed side by
    side in one byline (each element its own block, or a block holding the name alone) are
    no such list, and neither is a block holding one of the page's ``h1s``."""
    if len(elements) < MIN_LISTED_BYLINES:
        return set()
    chains = []
    for element in elements:
        chain, node = [], element
        while node is not None and node.tag not in ("body", "html"):
            chain.append(node)
            node = node.getparent()
        chains.append(chain)
    headline_side = {node for h1 in h1s for node in h1.iterancestors()}
    held: dict = {}
    for index, chain in enumerate(chains):
        for child, parent in zip(chain[1:], chain[2:]):
            held.setdefault((parent, child.tag, child.get("class") or ""), {})[child] = index
    listed: set[int] = set()
    for index, chain in enumerate(chains):
        own = markup.text_of(chain[0])
        for child, parent in zip(chain[1:], chain[2:]):
            if child in headline_side:
                break
            blocks = held[(parent, child.tag, child.get("class") or "")]
            if len(blocks) >= MIN_LISTED_BYLINES and len(markup.text_of(child)) > len(own):
                listed.add(index)
                break
    return listed


#: How many teaser articles (``<article>`` elements that are not the story's and hold no
#: headline) holding a heuristic's byline elements make those elements other stories'
#: writers: a list of teasers marked up as articles, each with its writer.
MIN_TEASER_ARTICLES = 2


def _in_teaser_articles(elements: list, h1s: list, story) -> set[int]:
    """Indexes of the byline ``elements`` that each sit in an ``<article>`` that is not the
    story's (neither the ``story`` container nor one of its ancestors) and holds none of
    the page's ``h1s``, when MIN_TEASER_ARTICLES or more such articles hold the elements:
    the writers of the teasers beside or inside the story (HTML's ``<article>`` is "a
    complete, or self-contained, composition", which a teaser card is as well). Nothing
    without the story's container."""
    if story is None or len(elements) < MIN_TEASER_ARTICLES:
        return set()
    story_side = {story, *story.iterancestors()}
    headline_side = {node for h1 in h1s for node in h1.iterancestors()}
    teasers: dict[int, object] = {}
    for index, element in enumerate(elements):
        article = next((node for node in element.iterancestors() if node.tag == "article"), None)
        if article is not None and article not in story_side and article not in headline_side:
            teasers[index] = article
    if len(set(teasers.values())) < MIN_TEASER_ARTICLES:
        return set()
    return set(teasers)


#: The text after a byline element that names a second writer: "and" (in the languages
#: bylines are split in) or "&" and a word, or the Arabic و joined to the name after it
#: ("<a class="author">A</a> and B", "<a class="author-name">أحمد السيد</a> ومنى عبد الرحمن").
_NAME_JOINED_AFTER = re.compile(r"^\s*(?:(?:and|und|et|y|&)\s+(?=\w)|و(?=[\u0621-\u064A]))", re.IGNORECASE)
#: The longest such text read as the second writer's name.
MAX_JOINED_NAME_CHARS = 60


def _joined_name_after(element) -> str | None:
    """The text right after a byline element when it joins a second writer to the element's
    (:data:`_NAME_JOINED_AFTER`): the name printed without an element of its own."""
    tail = element.tail
    if not tail or _NAME_JOINED_AFTER.match(tail) is None:
        return None
    text = collapse(tail)
    return text if len(text) <= MAX_JOINED_NAME_CHARS else None


def _no_byline_there(element, text: str) -> bool:
    """True when author markup names no writer where it stands: its text (``text``) longer
    than MAX_BYLINE_ELEMENT_CHARS (an author box holding a bio), inside a figure (a
    picture's credit, often marked ``itemprop=author``), after a photographer's credit
    lead (:func:`markup.after_photo_credit_lead`: "Photography by <a>Name</a>") or in a
    quotation (the quoted speaker's attribution: :func:`markup.in_quotation`)."""
    return (len(text) > markup.MAX_BYLINE_ELEMENT_CHARS or markup.in_figure(element)
            or markup.in_quotation(element) or markup.after_photo_credit_lead(element))


def _byline_group_names(heuristic: str, elements: list, names_site, h1s: list,
                        site_named: list[str] | None = None, story=None) -> tuple[list[str], list[str]]:
    """(names, raw texts) of one byline heuristic's elements, the site's own name left out;
    an element's parts are read apart (:func:`markup.byline_text`); an element where no
    byline stands (:func:`_no_byline_there`) is passed over, and so are elements
    listed in alike blocks (:func:`_listed_bylines`) or in teaser articles beside the
    ``story`` container (:func:`_in_teaser_articles`). A declared author (microdata,
    ``rel=author``, an hCard marked ``author``: :func:`markup.is_hcard_author`) is read as
    structured data is, without the capitalisation check."""
    names: list[str] = []
    raws: list[str] = []
    listed = _listed_bylines(elements, h1s) | _in_teaser_articles(elements, h1s, story)
    for element in [e for i, e in enumerate(elements) if i not in listed][:8]:
        raw = markup.element_value(element)
        if not raw or _no_byline_there(element, raw):
            continue
        parts = raw if element.get("content") else markup.byline_text(element)
        hcard = markup.is_hcard_author(element)
        if hcard:
            parts = markup.hcard_name(element) or parts
        handle = None if hcard or heuristic in markup.DECLARED_BYLINES else markup.archive_handle(element)
        joined = _joined_name_after(element)
        if joined:
            parts, raw = f"{parts} {joined}", f"{raw} {joined}"
        read = byline.clean_byline(parts, strict=not (hcard or handle or heuristic in markup.DECLARED_BYLINES))
        found = [n for n in read if not names_site(n)]
        if site_named is not None:
            site_named.extend(n for n in read if names_site(n))
        if found:
            names.extend(found)
            raws.append(raw)
    return names, raws


def _is_related_node(node) -> bool:
    """True when a node itself (not its ancestors) is what :func:`markup.in_related` reads as related."""
    return node.tag in markup.RELATED_TAGS or any(
        markup.RELATED_NAMES.search(node.get(name) or "") for name in ("class", "id"))


def _related_block(element):
    """The nearest ancestor of ``element`` that :func:`markup.in_related` reads as a related
    block (an aside, nav or footer, or a class or id naming teasers, comments ...), taken
    with the related-named ancestors right around it (a teaser's breadcrumb inside the
    teaser: one block), or None."""
    block = None
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            break
        if _is_related_node(node):
            block = node
        elif block is not None:
            break
    return block


def _related_words(node) -> set[str]:
    """The related-block words (:data:`markup.RELATED_NAMES`) of a node's class and id, lower-case."""
    return {word.lower() for name in ("class", "id")
            for word in markup.RELATED_NAMES.findall(node.get(name) or "")}


def _related_between(element, block) -> bool:
    """True when a related block lies between ``element`` (itself included) and ``block``;
    a part named with the block's own word is the block's part ("teaser__author" inside
    "teaser"), not another related block."""
    own = _related_words(block)
    node = element
    while node is not None and node is not block:
        if node.tag in markup.RELATED_TAGS or _related_words(node) - own:
            return True
        node = node.getparent()
    return False


def _headline_block_bylines(run: ExtractionRun, names_site, site_named: list[str] | None = None
                            ) -> tuple[list[str], list[str], str | None]:
    """(names, raw texts, heuristic) of the byline elements in the block that holds the
    headline when every h1 of the page lies in a block read as related (a header whose
    CSS-module class holds "Teaser", an h1 in an ``<aside>`` of a page builder): that
    block is the story's header, not another story's teaser, so the byline elements in it
    count (those in a related block inside it still do not)."""
    h1s = run.h1s
    if not h1s or markup.headline_h1(run.ctx.tree, h1s) is not None:
        return [], [], None
    h1 = next((h for h in h1s[:4] if not markup.is_masthead_h1(h)), None)
    block = _related_block(h1) if h1 is not None else None
    if block is None:
        return [], [], None
    for heuristic, xpath in markup.BYLINE_XPATHS:
        elements = [e for e in xpath(block) if not _related_between(e, block)][:12]
        names, raws = _byline_group_names(heuristic, elements, names_site, run.h1s, site_named)
        if names:
            return names, raws, heuristic
    return [], [], None


def markup_bylines(run: ExtractionRun, names_site, site_named: list[str] | None = None
                   ) -> Iterator[tuple[list[str], str | None, str]]:
    """(names, raw text, where) of each visible byline, in cascade order: on a forum
    thread, the poster of its first post (:func:`markup.thread_starter`); the byline
    heuristics whose elements name a person (a one-word handle linked to the author page
    its slug spells, :func:`markup.archive_handle`, read as it is written) (an empty ``itemprop=author`` or a
    ``rel=author`` link to the publisher does not hide the byline element after it); when
    every h1 lies in a related-named block, the byline elements of the one holding the
    headline (:func:`_headline_block_bylines`); a "By ..." line near the top; the text
    after a by-word label of its own ("Autor:"); when the headline's h1 (or, on a page
    without h1, the element printing the headline) lies outside the article container, a
    "By ..." line or a byline-named block among the short texts just after it; a name
    printed beside the date after the headline; a name printed just after the headline
    beside a portrait whose file name spells it (:func:`markup.texts_beside_portraits_after`:
    a byline strip of utility classes with no by-word, link or byline class); a name
    linked to an author's page just after the headline (:func:`markup.author_links_after`: a header's byline outside
    the article container), or a handle linked to the author page it names there; a name linked beside a follow button after the headline
    (:func:`markup.link_texts_before_follow`); a bold signature closing the story; a
    writer's credit closing it; a name printed alone in author markup of the article's
    region beyond its container (:func:`markup.article_region`: a header outside it, the
    article's own footer), or a handle linked to the author page it names there; the
    by-lines outside the article container when they all name the same people
    (:func:`_only_by_line_outside`: a theme's meta row above ``<main>``); a Japanese or
    Korean sign-off."""
    poster = markup.thread_starter(run.ctx.tree, run.ctx.attribute_values("class"))
    found = [n for n in byline.clean_byline(poster, strict=False) if not names_site(n)] if poster else []
    if found:
        yield found, poster, "poster of the thread's first post (a forum engine's post markup)"
    story = getattr(run.body, "node", None)
    for heuristic, elements in run.byline_groups:
        names, raws = _byline_group_names(heuristic, elements, names_site, run.h1s, site_named, story)
        if names:
            yield byline.dedupe(names), " ; ".join(byline.dedupe(raws)), heuristic
    names, raws, heuristic = _headline_block_bylines(run, names_site, site_named)
    if names:
        yield (byline.dedupe(names), " ; ".join(byline.dedupe(raws)),
                f"{heuristic} in the related-named block holding the headline")
    nodes = markup.first_text_nodes(run.scope) if run.scope is not None else []
    lines: Iterable[tuple[object, str]] = (markup.short_lines(run.scope, nodes=nodes)
                                           if run.scope is not None else ())
    for block, text in lines:
        if byline.starts_with_lead_in(text):
            if markup.in_comment(block, run.scope):
                continue  # (a readers' comment's "Submitted by ..." line)
            found = byline.clean_byline(text, strict=True)
            if found:
                yield found, text, "line opening with a by-word"
        else:
            found = _names_after_dated_by_word(_from_by_word_line(text))
            if found:
                yield found, text, "line opening with a date and a by-word"
    for text in markup.labelled_texts(run.scope, byline.is_lead_in_label, nodes) if run.scope is not None else ():
        found = byline.clean_byline(text, strict=True)
        if found:
            yield found, text, "text after a by-word label"
    h1 = markup.headline_h1(run.ctx.tree, run.h1s)
    if h1 is None and not run.h1s:  # (a table layout printing its headline in a <font>)
        h1 = markup.headline_element(run.ctx.tree, run.article.headline)
    # (the text nodes after the headline, walked once for the three rules that read them;
    # their blocks read once for the two that read those)
    holders = _Remembered(markup.holders_after_headline(h1)) if h1 is not None else ()
    related: dict = {}  # (the answers of markup.in_related for the holders and their links)
    after_headline = _Remembered(markup.texts_after_headline(h1, holders, related)) if h1 is not None else ()
    if h1 is not None and (run.scope is None or not markup.is_within(h1, run.scope)):
        for text, classed in after_headline:
            if classed or byline.starts_with_lead_in(text):
                found = byline.clean_byline(text, strict=True)
                if found:
                    yield found, text, ("byline-named block after the headline" if classed else
                                         "line opening with a by-word after the headline")
    if h1 is not None:
        found, beside = _name_beside_date_after_headline(after_headline)
        if found and not any(names_site(name) for name in found):
            yield found, beside, "name printed beside the date after the headline"
    for text in (markup.texts_beside_portraits_after(h1, holders, related, _is_name_only)
                 if h1 is not None else ()):
        if _is_name_only(text) and byline.clean_byline(text, strict=True) == [text] \
                and not names_site(text):
            yield [text], text, "name printed beside the portrait its file name spells, after the headline"
            break
    for link in markup.author_links_after(h1, holders, related)[:1] if h1 is not None else ():
        text = markup.text_of(link)
        if _is_name_only(text) and byline.clean_byline(text, strict=True) == [text]:
            yield [text], text, "name linked to an author's page after the headline"
        elif markup.archive_handle(link) and byline.clean_byline(text, strict=False) == [text]:
            yield [text], text, "handle linked to the author's page it names after the headline"
    for text in markup.link_texts_before_follow(h1, holders, related)[:1] if h1 is not None else ():
        if _is_name_only(text) and byline.clean_byline(text, strict=True) == [text]:
            yield [text], text, "name linked beside a follow button"
    body_node = getattr(run.body, "node", None)
    for text in markup.signature_texts(body_node) if body_node is not None else ():
        found = byline.clean_byline(text, strict=True)
        if found and all(2 <= len(name.split()) <= 4 for name in found):
            yield found, text, "signature closing the body"
    credited = _run_closing_credit(run)
    if credited:
        yield credited[0], credited[1], "credit line with a by-word closing the story"
    opening = _name_in_capitals_opening(run.body.paragraphs if run.body is not None else [])
    if opening:
        yield [opening], opening, "name in capitals opening the story"
    if h1 is None and run.h1s:  # (the h1s are all related or mastheads: the printed headline)
        h1 = markup.headline_element(run.ctx.tree, run.article.headline)
    region = markup.article_region(run.scope, h1)
    for heuristic, elements in (markup.region_byline_groups(region, run.ctx.attribute_values)
                                if region is not None else ()):
        alone = _name_alone_in_author_markup(elements, names_site)
        if alone:
            yield [alone[0]], alone[1], f"name alone in {heuristic} markup in the article's region"
            break
    outside = _only_by_line_outside(run.ctx.tree, run.scope)
    if outside:
        yield outside[0], outside[1], "the page's only line opening with a by-word, outside the article container"
    if run.article.language == "ja" and run.body is not None and run.body.paragraphs:
        # (the closing credits may have taken the bracketed name off the paragraphs: the
        # container's last text still prints it)
        for closing in (run.body.paragraphs[-1], _last_text(body_node)):
            signed = byline.bracketed_signature(closing) if closing else None
            if signed:
                yield byline.split_names(signed), closing, "reporter's name in brackets closing a Japanese story"
                break
    if run.article.language == "ko" and run.body is not None and run.body.paragraphs:
        # (the sign-off with its e-mail may have left the paragraphs as a closing note; a
        # copyright line may follow it in the container)
        for closing in (run.body.paragraphs[-1], *_last_texts(body_node, KOREAN_SIGN_OFF_TEXTS)):
            signed = byline.korean_sign_off(closing) if closing else None
            if signed:
                yield [signed], closing, "reporter's sign-off closing a Korean story"
                break


#: Text nodes of one author element read for a name printed alone.
MAX_AUTHOR_MARKUP_TEXTS = 12


#: Levels above an author element searched for the hCard it is the formatted name of
#: (WordPress's "<span class='author vcard'><a class='url fn n'>": the link is the element).
HCARD_LEVELS_ABOVE = 2


def _hcard_author_name(element) -> str | None:
    """The formatted name of the hCard declared as the story's author
    (:func:`markup.is_hcard_author`) that ``element`` is, holds ("<span class=by-author>
    by <span class='author vcard'>...") or is the name of (its link), or None."""
    around = itertools.islice(element.iterancestors(), HCARD_LEVELS_ABOVE)
    for node in itertools.chain(element.iter("*"), around):
        if markup.is_hcard_author(node):
            return markup.hcard_name(node)
    return None


def _name_alone_in_author_markup(elements: list, names_site) -> tuple[str, str] | None:
    """(name, text) of the first text node of author markup (``elements``) that is one
    person's name and nothing else after its by-word ("Von Jane Doe", "Jane Doe": two to
    four capitalised words, :func:`_is_name_only`), not the site's: the name printed as a
    text of its own beside the date, a role or a "contact me" link. An element that is a
    handle linked to the author page it names (:func:`markup.archive_handle`) gives the
    handle as it is written, and an hCard declared as the story's author
    (:func:`markup.is_hcard_author`; the element or one inside it) its formatted name as
    the byline elements give it,
    of one word or in lower case too (the WordPress display name that defaults to the
    login, in the themes that print the byline in the entry's footer). Elements where no
    byline stands (:func:`_no_byline_there`) are passed over. None when no text node is
    such a name."""
    for element in elements[:8]:
        if _no_byline_there(element, markup.text_of(element)):
            continue
        declared = _hcard_author_name(element)
        if declared:
            found = byline.clean_byline(declared, strict=False)
            if len(found) == 1 and not names_site(found[0]):
                return found[0], declared
            continue
        handle = markup.archive_handle(element)
        if handle:
            found = byline.clean_byline(handle, strict=False)
            if len(found) == 1 and not names_site(found[0]):
                return found[0], handle
            continue
        for text in itertools.islice(markup.own_texts(element), MAX_AUTHOR_MARKUP_TEXTS):
            found = byline.clean_byline(text, strict=True)
            if len(found) == 1 and _is_name_only(found[0]) and not names_site(found[0]):
                return found[0], text
    return None


def _name_in_capitals_opening(paragraphs: list[str]) -> str | None:
    """The story's first paragraph when it is one person's name alone written in capitals
    ("JANE DOE" above the first sentence): the byline set as a line of its own at the
    head of the story, in the capitals print and wire bylines use (two to four words,
    :func:`_is_name_only`); None otherwise, and for a story of one paragraph. A name in
    mixed case there may be a heading or a kicker, so it is not read."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0].strip()
    if not first.isupper() or not _is_name_only(first):
        return None
    return first if byline.clean_byline(first, strict=True) == [first] else None


#: The longest line read as the writer's credit closing a story ("(Text: Jane Doe)").
MAX_CLOSING_CREDIT_CHARS = 80
#: How many of the story container's last paragraphs are read for that credit.
CLOSING_CREDIT_PARAGRAPHS = 2


def closing_credit(container) -> tuple[list[str], str] | None:
    """(names, line) of the writer's credit that closes a story as a line of its own
    opening with a by-word, in parentheses or not ("(Text: Jane Doe)", "Text und Fotos:
    Jane Doe", "(Reporting by Jane Doe; Editing by John Roe)", "Bericht: Jana Roth |
    Fotos: Tom Kehl", "Contributed by Jane Doe, PRO, Kilcoran Tidy Towns"): the whole text
    of one of the story container's last paragraphs (not a sentence's end after a link:
    "... the guide by Jane Doe."), of at most MAX_CLOSING_CREDIT_CHARS characters, naming
    people of two to four words each, up to a role's abbreviation written in capitals
    after them (:func:`_before_abbreviated_role`); None when the story closes otherwise."""
    lines = [markup.text_of(p) for p in list(container.iter("p"))[-CLOSING_CREDIT_PARAGRAPHS:]]
    for line in reversed(lines):
        if not line or len(line) > MAX_CLOSING_CREDIT_CHARS:
            continue
        inner = line[1:-1].strip() if line[0] in "([" and line[-1] in ")]" else line
        if not byline.starts_with_lead_in(inner):
            continue
        names = _before_abbreviated_role(byline.clean_byline(inner, strict=True))
        if names and all(2 <= len(name.split()) <= 4 for name in names):
            return names, line
    return None


def _before_abbreviated_role(names: list[str]) -> list[str]:
    """The names of a credit up to the first one-word name written in capitals after at
    least one other ("Jane Doe, PRO, Kilcoran Tidy Towns" -> "Jane Doe"): a role's
    abbreviation (the club's public relations officer, "PRO", who writes the notes Irish
    and British local papers print; "CEO") or an agency's code, and what follows it is the
    organisation the writer speaks for, no second writer."""
    for index, name in enumerate(names[1:], 1):
        if " " not in name and name.isupper() and len(name) >= 2:
            return names[:index]
    return names


#: How many of the body container's last texts are searched for a Korean sign-off.
KOREAN_SIGN_OFF_TEXTS = 3


def _last_texts(node, count: int) -> list[str]:
    """The last ``count`` texts of ``node`` that are not whitespace, collapsed, last first
    (none when no node)."""
    found: list[str] = []
    if node is None:
        return found
    for text in reversed(list(node.itertext())):
        if text.strip():
            found.append(collapse(text))
            if len(found) >= count:
                break
    return found


def _last_text(node) -> str:
    """The last text of ``node`` that is not whitespace, collapsed ("" when none or no node)."""
    if node is None:
        return ""
    for text in reversed(list(node.itertext())):
        if text.strip():
            return collapse(text)
    return ""


#: The fewest words of each name a later rule gives past the site's own byline: the
#: site's byline is the page's credit, a one-word "name" after it is as often a heading's
#: word ("Author Spotlight") as a writer's.
MIN_WORDS_AFTER_SITE_BYLINE = 2


#: The fewest words of each name of a by-line read outside the article container.
MIN_OUTSIDE_NAME_WORDS = 2


def _only_by_line_outside(tree, scope) -> tuple[list[str], str] | None:
    """(names, line) of the by-lines outside the article container
    (:func:`markup.by_lines_outside`) when they all name the same people: a theme's
    header or meta row printing the story's byline beside the container. None when they
    name different people (a list of other stories with their writers) or nobody. A
    desk's line ("Von Redaktion") there names no one: the shared account a theme prints
    on every page, left to the structured data; nor does a line whose name is one word
    (the page's controls and labels that open with a lead-in word: "Text Size", "Text
    Version", "By Country")."""
    found: tuple[list[str], str] | None = None
    for text in markup.by_lines_outside(tree, scope):
        names = [n for n in byline.clean_byline(text, strict=True) if not byline.is_desk(n)]
        if not names or any(len(n.split()) < MIN_OUTSIDE_NAME_WORDS for n in names):
            continue
        if found is None:
            found = (names, text)
        elif {fold(n) for n in names} != {fold(n) for n in found[0]}:
            return None
    return found


def _markup_byline(run: ExtractionRun, names_site, site_named: list[str] | None = None
                   ) -> tuple[list[str], str | None, str | None]:
    """(names, raw text, where) of the visible byline: the first of :func:`markup_bylines`
    that names someone other than an editorial desk or the site; a desk's byline ("Door
    Redactie", :data:`authors.DESK_WORDS`) or the site's ("By Courier D") only when no
    later rule names a person (the writers credited in a "Tekst:" line under a theme's
    desk byline, the writer's name opening the story under the site's byline: past the
    site's byline, names of MIN_WORDS_AFTER_SITE_BYLINE words or more)."""
    desk: tuple[list[str], str | None, str | None] | None = None
    site_byline = False
    for names, raw, where in markup_bylines(run, names_site, site_named):
        if all(byline.is_desk(name) or names_site(name) for name in names):
            site_byline = site_byline or not all(map(byline.is_desk, names))
            desk = desk or (names, raw, where)
        elif not site_byline or all(len(name.split()) >= MIN_WORDS_AFTER_SITE_BYLINE for name in names):
            return names, raw, where
    return desk or ([], None, None)


def _from_by_word_line(text: str) -> str:
    """A block's text read with its lines apart (:func:`markup.line_broken_text`) with its
    lines joined again from the dateline on when a later line opens with a by-word
    ("1:18PM Tuesday | By Jane Doe": the date and the byline on lines of their own read
    as the one dated line they are); the text as it is otherwise."""
    if markup.BYLINE_PART_BREAK not in text:
        return text
    lines = text.split(markup.BYLINE_PART_BREAK)
    if not any(byline.starts_with_lead_in(line) for line in lines[1:]):
        return text
    return " ".join(lines)


#: A line that opens with a date and goes on with a by-word and the names ("06.11.2023 13:30
#: von Jana", "January 9th, 2008 by Ed Kent", "Posted on March 4, 2024 by Jane Doe": the
#: meta line of blog themes); the by-words are "by" and the particle lead-ins.
_DATED_BY_WORD = re.compile(r"\s(?:by|" + "|".join(byline.PARTICLE_LEAD_INS) + r")\s+(?=\S)",
                            re.IGNORECASE)
#: The longest line read for it, and the most characters of the part before the by-word
#: that are not its date ("Posted on", "Am").
MAX_DATED_BYLINE_CHARS = 100
MAX_WORDS_BEFORE_DATE_CHARS = 12
#: The fewest words of each name read after a date whose long label opens the line
#: ("Geplaatst op 14 februari 2025 door Jan de Boer", "Publicerad 2 december 2026 kl.
#: 10.15 av ..."): the meta line a CMS prints with the author's display name, which is as
#: often an account's (a login, a desk, a department) as a person's, so one word there is
#: no name. (Dutch "Geplaatst op" is WordPress's translation of its themes' "Posted on".)
MIN_NAME_AFTER_LABELLED_DATE = 2
#: Marks that separate the parts of a meta line ("Lokales | 4. März 2024 · Von Jana"): one
#: closing the date is the line's separator before the by-word; one inside the part
#: before the by-word makes it more than a date.
_DATE_BY_WORD_MARKS = "|•·"


def _names_after_dated_by_word(text: str) -> list[str]:
    """The names of a line that opens with a date and then a by-word (:data:`_DATED_BY_WORD`):
    after a date a particle ("von", "par") is a by-word, not a name's particle, so one name
    alone ("von Jana") counts. A date label longer than MAX_WORDS_BEFORE_DATE_CHARS may
    open the line ("Geplaatst op vrijdag 14 februari 2025 door Jan de Boer"), its names
    then of MIN_NAME_AFTER_LABELLED_DATE words or more. [] when the part before the
    by-word is more than its date."""
    if len(text) > MAX_DATED_BYLINE_CHARS or not any(map(str.isdigit, text[:40])):
        return []
    for match in _DATED_BY_WORD.finditer(text):  # (dates hold such words too: "4 de marzo")
        # (a mark closing the date parts it from the by-word: "4. März 2024 · Von Jana Roth")
        before = collapse(text[:match.start()]).rstrip(_DATE_BY_WORD_MARKS).rstrip()
        if not 4 <= len(before) <= 40 or any(mark in before for mark in _DATE_BY_WORD_MARKS):
            continue
        if _only_date_before(before):
            return byline.clean_byline(text[match.end():], strict=True)
        unlabelled = clean_date_text(before)
        if unlabelled != before and _only_date_before(unlabelled):
            names = byline.clean_byline(text[match.end():], strict=True)
            # (the CMS's meta line prints the author's display name, as often an
            # account's as a person's: "... av Kommunikationsavdelningen")
            return names if all(len(n.split()) >= MIN_NAME_AFTER_LABELLED_DATE for n in names) else []
    return []


def _only_date_before(before: str) -> bool:
    """True when the part of a line before its by-word is a date and at most
    MAX_WORDS_BEFORE_DATE_CHARS other characters ("Posted on March 4, 2024")."""
    dates = date_parts_of_line(before)
    return bool(dates) and len(before) - max(map(len, dates)) <= MAX_WORDS_BEFORE_DATE_CHARS


#: How many short blocks after the headline are read for a name printed beside the date.
NAME_BESIDE_DATE_BLOCKS = 4
#: The most words of one block printed between the name and the date, passed over when it
#: holds a number (a reading time: "2 min read", "Lesezeit 3 Min.", "5 minutes").
MAX_WORDS_BETWEEN_NAME_AND_DATE = 3
#: Characters a word of a name holds after its first letter besides letters, digits and
#: combining marks (the vowel signs of Devanagari, Bengali, Tamil ...): an apostrophe, a
#: hyphen, an initial's point.
_NAME_WORD_EXTRAS = frozenset("'’.-_")
#: Words of a name printed alone: two to four.
NAME_ONLY_WORDS = (2, 4)
#: What parts a name from a date printed in the same block ("Jane Doe / Berlin, 4 March
#: 2024", "Jane Doe | 4 March 2024", "Jane Doe · 4 March 2024").
_NAME_DATE_SEPARATOR = re.compile(r"\s(?:/|\||•|·|[-–—])\s")


def _is_name_word(word: str) -> bool:
    return bool(word) and word[0].isalpha() and all(
        ch.isalnum() or ch in _NAME_WORD_EXTRAS or unicodedata.category(ch)[0] == "M"
        for ch in word[1:])


def _is_name_only(text: str) -> bool:
    """True when a text is a name and nothing else: two to four words of letters (with
    their combining marks; an apostrophe, a hyphen or an initial's point inside), one
    space apart, no colon, digit-led word or other mark."""
    words = re.split(r"\s", text)
    return NAME_ONLY_WORDS[0] <= len(words) <= NAME_ONLY_WORDS[1] and all(map(_is_name_word, words))


def _name_dated_in_one_block(text: str) -> list[str]:
    """The name of a block that prints one person's name, a separator and a date ("Jane
    Doe / Berlin, 4 March 2024"): the byline written without a by-word on the date line.
    [] otherwise."""
    parts = _NAME_DATE_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2 or not _is_name_only(parts[0]) or not date_parts_of_line(parts[1]):
        return []
    found = byline.clean_byline(parts[0], strict=True)
    return found if found == [collapse(parts[0])] else []


def _name_beside_date_after_headline(after_headline) -> tuple[list[str], str | None]:
    """(names, text) of a block among the first NAME_BESIDE_DATE_BLOCKS short blocks after
    the headline (``after_headline``: the (text, byline-named) pairs of
    :func:`markup.texts_after_headline`) that is one person's name and nothing else (two
    to four capitalised words), when the next block holds a date (a year, or a numeric
    day), or the block after it, past a block of MAX_WORDS_BETWEEN_NAME_AND_DATE words or
    fewer holding a number (a reading time) or past the writer's job title
    (:func:`authors.is_role_line`: "Jane Doe | Environment Reporter | Published ...", the
    name-then-title order of news bylines); or that prints the name, a separator and the
    date itself (:func:`_name_dated_in_one_block`): the byline printed without a by-word
    above or beside the date line. ([], None) otherwise."""
    blocks = [text for text, _named in itertools.islice(after_headline, NAME_BESIDE_DATE_BLOCKS)]
    for index, text in enumerate(blocks):
        found = _name_dated_in_one_block(text)
        if found:
            return found, text
        if index + 1 >= len(blocks) or not _is_name_only(text):
            continue  # (the cheap test first: most blocks are no name, their next is not read)
        following = blocks[index + 1]
        dated = date_parts_of_line(following)
        if (not dated and index + 2 < len(blocks)
                and (len(following.split()) <= MAX_WORDS_BETWEEN_NAME_AND_DATE
                     and any(map(str.isdigit, following)) or byline.is_role_line(following))):
            following = blocks[index + 2]  # (a reading time between, "2 min read"; the job title)
            dated = date_parts_of_line(following)
        if not dated:
            continue
        found = byline.clean_byline(text, strict=True)
        if len(found) == 1 and found[0] == collapse(text):
            return found, text
    return [], None


#: Initials closing a name ("Courier D.", "Courier J K"): left out when asking whether the
#: rest names the site.
_TRAILING_INITIALS = re.compile(r"(?:\s+[^\W\d_]\.?)+\s*$")
#: Meta "author" values that are image credits some sites put there ("(Image: Getty)").
_CREDIT_VALUE = re.compile(r"^\W*(?:image|photo|foto|picture|pic|credit|bild)\s*:", re.IGNORECASE)
#: A meta author value that is a slug: lower-case ASCII words joined by hyphens, underscores
#: or points, two words or more ("tan-wei-ling", "jane_doe", "michael.andrusio"). It is the
#: path segment of the writer's page (WordPress's ``user_nicename`` in ``/author/<nicename>/``,
#: Drupal's Pathauto alias ``/authors/<name>``) or a CMS login, which analytics tags
#: (cXense's ``cXenseParse:author``, a data layer's author key) are often given in place of
#: the name; the page prints the name, never the slug. One word ("dpa", an agency's
#: lower-case signature) is not read so.
_SLUG_VALUE = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+")


#: How German names are spelled in host names ("Süd" -> "sued"): a name is the site's
#: when its host-name spelling is the domain's label.
_UMLAUT_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
                                  "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _element_byline(run: ExtractionRun, names_site) -> list[str]:
    """The names of the first byline heuristic whose elements name someone other than a
    desk (:attr:`ExtractionRun.byline_groups`, the elements :func:`markup_bylines` reads first):
    the byline elements only (declared authors, byline- and author-named classes, links to
    an author's page), not the lines and positions read when no element names anyone (a
    "By" line, a name beside the date, a signature closing the body: those also catch a
    "Text Size" control or the story's last line)."""
    for heuristic, elements in run.byline_groups:
        names, _raws = _byline_group_names(heuristic, elements, names_site, run.h1s,
                                           story=getattr(run.body, "node", None))
        if names and not all(byline.is_desk(name) for name in names):
            return names
    return []


def _run_closing_credit(run: ExtractionRun) -> tuple[list[str], str] | None:
    """:func:`closing_credit` of the run's body container, read once per container (the
    meta author's contradiction test and the byline cascade both ask for it)."""
    body_node = getattr(run.body, "node", None)
    if body_node is None:
        return None
    read = run.closing_credit_read
    if read is None or read[0] is not body_node:
        read = run.closing_credit_read = (body_node, closing_credit(body_node))
    return read[1]


def _closing_credit_names(run: ExtractionRun) -> list[str]:
    """The names of the writer's credit closing the story (:func:`closing_credit`), or none."""
    credited = _run_closing_credit(run)
    return credited[0] if credited else []


def contradicted_by_byline(meta_names: list[str], printed: list[str], names_site) -> bool:
    """True when a byline element (``printed``: :func:`_element_byline`) names a person
    (not a desk, not the site) and none of the meta tags' authors: the meta author then
    names someone the page does not credit (the publishing company, the CMS account that
    uploaded the story, another story's writer), and yields to the printed byline."""
    people = [n for n in printed if not names_site(n) and not byline.is_desk(n)]
    if not people:
        return False
    return not ({fold(n) for n in meta_names} & {fold(n) for n in people})


#: The meta key the HTML standard defines as the name of one of the page's authors: the
#: document's, which many sites fill with the web agency or the CMS account that built or
#: uploaded the page rather than the story's writer.
PAGE_AUTHOR_META_KEY = "author"


def unprinted_page_author(key: str, names: list[str], tree) -> bool:
    """True when a meta ``author`` value (``key`` :data:`PAGE_AUTHOR_META_KEY`) names
    people none of whom the page prints anywhere (some word of each name missing from the
    body's text, :func:`markup.prints_all_words`): the document's maker (a web agency, a
    CMS login), not a byline the page shows. Other meta keys name the article's author
    and are left alone."""
    if key != PAGE_AUTHOR_META_KEY or not names:
        return False
    return not markup.prints_all_words(tree, [WORD.findall(name) for name in names])


#: A CMS login given as a display name: one word of lower-case ASCII letters, digits, points,
#: hyphens and underscores ("admin", "jdoe", "editor_2"), the account WordPress shows when
#: its user set no name.
_LOGIN_SHAPE = re.compile(r"[a-z0-9._-]+")


def _card_writer(run: ExtractionRun, card: tuple[str, str], names_site,
                 fallbacks: list[tuple[str, list[str]]]) -> tuple[str, str, str, list[str]]:
    """The author candidate of a Twitter card's writer (:func:`meta.labelled_writer`, Yoast
    SEO's "Written by" pair), checked as a meta author is: a login (:data:`_LOGIN_SHAPE`)
    names no one, the site's name or a desk waits with the organisations, and a byline
    element naming other people wins (:func:`contradicted_by_byline`)."""
    key, value = card
    if _LOGIN_SHAPE.fullmatch(value) or _CREDIT_VALUE.match(value):
        return "meta", key, value, []
    if names_site(value) or byline.is_desk(value):
        fallbacks.append(("meta", [value]))
        return "meta", key, value, []
    names = [n for n in byline.clean_names([value], strict=False) if not names_site(n)]
    if names and contradicted_by_byline(names, _element_byline(run, names_site), names_site):
        names = []
    return "meta", key, value, names


def _site_name_test(run: ExtractionRun):
    """A test of whether a name is the site's or an organisation's (it then waits with the
    organisations), each name weighed once: the cascade asks again for the same names, a
    JSON-LD person's after its cleaning, a byline's in each rule that reads it."""

    def reads_as_site(name: str) -> bool:
        if byline.looks_like_organisation(name):
            return True  # (a host name, a company: waits with the organisations)
        first_name = re.split(r"[,;|]|\s[-–—]\s", name, maxsplit=1)[0]
        # (an account named after the site with an initial: "Courier D.", "Courier J")
        first_name = _TRAILING_INITIALS.sub("", first_name) or first_name
        if headlines.is_site_name(first_name, run.site_names, run.ctx.domain):
            return True
        spelled = first_name.translate(_UMLAUT_SPELLING)  # ("Märkische Post" of maerkische-post.example)
        return spelled != first_name and headlines.is_site_name(spelled, (), run.ctx.domain)

    weighed: dict[str, bool] = {}

    def names_site(name: str) -> bool:
        found = weighed.get(name)
        if found is None:
            found = weighed[name] = reads_as_site(name)
        return found

    return names_site


def _author_candidates(run: ExtractionRun):
    """(layer, where, raw byline, names) of each source of authors, in cascade order:
    profile, JSON-LD persons, meta names, the visible byline, the app state's authors,
    then organisations (and the site's own name, where JSON-LD, meta or the visible
    byline give it: a publisher's desk, a blog named after its author), taken only when
    no person is named anywhere."""
    value = run.from_profile("authors")
    if value:
        values = value if isinstance(value, list) else [value]
        yield ("profile", run.profile_name, " ; ".join(str(v) for v in values),
               byline.clean_names([str(v) for v in values], strict=False))

    names_site = _site_name_test(run)
    people = jsonld.authors(run.node, run.index) if run.node else []
    # (a person whose name is an editorial desk's, "Redaction", is the CMS's shared
    # account: the visible byline may name the writer, so the desk waits with the
    # organisations)
    desk_accounts = [p.name for p in people if not p.is_organisation and byline.is_desk(p.name)]
    persons = [p.name for p in people if not p.is_organisation and not names_site(p.name)
               and p.name not in desk_accounts]
    fallbacks: list[tuple[str, list[str]]] = [
        ("jsonld", [p.name for p in people if p.name not in persons])]
    yield ("jsonld", "author (persons)", " ; ".join(persons),
           [n for n in byline.clean_names(persons, strict=False) if not names_site(n)])
    hit = meta.author_values(run.meta)
    if hit:
        values = [v for v in hit[1] if not _CREDIT_VALUE.match(v) and not _SLUG_VALUE.fullmatch(v)]
        person_values = [v for v in values if not names_site(v)]
        fallbacks.append(("meta", [v for v in values if names_site(v)]))
        meta_names = [n for n in byline.clean_names(person_values, strict=False) if not names_site(n)]
        if meta_names and contradicted_by_byline(meta_names, _element_byline(run, names_site)
                                                 or _closing_credit_names(run), names_site):
            meta_names = []  # (a byline element or a closing credit names others: the meta author yields)
        if unprinted_page_author(hit[0], meta_names, run.ctx.tree):
            meta_names = []  # (the page's maker, not a writer the page credits)
        yield ("meta", hit[0], " ; ".join(person_values), meta_names)
    card = meta.labelled_writer(run.meta, byline.is_lead_in_label)
    if card is not None:
        yield _card_writer(run, card, names_site, fallbacks)
    site_named: list[str] = []
    names, raw, where = _markup_byline(run, names_site, site_named)
    if len(names) >= 2 and raw:
        names = byline.turned_round_where_printed(names, raw, lambda: markup.text_of(run.ctx.tree))
    site_named += [n for n in names if names_site(n)]
    fallbacks.append(("markup", site_named))
    if desk_accounts and names and all(byline.is_desk(name) for name in names):
        names = []  # (the visible byline names the desk too: the structured desk comes first)
    yield "markup", where, raw, [n for n in names if not names_site(n)]
    if run.app is not None and run.app.authors:
        yield ("appstate", run.app.source, " ; ".join(run.app.authors),
               [n for n in byline.clean_names(run.app.authors, strict=False) if not names_site(n)])
    for layer, values in fallbacks:
        yield (layer, ORGANISATION_FALLBACK, " ; ".join(values),
               byline.clean_names(values, strict=False))
    yield _owner_candidate(run)


#: Where the organisations and the site's name are tried, after every person's source.
ORGANISATION_FALLBACK = "organisation or site name"


def _owner_candidate(run: ExtractionRun) -> tuple[str, str, str, list[str]]:
    """The page's owner (:mod:`newscrawl.extract.owner`), tried after every other source:
    the author an IndieWeb post's microformats give (``h-entry`` without ``p-author``),
    else the person a personal site is named after."""
    tree = run.ctx.tree
    name = owner.entry_author(tree, run.ctx.url, run.ctx.text)
    if name:
        return "owner", "h-entry without p-author: rel=author or representative h-card", name, [name]
    found = owner.site_owner(tree, run.ctx.url, site_names=run.site_names, title=lambda: run.page_title,
                             domain=run.ctx.domain,
                             person_publisher=bool(run.node) and jsonld.publisher_is_person(run.node, run.index),
                             source=run.ctx.text)
    if found:
        return "owner", "personal site named after a person: " + ", ".join(found[1]), found[0], [found[0]]
    return "owner", "page's owner", "", []


#: The structured layers that often name only the first of a story's writers: WordPress's
#: SEO plugins (Yoast's schema graph and ``author`` meta) credit the post's one WordPress
#: user, while Co-Authors Plus (and Newspack, built on it) prints every co-author in the
#: byline; a news CMS's JSON-LD may list the lead writer alone above a byline naming two.
FIRST_WRITER_LAYERS = ("jsonld", "meta")
#: The fewest words of a co-author the printed byline adds: one word there is as often a
#: place, a desk or a section as a person.
MIN_ADDED_COAUTHOR_WORDS = 2


#: Words a person's name holds besides capitalised ones: the name particles ("van",
#: "de la"); any other lower-case word ("University of Jordan") makes a phrase or an
#: institution's name.
_PERSON_WORD = re.compile(r"[^\W\d_a-z][\w'’.-]*")


def _person_shaped(name: str) -> bool:
    return all(_PERSON_WORD.fullmatch(word) or word in byline.NAME_PARTICLES for word in name.split())


def completed_by_byline(taken: list[str], printed: list[str], where: str = "",
                        raw: str = "", one_block: bool = False) -> list[str] | None:
    """The printed byline's names when they hold every name a structured layer gave
    (``taken``, compared by fold) and add co-authors of MIN_ADDED_COAUTHOR_WORDS words or
    more, shaped as persons' names, none a desk or an organisation; None otherwise (the
    structured names stand). The byline must be one element (``raw`` joins several with
    " ; ": a video's credit, a photographer's or the next story's byline), unless its
    elements declare their authors (``rel=author``, ``itemprop=author``) or lie in one
    byline block (``one_block``: :func:`markup.in_one_byline_block`); there a name added
    after a comma closing one writer's element is that writer's outlet (public media's
    "<Name>, <Station>" per writer), no co-author."""
    if not taken or len(printed) <= len(taken):
        return None
    if " ; " in raw and where not in markup.DECLARED_BYLINES and not one_block:
        return None
    folded = {fold(name) for name in printed}
    if not all(fold(name) in folded for name in taken):
        return None
    kept = {fold(name) for name in taken}
    added = [name for name in printed if fold(name) not in kept]
    if any(len(name.split()) < MIN_ADDED_COAUTHOR_WORDS or byline.is_desk(name)
           or byline.looks_like_organisation(name) or not _person_shaped(name) for name in added):
        return None
    if one_block and any(piece.endswith(", " + name) for piece in raw.split(" ; ") for name in added):
        return None  # ("<Name>, <Outlet>" in each writer's element: the writer's affiliation)
    return printed


def _without_claimants(run: ExtractionRun, candidates):
    """The author candidates without the people a fact-check's ClaimReview gives as the
    claim's author (:func:`jsonld.claimants`): the rating box names the claimant beside
    the writer's byline, in the same author-like markup."""
    claimants: set[str] | None = None
    for layer, where, raw, names in candidates:
        if names:
            if claimants is None:
                claimants = {fold(name) for name in jsonld.claimants(run.ctx.jsonld_nodes, run.index)}
            if claimants:
                names = [name for name in names if fold(name) not in claimants]
        yield layer, where, raw, names


def _partner_host(run: ExtractionRun) -> str | None:
    """The host of the page's canonical link when it is another site's: a story republished
    from a partner outlet (under a Creative Commons licence, as nonprofit newsrooms offer
    their stories) points its canonical link at the original. None otherwise."""
    canonical = run.canonical_href
    if not canonical or "//" not in canonical:
        return None
    host = domain_of(canonical)
    if not host or not run.ctx.domain or host == run.ctx.domain:
        return None
    # (the same site's other host, "m." or "amp.", is no partner: they share a label)
    if set(headlines.domain_names(host)) & set(headlines.domain_names(run.ctx.domain)):
        return None
    return host


#: The most words of a partner outlet's name written after a writer's name.
MAX_OUTLET_WORDS = 4
#: The fewest words of a name left before a partner outlet's name.
MIN_NAME_BEFORE_OUTLET = 2


def _without_outlet(name: str, partner: str) -> str | None:
    """A writer's name without the partner outlet's name after it ("<Name>, <Outlet>" as a
    republished story's byline credits the original, glued into one value by the CMS:
    "Ann Lee Harbor Report" of harborreport.example); None when the name is the outlet's
    alone (a byline list "Ann Lee, Harbor Report" read as two names)."""
    if headlines.is_site_name(name, (), partner):
        return None
    words = name.split()
    for count in range(min(MAX_OUTLET_WORDS, len(words) - MIN_NAME_BEFORE_OUTLET), 0, -1):
        if headlines.is_site_name(" ".join(words[-count:]), (), partner):
            return " ".join(words[:-count])
    return name


def _without_partner_outlet(run: ExtractionRun, candidates):
    """The author candidates without the name of the outlet a republished story comes from
    (:func:`_partner_host`), whether the byline lists it after the writer or the CMS glued
    it to the writer's name."""
    partner: str | None = ""
    for layer, where, raw, names in candidates:
        if names and where != ORGANISATION_FALLBACK:
            if partner == "":
                partner = _partner_host(run)
            if partner:
                names = [kept for kept in (_without_outlet(name, partner) for name in names) if kept]
        yield layer, where, raw, names


def step_authors(run: ExtractionRun) -> None:
    """Authors: the first source of :func:`_author_candidates` that names someone (a name
    that is the initials of another of its names left out: :func:`authors.without_initials`);
    names from JSON-LD or meta give way to the visible byline when it names them all and
    co-authors besides (:func:`completed_by_byline`)."""
    candidates = _without_partner_outlet(run, _without_claimants(run, _author_candidates(run)))
    for layer, where, raw, names in candidates:
        offered = run.offer("authors", layer, raw, where, note=None if names or run.record is None
                            else "no person's name in it")
        if run.set("authors", byline.without_initials(names), layer, offered):
            run.article.byline_raw = raw
            later = []
            if layer in FIRST_WRITER_LAYERS:
                later = _completed_by_later_byline(run, candidates, names)
            _without_signature(run, run.article.authors or names)
            for layer, where, raw, names in itertools.chain(later, candidates) if run.record is not None else ():
                run.offer("authors", layer, raw, where, state=UNREACHED, note=(
                    "names: " + ", ".join(names) if names else "no person's name in it"))
            break
    _printed_over_login(run)
    _cited_over_login(run)
    _credited_over_account(run)
    _printed_case_over_capitals(run)
    _reporters_of_wire_dateline(run)


def _printed_case_over_capitals(run: ExtractionRun) -> None:
    """The visible byline's names over a structured layer's when that layer writes every
    name wholly in capitals and the byline prints the same names, in the same order (fold
    compared), none of them so: the wire services' style for a writer's name ("By JANE DOE
    Associated Press", which a partner site's CMS copies into its JSON-LD and ``author``
    meta from the feed) is the feed's, while the page prints the name as its reader reads
    it. Read only when every structured name is in capitals (a few pages of wire copy)."""
    taken = run.article.authors
    if not taken or run.article.sources.get("authors") not in FIRST_WRITER_LAYERS:
        return
    if not all(name.isupper() for name in taken):
        return
    names, raw, where = _markup_byline(run, _site_name_test(run), [])
    if (len(names) != len(taken) or any(name.isupper() for name in names)
            or [fold(name) for name in names] != [fold(name) for name in taken]):
        return
    if run.set("authors", names, "markup",
               _offer_taken_later(run, "markup", raw, where, "the structured names as the byline prints them",
                                  "authors")):
        run.article.byline_raw = raw


def _reporters_of_wire_dateline(run: ExtractionRun) -> None:
    """The reporters a Chinese-language wire story's dateline names at the head of the
    story (:func:`authors.chinese_wire_reporters`: "新华社<place><date>电（记者<names>）",
    "（中央社記者<name><place><day>日電）") over what the cascade took, unless that names
    them all: the byline slot of a portal or a paper reprinting the wire gives the site's
    or the agency's name, the dateline the people. So does a Taiwanese daily's reporter's
    credit in brackets at the head of the story (:func:`authors.bracketed_reporters`:
    "〔記者<names>／<place>報導〕"), where its JSON-LD names the paper."""
    paragraphs = run.body.paragraphs if run.body is not None else []
    if not paragraphs or run.article.sources.get("authors") == "profile":
        return
    reporters = byline.chinese_wire_reporters(paragraphs[0])
    credited = 0
    while not reporters and credited < min(len(paragraphs), BRACKETED_CREDIT_PARAGRAPHS):
        reporters = byline.bracketed_reporters(paragraphs[credited])
        credited += 1
    if not reporters:
        return
    dateline_paragraph = paragraphs[credited - 1] if credited else paragraphs[0]
    taken = {fold(name) for name in run.article.authors or []}
    if all(fold(name) in taken for name in reporters):
        return
    dateline = dateline_paragraph[:MAX_DATELINE_CHARS]
    if run.set("authors", reporters, "markup",
               _offer_taken_later(run, "markup", dateline, "reporters named in a wire dateline or a bracketed credit",
                                  None, "authors")):
        run.article.byline_raw = dateline


#: The story's first paragraphs a bracketed reporter's credit (:func:`authors.bracketed_reporters`)
#: is looked for at the head of: the first, or the second after a picture's caption the
#: body opens with (the Liberty Times' page on the development part).
BRACKETED_CREDIT_PARAGRAPHS = 2


#: The head of the story's first paragraph kept as the raw byline of a dateline's reporters.
MAX_DATELINE_CHARS = 60


#: What joins two writers' names in a printed byline, tags and spaces around it: a comma,
#: "&" (as an entity too), and "and" in the languages of the corpora's sites.
_JOINT_WORDS = ("and", "und", "et", "y", "e", "en", "og", "och", "i", "és", "ve")
_TAGS = r"(?:\s|<[^<>]{0,300}>)*"
#: A joint, then a name of two words ("..., <a>Bo Kim</a>"), after a name in the source.
_JOINED_NAME_AFTER = re.compile(
    _TAGS + r"(?:[,;&]|&amp;|(?:" + "|".join(_JOINT_WORDS) + r")(?!\w))" + _TAGS
    + r"(?P<name>[^\W\d_a-z])[^\W\d_]+\s+[^\W\d_a-z]")
#: The same before a name, matched on the source read backwards (tags and words reversed):
#: a name of two words, then a joint, then the name.
_JOINED_NAME_BEFORE_REVERSED = re.compile(
    r"(?:\s|>[^<>]{0,300}<)*(?:[,;&]|;pma&|(?:" + "|".join(w[::-1] for w in _JOINT_WORDS)
    + r")(?!\w))(?:\s|>[^<>]{0,300}<)*(?P<name>[^\W\d_]+[^\W\d_a-z]\s+[^\W\d_]+[^\W\d_a-z])(?!\w)")
#: The most places a structured name is looked for in the page's source.
MAX_NAME_PLACES = 8
#: The source read on each side of a name for a co-author beside it.
BESIDE_NAME_CHARS = 700


#: The class attribute of a tag ("<a class=c-byline__name href=...>").
_TAG_CLASS = re.compile(r'\sclass="([^"<>]{1,120})"')
#: The most characters of the tag opening just before a name.
MAX_NAME_TAG_CHARS = 400


def _name_element_repeated(source: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` of the source is the text of an element whose
    class names a byline or an author and the same class opens again within
    BESIDE_NAME_CHARS after it: a byline printing each writer in a name element of its
    own, a role between them and no joint ("Ann Lee</a><span>Bureau Chief</span></div>
    <div><a class=c-byline__name>Bo Kim")."""
    if source[start - 1:start] != ">":
        return False
    opening = source.rfind("<", max(0, start - MAX_NAME_TAG_CHARS), start)
    found = _TAG_CLASS.search(source, opening, start) if opening >= 0 else None
    if found is None:
        return False
    value = found.group(1)
    return (markup.class_names_byline(value)
            and source.find(f'class="{value}"', end, end + BESIDE_NAME_CHARS) >= 0)


def _is_word_character(character: str) -> bool:
    """True for a letter, a digit or an underscore (what ``\\w`` matches); False for the
    empty string at either end of the source."""
    return character.isalnum() or character == "_"


def _taken_name_starts(source: str, at: int, names: list[str]) -> bool:
    """True when one of ``names`` is printed whole from ``at`` (no word character after it)."""
    return any(source.startswith(name, at) and not _is_word_character(source[at + len(name):at + len(name) + 1])
               for name in names)


def _taken_name_ends(source: str, at: int, names: list[str]) -> bool:
    """True when one of ``names`` is printed whole up to ``at`` (no word character before it)."""
    return any(source.endswith(name, 0, at) and not _is_word_character(source[at - len(name) - 1:at - len(name)])
               for name in names if len(name) <= at)


def prints_name_beside_another(source: str, names: list[str]) -> bool:
    """True when the page's source prints one of ``names`` joined to a name of two
    capitalised words before or after it that is none of ``names`` ("Ann Lee and Bo
    Kim", "Bo Kim</a>, <a>Ann Lee"), or in a byline's name element repeated after it
    (:func:`_name_element_repeated`): the cheap test that a byline may list a co-author,
    before the byline is read. Names joined only to each other ("Ann Lee and Bo Kim"
    when both are taken) print no one the byline could add beside them."""
    for name in names:
        start = source.find(name)
        for _ in range(MAX_NAME_PLACES):
            if start < 0:
                break
            end = start + len(name)
            after = _JOINED_NAME_AFTER.match(source, end, end + BESIDE_NAME_CHARS)
            if after is not None and not _taken_name_starts(source, after.start("name"), names):
                return True
            before = _JOINED_NAME_BEFORE_REVERSED.match(source[max(0, start - BESIDE_NAME_CHARS):start][::-1])
            if before is not None and not _taken_name_ends(source, start - before.start("name"), names):
                return True
            if _name_element_repeated(source, start, end):
                return True
            start = source.find(name, end)
    return False


def _byline_group_elements(run: ExtractionRun, heuristic: str) -> list:
    """The elements the first byline group of ``heuristic`` found (none when no group has
    that name: a byline read by another rule)."""
    return next((elements for name, elements in run.byline_groups if name == heuristic), [])


def _completed_by_later_byline(run: ExtractionRun, candidates, taken: list[str]) -> list:
    """Read the candidates after a structured layer's up to the visible byline's; when that
    completes the names (:func:`completed_by_byline`), take it. The candidates read on the
    way are returned, for the record. Only a page whose source prints a taken name joined
    to another word (:func:`prints_name_beside_another`) has its byline read."""
    read: list = []
    if not prints_name_beside_another(run.ctx.text, taken):
        return read
    for candidate in candidates:
        layer, where, raw, names = candidate
        if layer != "markup":
            read.append(candidate)
            continue
        one_block = " ; " in (raw or "") and markup.in_one_byline_block(_byline_group_elements(run, where))
        completed = completed_by_byline(taken, names, where, raw, one_block)
        if completed is None:
            read.append(candidate)
        elif run.set("authors", byline.without_initials(completed), layer,
                     run.offer("authors", layer, raw, where, note="the structured names and co-authors")):
            run.article.byline_raw = raw
        break
    return read


#: Elements a reference to the post is printed in: a paragraph of a citation box, a list
#: item, a quotation, a ``<cite>``.
CITATION_TAGS = ("p", "li", "blockquote", "cite", "dd")
#: The characters of an element's opening read for the bracket after a reference's names
#: (:func:`_opens_like_reference`).
REFERENCE_OPENING_CHARS = 200


def _opens_like_reference(element) -> bool:
    """True when a bracket is printed within the first :data:`REFERENCE_OPENING_CHARS`
    characters of the element's text: the date after a reference's names. Read piece by
    piece, so the text of a long element is not joined for nothing."""
    opening = ""
    for piece in element.itertext():
        opening += piece
        if "(" in opening[:REFERENCE_OPENING_CHARS]:
            return True
        if len(opening) >= REFERENCE_OPENING_CHARS:
            return False
    return False


def _gave_only_logins(run: ExtractionRun) -> bool:
    """True when the cascade named authors and every one of them is login-shaped
    (:data:`_LOGIN_SHAPE`): the account a WordPress theme prints until its user sets a
    display name. A news agency's lower-case code (:data:`authors.LOWER_CASE_AGENCY_CODES`:
    "dpa", "epd", "sid") is the agency's signature, no login: the German-language press
    credits its agency stories so in the byline and in the JSON-LD author alike (on the
    development pages the cascade gave "dpa" alone on two sites, labelled so on both)."""
    logins = run.article.authors or []
    return bool(logins) and all(_LOGIN_SHAPE.fullmatch(name)
                                and name not in byline.LOWER_CASE_AGENCY_CODES
                                for name in logins)


#: The opening of a line :func:`_printed_over_login` reads: a plain by-word ("By", and the
#: by-words that are also name particles: "Von", "Por", "Par", "Di" ...), a colon after it
#: allowed. The other lead-ins name someone else as often as the writer this close to the
#: top: a picture's maker ("Photo by", "Video by": the featured image's caption credit), or
#: the writer of another story a teaser box points to ("Ein Kommentar von", "Analysis by").
_PLAIN_BY_WORD_LINE = re.compile(r"\s*(?:by|" + "|".join(byline.PARTICLE_LEAD_INS) + r")\s*:?\s",
                                 re.IGNORECASE)


def _printed_over_login(run: ExtractionRun) -> None:
    """Authors from a line opening with a by-word near the top of the article (the
    "By ..." lines :func:`markup_bylines` reads) when the cascade gave only logins
    (:data:`_LOGIN_SHAPE`) and the line names persons: each name of MIN_ADDED_COAUTHOR_WORDS
    words or more, shaped as a person's (:func:`_person_shaped`), none a desk, an
    organisation or the site. WordPress shows a user's login as the display name until the
    user picks another ("Display name publicly as", whose default is the username, on the
    Profile screen), and its themes print that name in their byline, meta author and
    JSON-LD alike; a post written by others under the account names them in a by-line of
    its own ("By Jane Roe and John Doe"). A login that is the writer's name, or an agency's
    short code, stands where no such line is printed."""
    if (not _gave_only_logins(run) or run.scope is None
            or run.article.sources.get("authors") == "profile"):
        return
    names_site = _site_name_test(run)
    for block, text in markup.short_lines(run.scope, nodes=markup.first_text_nodes(run.scope)):
        if (not _PLAIN_BY_WORD_LINE.match(text) or not byline.starts_with_lead_in(text)
                or markup.in_comment(block, run.scope)):
            continue
        names = byline.clean_byline(text, strict=True)
        if names and all(len(name.split()) >= MIN_ADDED_COAUTHOR_WORDS and _person_shaped(name)
                         and not byline.is_desk(name) and not byline.looks_like_organisation(name)
                         and not names_site(name) for name in names):
            if run.set("authors", byline.without_initials(names), "markup",
                       run.offer("authors", "markup", text, "line opening with a by-word",
                                 note="a printed byline over a login")):
                run.article.byline_raw = text
            return


def _credited_over_account(run: ExtractionRun) -> None:
    """Authors from the writer's credit that closes the story (:func:`closing_credit`:
    "Bericht: Jana Roth | Fotos: Tom Kehl", "Contributed by Jane Doe, PRO, Kilcoran Tidy
    Towns") when the structured data or the meta tags gave only one-word names that are
    no news agency's code (:func:`_gave_only_accounts`: "Webmaster", "Newsdesk", the
    WordPress account a club's or a local paper's web desk posts every story under) and
    the credit names persons: each of two words or more, shaped as a person's name, none a
    desk, an organisation or the site. Club and community sites post the reports their
    members write under the site's one account, which the theme, the SEO plugin's JSON-LD
    and the meta author all print; the writer is named in the line under the report."""
    if (run.article.sources.get("authors") not in FIRST_WRITER_LAYERS
            or not _gave_only_accounts(run)):
        return
    credited = _run_closing_credit(run)
    if not credited:
        return
    names_site = _site_name_test(run)
    names, line = credited
    if all(len(name.split()) >= MIN_ADDED_COAUTHOR_WORDS and _person_shaped(name)
           and not byline.is_desk(name) and not byline.looks_like_organisation(name)
           and not names_site(name) for name in names):
        if run.set("authors", byline.without_initials(names), "markup",
                   run.offer("authors", "markup", line,
                             "credit line with a by-word closing the story",
                             note="a closing credit over a site account")):
            run.article.byline_raw = line


def _gave_only_accounts(run: ExtractionRun) -> bool:
    """True when the cascade named authors and every one is a single word that is no news
    agency's code (none written in capitals alone, as "AFP", "AP" are, nor one of
    :data:`authors.LOWER_CASE_AGENCY_CODES`): a site's account, not a person's name."""
    taken = run.article.authors or []
    return bool(taken) and all(" " not in name and not name.isupper()
                               and name not in byline.LOWER_CASE_AGENCY_CODES for name in taken)


def _cited_over_login(run: ExtractionRun) -> None:
    """Authors from a reference to the post the page prints (:func:`authors.cited_names`:
    "Name (date). Headline. Blog."), when the cascade gave only logins (:data:`_LOGIN_SHAPE`,
    the account WordPress prints as the byline when its user set no display name): a blog
    on Hypothèses (OpenEdition) prints the login under the title and the writer's name in
    the citation box under the post ("Pour citer ce billet"). (A page naming no one is
    left alone: no development page prints such a reference, and reading every page
    without authors for one costs more than it has shown to find.)"""
    if not _gave_only_logins(run):
        return
    headline = run.article.headline
    if not headline:
        return
    for element in run.ctx.tree.iter(*CITATION_TAGS):
        if not _opens_like_reference(element):
            continue
        text = markup.text_of(element)
        names = byline.cited_names(text, headline)
        if names:
            if run.set("authors", names, "markup",
                       run.offer("authors", "markup", text, "a reference to the post")):
                run.article.byline_raw = text
            return


def _without_signature(run: ExtractionRun, names: list[str]) -> None:
    """The body without its last paragraph when that is an author's name alone, and
    without its first when that is one of the names as it is written, or the names alone
    with their places and roles in brackets (``is_name_line``): the signature after the
    story and the byline line above it are the authors' field (a profile's body is left
    as it is)."""
    if run.body is None or run.article.sources.get("body") == "profile":
        return
    kept = without_closing_signature(run.body.paragraphs, names)
    if len(kept) > 1 and (kept[0].strip() in names or is_name_line(kept[0], names)):
        kept = kept[1:]  # (the name opening the story: :func:`_name_in_capitals_opening`)
    if kept is not run.body.paragraphs:
        run.body.paragraphs = kept
        run.article.body = run.body.text


#: Headline sources whose h1 may open with a kicker in an element of its own: the h1, and a
#: run of ``<title>`` parts the page prints as an h1's whole text.
KICKER_HEADLINE_SOURCES = frozenset({"h1", "printed"})


def step_headline_kicker(run: ExtractionRun) -> None:
    """An h1 headline without the kicker it opens with in an element of its own
    (:func:`markup.h1_kicker`), when ``<title>`` repeats the rest and does not print the
    kicker run into it: the title leaves the kicker out or sets it off ("Topic: Headline",
    "Topic | Headline"). A first word set in its own span and printed in the title as
    part of the headline ("<span>Name</span> explains ...") stays. An h1 with no such
    kicker loses the few words it closes with in an element of its own when the title
    repeats the rest without them (:func:`_without_h1_tail`); failing both, it is cut to
    the part the title holds as a part of its own (:func:`_h1_agreed_with_title`).
    The same holds for a headline the page prints as the h1's whole text and ``<title>``
    states as a run of its parts (source ``"printed"``: "Topic | Headline - Site" beside
    ``<h1><small>Topic</small><br>Headline</h1>``, read as one run because the h1 sets no
    space between the two): only the kicker rule is then asked."""
    if run.headline_source not in KICKER_HEADLINE_SOURCES:
        return
    title = collapse(run.page_title).casefold()
    if not title:
        return
    printed = run.headline_source == "printed"
    headline_key = fold(run.article.headline) if printed else None
    for h1 in run.h1s:
        if (fold(markup.text_of(h1)) != headline_key if printed
                else markup.text_of(h1) != run.article.headline):
            continue
        parts = markup.h1_kicker(h1)
        if parts is None:
            if printed:
                return
            if not _without_h1_tail(run, h1, title):
                _h1_agreed_with_title(run, h1)
            return
        kicker, rest = parts
        if fold(rest) not in fold(title) or re.search(
                re.escape(kicker.casefold()) + r"\s*" + re.escape(rest.casefold()[:20]), title):
            return
        run.set("headline", rest, "markup",
                run.offer("headline", "markup", rest, "h1 without the kicker it opens with"))
        return


def _without_h1_tail(run: ExtractionRun, h1, title: str) -> bool:
    """The h1 headline without the few words it closes with in an element of its own
    (:func:`markup.h1_tail`: a "Subscribers" badge, an "Add to ..." link, a date) when
    ``<title>`` repeats the rest and not the tail. True when the headline changed."""
    parts = markup.h1_tail(h1)
    if parts is None:
        return False
    rest, tail = parts
    if fold(rest) not in fold(title) or fold(tail) in fold(title):
        return False
    run.set("headline", rest, "markup",
            run.offer("headline", "markup", rest, "h1 without the element it closes with"))
    return True


def _h1_agreed_with_title(run: ExtractionRun, h1) -> None:
    """The h1 headline cut to the part ``<title>`` agrees with (:func:`_agreed_with_title`),
    when the kicker and tail rules found no split for want of words: an h1 opening with a
    date as long as the headline ("<h1><span>Wednesday, 9 January 2008</span> Harbour
    reopens</h1>" beside the title "Harbour reopens - Section - Site")."""
    headline = run.article.headline or ""
    agreed = _agreed_with_title(run, headline, h1, fold(run.page_title))
    if agreed != headline:
        run.set("headline", agreed, "markup",
                run.offer("headline", "markup", agreed, "h1 cut to the part the title holds"))


#: Headline sources a heading printed just before the story may correct: the page's
#: own markup, on pages with no structured headline (a profile's or a structured
#: headline stands).
UNSTRUCTURED_HEADLINE_SOURCES = frozenset({"h1", "title"})


#: The body's first paragraphs searched for the heading printed just before the story
#: when ``<title>`` gave the headline (the heading may open the body it was read into).
HEADLINE_IN_BODY_PARAGRAPHS = 3


def step_headline_before_story(run: ExtractionRun) -> None:
    """On a page without a structured headline, the heading printed just before the
    story replaces an h1 or ``<title>`` headline that is not printed there: the h1 of a
    sidebar ("Jobs this week") or a title naming only the site or section is a label, while
    the story's own heading (an h2, a bold block, an element named "headline") sits
    right above its first paragraph. An h1 headline that ``<title>`` repeats stays
    unless the heading before the story is in the title too: the page's visible heading
    and its title agree, and what sits above the first paragraph the body found is then
    a box's heading ("Share this story", a comment count, a sidebar teaser). It does not
    stay when it names a section the page's URL files it under
    (:func:`headlines.names_url_section`: the h1 "Sports Wire" over ``/sportswire/``, with
    the title "site - Sports Wire"): the title then repeats the section, not the story.
    A heading that is a part of an h1 headline the title repeats ("Headline" under the
    h1 "Kicker-Headline": a teaser's shorter copy of the story's own heading) is that
    headline cut, not another: it is passed over, unless the title sets it off as a part
    of its own ("Kicker: Headline" beside the h1 "Kicker Headline": the rest is a kicker)."""
    if run.headline_source not in UNSTRUCTURED_HEADLINE_SOURCES and \
            not (run.headline_source is None and "headline" not in run.article.sources):
        return
    body = run.body
    if body is None or body.node is None or not body.paragraphs:
        return
    title = fold(run.page_title)
    current = fold(run.article.headline)
    headings = []
    section_h1 = run.headline_source == "h1" and headlines.names_url_section(
        run.article.headline, run.ctx.url)
    for text, element in markup.heading_elements_nearest_first(body.node, body.paragraphs[0]):
        agreed = _without_date_edge(run, _agreed_with_title(run, text, element, title), element)
        if fold(agreed) == current:
            if section_h1:
                break  # (the section's h1 above the story's own heading)
            return  # (the headline is printed just before the story: the rest is not read)
        headings.append(agreed)
    in_body = False
    if not headings and run.headline_source == "title":
        # (a table layout's loose text may open with a section label and the headline
        # itself, printed in a large bold <font>: the heading is then the body's first
        # paragraph after labels of a word or two)
        for index, paragraph in enumerate(body.paragraphs[1:HEADLINE_IN_BODY_PARAGRAPHS], 1):
            if any(len(label.split()) >= markup.HEADING_MIN_WORDS for label in body.paragraphs[:index]):
                break
            found = markup.headings_before_story(body.node, paragraph)
            if found[:1] == [collapse(paragraph)]:
                headings = found[:1]
                in_body = True
                break
    if not headings or any(fold(text) == current for text in headings):
        return
    if run.headline_source == "h1" and not section_h1 and title and current in title:
        # (a heading that is a part of the h1 the title repeats is that headline printed
        # shorter, a teaser's or a social copy's cut: it is in the title only as a part of
        # the h1, and says nothing against it; unless the title sets it off as a part of
        # its own, "Kicker: Headline", where the rest of the h1 is a kicker)
        parts = _title_parts(run)
        headings = [text for text in headings
                    if fold(text) not in current or fold(text) in parts]
        if not headings:
            return
    in_title = [text for text in headings if title and fold(text) in title]
    if not in_title and run.headline_source == "h1" and title and current in title \
            and not section_h1:
        return  # (the h1 and the title agree, and the h1 is not a section the URL names)
    chosen = (in_title or headings)[0]  # (the one ``<title>`` repeats, else the nearest)
    run.set("headline", chosen, "markup",
            run.offer("headline", "markup", chosen, "heading just before the story"))
    if in_body:
        _read_body_again(run, chosen)
    elif fold(chosen) == fold(body.paragraphs[0]):
        # (the heading read into the body as its first paragraph: a table layout's h2
        # under the site's h1, in the one cell that holds the story; only the header's
        # lines may leave with it)
        _read_body_again(run, chosen, header_only=True)


def step_permalink_headline(run: ExtractionRun) -> None:
    """On a page that gave no headline at all (no structured one, no h1, no ``<title>``,
    no heading before the story), the heading that links to the page itself as its
    permalink (:func:`markup.permalink_heading`: a blog theme's post title)."""
    if run.article.headline or run.ctx.tree is None:
        return
    found = markup.permalink_heading(run.ctx.tree, run.article.url)
    if found:
        run.set("headline", found, "markup",
                run.offer("headline", "markup", found, "heading linking the page's permalink"))


def step_named_headline(run: ExtractionRun) -> None:
    """On a page that gave no headline at all (no structured one, no h1, no ``<title>``,
    no heading before the story, no permalink heading), the first element named for the
    headline (:func:`markup.named_heading`: a ``<span id="articleTitle">`` of an old
    table layout): the template's name for the element says what it holds. The last
    step: the fields read beside the headline (dates near it, the byline after it) are
    read on these pages as before, not steered by an element chosen for its name."""
    if run.article.headline or run.ctx.tree is None:
        return
    found = markup.named_heading(run.ctx.tree)
    if found:
        run.set("headline", found, "markup",
                run.offer("headline", "markup", found, "element named for the headline"))


def _read_body_again(run: ExtractionRun, headline: str, header_only: bool = False) -> None:
    """The body read again knowing ``headline``, when the headline was found among the
    body's own first paragraphs: the story's header (the label before the headline, the
    headline, the subtitle after it) is then told from the story as it is where a title
    names the headline (:func:`newscrawl.extract.structure.story_furniture`); the new
    reading is kept when it still holds the story, that is, the old body's last paragraph.
    With ``header_only``, it is kept only when every line it leaves out reads as a header's
    (none ends like a sentence: the headline, a byline, a tool's label)."""
    old = run.body
    if old is None or run.article.sources.get("body") != _body_layer(old):
        return
    hint, titles, live_blog = _body_inputs(run)
    again = extract_body(run.ctx, hint_text=hint, titles=[headline, *titles],
                         live_blog=live_blog, fields=_known_fields(run))
    if again is None or not again.paragraphs or again.paragraphs[-1] != old.paragraphs[-1] \
            or len(again.paragraphs) >= len(old.paragraphs):
        return
    if header_only:
        kept = set(again.paragraphs)
        if any(SENTENCE_END.search(line) for line in old.paragraphs if line not in kept):
            return
    run.body = again
    run.article.body = again.text


def _agreed_with_title(run: ExtractionRun, text: str, element, title: str) -> str:
    """A heading's text, or the part of it that ``<title>`` agrees with: when the title
    does not contain the heading but holds, as a part of its own (a run of
    :func:`headlines.title_parts`, set off by separators), what the heading prints beside
    a child element it opens or closes with (:func:`markup.edge_splits`: a date, a
    kicker, a badge), the common part of the two sources is the headline and the
    element is not. ``title``: the folded ``<title>``."""
    if not title or fold(text) in title:
        return text
    parts = _title_parts(run)
    for rest, _edge in markup.edge_splits(element):
        if fold(rest) in parts:
            return rest
    return text


#: The most words a date closing or opening a heading has ("Thursday, 10, January, 2008,
#: 09:14").
MAX_DATE_EDGE_WORDS = 8


def _without_date_edge(run: ExtractionRun, text: str, element) -> str:
    """A heading's text without a child element it opens or closes with that holds only a
    date (:func:`markup.edge_splits`: "<td>Headline<span><br>Thursday, 10 January 2008,
    09:14</span></td>"): an old layout prints the story's date in the headline's cell,
    set apart by its own element; the date is the page's, not a word of the headline.
    The edge has a digit and at most MAX_DATE_EDGE_WORDS words and reads as a day
    (:meth:`ExtractionRun.stated_day`). Kept when ``text`` is not the heading's whole text
    (a part the title agrees with was taken)."""
    if text != markup.text_of(element):
        return text
    for rest, edge in markup.edge_splits(element):
        if (len(edge.split()) <= MAX_DATE_EDGE_WORDS and any(c.isdigit() for c in edge)
                and run.stated_day(edge) is not None):
            return rest
    return text


def _title_parts(run: ExtractionRun) -> dict[str, tuple[str, ...]]:
    """The runs of ``<title>`` parts (:func:`headlines.title_parts`) of the page."""
    return headlines.title_parts(collapse(run.page_title)) if run.page_title else {}


#: Longest markup text read as a printed date (longer text is a sentence, not a date).
MAX_MARKUP_DATE_CHARS = 80


#: What may close the text before an update label ("06:12PM (Updated: ...", "06:15 Uhr |
#: aktualisiert ...").
_BEFORE_LABEL_PUNCTUATION = " (|,;·•–—-\u00a0"


def printed_before_update_label(text: str) -> str | None:
    """The date a date-classed element prints before an update label inside it ("05 Nov
    2026 06:12PM (Updated: 05 Nov 2026 09:40PM)": the publication time, then the update
    in a nested element of its own, a template's habit on several sites' datelines);
    None when no update label follows a text holding a digit."""
    label = UPDATE_LABEL.search(text)
    if label is None or label.start() == 0:
        return None
    before = text[:label.start()].rstrip(_BEFORE_LABEL_PUNCTUATION)
    return before if any(map(str.isdigit, before)) else None


def markup_date_raws(candidates):
    """(where, raw) of markup date candidates: the attribute value, and the visible text
    when it may say more (the attribute is missing or date-only)."""
    for name, attribute, text in candidates:
        if attribute:
            yield f"{name}@datetime", attribute
        if text and (not attribute or len(attribute) <= 10) and len(text) <= MAX_MARKUP_DATE_CHARS:
            yield f"{name} text", text


def _choose_date(run: ExtractionRun, field_name: str, candidates) -> tuple:
    """(NormalisedDate, layer, candidate) of the best (layer, where, raw) candidate: the
    first that parses, replaced by a later one of the same moment that is more exact."""
    best, best_layer, best_offered, tried = None, None, None, 0
    candidates = iter(candidates)
    for layer, where, raw in candidates:
        if tried >= MAX_DATE_CANDIDATES:
            # (the candidates are generated lazily: later layers are never computed)
            run.offer_rest(field_name, _chain((layer, where, raw), candidates),
                           f"past the first {MAX_DATE_CANDIDATES} candidates")
            break
        if not raw:
            continue
        tried += 1
        parsed = run.date(raw)
        offered = run.offer(field_name, layer, raw, where, note=_date_note(parsed)
                            if run.record is not None else None)
        if parsed.value is None:
            continue
        if best is None:
            best, best_layer, best_offered = parsed, layer, offered
            if parsed.precision == "exact":
                run.offer_rest(field_name, candidates, "an exact date came first")
                break
            continue
        better = _PRECISION_RANK.get(parsed.precision, 9) < _PRECISION_RANK.get(best.precision, 9)
        if better and abs(parsed.value - best.value) <= _SAME_MOMENT:
            best, best_layer, best_offered = parsed, layer, offered
            if parsed.precision == "exact":
                run.offer_rest(field_name, candidates, "an exact date came first")
                break
    return best, best_layer, best_offered


def _chain(first, rest):
    yield first
    yield from rest


def _date_note(parsed) -> str:
    """What a raw date candidate parsed to, for the record."""
    if parsed.value is None:
        return f"not a date ({parsed.error})" if parsed.error else "not a date"
    return f"{parsed.value.isoformat()} ({parsed.precision})"


def _profile_dates(run: ExtractionRun, field_name: str):
    profile_value = run.from_profile(field_name)
    for value in (profile_value if isinstance(profile_value, list) else [profile_value]):
        if value:
            yield "profile", run.profile_name, str(value)


def _published_candidates(run: ExtractionRun):
    yield from _profile_dates(run, "published_at")
    if run.node:
        yield "jsonld", "datePublished", jsonld.date_published(run.node)
    yield "meta", meta.PUBLISHED_KEYS, meta.published(run.meta)
    yield "meta", "trackback dc:date", meta.trackback_date(run.ctx.text)
    if run.app is not None:
        yield "appstate", run.app.source, run.app.published
    for where, raw in markup_date_raws(run.published_markup):
        yield "markup", where, raw
    yield "meta", meta.GENERIC_DATE_KEYS, meta.generic_date(run.meta)
    datelines = run.datelines
    for where, raw in markup_date_raws(datelines):
        yield "markup", where, raw
        before_update = printed_before_update_label(raw)
        if before_update:
            yield "markup", f"{where}, before an update label", before_update
    # Lines that hold a date among other things: a dateline with its update time, the
    # byline's own text, the line around the byline ("By A | March 4, 2024").
    lines = [("dateline", text) for _name, _attribute, text in datelines]
    lines.append(("byline", run.article.byline_raw or ""))
    lines += [("line around the byline", line) for line in markup.byline_lines(
        run.scope, run.ctx.tree, run.byline_elements[1])]
    for where, line in lines:
        for raw in date_parts_of_line(line, labelled=True):
            yield "markup", f"date part of the {where}" + (
                AFTER_UPDATE_LABEL if _after_update_label(line, raw) else ""), raw


def _modified_candidates(run: ExtractionRun):
    yield from _profile_dates(run, "modified_at")
    if run.node:
        yield "jsonld", "dateModified", jsonld.date_modified(run.node)
    yield "meta", meta.MODIFIED_KEYS, meta.modified(run.meta)
    if run.app is not None:
        yield "appstate", run.app.source, run.app.modified
    if run.scope is not None:
        for where, raw in markup_date_raws(markup.date_candidates(run.scope, markup.MODIFIED_XPATHS,
                                                                   run.microdata)):
            yield "markup", where, raw


def _unmarked_published_candidates(run: ExtractionRun):
    """The last sources of the publication date: the datePublished of a JSON-LD node that
    is not an article (a WebPage, a HowTo), a day in the URL (the one fetched, then the
    canonical one: a feed proxy's or a share link's URL may carry no day), then the dates
    printed nearest the headline (:mod:`newscrawl.extract.page_dates`) but those labelled
    as an update (read later: :func:`_printed_update_candidates`) and those in lists of
    other items (read last: :func:`_listed_published_candidates`)."""
    for node in run.ctx.jsonld_nodes[:MAX_DATE_CANDIDATES]:
        if node is not run.node:
            raw = jsonld.date_published(node)
            if raw:
                kind = "/".join(jsonld.types_of(node)) or "untyped"
                yield "jsonld", f"datePublished of another node ({kind})", raw
    for where, url in (("URL", run.ctx.url), ("canonical URL", run.canonical_href),
                       ("og:url", meta.url(run.meta))):
        for raw in page_dates.url_date_raws(url):
            yield "url", f"a day in the {where} path", raw
    for raw in run.script_dates:
        yield "script", SCRIPT_DATE_WHERE, raw
    for raw, printed_kind in run.visible_dates:
        if printed_kind not in _HELD_BACK_PRINTED_KINDS:
            yield "text", "printed near the headline", raw


#: Kinds of printed date read only after the others: a date labelled as an update
#: ("Aktualisiert am", "Updated", "mis à jour") is the page's last change, not its
#: publication (as the markup's update lines, held back by :func:`_updates_held_back`);
#: a date in a list of other items is another item's (:func:`_listed_published_candidates`).
_HELD_BACK_PRINTED_KINDS = frozenset({page_dates.UPDATE, page_dates.LISTED})
#: Where a printed date labelled as an update is recorded as found.
PRINTED_UPDATE_WHERE = "printed near the headline, labelled as an update"


def _printed_update_candidates(run: ExtractionRun):
    """The dates printed near the headline under an update label, read after every other
    date printed there and after the markup's own update lines: taken when the page
    prints no other date of its own (a page that prints only its last change)."""
    for raw, kind in run.visible_dates:
        if kind == page_dates.UPDATE:
            yield "text", PRINTED_UPDATE_WHERE, raw


#: Where a printed date of a list of other items is recorded as found.
LISTED_DATE_WHERE = "printed near the headline, in a list of other items"


def _listed_published_candidates(run: ExtractionRun, own_relative: bool = False):
    """The dates printed near the headline in lists of other items (teasers of other
    stories, a related box, comments: :data:`page_dates.LISTED`), read only when every
    other printed source gave no day (:func:`_further_published_candidates` included):
    such a date is another item's, and the page's own day printed in a shape read
    later (split over elements, labelled far from the headline, in the title) is its.
    None when the page's own date sources stated its date relative to the reading time
    (``own_relative``: "Publiziert vor einer Stunde", "2 hours ago" in the date-classed
    line, read against the fetch time or, without one, left unanchored): the page's own
    date is then known, and is not the day a list of other stories prints."""
    if own_relative:
        return
    for raw, kind in run.visible_dates:
        if kind == page_dates.LISTED:
            yield "text", LISTED_DATE_WHERE, raw


#: Where the further last-resort dates are recorded as found.
SPLIT_DATE_WHERE = "printed near the headline, split over the elements of a line"
FAR_LABELLED_WHERE = "labelled as the publication, far from the headline"
TITLE_DATE_WHERE = "the page's <title>"


def _further_published_candidates(run: ExtractionRun):
    """Sources of the publication date read only when every earlier one (the URL, the
    scripts, the dates printed near the headline, the held-back update lines) gave none:
    a date printed near the headline split over the elements of one line
    (:func:`page_dates.split_date_raws`: day, month and year in spans of their own), then
    a date labelled as the publication beyond the windows read around the headline,
    when it is the only one printed there (:func:`page_dates.labelled_far_date_raws`;
    several labelled dates are a list: comments, other posts, even on one day), then a
    day the page's ``<title>`` prints (:func:`page_dates.title_date_raws`)."""
    for raw in page_dates.split_date_raws(run.ctx.tree, window=run.headline_window):
        yield "text", SPLIT_DATE_WHERE, raw
    far = page_dates.labelled_far_date_raws(run.ctx.tree, evidence=run.date_evidence,
                                            window=run.headline_window)
    if len(set(far)) == 1:
        yield "text", FAR_LABELLED_WHERE, far[0]
    for raw in page_dates.title_date_raws(run.page_title)[:1]:
        yield "text", TITLE_DATE_WHERE, raw


#: Where the last edit of a MediaWiki page is recorded as found.
WIKI_LAST_EDIT_WHERE = "the last edit a MediaWiki page's footer states"


def _wiki_last_edit_candidates(run: ExtractionRun):
    """The very last source of the publication date, read only when no other source
    gave one: the day of the last edit a MediaWiki page prints in its footer, a wiki
    page's only date (:mod:`newscrawl.extract.wiki_dates`)."""
    for raw in wiki_dates.last_edit_raws(run.ctx.tree, run.meta):
        yield "text", WIKI_LAST_EDIT_WHERE, raw


#: Layers whose publication date is cross-checked against the page's other structured
#: dates (a profile's is the site's own rule and is not).
CROSS_CHECKED_LAYERS = frozenset({"jsonld", "meta", "appstate", "markup"})
#: How many other structured sources must agree on a day, against none agreeing with the
#: chosen date, to outvote it.
MIN_AGREEING_WITNESSES = 2
#: Dates this close count as the same day (time zones move a day across midnight).
_SAME_DAY = dt.timedelta(days=1)


def _structured_published_witnesses(run: ExtractionRun):
    """(layer, where, raw) of each structured statement of the publication date: the
    article's JSON-LD datePublished, the publication meta tags, the generic date meta
    tags, the datetime attributes of date markup in the article scope, then the app state
    (last: parsing it is the dearest, and a statement before it that backs a date spares
    it)."""
    yield from _page_published_witnesses(run)
    yield from _app_published_witness(run)


def _page_published_witnesses(run: ExtractionRun):
    """The structured statements of the publication date besides the app state's
    (:func:`_structured_published_witnesses`)."""
    if run.node:
        yield "jsonld", "datePublished", jsonld.date_published(run.node)
    yield "meta", meta.PUBLISHED_KEYS, meta.published(run.meta)
    yield "meta", meta.GENERIC_DATE_KEYS, meta.generic_date(run.meta)
    for name, attribute, _text in run.published_markup:
        if attribute:
            yield "markup", f"{name}@datetime", attribute
            break


def _app_published_witness(run: ExtractionRun):
    """The app state's statement of the publication date (parsed on first use), if any."""
    if run.app is not None:
        yield "appstate", run.app.source, run.app.published


#: The order in which the witnesses of the publication date are weighed when two of them
#: outvote the chosen date (the first that enough others agree with is taken): the
#: page-level statements, the app state, then the article's date markup.
WITNESS_ORDER = {"jsonld": 0, "meta": 1, "appstate": 2, "markup": 3}


def _outvoted(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """The chosen publication date, or the one that two other structured sources agree
    on when none agrees with the chosen one (a JSON-LD block copied from another story,
    an app-state date of another object): (NormalisedDate, layer, candidate)."""
    if layer not in CROSS_CHECKED_LAYERS:
        return parsed, layer, offered
    chosen_raw = parsed.raw
    witnesses: list = []
    seen: set = set()

    def app_state_witness():
        # (one witness alone outvotes nothing: the app state, the dearest to parse, is
        # read only when another witness read a day it could agree with)
        if witnesses:
            yield from _app_published_witness(run)

    for witness_layer, where, raw in itertools.chain(_page_published_witnesses(run),
                                                     app_state_witness()):
        key = (witness_layer, str(where))
        if not raw or key in seen or (witness_layer == layer and raw == chosen_raw):
            continue
        seen.add(key)
        reading = run.date(raw)
        if reading.value is None:
            continue
        if abs(reading.value - parsed.value) <= _SAME_DAY:
            return parsed, layer, offered  # backed: the other witnesses need no reading
        witnesses.append((witness_layer, where, raw, reading))
    witnesses.sort(key=lambda witness: WITNESS_ORDER[witness[0]])  # (stable)
    for witness_layer, where, raw, reading in witnesses:
        agreeing = sum(1 for other in witnesses
                       if abs(other[3].value - reading.value) <= _SAME_DAY)
        if agreeing >= MIN_AGREEING_WITNESSES:
            candidate = run.offer("published_at", witness_layer, raw, where, note=(
                f"{_date_note(reading)}; {agreeing} structured sources agree on it, "
                f"none with the first date") if run.record is not None else None)
            return reading, witness_layer, candidate
    return parsed, layer, offered


#: The most values of date markup read to check an app-state date (each may cost a
#: date-parser call).
MAX_APP_STATE_WITNESS_READINGS = 3


def _app_state_checked(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """An app-state publication date gives way to the first date markup in the article
    scope that reads (a ``<time>``'s datetime, else its text) when the two name
    different days: the app state is the whole application's data (the section, other
    stories, the site), the key read from it a guess, while a dated element inside the
    article's container states this article's date. A relative text ("22 hours ago") is
    no witness, even where a fetch time reads it (a cached page fetched later).
    (NormalisedDate, layer, candidate)."""
    if layer != "appstate":
        return parsed, layer, offered
    for tried, (where, raw) in enumerate(markup_date_raws(run.published_markup)):
        if tried >= MAX_APP_STATE_WITNESS_READINGS:
            break
        reading = run.date(raw)
        if reading.value is None or reading.precision == RELATIVE:
            # (a label; a relative time, even one a fetch time reads: "22 hours ago" is
            # the day of the reading's clock, no witness against a stated day)
            continue
        if abs(reading.value - parsed.value) <= _SAME_DAY:
            break
        candidate = run.offer("published_at", "markup", raw, where, note=(
            f"{_date_note(reading)}; in the article, another day than the app state's")
            if run.record is not None else None)
        return reading, "markup", candidate
    return parsed, layer, offered


#: The most elements of date markup read for the page's own view of a moment stated in UTC.
MAX_LOCAL_VIEW_ELEMENTS = 3


def _in_printed_offset(run: ExtractionRun, parsed, layer: str):
    """A structured moment stated in UTC ('...Z', '+00:00', 'GMT'), restated in the
    offset the article's own date markup shows it in, when that markup prints another
    calendar day than UTC's: the same moment with a non-UTC offset
    (``<time datetime="2020-08-11T09:29:20+02:00">``), or the wall-clock time it prints
    (a day and a clock, in one value or the attribute and the text of one element)
    when that clock is the moment in a real UTC offset. ``published_at`` (the moment)
    is unchanged; ``published_raw`` becomes the moment in the page's offset, so its
    calendar day (:func:`newscrawl.extract.dates.stated_day`) is the one the page
    prints. The first date markup that reads decides (a clock may be printed in the next
    date element: "<time>3 May 2022</time> <time>21:25</time>"), and so does, unread, a
    first value whose digits hold neither neighbouring day of the month; a day that is not one
    off UTC's, a clock in no real offset, or a printed zone leaves the UTC statement as
    it is. When the statement is the element's own ``datetime`` (no JSON-LD or meta tag
    stated one: ``<time datetime="2021-03-12T23:30:00Z">13.03.2021, 00:30 Uhr</time>``),
    that value is passed over and its text read: the attribute is the moment, the text
    the page's view of it."""
    if parsed.precision != EXACT or layer not in CROSS_CHECKED_LAYERS or not stated_in_utc(parsed.raw):
        return parsed
    utc_day = parsed.value.astimezone(dt.timezone.utc).date()
    elements = [[v for v in (attribute, text) if v and len(v) <= MAX_MARKUP_DATE_CHARS]
                for _where, attribute, text in run.published_markup[:MAX_LOCAL_VIEW_ELEMENTS]]
    near_days = frozenset(((utc_day - dt.timedelta(days=1)).day, (utc_day + dt.timedelta(days=1)).day))
    for tried, values in enumerate(elements):
        where = run.published_markup[tried][0]
        for index, raw in enumerate(values):
            if raw == parsed.raw and len(values) > 1:
                continue  # (the UTC statement itself: its element's text is the page's view)
            if not _may_print_day(raw, near_days):
                return parsed  # it cannot show another day than UTC's: not read at all
            reading = run.date(raw)
            if reading.value is None or reading.precision == RELATIVE:
                continue
            # a clock beside the day: the element's other value, then the next elements'
            others = values[index + 1:] + values[:index] + [
                v for later in elements[tried + 1:] for v in later]
            local = _local_view(run, parsed, raw, reading, others)
            if local is None or local == parsed.raw or _printed_day(run, local) == utc_day:
                return parsed
            run.offer("published_at", "markup", raw, where, note=(
                f"{_date_note(reading)}; the page's own view of the UTC moment "
                f"{parsed.raw}, restated as {local}") if run.record is not None else None)
            return NormalisedDate(local, parsed.value, parsed.precision)
    return parsed


#: The real UTC offsets furthest west and east: a moment falls on the calendar days it
#: reads as between them.
_WESTMOST_OFFSET = dt.timedelta(hours=-12)
_EASTMOST_OFFSET = dt.timedelta(hours=14)


def _zone_of(name: str | None) -> dt.tzinfo | None:
    """The zone a name ('Europe/Berlin') names, None for none or an unknown name."""
    try:
        return ZoneInfo(name) if name else None
    except (ValueError, ZoneInfoNotFoundError):
        return None


def _on_url_day(run: ExtractionRun, parsed, layer: str):
    """A structured moment stated in UTC ('...Z', '+00:00', 'GMT') whose UTC calendar day
    is not the day the page's URL files it under ('/2019/11/18/'), while a real UTC offset
    puts the moment on that day ("2019-11-19T02:34:30Z" is the evening of the 18th west
    of UTC): a URL's date path is the site's own calendar day, and UTC says nothing of
    the site's offset, so the URL's day is the page's own. ``published_at`` (the moment)
    is unchanged; ``published_raw`` becomes the URL's day, which
    :func:`newscrawl.extract.dates.stated_day` reads. Read only when the page's date
    markup and date lines have not restated the moment (:func:`_in_printed_offset`,
    :func:`_in_printed_clock`). The page's own URL is read, not its canonical link (an
    archive's URL is dated by its capture); a URL day that no real offset gives the
    moment (a day further off: the URL of a draft, of a series), or, when the page's language keeps one
    zone (:attr:`ExtractionRun.date_zone`), that zone does not, leaves the statement as it is."""
    if parsed.precision != EXACT or layer not in CROSS_CHECKED_LAYERS or not stated_in_utc(parsed.raw):
        return parsed
    # the page's own URL only: a canonical link may be an archive's, dated by its capture
    url_days = page_dates.url_date_raws(run.ctx.url)
    if not url_days:
        return parsed
    raw = url_days[0]
    url_day = dt.date.fromisoformat(raw)
    moment = parsed.value.astimezone(dt.timezone.utc)
    if url_day == moment.date():
        return parsed
    zone = _zone_of(run.date_zone)
    if zone is not None:
        possible = moment.astimezone(zone).date() == url_day
    else:
        possible = (moment + _WESTMOST_OFFSET).date() <= url_day <= (moment + _EASTMOST_OFFSET).date()
    if not possible:
        return parsed
    run.offer("published_at", "url", raw, "the URL's date path", note=(
        f"the site's own day of the UTC moment {parsed.raw}") if run.record is not None else None)
    return NormalisedDate(raw, parsed.value, parsed.precision)


#: Kinds of printed date that may state the page's own date against a weaker source: a
#: line stating a date, or one labelled as the publication.
_DAY_SHOWING_KINDS = frozenset({page_dates.STATED, page_dates.PUBLISHED})


def _in_printed_clock(run: ExtractionRun, parsed, layer: str):
    """A structured moment stated in any offset, restated in the offset of the clock the
    page's own date markup prints it in, when that clock shows it on another calendar
    day than the one the structured value states ("2022-05-05T21:00:00-05:00" in
    JSON-LD, "6 May 2022 - 2:00 a. m." in the date-classed line above the headline):
    the day a reader sees is the page's own (:func:`newscrawl.extract.dates.stated_day`).
    The elements read, the first :data:`MAX_LOCAL_VIEW_ELEMENTS`, are the publication
    date markup for a moment stated in an offset, and none for one stated in UTC (whose
    date markup :func:`_in_printed_offset` has read: UTC says nothing of the site's own
    offset); the first that reads decides, as there. Without any such element, when the
    site's own structured sources state the moment on two days
    (:func:`_stated_on_two_days`), the date printed nearest the headline decides
    (a stated or publication line showing the moment's clock). ``published_at`` is
    unchanged; a day printed without a clock, or a clock of another moment (an update
    time), leaves the statement as it is."""
    if parsed.precision != EXACT or layer not in CROSS_CHECKED_LAYERS:
        return parsed
    own_day = _printed_day(run, parsed.raw)
    if own_day is None:
        return parsed
    if stated_in_utc(parsed.raw):
        # (its date markup was read by _in_printed_offset; the date-classed lines are not
        # read for it: reading them for every UTC statement cost the speed budget and
        # changed no labelled development page; docs/benchmarks.md, the thirteenth round)
        elements = []
    else:
        elements = run.published_markup[:MAX_LOCAL_VIEW_ELEMENTS]
    values = [[v for v in (attribute, text) if v and len(v) <= MAX_MARKUP_DATE_CHARS]
              for _where, attribute, text in elements]
    near_days = frozenset(((own_day - dt.timedelta(days=1)).day, (own_day + dt.timedelta(days=1)).day))
    for tried, element_values in enumerate(values):
        for index, raw in enumerate(element_values):
            if not _may_print_day(raw, near_days):
                return parsed
            reading = run.date(raw)
            if reading.value is None or reading.precision == RELATIVE:
                continue
            others = element_values[index + 1:] + element_values[:index] + [
                v for later in values[tried + 1:] for v in later]
            local = _local_view(run, parsed, raw, reading, others, own_day)
            if local is None or local == parsed.raw or _printed_day(run, local) == own_day:
                return parsed
            run.offer("published_at", "markup", raw, elements[tried][0], note=(
                f"{_date_note(reading)}; the page's own view of the moment {parsed.raw}, "
                f"restated as {local}") if run.record is not None else None)
            return NormalisedDate(local, parsed.value, parsed.precision)
    if not values and _stated_on_two_days(run, parsed, own_day) and run.visible_dates:
        # no date markup: the date printed nearest the headline decides between the days
        raw, kind = run.visible_dates[0]
        reading = run.date(raw)
        if kind in _DAY_SHOWING_KINDS and reading.value is not None and reading.precision != RELATIVE:
            local = _local_view(run, parsed, raw, reading, [], own_day)
            if local is not None and local != parsed.raw and _printed_day(run, local) not in (None, own_day):
                run.offer("published_at", "text", raw, "printed near the headline", note=(
                    f"{_date_note(reading)}; the page's own view of the moment {parsed.raw}, "
                    f"restated as {local}") if run.record is not None else None)
                return NormalisedDate(local, parsed.value, parsed.precision)
    return parsed


#: A clock followed by the offset or zone it is stated in ("T02:00:00.824Z", "21:00-05:00",
#: "00:25:56 GMT"): only such a statement can state a moment in another offset.
_STATED_OFFSET = re.compile(r"\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d|GMT|UTC)\s*$")


def _stated_on_two_days(run: ExtractionRun, parsed, own_day: dt.date) -> bool:
    """True when another structured statement of the publication (the article's JSON-LD,
    the publication and generic date meta tags) states the same moment (to the minute) in
    an offset that puts it on another calendar day than ``own_day``: the site's own
    sources disagree on the page's day ("...T21:00:00-05:00" in JSON-LD, "...T02:00:00Z"
    in its meta tags)."""
    statements = (jsonld.date_published(run.node) if run.node else None,
                  meta.published(run.meta), meta.generic_date(run.meta))
    for raw in statements:
        if not raw or raw == parsed.raw or not _STATED_OFFSET.search(raw):
            continue
        reading = run.date(raw)
        if (reading.precision == EXACT and abs(reading.value - parsed.value) < dt.timedelta(minutes=1)
                and _printed_day(run, raw) != own_day):
            return True
    return False


def _offer_taken_later(run: ExtractionRun, layer: str, raw: str | None, where,
                       note: str | None, field_name: str = "published_at") -> Candidate | None:
    """Record a candidate of ``field_name`` (the publication date unless said) that a
    cross-check takes after the cascade recorded the candidates it did not reach: placed
    before the first of them, so that the record still lists what was read before what
    was not."""
    candidate = run.offer(field_name, layer, raw, where, note=note)
    if candidate is not None and run.record is not None:
        candidates = run.record.fields[field_name]
        first_unreached = next((i for i, c in enumerate(candidates) if c.state == UNREACHED), None)
        if first_unreached is not None:
            candidates.remove(candidate)
            candidates.insert(first_unreached, candidate)
    return candidate


def _backed(run: ExtractionRun, parsed, *, generic_meta: bool = False) -> bool:
    """True when a source besides the generic date meta tags states the day of ``parsed`` (within
    :data:`_SAME_DAY`): another structured statement (:func:`_structured_published_witnesses`),
    a day in the URL, a publication key of an inline script. ``generic_meta``: the generic
    date meta tags count too (for a date that is not theirs)."""
    sources = itertools.chain(
        (raw for _layer, where, raw in _structured_published_witnesses(run)
         if generic_meta or where is not meta.GENERIC_DATE_KEYS),
        (raw for url in (run.ctx.url, run.canonical_href) for raw in page_dates.url_date_raws(url)),
        run.script_dates)
    for tried, raw in enumerate(r for r in sources if r):
        if tried >= MAX_DATE_CANDIDATES:
            break
        reading = run.date(raw)
        if reading.value is not None and abs(reading.value - parsed.value) <= _SAME_DAY:
            return True
    return False


def _generic_meta_checked(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A date from a generic meta key (``date``, ``dc.date``: :data:`meta.GENERIC_DATE_KEYS`,
    a template's, a section's or an index's date as often as the story's) gives way to
    the date printed nearest the headline (a stated or publication line) when that
    names another calendar day and no other source backs the meta date (:func:`_backed`).
    A publication meta key (``article:published_time``) is not second-guessed so: a
    printed date can be misread, and those keys name the story's publication.
    (NormalisedDate, layer, candidate)."""
    if layer != "meta" or parsed.raw != meta.generic_date(run.meta) or parsed.raw == meta.published(run.meta):
        return parsed, layer, offered
    if not run.visible_dates:
        return parsed, layer, offered
    printed, kind = run.visible_dates[0]
    if kind not in _DAY_SHOWING_KINDS:
        return parsed, layer, offered
    reading = run.date(printed)
    day = _printed_day(run, printed) if reading.value is not None else None
    if day is None or reading.precision == RELATIVE or day == _printed_day(run, parsed.raw):
        return parsed, layer, offered
    if _backed(run, parsed):
        return parsed, layer, offered
    candidate = _offer_taken_later(run, "text", printed, "printed near the headline", note=(
        f"{_date_note(reading)}; another day than the generic meta date {parsed.raw}, "
        f"which no other source states") if run.record is not None else None)
    return reading, "text", candidate


def _markup_texts(run: ExtractionRun) -> set[str]:
    """The visible texts of the article scope's date markup that carry no machine-readable
    value (a date-classed ``<span>``, a ``<time>`` without ``datetime``): what the
    element's class or tag says is a date, read from its words alone."""
    return {text for _name, attribute, text in itertools.chain(run.published_markup, run.datelines)
            if text and not attribute}


def _markup_text_checked(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A date read from the text of date markup without a machine-readable value
    (:func:`_markup_texts`) gives way to the date printed nearest the headline (a stated
    or publication line, :data:`_DAY_SHOWING_KINDS`) when that names another calendar day,
    the markup's day is among the dates printed near the headline but ranked after it
    (:attr:`ExtractionRun.visible_dates`: farther from the headline, or of a kind that
    counts farther), and no other source (structured data, the URL, a script's
    publication key, :func:`_backed`) states the markup's day. A class or tag that names
    a date says nothing of whose date it is: the first such element in the article's
    container may be an event box after the story, a comment's or a related story's,
    while the line under the headline (the byline's or the meta line's) is the page's
    own. A markup date the printed ranking does not hold (split over elements, outside
    the window read around the headline) is not second-guessed, nor is a ``datetime``
    attribute, a structured statement of its own. The sources that may back the markup
    date are asked before the printed dates are ranked: a backed date stands whatever is
    printed, and ranking them is the dearer reading. (NormalisedDate, layer, candidate)."""
    if layer != "markup" or parsed.raw not in _markup_texts(run):
        return parsed, layer, offered  # (the printed dates are read only for a markup text)
    if _backed(run, parsed, generic_meta=True) or len(run.visible_dates) < 2:
        return parsed, layer, offered
    printed, kind = run.visible_dates[0]
    if kind not in _DAY_SHOWING_KINDS:
        return parsed, layer, offered
    reading = run.date(printed)
    day = _printed_day(run, printed) if reading.value is not None else None
    own_day = _printed_day(run, parsed.raw)
    if (day is None or own_day is None or reading.precision == RELATIVE
            or abs(day - own_day) <= _SAME_DAY):
        return parsed, layer, offered
    if not any(_printed_day(run, later) == own_day for later, _kind in run.visible_dates[1:]):
        return parsed, layer, offered  # (the markup's date is not printed near the headline)
    candidate = _offer_taken_later(run, "text", printed, "printed near the headline", note=(
        f"{_date_note(reading)}; another day than the date markup's text {parsed.raw}, "
        f"which no other source states") if run.record is not None else None)
    return reading, "text", candidate


#: Layers whose publication date no reader sees: structured data and the app state, which a
#: CMS may fill with another moment than the one it prints (an import or migration date,
#: the record's creation, a modification written into ``datePublished``).
UNSEEN_DATE_LAYERS = frozenset({"jsonld", "meta", "appstate"})
#: How many of the dates printed near the headline are read for the unseen date's day.
MAX_PRINTED_DAYS_READ = MAX_DATE_CANDIDATES


#: A clock's minutes as a page prints them ("22:40", "T01:40:12Z", "9.15 Uhr"); not an
#: offset ("+01:00"), the seconds after them, nor a dotted day and month ("14.03.2024").
_CLOCK_MINUTES = re.compile(r"(?<![\d:.+-])(?:[01]?\d|2[0-3])[:.](\d\d)(?![\d.])")


#: A full year of the web era in a date's text: a markup text without one (a relative "22
#: hours ago", a bare clock) names no day to set against a structured date.
_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _shows_the_minutes(run: ExtractionRun, parsed) -> bool:
    """True when a clock the article's date markup prints (its first
    :data:`MAX_LOCAL_VIEW_ELEMENTS` values) shows the minutes of a structured moment: the
    same moment on another clock (whole-hour offsets keep the minutes), whatever day the
    markup prints beside it."""
    minutes = f"{parsed.value.astimezone(dt.timezone.utc).minute:02d}"
    return any(match.group(1) == minutes
               for _where, attribute, text in run.published_markup[:MAX_LOCAL_VIEW_ELEMENTS]
               for value in (attribute, text) if value and len(value) <= MAX_MARKUP_DATE_CHARS
               for match in _CLOCK_MINUTES.finditer(value))


def _swapped_day(one: dt.date, other: dt.date) -> bool:
    """True when two days are one numeric date read in both orders (03.11 and 11.03)."""
    return one != other and one.year == other.year and (one.day, one.month) == (other.month, other.day)


def _printed_own_date(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A publication date of structured data or the app state (:data:`UNSEEN_DATE_LAYERS`)
    gives way to the article's own date markup (the first ``<time>``, ``itemprop``
    ``datePublished`` or hAtom ``published`` element of the article scope,
    :data:`markup.PUBLISHED_XPATHS`) when the page shows that markup's day as its date and
    nowhere shows the structured one: the markup names a day more than a day from the
    structured date's, the date printed nearest the headline (a stated or publication
    line, :data:`_DAY_SHOWING_KINDS`) is that day, none of the dates printed near the
    headline is within a day of the structured one (nor is it the same numbers read in the
    other order), and no day in the URL states it. Markup that shows an update (an update
    label in its text, or the day of the structured modification date,
    :func:`_structured_modified`) is the page's last change, not its publication: the
    structured date stands (:func:`_shown_modification` decides a republication); so
    does a structured moment whose clock the markup prints (:func:`_shows_the_minutes`:
    the same moment, its day misprinted or read on another clock).
    Structured data describes the page it is on (Google's structured data guidelines: "a
    true representation of the page content"); a day it states that the page prints nowhere, against one printed beside
    the headline and marked up as the article's own, is another moment (a CMS's import
    date, a modification written into ``datePublished``). The markup is read only when
    it may name another day (an ISO value of another day; a text with a full year
    (:data:`_FULL_YEAR`) but without the structured year or a neighbouring day of the
    month, :func:`_may_print_day`), and the printed ranking only for a disagreement. (NormalisedDate, layer, candidate)."""
    if layer not in UNSEEN_DATE_LAYERS or parsed.value is None:
        return parsed, layer, offered
    own_day = _printed_day(run, parsed.raw)
    if own_day is None:
        return parsed, layer, offered
    near_days = frozenset(((own_day - dt.timedelta(days=1)).day, own_day.day,
                           (own_day + dt.timedelta(days=1)).day))
    for where, attribute, text in run.published_markup[:1]:
        raw = attribute or text
        if not raw or len(raw) > MAX_MARKUP_DATE_CHARS:
            return parsed, layer, offered
        iso_day = _iso_day(raw)
        if iso_day is not None and abs(iso_day - own_day) <= _SAME_DAY:
            return parsed, layer, offered  # (the same day, read without a parser)
        if iso_day is None and (not _FULL_YEAR.search(raw) or str(own_day.year) in raw
                                and _may_print_day(raw, near_days)):
            return parsed, layer, offered  # (no full date, or the year and the day: not read)
        reading = run.date(raw)
        day = _printed_day(run, raw) if reading.value is not None else None
        if (day is None or reading.precision == RELATIVE or abs(day - own_day) <= _SAME_DAY
                or _swapped_day(day, own_day)):
            return parsed, layer, offered
        if any(url_raw == own_day.isoformat() for url in (run.ctx.url, run.canonical_href)
               for url_raw in page_dates.url_date_raws(url)):
            return parsed, layer, offered
        if parsed.precision == EXACT and _shows_the_minutes(run, parsed):
            return parsed, layer, offered  # (the markup prints the structured moment's clock)
        if text and UPDATE_LABEL.search(text):
            return parsed, layer, offered  # (the markup shows an update: not the publication)
        for _modified_layer, _where, modified in _structured_modified(run):
            modified_day = _printed_day(run, modified) if modified else None
            if modified_day is not None and abs(modified_day - day) <= _SAME_DAY:
                return parsed, layer, offered  # (the markup shows the stated modification)
        if not run.visible_dates:
            return parsed, layer, offered
        printed, kind = run.visible_dates[0]
        if kind not in _DAY_SHOWING_KINDS or _printed_day(run, printed) != day:
            return parsed, layer, offered
        for other, _kind in run.visible_dates[:MAX_PRINTED_DAYS_READ]:
            other_day = _printed_day(run, other)
            if other_day is not None and (abs(other_day - own_day) <= _SAME_DAY
                                          or _swapped_day(other_day, own_day)):
                return parsed, layer, offered
        candidate = _offer_taken_later(run, "markup", raw, where, note=(
            f"{_date_note(reading)}; the day printed nearest the headline too, against the "
            f"{layer} date {parsed.raw}, which the page prints nowhere")
            if run.record is not None else None)
        return reading, "markup", candidate
    return parsed, layer, offered

#: How many of the dates printed near the headline are read for the zone of a wall-clock
#: publication time (:func:`_in_printed_zone`).
MAX_ZONE_LENDING_DATES = 2


def _in_printed_zone(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A wall-clock publication time (a structured or markup value stating no offset,
    precision ``naive``: ISO 8601's local time, whose zone the value leaves unsaid) takes
    the offset of a date printed near the headline (a stated or publication line, one of
    the first :data:`MAX_ZONE_LENDING_DATES`) that prints the same day and clock, to the
    minute, with a zone ("Mar 4, 2025, 08:00 ET": the AP Stylebook's US zones and the
    other abbreviations of :data:`page_dates.PRINTED_ZONES`, whose offset on that day the
    zone's own rules give): the page states in one place the clock, and in the other
    which clock it is. A printed clock of another minute (an update, or the same moment
    in another zone: a UTC value beside a printed "9:24 pm ET"), or one without a zone,
    leaves the wall-clock time as it is. (NormalisedDate, layer, candidate)."""
    if parsed.precision != NAIVE or layer == "profile":
        return parsed, layer, offered
    wall = parsed.value.replace(tzinfo=None, second=0, microsecond=0)
    for raw, kind in run.visible_dates[:MAX_ZONE_LENDING_DATES]:
        if kind not in _DAY_SHOWING_KINDS:
            continue
        try:  # (a printed date with a zone is restated as ISO 8601 with its offset)
            printed = dt.datetime.fromisoformat(raw)
        except ValueError:
            continue
        if printed.tzinfo is None or printed.replace(tzinfo=None, second=0, microsecond=0) != wall:
            continue
        reading = run.date(raw)
        if reading.value is None or reading.precision != EXACT:
            continue
        candidate = _offer_taken_later(run, "text", raw, "printed near the headline", note=(
            f"{_date_note(reading)}; the zone of the wall-clock {layer} time {parsed.raw}")
            if run.record is not None else None)
        return reading, "text", candidate
    return parsed, layer, offered


#: The UTC offsets a page's clock may be in (UTC-12 to UTC+14, in quarter hours).
_REAL_OFFSETS = (dt.timedelta(hours=-12), dt.timedelta(hours=14), dt.timedelta(minutes=15))


def _in_scripted_zone(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A wall-clock publication time read from the markup or the printed text (precision
    ``naive``: "Oct 13, 2020 @ 4:48 pm", no zone printed) gives way to the publication
    moment an inline script states (:attr:`ExtractionRun.script_dates`, a data layer's
    ``publish_date``, ISO 8601 with an offset) when that moment, read in a real UTC offset
    (a quarter-hour multiple between -12 and +14 hours), is the printed day and clock to
    the minute: the page prints its local clock and states elsewhere which instant it
    is, as :func:`_in_printed_zone` takes a printed zone. A moment of another minute (an
    update, a cache time) leaves the wall clock as it is. (NormalisedDate, layer, candidate)."""
    if parsed.precision != NAIVE or layer not in ("markup", "text"):
        return parsed, layer, offered
    wall = parsed.value.replace(tzinfo=None, second=0, microsecond=0)
    source = run.ctx.text
    if not any((wall.date() + dt.timedelta(days=shift)).isoformat() in source for shift in (-1, 0, 1)):
        return parsed, layer, offered  # (no ISO day near it in the source: the scripts are not read)
    lowest, highest, step = _REAL_OFFSETS
    for raw in run.script_dates[:MAX_ZONE_LENDING_DATES]:
        reading = run.date(raw)
        if reading.value is None or reading.precision != EXACT:
            continue
        offset = wall - reading.value.replace(tzinfo=None, second=0, microsecond=0)
        if not (lowest <= offset <= highest and offset % step == dt.timedelta(0)):
            continue
        candidate = _offer_taken_later(run, "script", raw, SCRIPT_DATE_WHERE, note=(
            f"{_date_note(reading)}; the instant of the wall-clock {layer} time {parsed.raw}")
            if run.record is not None else None)
        return reading, "script", candidate
    return parsed, layer, offered


#: Kinds of printed date that may show a page's modification as its date: a stated
#: line, a publication line, an update line ("Updated Mar 12, 2020").
_MODIFICATION_SHOWING_KINDS = _DAY_SHOWING_KINDS | {page_dates.UPDATE}


def _structured_modified(run: ExtractionRun):
    """(layer, where, raw) of each structured statement of the modification date: the
    article's JSON-LD dateModified, the modification meta tags."""
    if run.node:
        yield "jsonld", "dateModified", jsonld.date_modified(run.node)
    yield "meta", meta.MODIFIED_KEYS, meta.modified(run.meta)


#: How much later than the publication a modification the page prints as its date must be
#: to be its republication: an update within weeks (a live page, a correction) is the same
#: story's, and its publication stands.
MIN_REPUBLICATION_GAP = dt.timedelta(days=31)


#: The microdata property of a modification date (schema.org ``dateModified``), read
#: from the element that prints it.
_MODIFIED_ITEMPROP = lxml.etree.XPath(
    "//*[@itemprop][not(self::meta)][translate(@itemprop, 'DM', 'dm') = 'datemodified']")


def _printed_as_modification(run: ExtractionRun, day: dt.date) -> bool:
    """Whether the page marks the date it prints on ``day`` as its modification: an
    element the reader sees (no ``<meta>``) with ``itemprop="dateModified"`` whose text
    or ``datetime`` / ``content`` is that day (schema.org microdata, as WordPress themes
    print their "Last updated" line): the page then says which date it shows, and its
    publication date is another."""
    if not any(value.lower() == "datemodified" for value in run.ctx.attribute_values("itemprop")):
        return False
    for element in _MODIFIED_ITEMPROP(run.ctx.tree):
        for raw in (element.get("datetime"), element.get("content"), element.text_content()):
            if raw and raw.strip() and _printed_day(run, raw.strip()) == day:
                return True
    return False


def _shown_modification(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A structured publication date gives way to the page's stated modification date
    when the page shows the latter as its date: the date printed nearest the headline
    (:data:`_MODIFICATION_SHOWING_KINDS`) is the modification's day, more than
    :data:`MIN_REPUBLICATION_GAP` after the publication date (a page republished or
    rewritten, and dated by its publisher as of then; the earlier date is printed nowhere
    nearer). A page that prints its first publication nearest the headline, or no date,
    keeps it, as does one updated within weeks, or one that marks the date it prints as
    its modification (:func:`_printed_as_modification`).
    (NormalisedDate, layer, candidate)."""
    if layer not in CROSS_CHECKED_LAYERS:
        return parsed, layer, offered
    for modified_layer, where, raw in _structured_modified(run):
        if not raw:
            continue
        reading = run.date(raw)
        if reading.value is None or reading.value - parsed.value <= MIN_REPUBLICATION_GAP:
            continue
        if not run.visible_dates:
            break
        printed, kind = run.visible_dates[0]
        day = _printed_day(run, raw)
        if kind not in _MODIFICATION_SHOWING_KINDS or day is None or _printed_day(run, printed) != day:
            break
        if _printed_as_modification(run, day):
            break
        candidate = _offer_taken_later(run, modified_layer, raw, where, note=(
            f"{_date_note(reading)}; the modification, whose day the page prints nearest "
            f"the headline ({printed}), not the publication date {parsed.raw}")
            if run.record is not None else None)
        return reading, modified_layer, candidate
    return parsed, layer, offered


def _url_and_print_agreeing(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A publication date from structured data or date markup gives way to the day the
    page's URL files it under ('/2008/01/06/') when the date printed nearest the headline
    (a stated or publication line) names that same day, the chosen date's own day is
    more than a day from it, and no source of another kind (another structured
    statement, an inline script's publication key) states the chosen day: two
    independent statements of the page's day against a lone one (the date-classed text
    of a list of other posts, a JSON-LD block of another story). A URL day alone (a
    print issue's date path) or a printed date alone moves nothing; a day apart is a
    time zone's doing (:func:`_on_url_day`). (NormalisedDate, layer, candidate)."""
    if layer not in CROSS_CHECKED_LAYERS:
        return parsed, layer, offered
    url_days = [raw for url in (run.ctx.url, run.canonical_href)
                for raw in page_dates.url_date_raws(url)]
    if not url_days:
        return parsed, layer, offered
    url_day = dt.date.fromisoformat(url_days[0])
    if parsed.value.astimezone(dt.timezone.utc).date() == url_day:
        return parsed, layer, offered  # (its own day is at most a day off: nothing to parse)
    chosen_day = _iso_day(parsed.raw)  # (a text a parser must read is read last: below)
    if chosen_day is not None and abs(chosen_day - url_day) <= _SAME_DAY or not run.visible_dates:
        return parsed, layer, offered
    printed, kind = run.visible_dates[0]
    if kind not in _DAY_SHOWING_KINDS:
        return parsed, layer, offered
    reading = run.date(printed)
    if (reading.value is None or reading.precision == RELATIVE
            or _printed_day(run, printed) != url_day):
        return parsed, layer, offered
    if chosen_day is None:
        chosen_day = _printed_day(run, parsed.raw)
    if (chosen_day is None or abs(chosen_day - url_day) <= _SAME_DAY
            or _backed_by_another_kind(run, parsed, layer)):
        return parsed, layer, offered
    candidate = _offer_taken_later(run, "text", printed, "printed near the headline", note=(
        f"{_date_note(reading)}; the URL's day too, against the lone {layer} date "
        f"{parsed.raw}") if run.record is not None else None)
    return reading, "text", candidate


def _backed_by_another_kind(run: ExtractionRun, parsed, layer: str) -> bool:
    """True when a source of another layer than ``layer`` (a structured statement,
    :func:`_structured_published_witnesses`, or an inline script's publication key)
    states the day of ``parsed`` (within :data:`_SAME_DAY`)."""
    sources = itertools.chain(
        (raw for witness_layer, _where, raw in _structured_published_witnesses(run)
         if witness_layer != layer),
        run.script_dates)
    for tried, raw in enumerate(r for r in sources if r):
        if tried >= MAX_DATE_CANDIDATES:
            break
        reading = run.date(raw)
        if reading.value is not None and abs(reading.value - parsed.value) <= _SAME_DAY:
            return True
    return False


_DIGIT_RUN = re.compile(r"[0-9]+")


def _may_print_day(raw: str, days: frozenset[int]) -> bool:
    """False only when ``raw`` cannot print any of ``days`` (days of the month): its
    digits are all ASCII and no run of them is one of the days, as one or two digits or
    as the last two of a compact ``YYYYMMDD``. A cheap test that spares reading (often
    through dateparser) the date markup of most pages."""
    if any(ch.isnumeric() and not ch.isascii() for ch in raw):
        return True
    for digits in _DIGIT_RUN.findall(raw):
        if (len(digits) <= 2 and int(digits) in days) or (len(digits) == 8 and int(digits[6:]) in days):
            return True
    return False


def _local_view(run: ExtractionRun, parsed, raw: str, reading, others: list[str],
                own_day: dt.date | None = None) -> str | None:
    """The UTC moment ``parsed`` as the markup value ``raw`` (read as ``reading``) shows
    it: raw itself when it is the same moment with its own offset; the moment in the
    offset of the wall-clock time raw prints (or, for a day alone, the clock one of
    ``others`` prints: the element's text beside its datetime attribute, the next date
    element's text) when that day is one off UTC's; None when raw is another moment or
    shows no offset. ``own_day``: the day the moment's own statement gives, when it is
    not UTC's (:func:`_in_printed_clock`); a raw of the same moment in UTC may then be
    the page's view."""
    if reading.precision == EXACT:
        same = abs(reading.value - parsed.value) < dt.timedelta(minutes=1)
        return raw if same and (own_day is not None or not stated_in_utc(raw)) else None
    utc_day = own_day or parsed.value.astimezone(dt.timezone.utc).date()
    if reading.precision == DATE:
        day = reading.value.date()
        if abs((day - utc_day).days) != 1:
            return None
        clocks = [page_dates.printed_time(other) for other in others]
        clock = next((c for c in clocks if c is not None), None)
        if clock is None or clock[3] is not None:
            return None  # (no clock printed, or one with its own zone: read as such elsewhere)
        wall = dt.datetime.combine(day, dt.time(clock[0], clock[1]))
    else:  # a wall-clock time (naive, or read on the clock of the page's language)
        order = run.date_order if is_ambiguous_numeric(raw) else None
        naive = normalise_date(raw, language=run.date_language, reference=run.ctx.fetched_at,
                               order=order)
        if naive.value is None or naive.precision != NAIVE:
            return None
        wall = naive.value.replace(tzinfo=None)
        if abs((wall.date() - utc_day).days) != 1:
            return None
    offset = offset_showing(parsed.value, wall)
    return parsed.value.astimezone(offset).isoformat() if offset is not None else None


#: What the record adds to a line's date part that follows an update label.
AFTER_UPDATE_LABEL = ", after an update label"
#: Characters before a date part in its line searched for its label.
LINE_LABEL_WINDOW = 40


def _after_update_label(line: str, raw: str) -> bool:
    """True when the label nearest before a date part in its line is an update label
    ("5 minute read | Updated | 2:39 AM EDT, ..."), not a publication label."""
    words = raw.split()
    where = line.find(words[0]) if words else -1
    if where < 0:
        return False
    before = line[max(0, where - LINE_LABEL_WINDOW):where]
    updates = [m.start() for m in UPDATE_LABEL.finditer(before)]
    published = [m.start() for m in PUBLISHED_LABEL.finditer(before)]
    return bool(updates) and (not published or updates[-1] > published[-1])


def _updates_held_back(candidates, held: list):
    """The candidates, less the visible text of date markup that opens with an update
    label ("Updated 2:39 AM EDT, Tue August 30, 2022", "Aktualisiert am ...") or the
    German "Stand:" (:data:`~newscrawl.extract.dates.AS_OF_LABEL`), which is
    appended to ``held``: a line that says it is the update time is not the publication
    time, and is taken only when no later source (the URL, a script's publication key,
    the printed dates) gives one. The shorter spans a line's date parts give of the same
    date ("2:39 AM EDT Tue August 30 2022": its label dropped) are held back with it."""
    for layer, where, raw in candidates:
        if layer == "markup" and raw and (
                UPDATE_LABEL.match(raw.lstrip()) or AS_OF_LABEL.match(raw.lstrip())
                or where.endswith(AFTER_UPDATE_LABEL)
                or any(w == where and r.endswith(raw) for _l, w, r in held)):
            held.append((layer, where, raw))
            continue
        yield layer, where, raw


def step_published(run: ExtractionRun) -> None:
    """Publication date: profile, JSON-LD, article:published_time and relatives, app
    state, markup; when those give nothing, or only a date relative to an unknown reading
    time, the URL and the dates printed near the headline (the first of them that reads:
    no refining), the update lines of the markup and the printed ones
    (:func:`_printed_update_candidates`), the further printed shapes (:func:`_further_published_candidates`), the
    dates printed in lists of other items (:func:`_listed_published_candidates`), then a
    MediaWiki page's last edit (:func:`_wiki_last_edit_candidates`).
    A structured date that no other structured source agrees with, while
    two of them agree on another day, gives way to theirs (:func:`_outvoted`); an app-state
    date, to the article's own date markup naming another day (:func:`_app_state_checked`);
    a generic meta date no other source backs, to another day printed nearest the
    headline (:func:`_generic_meta_checked`); the publication date, to the modification
    date when the page prints the latter nearest the headline (:func:`_shown_modification`);
    a lone date, to the day the URL and the date printed nearest the headline agree on
    (:func:`_url_and_print_agreeing`); a date read from the words of date markup, to
    another day printed nearer the headline (:func:`_markup_text_checked`). A structured
    moment keeps its instant but takes
    the day the page prints it on (:func:`_in_printed_offset`, :func:`_in_printed_clock`),
    else, stated in UTC, the day its URL files it under (:func:`_on_url_day`).
    A day without a time of day takes the time printed beside a date of the same day, or
    a script's moment of that day (:func:`_with_printed_time`)."""
    run.unanchored.clear()
    updates: list[tuple[str, str, str]] = []
    parsed, layer, offered = _choose_date(
        run, "published_at", _updates_held_back(_published_candidates(run), updates))
    # (``updates`` is read only after the unmarked sources: it holds what the published
    # candidates held back by then)
    # (a relative date the dated layers read, or left unanchored without a fetch time)
    own_relative = (parsed is not None and parsed.precision == RELATIVE) or bool(run.unanchored)
    unmarked = itertools.chain(_unmarked_published_candidates(run), updates,
                               _printed_update_candidates(run), _further_published_candidates(run),
                               _listed_published_candidates(run, own_relative),
                               _wiki_last_edit_candidates(run))
    if parsed is None or parsed.precision == "relative":
        period = page_dates.url_period(run.ctx.url)
        for unmarked_layer, where, raw in unmarked:
            reading = run.date(raw)
            outside = (unmarked_layer == "text" and reading.value is not None
                       and not page_dates.within_period(reading.value, period))
            candidate = _offer_taken_later(run, unmarked_layer, raw, where, note=(
                _date_note(reading) + ("; outside the period the URL files the page under"
                                       if outside else "")) if run.record is not None else None)
            if reading.value is not None and not outside:
                parsed, layer, offered = reading, unmarked_layer, candidate
                run.offer_rest("published_at", unmarked, "an earlier last-resort date read")
                break
    else:
        run.offer_rest("published_at", unmarked, "last resort: the dated layers gave a date")
        parsed, layer, offered = _outvoted(run, parsed, layer, offered)
        parsed, layer, offered = _app_state_checked(run, parsed, layer, offered)
        parsed, layer, offered = _generic_meta_checked(run, parsed, layer, offered)
        parsed, layer, offered = _shown_modification(run, parsed, layer, offered)
        parsed, layer, offered = _url_and_print_agreeing(run, parsed, layer, offered)
        parsed, layer, offered = _markup_text_checked(run, parsed, layer, offered)
        parsed, layer, offered = _printed_own_date(run, parsed, layer, offered)
        parsed, layer, offered = _in_printed_zone(run, parsed, layer, offered)
        parsed, layer, offered = _in_scripted_zone(run, parsed, layer, offered)
        restated = _in_printed_offset(run, parsed, layer)
        if restated is parsed:
            restated = _in_printed_clock(run, parsed, layer)
        parsed = restated if restated is not parsed else _on_url_day(run, parsed, layer)
    if parsed is not None and parsed.precision == DATE and layer != "profile":
        parsed, layer, offered = _with_printed_time(run, parsed, layer, offered)
    if parsed is not None and run.set("published_at", parsed.value, layer, offered):
        run.article.published_raw = parsed.raw
        run.article.published_precision = parsed.precision
    elif run.unanchored:
        # a relative date and no fetch time: the raw string is kept for whoever knows
        # when the page was fetched (the dates pipeline reads it against fetched_at)
        run.article.published_raw = run.unanchored[0]


#: Kinds of printed date that may lend their time of day to a day-only publication date:
#: a line stating a date, one labelled as the publication (not an update, a date in a
#: sentence, a caption or a list of other items).
_TIME_LENDING_KINDS = frozenset({page_dates.STATED, page_dates.PUBLISHED})


def _with_printed_time(run: ExtractionRun, parsed, layer: str, offered) -> tuple:
    """A day-only publication date (a day in markup, in the URL, a printed day) takes the
    time of day of a date printed near the headline on the same calendar day, when one
    is printed with a time (and not labelled as an update), else the moment a publication
    key of the page's inline scripts states on that day: the page states the day in one
    place and the time in another. The layer and the taken candidate stay the ones that
    gave the day; the record lists the candidate that lent the time beside it.
    (NormalisedDate, layer, candidate)."""
    day = parsed.value.date()
    printed = []
    for raw, kind in run.visible_dates:
        if kind not in _TIME_LENDING_KINDS:
            continue
        if _PRINTED_CLOCK.search(raw):
            printed.append((raw, "text", "printed near the headline"))
        elif kind == page_dates.PUBLISHED and _printed_day(run, raw) == day:
            break  # the line labelled as the publication gives no time: another line's is not it
    scripted = ((raw, "script", SCRIPT_DATE_WHERE) for raw in run.script_dates)
    for raw, source, where in itertools.chain(printed, scripted):
        reading = run.date(raw)
        if reading.value is None or reading.precision in (DATE, RELATIVE):
            continue
        if _printed_day(run, raw) != day:
            continue
        run.offer("published_at", source, raw, where, note=(
            f"{_date_note(reading)}; lent its time to the day-only date {day.isoformat()} "
            f"({layer}), which is the one taken") if run.record is not None else None)
        return reading, layer, offered
    return parsed, layer, offered


def _iso_day(raw: str) -> dt.date | None:
    """The own date part of an ISO 8601 text (None for any other text)."""
    try:
        return dt.datetime.fromisoformat(raw.strip()).date()
    except (ValueError, AttributeError):
        return None


def _printed_day(run: ExtractionRun, raw: str) -> dt.date | None:
    """The page's own calendar day of a printed date's raw text (an ISO 8601 text's own
    date part without a parser's help: the structured values, and the restated moments)."""
    day = _iso_day(raw)
    if day is not None:
        return day
    return run.stated_day(raw)


#: Where a publication date read from an inline script's data is recorded as found.
SCRIPT_DATE_WHERE = "a publication key of an inline script"


#: A clock time in a printed date's raw text ("2023-11-07T10:30", "May 3, 2024 10:30").
_PRINTED_CLOCK = re.compile(r"\d[T ]\d\d:\d\d")


def step_modified(run: ExtractionRun) -> None:
    """Modification date: profile, JSON-LD, meta, app state, markup."""
    run.unanchored.clear()
    parsed, layer, offered = _choose_date(run, "modified_at", _modified_candidates(run))
    if parsed is not None and run.set("modified_at", parsed.value, layer, offered):
        run.article.modified_raw = parsed.raw
    elif run.unanchored:
        run.article.modified_raw = run.unanchored[0]


def step_images(run: ExtractionRun) -> None:
    """Images: the profile's, else the lead image (og:image / JSON-LD) and the figures,
    else the app state's."""
    value = run.from_profile("images")
    if value:
        found = [v if isinstance(v, Image) else Image(url=pictures.absolute(str(v), run.ctx.url))
                 for v in (value if isinstance(value, list) else [value])]
        if run.set("images", found, "profile", run.offer("images", "profile", value, run.profile_name)):
            if run.record is not None:  # what the page offers besides, for the record only
                _page_images(run, UNREACHED)
            return
    images, layer, offered = _page_images(run)
    if not images or run.record is not None:
        app_images = _app_images(run)
        if app_images:
            app_offered = run.offer("images", "appstate", app_images, run.app.source,
                                    state=UNREACHED if images else TRIED)
            if not images:
                images, layer, offered = app_images, "appstate", app_offered
    run.set("images", images, layer, offered)


def _app_images(run: ExtractionRun) -> list[Image]:
    """The app state's images (taken only when the page gives none)."""
    if run.app is None:
        return []
    return [Image(url=pictures.absolute(i.url, run.ctx.url), caption=i.caption, credit=i.credit)
            for i in run.app.images]


#: Parts of a table an article scope may be: a table layout's story is a row or a cell.
_TABLE_PARTS = frozenset({"tr", "td", "tbody"})


def _figures_scope(scope, parts: int = 1):
    """Where the article's figures are looked for: the scope, or, when the scope is a row
    or a cell of a table layout, the table holding it (the layout prints the photo and its
    caption in a row of their own beside the story's text), or, when the story was read
    from several alike blocks (``parts``) and the scope is one of them, an ``<article>``
    inside an ``<article>``, the outermost of those articles. HTML nests an article in
    another for a part of it (the HTML standard's ``article`` element: a blog entry's
    comments, a live blog's posts); a story gathered from several of them shows its
    pictures in all of them."""
    if scope is not None and parts > 1 and scope.tag == "article":
        outer = scope
        for ancestor in scope.iterancestors("article"):
            outer = ancestor
        return outer
    if scope is None or scope.tag not in _TABLE_PARTS:
        return scope
    table = next(scope.iterancestors("table"), None)
    return table if table is not None else scope


def _page_images(run: ExtractionRun,
                 state: str = TRIED) -> tuple[list[Image], str, Candidate | None]:
    """(images, layer, the lead image's candidate): the lead image (og:image / JSON-LD)
    first, then the article's figures, then JSON-LD images with captions. With a record,
    each source is recorded (in ``state``); the lead's candidate is the one taken, the
    list merges the others into it."""
    recording = run.record is not None
    json_images = jsonld.images(run.node, run.index) if run.node else []
    lead_url, layer, caption, credit = meta.image(run.meta), "meta", None, None
    offered = {"meta": run.offer("images", "meta", lead_url, meta.IMAGE_KEYS, state=state)}
    for json_image in json_images if recording else ():
        offered.setdefault("jsonld", run.offer("images", "jsonld", json_image, "image", state=state))
    if json_images:
        if not lead_url:
            lead_url, layer = json_images[0].url, "jsonld"
        if pictures.url_key(json_images[0].url) == pictures.url_key(lead_url):
            caption, credit = json_images[0].caption, json_images[0].credit
    scope = run.scope if run.scope is not None else run.ctx.body_element
    parts = run.body.parts if run.body is not None else 1
    found = pictures.figures(_figures_scope(scope, parts), run.ctx.url, microdata=run.caption_itemprop,
                             figure_classes=run.figure_classes)
    for figure in found if recording else ():
        offered.setdefault("markup", run.offer("images", "markup", figure, "figure", state=state))
    lead_key = pictures.url_key(pictures.absolute(lead_url, run.ctx.url))
    if lead_key and all(pictures.url_key(image.url) != lead_key for image in found):
        lead_figure = pictures.find_lead_figure(run.ctx.tree, lead_url, run.ctx.url,
                                                run.ctx.elements("figure"), run.ctx.elements("img"))
        if lead_figure is not None:
            run.offer("images", "markup", lead_figure, "figure of the lead image", state=state)
            found.insert(0, lead_figure)
    images = pictures.merge_lead(lead_url, caption, credit, found, run.ctx.url)
    captioned = jsonld.captioned_images(run.node, run.ctx.jsonld_nodes, run.index)
    for captioned_image in captioned if recording else ():
        run.offer("images", "jsonld", captioned_image, "captioned image", state=state)
    images = pictures.add_captioned(images, [(j.url, j.caption, j.credit) for j in captioned], run.ctx.url)
    if images and not lead_url:
        layer = "markup"
    return images, layer, offered.get(layer)


def _tag_list(values) -> list[str] | None:
    return byline.dedupe([collapse(str(v)) for v in values]) if values else None


def _section_candidates(run: ExtractionRun):
    yield "profile", run.profile_name, _first_text(run.from_profile("section"))
    yield "jsonld", "articleSection", jsonld.section(run.node) if run.node else None
    yield "meta", meta.SECTION_KEYS, meta.section(run.meta)
    if run.app is not None:
        yield "appstate", run.app.source, run.app.section


def _tag_candidates(run: ExtractionRun):
    profile_tags = run.from_profile("tags")
    yield "profile", run.profile_name, profile_tags if isinstance(profile_tags, list) else None
    yield "jsonld", "keywords", jsonld.keywords(run.node) if run.node else []
    yield "meta", meta.TAG_KEYS, meta.tags(run.meta)
    if run.app is not None:
        yield "appstate", run.app.source, run.app.tags


def step_section_and_tags(run: ExtractionRun) -> None:
    """Section and tags: profile, JSON-LD, meta, app state."""
    run.cascade("section", _section_candidates(run))
    run.cascade("tags", _tag_candidates(run), _tag_list)


def _canonical_url(run: ExtractionRun):
    def absolute(value: str | None) -> str | None:
        url = pictures.absolute(value, run.ctx.url) if value else None
        return url if url and url.startswith("http") else None
    return absolute


def step_canonical(run: ExtractionRun) -> None:
    """Canonical URL: link rel=canonical, og:url, JSON-LD url; made absolute."""
    run.cascade("canonical_url", (("markup", "link rel=canonical", run.canonical_href),
                                  ("meta", meta.URL_KEYS, meta.url(run.meta)),
                                  ("jsonld", "url", jsonld.url(run.node) if run.node else None)),
                _canonical_url(run))


def step_language_from_text(run: ExtractionRun) -> None:
    """Language, when the page declares none: guessed from the body's script and words."""
    if run.article.language is None and run.article.body:
        guess = guess_language(run.article.body)
        run.set("language", guess, "markup",
                run.offer("language", "markup", guess, "guessed from the body text"))


def step_word_count(run: ExtractionRun) -> None:
    """Word count of the body (\\w+ tokens)."""
    if run.article.body:
        run.set("word_count", word_count(run.article.body), run.article.sources.get("body", "markup"))


#: The field steps in order (a JSON-LD node of another page set aside first; language
#: before dates; body before scope; scope before the fields read inside the article
#: container).
FIELD_STEPS = (step_structured_data_of_another_page,
               step_language, step_headline, step_headline_kicker, step_description, step_body,
               step_language_from_text, step_scope, step_headline_before_story,
               step_permalink_headline,
               step_authors, step_published, step_modified, step_images,
               step_section_and_tags, step_canonical, step_word_count,
               step_named_headline)


#: Hostile-input bounds on the finished Article. A one-line field longer than its limit
#: is page soup, not that field, and is dropped; raw fields are cut to MAX_RAW_CHARS; list
#: items longer than MAX_ITEM_CHARS are dropped and lists cut to MAX_ITEMS; an image whose
#: URL is longer than MAX_FIELD_CHARS["canonical_url"] (an inline data: URI) is dropped.
MAX_FIELD_CHARS = {"headline": 1000, "description": 10_000, "section": 300, "language": 35,
                   "canonical_url": 4096}
RAW_FIELDS = ("byline_raw", "published_raw", "modified_raw")
MAX_RAW_CHARS = 2000
MAX_ITEM_CHARS = 300
MAX_ITEMS = 200
MAX_CAPTION_CHARS = 5000


def _clean_text(value):
    return without_lone_surrogates(value) if isinstance(value, str) else value


def _bounded_image(image: Image) -> Image | None:
    if not isinstance(image, Image) or len(image.url or "") > MAX_FIELD_CHARS["canonical_url"]:
        return None
    return Image(url=_clean_text(image.url),
                 caption=_clean_text(image.caption)[:MAX_CAPTION_CHARS] if image.caption else None,
                 credit=_clean_text(image.credit)[:MAX_ITEM_CHARS] if image.credit else None,
                 alt=_clean_text(image.alt)[:MAX_CAPTION_CHARS] if image.alt else None)


def bound_fields(article: Article) -> None:
    """Apply the hostile-input bounds and replace lone surrogates (JSON-LD ``"\\ud800"``
    escapes), so every Article fits the dataset schema whatever the page held."""
    for name, limit in MAX_FIELD_CHARS.items():
        value = _clean_text(getattr(article, name))
        if isinstance(value, str) and len(value) > limit:
            value = None
            article.sources.pop(name, None)
        setattr(article, name, value)
    for name in RAW_FIELDS:
        value = _clean_text(getattr(article, name))
        setattr(article, name, value[:MAX_RAW_CHARS] if isinstance(value, str) else value)
    article.body = _clean_text(article.body)
    for name in ("authors", "tags"):
        items = [_clean_text(item) for item in getattr(article, name) or []
                 if isinstance(item, str) and len(item) <= MAX_ITEM_CHARS]
        setattr(article, name, items[:MAX_ITEMS])
        if not items:
            article.sources.pop(name, None)
    article.images = [image for image in map(_bounded_image, article.images or [])
                      if image is not None][:MAX_ITEMS]
    if not article.images:
        article.sources.pop("images", None)


def extract_article(html: str | bytes, url: str, *, fetched_at: dt.datetime | None = None,
                    http_status: int | None = None, content_type: str | None = None,
                    profile=None, language: str | None = None,
                    timezone: str | None = None, record: ExtractionRecord | None = None) -> Article:
    """Extract the Article of one page.

    ``profile``: None looks the site profile up by URL, False turns profiles off, a
    SiteProfile or a profile name uses that one. ``language`` / ``timezone`` override the
    profile's defaults. ``record``: an :class:`~newscrawl.extract.record.ExtractionRecord`
    to fill with every layer's candidates for every field and the one taken (what
    ``scrapy extract -v`` prints). Raises only :class:`~newscrawl.errors.NotAPageError`.
    """
    article, _ctx = extract_article_with_context(
        html, url, fetched_at=fetched_at, http_status=http_status, content_type=content_type,
        profile=profile, language=language, timezone=timezone, record=record)
    return article


def extract_article_with_context(html: str | bytes, url: str, *,
                                 fetched_at: dt.datetime | None = None,
                                 http_status: int | None = None,
                                 content_type: str | None = None, profile=None,
                                 language: str | None = None,
                                 timezone: str | None = None,
                                 record: ExtractionRecord | None = None) -> tuple[Article, PageContext]:
    """Like :func:`extract_article`, also returning the parsed page context, so a
    caller (the spiders' article-or-not decision) reads the same tree without parsing
    the page again."""
    site_profile = resolve_profile(profile, url)
    ctx = PageContext(
        html, url, content_type=content_type, fetched_at=fetched_at, profile=site_profile,
        language_hint=language or (site_profile.language if site_profile else None),
        timezone=timezone or (site_profile.timezone if site_profile else None),
    )
    # (the page's itemprop values, which every extraction asks for (ExtractionRun.microdata),
    # are listed now, while the tree just parsed is still in the processor's caches: the walk
    # of the whole tree costs more when the first field steps have run)
    ctx.attribute_values("itemprop")
    article = Article(url=url, domain=ctx.domain, fetched_at=fetched_at, http_status=http_status)
    run = ExtractionRun(ctx, article, site_profile, language, record)
    run.set("domain", ctx.domain, "url")
    run.set("fetched_at", fetched_at, "crawl")
    run.set("http_status", http_status, "crawl")
    for step in FIELD_STEPS:
        try:
            step(run)
        except Exception as exc:  # one field's failure must not lose the page
            log.warning("field step %s failed on %s", step.__name__, url, exc_info=True)
            if record is not None:
                record.failures.append((step.__name__, f"{type(exc).__name__}: {exc}"))
            ctx.field_errors.append(step.__name__.removeprefix("step_"))
    bound_fields(article)
    if record is not None:
        record.settle(article)
    article.extractor = EXTRACTOR_NAME
    if site_profile is not None:
        label, _rules = site_profile.version_for(fetched_at)
        article.extractor += f"+{site_profile.name}@{label or 'default'}"
    return article, ctx


__all__ = ["extract_article", "extract_article_with_context", "resolve_profile", "FIELD_STEPS",
           "EXTRACTOR_NAME", "ExtractionRecord",
           # what the development instruments (benchmarks/) hook into and list
           "ExtractionRun", "headline_sources", "markup_bylines", "markup_date_raws"]
