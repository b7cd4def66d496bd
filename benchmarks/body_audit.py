"""Generalisation audit of the body rules: on how many development SITES does each word,
phrase, structural rule and numeric constant of the body extractor change the body?

Each audited item is switched off in turn and the body alone is extracted again on the
development pages it could touch (generic extractor, profiles off). An item is:

- a word of a word list of :mod:`newscrawl.extract.boilerplate` (BOILERPLATE_WORDS,
  CONTENT_WORDS, LEAD_WORDS ..., the tag lists): the list without it;
- an alternative of a phrase regex (FURNITURE_TEXT, PROMO_TEXT, CREDIT_LINE,
  DATE_IN_TEXT ...): the regex without it (:func:`alternatives`);
- a structural rule or step of the body cascade (``body/``, ``structure.py``): the
  function made a no-op, or the condition that starts the rule made false;
- a numeric constant of ``boilerplate.py`` and ``structure.py`` (and a few factors
  written inline in ``container_factor``): halved, then doubled.

Every page is parsed once and run up to the body step once (the baseline: its body,
the arguments the body extractor was given, the class / id words and tags the page
holds, the phrase regexes that matched on it); an item re-runs only
:func:`newscrawl.extract.body.extract_body` on the parsed page, and only on the pages it
could act on (a word on pages naming it, a regex alternative on pages where the regex
matched, a rule or constant on every page).

The pages: the development part (split by site, as ``python -m newscrawl.evaluate``) of
zyte, fundus-dev, l3s-gn1 (body F1 per page, the Zyte metric) and trafilatura-dev
(snippets: wrong snippets per page). For each item it prints how many dev sites its
switch changed, how many it helps (switching it off makes them worse) and hurts, on
halves A and B (:func:`newscrawl.evaluate.split.dev_half`) apart, and each corpus's
half-A / half-B figure moved by the switch.

    python benchmarks/body_audit.py --corpora ../shared/corpora [--match WORD]
        [--kinds word,regex,rule,number|none] [--out eval-results/body-audit.json]

An item that changes exactly one dev site is memorised from that site (a profile's
business if anywhere); one that changes none is dead weight on these pages; one that
helps half A and hurts half B is overfit. This is a development instrument, not a test;
it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import textwrap
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.regex_alternatives import (  # noqa: E402
    alternatives, only_alternative, without_alternative, without_comments)
from newscrawl.evaluate import runner  # noqa: E402
from newscrawl.evaluate.corpus import load_corpus  # noqa: E402
from newscrawl.evaluate.split import DEV, dev_half  # noqa: E402
from newscrawl.extract import boilerplate as bp  # noqa: E402
from newscrawl.extract import extractor, structure  # noqa: E402
from newscrawl.extract import body as body_package  # noqa: E402
from newscrawl.extract.body import (container, lead, names, paragraphs, prose,  # noqa: E402
                                    sanity, scan)

#: Corpora audited and the field each is scored on.
CORPORA = {"zyte": "body", "fundus-dev": "body", "l3s-gn1": "body", "trafilatura-dev": "snippets"}

#: The modules whose functions the switches may edit (function defaults bound to a
#: boilerplate value are replaced with it).
BODY_MODULES = (body_package, container, lead, names, paragraphs, prose, scan, structure)

_NEVER = re.compile(r"(?!x)x")


# -- pages ------------------------------------------------------------------------------

@dataclass(slots=True)
class Page:
    key: str
    corpus: str
    site: str
    half: str
    truth: object
    ctx: object = None
    kwargs: dict = field(default_factory=dict)
    fixed: str | None = None          # a body not from the body extractor (app state ...)
    body: str = ""
    record: dict = field(default_factory=dict)
    words: frozenset = frozenset()    # class / id words of every element
    tokens: frozenset = frozenset()   # raw lower-case class tokens
    tags: frozenset = frozenset()
    low_html: str = ""
    hits: dict = field(default_factory=dict)  # regex -> the texts it matched on the page


_STEPS = extractor.FIELD_STEPS[:extractor.FIELD_STEPS.index(extractor.step_body) + 1]


class _Recorder:
    """A compiled regex that notes the pages it matched on (baseline run only)."""

    def __init__(self, name, pattern, current):
        self.name, self.pattern, self.current = name, pattern, current

    def _noted(self, found, text):
        if found is not None and self.current:
            self.current[0].hits.setdefault(self.name, set()).add(text)
        return found

    def match(self, text, *args, **kwargs):
        return self._noted(self.pattern.match(text, *args, **kwargs), text)

    def search(self, text, *args, **kwargs):
        return self._noted(self.pattern.search(text, *args, **kwargs), text)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


#: Regexes whose alternatives are audited (and whose matches the baseline records).
REGEXES = ("FURNITURE_TEXT", "PROMO_TEXT", "CREDIT_LINE", "DATE_IN_TEXT", "LONE_DATELINE",
           "METADATA_SEPARATOR", "HASH_SUFFIX")


def load_pages(root: Path, corpora) -> list[Page]:
    pages = []
    for name in corpora:
        directory = root / name
        if not directory.is_dir():
            print(f"(no corpus {directory}: skipped)", file=sys.stderr)
            continue
        scored = CORPORA[name]
        for case in load_corpus(directory).cases:
            if case.part != DEV or getattr(case.truth, scored) is None:
                continue
            page = Page(f"{name}/{case.id}", name, case.site, dev_half(case.site),
                        getattr(case.truth, scored))
            page.kwargs["html"] = case.read_html()
            page.kwargs["url"] = case.url
            pages.append(page)
    return pages


def record_baseline(pages: list[Page]) -> None:
    """Run each page up to the body once: keep its parsed context, the body extractor's
    arguments, its body and score, and what the probes need."""
    current: list = []
    saved_regexes = {name: getattr(bp, name) for name in REGEXES}
    saved_extract = extractor.extract_body
    calls: list = []

    def recording_extract_body(ctx, **kwargs):
        calls.append((ctx, kwargs))
        return saved_extract(ctx, **kwargs)

    for name, pattern in saved_regexes.items():
        setattr(bp, name, _Recorder(name, pattern, current))
    extractor.extract_body = recording_extract_body
    saved_steps = extractor.FIELD_STEPS
    extractor.FIELD_STEPS = _STEPS
    try:
        for page in pages:
            html, url = page.kwargs.pop("html"), page.kwargs.pop("url")
            page.low_html = html.lower()
            calls.clear()
            current[:] = [page]
            names.words_of.cache_clear()  # (a cached name would hide its regex hits)
            names.words_of_name.cache_clear()
            article, ctx = extractor.extract_article_with_context(html, url, profile=False)
            current.clear()
            page.ctx = ctx
            source = article.sources.get("body")
            if calls and source in ("markup", "prose", "sanity", "jsonld", None):
                page.kwargs = calls[-1][1]
            else:
                page.fixed = article.body or ""
            page.body = article.body or ""
            page.record = score(page, page.body)
            root = ctx.body_element
            words, tokens, tags = set(), set(), set()
            for element in root.iter():
                if element.tag.__class__ is not str:
                    continue
                tags.add(element.tag)
                if element.get("class") or element.get("id") or element.get("data-component") \
                        or element.get("data-area") or element.get("data-testid"):
                    words |= names.name_words(element)
                    tokens.update((element.get("class") or "").lower().split())
            page.words, page.tokens, page.tags = frozenset(words), frozenset(tokens), frozenset(tags)
    finally:
        for name, pattern in saved_regexes.items():
            setattr(bp, name, pattern)
        extractor.extract_body = saved_extract
        extractor.FIELD_STEPS = saved_steps
    for page in pages:  # the body as the audit re-reads it: the same as the extractor's
        if page.fixed is None and body_of(page) != page.body:
            print(f"(re-read body differs from the extractor's on {page.key}: pinned)",
                  file=sys.stderr)
            page.fixed = page.body


def body_of(page: Page) -> str:
    if page.fixed is not None:
        return page.fixed
    try:
        found = body_package.extract_body(page.ctx, **page.kwargs)
    except Exception as exc:  # noqa: BLE001 - a switch that breaks a page is reported
        return f"<error {type(exc).__name__}>"
    return extractor.without_lone_surrogates(found.text) if found is not None and found.paragraphs else ""


def score(page: Page, text: str) -> dict:
    if CORPORA[page.corpus] == "snippets":
        return runner.score_snippets(text, page.truth)
    return runner.score_body(text, page.truth)


def figures(corpus: str, records: list[dict]) -> float | None:
    if not records:
        return None
    if CORPORA[corpus] == "snippets":
        return runner.snippets_figures(records)["snippets.f1"]
    return runner.body_figures(records)["body.f1"]


def gain(page: Page, record: dict) -> float:
    """How much better the page is with ``record`` than its baseline (body: page F1;
    snippets: wrong snippets fewer)."""
    return page.record["cost"] - record["cost"]


# -- switching one item off --------------------------------------------------------------

def _replace_defaults(old, new) -> list:
    """Replace ``old`` (by identity) in the defaults of every function of the body
    modules; returns what to restore."""
    undo = []
    for module in BODY_MODULES:
        for value in vars(module).values():
            func = getattr(value, "__wrapped__", value)
            if inspect.isfunction(func) and func.__module__ == module.__name__ and func.__defaults__ \
                    and any(d is old for d in func.__defaults__):
                undo.append((func, func.__defaults__))
                func.__defaults__ = tuple(new if d is old else d for d in func.__defaults__)
        for cls in (scan.PageScan,):
            init = cls.__init__
            if init.__defaults__ and any(d is old for d in init.__defaults__):
                undo.append((init, init.__defaults__))
                init.__defaults__ = tuple(new if d is old else d for d in init.__defaults__)
    return undo


def _refresh_derived() -> None:
    """Module values computed from boilerplate values at import time, computed again."""
    scan._UNREADABLE = scan._NOT_ELEMENTS | bp.UNREADABLE_TAGS | bp.SKIP_TAGS
    scan._UNREADABLE_WITH_NOSCRIPT = scan._UNREADABLE - {"noscript"}
    scan._KINDS = scan._tag_kinds(scan._UNREADABLE)
    scan._KINDS_WITH_NOSCRIPT = scan._tag_kinds(scan._UNREADABLE_WITH_NOSCRIPT)
    structure.TEXT_BLOCK_TAGS = tuple(sorted(bp.BLOCK_TAGS - {"br", "hr", "body", "html"}))
    names.words_of.cache_clear()
    names.words_of_name.cache_clear()


@contextmanager
def setting(module, name: str, value):
    """``module.name`` set to ``value`` (defaults bound to the old value too)."""
    old = getattr(module, name)
    setattr(module, name, value)
    undo = _replace_defaults(old, value) if isinstance(old, (frozenset, tuple, re.Pattern)) else []
    _refresh_derived()
    try:
        yield
    finally:
        setattr(module, name, old)
        for func, defaults in undo:
            func.__defaults__ = defaults
        _refresh_derived()


def _code_of(func, old: str, new: str):
    """The code object of ``func`` with ``old`` replaced by ``new`` in its source."""
    source = textwrap.dedent(inspect.getsource(func))
    if source.count(old) != 1:
        raise ValueError(f"{func.__name__}: {old!r} found {source.count(old)} times")
    namespace: dict = {}
    exec(compile(source.replace(old, new), inspect.getsourcefile(func), "exec"),  # noqa: S102
         func.__globals__, namespace)
    return getattr(namespace[func.__name__], "__wrapped__", namespace[func.__name__]).__code__


@contextmanager
def edited(func, old: str, new: str):
    """``func`` running its source with ``old`` replaced by ``new``."""
    target = getattr(func, "__wrapped__", func)
    saved = target.__code__
    target.__code__ = _code_of(target, old, new)
    names.words_of.cache_clear()
    names.words_of_name.cache_clear()
    try:
        yield
    finally:
        target.__code__ = saved
        names.words_of.cache_clear()
        names.words_of_name.cache_clear()


@contextmanager
def returning(func, expression: str):
    """``func`` made a no-op returning ``expression`` (``args`` are its arguments)."""
    target = getattr(func, "__wrapped__", func)
    saved = target.__code__, target.__defaults__, target.__kwdefaults__
    namespace: dict = {}
    exec(f"def noop(*args, **kwargs):\n    return {expression}\n", target.__globals__, namespace)  # noqa: S102
    target.__defaults__ = target.__kwdefaults__ = None
    target.__code__ = namespace["noop"].__code__
    names.words_of.cache_clear()
    names.words_of_name.cache_clear()
    try:
        yield
    finally:
        target.__code__, target.__defaults__, target.__kwdefaults__ = saved
        names.words_of.cache_clear()
        names.words_of_name.cache_clear()


# (regex alternatives: benchmarks/regex_alternatives.py)


#: Regexes the body calls with ``search`` (the others with ``match``).
SEARCHED = frozenset({"PROMO_TEXT", "CREDIT_LINE", "DATE_IN_TEXT", "METADATA_SEPARATOR"})


# -- the items ---------------------------------------------------------------------------

@dataclass(slots=True)
class Item:
    kind: str            # word, regex, rule, number
    group: str
    name: str
    switch: object       # () -> context manager
    probe: object = None  # page -> bool (None: every page)


#: Class / id word lists (probed by the words the page's elements have).
WORD_LISTS = ("BOILERPLATE_WORDS", "CONTENT_WORDS", "LEAD_WORDS", "WEAK_BOILERPLATE_WORDS",
              "LIVE_BLOG_CONTENT_WORDS", "MEDIA_WORDS", "DATELINE_WORDS", "PROSE_FURNITURE_WORDS",
              "COMPOUND_PREFIXES", "COMPOUND_EXCEPTIONS")
#: Tag lists (probed by the tags the page holds).
TAG_LISTS = ("UNREADABLE_TAGS", "SKIP_TAGS", "INLINE_SKIP_TAGS", "BLOCK_TAGS", "PARAGRAPH_TAGS",
             "HEADER_TAGS", "LEAD_TAGS", "LEAD_GAP_MARK_TAGS", "LIST_ITEM_TAGS",
             "PROSE_TEXT_BLOCK_TAGS", "PROSE_FURNITURE_TAGS", "INLINE_CAPTION_TAGS", "IMAGE_TAGS")
#: Other value lists, probed by the lower-case HTML.
VALUE_LISTS = ("CONTENT_ITEMPROPS", "THREAD_ITEM_TYPES", "FORUM_ITEM_TYPES",
               "THREAD_TEXT_ITEMPROPS", "FORUM_POST_CLASSES", "STATE_CLASS_PREFIXES",
               "PROMO_HINTS", "CREDIT_HINTS")


def _without(values, entry):
    kept = [value for value in values if value != entry]
    return frozenset(kept) if isinstance(values, frozenset) else tuple(kept)


def word_items() -> list[Item]:
    items = []
    for group in WORD_LISTS + TAG_LISTS + VALUE_LISTS:
        values = getattr(bp, group)
        for entry in sorted(values):
            if group in WORD_LISTS:
                probe = (lambda page, e=entry: e in page.words)
            elif group in TAG_LISTS:
                probe = (lambda page, e=entry: e in page.tags)
            elif group == "FORUM_POST_CLASSES":
                probe = (lambda page, e=entry: e in page.tokens)
            else:
                probe = (lambda page, e=entry: e.lower() in page.low_html)
            items.append(Item("word", group, entry,
                              lambda g=group, e=entry: setting(bp, g, _without(getattr(bp, g), e)),
                              probe))
    return items


def regex_items() -> list[Item]:
    items = []
    for group in REGEXES:
        pattern = getattr(bp, group)
        source = without_comments(pattern.pattern) if pattern.flags & re.VERBOSE else pattern.pattern
        _start, _end, parts = alternatives(source)
        probe = (lambda page, g=group: g in page.hits)
        items.append(Item("regex", group, "(the whole regex)",
                          lambda g=group: setting(bp, g, _NEVER), probe))
        if len(parts) < 2:
            continue
        for index, part in enumerate(parts):
            label = " ".join(part.split())
            alone = only_alternative(pattern, index)
            # the alternative can act only where it matches a text the regex matched
            probe = (lambda page, g=group, a=alone, search=group in SEARCHED:
                     any((a.search if search else a.match)(text) for text in page.hits.get(g, ())))
            items.append(Item("regex", group, label,
                              lambda g=group, i=index, p=pattern: setting(bp, g, without_alternative(p, i)),
                              probe))
    return items


#: Structural rules: (name, function, how to switch it off). "return EXPR" makes the
#: function a no-op returning EXPR (``args`` its arguments); (old, new) edits its source.
RULES = (
    ("noscript re-read (body._has_noscript_text)", body_package._has_noscript_text, "return False"),
    ("quotation's parent as container (read_story)", body_package.read_story,
     ('container.tag == "blockquote"', "False")),
    ("headline echoes dropped (without_title_echoes)", paragraphs.without_title_echoes, "return args[0]"),
    ("standfirst opens the story (lead.story_lead)", lead.story_lead, "return None"),
    ("opening paragraph before the container (lead.opening_paragraph)", lead.opening_paragraph,
     "return None"),
    ("lead gap test (lead.lead_gap_is_clear)", lead.lead_gap_is_clear, "return True"),
    ("lead passable block test (lead._passable)", lead._passable, "return True"),
    ("lead in <header> is the header's (lead_opens_story)", lead.lead_opens_story,
     ("if ancestor.tag in bp.HEADER_TAGS:", "if False:")),
    ("recall fallback (prose.prose_fallback)", prose.prose_fallback, "return None"),
    ("prose: other story's article out (prose._in_other_article)", prose._in_other_article, "return False"),
    ("prose: teaser cards out (prose._in_repeated_card)", prose._in_repeated_card, "return False"),
    ("prose: a div beside like text counts (prose._beside_like_text)", prose._beside_like_text,
     "return False"),
    ("prose: only after the headline (prose.outside_prose)", prose.outside_prose,
     ("(heading is not None and precedes(element, heading))", "False")),
    ("sanity check (sanity.replacement)", sanity.replacement, "return None"),
    ("sanity: list container widened (sanity.replacement)", sanity.replacement,
     ('if why == "a list":', "if False:")),
    ("widening (container.widen_container)", container.widen_container, "return args[0]"),
    ("story parts (container.story_parts)", container.story_parts, "return [args[0]]"),
    ("story parts: boxes passed after (container.is_story_break)", container.is_story_break,
     "return False"),
    ("thread posts (container.thread_posts)", container.thread_posts, "return []"),
    ("forum posts (container.forum_posts)", container.forum_posts, "return []"),
    ("container factor, all (container.container_factor)", container.container_factor, "return 1.0"),
    ("factor: link density (container_factor)", container.container_factor,
     ("factor *= 1.0 - scan.link_chars.get(element, 0) / text", "pass")),
    ("choose: headline's article too wide (choose_container)", container.choose_container,
     ("if home is not None and best is not home and is_within(home, best)",
      "if False and home is not None and best is not home and is_within(home, best)")),
    ("choose: finalist in headline's article (choose_container)", container.choose_container,
     ("if home is not None and not is_within(best, home) and not is_within(home, best) \\",
      "if False \\")),
    ("choose: header-only article (container.told_after_article)", container.told_after_article,
     "return False"),
    ("choose: after the headline (choose_container)", container.choose_container,
     ("if heading is not None and precedes(best, heading):", "if False:")),
    ("choose: near the headline (choose_container)", container.choose_container,
     ("if heading is not None and home is None:", "if False:")),
    ("paragraphs: data table rows (is_data_row)", paragraphs.is_data_row, "return False"),
    ("paragraphs: metadata lines (is_metadata_line)", paragraphs.is_metadata_line, "return False"),
    ("paragraphs: inline captions (is_inline_caption)", paragraphs.is_inline_caption, "return False"),
    ("paragraphs: linked sentences kept (is_linked_sentence)", paragraphs.is_linked_sentence,
     "return False"),
    ("paragraphs: promos and credits (is_promo_or_credit)", paragraphs.is_promo_or_credit,
     "return False"),
    ("paragraphs: lone teaser-named block read (_lone_text_block)", paragraphs._lone_text_block,
     "return False"),
    ("paragraphs: nested articles as sections (_article_sections)", paragraphs._article_sections,
     "return frozenset()"),
    ("paragraphs: nested <article> left out (collect_paragraphs)", paragraphs.collect_paragraphs,
     ('or (tag == "article" and not live_blog', 'or (False and tag == "article" and not live_blog')),
    ("paragraphs: dateline-named inline kept (collect_paragraphs)", paragraphs.collect_paragraphs,
     ("if not bp.DATELINE_WORDS.isdisjoint(names):", "if False:")),
    ("paragraphs: drop caps kept (is_drop_cap)", names.is_drop_cap, "return False"),
    ("hidden elements (names.is_hidden)", names.is_hidden, "return False"),
    ("names: generated tokens kept whole (is_generated_token)", names.is_generated_token,
     "return False"),
    ("names: heading id from its text ignored (is_text_slug)", names.is_text_slug, "return False"),
    ("names: BEM element part only (words_of_name)", names.words_of_name,
     ('block, _, element = name.rpartition("__")\n', 'block, element = "", name\n')),
    ("names: BEM modifier dropped (words_of_name)", names.words_of_name,
     ('if block and "--" in element:', "if False:")),
    ("names: text-with-image block (words_of_name)", names.words_of_name,
     ('if len(parts) > 1 and "text" in parts', 'if False and len(parts) > 1 and "text" in parts')),
    ("names: compound word joined (words_of_name)", names.words_of_name,
     ("if len(parts) > 1:  #", "if False:  #")),
    ("names: state classes ignored (words_of_name)", names.words_of_name,
     ("if name.startswith(bp.STATE_CLASS_PREFIXES):", "if False:")),
    ("scan: nested article credits nothing above (scan_page)", scan.scan_page,
     ("if ancestor[7]:", "if False:")),
    ("scan: list items not article text (scan_page)", scan.scan_page,
     ("if tag not in list_item_tags:", "if True:")),
    ("structure: all (story_furniture)", structure.story_furniture, "return set()"),
    ("structure: description echo (_echoes_description)", structure._echoes_description, "return False"),
    ("structure: known author's byline (_is_byline)", structure._is_byline, "return False"),
    ("structure: leading figure (_is_figure)", structure._is_figure, "return False"),
    ("structure: trailing section under a heading (_opens_with_heading)",
     structure._opens_with_heading, "return False"),
    ("structure: trailing call to action (_ends_with_action)", structure._ends_with_action,
     "return False"),
    ("structure: trailing comment thread (_holds_thread)", structure._holds_thread, "return False"),
    ("structure: form boxes (_form_box)", structure._form_box, "return None"),
)

#: Factors written inline in container_factor: (label, the source text, its number).
INLINE_NUMBERS = (
    ("container_factor <article> 1.3", "factor *= 1.3", 1.3),
    ("container_factor body 0.8", "factor *= 0.8", 0.8),
    ("container_factor itemprop 1.5", "factor *= 1.5", 1.5),
    ("container_factor CONTENT_WORDS 1.2", "factor *= 1.2", 1.2),
    ("container_factor boilerplate name 0.5", "factor *= 0.5", 0.5),
)


def rule_items() -> list[Item]:
    items = []
    for name, func, how in RULES:
        if isinstance(how, str):
            switch = (lambda f=func, e=how.removeprefix("return "): returning(f, e))
        else:
            switch = (lambda f=func, h=how: edited(f, *h))
        items.append(Item("rule", func.__module__.rsplit(".", 1)[-1], name, switch))
    return items


def number_items() -> list[Item]:
    items = []
    for module in (bp, structure):
        for name, value in vars(module).items():
            if name.startswith("_") or not name.isupper() or isinstance(value, bool) \
                    or not isinstance(value, (int, float)):
                continue
            for label, factor in (("halved", 0.5), ("doubled", 2.0)):
                new = value * factor
                if isinstance(value, int):
                    new = max(1, round(new)) if value else 0
                    if new == value:
                        continue
                items.append(Item("number", module.__name__.rsplit(".", 1)[-1],
                                  f"{name} {value} {label} ({new})",
                                  lambda m=module, n=name, v=new: setting(m, n, v)))
    for label, text, value in INLINE_NUMBERS:
        for how, factor in (("halved", 0.5), ("doubled", 2.0)):
            new = round(value * factor, 3)
            items.append(Item("number", "container", f"{label} {how} ({new})",
                              lambda t=text, n=new: edited(container.container_factor, t,
                                                           t.rsplit(" ", 1)[0] + f" {n}")))
    return items


# -- the run ---------------------------------------------------------------------------

def audit(items: list[Item], pages: list[Page]) -> list[dict]:
    by_corpus_half: dict = defaultdict(list)
    for page in pages:
        by_corpus_half[(page.corpus, page.half)].append(page)
    base_figures = {key: figures(key[0], [p.record for p in group])
                    for key, group in by_corpus_half.items()}
    results = []
    for number, item in enumerate(items, 1):
        touched = [page for page in pages if page.fixed is None
                   and (item.probe is None or item.probe(page))]
        changed: dict = {}
        error = None
        if touched:
            try:
                with item.switch():
                    for page in touched:
                        text = body_of(page)
                        if text != page.body:
                            changed[page.key] = (page, text, score(page, text))
            except Exception as exc:  # noqa: BLE001 - a switch that cannot be made is reported
                error = f"{type(exc).__name__}: {exc}"
        by_site: dict = defaultdict(float)
        halves: dict = {}
        for page, _text, record in changed.values():
            by_site[(page.corpus, page.site, page.half)] += gain(page, record)
        moved = {key for key in by_site}
        # switching the item OFF makes a site worse = the item helps it
        helps = {key for key, delta in by_site.items() if delta < -1e-9}
        hurts = {key for key, delta in by_site.items() if delta > 1e-9}
        figure_moves = {}
        for key, group in by_corpus_half.items():
            if not any(p.key in changed for p in group):
                continue
            records = [changed[p.key][2] if p.key in changed else p.record for p in group]
            after, before = figures(key[0], records), base_figures[key]
            if after is not None and before is not None:
                figure_moves[f"{key[0]} {key[1]}"] = round(after - before, 4)
        for half in ("A", "B"):
            halves[half] = {"moved": sum(1 for k in moved if k[2] == half),
                            "helps": sum(1 for k in helps if k[2] == half),
                            "hurts": sum(1 for k in hurts if k[2] == half)}
        result = {"kind": item.kind, "group": item.group, "name": item.name, "error": error,
                  "pages_probed": len(touched),
                  "sites_probed": len({(p.corpus, p.site) for p in touched}), "pages_changed": len(changed),
                  "sites_moved": len(moved), "sites_helped": len(helps), "sites_hurt": len(hurts),
                  "halves": halves, "figure_moves_when_off": figure_moves,
                  "sites": [{"corpus": c, "site": s, "half": h, "gain_when_off": round(d, 4)}
                            for (c, s, h), d in sorted(by_site.items())]}
        results.append(result)
        print(f"[{number}/{len(items)}] {item.kind:6} {item.group[:22]:22} {item.name[:60]:60} "
              f"probed {len(touched):4} ({result['sites_probed']:3} sites) changed {len(changed):3} sites {len(moved):2} "
              f"helps A{halves['A']['helps']}/B{halves['B']['helps']} "
              f"hurts A{halves['A']['hurts']}/B{halves['B']['hurts']}"
              + (f" ERROR {error}" if error else ""), flush=True)
    return results


def classify(result: dict) -> str:
    """dead (moves no dev site), memorised (moves one), overfit (helps on one half what it
    loses on the other), or general."""
    if result["sites_moved"] == 0:
        return "dead"
    if result["sites_moved"] == 1:
        return "memorised"
    a, b = result["halves"]["A"], result["halves"]["B"]
    if (a["helps"] > a["hurts"] and b["hurts"] > b["helps"]) \
            or (b["helps"] > b["hurts"] and a["hurts"] > a["helps"]):
        return "overfit"
    return "general"


def summary(results: list[dict]) -> str:
    """The items by class: memorised (each with its site and how many dev sites it is
    seen on), overfit, dead."""
    lines = []
    for cls in ("memorised", "overfit", "dead"):
        chosen = [r for r in results if r.get("class", classify(r)) == cls and not r["error"]]
        lines.append(f"\n{cls}: {len(chosen)}")
        for r in chosen:
            where = ", ".join(f"{s['corpus']}:{s['site']} ({s['half']}, {s['gain_when_off']:+.3f} off)"
                              for s in r["sites"])
            seen = f"seen on {r.get('sites_probed', '?')} dev sites"
            lines.append(f"  {r['kind']:6} {r['group'][:22]:22} {r['name'][:60]:60} {seen}"
                         + (f"; {where}" if where else ""))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--only", default=",".join(CORPORA), help="corpora, comma-separated")
    parser.add_argument("--kinds", default="word,regex,rule,number",
                        help="items audited ('none': only the baseline's dev figures, per half)")
    parser.add_argument("--match", default=None, help="only items whose group or name holds this")
    parser.add_argument("--out", default="eval-results/body-audit.json")
    parser.add_argument("--summary", metavar="JSON", help="only print the classes of a saved audit")
    args = parser.parse_args(argv)
    if args.summary:
        print(summary(json.loads(Path(args.summary).read_text(encoding="utf-8"))))
        return 0
    root = Path(args.corpora)
    if not root.is_dir():
        print(f"no corpora at {root}: nothing to audit", file=sys.stderr)
        return 2
    start = time.time()
    pages = load_pages(root, [name for name in args.only.split(",") if name in CORPORA])
    print(f"{len(pages)} development pages of {len({(p.corpus, p.site) for p in pages})} sites "
          f"loaded in {time.time() - start:.0f} s", flush=True)
    start = time.time()
    record_baseline(pages)
    print(f"baseline in {time.time() - start:.0f} s "
          f"({sum(p.fixed is not None for p in pages)} pages' body not the body extractor's)",
          flush=True)
    for name in CORPORA:
        group = [p for p in pages if p.corpus == name]
        if group:
            shown = [f"{half} {figures(name, [p.record for p in group if p.half == half]):.4f}"
                     for half in ("A", "B")]
            print(f"  {name} {CORPORA[name]} F1, dev: {figures(name, [p.record for p in group]):.4f} "
                  f"(half {', half '.join(shown)})", flush=True)
    kinds = set(args.kinds.split(",")) - {"none"}
    items = [*(word_items() if "word" in kinds else []), *(regex_items() if "regex" in kinds else []),
             *(rule_items() if "rule" in kinds else []), *(number_items() if "number" in kinds else [])]
    if args.match:
        items = [i for i in items if args.match in i.group or args.match in i.name]
    start = time.time()
    results = audit(items, pages)
    for result in results:
        result["class"] = classify(result)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    counts = defaultdict(int)
    for result in results:
        counts[result["class"]] += 1
    print(summary(results))
    print(f"\n{len(results)} items in {time.time() - start:.0f} s: "
          + ", ".join(f"{n} {c}" for c, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
