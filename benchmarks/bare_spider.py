"""The baseline: a bare Scrapy spider that only fetches the benchmark URLs, with Scrapy's defaults.

Run outside the project directory (``scrapy runspider``) so no project setting applies, with
``-s TWISTED_DNS_RESOLVER=bare_spider.LoopbackResolver`` (the resolver is installed per process,
before a spider's custom settings are read).
"""

from __future__ import annotations

import re

import scrapy
from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


class LoopbackResolver(CachingThreadedResolver):
    """Every benchmark host is on loopback: ``c00042.g3.bench-portfolio.com`` is 127.0.0.4 (group
    3 + 1). The companies crawl gets the same from its RESOLVE_OVERRIDES setting, so neither pays
    for DNS."""

    def getHostByName(self, name, timeout=()):
        group = re.search(r"\.g(\d+)\.", name)
        return defer.succeed(f"127.0.0.{int(group.group(1)) + 1}" if group else "127.0.0.1")


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls: str = "", **kwargs):
        super().__init__(**kwargs)
        self.urls_file = urls

    async def start(self):
        with open(self.urls_file, encoding="utf-8") as fh:
            for line in fh:
                url = line.strip()
                if url:
                    yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response):
        return None


def _loopback_address(name: str) -> str:
    group = re.search(r"\.g(\d+)\.", name)
    return f"127.0.0.{int(group.group(1)) + 1}" if group else "127.0.0.1"


try:  # Scrapy 2.19's experimental aiohttp handler, with the same loopback resolution
    import socket

    import aiohttp
    from aiohttp.abc import AbstractResolver
    from scrapy.core.downloader.handlers._aiohttp import AiohttpDownloadHandler, _ClientResponse
    from scrapy.core.downloader.handlers._base_streaming import BaseStreamingDownloadHandler
    from scrapy.utils.ssl import _make_ssl_context

    class _AioLoopbackResolver(AbstractResolver):
        async def resolve(self, host, port=0, family=socket.AF_INET):
            return [{"hostname": host, "host": _loopback_address(host), "port": port, "family": socket.AF_INET,
                     "proto": 0, "flags": socket.AI_NUMERICHOST}]

        async def close(self):
            pass

    class LoopbackAiohttpHandler(AiohttpDownloadHandler):
        """``-s DOWNLOAD_HANDLERS={"http": "bare_spider.LoopbackAiohttpHandler"}``"""

        def __init__(self, crawler):
            BaseStreamingDownloadHandler.__init__(self, crawler)
            self._ssl_context = _make_ssl_context(crawler.settings)
            connector = aiohttp.TCPConnector(limit=self._pool_size_total, limit_per_host=self._pool_size_per_host,
                                             resolver=_AioLoopbackResolver())
            self._session = aiohttp.ClientSession(
                connector=connector, cookie_jar=aiohttp.DummyCookieJar(), auto_decompress=False,
                response_class=_ClientResponse,
                skip_auto_headers=("Accept", "Accept-Encoding", "Content-Type", "User-Agent"),
            )
except ImportError:  # pragma: no cover - aiohttp is optional for the bare spider
    pass
