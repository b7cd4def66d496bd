"""Rendering in a real browser: the ``NEWSCRAWL_RENDER`` switch and the render requests.

``NEWSCRAWL_RENDER`` is ``never`` (the default), ``auto`` or ``always`` (set with ``-s``,
in a spider's ``custom_settings``, or by a site profile's ``render``). The
:class:`RenderMode` step (run by :class:`newscrawl.Addon`) reads it once the command line and
the spider's settings are applied; with ``never`` it does nothing and nothing of
playwright is imported. Otherwise it installs :class:`newscrawl.crawl.browser.RenderHandler`
(scrapy-playwright's download handler, time-bounded, restarting the browser after
``NEWSCRAWL_RENDER_RESTART_PAGES`` pages) for http and https, with the system's Chromium
(``NEWSCRAWL_RENDER_BROWSER``, else ``chromium`` found on the PATH), headless and
without its sandbox, the asyncio reactor, caps on open pages and contexts, and images,
fonts and media blocked. Requests without ``meta["playwright"]`` still go through
Scrapy's own HTTP handler.

``always`` renders every article request; ``auto`` renders a page only when its server
HTML gave no article and looks like an app shell (:func:`newscrawl.extract.classify.looks_like_app_shell`):
the spider asks again with :func:`render_request`. Rendered pages are extracted by the
same ``extract_article``; their rows carry ``sources["rendered"]`` (the reason), the stats
count ``newscrawl/render/<requested|rendered|failed>/<reason>``, and a render that fails
or times out is a recorded failure of stage ``render``.
"""

from __future__ import annotations

import shutil

MODES = ("never", "auto", "always")
HANDLER = "newscrawl.crawl.browser.RenderHandler"
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
#: Resource types the browser does not load (the text never needs them).
BLOCKED_RESOURCES = frozenset({"image", "font", "media"})
#: Browser names looked up on the PATH when NEWSCRAWL_RENDER_BROWSER is empty.
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
#: The meta key that marks a render request, with its reason.
META_REASON = "newscrawl_render"


class RenderSetupError(RuntimeError):
    """Rendering was asked for but cannot run here (no browser, no scrapy-playwright)."""


def render_mode(settings) -> str:
    """``never``, ``auto`` or ``always`` from NEWSCRAWL_RENDER (ValueError otherwise)."""
    value = str(settings.get("NEWSCRAWL_RENDER") or "").strip().lower()
    if value in ("", "none", "0", "false", "off", "no"):  # unset or switched off
        value = "never"
    if value not in MODES:
        raise ValueError(f"NEWSCRAWL_RENDER must be one of {', '.join(MODES)}, not {value!r}")
    return value


def browser_executable(settings) -> str:
    """The Chromium to render with: NEWSCRAWL_RENDER_BROWSER, else one on the PATH."""
    configured = str(settings.get("NEWSCRAWL_RENDER_BROWSER") or "").strip()
    if configured:
        found = shutil.which(configured)
        if not found:
            raise RenderSetupError(f"NEWSCRAWL_RENDER_BROWSER={configured!r} is not an executable")
        return found
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise RenderSetupError("NEWSCRAWL_RENDER needs Chromium: install it (Debian: apt-get install "
                           "chromium) or name it with NEWSCRAWL_RENDER_BROWSER")


def blocked_resource(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: True for images, fonts and media."""
    return request.resource_type in BLOCKED_RESOURCES


class RenderMode:
    """Add-on: switch the browser on when NEWSCRAWL_RENDER is ``auto`` or ``always``."""

    def update_settings(self, settings) -> None:
        if render_mode(settings) == "never":
            return
        import importlib.util

        if importlib.util.find_spec("scrapy_playwright") is None:
            raise RenderSetupError("NEWSCRAWL_RENDER needs scrapy-playwright: pip install -e '.[render]'")
        executable = browser_executable(settings)
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
        handlers.update({"http": HANDLER, "https": HANDLER})
        timeout = settings.getfloat("NEWSCRAWL_RENDER_TIMEOUT")
        for name, value in {
            "DOWNLOAD_HANDLERS": handlers,
            "TWISTED_REACTOR": ASYNCIO_REACTOR,
            "PLAYWRIGHT_BROWSER_TYPE": "chromium",
            "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": executable, "headless": True,
                                          "args": ["--no-sandbox", "--disable-dev-shm-usage"]},
            "PLAYWRIGHT_MAX_CONTEXTS": settings.getint("NEWSCRAWL_RENDER_CONTEXTS"),
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": settings.getint("NEWSCRAWL_RENDER_PAGES"),
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(timeout * 1000),
            "PLAYWRIGHT_ABORT_REQUEST": "newscrawl.crawl.rendering.blocked_resource",
        }.items():
            settings.set(name, value, priority="addon")


def render_meta(reason: str) -> dict:
    """The request meta that has a page rendered (and says why)."""
    return {"playwright": True, META_REASON: reason, "newscrawl_stage": "render",
            # the page's own scripts may fetch the story after the load event
            "playwright_page_goto_kwargs": {"wait_until": "networkidle"}}


def render_request(request, reason: str):
    """The same request again, to be rendered in the browser (newscrawl's own meta kept,
    Scrapy's internal keys left behind)."""
    meta = {key: value for key, value in request.meta.items() if key.startswith("newscrawl_")}
    return request.replace(dont_filter=True, meta={**meta, **render_meta(reason)})


def render_reason(response) -> str | None:
    """Why this response was rendered, or None when it came from the plain downloader."""
    return response.meta.get(META_REASON) if "playwright" in (response.flags or ()) or \
        response.meta.get("playwright") else None


__all__ = ["MODES", "RenderMode", "RenderSetupError", "blocked_resource", "browser_executable",
           "render_meta", "render_mode", "render_reason", "render_request"]
