"""Language code normalisation."""

import pytest

from newscrawl.extract.language import normalise_language


@pytest.mark.parametrize("value, code", [
    ("en", "en"), ("en-US", "en"), ("de_AT", "de"), ("EN", "en"), ("deu", "de"), ("iw", "he"),
    ("nb-NO", "no"), ("", None), (None, None), ("english", None), ("x", None),
])
def test_normalise_language(value, code):
    assert normalise_language(value) == code
