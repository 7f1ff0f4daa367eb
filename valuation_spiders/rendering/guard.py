"""What the browser may load: no images, media or fonts (text is what the crawl reads), and, unless
``ALLOW_PRIVATE_NETWORKS`` is on, nothing but public http(s).

A page's scripts, frames and redirects choose their own URLs, and Chromium resolves names itself, so
the crawl's guarded resolver never sees them. Two checks stand in for it, both on this policy:
``should_abort`` (scrapy-playwright's ``abort_request``) refuses non-http(s) schemes and heavy
resources before they leave the page, and :mod:`valuation_spiders.rendering.proxy`, through which
Chromium makes every connection, resolves each host itself (``RESOLVE_OVERRIDES`` first, as the
crawl does) and connects only to an address this policy allows. The proxy is what covers redirects
(Playwright's routing never sees them), WebSockets, workers and DNS answers that change.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from urllib.parse import urlsplit

from valuation_spiders.network.addresses import ALLOWED_SCHEMES, blocked_reason

__all__ = ["ABORTED_RESOURCE_TYPES", "BrowserRequestGuard", "pinned_address", "scheme_block_reason"]

ABORTED_RESOURCE_TYPES = ("image", "media", "font")
# the browser's own URLs that never reach the network
_LOCAL_SCHEMES = ("data", "blob", "about")
_WEBSOCKET_SCHEMES = {"ws": "http", "wss": "https"}

Resolve = Callable[[str], Awaitable[list[str]]]


def pinned_address(overrides: Mapping[str, str], host: str) -> str | None:
    """The address ``RESOLVE_OVERRIDES`` pins ``host`` to (exact name, then ``*.suffix``, then ``*``)."""
    name = host.lower().rstrip(".")
    if name in overrides:
        return overrides[name]
    parts = name.split(".")
    for i in range(1, len(parts)):
        wildcard = "*." + ".".join(parts[i:])
        if wildcard in overrides:
            return overrides[wildcard]
    return overrides.get("*")


def scheme_block_reason(url: str) -> str | None:
    """Why a browser request must not be made for its scheme alone, or None."""
    scheme = urlsplit(url).scheme.lower()
    scheme = _WEBSOCKET_SCHEMES.get(scheme, scheme)
    if scheme in ALLOWED_SCHEMES or scheme in _LOCAL_SCHEMES:
        return None
    return f"blocked: scheme {scheme!r} is not http or https"


async def system_resolve(host: str) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def _literal(host: str) -> str | None:
    candidate = host.strip("[]")
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return None
    return candidate


class BrowserRequestGuard:
    """The network policy of the browser: which requests are aborted, which addresses reached."""

    CACHE_SIZE = 4096
    CACHE_TTL = 60.0  # seconds

    def __init__(
        self,
        *,
        allow_private: bool,
        overrides: Mapping[str, str] | None = None,
        aborted_types: Iterable[str] = ABORTED_RESOURCE_TYPES,
        resolve: Resolve | None = None,
        address_reason: Callable[[str], str | None] = blocked_reason,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.allow_private = allow_private
        self.overrides = {str(k).lower(): str(v) for k, v in (overrides or {}).items()}
        self.aborted_types = frozenset(t.lower() for t in aborted_types)
        self._resolve = resolve or system_resolve
        self._address_reason = address_reason
        self._clock = clock
        self._hosts: OrderedDict[str, tuple[list[str], str | None, float]] = OrderedDict()
        self.blocked = 0  # requests and connections refused by the address policy
        self.on_blocked: Callable[[str], None] | None = None  # e.g. a stats counter

    async def lookup(self, host: str) -> tuple[list[str], str | None]:
        """(addresses to connect to, None) or ([], why not). Every address must be allowed: a name
        that also points inside the network is refused whole."""
        host = host.lower().rstrip(".")
        if not host:
            return [], "blocked: no host"
        literal = _literal(host)
        if literal is not None:
            reason = None if self.allow_private else self._address_reason(literal)
            return ([], reason) if reason else ([literal], None)
        now = self._clock()
        cached = self._hosts.get(host)
        if cached is not None and cached[2] > now:
            self._hosts.move_to_end(host)
            return cached[0], cached[1]
        pinned = pinned_address(self.overrides, host)
        reason = None
        if pinned:
            addresses = [pinned.strip("[]")]
        else:
            try:
                addresses = await self._resolve(host)
            except Exception as exc:  # gaierror, a bad name (UnicodeError), a timeout: no address
                addresses, reason = [], f"cannot resolve {host} ({exc.__class__.__name__})"
            if not addresses and reason is None:
                reason = f"{host} has no address"
        if not self.allow_private:
            for address in addresses:
                why = self._address_reason(address)
                if why:
                    reason = f"{why} (resolved from {host})"
                    break
        if reason:
            addresses = []
        self._hosts[host] = (addresses, reason, now + self.CACHE_TTL)
        if len(self._hosts) > self.CACHE_SIZE:
            self._hosts.popitem(last=False)
        return addresses, reason

    async def host_block_reason(self, host: str) -> str | None:
        """Why connections to ``host`` are refused (a private address), or None. A name that does
        not resolve is not refused here: it fails on its own, as it would without the browser."""
        if self.allow_private:
            return None
        addresses, reason = await self.lookup(host)
        if reason and reason.startswith("blocked:"):
            return reason
        return None

    async def url_block_reason(self, url: str) -> str | None:
        """Why the browser must not request ``url`` (SSRF), or None."""
        reason = scheme_block_reason(url)
        if reason or self.allow_private:
            return reason
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:
            return "blocked: malformed URL"
        if parts.scheme.lower() in _LOCAL_SCHEMES:
            return None
        return await self.host_block_reason(host)

    async def should_abort(self, request, *, check_address: bool = True) -> bool:
        """``PLAYWRIGHT_ABORT_REQUEST``: True for heavy resources and for requests the crawl may not make.

        ``check_address=False`` leaves addresses to the proxy (schemes are still checked here)."""
        if request.resource_type in self.aborted_types:
            return True
        if not check_address:
            reason = scheme_block_reason(request.url)
        else:
            reason = await self.url_block_reason(request.url)
        if reason:
            self.note_blocked(reason)
            return True
        return False

    def note_blocked(self, reason: str) -> None:
        self.blocked += 1
        if self.on_blocked is not None:
            self.on_blocked(reason)
