"""scrapy-playwright's download handler, set up for this crawl.

Plain requests go through aiohttp (:mod:`valuation_spiders.network.aiohttp_handler`, the default
``DOWNLOAD_CLIENT``) or Scrapy's Twisted HTTP/1.1 handler (``DOWNLOAD_CLIENT = "twisted"``);
requests with ``meta["playwright"]`` (set only by :mod:`valuation_spiders.middlewares.render`) are
rendered in Chromium. On top of scrapy-playwright this handler:

- launches the browser discovered by :func:`~valuation_spiders.rendering.browser.find_browser`, with
  ``RESOLVE_OVERRIDES`` applied to every name the browser uses (by the proxy below, or by Chromium's
  own resolver when private networks are allowed and there is no proxy);
- starts Playwright on the first rendered page only, so a crawl that renders nothing never starts it;
- is one instance for ``http`` and ``https`` (one browser, not one per scheme);
- aborts images, media and fonts, and, unless ``ALLOW_PRIVATE_NETWORKS``, runs every connection of
  the browser through :class:`~valuation_spiders.rendering.proxy.GuardProxy`, which reaches public
  addresses only (:mod:`valuation_spiders.rendering.guard` says why it takes a proxy);
- blocks service workers (their requests would bypass the page's routing);
- gives every page a hard deadline (``RENDER_PAGE_TIMEOUT``) and closes it whatever happens, so a
  page stuck in a script loop cannot hold a page slot or its renderer's memory;
- keeps at most ``PLAYWRIGHT_MAX_PAGES_PER_CONTEXT`` pages open in all, and replaces the browser
  context every ``RENDER_PAGES_PER_CONTEXT`` pages (the old one is closed once its last page is), so
  what a context accumulates (cookies, storage of every site visited) cannot grow with the crawl.

It overrides a few private methods of scrapy-playwright 0.0.48 (pinned in requirements.txt):
``_launch``, ``_create_browser_context``, ``_download_request_with_page``.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import Counter
from contextlib import suppress
from typing import Any

from scrapy.crawler import Crawler
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from valuation_spiders.network.aiohttp_handler import GuardedAiohttpDownloadHandler
from valuation_spiders.network.limits import raise_open_files_limit
from valuation_spiders.rendering.browser import chromium_args, find_browser
from valuation_spiders.rendering.guard import BrowserRequestGuard
from valuation_spiders.rendering.proxy import GuardProxy

logger = logging.getLogger(__name__)

__all__ = ["BrowserDownloadHandler", "RenderTimeout"]

# Not a TimeoutError: Scrapy's RetryMiddleware retries OSErrors, and a page that hung once is
# better recorded from its plain fetch than rendered three times.
class RenderTimeout(Exception):
    pass


_HANDLERS: weakref.WeakKeyDictionary[Crawler, BrowserDownloadHandler] = weakref.WeakKeyDictionary()

DEFAULT_CONTEXT_KWARGS: dict[str, Any] = {
    "service_workers": "block",
    "viewport": {"width": 1280, "height": 800},
    "accept_downloads": False,
}
_CLOSE_TIMEOUT = 10.0


def remote_browser(settings) -> bool:
    return bool(settings.get("PLAYWRIGHT_CDP_URL") or settings.get("PLAYWRIGHT_CONNECT_URL"))


class BrowserDownloadHandler(ScrapyPlaywrightDownloadHandler):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserDownloadHandler:
        # DOWNLOAD_HANDLERS builds one handler per scheme; share one (and one browser) per crawl
        handler = _HANDLERS.get(crawler)
        if handler is None:
            handler = _HANDLERS[crawler] = cls(crawler)
        return handler

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        # A portfolio crawl visits each company's host for a few seconds, then never again: idle
        # keep-alive connections are closed after this, not Twisted's 240 s, so sockets and their
        # memory do not pile up per host over a crawl of thousands (a company's URLs are fetched together).
        self._pool.cachedConnectionTimeout = settings.getfloat("DOWNLOAD_IDLE_CONNECTION_TIMEOUT", 5.0)
        raise_open_files_limit()
        client = (settings.get("DOWNLOAD_CLIENT") or "aiohttp").lower()
        if client not in {"aiohttp", "twisted"}:
            raise ValueError(f"DOWNLOAD_CLIENT must be aiohttp or twisted, not {client!r}")
        # aiohttp: less CPU per page than Twisted's client, with the same resolver rules
        self.plain = GuardedAiohttpDownloadHandler(crawler) if client == "aiohttp" else None
        self.executable = find_browser(settings.get("BROWSER_EXECUTABLE_PATH"))
        self.remote = remote_browser(settings)
        self.guard = BrowserRequestGuard(
            allow_private=settings.getbool("ALLOW_PRIVATE_NETWORKS"),
            overrides=settings.getdict("RESOLVE_OVERRIDES"),
            aborted_types=settings.getlist("RENDER_ABORT_RESOURCE_TYPES", ["image", "media", "font"]),
        )
        self.guard.on_blocked = lambda reason: self.stats.inc_value("valuation/render/blocked_browser_requests")
        # a remote browser connects from elsewhere: only the route checks apply to it
        self.proxy = GuardProxy(self.guard) if not (self.guard.allow_private or self.remote) else None
        if not self.remote:
            options = dict(self.config.launch_options)
            options.setdefault("headless", True)
            if self.executable is not None:
                options.setdefault("executable_path", self.executable.path)
            # behind the proxy Chromium resolves nothing itself; without it, it must be told the pins
            overrides = {} if self.proxy else settings.getdict("RESOLVE_OVERRIDES")
            extra = list(options.get("args") or ())
            if self.proxy:  # WebRTC would otherwise open UDP around the proxy
                extra.append("--force-webrtc-ip-handling-policy=disable_non_proxied_udp")
            options["args"] = chromium_args(overrides, extra=extra)
            self.config.launch_options = options
        self._user_abort = self.abort_request  # PLAYWRIGHT_ABORT_REQUEST, if a user set one
        self.abort_request = self._should_abort
        self.page_timeout = settings.getfloat("RENDER_PAGE_TIMEOUT", 45.0)
        self.pages_per_context = max(1, settings.getint("RENDER_PAGES_PER_CONTEXT", 100))
        self._page_slots = asyncio.Semaphore(self.config.max_pages_per_context)
        self._generations: dict[str, tuple[int, int]] = {}  # base name -> (generation, pages given)
        self._open_pages: Counter[str] = Counter()  # context name -> requests in it now
        self._retired: set[str] = set()  # contexts that get no new page, closed when empty
        self._playwright_started = False
        self._start_lock = asyncio.Lock()
        self._closed = False

    # --- lifecycle --------------------------------------------------------------------------------
    async def _launch(self) -> None:
        """Called by scrapy-playwright when the engine starts: deferred to the first rendered page."""

    async def _start_playwright(self) -> None:
        async with self._start_lock:
            if not self._playwright_started:
                if self.proxy is not None:
                    await self.proxy.start()
                    self.config.launch_options["proxy"] = {"server": self.proxy.url}
                await ScrapyPlaywrightDownloadHandler._launch(self)
                self._playwright_started = True

    async def download_request(self, request):
        if self.plain is not None and not request.meta.get("playwright"):
            return await self.plain.download_request(request)
        return await super().download_request(request)

    async def close(self) -> None:
        if self._closed:  # registered for http and https: closed twice
            return
        self._closed = True
        if self.plain is not None:
            await self.plain.close()
        await super().close()
        if self.proxy is not None:
            await self.proxy.close()

    # --- rendering --------------------------------------------------------------------------------
    async def _download_request(self, request, spider=None):
        await self._start_playwright()
        async with self._page_slots:
            name = self._context_for_next_page(request.meta.get("playwright_context") or "default")
            request.meta["playwright_context"] = name
            self._open_pages[name] += 1
            try:
                return await super()._download_request(request, spider)
            finally:
                self._open_pages[name] -= 1
                await self._close_if_retired(name)

    def _context_for_next_page(self, base: str) -> str:
        generation, given = self._generations.get(base, (0, 0))
        if given >= self.pages_per_context:
            retired = f"{base}-{generation}"
            generation, given = generation + 1, 0
            self._generations[base] = (generation, given)
            self.stats.inc_value("valuation/render/contexts_recycled")
            self._retired.add(retired)
        self._generations[base] = (generation, given + 1)
        return f"{base}-{generation}"

    async def _close_if_retired(self, name: str) -> None:
        if name not in self._retired or self._open_pages[name] > 0:
            return
        self._retired.discard(name)
        del self._open_pages[name]
        wrapper = self.context_wrappers.get(name)
        if wrapper is not None:
            with suppress(Exception):
                await asyncio.wait_for(wrapper.context.close(), _CLOSE_TIMEOUT)

    async def _create_browser_context(self, name, context_kwargs, spider=None):
        kwargs = {**DEFAULT_CONTEXT_KWARGS, **(context_kwargs or {})}
        return await super()._create_browser_context(name=name, context_kwargs=kwargs, spider=spider)

    async def _download_request_with_page(self, request, page, spider):
        try:
            return await asyncio.wait_for(
                super()._download_request_with_page(request, page, spider), self.page_timeout
            )
        except TimeoutError:
            self.stats.inc_value("valuation/render/page_timeouts")
            raise RenderTimeout(f"page not done after {self.page_timeout:g}s") from None
        finally:
            # scrapy-playwright closes pages on the paths it knows; this covers the others
            # (a timeout, a cancelled download), so a page slot is never lost
            if not request.meta.get("playwright_include_page"):
                await self._close_page(page)

    async def _close_page(self, page) -> None:
        if page.is_closed():
            return
        with suppress(Exception):
            await asyncio.wait_for(page.close(), _CLOSE_TIMEOUT)
            self.stats.inc_value("playwright/page_count/closed")

    async def _should_abort(self, playwright_request) -> bool:
        # behind the proxy a page's own navigation is refused there, at once; aborted here it
        # would be taken for a download and waited on (PLAYWRIGHT_DOWNLOAD_TIMEOUT)
        check_address = self.proxy is None or not playwright_request.is_navigation_request()
        if await self.guard.should_abort(playwright_request, check_address=check_address):
            return True
        if self._user_abort is not None:
            result = self._user_abort(playwright_request)
            if asyncio.iscoroutine(result):
                result = await result
            return bool(result)
        return False
