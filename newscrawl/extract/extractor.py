"""The orchestrator: one page in, one :class:`~newscrawl.model.article.Article` out.

The page is parsed once into a :class:`PageContext`. Each field then runs its cascade
of layers in a fixed order and records the layer that supplied it in
``Article.sources``: the site profile first (when it has a rule for the field), then
JSON-LD, meta tags and the visible markup. A field step that fails on odd input is
logged and skipped, so a page raises only :class:`~newscrawl.errors.NotAPageError`
(from the context, for input that is not a page at all).
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from newscrawl.version import __version__
from newscrawl.model.article import Article, Image
from newscrawl.extract.dates import date_parts_of_line, normalise_date
from newscrawl.extract import authors as byline
from newscrawl.extract import headline as headlines
from newscrawl.extract import images as pictures
from newscrawl.extract import jsonld, markup, meta, page_dates, profiles
from newscrawl.extract.context import PageContext, without_lone_surrogates
from newscrawl.extract.language import guess_language, normalise_language

log = logging.getLogger(__name__)

EXTRACTOR_NAME = f"newscrawl/{__version__}"
_WORD = re.compile(r"\w+")
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


class _Run:
    """The state of one extraction: the context, the Article being filled, shared results."""

    def __init__(self, ctx: PageContext, article: Article, profile, language: str | None):
        self.ctx = ctx
        self.article = article
        self.profile = profile
        self.explicit_language = language
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
        self.body = None
        self.scope = None

    def set(self, field_name: str, value, layer: str) -> bool:
        """Store a non-empty value and its layer; False when the value is empty."""
        if value is None or value == "" or value == []:
            return False
        setattr(self.article, field_name, value)
        self.article.sources[field_name] = layer
        return True

    def from_profile(self, field_name: str):
        """The profile's value for a field, or None when it has no rule or finds nothing."""
        if self.profile is None or not self.profile.has_rules(field_name, self.ctx.fetched_at):
            return None
        return self.profile.extract(field_name, self.ctx)

    def date(self, raw: str | None):
        """normalise_date with the page's language, timezone and fetch time."""
        return normalise_date(raw, language=self.article.language, timezone=self.ctx.timezone,
                              reference=self.ctx.fetched_at)

    @property
    def site_names(self) -> list[str]:
        """Names the site goes by: og:site_name and relatives, the JSON-LD publisher."""
        names = [meta.site_name(self.meta), jsonld.publisher_name(self.node, self.index)]
        return [n for n in names if n]


def _first_text(value) -> str | None:
    """The first non-empty value of a profile result (a list or one value), collapsed."""
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v), None)
    if value is None:
        return None
    return " ".join(str(value).split()) or None


# -- field steps ----------------------------------------------------------------------

def step_language(run: _Run) -> None:
    """Language: explicit argument, then the page's declarations, then the profile default."""
    explicit = normalise_language(run.explicit_language)
    if explicit:
        run.set("language", explicit, "crawl")
        return
    for layer, value in (("profile", _first_text(run.from_profile("language"))),
                         ("jsonld", jsonld.language(run.node)),
                         ("markup", markup.html_language(run.ctx.tree)),
                         ("meta", meta.language(run.meta))):
        code = normalise_language(value)
        if code and run.set("language", code, layer):
            return
    if run.profile is not None and run.profile.language:
        run.set("language", normalise_language(run.profile.language), "profile")


def _within_limit(field_name: str, value: str | None) -> str | None:
    """The value, or None when it is longer than the field's MAX_FIELD_CHARS (so the next
    candidate is chosen instead of a megabyte of page soup)."""
    if isinstance(value, str) and len(value) > MAX_FIELD_CHARS.get(field_name, len(value)):
        return None
    return value


def step_headline(run: _Run) -> None:
    """Headline: profile, else the agreeing h1 / JSON-LD / og:title, site names stripped."""
    if run.set("headline", _first_text(run.from_profile("headline")), "profile"):
        return
    value, layer = headlines.choose_headline(**_headline_sources(run))
    if value:
        run.set("headline", value, layer)


def _headline_sources(run: _Run) -> dict:
    """What the headline is chosen from: each source's raw text, the site's names."""
    return dict(
        jsonld=_within_limit("headline", jsonld.headline(run.node) if run.node else None),
        meta=_within_limit("headline", meta.title(run.meta)),
        h1s=lambda: [h for h in markup.headline_candidates(None, run.ctx.tree)
                     if _within_limit("headline", h)],
        title=_within_limit("headline", markup.title(run.ctx.tree)),
        site_names=run.site_names,
        domain=run.ctx.domain,
    )


def headline_candidates(html: str | bytes, url: str) -> dict[str, str | None]:
    """Each generic source's headline for a page (JSON-LD, og:title and relatives, the
    first h1, ``<title>``), cleaned of site names as the extractor cleans them, without
    choosing among them. For studying the choice, not for extraction."""
    ctx = PageContext(html, url)
    return headlines.headline_candidates(**_headline_sources(_Run(ctx, Article(url=url), None, None)))


def step_description(run: _Run) -> None:
    """Description: profile, JSON-LD, meta."""
    for layer, value in (("profile", _first_text(run.from_profile("description"))),
                         ("jsonld", jsonld.description(run.node)),
                         ("meta", meta.description(run.meta))):
        if run.set("description", value, layer):
            return


def _body_extractor():
    try:
        from newscrawl.extract.body import extract_body
    except ImportError:  # the body module is optional while it is being written
        return None
    return extract_body


def step_body(run: _Run) -> None:
    """Body: profile paragraphs, else the body extractor (JSON-LD articleBody as its hint)."""
    value = run.from_profile("body")
    if value:
        paragraphs = [" ".join(str(p).split()) for p in (value if isinstance(value, list) else [value])]
        run.set("body", "\n\n".join(p for p in paragraphs if p), "profile")
        return
    extract_body = _body_extractor()
    if extract_body is None:
        return
    titles = [t for t in (run.article.headline, jsonld.headline(run.node) if run.node else None,
                          meta.title(run.meta)) if t]
    run.body = extract_body(run.ctx, hint_text=jsonld.article_body(run.node) if run.node else None,
                            titles=titles, live_blog=jsonld.is_live_blog(run.node))
    if run.body is not None and run.body.paragraphs:
        run.set("body", run.body.text, "markup" if run.body.node is not None else "jsonld")
    if run.article.description is None and run.body is not None and run.body.node is not None:
        from newscrawl.extract.body import find_lead

        lead = find_lead(run.body.node)  # the visible standfirst belongs to the description
        run.set("description", " ".join(lead) if lead else None, "markup")


def step_scope(run: _Run) -> None:
    """The article container, around the body when the body extractor found one."""
    node = getattr(run.body, "node", None) if run.body is not None else None
    run.scope = markup.article_scope(run.ctx.tree, node)


def _markup_byline(run: _Run) -> tuple[list[str], str | None]:
    heuristic, elements = markup.byline_elements(run.scope, run.ctx.tree)
    names: list[str] = []
    raws: list[str] = []
    for element in elements[:8]:
        raw = markup.element_value(element)
        if not raw or len(raw) > 300:
            continue
        found = byline.clean_byline(raw, strict=heuristic not in markup.DECLARED_BYLINES)
        if found:
            names.extend(found)
            raws.append(raw)
    if names:
        return byline.dedupe(names), " ; ".join(byline.dedupe(raws))
    for text in markup.short_texts(run.scope) if run.scope is not None else ():
        if byline.starts_with_lead_in(text):
            found = byline.clean_byline(text, strict=True)
            if found:
                return found, text
    body_node = getattr(run.body, "node", None)
    for text in markup.signature_texts(body_node) if body_node is not None else ():
        found = byline.clean_byline(text, strict=True)
        if found and all(2 <= len(name.split()) <= 4 for name in found):
            return found, text
    return [], None


#: Meta "author" values that are image credits some sites put there ("(Image: Getty)").
_CREDIT_VALUE = re.compile(r"^\W*(?:image|photo|foto|picture|pic|credit|bild)\s*:", re.IGNORECASE)


def step_authors(run: _Run) -> None:
    """Authors: profile, JSON-LD persons, meta names, visible byline; organisations (and
    the site's own name) only when no person is named anywhere."""
    value = run.from_profile("authors")
    if value:
        values = value if isinstance(value, list) else [value]
        names = byline.clean_names([str(v) for v in values], strict=False)
        if run.set("authors", names, "profile"):
            run.article.byline_raw = " ; ".join(str(v) for v in values)
            return

    def names_site(name: str) -> bool:
        first_name = re.split(r"[,;|]", name, maxsplit=1)[0]
        return headlines.is_site_name(first_name, run.site_names, run.ctx.domain)

    people = jsonld.authors(run.node, run.index) if run.node else []
    persons = [p.name for p in people if not p.is_organisation and not names_site(p.name)]
    fallbacks: list[tuple[str, list[str]]] = [
        ("jsonld", [p.name for p in people if p.is_organisation or names_site(p.name)])]
    if run.set("authors", [n for n in byline.clean_names(persons, strict=False) if not names_site(n)],
               "jsonld"):
        run.article.byline_raw = " ; ".join(persons)
        return
    hit = meta.author_values(run.meta)
    if hit:
        values = [v for v in hit[1] if not _CREDIT_VALUE.match(v)]
        person_values = [v for v in values if not names_site(v)]
        fallbacks.append(("meta", [v for v in values if names_site(v)]))
        names = [n for n in byline.clean_names(person_values, strict=False) if not names_site(n)]
        if run.set("authors", names, "meta"):
            run.article.byline_raw = " ; ".join(person_values)
            return
    names, raw = _markup_byline(run)
    names = [n for n in names if not names_site(n)]
    if run.set("authors", names, "markup"):
        run.article.byline_raw = raw
        return
    for layer, values in fallbacks:
        if run.set("authors", byline.clean_names(values, strict=False), layer):
            run.article.byline_raw = " ; ".join(values)
            return


def _markup_date_raws(candidates) -> list[str]:
    """Raw strings of markup date candidates: the attribute value, and the visible text when
    it may say more (the attribute is missing or date-only)."""
    raws = []
    for _name, attribute, text in candidates:
        if attribute:
            raws.append(attribute)
        if text and (not attribute or len(attribute) <= 10) and len(text) <= 80:
            raws.append(text)
    return raws


def _choose_date(run: _Run, layered_raws) -> tuple:
    """(NormalisedDate, layer) of the best candidate: the first that parses, replaced by a
    later one of the same moment that is more exact."""
    best, best_layer, tried = None, None, 0
    for layer, raw in layered_raws:
        if tried >= MAX_DATE_CANDIDATES:
            break  # (the candidates are generated lazily: later layers are never computed)
        if not raw:
            continue
        tried += 1
        parsed = run.date(raw)
        if parsed.value is None:
            continue
        if best is None:
            best, best_layer = parsed, layer
            if parsed.precision == "exact":
                break
            continue
        better = _PRECISION_RANK.get(parsed.precision, 9) < _PRECISION_RANK.get(best.precision, 9)
        if better and abs(parsed.value - best.value) <= _SAME_MOMENT:
            best, best_layer = parsed, layer
            if parsed.precision == "exact":
                break
    return best, best_layer


def _published_candidates(run: _Run):
    profile_value = run.from_profile("published_at")
    for value in (profile_value if isinstance(profile_value, list) else [profile_value]):
        if value:
            yield "profile", str(value)
    if run.node:
        yield "jsonld", jsonld.date_published(run.node)
    yield "meta", meta.published(run.meta)
    scope = run.scope if run.scope is not None else run.ctx.body_element
    for raw in _markup_date_raws(markup.date_candidates(scope, markup.PUBLISHED_XPATHS)):
        yield "markup", raw
    yield "meta", meta.generic_date(run.meta)
    datelines = markup.date_candidates(scope, markup.DATELINE_XPATHS)
    for raw in _markup_date_raws(datelines):
        yield "markup", raw
    # Lines that hold a date among other things: a dateline with its update time, the
    # byline's own text, the line around the byline ("By A | March 4, 2024").
    lines = [text for _name, _attribute, text in datelines] + [run.article.byline_raw or ""]
    for line in lines + markup.byline_lines(run.scope, run.ctx.tree):
        for raw in date_parts_of_line(line):
            yield "markup", raw


def _modified_candidates(run: _Run):
    profile_value = run.from_profile("modified_at")
    for value in (profile_value if isinstance(profile_value, list) else [profile_value]):
        if value:
            yield "profile", str(value)
    if run.node:
        yield "jsonld", jsonld.date_modified(run.node)
    yield "meta", meta.modified(run.meta)
    if run.scope is not None:
        for raw in _markup_date_raws(markup.date_candidates(run.scope, markup.MODIFIED_XPATHS)):
            yield "markup", raw


def _unmarked_published_candidates(run: _Run):
    """The last sources of the publication date: the datePublished of a JSON-LD node that
    is not an article (a WebPage, a HowTo), a day in the URL, then the dates printed
    nearest the headline (:mod:`newscrawl.extract.page_dates`)."""
    for node in run.ctx.jsonld_nodes[:MAX_DATE_CANDIDATES]:
        if node is not run.node:
            yield "jsonld", jsonld.date_published(node)
    for raw in page_dates.url_date_raws(run.ctx.url):
        yield "url", raw
    for raw in page_dates.visible_date_raws(run.ctx.tree, run.scope):
        yield "markup", raw


def step_published(run: _Run) -> None:
    """Publication date: profile, JSON-LD, article:published_time and relatives, markup;
    when those give nothing, or only a date relative to an unknown reading time, the URL
    and the dates printed near the headline."""
    parsed, layer = _choose_date(run, _published_candidates(run))
    if parsed is None or parsed.precision == "relative":
        for unmarked_layer, raw in _unmarked_published_candidates(run):
            unmarked = run.date(raw) if raw else None
            if unmarked is not None and unmarked.value is not None:
                parsed, layer = unmarked, unmarked_layer  # the first that reads: no refining
                break
    if parsed is not None and run.set("published_at", parsed.value, layer):
        run.article.published_raw = parsed.raw
        run.article.published_precision = parsed.precision


def step_modified(run: _Run) -> None:
    """Modification date: profile, JSON-LD, meta, markup."""
    parsed, layer = _choose_date(run, _modified_candidates(run))
    if parsed is not None and run.set("modified_at", parsed.value, layer):
        run.article.modified_raw = parsed.raw


def step_images(run: _Run) -> None:
    """Images: the lead image (og:image / JSON-LD) first, then the article's figures."""
    value = run.from_profile("images")
    if value:
        found = [v if isinstance(v, Image) else Image(url=pictures.absolute(str(v), run.ctx.url))
                 for v in (value if isinstance(value, list) else [value])]
        if run.set("images", found, "profile"):
            return
    json_images = jsonld.images(run.node, run.index) if run.node else []
    lead_url, layer, caption, credit = meta.image(run.meta), "meta", None, None
    if json_images:
        if not lead_url:
            lead_url, layer = json_images[0].url, "jsonld"
        if pictures.url_key(json_images[0].url) == pictures.url_key(lead_url):
            caption, credit = json_images[0].caption, json_images[0].credit
    scope = run.scope if run.scope is not None else run.ctx.body_element
    found = pictures.figures(scope, run.ctx.url)
    lead_key = pictures.url_key(pictures.absolute(lead_url, run.ctx.url))
    if lead_key and all(pictures.url_key(image.url) != lead_key for image in found):
        lead_figure = pictures.find_lead_figure(run.ctx.tree, lead_url, run.ctx.url)
        if lead_figure is not None:
            found.insert(0, lead_figure)
    images = pictures.merge_lead(lead_url, caption, credit, found, run.ctx.url)
    captioned = jsonld.captioned_images(run.node, run.ctx.jsonld_nodes, run.index)
    images = pictures.add_captioned(images, [(j.url, j.caption, j.credit) for j in captioned], run.ctx.url)
    if images and not lead_url:
        layer = "markup"
    run.set("images", images, layer)


def step_section_and_tags(run: _Run) -> None:
    """Section and tags: profile, JSON-LD, meta."""
    for layer, value in (("profile", _first_text(run.from_profile("section"))),
                         ("jsonld", jsonld.section(run.node) if run.node else None),
                         ("meta", meta.section(run.meta))):
        if run.set("section", value, layer):
            break
    profile_tags = run.from_profile("tags")
    for layer, values in (("profile", profile_tags if isinstance(profile_tags, list) else None),
                          ("jsonld", jsonld.keywords(run.node) if run.node else []),
                          ("meta", meta.tags(run.meta))):
        if values and run.set("tags", byline.dedupe([" ".join(str(v).split()) for v in values]), layer):
            break


def step_canonical(run: _Run) -> None:
    """Canonical URL: link rel=canonical, og:url, JSON-LD url; made absolute."""
    for layer, value in (("markup", markup.canonical(run.ctx.tree)), ("meta", meta.url(run.meta)),
                         ("jsonld", jsonld.url(run.node) if run.node else None)):
        if value:
            absolute = pictures.absolute(value, run.ctx.url)
            if absolute and absolute.startswith("http") and run.set("canonical_url", absolute, layer):
                return


def step_language_from_text(run: _Run) -> None:
    """Language, when the page declares none: guessed from the body's script and words."""
    if run.article.language is None and run.article.body:
        run.set("language", guess_language(run.article.body), "markup")


def step_word_count(run: _Run) -> None:
    """Word count of the body (\\w+ tokens)."""
    if run.article.body:
        run.article.word_count = len(_WORD.findall(run.article.body))
        run.article.sources["word_count"] = run.article.sources.get("body", "markup")


#: The field steps in order (language before dates; body before scope; scope before the
#: fields read inside the article container).
FIELD_STEPS = (step_language, step_headline, step_description, step_body,
               step_language_from_text, step_scope,
               step_authors, step_published, step_modified, step_images,
               step_section_and_tags, step_canonical, step_word_count)


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
                    timezone: str | None = None) -> Article:
    """Extract the Article of one page.

    ``profile``: None looks the site profile up by URL, False turns profiles off, a
    SiteProfile or a profile name uses that one. ``language`` / ``timezone`` override the
    profile's defaults. Raises only :class:`~newscrawl.errors.NotAPageError`.
    """
    article, _ctx = extract_article_with_context(
        html, url, fetched_at=fetched_at, http_status=http_status, content_type=content_type,
        profile=profile, language=language, timezone=timezone)
    return article


def extract_article_with_context(html: str | bytes, url: str, *,
                                 fetched_at: dt.datetime | None = None,
                                 http_status: int | None = None,
                                 content_type: str | None = None, profile=None,
                                 language: str | None = None,
                                 timezone: str | None = None) -> tuple[Article, PageContext]:
    """Like :func:`extract_article`, also returning the parsed page context, so a
    caller (the spiders' article-or-not decision) reads the same tree without parsing
    the page again."""
    site_profile = resolve_profile(profile, url)
    ctx = PageContext(
        html, url, content_type=content_type, fetched_at=fetched_at, profile=site_profile,
        language_hint=language or (site_profile.language if site_profile else None),
        timezone=timezone or (site_profile.timezone if site_profile else None),
    )
    article = Article(url=url, domain=ctx.domain, fetched_at=fetched_at, http_status=http_status)
    if ctx.domain:
        article.sources["domain"] = "url"
    if fetched_at is not None:
        article.sources["fetched_at"] = "crawl"
    if http_status is not None:
        article.sources["http_status"] = "crawl"
    run = _Run(ctx, article, site_profile, language)
    for step in FIELD_STEPS:
        try:
            step(run)
        except Exception:  # one field's failure must not lose the page
            log.warning("field step %s failed on %s", step.__name__, url, exc_info=True)
    bound_fields(article)
    article.extractor = EXTRACTOR_NAME
    if site_profile is not None:
        label, _rules = site_profile.version_for(fetched_at)
        article.extractor += f"+{site_profile.name}@{label or 'default'}"
    return article, ctx


__all__ = ["extract_article", "extract_article_with_context", "resolve_profile", "FIELD_STEPS", "EXTRACTOR_NAME"]
