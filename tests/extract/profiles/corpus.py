"""Reading the shared fundus-dev corpus for the profile tests (never copied here)."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
FUNDUS = SHARED / "corpora" / "fundus-dev"
SEED = SHARED / "seed"

#: The fundus-dev publishers each profile covers.
PUBLISHERS = {
    "apnews": ("APNews",),
    "reuters": ("Reuters",),
    "themirror": ("TheMirror",),
    "telegraph": ("TheTelegraph",),
    "euronews": ("EuronewsEN",),
    "euronews-de": ("EuronewsDE",),
    "faz": ("FAZ",),
    "welt": ("DieWelt",),
    "sueddeutsche": ("SZ",),
    "lavanguardia": ("LaVanguardia",),
    "lefigaro": ("LeFigaro",),
    "corriere": ("CorriereDellaSera",),
    "rzeczpospolita": ("Rzeczpospolita",),
    "yomiuri": ("YomiuriShimbun",),
    "kommersant": ("Kommersant",),
    "dagbladet": ("Dagbladet",),
}


def available() -> bool:
    """True when the shared corpus is there."""
    return (FUNDUS / "cases.jsonl").exists()


@lru_cache(maxsize=1)
def cases() -> dict[str, dict]:
    """The labelled cases by id (empty when the corpus is absent)."""
    if not available():
        return {}
    with open(FUNDUS / "cases.jsonl", encoding="utf-8") as handle:
        return {case["id"]: case for case in map(json.loads, handle)}


def case_ids(profile_name: str) -> list[str]:
    """Ids of the corpus pages of one profile's publishers."""
    publishers = PUBLISHERS.get(profile_name, ())
    return sorted(i for i, case in cases().items() if case["publisher"] in publishers)


def page_html(case: dict) -> bytes:
    """The page's HTML bytes."""
    return gzip.decompress((FUNDUS / case["html"]).read_bytes())
