"""Refuse URLs the crawl must not fetch before they reach the network: schemes other than http(s)
and IP-literal hosts in private ranges. Hostnames are checked by ``network.resolver``."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

from valuation_spiders.network.addresses import ALLOWED_SCHEMES, blocked_reason, legacy_ipv4


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
            host = parts.hostname or ""
            reason = blocked_reason(host)
            legacy = None if reason else legacy_ipv4(host)
            if legacy is not None and blocked_reason(legacy):
                # "http://2130706433/" is 127.0.0.1 to the system resolver (aiohttp refuses it
                # outright, Twisted resolves it): refused here, the same for both clients
                reason = f"{blocked_reason(legacy)} (resolved from {host})"
        if reason:
            self.stats.inc_value("valuation/blocked_requests")
            raise BlockedRequest(reason)
        return None
