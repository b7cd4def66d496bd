"""The inspection view of one extraction, as ``scrapy extract`` prints it.

:func:`article_json` gives the Article as JSON; :func:`article_text` a readable view,
each field with the layer that supplied it in brackets. With the
:class:`~newscrawl.extract.record.ExtractionRecord` the orchestrator filled
(``scrapy extract -v``), both add every layer's candidates per field in the order the
cascade tried them: the one taken marked ``*``, the ones the cascade stopped before
marked ``~``. This module only formats: what the candidates are, and which was taken,
is the record's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import textwrap

from newscrawl.extract.record import TAKEN, UNREACHED, ExtractionRecord
from newscrawl.text import collapse

#: Characters of a candidate value shown in the text view (longer values are cut, with an ellipsis).
CANDIDATE_CHARS = 240
#: Body paragraphs shown in the text view (all of them with -v).
BODY_PARAGRAPHS = 3
#: Fields of the text view, in order.
TEXT_FIELDS = ("headline", "description", "authors", "byline_raw", "published_at",
               "modified_at", "language", "section", "tags", "canonical_url", "images", "body")
#: Fields that are crawl bookkeeping, shown in the header of the text view.
HEADER_FIELDS = ("url", "domain", "http_status", "fetched_at", "extractor")
#: The mark of a candidate in the text view, by state.
MARKS = {TAKEN: "*", UNREACHED: "~"}
LEGEND = ("(* = taken: the Article holds its value; ~ = not reached: the cascade stopped before it;"
          " candidates in the order the cascade tries them)")


def plain(value):
    """A value as JSON data: datetimes as ISO 8601, dataclasses (images) as mappings."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def cut(value, limit: int = CANDIDATE_CHARS):
    """A value made printable: whitespace collapsed, long strings cut."""
    value = plain(value)
    if isinstance(value, list):
        return [cut(v, limit) for v in value]
    if isinstance(value, dict):
        return {k: cut(v, limit) for k, v in value.items() if v not in (None, "")}
    if isinstance(value, str):
        value = collapse(value)
        return value if len(value) <= limit else value[: limit - 1] + "…"
    return value


def candidates_json(record: ExtractionRecord) -> dict[str, list[dict]]:
    """Field -> its candidates as JSON data: layer, where, value, state; ``stored`` (the
    Article's value) on the taken one when it differs from the value offered; ``note``."""
    result: dict[str, list[dict]] = {}
    for field_name, candidates in record.fields.items():
        result[field_name] = []
        for candidate in candidates:
            item = {"layer": candidate.layer, "where": candidate.where,
                    "value": plain(candidate.value), "state": candidate.state}
            if candidate.state == TAKEN and candidate.stored != candidate.value:
                item["stored"] = plain(candidate.stored)
            if candidate.note:
                item["note"] = candidate.note
            result[field_name].append(item)
    return result


def article_json(article, record: ExtractionRecord | None = None) -> str:
    """The Article as indented JSON (datetimes as ISO 8601); with a record, its candidates
    under an extra ``candidates`` key, and failed field steps under ``failures``."""
    data = dataclasses.asdict(article)
    if record is not None:
        data["candidates"] = candidates_json(record)
        if record.failures:
            data["failures"] = [{"step": step, "error": error} for step, error in record.failures]
    return json.dumps(plain(data), ensure_ascii=False, indent=2)


# -- the readable view --------------------------------------------------------------------

def _show(value) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _text(value) -> str:
    value = cut(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def _candidate_line(field_name: str, candidate) -> str:
    where = f" ({candidate.where})" if candidate.where else ""
    line = f"{candidate.layer}{where}: {_text(candidate.value)}"
    if candidate.state == TAKEN and plain(candidate.stored) != plain(candidate.value):
        count = len(candidate.stored) if field_name == "images" else 0
        stored = (f"the Article's {count} image{'s' if count != 1 else ''}"
                  if field_name == "images"
                  else _text(candidate.stored))
        if not candidate.note or stored not in candidate.note:
            line += f" → {stored}"
    if candidate.note:
        line += f"  [{candidate.note}]"
    return line


def _candidate_lines(field_name: str, record: ExtractionRecord, width: int) -> list[str]:
    candidates = record.candidates(field_name)
    if not candidates:
        return ["      (no layer found anything)"]
    lines = []
    for candidate in candidates:
        mark = MARKS.get(candidate.state, " ")
        lines += textwrap.wrap(_candidate_line(field_name, candidate), width=width,
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


def article_text(article, record: ExtractionRecord | None = None, *, width: int = 100) -> str:
    """The readable view of an Article; with a record, each field's candidates below it."""
    lines = [f"{name:<14}{_show(getattr(article, name))}" for name in HEADER_FIELDS
             if getattr(article, name) not in (None, "")]
    lines.append("")
    for field_name in TEXT_FIELDS:
        lines += _field_lines(article, field_name, verbose=record is not None, width=width)
        if record is not None and field_name != "byline_raw":
            lines += _candidate_lines(field_name, record, width)
    if record is not None:
        for step, error in record.failures:
            lines.append(f"field step {step} failed: {error}")
        lines += ["", LEGEND]
    return "\n".join(lines)


__all__ = ["article_json", "article_text", "candidates_json", "cut", "plain"]
