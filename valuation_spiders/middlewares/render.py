"""Send the company URLs that need a browser through Chromium, and only those.

- ``render=never``: off (``NotConfigured``).
- ``render=always``, or a company whose render checkbox is ticked: the request goes to the browser
  directly; if the browser fails, the URL is fetched plainly instead.
- ``render=auto``: the plain response is checked by :func:`render_after_fetch`; an app shell is
  fetched again through the browser, and the rendered response replaces the plain one. The browser
  fetch happens inside this middleware (``engine.download_async``), so the spider still sees one
  response, hence one item, per URL; if the browser fails, the plain response goes on.

The response's meta says what happened: ``rendered`` (True only for a page the browser produced),
``render_reason`` (why it was, or why it was needed and not done), ``screenshot`` (PNG of a rendered
homepage with ``RENDER_SCREENSHOTS``). The spider copies them into the item.

When a page needs a browser and none exists, one warning line says so, once per crawl, and those
URLs keep their plain response with a ``render_reason`` ending in "no browser found".
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from valuation_spiders.pipelines.analysis_pool import PageAnalyser
from valuation_spiders.rendering.browser import find_browser, no_browser_hint
from valuation_spiders.rendering.decide import RENDER_MODES, render_after_fetch, render_before_fetch
from valuation_spiders.rendering.handler import remote_browser
from valuation_spiders.rendering.page import settle

logger = logging.getLogger(__name__)

CONTEXT_NAME = "render"
REASON_MAX = 200  # website_snapshots.render_reason is VARCHAR(200)
# "first": sent to the browser instead of a plain fetch; "after-plain": re-fetched after an app
# shell; "plain": already decided, fetch or keep plainly
VIA_KEY = "render_via"
FAILURES_LOGGED = 5


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc.__class__.__name__}: {text}"[:120] if text else exc.__class__.__name__


def _clip(reason: str) -> str:
    return reason if len(reason) <= REASON_MAX else reason[: REASON_MAX - 1] + "…"


class RenderMiddleware:
    def __init__(self, crawler, mode: str):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.mode = mode
        self.explicit_path = settings.get("BROWSER_EXECUTABLE_PATH")
        self.browser = find_browser(self.explicit_path)
        self.has_browser = self.browser is not None or remote_browser(settings)
        self.screenshots = settings.getbool("RENDER_SCREENSHOTS")
        self.settle_ms = max(0, round(settings.getfloat("RENDER_SETTLE_TIMEOUT", 2.0) * 1000))
        self.screenshot_timeout_ms = round(settings.getfloat("RENDER_PAGE_TIMEOUT", 45.0) * 1000 / 3)
        self._warned_no_browser = False
        self.analyser = PageAnalyser.for_crawler(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        spider = crawler.spider
        mode = getattr(spider, "render_mode", None) or crawler.settings.get("RENDER_MODE") or "auto"
        if mode not in RENDER_MODES:
            raise ValueError(f"RENDER_MODE={mode!r}: expected one of {', '.join(RENDER_MODES)}")
        if mode == "never":
            raise NotConfigured  # no message: Scrapy would log a warning for a normal choice
        middleware = cls(crawler, mode)
        if middleware.has_browser:
            where = middleware.browser.path if middleware.browser else "remote browser"
            logger.info("Rendering: render=%s, browser %s", mode, where)
        return middleware

    # --- before the fetch -------------------------------------------------------------------------
    def process_request(self, request: Request) -> None:
        meta = request.meta
        company = meta.get("company")
        if company is None or VIA_KEY in meta or meta.get("playwright"):
            return None
        first, reason = render_before_fetch(self.mode, getattr(company, "render", None))
        if not first:
            return None
        self.stats.inc_value("valuation/render/needed")
        if not self.has_browser:
            self._no_browser(request, reason)
            meta[VIA_KEY] = "plain"
            return None
        # a private address is refused by the browser's proxy, and then by the plain fetch's guard
        meta.update(self._browser_meta(meta, reason, via="first"))
        return None

    # --- after the fetch --------------------------------------------------------------------------
    async def process_response(self, request: Request, response: Response) -> Response:
        meta = request.meta
        if meta.get("playwright") and VIA_KEY in meta:
            return self._rendered(request, response)
        if self.mode != "auto" or meta.get("company") is None or VIA_KEY in meta:
            return response
        company = meta["company"]
        # the worker keeps the parse for the page's analysis: each page is parsed once
        render, reason = await self.analyser.run(
            render_after_fetch,
            self.mode,
            getattr(company, "render", None),
            response.status,
            (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None,
            response.body,
            getattr(response, "encoding", None),
        )
        if not render:
            return response
        self.stats.inc_value("valuation/render/needed")
        meta[VIA_KEY] = "plain"
        if not self.has_browser:
            self._no_browser(request, reason)
            return response
        browser_request = request.replace(
            url=response.url, meta=self._browser_meta(meta, reason, via="after-plain"), dont_filter=True
        )
        try:
            rendered = await self.crawler.engine.download_async(browser_request)
        except Exception as exc:  # whatever the browser did, the plain response is still good
            return self._keep_plain(request, response, reason, f"browser failed: {_short(exc)}")
        if rendered.status >= 400:  # the plain fetch got 2xx: a bot wall, not the page
            return self._keep_plain(request, response, reason, f"browser got HTTP {rendered.status}")
        return rendered

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        meta = request.meta
        if meta.get(VIA_KEY) != "first" or not meta.get("playwright"):
            return None  # "after-plain" failures are handled where the browser fetch is awaited
        if isinstance(exception, IgnoreRequest):
            return None
        reason = meta.get("render_reason") or ""
        self._failed(request.url, f"browser failed: {_short(exception)}; fetching it without a browser")
        plain_meta = {k: v for k, v in meta.items() if not k.startswith("playwright")}
        plain_meta.update(
            {VIA_KEY: "plain", "rendered": False,
             "render_reason": _clip(f"{reason}; browser failed: {_short(exception)}")}
        )
        return request.replace(meta=plain_meta, dont_filter=True)

    # --- helpers ----------------------------------------------------------------------------------
    def _browser_meta(self, meta: dict[str, Any], reason: str, *, via: str) -> dict[str, Any]:
        browser_meta = {k: v for k, v in meta.items() if not k.startswith("playwright")}
        methods = [PageMethod(settle, self.settle_ms)]
        target = meta.get("target")
        if self.screenshots and getattr(target, "is_homepage", False):
            methods.append(PageMethod("screenshot", type="png", timeout=self.screenshot_timeout_ms))
        browser_meta.update(
            {
                "playwright": True,
                "playwright_context": CONTEXT_NAME,
                "playwright_page_methods": methods,
                VIA_KEY: via,
                "render_reason": _clip(reason),
            }
        )
        return browser_meta

    def _rendered(self, request: Request, response: Response) -> Response:
        meta = request.meta
        methods = meta.pop("playwright_page_methods", None) or []
        for method in methods:
            if method.method == "screenshot" and isinstance(method.result, bytes):
                meta["screenshot"] = method.result
            method.result = None
        meta["rendered"] = True
        self.stats.inc_value("valuation/render/rendered")
        if meta.get(VIA_KEY) == "after-plain":
            self.stats.inc_value("valuation/render/rendered_app_shells")
        return response

    def _failed(self, url: str, why: str) -> None:
        # a broken browser fails every page: say it a few times, then only count it
        failures = self.stats.get_value("valuation/render/failed", 0) + 1
        self.stats.set_value("valuation/render/failed", failures)
        if failures <= FAILURES_LOGGED:
            logger.warning("Rendering %s: %s", url, why)
        if failures == FAILURES_LOGGED:
            logger.warning("Further rendering failures are logged at DEBUG and counted in valuation/render/failed")
        if failures > FAILURES_LOGGED:
            logger.debug("Rendering %s: %s", url, why)

    def _keep_plain(self, request: Request, response: Response, reason: str, why: str) -> Response:
        self._failed(response.url, f"{why}; keeping the plain response")
        request.meta["rendered"] = False
        request.meta["render_reason"] = _clip(f"{reason}; {why}")
        return response

    def _no_browser(self, request: Request, reason: str) -> None:
        self.stats.inc_value("valuation/render/no_browser")
        request.meta["rendered"] = False
        request.meta["render_reason"] = _clip(f"needed: {reason}; no browser found")
        if not self._warned_no_browser:
            self._warned_no_browser = True
            logger.warning(
                "Pages need a browser but none was found: %s; they are stored unrendered "
                "(render_reason 'no browser found'), first: %s",
                no_browser_hint(self.explicit_path),
                request.url,
            )
