"""benchmarks/same_output.py: the records it writes, and ``--parts`` keeping to one part."""

from __future__ import annotations

import json

from benchmarks.same_output import diff, write
from newscrawl.evaluate.split import DEV, HELD_OUT, part_of, site_of

PAGE = ("<html><head><title>{0}</title></head><body><article><h1>{0}</h1>"
        "<p>{1}</p><p>{1}</p></article></body></html>")


def _site_in(part: str) -> str:
    """A host whose site (as the split reads it from a URL) falls in ``part``; the split
    needs a public suffix (``.example`` is none), and nothing here is fetched."""
    return next(f"www.newscrawl-fixture-{n}.com" for n in range(1000)
                if part_of(site_of(f"https://www.newscrawl-fixture-{n}.com/")) == part)


def _corpus(tmp_path):
    """A page-type corpus (``cases.jsonl``) of one page on a dev site, one on a held-out site."""
    directory = tmp_path / "corpora" / "pages"
    directory.mkdir(parents=True)
    rows = []
    for part in (DEV, HELD_OUT):
        site = _site_in(part)
        (directory / f"{part}.html").write_text(
            PAGE.format(f"A story on {site}", "Council members voted on the new budget today. " * 6),
            encoding="utf-8")
        rows.append({"id": part, "url": f"https://{site}/news/story", "html": f"{part}.html"})
    (directory / "cases.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path / "corpora"


def _keys(path):
    return sorted(json.loads(line)["key"] for line in path.read_text(encoding="utf-8").splitlines())


def test_parts_dev_writes_only_the_development_pages(tmp_path):
    corpora = _corpus(tmp_path)
    every, dev = tmp_path / "all.jsonl", tmp_path / "dev.jsonl"
    write(corpora, every)
    write(corpora, dev, frozenset({DEV}))
    assert {key.split("/")[1] for key in _keys(every)} == {DEV, HELD_OUT}
    assert {key.split("/")[1] for key in _keys(dev)} == {DEV}
    assert len(_keys(dev)) == 4  # one record per way


def test_diff_counts_records_missing_on_one_side(tmp_path, capsys):
    corpora = _corpus(tmp_path)
    every, dev = tmp_path / "all.jsonl", tmp_path / "dev.jsonl"
    write(corpora, every)
    write(corpora, dev, frozenset({DEV}))
    assert diff(every, every) == 0
    assert diff(every, dev) == 4
    assert "only in before" in capsys.readouterr().out
