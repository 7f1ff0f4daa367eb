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
