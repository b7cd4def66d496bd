"""Site profiles: what newscrawl knows about one site, as data.

A profile declares a site's domains, entry points (feeds, sitemaps, front pages),
URL allow / deny patterns, timezone and language and, only where the generic
extractor gets a field wrong, per-field selectors (ordered, compiled once) or small
functions. A profile may carry several versions, each valid from a date, when the
site changes its layout: the version in force on the page's fetch date is used.

Field rules are keyed by Article field name; a key that is not one of
:data:`PROFILE_FIELDS` (a typo such as ``"headlin"``, or a field the extractor never asks
a profile for) makes building the profile fail with a ValueError naming the profile, the
key and the valid keys.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Callable

from parsel.csstranslator import HTMLTranslator

from newscrawl.extract.markup import text_of

_CSS = HTMLTranslator()

#: The Article fields a profile may give rules for: the ones the extractor asks a profile
#: for before its generic layers (the rest are crawl bookkeeping or derived).
PROFILE_FIELDS = ("headline", "description", "body", "authors", "published_at",
                  "modified_at", "language", "section", "tags", "images")

#: A field rule is a CSS selector, an XPath (starting with '/' or '('), or a function
#: ``(ctx) -> value | None``.
FieldRule = str | Callable


def _compile(rule: FieldRule):
    if callable(rule):
        return rule
    xpath = rule if rule.startswith(("/", "(", ".")) else _CSS.css_to_xpath(rule)
    return xpath


@dataclass(frozen=True)
class ProfileVersion:
    """Field rules valid from ``since`` (a date) until the next version."""

    since: dt.date
    fields: dict[str, list[FieldRule]] = field(default_factory=dict)
    label: str = ""


@dataclass
class SiteProfile:
    """Everything newscrawl knows about one site."""

    name: str
    domains: tuple[str, ...]
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    timezone: str | None = None
    language: str | None = None
    versions: tuple[ProfileVersion, ...] = ()

    def __post_init__(self):
        self._check_field_keys()
        self._allow = [re.compile(p) for p in self.allow]
        self._deny = [re.compile(p) for p in self.deny]
        self._compiled = [
            (v.since, v.label or v.since.isoformat(),
             {name: [_compile(r) for r in rules] for name, rules in v.fields.items()})
            for v in sorted(self.versions, key=lambda v: v.since)
        ]

    def _check_field_keys(self) -> None:
        """Raise ValueError for a field key of any version that no profile rule can set."""
        for version in self.versions:
            for key in version.fields:
                if key in PROFILE_FIELDS:
                    continue
                close = difflib.get_close_matches(str(key), PROFILE_FIELDS, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ValueError(
                    f"site profile {self.name!r}: unknown field {key!r} in the version "
                    f"{version.label or version.since.isoformat()}{hint}; profile rules can "
                    f"set only these Article fields: {', '.join(PROFILE_FIELDS)}")

    # -- URLs ------------------------------------------------------------------
    def matches_domain(self, host: str | None) -> bool:
        """True when ``host`` is one of the profile's domains or a subdomain of one."""
        return self.matching_domain_length(host) >= 0

    def matching_domain_length(self, host: str | None) -> int:
        """Length of the longest of the profile's domains covering ``host`` (-1: none)."""
        host = (host or "").lower()
        lengths = [len(d) for d in self.domains if host == d or host.endswith("." + d)]
        return max(lengths, default=-1)

    def allows(self, url: str) -> bool:
        """True when the URL passes the allow patterns (if any) and no deny pattern."""
        if any(p.search(url) for p in self._deny):
            return False
        return not self._allow or any(p.search(url) for p in self._allow)

    # -- fields ----------------------------------------------------------------
    def version_for(self, when: dt.datetime | dt.date | None):
        """(label, compiled field rules) of the version in force at ``when`` (default: newest)."""
        if not self._compiled:
            return None, {}
        if when is None:
            _, label, rules = self._compiled[-1]
            return label, rules
        day = when.date() if isinstance(when, dt.datetime) else when
        chosen = self._compiled[0]
        for entry in self._compiled:
            if entry[0] <= day:
                chosen = entry
        return chosen[1], chosen[2]

    def has_rules(self, field_name: str, when=None) -> bool:
        """True when the profile overrides ``field_name`` in the version in force."""
        return field_name in self.version_for(when)[1]

    def extract(self, field_name: str, ctx) -> list[str] | object | None:
        """Apply the profile's rules for one field to a PageContext.

        Selector rules return the list of non-empty text values of the first rule that
        matches; a function rule returns whatever it returns (None for nothing).
        """
        _label, rules = self.version_for(ctx.fetched_at)
        for rule in rules.get(field_name, ()):
            if callable(rule):
                value = rule(ctx)
                if value:
                    return value
                continue
            values = [text_of(s.root) for s in ctx.selector.xpath(rule)]
            values = [v for v in values if v]
            if values:
                return values
        return None
