"""URLs written without a scheme (issue 12, cause 1): tried on https, then once on http when https
fails at the connection or TLS level; the scheme that answered is remembered; a URL written with a
scheme is fetched as written.

The site farm speaks plain HTTP on its port and answers a TLS handshake there as nginx does (400,
close), so ``https://host:port/`` fails at the TLS level at once, and it logs the server name of
each handshake (``farm.tls_attempts``): the proof of which scheme a crawl tried.
"""

from __future__ import annotations

import csv
import json
import re
import socket
import threading

import pytest
from OpenSSL import SSL
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from sqlalchemy import create_engine, select
from twisted.internet import error as tx
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from tests.conftest import require
from tests.crawling import crawl, scrapy_command
from tests.resolver_doubles import RESOLVER_DOUBLES
from valuation_spiders.fetch_errors import classify_failure, failed_to_connect
from valuation_spiders.network.resolver import BlockedAddressError
from valuation_spiders.rendering.browser import find_browser
from valuation_spiders.sources.records import CompanyRecord
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import make_engine, make_sessionmaker, upgrade
from valuation_spiders.storage.models import CompanyURL, WebsiteSnapshot

NOWHERE = "127.0.0.2"  # loopback address nothing listens on: connection refused


def page(title: str, text: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p></main></body></html>"


# --- which failures earn the other scheme (pure: exceptions as Scrapy and Twisted raise them) ------


def wrapped(outer: type[Exception], inner: Exception) -> Exception:
    """``inner`` wrapped the way Scrapy's download handler wraps Twisted's errors."""
    try:
        try:
            raise inner
        except Exception as exc:
            raise outer(str(exc)) from exc
    except Exception as exc:  # the test wants the raised object
        return exc


def never_received(reason: Exception) -> Exception:
    return wrapped(DownloadFailedError, ResponseNeverReceived([Failure(reason)]))


@pytest.mark.parametrize(
    ("exc", "reason", "falls_back"),
    [
        (wrapped(DownloadConnectionRefusedError, tx.ConnectionRefusedError("Connection refused")), "refused", True),
        (never_received(SSL.Error([("SSL routines", "", "wrong version number")])), "tls", True),
        (tx.ConnectError(osError=104, string="104: Connection reset by peer"), "reset", True),
        # the server closed the connection during the TLS handshake, before any response
        (never_received(tx.ConnectionLost("Connection lost")), "connection_lost", True),
        # a response that broke off: the site answered on this scheme
        (wrapped(DownloadFailedError, ResponseFailed([Failure(tx.ConnectionLost("Connection lost"))])),
         "connection_lost", False),
        (ResponseDataLossError("Got data loss"), "data_loss", False),
        (wrapped(DownloadTimeoutError, tx.TimeoutError("took longer than 30 seconds")), "timeout", False),
        (tx.TCPTimedOutError(), "timeout", False),
        (wrapped(CannotResolveHostError, tx.DNSLookupError("nowhere.example")), "dns", False),
        (wrapped(CannotResolveHostError, BlockedAddressError("blocked: loopback address 127.0.0.1")),
         "blocked: loopback address 127.0.0.1", False),
    ],
)
def test_only_connection_and_tls_failures_fall_back(exc, reason, falls_back):
    assert classify_failure(exc) == reason
    assert failed_to_connect(exc) is falls_back


# --- the sync records whether the source wrote the scheme -------------------------------------------


def test_sync_records_whether_the_scheme_was_written(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'sync.db'}")
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    try:
        records = [CompanyRecord("rec1", "Acme", ("acme.com/", "https://acme.com/blog http://acme.com/old"))]
        _, companies = repository.sync_companies(sessions, records)
        targets = {t.url: (t.scheme_given, t.working_scheme) for t in companies[0].targets}
        assert targets == {
            "https://acme.com/": (False, None),  # stored in its https form, as before
            "https://acme.com/blog": (True, None),
            "http://acme.com/old": (True, None),
        }
        home = companies[0].targets[0]
        with sessions.begin() as session:
            repository.set_working_scheme(session, home.url_id, "http")
        _, companies = repository.sync_companies(sessions, records)
        assert (companies[0].targets[0].url_id, companies[0].targets[0].working_scheme) == (home.url_id, "http")

        # the cell now writes the scheme: fetched as written, the remembered scheme forgotten
        records = [CompanyRecord("rec1", "Acme", ("https://acme.com/", "https://acme.com/blog http://acme.com/old"))]
        _, companies = repository.sync_companies(sessions, records)
        assert companies[0].targets[0] == repository.Target(home.url_id, "https://acme.com/", True, True, None)
        with sessions() as session:
            assert session.scalar(select(CompanyURL.scheme_given).where(CompanyURL.id == home.url_id)) is True

        # and back (also how rows from before migration 0004, all "given", learn the truth)
        records = [CompanyRecord("rec1", "Acme", ("acme.com", "https://acme.com/blog http://acme.com/old"))]
        _, companies = repository.sync_companies(sessions, records)
        assert companies[0].targets[0] == repository.Target(home.url_id, "https://acme.com/", True, False, None)
    finally:
        engine.dispose()


# --- end to end: the real crawl ---------------------------------------------------------------------


def write_csv(path, rows: list[tuple[str, str, str]]) -> str:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Name", "Website", "URLs"])
        writer.writerows(rows)
    return str(path)


def stat(log: str, key: str) -> int:
    match = re.search(rf"'{re.escape(key)}': (\d+)", log)
    return int(match.group(1)) if match else 0


def feed_items(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def flags(database_url: str) -> dict[str, set[str]]:
    result = scrapy_command("flags", "--json", database_url=database_url)
    assert result.returncode == 0, result.stderr
    return {
        entry["company_name"]: {s["kind"] for s in entry["signals"]}
        for entry in map(json.loads, result.stdout.splitlines())
    }


def snapshots(database_url: str, run: int | None = None) -> dict[str, tuple]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            query = select(WebsiteSnapshot.url, WebsiteSnapshot.final_url, WebsiteSnapshot.status,
                           WebsiteSnapshot.error, WebsiteSnapshot.run_id)
            rows = conn.execute(query).all()
    finally:
        engine.dispose()
    latest = run or max(r.run_id for r in rows)
    return {r.url: (r.final_url, r.status, r.error) for r in rows if r.run_id == latest}


def company_urls(database_url: str) -> dict[str, tuple[bool, str | None]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(CompanyURL.url, CompanyURL.scheme_given, CompanyURL.working_scheme)).all()
    finally:
        engine.dispose()
    return {url: (bool(given), working) for url, given, working in rows}


def plain_requests(farm, host: str) -> list[str]:
    return [path for h, path, _ in farm.requests if h == host]


def serve_plain_site(farm, host: str, name: str) -> None:
    farm.page(host, "/", page(name, f"{name} makes barometers for sailing boats, as it has since 1987."))
    farm.page(host, "/about", page(f"About {name}", f"{name} is a family business in Falmouth."))


def test_a_scheme_less_url_on_an_http_only_site_is_fetched_over_http_and_remembered(
    site_farm, tmp_path, database_url
):
    port = site_farm.port
    serve_plain_site(site_farm, "oldbarometer.com", "Old Barometer")
    source = write_csv(tmp_path / "companies.csv", [
        ("Old Barometer", f"oldbarometer.com:{port}/", f"oldbarometer.com:{port}/about"),
    ])
    home, about = f"https://oldbarometer.com:{port}/", f"https://oldbarometer.com:{port}/about"
    plain_home, plain_about = f"http://oldbarometer.com:{port}/", f"http://oldbarometer.com:{port}/about"

    feed = tmp_path / "first.jsonl"
    first = crawl(f"source={source}", "render=never", "-O", str(feed), database_url=database_url)
    assert first.returncode == 0, first.log[-3000:]
    assert "oldbarometer.com" in site_farm.tls_attempts  # https was tried first...
    assert sorted(plain_requests(site_farm, "oldbarometer.com")) == ["/", "/about"]  # ...then http, once each
    assert stat(first.log, "valuation/scheme_fallback/http") == 2
    items = feed_items(feed)
    assert sorted((i["url"], i["final_url"], i["status"], i["error"]) for i in items) == [
        (home, plain_home, 200, None),
        (about, plain_about, 200, None),
    ]
    assert snapshots(database_url) == {home: (plain_home, 200, None), about: (plain_about, 200, None)}
    assert company_urls(database_url) == {home: (False, "http"), about: (False, "http")}
    assert first.results_block()["Failed"] == "0 companies"
    assert first.results_block()["URLs Scraped"] == "2 URLs"
    assert flags(database_url) == {}

    # the next run goes straight to http: no TLS handshake reaches the farm
    site_farm.requests.clear()
    site_farm.tls_attempts.clear()
    second = crawl(f"source={source}", "render=never", database_url=database_url)
    assert second.returncode == 0, second.log[-3000:]
    assert site_farm.tls_attempts == []
    assert sorted(plain_requests(site_farm, "oldbarometer.com")) == ["/", "/about"]
    assert stat(second.log, "valuation/scheme_fallback/http") == 0
    assert snapshots(database_url) == {home: (plain_home, 200, None), about: (plain_about, 200, None)}
    assert flags(database_url) == {}

    # http stops answering: https is tried once; the remembered scheme stays (nothing answered)
    third = crawl(f"source={source}", "render=never", database_url=database_url,
                  settings={"RESOLVE_OVERRIDES": json.dumps({"oldbarometer.com": NOWHERE, "*": "127.0.0.1"})})
    assert third.returncode == 0, third.log[-3000:]
    assert stat(third.log, "valuation/scheme_fallback/https") == 2
    # final_url empty: the last URL tried is the company URL itself
    assert snapshots(database_url) == {home: (None, None, "refused"), about: (None, None, "refused")}
    assert company_urls(database_url) == {home: (False, "http"), about: (False, "http")}
    assert flags(database_url) == {"Old Barometer": {"site_down"}}


def test_a_url_written_with_https_is_fetched_as_written(site_farm, tmp_path, sqlite_url):
    port = site_farm.port
    serve_plain_site(site_farm, "oldbarometer.com", "Old Barometer")
    source = write_csv(tmp_path / "companies.csv", [("Old Barometer", f"https://oldbarometer.com:{port}/", "")])
    feed = tmp_path / "out.jsonl"
    result = crawl(f"source={source}", "render=never", "-O", str(feed), database_url=sqlite_url)
    assert result.returncode == 0, result.log[-3000:]
    assert "oldbarometer.com" in site_farm.tls_attempts
    assert plain_requests(site_farm, "oldbarometer.com") == []  # never on http
    assert stat(result.log, "valuation/scheme_fallback/http") == 0
    home = f"https://oldbarometer.com:{port}/"
    assert [(i["url"], i["final_url"], i["error"]) for i in feed_items(feed)] == [(home, None, "tls")]
    assert snapshots(sqlite_url) == {home: (None, None, "tls")}
    assert company_urls(sqlite_url) == {home: (True, None)}
    assert flags(sqlite_url) == {"Old Barometer": {"site_down"}}


def test_refused_on_both_schemes_is_one_failed_item(site_farm, tmp_path, sqlite_url):
    port = site_farm.port
    source = write_csv(tmp_path / "companies.csv", [("Gone Ltd", f"gone-ltd.com:{port}/", "")])
    feed = tmp_path / "out.jsonl"
    result = crawl(f"source={source}", "render=never", "-O", str(feed), database_url=sqlite_url,
                   settings={"RESOLVE_OVERRIDES": json.dumps({"gone-ltd.com": NOWHERE, "*": "127.0.0.1"})})
    assert result.returncode == 0, result.log[-3000:]
    assert stat(result.log, "valuation/scheme_fallback/http") == 1
    home, plain = f"https://gone-ltd.com:{port}/", f"http://gone-ltd.com:{port}/"
    # one item, not one per scheme; final_url names the last URL tried
    assert [(i["url"], i["final_url"], i["status"], i["error"]) for i in feed_items(feed)] == [
        (home, plain, None, "refused")
    ]
    assert snapshots(sqlite_url) == {home: (plain, None, "refused")}
    assert company_urls(sqlite_url) == {home: (False, None)}
    assert result.results_block()["Failed"] == "1 companies"
    assert flags(sqlite_url) == {"Gone Ltd": {"site_down"}}


class SilentServer:
    """Accepts connections and never answers; records how each began: "tls" (a ClientHello) or
    "plain" (an HTTP request)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.seen: list[str] = []
        self.connections: list[socket.socket] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections.append(conn)
            conn.settimeout(5)
            try:
                first = conn.recv(1)
            except OSError:
                continue
            if first:
                self.seen.append("tls" if first == b"\x16" else "plain")

    def __enter__(self) -> SilentServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopped.set()
        self.thread.join(5)
        for conn in self.connections:
            conn.close()
        self.sock.close()


def test_a_timeout_on_https_does_not_fall_back(tmp_path, sqlite_url):
    with SilentServer() as server:
        source = write_csv(tmp_path / "companies.csv", [("Slow Co", f"slow-co.com:{server.port}/", "")])
        result = crawl(f"source={source}", "render=never", database_url=sqlite_url,
                       settings={"DOWNLOAD_TIMEOUT": "2", "RETRY_TIMES": "0"})
    assert result.returncode == 0, result.log[-3000:]
    assert server.seen == ["tls"]  # no plain-HTTP request followed
    assert stat(result.log, "valuation/scheme_fallback/http") == 0
    home = f"https://slow-co.com:{server.port}/"
    assert snapshots(sqlite_url) == {home: (None, None, "timeout")}
    assert company_urls(sqlite_url) == {home: (False, None)}


@pytest.mark.parametrize("client", ["aiohttp", "twisted"])
def test_the_fallback_goes_through_the_ssrf_guard(client, site_farm, tmp_path, sqlite_url):
    port = site_farm.port
    serve_plain_site(site_farm, "rebind.test", "Rebind")
    source = write_csv(tmp_path / "companies.csv", [
        ("Rebind", f"rebind.test:{port}/", ""),
        ("Intranet", "10.0.0.5/admin", ""),  # an IP literal the guard refuses on https already
    ])
    result = crawl(
        f"source={source}",
        "render=never",
        database_url=sqlite_url,
        settings={
            "ALLOW_PRIVATE_NETWORKS": "False",
            "RESOLVE_OVERRIDES": json.dumps({"rebind.test": "127.0.0.1"}),
            "DOWNLOAD_CLIENT": client,
            **RESOLVER_DOUBLES,
            "SSRF_TEST_PUBLIC_ONCE": "rebind.test",
            "RETRY_TIMES": "0",
        },
    )
    assert result.returncode == 0, result.log[-3000:]
    assert site_farm.tls_attempts == ["rebind.test"]  # the https attempt got through and failed
    assert site_farm.requests == []  # the http fallback never reached the loopback address
    assert stat(result.log, "valuation/scheme_fallback/http") == 1  # Rebind's, not Intranet's
    assert snapshots(sqlite_url) == {
        f"https://rebind.test:{port}/": (
            f"http://rebind.test:{port}/", None, "blocked: loopback address 127.0.0.1 (resolved from rebind.test)"),
        "https://10.0.0.5/admin": (None, None, "blocked: private address 10.0.0.5"),
    }


def test_a_rendered_crawl_falls_back_too(site_farm, tmp_path, sqlite_url):
    require(find_browser() is not None, "Chromium (apt-get install chromium) for the rendering tests")
    port = site_farm.port
    serve_plain_site(site_farm, "oldbarometer.com", "Old Barometer")
    source = write_csv(tmp_path / "companies.csv", [("Old Barometer", f"oldbarometer.com:{port}/", "")])
    feed = tmp_path / "out.jsonl"
    result = crawl(f"source={source}", "render=always", "-O", str(feed), database_url=sqlite_url)
    assert result.returncode == 0, result.log[-3000:]
    [item] = feed_items(feed)
    home, plain = f"https://oldbarometer.com:{port}/", f"http://oldbarometer.com:{port}/"
    assert (item["url"], item["final_url"], item["status"], item["rendered"]) == (home, plain, 200, True)
    assert item["title"] == "Old Barometer"
    assert company_urls(sqlite_url) == {home: (False, "http")}
    assert flags(sqlite_url) == {}


def test_the_fallback_obeys_the_http_sites_robots_txt(site_farm, tmp_path, sqlite_url):
    port = site_farm.port
    serve_plain_site(site_farm, "oldbarometer.com", "Old Barometer")
    site_farm.page("oldbarometer.com", "/staff", page("Staff only", "Rota and passwords."))
    site_farm.page("oldbarometer.com", "/robots.txt", "User-agent: *\nDisallow: /staff\n",
                   headers={"Content-Type": "text/plain"})
    source = write_csv(tmp_path / "companies.csv", [
        ("Old Barometer", f"oldbarometer.com:{port}/", f"oldbarometer.com:{port}/staff"),
    ])
    result = crawl(f"source={source}", "render=never", database_url=sqlite_url,
                   settings={"ROBOTSTXT_OBEY": "True"})
    assert result.returncode == 0, result.log[-3000:]
    # https's robots.txt failed with its TLS handshake; http's was read before the http fetches
    assert "/robots.txt" in plain_requests(site_farm, "oldbarometer.com")
    assert "/staff" not in plain_requests(site_farm, "oldbarometer.com")
    assert snapshots(sqlite_url) == {
        f"https://oldbarometer.com:{port}/": (f"http://oldbarometer.com:{port}/", 200, None),
        f"https://oldbarometer.com:{port}/staff": (f"http://oldbarometer.com:{port}/staff", None, "robots: disallowed"),
    }
