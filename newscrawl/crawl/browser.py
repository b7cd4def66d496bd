"""The browser download handler: scrapy-playwright's, with a time bound and restarts.

Imported only when ``NEWSCRAWL_RENDER`` is ``auto`` or ``always`` (see
:mod:`newscrawl.crawl.rendering`). Each render is bounded by ``NEWSCRAWL_RENDER_TIMEOUT``
seconds as a whole (navigation, the page's scripts, reading the DOM); a render that
takes longer fails with :class:`RenderTimeout`, which the spider records as a failure.
After ``NEWSCRAWL_RENDER_RESTART_PAGES`` rendered pages the browser is closed as soon as
no page is open, and the next render launches a fresh one, so a long crawl's browser
does not grow.
"""

from __future__ import annotations

import asyncio
import logging

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

log = logging.getLogger(__name__)


class RenderTimeout(TimeoutError):
    """A page took longer than NEWSCRAWL_RENDER_TIMEOUT seconds to render."""


class RenderHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, each render time-bounded, the browser restarted
    every N pages."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.render_timeout = settings.getfloat("NEWSCRAWL_RENDER_TIMEOUT")
        self.restart_pages = settings.getint("NEWSCRAWL_RENDER_RESTART_PAGES")
        self.rendered_since_restart = 0
        self.in_flight = 0
        self._restart_lock = asyncio.Lock()

    async def _download_request(self, request, spider=None):
        self.in_flight += 1
        try:
            return await asyncio.wait_for(super()._download_request(request, spider),
                                          self.render_timeout)
        except asyncio.TimeoutError:
            raise RenderTimeout(f"rendering took longer than {self.render_timeout:g} s") from None
        finally:
            self.in_flight -= 1
            self.rendered_since_restart += 1
            await self._maybe_restart()

    async def _maybe_restart(self) -> None:
        """Close the browser once it has rendered enough pages and none is open."""
        if self.restart_pages <= 0 or self.rendered_since_restart < self.restart_pages:
            return
        async with self._restart_lock:
            if self.in_flight or not hasattr(self, "browser"):
                return
            self.rendered_since_restart = 0
            self.stats.inc_value("newscrawl/render/browser_restarts")
            log.info("restarting the browser after %d rendered pages", self.restart_pages)
            try:
                await self.browser.close()  # the disconnect callback drops it; the next render relaunches
            except Exception:
                log.warning("closing the browser failed", exc_info=True)
