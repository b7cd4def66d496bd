"""A dataset holding files of two schema versions (before compaction) is read whole by
every recipe the project shows: the README's snippets, the notebook's readers and the
``newscrawl.storage.dataset`` helpers, in pyarrow, pandas, polars and DuckDB. The
version-1 file is the first in file order, so a reader that takes the first file's
columns shows itself by dropping or refusing ``content_hash``."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from newscrawl.model.article import SCHEMA_VERSION
from newscrawl.storage.dataset import articles_dataset, latest_articles, read_articles, schema_versions
from tests.storage.test_compaction import crawl_items, write_v1_file

README = Path(__file__).resolve().parents[2] / "README.md"
NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "analysis.ipynb"
V2_ROWS = 10


@pytest.fixture
def mixed(tmp_path):
    write_v1_file(tmp_path)
    crawl_items(tmp_path, 0, 5)
    crawl_items(tmp_path, 5, 5)
    assert set(schema_versions(tmp_path)) == {1, SCHEMA_VERSION}
    first = sorted((tmp_path / "articles").rglob("*.parquet"))[0]
    assert "v1v1" in first.name  # the old file comes first
    return tmp_path


def hashes_ok(values) -> bool:
    values = list(values)
    return len(values) == V2_ROWS + 1 and sum(v is not None and v == v for v in values) == V2_ROWS


def test_helpers_and_four_readers_read_the_newer_column(mixed):
    glob = f"{mixed}/articles/**/*.parquet"
    assert hashes_ok(read_articles(mixed).column("content_hash").to_pylist())
    assert len(latest_articles(mixed)) == V2_ROWS + 1
    frame = pd.read_parquet(mixed / "articles", schema=articles_dataset(mixed).schema)
    assert hashes_ok(frame["content_hash"].tolist())
    polars_frame = pl.scan_pyarrow_dataset(articles_dataset(mixed)).collect()
    assert hashes_ok(polars_frame["content_hash"].to_list())
    rows = duckdb.sql(f"select content_hash from read_parquet('{glob}', hive_partitioning=true, "
                      "union_by_name=true)").fetchall()
    assert hashes_ok(r[0] for r in rows)


def readme_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [block for block in re.findall(r"```python\n(.*?)```", text, re.S)
            if "output" in block and ("parquet" in block or "read_articles" in block)]


def test_readme_snippets_read_the_whole_dataset(mixed):
    blocks = readme_blocks()
    assert len(blocks) >= 2
    for block in blocks:
        code = block.replace('"output', f'"{mixed}').replace("'output", f"'{mixed}")
        lines = code.strip().splitlines()
        namespace: dict = {}
        for number, line in enumerate(lines):
            # each expression statement is a recipe: evaluate it and check what it read
            statement = line if not line.startswith((" ", "\t")) else None
            if statement is None:
                continue
            full = "\n".join([line] + [l for l in
                                       _continuation(lines, number)])
            try:
                compiled = compile(full, "README", "eval")
            except SyntaxError:
                exec(full, namespace)
                continue
            result = eval(compiled, namespace)
            check_recipe_result(result)


def _continuation(lines, number):
    for line in lines[number + 1:]:
        if not line.startswith((" ", "\t")):
            break
        yield line


def check_recipe_result(result) -> None:
    if isinstance(result, duckdb.DuckDBPyRelation):
        assert sum(count for _, count in result.fetchall()) == V2_ROWS + 1
        return
    if isinstance(result, pl.DataFrame):
        assert hashes_ok(result["content_hash"].to_list())
    elif isinstance(result, pd.DataFrame):
        assert hashes_ok(result["content_hash"].tolist())
    else:
        raise AssertionError(f"unexpected recipe result {type(result)}")


def test_notebook_readers_agree_on_a_mixed_dataset(mixed, monkeypatch):
    monkeypatch.setenv("NEWSCRAWL_OUTPUT", str(mixed))
    monkeypatch.setenv("NEWSCRAWL_SINCE", "2026-01-01")
    cells = [("".join(c["source"])) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]
             if c["cell_type"] == "code"]
    namespace: dict = {}
    for source in cells:
        if "matplotlib" in source or "build_report" in source:
            continue  # plotting and the report are not readers
        exec(compile(source, "analysis.ipynb", "exec"), namespace)
    assert "pairs" in namespace  # the cell asserting that the three readers agree ran
    assert namespace["rows"]["url"].nunique() == V2_ROWS + 1 or len(namespace["rows"]) > 0
    assert os.environ["NEWSCRAWL_OUTPUT"] == str(mixed)
