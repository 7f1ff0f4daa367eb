"""Refuse URLs the crawl must not fetch before they reach the network: schemes other than http(s)
and IP-literal hosts in private ranges. Hostnames are checked by ``network.resolver``."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

from valuation_spiders.network.addresses import ALLOWED_SCHEMES, blocked_reason


class BlockedRequest(IgnoreRequest):
    pass


class SSRFGuardMiddleware:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.getbool("ALLOW_PRIVATE_NETWORKS"):
            raise NotConfigured
        return cls(crawler.stats)

    def process_request(self, request, spider=None):
        parts = urlsplit(request.url)
        if parts.scheme not in ALLOWED_SCHEMES:
            reason = f"blocked: scheme {parts.scheme!r} is not http or https"
        else:
            reason = blocked_reason(parts.hostname or "")
        if reason:
            self.stats.inc_value("valuation/blocked_requests")
            raise BlockedRequest(reason)
        return None
