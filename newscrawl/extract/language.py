"""Language codes: normalise the many ways pages declare their language to ISO 639-1."""

from __future__ import annotations

import re

_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")
#: ISO 639-2 / legacy codes some pages use, mapped to ISO 639-1.
ALIASES = {"iw": "he", "in": "id", "ji": "yi", "eng": "en", "deu": "de", "ger": "de",
           "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "rus": "ru", "ukr": "uk",
           "por": "pt", "nld": "nl", "dut": "nl", "pol": "pl", "jpn": "ja", "zho": "zh",
           "chi": "zh", "nob": "no", "nb": "no", "nn": "no", "swe": "sv", "dan": "da"}


def normalise_language(value: str | None) -> str | None:
    """'en-US' / 'en_GB' / 'EN' -> 'en'; None for values that are not language codes."""
    match = _CODE.match((value or "").strip())
    if not match:
        return None
    code = match.group(1).lower()
    code = ALIASES.get(code, code)
    return code if len(code) == 2 else None
