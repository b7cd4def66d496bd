"""``scrapy extract PATH_OR_URL``: print one page's Article, and why it came out so.

A plain file path (``.html`` or ``.html.gz``) is read from disk; a URL is fetched
through Scrapy with the project's settings (robots.txt, User-Agent, middlewares), so
what you see is what the crawl would write.

* ``--format json`` (the default) prints the Article as JSON; ``sources`` says which
  layer supplied each field.
* ``--format text`` prints a readable view: each field with its layer in brackets,
  images with caption and credit, the body's first paragraphs.
* ``-v`` adds, per field, the candidates each layer found on the page (site profile,
  JSON-LD, meta tags, visible markup), the one taken marked with ``*``; in JSON they go
  under an extra top-level key ``candidates``.

The candidates are gathered here by calling the extraction layers' public functions
on the page's parsed context; they show what each layer *offers*, while the Article
shows what the orchestrator's rules *chose*.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import logging
import sys
import textwrap
from pathlib import Path

import scrapy
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.defaults import newscrawl_defaults
from newscrawl.text import collapse

log = logging.getLogger(__name__)

#: Characters of a candidate value shown (longer values are cut, with an ellipsis).
CANDIDATE_CHARS = 240
#: Body paragraphs shown in the text view (all of them with -v).
BODY_PARAGRAPHS = 3
#: Fields of the text view, in order (the rest of the Article follows in schema order).
TEXT_FIELDS = ("headline", "description", "authors", "byline_raw", "published_at",
               "modified_at", "language", "section", "tags", "canonical_url", "images", "body")
#: Fields that are crawl bookkeeping, shown in the header of the text view.
HEADER_FIELDS = ("url", "domain", "http_status", "fetched_at", "extractor")


def _jsonable(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def article_json(article, candidates: dict | None = None) -> str:
    """The Article as indented JSON (datetimes as ISO 8601); with ``candidates``, those
    under an extra ``candidates`` key."""
    record = dataclasses.asdict(article)
    if candidates is not None:
        record["candidates"] = candidates
    return json.dumps(record, default=_jsonable, ensure_ascii=False, indent=2)


def read_page(path: Path) -> bytes:
    """Bytes of a saved page, gunzipped when it ends in .gz."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


# -- candidates -------------------------------------------------------------------------

def cut(value, limit: int = CANDIDATE_CHARS):
    """A candidate value made printable: whitespace collapsed, long strings cut."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [cut(v, limit) for v in value]
    if isinstance(value, dict):
        return {k: cut(v, limit) for k, v in value.items()}
    if isinstance(value, str):
        value = collapse(value)
        return value if len(value) <= limit else value[: limit - 1] + "…"
    return value


def candidate(layer: str, value, where: str | None = None) -> dict:
    """One candidate: the layer that found it, where on the page (key, heuristic), the value."""
    return {"layer": layer, "where": where, "value": cut(value)}


def _image_value(url, caption=None, credit=None) -> dict:
    return {k: v for k, v in (("url", url), ("caption", caption), ("credit", credit)) if v}


class CandidateFinder:
    """Asks every layer for its candidates of each field, on one parsed page."""

    def __init__(self, ctx, profile=None):
        from newscrawl.extract import body as bodies
        from newscrawl.extract import markup

        self.ctx = ctx
        self.profile = profile
        self.node = self._safely(lambda: ctx.jsonld_article, None) or {}
        self.index = self._safely(lambda: ctx.jsonld_index, None) or {}
        self.meta = self._safely(lambda: ctx.meta, None) or {}
        self.found_body = self._safely(lambda: bodies.extract_body(ctx), None)
        body_node = getattr(self.found_body, "node", None)
        self.scope = self._safely(lambda: markup.article_scope(ctx.tree, body_node), None)

    @staticmethod
    def _safely(function, default):
        try:
            return function()
        except Exception:  # noqa: BLE001 - a broken layer must not hide the others
            log.debug("candidate lookup failed", exc_info=True)
            return default

    def profile_candidates(self, field_name: str) -> list[dict]:
        """The site profile's value for a field, when it has a rule for it."""
        profile = self.profile
        if profile is None or not profile.has_rules(field_name, self.ctx.fetched_at):
            return []
        value = self._safely(lambda: profile.extract(field_name, self.ctx), None)
        if isinstance(value, list):
            value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v)
                     and not isinstance(v, type) else v for v in value]
        return [candidate("profile", value, profile.name)] if value else []

    # One method per field; each returns [(layer, where, value)] in the layers' order.
    def headline(self):
        from newscrawl.extract import jsonld, markup, meta

        found = [("jsonld", "headline", jsonld.headline(self.node) if self.node else None),
                 ("meta", *(meta.first(self.meta, meta.TITLE_KEYS) or ("", None)))]
        found += [("markup", "h1 / itemprop=headline", text)
                  for text in markup.headline_candidates(self.scope, self.ctx.tree)]
        found.append(("markup", "<title>", markup.title(self.ctx.tree)))
        return found

    def description(self):
        from newscrawl.extract import jsonld, meta

        return [("jsonld", "description", jsonld.description(self.node) if self.node else None),
                ("meta", *(meta.first(self.meta, meta.DESCRIPTION_KEYS) or ("", None)))]

    def authors(self):
        from newscrawl.extract import authors as byline
        from newscrawl.extract import jsonld, markup, meta

        found = []
        for person in (jsonld.authors(self.node, self.index) if self.node else []):
            found.append(("jsonld", "organisation" if person.is_organisation else "person",
                          person.name))
        hit = meta.author_values(self.meta)
        if hit:
            found += [("meta", hit[0], value) for value in hit[1]]
        heuristic, elements = markup.byline_elements(self.scope, self.ctx.tree)
        for element in elements[:8]:
            raw = markup.element_value(element)
            names = byline.clean_byline(raw, strict=True) if raw else []
            found.append(("markup", heuristic, {"raw": raw, "names": names}))
        return found

    def _dates(self, jsonld_value, meta_keys, xpaths):
        from newscrawl.extract import markup, meta

        found = [("jsonld", None, jsonld_value),
                 ("meta", *(meta.first(self.meta, meta_keys) or ("", None)))]
        if self.scope is not None:
            for name, attribute, text in markup.date_candidates(self.scope, xpaths):
                found.append(("markup", name, attribute or text))
        return found

    def published_at(self):
        from newscrawl.extract import jsonld, markup, meta

        return self._dates(jsonld.date_published(self.node) if self.node else None,
                           meta.PUBLISHED_KEYS, markup.PUBLISHED_XPATHS)

    def modified_at(self):
        from newscrawl.extract import jsonld, markup, meta

        return self._dates(jsonld.date_modified(self.node) if self.node else None,
                           meta.MODIFIED_KEYS, markup.MODIFIED_XPATHS)

    def images(self):
        from newscrawl.extract import images as pictures
        from newscrawl.extract import jsonld, meta

        found = [("meta", *(meta.first(self.meta, meta.IMAGE_KEYS) or ("", None)))]
        for image in (jsonld.images(self.node, self.index) if self.node else []):
            found.append(("jsonld", "image", _image_value(image.url, image.caption, image.credit)))
        scope = self.scope if self.scope is not None else self.ctx.body_element
        for image in pictures.figures(scope, self.ctx.url):
            found.append(("markup", "figure", _image_value(image.url, image.caption, image.credit)))
        return found

    def body(self):
        from newscrawl.extract import jsonld

        text = jsonld.article_body(self.node) if self.node else None
        found = [("jsonld", "articleBody", text)]
        found_body = self.found_body
        if found_body is not None and found_body.paragraphs:
            container = found_body.node
            where = None
            if container is not None:
                where = container.tag + "".join(
                    f"{mark}{container.get(name).split()[0]}" for mark, name in (("#", "id"), (".", "class"))
                    if (container.get(name) or "").strip())
            found.append(("markup", where, f"{len(found_body.paragraphs)} paragraphs: "
                          + " ¶ ".join(found_body.paragraphs)))
        return found

    def language(self):
        from newscrawl.extract import jsonld, markup, meta

        return [("jsonld", "inLanguage", jsonld.language(self.node) if self.node else None),
                ("markup", "html@lang", markup.html_language(self.ctx.tree)),
                ("meta", *(meta.first(self.meta, meta.LANGUAGE_KEYS) or ("", None)))]

    def section(self):
        from newscrawl.extract import jsonld, meta

        return [("jsonld", "articleSection", jsonld.section(self.node) if self.node else None),
                ("meta", *(meta.first(self.meta, meta.SECTION_KEYS) or ("", None)))]

    def tags(self):
        from newscrawl.extract import jsonld, meta

        return [("jsonld", "keywords", jsonld.keywords(self.node) if self.node else None),
                ("meta", "tags", meta.tags(self.meta))]

    def canonical_url(self):
        from newscrawl.extract import jsonld, markup, meta

        return [("markup", "link rel=canonical", markup.canonical(self.ctx.tree)),
                ("meta", *(meta.first(self.meta, meta.URL_KEYS) or ("", None))),
                ("jsonld", "url", jsonld.url(self.node) if self.node else None)]

    def all(self) -> dict[str, list[dict]]:
        """Field -> candidates of every layer (profile first), empty values left out."""
        result = {}
        for field_name in CANDIDATE_FIELDS:
            found = self.profile_candidates(field_name)
            for layer, where, value in self._safely(getattr(self, field_name), []):
                if value not in (None, "", [], {}):
                    found.append(candidate(layer, value, where or None))
            result[field_name] = found
        return result


#: Fields whose candidates ``-v`` lists (methods of CandidateFinder).
CANDIDATE_FIELDS = ("headline", "description", "authors", "published_at", "modified_at",
                    "images", "body", "language", "section", "tags", "canonical_url")


def find_candidates(ctx, profile=None) -> dict[str, list[dict]]:
    """Field -> [{layer, where, value}] of what each layer finds on a parsed page."""
    return CandidateFinder(ctx, profile).all()


# -- the readable view --------------------------------------------------------------------

def _show(value) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


#: Fields whose raw string is kept beside the value: a candidate is the chosen one when it
#: equals the raw string.
RAW_FIELDS = {"published_at": "published_raw", "modified_at": "modified_raw"}


def _same_text(candidate_text: str, chosen: str) -> bool:
    chosen = collapse(chosen)
    return chosen.startswith(candidate_text.rstrip("…")) or candidate_text.startswith(chosen)


def _chosen(article, field_name: str, found: dict) -> bool:
    """Whether a candidate is the value the Article holds for the field."""
    value, chosen = found["value"], getattr(article, field_name, None)
    if field_name == "images":
        url = value.get("url") if isinstance(value, dict) else value
        return url in {image.url for image in chosen or []}
    if article.sources.get(field_name) != found["layer"]:
        return False
    if field_name in RAW_FIELDS:
        raw = getattr(article, RAW_FIELDS[field_name])
        return isinstance(value, str) and isinstance(raw, str) and _same_text(value, raw)
    if field_name == "authors":
        names = value.get("names") if isinstance(value, dict) else [value]
        return bool(set(names or []) & set(chosen or []))
    if field_name == "body":
        return True  # one candidate per layer: the layer is the choice
    if isinstance(value, str) and isinstance(chosen, str):
        return _same_text(value, chosen)
    return True


def _candidate_lines(article, field_name: str, candidates: list[dict], width: int) -> list[str]:
    if not candidates:
        return ["      (no layer found anything)"]
    lines = []
    for found in candidates:
        mark = "*" if _chosen(article, field_name, found) else " "
        where = f" ({found['where']})" if found.get("where") else ""
        value = found["value"]
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
        lines += textwrap.wrap(f"{found['layer']}{where}: {text}", width=width,
                               initial_indent=f"    {mark} ", subsequent_indent="        ")
    return lines


def _field_lines(article, field_name: str, *, verbose: bool, width: int) -> list[str]:
    value = getattr(article, field_name)
    layer = article.sources.get(field_name)
    label = f"{field_name:<14}" + (f"[{layer}] " if layer else "[-] ")
    if field_name == "images":
        lines = [f"{label}{len(value)} image{'s' if len(value) != 1 else ''}"]
        for number, image in enumerate(value, 1):
            lines.append(f"    {number}. {image.url}")
            for part in ("caption", "credit", "alt"):
                if getattr(image, part):
                    lines += textwrap.wrap(f"{part}: {getattr(image, part)}", width=width,
                                           initial_indent="       ", subsequent_indent="         ")
        return lines
    if field_name == "body":
        paragraphs = (value or "").split("\n\n") if value else []
        lines = [f"{label}{article.word_count or 0:,} words, {len(paragraphs)} paragraphs"]
        shown = paragraphs if verbose else paragraphs[:BODY_PARAGRAPHS]
        for paragraph in shown:
            lines += textwrap.wrap(paragraph, width=width, initial_indent="    | ",
                                   subsequent_indent="    | ") + ["    |"]
        if len(shown) < len(paragraphs):
            lines.append(f"    ... {len(paragraphs) - len(shown)} more paragraphs (-v shows all)")
        return lines
    if value in (None, "", []):
        return [f"{label}-"]
    extra = ""
    if field_name == "published_at" and (article.published_raw or article.published_precision):
        extra = f"   (raw {article.published_raw!r}, {article.published_precision})"
    elif field_name == "modified_at" and article.modified_raw:
        extra = f"   (raw {article.modified_raw!r})"
    return textwrap.wrap(f"{label}{_show(value)}{extra}", width=width, subsequent_indent=" " * 16)


def article_text(article, candidates: dict | None = None, *, width: int = 100) -> str:
    """The readable view of an Article (with ``candidates``: each field's candidates)."""
    lines = [f"{name:<14}{_show(getattr(article, name))}" for name in HEADER_FIELDS
             if getattr(article, name) not in (None, "")]
    lines.append("")
    for field_name in TEXT_FIELDS:
        lines += _field_lines(article, field_name, verbose=candidates is not None, width=width)
        if candidates is not None and field_name in candidates:
            lines += _candidate_lines(article, field_name, candidates[field_name], width)
    if candidates is not None:
        lines += ["", "(* = the candidate the Article holds; layers in the order they are tried)"]
    return "\n".join(lines)


# -- the command ----------------------------------------------------------------------------

class _FetchOne(scrapy.Spider):
    name = "newscrawl-extract"
    # Fetching one page to print it writes nothing (nor takes the output lock).
    custom_settings = {"ITEM_PIPELINES": {"newscrawl.crawl.pipelines.ParquetPipeline": None}}

    def __init__(self, url, store, **kwargs):
        super().__init__(**kwargs)
        self.url, self.store = url, store

    async def start(self):
        yield scrapy.Request(self.url, callback=self.keep, errback=self.keep_error,
                             dont_filter=True)

    def keep(self, response):
        self.store["response"] = response

    def keep_error(self, failure):
        self.store["error"] = failure


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {**newscrawl_defaults(), "LOG_LEVEL": "WARNING", "NEWSCRAWL_REPORT": False,
                        "NEWSCRAWL_PROGRESS_INTERVAL": 0}

    def syntax(self):
        return "[options] <path_or_url>"

    def short_desc(self):
        return "Print the Article of one page (a saved file or a URL) as JSON or text"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL, for a saved file (default: file://...)")
        parser.add_argument("--no-profile", action="store_true",
                            help="generic extractor only, site profiles switched off")
        parser.add_argument("--format", choices=("json", "text"), default="json",
                            help="json (default) or a readable text view")
        parser.add_argument("-v", "--verbose", action="store_true",
                            help="also show the candidates each layer found, per field")

    def _fetch(self, target: str):
        store: dict = {}
        process = self.crawler_process
        assert process is not None  # Scrapy creates it before it runs the command
        process.crawl(_FetchOne, url=target, store=store)
        process.start()
        if "response" not in store:
            err = store.get("error")
            raise OSError(f"could not fetch {target}: {err.value if err else 'no response'}")
        response = store["response"]
        return (response.body, response.url, response.status,
                (response.headers.get("Content-Type") or b"").decode("latin-1"))

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError()
        from newscrawl.errors import NotAPageError
        from newscrawl.extract.extractor import extract_article_with_context, resolve_profile

        target = args[0]
        profile = False if opts.no_profile else None
        path = Path(target)
        if path.exists():
            html, url, status, content_type = read_page(path), opts.url or path.resolve().as_uri(), None, None
        elif "://" in target:
            try:
                html, url, status, content_type = self._fetch(target)
            except OSError as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = 1
                return
        else:
            raise UsageError(f"{target!r} is neither an existing file nor a URL")
        try:
            article, ctx = extract_article_with_context(
                html, url, profile=profile, http_status=status, content_type=content_type,
                fetched_at=dt.datetime.now(dt.timezone.utc))
        except NotAPageError as exc:
            print(f"error: {target} is not a page: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        candidates = find_candidates(ctx, resolve_profile(profile, url)) if opts.verbose else None
        if opts.format == "text":
            print(article_text(article, candidates))
        else:
            print(article_json(article, candidates))
