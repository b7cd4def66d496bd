"""Faults as data: named misbehaviours, each applied to chosen paths or a seeded share of pages.

A :class:`FaultRule` names a fault kind, what it applies to and its parameters::

    FaultRule("503", share=0.1, seed=2, first=1)       # 10 % of pages answer 503 once
    FaultRule("delay", paths=("/news/*",), params={"seconds": 1.5})
    FaultRule("429", paths=("/sitemap.xml",), params={"retry_after": 5})

Selection: ``paths`` are shell-style patterns (``fnmatch``) matched against the path
(and against ``path?query``); ``share`` picks a deterministic fraction of paths from
``seed`` (the same paths every run); ``hosts`` limits the rule to some virtual hosts;
``first`` applies it only to the first N requests of each path, so a retry succeeds.
A rule with neither paths nor share applies to every page. Unless ``on`` says
otherwise, a rule without ``paths`` only touches pages (not robots.txt, sitemaps,
feeds, redirects or static files); a rule with ``paths`` touches whatever they match.

Kinds (parameters in brackets):

========================= ===================================================================
``delay``                 answer after ``seconds`` (2)
``drip``                  trickle the body, ``bytes`` (64) every ``interval`` s (0.2)
``status``                answer ``code`` (500) with a small error page
``404`` ``410`` ``500``   shorthands for ``status``; ``503`` adds Retry-After if
``503``                   ``retry_after`` is given
``429``                   Too Many Requests with ``Retry-After: retry_after`` (2)
``truncate``              announce the full Content-Length, send ``fraction`` (0.5) of the
                          body (or ``bytes``), then close the connection
``octet-stream``          the page as ``application/octet-stream``
``pdf`` ``png``           a small PDF document / PNG image instead of the page
``reset``                 close the connection with a TCP reset, no answer
``redirect-loop``         302 to ``path?loop=1``, which redirects back to ``path``
``redirect-offsite``      301 to the same path on ``host`` (``elsewhere.invalid``)
========================= ===================================================================

On the command line (``--faults SPEC``) rules are written ``kind[:key=value,...]`` and
separated by ``;`` (path lists separated by ``|``), e.g.
``503:share=0.1,seed=2,first=1;delay:seconds=1,paths=/news/*|/sport/*``, or as a JSON
list of objects with the same keys (``{"kind": "503", "share": 0.1}``).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import hashlib
import html
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from newscrawl.testsite.routes import Request, Response, redirect

#: Response roles a rule without ``paths`` touches.
DEFAULT_ROLES = ("page",)

#: The query parameter that marks the second leg of a redirect loop.
LOOP_PARAMETER = "loop"

#: A minimal valid PDF document (one empty page).
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

#: A 1x1 transparent PNG.
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000005000157c7c1a50000000049454e44ae426082"
)


class FaultSpecError(ValueError):
    """A fault rule or spec string that cannot be understood."""


def error_page(status: int, reason: str) -> bytes:
    """The small HTML body of an error answer."""
    return (f"<!DOCTYPE html>\n<html><head><title>{status} {html.escape(reason)}</title>"
            f"</head><body><h1>{status} {html.escape(reason)}</h1></body></html>\n").encode()


_REASONS = {404: "Not Found", 410: "Gone", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def _status(code: int, retry_after=None) -> Callable[[Request, Response], Response]:
    def change(request: Request, response: Response) -> Response:
        headers = (("Retry-After", str(retry_after)),) if retry_after is not None else ()
        return dataclasses.replace(
            response, status=code, body=error_page(code, _REASONS.get(code, "Error")),
            content_type="text/html; charset=utf-8", headers=headers, last_modified=None)
    return change


def _truncate(params: Mapping) -> Callable[[Request, Response], Response]:
    def change(request: Request, response: Response) -> Response:
        size = len(response.body)
        keep = int(params["bytes"]) if "bytes" in params else int(
            size * float(params.get("fraction", 0.5)))
        return dataclasses.replace(response, truncate_to=max(0, min(keep, size - 1)))
    return change


def _replace_body(body: bytes, content_type: str) -> Callable[[Request, Response], Response]:
    def change(request: Request, response: Response) -> Response:
        return dataclasses.replace(response, status=200, body=body, content_type=content_type)
    return change


def _redirect_loop(request: Request, response: Response) -> Response:
    looped = f"{LOOP_PARAMETER}=1" in request.query.split("&")
    return redirect(request.path if looped else f"{request.path}?{LOOP_PARAMETER}=1", 302)


def _redirect_offsite(params: Mapping) -> Callable[[Request, Response], Response]:
    def change(request: Request, response: Response) -> Response:
        scheme = request.base_url.split(":", 1)[0]
        target = f"{scheme}://{params.get('host', 'elsewhere.invalid')}{request.path}"
        if request.query:
            target += "?" + request.query
        return redirect(target, int(params.get("status", 301)))
    return change


def _effect(kind: str, params: Mapping) -> Callable[[Request, Response], Response]:
    """The response change of a fault kind with its parameters."""
    if kind == "delay":
        seconds = float(params.get("seconds", 2))
        return lambda req, resp: dataclasses.replace(resp, delay=seconds)
    if kind == "drip":
        drip = (int(params.get("bytes", 64)), float(params.get("interval", 0.2)))
        return lambda req, resp: dataclasses.replace(resp, drip=drip)
    if kind == "status":
        return _status(int(params.get("code", 500)), params.get("retry_after"))
    if kind in ("404", "410", "500", "503"):
        return _status(int(kind), params.get("retry_after"))
    if kind == "429":
        return _status(429, params.get("retry_after", 2))
    if kind == "truncate":
        return _truncate(params)
    if kind == "octet-stream":
        return lambda req, resp: dataclasses.replace(
            resp, content_type="application/octet-stream")
    if kind == "pdf":
        return _replace_body(PDF_BYTES, "application/pdf")
    if kind == "png":
        return _replace_body(PNG_BYTES, "image/png")
    if kind == "reset":
        return lambda req, resp: dataclasses.replace(resp, reset=True)
    if kind == "redirect-loop":
        return _redirect_loop
    if kind == "redirect-offsite":
        return _redirect_offsite(params)
    raise FaultSpecError(f"unknown fault kind: {kind!r}")


#: Every fault kind a rule may name.
FAULT_KINDS = ("delay", "drip", "status", "404", "410", "429", "500", "503", "truncate",
               "octet-stream", "pdf", "png", "reset", "redirect-loop", "redirect-offsite")


def stable_fraction(seed: int, key: str) -> float:
    """A number in [0, 1) fixed by the seed and the key (the same on every run)."""
    digest = hashlib.blake2b(f"{seed}\0{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2 ** 64


@dataclass
class FaultRule:
    """One fault kind, where it applies and its parameters (see the module docstring)."""

    kind: str
    paths: tuple[str, ...] = ()
    share: float | None = None
    seed: int = 0
    first: int | None = None
    hosts: tuple[str, ...] = ()
    on: tuple[str, ...] | None = None
    params: dict = field(default_factory=dict)
    name: str | None = None

    def __post_init__(self):
        self.kind = str(self.kind)
        self.paths = tuple(self.paths)
        self.hosts = tuple(h.lower() for h in self.hosts)
        self.name = self.name or self.kind
        self._change = _effect(self.kind, self.params)
        self._counts: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()

    def selects(self, request: Request, response: Response) -> bool:
        """True when the rule is meant for this request (before counting ``first``)."""
        if self.hosts and request.host not in self.hosts:
            return False
        roles = self.on if self.on is not None else (() if self.paths else DEFAULT_ROLES)
        if roles and response.role not in roles:
            return False
        target = request.path + ("?" + request.query if request.query else "")
        if self.paths and not any(fnmatch.fnmatchcase(request.path, p)
                                  or fnmatch.fnmatchcase(target, p) for p in self.paths):
            return False
        if self.share is not None and stable_fraction(self.seed, target) >= self.share:
            return False
        return True

    def _counted_in(self, request: Request) -> bool:
        """Count the request; True while it is among the first ``first`` of its path."""
        if self.first is None:
            return True
        key = (request.host, request.path)
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key] <= self.first

    def apply(self, request: Request, response: Response) -> Response:
        """The response changed by this fault, when the rule selects the request."""
        if response.fault is not None or not self.selects(request, response):
            return response
        if not self._counted_in(request):
            return response
        return dataclasses.replace(self._change(request, response), fault=self.name)


_NUMBER_KEYS = {"share": float, "seed": int, "first": int}
_LIST_KEYS = ("paths", "hosts", "on")


def rule_from_mapping(data: Mapping) -> FaultRule:
    """A rule from a mapping: ``kind``, selection keys, any other key is a parameter."""
    data = dict(data)
    try:
        kind = str(data.pop("kind"))
    except KeyError as exc:
        raise FaultSpecError(f"a fault needs a 'kind': {data}") from exc
    if kind not in FAULT_KINDS:
        raise FaultSpecError(f"unknown fault kind: {kind!r} (known: {', '.join(FAULT_KINDS)})")
    selection = {}
    for key, convert in _NUMBER_KEYS.items():
        if key in data:
            selection[key] = convert(data.pop(key))
    for key in _LIST_KEYS:
        if key in data:
            value = data.pop(key)
            selection[key] = tuple(value.split("|") if isinstance(value, str) else value)
    name = data.pop("name", None)
    params = dict(data.pop("params", {}), **data)
    return FaultRule(kind, name=name, params=params, **selection)


def _compact_rule(text: str) -> FaultRule:
    kind, _, rest = text.strip().partition(":")
    data: dict = {"kind": kind.strip()}
    for pair in filter(None, (p.strip() for p in rest.split(","))):
        key, sep, value = pair.partition("=")
        if not sep:
            raise FaultSpecError(f"expected key=value in fault {text!r}, got {pair!r}")
        data[key.strip()] = value.strip()
    return rule_from_mapping(data)


def parse_fault_spec(spec: str) -> list[FaultRule]:
    """Rules from a ``--faults`` spec: compact ``kind:key=value,...;...`` or JSON."""
    spec = spec.strip()
    if not spec:
        return []
    if spec[0] in "[{":
        try:
            data = json.loads(spec)
        except json.JSONDecodeError as exc:
            raise FaultSpecError(f"invalid JSON fault spec: {exc}") from exc
        return [rule_from_mapping(d) for d in (data if isinstance(data, list) else [data])]
    return [_compact_rule(part) for part in spec.split(";") if part.strip()]
