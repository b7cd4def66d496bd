"""The record of one extraction: every layer's candidates for every field, and the one taken.

The orchestrator (:mod:`newscrawl.extract.extractor`) fills an :class:`ExtractionRecord`
when a caller passes one in (``extract_article(html, url, record=ExtractionRecord())``).
Each field's candidates are kept in the order the cascade tries them, each in one of
three states:

* ``taken``: the candidate the Article's value came from; ``stored`` is that value (after
  the cleaning the field's step applies), and its layer is ``Article.sources[field]``;
* ``tried``: the cascade looked at it and went on (empty after cleaning, not a date,
  less exact than another reading...);
* ``unreached``: the cascade stopped before it (an earlier layer was taken). These are
  computed only because a record was asked for: they show what the later layers offer.

Nothing is recorded, and nothing extra computed, when no record is passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TAKEN = "taken"
TRIED = "tried"
UNREACHED = "unreached"
STATES = (TAKEN, TRIED, UNREACHED)


def is_empty(value) -> bool:
    """True for the values no field step stores (None, "", [], {})."""
    return value is None or value == "" or value == [] or value == {}


@dataclass(slots=True)
class Candidate:
    """One layer's value for a field, as the cascade met it."""

    layer: str
    where: str | None  # which key, element or rule of the layer found it
    value: Any  # as the layer offered it
    state: str = TRIED
    stored: Any = None  # for the taken candidate: the value the Article holds
    note: str | None = None  # why it was passed over, what it parsed to ...


@dataclass
class ExtractionRecord:
    """Field name -> candidates in cascade order; the field steps that failed."""

    fields: dict[str, list[Candidate]] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (step, error)

    def offer(self, field_name: str, layer: str, value, where: str | None = None, *,
              state: str = TRIED, note: str | None = None) -> Candidate | None:
        """Record a candidate (an empty value is not one: None is returned)."""
        if is_empty(value):
            return None
        candidate = Candidate(layer, where, value, state, note=note)
        self.fields.setdefault(field_name, []).append(candidate)
        return candidate

    def take(self, field_name: str, value, layer: str, candidate: Candidate | None = None) -> None:
        """Mark the candidate the field's value came from (without one, the value is
        recorded as a candidate of its own: a value the step computed, e.g. a count)."""
        for other in self.fields.get(field_name, ()):
            if other.state == TAKEN:
                other.state, other.stored, other.note = TRIED, None, "replaced by a later step"
        if candidate is None:
            candidate = Candidate(layer, None, value)
            self.fields.setdefault(field_name, []).append(candidate)
        candidate.state, candidate.stored = TAKEN, value

    def taken(self, field_name: str) -> Candidate | None:
        """The taken candidate of a field, or None when the field has no value."""
        return next((c for c in self.fields.get(field_name, ()) if c.state == TAKEN), None)

    def candidates(self, field_name: str) -> list[Candidate]:
        """A field's candidates in cascade order (empty when no layer found anything)."""
        return list(self.fields.get(field_name, ()))

    def settle(self, article) -> None:
        """Follow the hostile-input bounds applied to the finished Article: a value they
        dropped is no longer taken, a value they cut or cleaned is stored as the Article
        holds it."""
        for field_name, candidates in self.fields.items():
            for candidate in candidates:
                if candidate.state != TAKEN:
                    continue
                if field_name not in article.sources:
                    candidate.state, candidate.stored = TRIED, None
                    candidate.note = "dropped: over the size bounds of the field"
                elif getattr(article, field_name) != candidate.stored:
                    candidate.stored = getattr(article, field_name)
                    candidate.note = "cut or cleaned to the field's bounds"


__all__ = ["Candidate", "ExtractionRecord", "STATES", "TAKEN", "TRIED", "UNREACHED", "is_empty"]
