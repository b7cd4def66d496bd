"""``scrapy crawl ccnews -a month=YYYY-MM`` against a CC-NEWS-shaped tree served on
127.0.0.1 (built at test time from the project's own pages, and shared corpus pages when
present): the month's files are streamed, a connection that breaks is resumed with a
Range request, rows name their file as the listing does, a second run adds nothing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")

from newscrawl.storage.dataset import read_articles, read_failures  # noqa: E402
from newscrawl.testsite import TestSite  # noqa: E402
from newscrawl.testsite.archives import archive_routes  # noqa: E402
from tests.archive_helpers import (  # noqa: E402
    Page, build_ccnews_tree, fetch_pages, members, run_scrapy)

FUNDUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpora" / "fundus-dev"
CORPUS_PAGES = 15


def corpus_pages() -> list[Page]:
    """Some fundus-dev pages, when the shared corpora are there (else none)."""
    cases = FUNDUS / "cases.jsonl"
    if not cases.exists():
        return []
    pages = []
    for line in cases.read_text(encoding="utf-8").splitlines()[:CORPUS_PAGES]:
        case = json.loads(line)
        pages.append(Page(case["url"], "text/html; charset=utf-8",
                          gzip.decompress((FUNDUS / case["html"]).read_bytes())))
    return pages


def test_ccnews_reads_a_month_from_the_local_tree(tmp_path):
    with TestSite() as demo:
        demo_pages = fetch_pages(demo.articles + demo.non_articles)
        n_demo_articles = len(demo.articles)
    with TestSite.generated(n_articles=12, seed=3) as generated:
        generated_pages = fetch_pages(generated.articles)
    extra = corpus_pages()
    tree = tmp_path / "tree"
    files = [demo_pages, generated_pages] + ([extra] if extra else [])
    paths = build_ccnews_tree(tree, "2024-03", files)
    # The second file gets a corrupted gzip member in the middle: one failure, the rest read.
    hostile = tree / paths[1]
    parts = members(hostile.read_bytes())
    bad_offset = sum(len(p) for p in parts[:3])
    parts[3] = parts[3][:20] + b"\x00" * 40 + parts[3][60:]
    hostile.write_bytes(b"".join(parts))
    lost = generated_pages[3].url
    build_ccnews_tree(tree, "2024-04", [generated_pages[:2]])  # another month: not read
    output = tmp_path / "out"
    with TestSite(extra_routes=archive_routes(tree, break_after=20_000)) as archive:
        run = run_scrapy(["crawl", "ccnews", "-a", "month=2024-03"], output,
                         "-s", f"NEWSCRAWL_CCNEWS_BASE={archive.base_url}",
                         "-s", "NEWSCRAWL_RETRY_BACKOFF=0.1")
        served = list(archive.served)
    assert run.returncode == 0, run.log[-3000:]
    rows = read_articles(output, columns=["url", "warc_file", "origin"]).to_pylist()
    urls = {r["url"] for r in rows}
    assert {p.url for p in generated_pages} - {lost} <= urls and lost not in urls
    (failure,) = read_failures(output).to_pylist()
    assert (failure["stage"], failure["warc_file"], failure["warc_offset"]) == (
        "archive", paths[1], bad_offset)
    assert {p.url for p in demo_pages[:n_demo_articles]} <= urls  # the demo's articles
    assert not {p.url for p in demo_pages[n_demo_articles:]} & urls  # not its other pages
    assert {r["warc_file"] for r in rows} <= set(paths) and all(r["origin"] == "archive" for r in rows)
    if extra:
        assert len(urls & {p.url for p in extra}) >= 0.8 * len(extra)
    # Streamed: the first download of a file broke and was resumed with a Range request.
    assert any(s.fault == "broken-connection" for s in served)
    assert any(s.status == 206 for s in served)
    assert not any("2024/04" in s.path for s in served)
    assert run.stats["newscrawl/archive/files_done"] == len(paths)
    # A second run adds nothing.
    with TestSite(extra_routes=archive_routes(tree)) as archive:
        again = run_scrapy(["crawl", "ccnews", "-a", "month=2024-03"], output,
                           "-s", f"NEWSCRAWL_CCNEWS_BASE={archive.base_url}")
    assert again.returncode == 0 and "new=0 updated=0 unchanged=0" in again.stdout
    assert read_articles(output).num_rows == len(rows)


def test_a_month_without_a_listing_is_an_error_not_a_crash(tmp_path):
    with TestSite(extra_routes=archive_routes(tmp_path)) as archive:
        run = run_scrapy(["crawl", "ccnews", "-a", "month=2030-01"], tmp_path / "out",
                         "-s", f"NEWSCRAWL_CCNEWS_BASE={archive.base_url}")
    assert run.returncode == 3 and "cannot read the CC-NEWS listing" in run.log
