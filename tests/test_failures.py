"""Airtable and database failures: a clear one-line message or a retried write, a run status that
tells the truth, and no half-written rows.

- Airtable 401/403/404, a 429 storm, 5xx: one ERROR line naming what to check, exit code 1, the
  run recorded ``failed``; a short 429 storm is waited out and the crawl succeeds.
- The database unreachable at start: one line, exit code 1, no password.
- SQLite locked by another process for five seconds in the middle of a crawl: writes wait, none lost.
- PostgreSQL killed and restarted in the middle of a crawl (a throwaway server of the test's own,
  so other tests' databases are untouched): writes are retried, none lost, none half-written.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from tests.conftest import require
from tests.crawling import CrawlResult, crawl, scrapy_command
from tests.servers.fake_airtable import FakeAirtable, record_id
from tests.servers.sites import free_port
from valuation_spiders.storage.models import PageContent, ProcessingRun, WebsiteSnapshot

TOKEN = "patFAILUREStoken1234567890.abcdef"


def airtable_records(farm, count: int) -> list[dict]:
    records = []
    for i in range(count):
        host = f"co{i}.test"
        farm.page(host, "/", f"<html><title>Co {i}</title><body><p>Co {i}</p></body></html>")
        records.append({"id": record_id(i), "fields": {"Name": f"Co {i}", "Website": farm.url(host, "/")}})
    return records


def error_lines(result: CrawlResult) -> list[str]:
    return [line for line in result.log.splitlines() if " ERROR: " in line]


def run_rows(database_url: str) -> list[dict]:
    runs = scrapy_command("runs", "--json", database_url=database_url)
    assert runs.returncode == 0, runs.stderr
    return [json.loads(line) for line in runs.stdout.splitlines()]


# --- Airtable -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("401", "Airtable rejected the token (401 AUTHENTICATION_REQUIRED): check AIRTABLE_API_KEY"),
        ("403", "Airtable refused access to base appTEST, table 'Companies' (403"),
        ("404", "Airtable has no base 'appNOPE' with table 'Companies' (404 NOT_FOUND)"),
        ("429", "kept answering 429 (rate limit) for more than 2 s"),
        ("503", "answered 503 SERVER_ERROR after retrying for up to 2 s: try again later"),
    ],
)
def test_airtable_failures_are_one_line_exit_1_and_a_failed_run(site_farm, sqlite_url, case, expected):
    records = airtable_records(site_farm, 2)
    fake = FakeAirtable(token=TOKEN, records=records, extra_fields=["URLs"],
                        forbidden_bases=["appTEST"] if case == "403" else ())
    with fake as fa:
        env = {"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": fa.base, "AIRTABLE_API_URL": fa.url}
        if case == "401":
            env["AIRTABLE_API_KEY"] = TOKEN + "-revoked"
        if case == "404":
            env["AIRTABLE_BASE_ID"] = "appNOPE"
        if case == "429":
            fa.penalize(600)
        if case == "503":
            fa.inject_5xx(1000, status=503)
        result = crawl("render=never", database_url=sqlite_url, env=env,
                       settings={"AIRTABLE_RETRY_SECONDS": "2"}, timeout=120)
    assert result.returncode == 1, result.log[-3000:]
    assert "Traceback" not in result.log
    errors = error_lines(result)
    assert len(errors) == 1 and expected in errors[0], errors
    assert TOKEN not in result.log
    (run,) = run_rows(sqlite_url)
    assert (run["status"], run["finish_reason"]) == ("failed", "source_error")
    assert not site_farm.requests  # nothing crawled on a failed sync


def test_a_short_429_storm_is_waited_out(site_farm, sqlite_url):
    with FakeAirtable(token=TOKEN, records=airtable_records(site_farm, 3), extra_fields=["URLs"]) as fa:
        fa.inject_429(4, retry_after=1)
        result = crawl(
            "render=never",
            database_url=sqlite_url,
            env={"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": fa.base, "AIRTABLE_API_URL": fa.url},
            settings={"AIRTABLE_RETRY_SECONDS": "20"},
        )
        statuses = [r.status for r in fa.requests]
    assert result.returncode == 0, result.log[-3000:]
    assert statuses[:5] == [429, 429, 429, 429, 200]
    assert result.results_block()["URLs Scraped"] == "3 URLs"
    (run,) = run_rows(sqlite_url)
    assert run["status"] == "finished"


# --- database unreachable at start -------------------------------------------------------------


@pytest.mark.parametrize(
    ("make_url", "expected"),
    [
        (lambda tmp: "postgresql+psycopg://someone:hunter2secret@127.0.0.1:1/nowhere",
         "cannot reach the database postgresql+psycopg://someone:***@127.0.0.1:1/nowhere"),
        (lambda tmp: f"sqlite:///{tmp / 'a-file'}/companies.db",  # the folder is a file
         "cannot use the database sqlite:///"),
    ],
    ids=["postgresql", "sqlite"],
)
def test_unreachable_database_is_one_line_and_exit_1(tmp_path, make_url, expected):
    (tmp_path / "a-file").write_text("not a folder")
    source = tmp_path / "c.csv"
    source.write_text("Name,Website\nAcme,acme.test\n")
    result = crawl(f"source={source}", "render=never", database_url=make_url(tmp_path), timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.log
    assert "hunter2secret" not in result.log + result.stdout
    errors = error_lines(result)
    assert expected in errors[0], errors
    # the only other line says no run could be recorded: the truth, as the database is down
    assert all("could be recorded" in line for line in errors[1:]), errors


# --- SQLite locked by another writer ----------------------------------------------------------------


LOCKER = """
import sqlite3, sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
conn = sqlite3.connect(path, isolation_level=None, timeout=30)
conn.execute("BEGIN EXCLUSIVE")
before = conn.execute("SELECT count(*) FROM website_snapshots").fetchone()[0]
print(f"locked {before}", flush=True)
time.sleep(seconds)
after = conn.execute("SELECT count(*) FROM website_snapshots").fetchone()[0]
conn.execute("COMMIT")
print(f"released {after}", flush=True)
"""


def slow_portfolio(farm, tmp_path: Path, companies: int, pages: int, delay: float) -> tuple[Path, list[str]]:
    lines, urls = ["Name,Website,URLs"], []
    for c in range(companies):
        host = f"slow{c}.test"
        company_urls = []
        for p in range(pages):
            path = f"/p{p}" if p else "/"
            farm.page(host, path, f"<html><title>Slow {c} {p}</title><body><p>Page {p} of {c}</p></body></html>",
                      delay=delay)
            company_urls.append(farm.url(host, path))
        urls += company_urls
        lines.append(f'Slow {c},{company_urls[0]},"{chr(10).join(company_urls[1:])}"')
    path = tmp_path / "slow.csv"
    path.write_text("\n".join(lines) + "\n")
    return path, urls


def brake_unfetched_pages(farm, at_least: int, delay: float, timeout: float = 90) -> list:
    """Once the crawl has asked for ``at_least`` pages, make every page it has not asked for yet
    answer after ``delay`` seconds, so the crawl is surely still running when it is stopped.

    Waiting for stored snapshots alone is a race: pages are analysed in worker processes, and
    while a worker loads the text model on a loaded machine the crawl can fetch every page, so
    the first snapshots and the last arrive together. Returns the braked routes."""
    deadline = time.monotonic() + timeout
    while sum(route.hits for route in farm.routes.values()) < at_least:
        assert time.monotonic() < deadline, f"the crawl asked for fewer than {at_least} pages in {timeout}s"
        time.sleep(0.05)
    braked = [route for route in farm.routes.values() if route.hits == 0]
    for route in braked:
        route.delay = delay
    return braked


def release(routes: list, delay: float) -> None:
    for route in routes:
        route.delay = delay


def crawl_in_background(*args, **kwargs) -> tuple[threading.Thread, list[CrawlResult]]:
    out: list[CrawlResult] = []
    thread = threading.Thread(target=lambda: out.append(crawl(*args, **kwargs)), daemon=True)
    thread.start()
    return thread, out


def wait_for_snapshots(database_url: str, at_least: int, timeout: float = 90) -> int:
    engine = create_engine(database_url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                with engine.connect() as conn:
                    count = conn.scalar(select(func.count()).select_from(WebsiteSnapshot)) or 0
                if count >= at_least:
                    return count
            except Exception:  # the schema is not there yet
                pass
            time.sleep(0.2)
    finally:
        engine.dispose()
    raise AssertionError(f"fewer than {at_least} snapshots after {timeout}s")


def assert_every_url_once_and_whole(database_url: str, urls: list[str]) -> ProcessingRun:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        run = conn.execute(select(ProcessingRun)).one()
        snapshots = conn.execute(select(WebsiteSnapshot).where(WebsiteSnapshot.run_id == run.id)).all()
        contents = {c.content_hash: c for c in conn.execute(select(PageContent))}
    engine.dispose()
    assert sorted(s.url for s in snapshots) == sorted(urls)  # each URL exactly once
    for s in snapshots:  # whole rows: the body, its text and the snapshot were written together
        assert s.status == 200 and s.error is None, s
        content = contents.get(s.content_hash)
        assert content is not None and content.text_hash and content.title, s
        body = zlib.decompress(content.body)
        assert content.title.encode() in body
    return run


def test_sqlite_locked_by_another_writer_loses_nothing(site_farm, tmp_path, sqlite_url):
    source, urls = slow_portfolio(site_farm, tmp_path, companies=8, pages=5, delay=0.4)
    thread, out = crawl_in_background(
        f"source={source}", "render=never", database_url=sqlite_url,
        settings={"CONCURRENT_REQUESTS": "4"}, timeout=180,
    )
    brake_unfetched_pages(site_farm, 6, delay=2)  # the crawl is still fetching while the lock is held
    wait_for_snapshots(sqlite_url, 3)
    db_path = sqlite_url.removeprefix("sqlite:///")
    locker = subprocess.run([sys.executable, "-c", LOCKER, db_path, "5"], capture_output=True, text=True,
                            timeout=60)
    assert locker.returncode == 0, locker.stderr
    before = int(locker.stdout.split("locked ")[1].split()[0])
    after = int(locker.stdout.split("released ")[1].split()[0])
    thread.join(180)
    (result,) = out
    assert result.returncode == 0, result.log[-3000:]
    assert before == after < len(urls)  # nothing was written while the lock was held...
    run = assert_every_url_once_and_whole(sqlite_url, urls)  # ...and nothing was lost
    assert run.status == "finished" and run.urls_scraped == len(urls)
    assert "Traceback" not in result.log and "Could not store" not in result.log


# --- PostgreSQL restarted in the middle of a crawl -------------------------------------------------


class ThrowawayPostgres:
    """A PostgreSQL server of this test alone (initdb in a temporary folder, its own port)."""

    def __init__(self):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        self.bindir = Path(bins[-1]).parent if bins else None
        self.port = free_port()
        self.root = os.geteuid() == 0
        self.datadir: Path | None = None

    def available(self) -> bool:
        if self.bindir is None:
            return False
        if self.root:
            return shutil.which("runuser") is not None and _user_exists("postgres")
        return True

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.root:  # initdb and postgres refuse to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)

    def start(self) -> None:
        if self.datadir is None:
            folder = Path(tempfile.mkdtemp(prefix="vs-pg-"))
            if self.root:
                shutil.chown(folder, "postgres", "postgres")
            self.datadir = folder / "data"
            self._run("initdb", "-D", str(self.datadir), "-A", "trust", "-U", "postgres", "--no-sync",
                      "-E", "UTF8")
        self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.datadir.parent / "server.log"), "-w",
                  "-o", f"-p {self.port} -k {self.datadir.parent} -c listen_addresses=127.0.0.1", "start")

    def kill(self) -> None:
        """Stop as a crash would: no shutdown checkpoint, recovery on the next start."""
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop")

    def close(self) -> None:
        if self.datadir is not None:
            subprocess.run([*(["runuser", "-u", "postgres", "--"] if self.root else []),
                            str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"],
                           capture_output=True, timeout=60)
            shutil.rmtree(self.datadir.parent, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


@pytest.fixture
def throwaway_postgres():
    server = ThrowawayPostgres()
    require(server.available(), "PostgreSQL server binaries (initdb, pg_ctl)")
    try:
        server.start()
        yield server
    finally:
        server.close()


def test_postgresql_restarted_mid_crawl_loses_nothing(site_farm, tmp_path, throwaway_postgres):
    database_url = throwaway_postgres.url
    source, urls = slow_portfolio(site_farm, tmp_path, companies=8, pages=5, delay=0.4)
    thread, out = crawl_in_background(
        f"source={source}", "render=never", database_url=database_url,
        settings={"CONCURRENT_REQUESTS": "4", "RUN_HEARTBEAT_INTERVAL": "1"}, timeout=180,
    )
    brake_unfetched_pages(site_farm, 6, delay=2)  # items still arrive while the server is down
    stored_before = wait_for_snapshots(database_url, 4)
    throwaway_postgres.kill()
    time.sleep(3)  # items keep arriving while the server is down
    throwaway_postgres.start()
    thread.join(180)
    (result,) = out
    assert result.returncode == 0, result.log[-3000:]
    assert stored_before < len(urls)
    assert re.search(r"Database (read|write) failed", result.log)  # the restart hit the pipeline: retried
    assert "Could not store" not in result.log, result.log[-3000:]
    run = assert_every_url_once_and_whole(database_url, urls)
    assert run.status == "finished" and run.urls_scraped == len(urls)
    engine = create_engine(database_url)
    with engine.connect() as conn:  # nothing half-written survived the crash
        orphans = conn.scalar(text(
            "SELECT count(*) FROM page_contents p WHERE NOT EXISTS "
            "(SELECT 1 FROM website_snapshots s WHERE s.content_hash = p.content_hash)"))
    engine.dispose()
    assert orphans == 0
