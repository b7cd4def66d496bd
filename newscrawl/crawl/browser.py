"""The browser download handler: scrapy-playwright's, with a time bound and restarts.

Imported only when ``NEWSCRAWL_RENDER`` is ``auto`` or ``always`` (see
:mod:`newscrawl.crawl.rendering`). Each render is bounded by ``NEWSCRAWL_RENDER_TIMEOUT``
seconds as a whole (navigation, the page's scripts, reading the DOM); a render that
takes longer fails with :class:`RenderTimeout`, which the spider records as a failure.
At most ``NEWSCRAWL_RENDER_PAGES`` x ``NEWSCRAWL_RENDER_CONTEXTS`` renders run at once
(the others wait their turn before the clock starts). After
``NEWSCRAWL_RENDER_RESTART_PAGES`` rendered pages, new renders wait until the open ones
are done, the browser is closed, and the next render launches a fresh one, so a long
crawl's browser does not grow.
"""

from __future__ import annotations

import asyncio
import logging

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from newscrawl.stats import BROWSER_RESTARTS

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
        self.restart_due = False
        #: Renders under way at most (the pages the contexts may hold): the others wait
        #: here, so a due restart is reached and the time bound counts rendering only.
        self.max_in_flight = max(1, settings.getint("NEWSCRAWL_RENDER_PAGES")
                                 * max(1, settings.getint("NEWSCRAWL_RENDER_CONTEXTS")))
        self._admission: asyncio.Condition | None = None

    async def _download_request(self, request, spider=None):
        if self._admission is None:
            self._admission = asyncio.Condition()
        async with self._admission:
            # A restart is due: new renders wait until the open ones are done.
            await self._admission.wait_for(lambda: self.in_flight < self.max_in_flight
                                           and not (self.restart_due and self.in_flight))
            if self.restart_due:
                await self._restart()
            self.in_flight += 1
        try:
            return await asyncio.wait_for(super()._download_request(request, spider),
                                          self.render_timeout)
        except asyncio.TimeoutError:
            raise RenderTimeout(f"rendering took longer than {self.render_timeout:g} s") from None
        finally:
            async with self._admission:
                self.in_flight -= 1
                self.rendered_since_restart += 1
                if 0 < self.restart_pages <= self.rendered_since_restart:
                    self.restart_due = True
                self._admission.notify_all()

    async def _restart(self) -> None:
        """Close the browser (no page is open); the next render launches a fresh one."""
        self.restart_due = False
        self.rendered_since_restart = 0
        if not hasattr(self, "browser"):
            return
        self.stats.inc_value(BROWSER_RESTARTS)
        log.info("restarting the browser after %d rendered pages", self.restart_pages)
        browser = self.browser
        try:
            await browser.close()
        except Exception:
            log.warning("closing the browser failed", exc_info=True)
        # the disconnect callback forgets the browser and its contexts; make sure of it
        for _ in range(50):
            if not hasattr(self, "browser") or self.browser is not browser:
                break
            await asyncio.sleep(0.01)
        else:
            self.context_wrappers.clear()
            if getattr(self, "browser", None) is browser:
                del self.browser
