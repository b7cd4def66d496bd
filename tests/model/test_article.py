"""The Arrow schema derived from Article agrees with the Article definition, and survives Parquet.

The expected types are worked out here from ``dataclasses.fields`` and the type hints
with the test's own table, independently of ``article.arrow_type``'s code path.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscrawl.model.article import SCHEMA_VERSION, Article, Image, arrow_schema, to_record

UTC = dt.timezone.utc
TIMESTAMP_UTC = pa.timestamp("us", tz="UTC")
IMAGE_STRUCT = pa.struct([(name, pa.string()) for name in ("url", "caption", "credit", "alt")])


def _without_none(hint):
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        rest = [a for a in typing.get_args(hint) if a is not type(None)]
        return rest[0] if len(rest) == 1 else hint
    return hint


def expected_type(hint) -> pa.DataType:
    """The test's own reading of the type mapping the dataset promises."""
    hint = _without_none(hint)
    table = {str: pa.string(), int: pa.int64(), dt.datetime: TIMESTAMP_UTC}
    if hint in table:
        return table[hint]
    if hint == list[str]:
        return pa.list_(pa.string())
    if hint == list[Image]:
        return pa.list_(IMAGE_STRUCT)
    if hint == dict[str, str]:
        return pa.map_(pa.string(), pa.string())
    raise AssertionError(f"Article uses a type this test does not know: {hint!r}")


def test_schema_has_exactly_the_article_fields_in_order():
    assert arrow_schema().names == [f.name for f in dataclasses.fields(Article)]


def test_every_field_has_the_mapped_type_and_its_doc():
    hints = typing.get_type_hints(Article)
    schema = arrow_schema()
    for f in dataclasses.fields(Article):
        expected = f.metadata.get("arrow") or expected_type(hints[f.name])
        column = schema.field(f.name)
        assert column.type == expected, f.name
        assert column.nullable, f.name
        assert column.metadata[b"doc"].decode() == f.metadata["doc"], f.name
        assert f.metadata["doc"].strip(), f"{f.name} has no documented format"


@pytest.mark.parametrize("name, arrow", [
    ("headline", pa.string()),                      # str
    ("word_count", pa.int32()),                     # int with an override
    ("http_status", pa.int16()),                    # int with an override
    ("authors", pa.list_(pa.string())),             # list[str]
    ("published_at", TIMESTAMP_UTC),                # datetime
    ("fetched_at", TIMESTAMP_UTC),
    ("images", pa.list_(IMAGE_STRUCT)),             # list[Image] -> list<struct>
    ("sources", pa.map_(pa.string(), pa.string())),  # dict -> map
])
def test_each_kind_of_field_maps_as_documented(name, arrow):
    assert arrow_schema().field(name).type == arrow


def test_schema_version_is_in_the_metadata():
    assert arrow_schema().metadata[b"newscrawl.schema_version"] == str(SCHEMA_VERSION).encode()


def full_article() -> Article:
    return Article(
        url="https://news.example/2025/02/27/story", canonical_url="https://news.example/story",
        domain="news.example", headline="A headline", description="A dek.",
        body="First paragraph.\n\nSecond paragraph.", word_count=4,
        authors=["Ann Author", "Bo Writer"], byline_raw="By Ann Author and Bo Writer",
        published_at=dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC),
        published_raw="2025-02-27T01:17+02:00", published_precision="exact",
        modified_at=dt.datetime(2025, 2, 27, 8, 0, 0, 123456, tzinfo=UTC), modified_raw="x",
        language="en", section="World", tags=["one", "two"],
        images=[Image(url="https://news.example/a.jpg", caption="A caption", credit="Agency",
                      alt="alt text"), Image(url="https://news.example/b.jpg")],
        fetched_at=dt.datetime(2025, 2, 27, 10, 0, tzinfo=UTC), http_status=200,
        sources={"headline": "jsonld", "authors": "meta"}, extractor="newscrawl/0.1.0",
    )


def article_from_row(row: dict) -> Article:
    """Rebuild an Article from a row read back from Parquet."""
    row = {k: row[k] for k in arrow_schema().names}
    row["images"] = [Image(**image) for image in row["images"]]
    row["sources"] = dict(row["sources"])
    return Article(**row)


def test_round_trip_through_parquet_preserves_every_value(tmp_path):
    articles = [full_article(), Article(url="https://news.example/empty")]
    table = pa.Table.from_pylist([to_record(a) for a in articles], schema=arrow_schema())
    pq.write_table(table, tmp_path / "a.parquet", compression="zstd")

    back = pq.read_table(tmp_path / "a.parquet")
    assert back.schema.equals(arrow_schema(), check_metadata=False)
    assert [article_from_row(r) for r in back.to_pylist()] == articles
    assert back.column("published_at").to_pylist()[0].tzinfo is not None
