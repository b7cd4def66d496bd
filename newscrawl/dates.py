"""The one date normaliser (stub: ISO fast path + dateparser; to be deepened)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class NormalisedDate:
    """A raw date string and what it means: an aware UTC datetime and its precision."""

    raw: str | None
    value: dt.datetime | None
    precision: str | None = None
    error: str | None = None


def normalise_date(raw, *, language=None, timezone=None, reference=None) -> NormalisedDate:
    """Turn a date string into an aware UTC datetime (see module docs)."""
    if raw is None or not str(raw).strip():
        return NormalisedDate(raw, None, None, "empty")
    raw = str(raw).strip()
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        return NormalisedDate(raw, None, None, "unparsed")
    if value.tzinfo is None:
        return NormalisedDate(raw, value.replace(tzinfo=dt.timezone.utc), "naive")
    return NormalisedDate(raw, value.astimezone(dt.timezone.utc), "exact")
