"""Stats keys are named once, in newscrawl/stats.py, and keep the strings people read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from newscrawl import stats
from newscrawl.crawl.outcome import RunSummary

PACKAGE = Path(__file__).resolve().parents[1] / "newscrawl"
KEY = re.compile(r"newscrawl/[a-z_]+(/[a-z_]*)*|scheduler/(en|de)queued/redis")


def spelled_keys(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string (or f-string start) in ``tree`` that is a stats key."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and KEY.fullmatch(node.value):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr) and node.values \
                and isinstance(node.values[0], ast.Constant) \
                and re.match(r"newscrawl/[a-z_]+/", str(node.values[0].value)):
            found.append((node.lineno, f"f-string {node.values[0].value}..."))
    return found


def test_the_scan_finds_keys_spelled_out():
    tree = ast.parse('a = "newscrawl/retry/waits"\nb = f"newscrawl/pages/{x}"\n'
                     'c = f"newscrawl/{version}"\nd = "see newscrawl/retry/waits"\n')
    assert sorted({line for line, _ in spelled_keys(tree)}) == [1, 2]


def test_no_module_but_stats_spells_a_key():
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{line} {text}"
                 for path in sorted(PACKAGE.rglob("*.py")) if path.name != "stats.py"
                 or path.parent != PACKAGE
                 for line, text in spelled_keys(ast.parse(path.read_text(encoding="utf-8")))]
    assert not offenders, "\n".join(offenders)


def test_the_key_strings_stay_what_users_read():
    assert (stats.ARTICLES_WRITTEN, stats.FAILURES_WRITTEN, stats.FILES_PUBLISHED) == (
        "newscrawl/articles_written", "newscrawl/failures_written", "newscrawl/files_published")
    assert stats.article_outcome("unchanged") == "newscrawl/articles/unchanged"
    assert stats.skipped("known") == "newscrawl/incremental/skipped/known"
    assert stats.non_article("listing") == "newscrawl/pages/non_article/listing"
    assert stats.recovered("articles") == "newscrawl/recovered/articles"
    assert stats.skipped_url("profile_deny") == "newscrawl/discovery/skipped_url/profile_deny"
    assert stats.failures_at("fetch") == "newscrawl/failures/fetch"
    assert stats.NOT_ARTICLE_CHECKS == "newscrawl/checks/not_article"


def test_the_summary_reads_the_families_the_writers_write():
    crawl = {stats.article_outcome("new"): 4, stats.article_outcome("unchanged"): 1,
             stats.skipped("known"): 3, stats.skipped("recheck"): 2,
             stats.non_article("listing"): 5, stats.non_article("short"): 1,
             stats.FAILURES_WRITTEN: 2, stats.recovered("articles"): 7,
             stats.failures_at("fetch"): 2}
    summary = RunSummary.from_stats(crawl)
    assert (summary.new, summary.unchanged, summary.skipped, summary.non_articles,
            summary.failed, summary.recovered) == (4, 1, 5, 6, 2, 7)
    assert stats.family(crawl, stats.SKIPPED) == 5
