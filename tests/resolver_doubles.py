"""Resolver test doubles for the SSRF guard, one per HTTP client (``TWISTED_DNS_RESOLVER``,
``AIOHTTP_RESOLVER``). The site farm is on loopback, so a name that must pass the guard is listed:

- ``SSRF_TEST_PUBLIC_HOSTS``: names treated as public on every lookup (every other name, and every
  redirect target, gets the real guard);
- ``SSRF_TEST_PUBLIC_ONCE``: names treated as public on their first lookup only (DNS rebinding:
  every later lookup, a fallback's included, gets the real guard).
"""

from __future__ import annotations

from valuation_spiders.network.aiohttp_handler import GuardedAiohttpResolver
from valuation_spiders.network.resolver import GuardedResolver


class _ListedNames:
    def _read_listed(self, settings) -> None:
        self.public = {h.lower() for h in settings.getlist("SSRF_TEST_PUBLIC_HOSTS")}
        self.public_once = {h.lower() for h in settings.getlist("SSRF_TEST_PUBLIC_ONCE")}

    def _listed(self, name: str) -> bool:
        key = name.lower().rstrip(".")
        if key in self.public_once:
            self.public_once.discard(key)
            return True
        return key in self.public


class ListedNamesResolver(_ListedNames, GuardedResolver):
    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver._read_listed(crawler.settings)
        return resolver

    def _check(self, address: str, name: str) -> str:
        return address if self._listed(name) else super()._check(address, name)


class ListedNamesAiohttpResolver(_ListedNames, GuardedAiohttpResolver):
    @classmethod
    def from_crawler(cls, crawler):
        resolver = super().from_crawler(crawler)
        resolver._read_listed(crawler.settings)
        return resolver

    def _check(self, address: str, name: str) -> None:
        if not self._listed(name):
            super()._check(address, name)


# the settings that install both doubles
RESOLVER_DOUBLES = {
    "TWISTED_DNS_RESOLVER": "tests.resolver_doubles.ListedNamesResolver",
    "AIOHTTP_RESOLVER": "tests.resolver_doubles.ListedNamesAiohttpResolver",
}
