"""The browser's network policy: what a rendered page may load, and the proxy that enforces it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from valuation_spiders.network.addresses import blocked_reason
from valuation_spiders.rendering.guard import BrowserRequestGuard, pinned_address, scheme_block_reason
from valuation_spiders.rendering.proxy import GuardProxy

PUBLIC = "93.184.216.34"


@dataclass
class FakeRequest:  # the two attributes of a Playwright request the guard reads
    url: str
    resource_type: str = "fetch"


def resolver(table: dict[str, list[str]], calls: list[str] | None = None):
    async def resolve(host: str) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    return resolve


def run(coro):
    return asyncio.run(coro)


def test_pinned_address_follows_resolve_overrides():
    overrides = {"acme.example": "1.1.1.1", "*.shop.example": "2.2.2.2", "*": "3.3.3.3"}
    assert pinned_address(overrides, "ACME.example.") == "1.1.1.1"
    assert pinned_address(overrides, "a.b.shop.example") == "2.2.2.2"
    assert pinned_address(overrides, "shop.example") == "3.3.3.3"
    assert pinned_address({}, "acme.example") is None


@pytest.mark.parametrize(
    ("url", "blocked"),
    [
        ("https://acme.example/", False),
        ("http://acme.example/", False),
        ("wss://acme.example/socket", False),
        ("data:text/plain,hi", False),
        ("blob:https://acme.example/1234", False),
        ("file:///etc/passwd", True),
        ("ftp://acme.example/x", True),
        ("chrome://settings", True),
        ("gopher://acme.example/", True),
    ],
)
def test_scheme_block_reason(url, blocked):
    assert (scheme_block_reason(url) is not None) is blocked


def test_heavy_resources_are_aborted_and_pages_scripts_are_not():
    guard = BrowserRequestGuard(allow_private=True)
    for kind in ("image", "media", "font"):
        assert run(guard.should_abort(FakeRequest("https://acme.example/x", kind))) is True
    for kind in ("document", "script", "stylesheet", "fetch", "xhr"):
        assert run(guard.should_abort(FakeRequest("https://acme.example/x", kind))) is False
    assert run(guard.should_abort(FakeRequest("file:///etc/passwd", "document"))) is True


def test_private_addresses_are_refused_unless_allowed():
    table = {"public.example": [PUBLIC], "intranet.example": ["10.0.0.5"],
             "mixed.example": [PUBLIC, "169.254.169.254"]}
    guard = BrowserRequestGuard(allow_private=False, resolve=resolver(table))

    async def check():
        assert await guard.url_block_reason("https://public.example/a") is None
        reason = await guard.url_block_reason("https://intranet.example/a")
        assert reason == "blocked: private address 10.0.0.5 (resolved from intranet.example)"
        # one private answer is enough: the browser might pick it
        assert "link-local" in await guard.url_block_reason("http://mixed.example/")
        assert "loopback" in await guard.url_block_reason("http://127.0.0.1:8080/admin")
        assert "loopback" in await guard.url_block_reason("http://[::1]/")
        assert await guard.url_block_reason(f"http://{PUBLIC}/") is None
        # a name that does not resolve is not an SSRF: the browser fails on it by itself
        assert await guard.url_block_reason("https://nxdomain.example/") is None
        assert await guard.should_abort(FakeRequest("https://intranet.example/api")) is True
        assert await guard.should_abort(FakeRequest("https://public.example/api")) is False

    run(check())
    assert guard.blocked == 1
    # behind the proxy, addresses are left to it; schemes are still refused here
    assert run(guard.should_abort(FakeRequest("https://intranet.example/"), check_address=False)) is False
    assert run(guard.should_abort(FakeRequest("file:///etc/passwd"), check_address=False)) is True

    allowing = BrowserRequestGuard(allow_private=True, resolve=resolver(table))
    assert run(allowing.url_block_reason("https://intranet.example/")) is None
    assert run(allowing.url_block_reason("http://127.0.0.1/")) is None


def test_resolve_overrides_are_checked_like_the_crawl_does():
    calls: list[str] = []
    guard = BrowserRequestGuard(
        allow_private=False, overrides={"*.corp.example": "10.9.9.9", "cdn.example": PUBLIC},
        resolve=resolver({}, calls),
    )
    assert "10.9.9.9" in run(guard.url_block_reason("https://api.corp.example/"))
    assert run(guard.lookup("cdn.example")) == ([PUBLIC], None)
    assert calls == []  # pinned names are never looked up


def test_lookups_are_cached_for_a_while_and_the_cache_is_bounded():
    calls: list[str] = []
    now = [0.0]
    guard = BrowserRequestGuard(
        allow_private=False, resolve=resolver({f"h{i}.example": [PUBLIC] for i in range(10)}, calls),
        clock=lambda: now[0],
    )
    guard.CACHE_SIZE = 5

    async def lookups():
        for _ in range(3):
            await guard.lookup("h0.example")
        assert calls == ["h0.example"]
        now[0] += guard.CACHE_TTL + 1
        await guard.lookup("h0.example")
        assert calls == ["h0.example", "h0.example"]
        for i in range(10):
            await guard.lookup(f"h{i}.example")

    run(lookups())
    assert len(guard._hosts) == 5


# --- the proxy Chromium connects through ------------------------------------------------------
def _proxy_guard(farm_hosts=("public.test",)):
    """public.test resolves to the farm (127.0.0.1, treated as public here); internal.test is private."""
    table = {host: ["127.0.0.1"] for host in farm_hosts}
    table["internal.test"] = ["127.0.0.1", "10.0.0.5"]
    return BrowserRequestGuard(
        allow_private=False,
        resolve=resolver(table),
        address_reason=lambda a: None if a == "127.0.0.1" else blocked_reason(a),
    )


async def _exchange(port: int, data: bytes, then: bytes = b"") -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    await writer.drain()
    out = b""
    if then:
        out = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        writer.write(then)
        await writer.drain()
    try:
        while chunk := await asyncio.wait_for(reader.read(65536), 5):
            out += chunk
            if then and b"</html>" in out:
                break
    finally:
        writer.close()
    return out


def test_proxy_forwards_plain_http_one_request_per_connection(site_farm):
    site_farm.page("public.test", "/hello", "<html><body>hello from the farm</body></html>")
    proxy = GuardProxy(_proxy_guard())

    async def scenario():
        await proxy.start()
        try:
            request = (
                f"GET http://public.test:{site_farm.port}/hello?x=1 HTTP/1.1\r\n"
                f"Host: public.test:{site_farm.port}\r\nProxy-Connection: keep-alive\r\n\r\n"
            ).encode()
            return await _exchange(proxy.port, request)
        finally:
            await proxy.close()

    answer = run(scenario())
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"Connection: close" in head
    assert body == b"<html><body>hello from the farm</body></html>"
    host, target, headers = site_farm.requests[-1]
    assert (host, target) == ("public.test", "/hello?x=1")  # origin-form, as a server expects
    assert headers["connection"] == "close" and "proxy-connection" not in headers


def test_proxy_tunnels_connect_to_allowed_hosts(site_farm):
    site_farm.page("public.test", "/", "<html><body>tunnelled</body></html>")
    proxy = GuardProxy(_proxy_guard())

    async def scenario():
        await proxy.start()
        try:
            connect = f"CONNECT public.test:{site_farm.port} HTTP/1.1\r\nHost: public.test\r\n\r\n".encode()
            inner = f"GET / HTTP/1.1\r\nHost: public.test:{site_farm.port}\r\n\r\n".encode()
            return await _exchange(proxy.port, connect, then=inner)
        finally:
            await proxy.close()

    answer = run(scenario())
    assert answer.startswith(b"HTTP/1.1 200 Connection Established\r\n\r\n")
    assert b"tunnelled" in answer


@pytest.mark.parametrize(
    "request_head",
    [
        "CONNECT internal.test:{port} HTTP/1.1\r\n\r\n",
        "GET http://internal.test:{port}/secret HTTP/1.1\r\nHost: internal.test\r\n\r\n",
        "GET http://10.0.0.5:{port}/secret HTTP/1.1\r\n\r\n",
        "GET ftp://public.test:{port}/secret HTTP/1.1\r\n\r\n",
        "GET /secret HTTP/1.1\r\nHost: public.test\r\n\r\n",  # not a proxy request
    ],
)
def test_proxy_closes_refused_connections_without_an_answer(site_farm, request_head):
    site_farm.page("internal.test", "/secret", "<html>secret</html>")
    guard = _proxy_guard()
    proxy = GuardProxy(guard)

    async def scenario():
        await proxy.start()
        try:
            return await _exchange(proxy.port, request_head.format(port=site_farm.port).encode())
        finally:
            await proxy.close()

    assert run(scenario()) == b""
    assert site_farm.requests == []
    assert proxy.refused == 1
