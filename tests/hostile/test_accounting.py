"""Accounting of a crawl of the local web with faults switched on: every article
candidate the server answered ends as exactly one article row, one failure row or one
counted non-article refusal, and nothing is written twice.

The candidates are the article paths of the generated site (some faulty), the other
pages the spider fetched as candidates (sitemap-listed pages that are not articles) and
the hostile pages given as a URL list. A path's *final* answer is the last one the
server gave it (after retries); redirects are not final answers, so a redirected path
counts when it ends as a failure row ('RedirectLoop', 'OffsiteRedirect'). ``pytest -s``
prints the figures per fault class.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from urllib.parse import urlsplit

from tests.hostile.conftest import FAULTS

DISCOVERY_PATHS = ("/robots.txt", "/", "/sitemap.xml", "/feed/", "/feed/atom/")


def path_of(url: str) -> str:
    return urlsplit(url).path


def candidate_answers(crawl) -> dict[str, list]:
    """Served GETs of article candidates by path (discovery files and fronts left out)."""
    answers: dict[str, list] = defaultdict(list)
    for entry in crawl.served:
        if entry.method != "GET" or entry.path in DISCOVERY_PATHS:
            continue
        if entry.path.startswith(("/sitemap", "/news-sitemap", "/feed")):
            continue
        answers[entry.path].append(entry)
    return answers


def test_every_candidate_is_an_article_a_failure_or_a_counted_refusal(fault_crawl):
    result = fault_crawl.result
    assert result.returncode in (0, 4), result.log[-3000:]  # 4: failure share above the limit
    article_paths = Counter(path_of(u) for u in result.urls)
    failure_paths = Counter(path_of(f["url"]) for f in fault_crawl.failures
                            if f["stage"] in ("fetch", "extract"))
    refused = result.stat_sum("pages/non_article/")
    answers = candidate_answers(fault_crawl)

    assert not [p for p, n in article_paths.items() if n > 1], "an article was written twice"
    assert not [p for p, n in failure_paths.items() if n > 1], "a failure was written twice"
    assert not set(article_paths) & set(failure_paths), "a URL is both an article and a failure"
    unexplained = set(article_paths) | set(failure_paths)
    assert unexplained <= set(answers), f"rows for URLs never served: {unexplained - set(answers)}"

    neither = [p for p in answers if p not in article_paths and p not in failure_paths]
    assert len(answers) == len(article_paths) + len(failure_paths) + refused, (
        f"served {len(answers)} != articles {len(article_paths)} + failures "
        f"{len(failure_paths)} + refused {refused}; unaccounted: {neither}")
    print(f"\n[accounting] candidates served={len(answers)} article rows={len(article_paths)} "
          f"failure rows={len(failure_paths)} non-articles refused={refused} "
          f"crawl seconds={fault_crawl.seconds:.1f}")


def test_figures_per_fault_class(fault_crawl):
    """Served / rows / failures per fault class (printed); each class is accounted for."""
    answers = candidate_answers(fault_crawl)
    articles = {path_of(u) for u in fault_crawl.result.urls}
    failures = {path_of(f["url"]): f for f in fault_crawl.failures}
    lines = [f"{'class':18s} {'paths':>5s} {'GETs':>5s} {'rows':>5s} {'failures':>8s}  error types"]
    groups = defaultdict(list)
    for path, name in fault_crawl.assigned.items():
        groups[name].append(path)
    for path in fault_crawl.hostile_paths:
        groups["hostile:" + path.strip("/").split("/")[-1]].append(path)
    for name, paths in groups.items():
        gets = sum(len(answers.get(p, [])) for p in paths)
        rows = sum(p in articles for p in paths)
        failed = [failures[p] for p in paths if p in failures]
        kinds = sorted({f"{f['error_type']}/{f['http_status']}" for f in failed})
        lines.append(f"{name:18s} {len(paths):5d} {gets:5d} {rows:5d} {len(failed):8d}  {', '.join(kinds)}")
        if not name.startswith("hostile:"):
            assert rows + len(failed) == len(paths), f"{name}: a path is neither row nor failure"
    clean = [p for p in fault_crawl.article_paths if p not in fault_crawl.assigned]
    lines.append(f"{'no fault':18s} {len(clean):5d} {sum(len(answers.get(p, [])) for p in clean):5d} "
                 f"{sum(p in articles for p in clean):5d} {sum(p in failures for p in clean):8d}")
    print("\n" + "\n".join(lines))
    assert {name for name, *_ in FAULTS} <= set(groups)
