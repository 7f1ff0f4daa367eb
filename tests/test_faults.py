"""The fault matrix: one real crawl against sites that misbehave on purpose, one company per fault.

Every URL must end as exactly one stored snapshot that says what happened (an HTTP status or a
failure reason), and the crawl must still finish normally (exit code 0, run ``finished``).
"""

from __future__ import annotations

import csv
import gzip
import json
import threading
import time
from datetime import UTC

import pytest
from sqlalchemy import create_engine, select

from tests.crawling import crawl
from tests.servers.sites import Route, closed_port
from valuation_spiders.analysis.text import decode_html
from valuation_spiders.fetch_errors import classify_failure
from valuation_spiders.middlewares.retry import retry_after_seconds
from valuation_spiders.storage.models import PageContent, ProcessingRun, WebsiteSnapshot

MAXSIZE = 1_000_000
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def html(title: str, text: str = "Some text.") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><p>{text}</p></body></html>"


class RetryAfterSite:
    """Answers 429 with ``Retry-After`` to the first request, then 200; records when each came."""

    def __init__(self, retry_after: str):
        self.retry_after = retry_after
        self.times: list[float] = []
        self.lock = threading.Lock()

    def __call__(self, host: str, path: str) -> Route | None:
        if path != "/":
            return None
        with self.lock:
            self.times.append(time.monotonic())
            first = len(self.times) == 1
        if first:
            return Route(status=429, body=b"slow down", headers={"Retry-After": self.retry_after,
                                                                "Content-Type": "text/plain"})
        return Route(status=200, body=html("Patient").encode(), headers={"Content-Type": "text/html"})


# host -> (what the test checks, expected status, expected error); "dead" ports are filled in later
CASES: dict[str, tuple[int | None, str | None]] = {
    "timeout.test": (None, "timeout"),
    "refused.test": (None, "refused"),
    "nonexistent.invalid": (None, "dns"),
    "reset.test": (None, "data_loss"),
    "flaky503.test": (200, None),
    "flaky500.test": (200, None),
    "ratelimited.test": (200, None),
    "ratelimited-long.test": (429, None),
    "loop.test": (None, "too_many_redirects"),
    "big.test": (None, "too_large"),
    "bomb.test": (None, "too_large"),
    "pdf.test": (200, None),
    "image.test": (200, None),
    "nocharset.test": (200, None),
    "wrongcharset.test": (200, None),
    "bogus-charset.test": (200, None),
    "robots.test": (None, "robots: disallowed"),
    "robots-allowed.test": (200, None),
}


def build_sites(farm) -> tuple[dict[str, str], dict[str, RetryAfterSite]]:
    """Set the farm up; returns host -> the company URL, and the Retry-After sites."""
    dead = closed_port()
    farm.page("timeout.test", "/", html("Never"), behaviour="hang")
    farm.page("reset.test", "/", html("Cut", "x" * 50_000), behaviour="reset")
    farm.routes[("flaky503.test", "/")] = Route(
        headers={"Content-Type": "text/html"},
        sequence=[(503, b"busy"), (200, html("Back 503").encode())],
    )
    farm.routes[("flaky500.test", "/")] = Route(
        headers={"Content-Type": "text/html"},
        sequence=[(500, b"oops"), (200, html("Back 500").encode())],
    )
    patient = {"ratelimited.test": RetryAfterSite("2"), "ratelimited-long.test": RetryAfterSite("3600")}
    farm.fallback = lambda host, path: patient[host](host, path) if host in patient else None
    farm.redirect("loop.test", "/a", f"http://loop.test:{farm.port}/b", status=302)
    farm.redirect("loop.test", "/b", f"http://loop.test:{farm.port}/a", status=302)
    farm.page("big.test", "/", b"<html><body>" + b"a" * (2 * MAXSIZE) + b"</body></html>")
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < MAXSIZE / 2  # small on the wire, 200 MB once inflated
    farm.page("bomb.test", "/", bomb, headers={"Content-Encoding": "gzip"})
    farm.page("pdf.test", "/report.pdf", PDF, headers={"Content-Type": "application/pdf"})
    farm.page("image.test", "/logo.png", PNG, headers={"Content-Type": "image/png"})
    farm.page("nocharset.test", "/", html("Café Crème").encode("utf-8"), headers={"Content-Type": "text/html"})
    farm.page(  # says UTF-8, is cp1252 (an old CMS)
        "wrongcharset.test", "/", html("Café Crème").encode("cp1252"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    farm.page(
        "bogus-charset.test", "/", html("Café Crème").encode("utf-8"),
        headers={"Content-Type": "text/html; charset=no-such-charset"},
    )
    farm.page("robots.test", "/robots.txt", b"User-agent: *\nDisallow: /private\n",
              headers={"Content-Type": "text/plain"})
    farm.page("robots.test", "/private", html("Private"))
    farm.page("robots-allowed.test", "/robots.txt", b"User-agent: *\nDisallow: /private\n",
              headers={"Content-Type": "text/plain"})
    farm.page("robots-allowed.test", "/", html("Public"))
    urls = {host: farm.url(host, "/") for host in CASES}
    urls["refused.test"] = f"http://refused.test:{dead}/"
    urls["nonexistent.invalid"] = "http://nonexistent.invalid/"
    urls["loop.test"] = farm.url("loop.test", "/a")
    urls["pdf.test"] = farm.url("pdf.test", "/report.pdf")
    urls["image.test"] = farm.url("image.test", "/logo.png")
    urls["robots.test"] = farm.url("robots.test", "/private")
    return urls, patient


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    """One crawl of every fault (module scope: the crawl is the slow part, the checks are cheap)."""
    from tests.servers.sites import SiteFarm

    tmp = tmp_path_factory.mktemp("faults")
    farm = SiteFarm()
    urls, patient = build_sites(farm)
    source = tmp / "companies.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Name", "Website"])
        for host, url in urls.items():
            writer.writerow([host, url])
    database_url = f"sqlite:///{tmp / 'companies.db'}"
    feed = tmp / "out.jsonl"
    with farm.running():
        result = crawl(
            f"source={source}",
            "render=never",
            "-O",
            str(feed),
            database_url=database_url,
            settings={
                "RESOLVE_OVERRIDES": json.dumps({"*.test": "127.0.0.1"}),  # .invalid really fails
                "ROBOTSTXT_OBEY": "True",
                "DOWNLOAD_TIMEOUT": "3",
                "RETRY_TIMES": "1",
                "DOWNLOAD_MAXSIZE": str(MAXSIZE),
                "DOWNLOAD_WARNSIZE": str(MAXSIZE // 2),
                "RETRY_AFTER_MAX": "30",
            },
            timeout=180,
        )
    (tmp / "crawl.log").write_text(result.log)  # kept for a failing run
    engine = create_engine(database_url)
    with engine.connect() as conn:
        snapshots = conn.execute(
            select(WebsiteSnapshot, PageContent.title, PageContent.text_length).outerjoin(
                PageContent, PageContent.content_hash == WebsiteSnapshot.content_hash
            )
        ).all()
        run = conn.execute(select(ProcessingRun)).one()
    engine.dispose()
    items = [json.loads(line) for line in feed.read_text().splitlines()]
    return {"result": result, "urls": urls, "patient": patient, "farm": farm,
            "snapshots": snapshots, "run": run, "items": items}


def test_crawl_finishes_normally_with_one_snapshot_per_url(fault_crawl):
    result = fault_crawl["result"]
    assert result.returncode == 0, result.log[-4000:]
    assert "Traceback" not in result.log, result.log[-4000:]
    run = fault_crawl["run"]
    assert run.status == "finished" and run.finish_reason == "finished"
    stored = sorted(s.url for s in fault_crawl["snapshots"])
    assert stored == sorted(fault_crawl["urls"].values())  # exactly one each, none missing
    assert sorted(i["url"] for i in fault_crawl["items"]) == stored


@pytest.mark.parametrize("host", list(CASES))
def test_each_fault_is_recorded_with_its_reason(fault_crawl, host):
    status, error = CASES[host]
    url = fault_crawl["urls"][host]
    (snapshot,) = [s for s in fault_crawl["snapshots"] if s.url == url]
    assert (snapshot.status, snapshot.error) == (status, error), snapshot
    if error is None:
        assert snapshot.content_hash is not None  # the body that came is kept
    else:
        assert snapshot.content_hash is None


def test_server_errors_recover_on_retry(fault_crawl):
    farm = fault_crawl["farm"]
    for host, title in (("flaky503.test", "Back 503"), ("flaky500.test", "Back 500")):
        assert farm.routes[(host, "/")].hits == 2
        (snapshot,) = [s for s in fault_crawl["snapshots"] if s.url == fault_crawl["urls"][host]]
        assert snapshot.title == title


def test_retry_after_is_honoured_and_an_excessive_one_is_not_waited_for(fault_crawl):
    patient = fault_crawl["patient"]
    first, second = patient["ratelimited.test"].times
    assert second - first >= 1.9  # Retry-After: 2
    # "come back in an hour": not retried, the 429 is the snapshot
    assert len(patient["ratelimited-long.test"].times) == 1


def test_timeout_and_reset_are_retried_then_recorded(fault_crawl):
    farm = fault_crawl["farm"]
    assert farm.routes[("timeout.test", "/")].hits == 2
    assert farm.routes[("reset.test", "/")].hits == 2


def test_robots_disallow_is_skipped_without_fetching(fault_crawl):
    farm = fault_crawl["farm"]
    assert farm.routes[("robots.test", "/private")].hits == 0
    assert farm.routes[("robots-allowed.test", "/")].hits == 1


def test_size_limits_stop_big_bodies_and_gzip_bombs(fault_crawl):
    log = fault_crawl["result"].log
    assert "exceeded DOWNLOAD_MAXSIZE" in log  # the bomb was stopped while inflating


def test_pdf_and_image_are_metadata_without_text(fault_crawl):
    by_url = {s.url: s for s in fault_crawl["snapshots"]}
    pdf = by_url[fault_crawl["urls"]["pdf.test"]]
    image = by_url[fault_crawl["urls"]["image.test"]]
    assert (pdf.title, pdf.text_length) == (None, 0)
    assert (image.title, image.text_length) == (None, 0)
    items = {i["url"]: i for i in fault_crawl["items"]}
    assert items[pdf.url]["content_type"] == "application/pdf"
    assert items[image.url]["content_type"] == "image/png"


def test_missing_wrong_and_bogus_charsets_still_give_text(fault_crawl):
    by_url = {s.url: s for s in fault_crawl["snapshots"]}
    assert by_url[fault_crawl["urls"]["nocharset.test"]].title == "Café Crème"
    assert by_url[fault_crawl["urls"]["bogus-charset.test"]].title == "Café Crème"
    wrong = by_url[fault_crawl["urls"]["wrongcharset.test"]].title
    assert wrong is not None and wrong.startswith("Caf") and wrong.endswith("Crème")


# --- the pure pieces behind the matrix ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (b"2", 2.0),
        ("120", 120.0),
        (b"Sun, 29 Nov 2026 12:00:30 GMT", 30.0),
        (b"Sun, 29 Nov 2026 11:00:00 GMT", 0.0),  # in the past: retry now
        (b"soon", None),
        (None, None),
        (b"", None),
    ],
)
def test_retry_after_values(value, seconds):
    from datetime import datetime

    now = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(value, now) == seconds


def test_failure_reasons_do_not_read_the_url():
    from scrapy.exceptions import IgnoreRequest

    bomb = IgnoreRequest(
        "Ignored response <200 http://robots.example/> because its body (1 B compressed, "
        "2 B decompressed so far) exceeded DOWNLOAD_MAXSIZE (1 B) during decompression."
    )
    assert classify_failure(bomb) == "too_large"
    assert classify_failure(IgnoreRequest("Forbidden by robots.txt")) == "robots: disallowed"
    assert classify_failure(IgnoreRequest("max redirections reached")) == "too_many_redirects"


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        ("Café".encode(), "utf-8", "utf-8"),
        ("Café".encode("cp1252"), "utf-8", "cp1252"),  # says UTF-8, is not
        ("Café".encode(), "no-such-charset", "utf-8"),
        ("Café ok".encode() + b"\xff", "utf-8", "utf-8"),  # one broken byte: still UTF-8
        ("Café".encode("cp1252"), "cp1252", "cp1252"),
        (b"%PDF", None, "utf-8"),  # not text: read as it is
    ],
)
def test_pages_are_read_in_the_charset_their_body_is_in(body, declared, expected):
    assert decode_html(body, declared) == body.decode(expected, "replace")
