"""Generalisation audit of the byline rules: on how many development SITES does each
vocabulary entry, phrase, pattern and rule of the byline cleaning change the authors?

Each audited item is switched off in turn (its entry removed from its list, its pattern
made to match nothing, its rule made a no-op) by re-executing the module's source with
that one edit, and the development pages it could touch are extracted again (generic
extractor, profiles off). A page is re-run only when the item could act on it: a word
entry when the word occurs in a text the byline code was handed on that page (recorded in
one baseline run), a rule on every page where the byline code was handed any text. The
pages: the development part (split by site, as ``python -m newscrawl.evaluate``) of the
corpora with labelled authors (trafilatura-dev, fundus-dev) and of the stripped pages of
every corpus (truth: the authors the structured data stated). For each item it prints the
sites whose authors change, and how many of them get better or worse (by wrong plus
missing names, summed over the site's pages).

An item that changes the output on at most one site is memorised from that site, not a
convention: it belongs in a site profile if anywhere.

    python benchmarks/byline_audit.py --corpora ../shared/corpora [--only authors|markup]
        [--half A|B|all] [--out eval-results/byline-audit.json]

This is a development instrument, not a test; it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.evaluate import metrics
from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.split import DEV, dev_half
from newscrawl.evaluate.stripped import stripped_corpus
from newscrawl.extract import authors as authors_module
from newscrawl.extract import extractor
from newscrawl.extract.body import lead

#: Labelled corpora scored as they are, and corpora scored stripped of their structured data.
LABELLED = ("trafilatura-dev", "fundus-dev")
STRIPPED = ("zyte", "fundus-dev", "trafilatura-dev", "htmldate-dev", "pagetypes")


@dataclass(slots=True)
class Page:
    key: str
    corpus: str
    site: str
    url: str
    html: str
    truth: list[str]
    texts: set[str] = field(default_factory=set)
    authors: list[str] = field(default_factory=list)



def load_pages(root: Path, half: str) -> list[Page]:
    pages = []
    for name in LABELLED:
        corpus = load_corpus(root / name)
        for case in corpus.cases:
            if case.part == DEV and case.truth.authors is not None:
                pages.append(Page(f"{name}/{case.id}", name, case.site, case.url,
                                  case.read_html(), list(case.truth.authors)))
    for name in STRIPPED:
        stripped = stripped_corpus(root / name)
        for case in stripped.corpus.cases:
            if case.part == DEV and case.truth.authors:
                pages.append(Page(f"{name}-stripped/{case.id}", f"{name}-stripped", case.site,
                                  case.url, stripped.htmls[case.id], list(case.truth.authors)))
    if half != "all":
        pages = [page for page in pages if dev_half(page.site) == half]
    return pages


# -- running the extractor up to the authors --------------------------------------------

_STEPS = extractor.FIELD_STEPS[:extractor.FIELD_STEPS.index(extractor.step_authors) + 1]


def authors_of(page: Page) -> list[str]:
    saved = extractor.FIELD_STEPS
    extractor.FIELD_STEPS = _STEPS
    try:
        return list(extractor.extract_article(page.html, page.url, profile=False).authors or [])
    except Exception as exc:  # noqa: BLE001 - a page that fails is reported, not fatal
        return [f"<error {type(exc).__name__}>"]
    finally:
        extractor.FIELD_STEPS = saved


def cost(predicted: list[str], truth: list[str]) -> int:
    counts = metrics.author_counts(predicted, truth)
    return counts.fp + counts.fn


# -- switching one item off: the module re-executed from edited source ---------------------

class Module:
    """A module whose source can be re-executed with an edit (and restored)."""

    def __init__(self, module):
        self.module = module
        self.source = Path(module.__file__).read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)

    def statement(self, name: str) -> str:
        for node in self.tree.body:
            targets = []
            if isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, (ast.FunctionDef, ast.AnnAssign)):
                targets = [getattr(node, "name", None) or node.target.id]
            if name in targets:
                return ast.get_source_segment(self.source, node)
        raise KeyError(name)

    def run(self, source: str) -> None:
        exec(compile(source, self.module.__file__, "exec"), self.module.__dict__)  # noqa: S102
        if self.module is authors_module:
            lead.starts_with_lead_in = self.module.starts_with_lead_in

    def restore(self) -> None:
        self.run(self.source)


@dataclass(slots=True)
class Item:
    """One audited item: its name, how to edit the source to switch it off, and which
    recorded texts it could act on (None: any page the byline code saw text on)."""

    module: str
    group: str
    name: str
    edit: object
    probe: object = None
    on_html: bool = False


def _replace_in(statement_source: str, old: str, new: str):
    """An edit replacing ``old`` in one statement, or None when the statement no longer
    holds it (an item removed since: nothing to audit)."""
    if old not in statement_source:
        return None

    def edit(source: str) -> str:
        changed = statement_source.replace(old, new, 1)
        if changed == statement_source:
            raise ValueError(f"edit found nothing: {old!r}")
        return source.replace(statement_source, changed, 1)
    return edit


def _append(code: str):
    return lambda source: source + "\n" + code + "\n"


def _word_probe(word: str):
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
    return lambda text: bool(pattern.search(text))


def _substring_probe(word: str):
    word = word.lower()
    return lambda text: word in text.lower()


def _regex_probe(pattern: str):
    compiled = re.compile(pattern, re.IGNORECASE)
    return lambda text: bool(compiled.search(text))


def _drop_alternative(stmt: str, word: str):
    """An edit removing the alternative ``word`` from a regex statement."""
    for old, new in ((f"|{word}|", "|"), (f"(?:{word}|", "(?:"), (f"|{word})", ")"),
                     (f"|{word}\\b", "\\b"), (f'"{word}|', '"'), (f"|{word}\"", '"')):
        if old in stmt:
            return _replace_in(stmt, old, new)
    return None


def authors_items(mod: Module) -> list[Item]:
    items: list[Item] = []
    a = authors_module
    never = 're.compile(r"(?!x)x")'
    for entry in a.LEAD_INS:
        items.append(Item("authors", "LEAD_INS", entry,
                          _append(f"LEAD_INS = tuple(e for e in LEAD_INS if e != {entry!r})\n"
                                  + _recompile_lead_ins(mod)),
                          _regex_probe(r"(?<!\w)(?:" + entry + r")(?!\w)")))
    for entry in a.PARTICLE_LEAD_INS:
        items.append(Item("authors", "PARTICLE_LEAD_INS", entry,
                          _append(f"PARTICLE_LEAD_INS = tuple(e for e in PARTICLE_LEAD_INS if e != {entry!r})\n"
                                  + _recompile_lead_ins(mod)),
                          _regex_probe(r"(?<!\w)(?:" + entry + r")(?!\w)")))
    for group, words, probe in (("ROLE_WORDS", sorted(a.ROLE_WORDS), _word_probe),
                                ("NOT_NAMES", sorted(a.NOT_NAMES - {""}), _word_probe),
                                ("COMPOUND_ROLE_ENDINGS", a.COMPOUND_ROLE_ENDINGS, _substring_probe),
                                ("ROLE_SUFFIXES", a.ROLE_SUFFIXES, _substring_probe),
                                ("_NAME_PARTICLES", sorted(a._NAME_PARTICLES), _word_probe)):
        container = "frozenset" if group in ("ROLE_WORDS", "NOT_NAMES", "_NAME_PARTICLES") else "tuple"
        for word in words:
            items.append(Item("authors", group, word,
                              _append(f"{group} = {container}(w for w in {group} if w != {word!r})"),
                              probe(word)))
    # words inside regular expressions
    for stmt_name, words in (
            ("_DATE_START", ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
                             "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli",
                             "august", "oktober", "dezember", "updated", "published", "aktualisiert",
                             "veröffentlicht", "publié", "mis à jour", "actualizado", "publicado",
                             "aggiornato", "pubblicato", "geplaatst", "bijgewerkt", "oppdatert",
                             "publisert", "monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag",
                             "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
                             "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
                             "jueves", "viernes", "sábado", "domingo", "mon", "tue", "tues", "wed",
                             "thu", "thur", "thurs", "fri", "sat", "sun")),
            ("_NAME_SPLIT", ("and", "und", "et", "y", "e", "en", "og", "och", "i", "и", "та", "és",
                             "a", "ja", "ve")),
            ("_DATE_PREPOSITION", ("on", "am", "vom", "le", "el", "il", "op", "em", "den", "at",
                                   "um", "dnia")),
            ("_LIST_JOINT", ("and", "und", "et", "y", "e", "en"))):
        stmt = mod.statement(stmt_name)
        for word in words:
            edit = _drop_alternative(stmt, word)
            if edit is None:
                print(f"(no alternative {word!r} found in {stmt_name})", file=sys.stderr)
                continue
            items.append(Item("authors", stmt_name, word, edit, _word_probe(word)))
    stmt = mod.statement("_DATE_START")
    items.append(Item("authors", "_DATE_START", "stand", _replace_in(stmt, r'r"stand\b(?=\s*:|\s+\d))"', r'r"(?!x)x)"'),
                      _word_probe("stand")))
    segment = mod.statement("_SEGMENT_SPLIT")
    for sep in (r"\|", "•", "·", r"\u2022", r"\n", r"\s[-–—]\s", r"\s/\s", r"\(|\)"):
        items.append(Item("authors", "_SEGMENT_SPLIT", sep,
                          _replace_in(segment, sep + "|" if sep != r"\(|\)" else "|" + sep,
                                      "" if sep != r"\(|\)" else ""), None))
    for name, code in (
            ("place after 'in' (_without_place)", "_without_place = lambda part: part"),
            ("outlet after 'for' (_without_affiliation)", "_without_affiliation = lambda part: part"),
            ("code after slash (_without_agency_code)", "_without_agency_code = lambda part: part"),
            ("name written twice (_once)", "_once = lambda part: part"),
            ("CJK role suffix (_without_role_suffix)", "_without_role_suffix = lambda part: part"),
            ("Last, First lists (_first_last)", "_first_last = lambda text: text"),
            ("code in parentheses (_NAME_CODE)", f"_NAME_CODE = {never}"),
            ("capitalised by-word inside (_after_inner_lead_in)", "_after_inner_lead_in = lambda s: s"),
            ("upper-case dateline place (_DATELINE_PLACE)", f"_DATELINE_PLACE = {never}"),
            ("one name then one word = place (_without_places)", "_without_places = lambda names: names"),
            ("name after a job title (_name_after_role)", "_name_after_role = lambda part: None"),
            ("running text ends the byline (_is_prose)", "_is_prose = lambda part: False"),
            ("initial keeps its point (_ABBREVIATED_END)", f"_ABBREVIATED_END = {never}"),
            ("any label before a colon (_LEAD_IN_COLON)", f"_LEAD_IN_COLON = {never}"),
            ("@handles removed (_HANDLE)", f"_HANDLE = {never}"),
            ("date cut from a name (_cut_date)", "_cut_date = lambda part: part"),
            ("date, then by-word line (names_after_dated_by_word)", "names_after_dated_by_word = lambda text: []"),
            ("by-word label of its own (is_lead_in_label)", "is_lead_in_label = lambda text: False"),
            ("strict name capitalisation (_letters_case)", "_letters_case = lambda part: True"),
            ("e-mails removed (_EMAIL)", f"_EMAIL = {never}"),
            ("URLs removed (_URL)", f"_URL = {never}"),
    ):
        if hasattr(a, code.split(" =")[0]):  # (rules removed since are not audited)
            items.append(Item("authors", "rule", name, _append(code), None))
    stmt = mod.statement("clean_byline")
    items.append(Item("authors", "rule", "lead-in alone drops what came before (clean_byline)",
                      _replace_in(stmt, "names = []  # (a lead-in", "pass  # (a lead-in"), None))
    items.append(Item("authors", "rule", "date after the names ends them (clean_byline)",
                      _replace_in(stmt, "if prose or (names and cut != lead_in_cut):", "if prose:"), None))
    return items


def markup_items(mod: Module) -> list[Item]:
    """The byline parts of :mod:`newscrawl.extract.markup`: class words, link paths, heuristics."""
    from newscrawl.extract import markup
    items: list[Item] = []
    for word in markup.AUTHOR_FURNITURE_WORDS:
        items.append(Item("markup", "AUTHOR_FURNITURE_WORDS", word, _append(
            f"AUTHOR_FURNITURE_WORDS = tuple(w for w in AUTHOR_FURNITURE_WORDS if w != {word!r})\n"
            + mod.statement("_AUTHOR_FURNITURE") + "\n" + mod.statement("BYLINE_XPATHS")),
            _substring_probe(word), on_html=True))
    stmt = mod.statement("_AUTHOR_PATH")
    for alternative, probe in (("authors?|", "/author"), ("autor(?:en|es|i|zy)?|", "/autor"),
                               ("auteurs?|", "/auteur"), ("journalist|", "/journalist/"),
                               ("profile|", "/profile/"), ("contributors|", "/contributors/"),
                               ("columnists|", "/columnists/"), ("|writers", "/writers/")):
        items.append(Item("markup", "_AUTHOR_PATH", alternative.strip("|"),
                          _replace_in(stmt, alternative, ""), _substring_probe(probe), on_html=True))
    stmt = mod.statement("AUTHOR_NAME_CLASS_WORDS")
    for name in ("authorName", "author-name", "author__name", "contributorName",
                 "contributor-name", "byline__name", "bylineName"):
        old = f"'{name}', " if name != "bylineName" else ", 'bylineName'"
        items.append(Item("markup", "author-name-class", name, _replace_in(stmt, old, ""),
                          _substring_probe(name), on_html=True))
    for heuristic, _finder in markup.BYLINE_XPATHS:
        items.append(Item("markup", "BYLINE_XPATHS", heuristic, _append(
            f"BYLINE_XPATHS = tuple(h for h in BYLINE_XPATHS if h[0] != {heuristic!r})"),
            _substring_probe(markup.BYLINE_NEEDS[heuristic][0][-4:]), on_html=True))
    stmt = mod.statement("_BYLINE_NAMED")
    for word in ("author", "byline", "autor", "auteur"):
        edit = _drop_alternative(stmt, word)
        if edit is not None:
            items.append(Item("markup", "_BYLINE_NAMED", word, edit, _substring_probe(word),
                              on_html=True))
    return items


def extractor_items() -> list[Item]:
    """The byline rules of :mod:`newscrawl.extract.extractor`'s cascade."""
    never = 're.compile(r"(?!x)x")'
    rules = (
        ("teaser lists of bylines (_listed_bylines)", "_listed_bylines = lambda elements, h1s: set()"),
        ("byline in a related block holding the headline (_headline_block_bylines)",
         "_headline_block_bylines = lambda run, names_site, site_named=None: ([], [], None)"),
        ("image-credit meta values (_CREDIT_VALUE)", f"_CREDIT_VALUE = {never}"),
        ("site's name with initials (_TRAILING_INITIALS)", f"_TRAILING_INITIALS = {never}"),
        ("organisation's name cut at a comma (_ORGANISATION_END)", f"_ORGANISATION_END = {never}"),
    )
    rules += (
        ("names in alike sibling elements apart (markup._listed_names)", "markup",
         "_listed_names = lambda node: False"),
        ("a by-word first line before <br> (markup._first_line_of_its_own)", "markup",
         "_first_line_of_its_own = lambda node: False"),
        ("byline element in a quotation (markup.in_quotation)", "markup",
         "in_quotation = lambda element: False"),
        ("name above the date line after the headline (_name_beside_date_after_headline)",
         "extractor", "_name_beside_date_after_headline = lambda after_headline: ([], None)"),
    )
    from newscrawl.extract import markup
    modules = {"markup": markup, "extractor": extractor}
    items = []
    for rule in rules:
        name, module, code = rule if len(rule) == 3 else (rule[0], "extractor", rule[1])
        if hasattr(modules[module], code.split(" =")[0]):  # (rules removed since are not audited)
            items.append(Item(module, "rule", name, _append(code), None))
    return items


def _recompile_lead_ins(mod: Module) -> str:
    return "\n".join(mod.statement(name) for name in
                     ("_PARTICLE_ALONE", "_LEAD_IN", "_PARTICLE_LEAD_IN", "_LEAD_IN_ALONE"))


# -- the run ---------------------------------------------------------------------------

def record_baseline(pages: list[Page]) -> None:
    """Each page's authors, and the texts the byline code was handed while finding them."""
    recorded: set[str] = set()
    wrapped = {}
    for name in ("clean_byline", "clean_name", "starts_with_lead_in", "is_lead_in_label",
                 "split_names"):
        original = getattr(authors_module, name)

        def wrapper(text, *args, _original=original, **kwargs):
            if isinstance(text, str):
                recorded.add(text)
            return _original(text, *args, **kwargs)
        wrapped[name] = wrapper
    saved = {name: getattr(authors_module, name) for name in wrapped}
    authors_module.__dict__.update(wrapped)
    lead.starts_with_lead_in = wrapped["starts_with_lead_in"]
    try:
        for page in pages:
            recorded.clear()
            page.authors = authors_of(page)
            page.texts = set(recorded)
    finally:
        authors_module.__dict__.update(saved)
        lead.starts_with_lead_in = saved["starts_with_lead_in"]


def audit(items: list[Item], pages: list[Page], modules: dict[str, Module]) -> list[dict]:
    results = []
    skipped = [item for item in items if item.edit is None]
    for item in skipped:
        print(f"(not in the source any more, not audited: {item.group} {item.name})", file=sys.stderr)
    items = [item for item in items if item.edit is not None]
    for number, item in enumerate(items, 1):
        mod = modules[item.module]
        if item.on_html:
            touched = [p for p in pages if item.probe(p.html)]
        else:
            touched = [p for p in pages if p.texts and (
                item.probe is None or any(item.probe(text) for text in p.texts))]
        changes = []
        if touched:
            mod.run(item.edit(mod.source))
            try:
                for page in touched:
                    after = authors_of(page)
                    if after != page.authors:
                        changes.append((page, after))
            finally:
                mod.restore()
        by_site: dict[str, int] = defaultdict(int)
        for page, after in changes:
            by_site[(page.corpus.removesuffix("-stripped"), page.site)] += (
                cost(after, page.truth) - cost(page.authors, page.truth))
        sites = {site for _corpus, site in by_site}
        # (switching the item OFF makes a site worse = the item helps it)
        helps = {site for (_c, site), delta in by_site.items() if delta > 0}
        hurts = {site for (_c, site), delta in by_site.items() if delta < 0}
        result = {"module": item.module, "group": item.group, "name": item.name,
                  "pages_probed": len(touched), "pages_changed": len(changes),
                  "sites_changed": len(sites), "sites_helped": len(helps),
                  "sites_hurt": len(hurts),
                  "net_cost_when_off": sum(by_site.values()),
                  "examples": [{"page": page.key, "site": page.site, "before": page.authors,
                                "after": after, "truth": page.truth}
                               for page, after in changes[:6]]}
        results.append(result)
        print(f"[{number}/{len(items)}] {item.group:22} {item.name[:48]:48} probed {len(touched):4} "
              f"changed {len(changes):3} sites {len(sites):2} helps {len(helps):2} hurts {len(hurts):2}",
              flush=True)
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--half", choices=("A", "B", "all"), default="all")
    parser.add_argument("--only", choices=("authors", "markup", "all"), default="all")
    parser.add_argument("--match", default=None, help="only items whose group or name holds this")
    parser.add_argument("--out", default="eval-results/byline-audit.json")
    args = parser.parse_args(argv)
    root = Path(args.corpora)
    if not root.is_dir():
        print(f"no corpora at {root}: nothing to audit", file=sys.stderr)
        return 2
    start = time.time()
    pages = load_pages(root, args.half)
    print(f"{len(pages)} development pages of {len({p.site for p in pages})} sites "
          f"loaded in {time.time() - start:.0f} s", flush=True)
    start = time.time()
    record_baseline(pages)
    print(f"baseline in {time.time() - start:.0f} s", flush=True)
    from newscrawl.extract import markup
    modules = {"authors": Module(authors_module), "markup": Module(markup),
               "extractor": Module(extractor)}
    items = authors_items(modules["authors"]) if args.only in ("authors", "all") else []
    if args.only in ("markup", "all"):
        items += markup_items(modules["markup"]) + extractor_items()
    if args.match:
        items = [i for i in items if args.match in i.group or args.match in i.name]
    results = audit(items, pages, modules)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    memorised = [r for r in results if 0 < r["sites_changed"] <= 1]
    unused = [r for r in results if r["sites_changed"] == 0]
    print(f"\n{len(results)} items: {len(unused)} change no dev site, {len(memorised)} change "
          f"exactly one, {len(results) - len(unused) - len(memorised)} change two or more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
