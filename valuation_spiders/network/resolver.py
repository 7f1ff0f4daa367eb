"""DNS for the crawl: pinned host overrides (like curl --resolve) and the SSRF guard.

Checking the address here, where the connection's address is decided, means a hostname that
resolves to a private address is refused however the URL reached the crawl (cell or redirect),
and a second lookup cannot answer differently (DNS rebinding).
"""

from __future__ import annotations

from collections import OrderedDict

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

from valuation_spiders.network.addresses import blocked_reason


class BlockedAddressError(DNSLookupError):
    """The host resolves to an address the crawl must not reach."""


# Twisted's HostnameEndpoint turns any failed lookup into its own "no results" DNSLookupError, so
# the reason would be lost on the way to the errback: it is kept here, per host name, for the
# spider (to record it) and the retry middleware (not to retry it).
_BLOCKED_HOSTS: OrderedDict[str, str] = OrderedDict()
_BLOCKED_HOSTS_MAX = 10_000


def blocked_host_reason(host: str | None) -> str | None:
    """Why the guard refused ``host`` in this process, or None."""
    return _BLOCKED_HOSTS.get((host or "").lower().rstrip("."))


def _remember_block(host: str, reason: str) -> None:
    key = host.lower().rstrip(".")
    _BLOCKED_HOSTS[key] = reason
    _BLOCKED_HOSTS.move_to_end(key)
    while len(_BLOCKED_HOSTS) > _BLOCKED_HOSTS_MAX:
        _BLOCKED_HOSTS.popitem(last=False)


def _forget_block(host: str) -> None:
    _BLOCKED_HOSTS.pop(host.lower().rstrip("."), None)


def refuse_blocked(address: str, name: str, allow_private: bool) -> None:
    """Raise :class:`BlockedAddressError` when the guard refuses ``address`` (``name`` resolved to
    it), remembering why for ``blocked_host_reason``."""
    if allow_private:
        return
    reason = blocked_reason(address)
    if reason:
        reason = f"{reason} (resolved from {name})"
        _remember_block(name, reason)
        raise BlockedAddressError(reason)


def pinned_address(overrides: dict[str, str], name: str) -> str | None:
    """The address ``RESOLVE_OVERRIDES`` (lower-cased keys) pins ``name`` to: the name itself,
    then ``*.parent`` wildcards from the nearest, then ``*``; None if not pinned."""
    name = name.lower().rstrip(".")
    if name in overrides:
        return overrides[name]
    parts = name.split(".")
    for i in range(1, len(parts)):
        wildcard = "*." + ".".join(parts[i:])
        if wildcard in overrides:
            return overrides[wildcard]
    return overrides.get("*")


class GuardedResolver(CachingThreadedResolver):
    def __init__(self, reactor, cache_size, timeout, *, overrides=None, allow_private=False):
        super().__init__(reactor, cache_size, timeout)
        self.overrides = {k.lower(): v for k, v in (overrides or {}).items()}
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(
            reactor,
            cache_size,
            settings.getfloat("DNS_TIMEOUT"),
            overrides=settings.getdict("RESOLVE_OVERRIDES"),
            allow_private=settings.getbool("ALLOW_PRIVATE_NETWORKS"),
        )

    def _override(self, name: str) -> str | None:
        return pinned_address(self.overrides, name)

    def getHostByName(self, name, timeout=()):
        pinned = self._override(name)
        d = defer.succeed(pinned) if pinned else super().getHostByName(name, timeout)
        return d.addCallback(self._check, name)

    def _check(self, address: str, name: str) -> str:
        refuse_blocked(address, name, self.allow_private)
        _forget_block(name)
        return address
