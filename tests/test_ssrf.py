"""Hostile URLs: by default no request reaches loopback, private, link-local (cloud metadata),
multicast or reserved addresses, whether the URL names the IP, a hostname resolving there, or a
redirect leading there; only http and https. Blocked URLs are snapshots with a ``blocked: …`` reason.

Nothing here sends a packet to 169.254.169.254 or a private range: those names are pinned with
``RESOLVE_OVERRIDES`` and the guard refuses them before any connection. The loopback cases are the
proof that nothing is sent: the site farm listens on 127.0.0.1, so a request that slipped past the
guard would show up in its request log.
"""

from __future__ import annotations

import asyncio
import csv
import json
import re

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.utils.test import get_crawler
from sqlalchemy import create_engine, select
from twisted.internet import reactor

from tests.crawling import crawl
from tests.resolver_doubles import RESOLVER_DOUBLES
from tests.servers.sites import SiteFarm
from valuation_spiders.middlewares.ssrf import BlockedRequest, SSRFGuardMiddleware
from valuation_spiders.network.addresses import blocked_reason
from valuation_spiders.network.aiohttp_handler import GuardedAiohttpResolver
from valuation_spiders.network.resolver import BlockedAddressError, GuardedResolver, blocked_host_reason
from valuation_spiders.storage.models import PageContent, ProcessingRun, WebsiteSnapshot
from valuation_spiders.urls import parse_url_cells

# --- which addresses are refused (pure) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "label"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("::1", "loopback"),
        ("[::1]", "loopback"),
        ("10.0.0.5", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),  # AWS/GCP/Azure instance metadata
        ("fe80::1", "link-local"),
        ("fd00:ec2::254", "private"),  # AWS metadata over IPv6
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("0.0.0.0", "unspecified"),  # connects to this host on Linux
        ("::", "unspecified"),
        ("100.64.0.1", "non-global"),  # carrier-grade NAT
        ("192.0.2.1", "private"),  # documentation (Python files it under private)
        ("198.18.0.1", "private"),  # benchmarking
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of 169.254.169.254
        ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
        ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254
        ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
    ],
)
def test_non_public_addresses_are_blocked(address, label):
    reason = blocked_reason(address)
    assert reason is not None and reason.startswith(f"blocked: {label} address"), reason


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "1.1.1.1", "8.8.8.8", "2606:4700:4700::1111", "64:ff9b::808:808"]
)
def test_public_addresses_pass(address):
    assert blocked_reason(address) is None


# --- the downloader middleware: schemes and IP literals ------------------------------------------


def guard(**settings) -> SSRFGuardMiddleware:
    return SSRFGuardMiddleware.from_crawler(get_crawler(settings_dict=settings))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "blocked: loopback address 127.0.0.1"),
        ("http://[::1]:8080/", "blocked: loopback address ::1"),
        ("https://10.0.0.5/admin", "blocked: private address 10.0.0.5"),
        ("http://169.254.169.254/latest/meta-data/", "blocked: link-local address 169.254.169.254"),
        ("http://[::ffff:a9fe:a9fe]/", "blocked: link-local address 169.254.169.254"),
        ("http://0.0.0.0:6800/", "blocked: unspecified address 0.0.0.0"),
        # legacy IPv4 forms the system resolver reads as loopback/private (aiohttp refuses them)
        ("http://2130706433/", "blocked: loopback address 127.0.0.1 (resolved from 2130706433)"),
        ("http://0x7f000001/", "blocked: loopback address 127.0.0.1 (resolved from 0x7f000001)"),
        ("http://127.1/", "blocked: loopback address 127.0.0.1 (resolved from 127.1)"),
        ("http://0177.0.0.1/", "blocked: loopback address 127.0.0.1 (resolved from 0177.0.0.1)"),
        ("file:///etc/passwd", "blocked: scheme 'file' is not http or https"),
        ("ftp://files.example.com/", "blocked: scheme 'ftp' is not http or https"),
        ("gopher://example.com:70/", "blocked: scheme 'gopher' is not http or https"),
        ("data:text/html,hello", "blocked: scheme 'data' is not http or https"),
        ("s3://bucket/key", "blocked: scheme 's3' is not http or https"),
    ],
)
def test_middleware_refuses_before_download(url, reason):
    with pytest.raises(BlockedRequest) as info:
        guard().process_request(Request(url))
    assert str(info.value) == reason


def test_middleware_lets_public_urls_and_hostnames_through():
    mw = guard()
    for url in ("https://example.com/", "http://93.184.216.34/", "http://intranet.test/"):
        assert mw.process_request(Request(url)) is None  # hostnames: the resolver decides


def test_middleware_is_off_when_private_networks_are_allowed():
    with pytest.raises(NotConfigured):
        guard(ALLOW_PRIVATE_NETWORKS=True)


# --- the resolver: hostnames, wherever they came from ----------------------------------------------


def resolve(resolver: GuardedResolver, name: str):
    """The resolver's answer (pinned names answer synchronously, without any DNS query)."""
    outcome = []
    resolver.getHostByName(name).addBoth(outcome.append)
    assert outcome, "a pinned name must resolve without waiting"
    return outcome[0]


PINS = {"metadata.test": "169.254.169.254", "intranet.test": "10.0.0.5", "*.local.test": "127.0.0.1",
        "public.test": "93.184.216.34"}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("metadata.test", "blocked: link-local address 169.254.169.254 (resolved from metadata.test)"),
        ("INTRANET.test.", "blocked: private address 10.0.0.5 (resolved from INTRANET.test.)"),
        ("a.b.local.test", "blocked: loopback address 127.0.0.1 (resolved from a.b.local.test)"),
    ],
)
def test_resolver_refuses_names_that_resolve_to_private_addresses(name, reason):
    answer = resolve(GuardedResolver(reactor, 0, 5, overrides=PINS), name)
    assert answer.check(BlockedAddressError)
    assert reason in str(answer.value)


def test_resolver_answers_public_names_and_everything_when_allowed():
    assert resolve(GuardedResolver(reactor, 0, 5, overrides=PINS), "public.test") == "93.184.216.34"
    allowed = GuardedResolver(reactor, 0, 5, overrides=PINS, allow_private=True)
    assert resolve(allowed, "metadata.test") == "169.254.169.254"


def aio_resolve(resolver: GuardedAiohttpResolver, name: str, port: int = 80):
    async def attempt():
        try:
            return await resolver.resolve(name, port)
        finally:
            await resolver.close()

    return asyncio.run(attempt())


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("metadata.test", "blocked: link-local address 169.254.169.254 (resolved from metadata.test)"),
        ("INTRANET.test.", "blocked: private address 10.0.0.5 (resolved from INTRANET.test.)"),
        ("a.b.local.test", "blocked: loopback address 127.0.0.1 (resolved from a.b.local.test)"),
        ("localhost", "blocked: loopback address"),  # not pinned: the system's answer is checked too
    ],
)
def test_aiohttp_resolver_refuses_names_that_resolve_to_private_addresses(name, reason):
    with pytest.raises(BlockedAddressError) as refused:
        aio_resolve(GuardedAiohttpResolver(overrides=PINS), name)
    assert reason in str(refused.value)
    # kept for the spider's error and the retry middleware, as for the Twisted resolver
    assert blocked_host_reason(name).startswith(reason)


def test_aiohttp_resolver_answers_public_names_and_everything_when_allowed():
    (answer,) = aio_resolve(GuardedAiohttpResolver(overrides=PINS), "public.test", 443)
    assert (answer["host"], answer["port"]) == ("93.184.216.34", 443)
    assert blocked_host_reason("public.test") is None
    (answer,) = aio_resolve(GuardedAiohttpResolver(overrides=PINS, allow_private=True), "metadata.test")
    assert answer["host"] == "169.254.169.254"


def test_unsupported_schemes_never_become_company_urls():
    cells = parse_url_cells(
        ["file:///etc/passwd ftp://files.example.com gopher://x.com javascript:alert(1) "
         "data:text/html https://ok.example.com"]
    )
    assert cells.urls == ["https://ok.example.com/"]
    assert cells.rejected_reasons == {"unsupported_scheme": 5}


# --- end to end: the real crawl with the guard on ------------------------------------------------


def hostile_sites(farm: SiteFarm) -> dict[str, tuple[str, str | None, int | None]]:
    """company name -> (URL, expected error, expected status)."""
    port = farm.port
    for path in ("/secret-ip", "/secret-host", "/secret-redirect", "/secret-redirect-host",
                 "/secret-decimal", "/secret-zero", "/secret-refresh"):
        farm.page("127.0.0.1", path, "<html><title>internal</title></html>")
        farm.page("loopback.local.test", path, "<html><title>internal</title></html>")
        farm.page("0.0.0.0", path, "<html><title>internal</title></html>")
        farm.page("2130706433", path, "<html><title>internal</title></html>")
    farm.page("public.test", "/", "<html><title>Public</title><body>Hello</body></html>")
    redirects = {
        "/to-loopback-ip": f"http://127.0.0.1:{port}/secret-redirect",
        "/to-loopback-name": f"http://loopback.local.test:{port}/secret-redirect-host",
        "/to-decimal-ip": f"http://2130706433:{port}/secret-decimal",
        "/to-metadata-ip": "http://169.254.169.254/latest/meta-data/",
        "/to-metadata-name": "http://metadata.test/latest/meta-data/",
        "/to-private-name": "http://intranet.test/admin",
        "/to-file": "file:///etc/passwd",
    }
    for path, location in redirects.items():
        farm.redirect("public.test", path, location, status=302)
    farm.page(
        "public.test",
        "/meta-refresh",
        f'<html><head><meta http-equiv="refresh" content="0;url=http://127.0.0.1:{port}/secret-refresh">'
        "</head><body>Moved</body></html>",
    )
    public = f"http://public.test:{port}"
    return {
        "loopback IP": (f"http://127.0.0.1:{port}/secret-ip", "blocked: loopback address 127.0.0.1", None),
        "IPv6 loopback": (f"http://[::1]:{port}/", "blocked: loopback address ::1", None),
        "unspecified IP": (f"http://0.0.0.0:{port}/secret-zero", "blocked: unspecified address 0.0.0.0", None),
        "private IP": ("http://10.0.0.5/", "blocked: private address 10.0.0.5", None),
        "metadata IP": ("http://169.254.169.254/latest/meta-data/",
                        "blocked: link-local address 169.254.169.254", None),
        "mapped metadata IP": ("http://[::ffff:169.254.169.254]/",
                               "blocked: link-local address 169.254.169.254", None),
        "multicast IP": ("http://224.0.0.1/", "blocked: multicast address 224.0.0.1", None),
        "CGNAT IP": ("http://100.64.0.1/", "blocked: non-global address 100.64.0.1", None),
        "loopback name": (f"http://loopback.local.test:{port}/secret-host",
                          "blocked: loopback address 127.0.0.1 (resolved from loopback.local.test)", None),
        "metadata name": ("http://metadata.test/latest/meta-data/",
                          "blocked: link-local address 169.254.169.254 (resolved from metadata.test)", None),
        "private name": ("http://intranet.test/",
                         "blocked: private address 10.0.0.5 (resolved from intranet.test)", None),
        "public site": (f"{public}/", None, 200),
        "redirect to loopback IP": (f"{public}/to-loopback-ip", "blocked: loopback address 127.0.0.1", None),
        "redirect to loopback name": (
            f"{public}/to-loopback-name",
            "blocked: loopback address 127.0.0.1 (resolved from loopback.local.test)", None),
        "redirect to decimal IP": (
            f"{public}/to-decimal-ip", "blocked: loopback address 127.0.0.1 (resolved from 2130706433)", None),
        "redirect to metadata IP": (f"{public}/to-metadata-ip", "blocked: link-local address 169.254.169.254", None),
        "redirect to metadata name": (
            f"{public}/to-metadata-name",
            "blocked: link-local address 169.254.169.254 (resolved from metadata.test)", None),
        "redirect to private name": (
            f"{public}/to-private-name", "blocked: private address 10.0.0.5 (resolved from intranet.test)", None),
        "meta refresh to loopback": (f"{public}/meta-refresh", "blocked: loopback address 127.0.0.1", None),
        # Scrapy does not follow a redirect to another scheme: the 302 itself is the snapshot
        "redirect to file": (f"{public}/to-file", None, 302),
    }


def write_source(path, cases) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Name", "Website"])
        for name, (url, _, _) in cases.items():
            writer.writerow([name, url])
        writer.writerow(["Bad schemes", "file:///etc/passwd ftp://files.example.com gopher://x.com:70/"])


def stat(log: str, key: str) -> int:
    match = re.search(rf"'{re.escape(key)}': (\d+)", log)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize("client", ["aiohttp", "twisted"])
def test_guard_blocks_every_hostile_url_before_any_connection(site_farm, tmp_path, sqlite_url, client):
    cases = hostile_sites(site_farm)
    source = tmp_path / "companies.csv"
    write_source(source, cases)
    result = crawl(
        f"source={source}",
        "render=never",
        database_url=sqlite_url,
        settings={
            "ALLOW_PRIVATE_NETWORKS": "False",
            "ROBOTSTXT_OBEY": "True",  # robots.txt requests go through the guard too
            "RESOLVE_OVERRIDES": json.dumps(
                {"metadata.test": "169.254.169.254", "intranet.test": "10.0.0.5",
                 "*.local.test": "127.0.0.1", "public.test": "127.0.0.1"}
            ),
            **RESOLVER_DOUBLES,
            "SSRF_TEST_PUBLIC_HOSTS": "public.test",
            "DOWNLOAD_CLIENT": client,
        },
        timeout=120,
    )
    assert result.returncode == 0, result.log[-3000:]
    assert "Traceback" not in result.log
    assert "3 invalid URLs (unsupported_scheme: 3)" in result.log

    # nothing but the allowed site reached the farm (which listens on the loopback address)
    reached = {(host, path) for host, path, _ in site_farm.requests}
    assert {host for host, _ in reached} == {"public.test"}, reached
    assert not [path for _, path in reached if "secret" in path]

    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        snapshots = {s.url: s for s in conn.execute(select(WebsiteSnapshot))}
        run = conn.execute(select(ProcessingRun)).one()
    engine.dispose()
    assert run.status == "finished"
    assert len(snapshots) == len(cases)  # one snapshot per URL, blocked ones included
    for name, (url, error, status) in cases.items():
        snapshot = snapshots[parse_url_cells([url]).urls[0]]
        assert (snapshot.error, snapshot.status) == (error, status), name
    # a blocked address resolves the same way next time: never retried
    assert stat(result.log, "retry/count") == 0
    assert stat(result.log, "valuation/blocked_requests") >= 8


def test_allow_private_networks_turns_the_guard_off(site_farm, tmp_path, sqlite_url):
    site_farm.page("127.0.0.1", "/", "<html><title>Local demo</title></html>")
    site_farm.page("demo.local.test", "/", "<html><title>Local name</title></html>")
    source = tmp_path / "companies.csv"
    source.write_text(
        "Name,Website\n"
        f"Demo IP,http://127.0.0.1:{site_farm.port}/\n"
        f"Demo name,http://demo.local.test:{site_farm.port}/\n"
    )
    result = crawl(
        f"source={source}",
        "render=never",
        database_url=sqlite_url,
        settings={"ALLOW_PRIVATE_NETWORKS": "True",
                  "RESOLVE_OVERRIDES": json.dumps({"*.local.test": "127.0.0.1"})},
    )
    assert result.returncode == 0, result.log[-3000:]
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(WebsiteSnapshot.status, WebsiteSnapshot.error, PageContent.title).outerjoin(
                PageContent, PageContent.content_hash == WebsiteSnapshot.content_hash
            )
        ).all()
    engine.dispose()
    assert sorted(rows) == [(200, None, "Local demo"), (200, None, "Local name")]


def test_aiohttp_resolver_asks_the_system_once_per_name_and_checks_cached_answers_again():
    resolver = GuardedAiohttpResolver(allow_private=True, cache_size=10)
    asked = []

    class System:
        async def resolve(self, host, port, family):
            asked.append(host)
            return [{"hostname": host, "host": "10.1.2.3", "port": port, "family": family, "proto": 0, "flags": 0}]

        async def close(self):
            pass

    resolver._system = System()

    async def twice():
        first = await resolver.resolve("cached.example", 80)
        second = await resolver.resolve("CACHED.example", 80)
        resolver.allow_private = False  # a cached answer still goes through the guard
        with pytest.raises(BlockedAddressError):
            await resolver.resolve("cached.example", 80)
        return first, second

    first, second = asyncio.run(twice())
    assert asked == ["cached.example"]
    assert first[0]["host"] == second[0]["host"] == "10.1.2.3"
