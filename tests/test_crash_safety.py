"""Crash safety: a crawl killed with SIGKILL leaves an intact database and the next crawl marks its
run ``interrupted``; a crawl stopped with Ctrl-C (SIGINT) and resumed with the same ``JOBDIR``
finishes the remaining URLs in the same run without storing any URL twice."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from collections import Counter

from sqlalchemy import create_engine, select

from tests.crawling import LOCAL_SETTINGS, ROOT, crawl, scrapy_command
from tests.test_failures import brake_unfetched_pages, release, slow_portfolio, wait_for_snapshots
from valuation_spiders.storage.models import PageContent, WebsiteSnapshot


def start_crawl(*args: str, database_url: str, settings: dict[str, str], log_path) -> subprocess.Popen:
    """``scrapy crawl companies`` in the background, as crawling.crawl() runs it."""
    command = [sys.executable, "-m", "scrapy", "crawl", "companies"]
    for arg in args:
        command += ["-a", arg]
    for key, value in {**LOCAL_SETTINGS, **settings}.items():
        command += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRTABLE_", "DATABASE_URL"))}
    env.update({"DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"})
    with open(log_path, "w") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def runs(database_url: str) -> dict[int, dict]:
    result = scrapy_command("runs", "--json", database_url=database_url)
    assert result.returncode == 0, result.stderr
    return {r["run_id"]: r for r in map(json.loads, result.stdout.splitlines())}


def snapshots_of(database_url: str, run_id: int) -> list:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(select(WebsiteSnapshot).where(WebsiteSnapshot.run_id == run_id)).all()
        contents = set(conn.scalars(select(PageContent.content_hash)))
    engine.dispose()
    for row in rows:  # a snapshot is never there without its body
        assert row.status == 200 and row.content_hash in contents, row
    return rows


def test_sigkill_leaves_an_intact_database_and_the_next_crawl_marks_the_run_interrupted(
    site_farm, tmp_path, sqlite_url
):
    source, urls = slow_portfolio(site_farm, tmp_path, companies=8, pages=5, delay=0.4)
    settings = {"CONCURRENT_REQUESTS": "4"}
    proc = start_crawl(f"source={source}", "render=never", database_url=sqlite_url, settings=settings,
                       log_path=tmp_path / "killed.log")
    try:
        braked = brake_unfetched_pages(site_farm, 6, delay=3)  # (all answered before the farm closes)
        stored = wait_for_snapshots(sqlite_url, 1)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    release(braked, 0.4)
    assert proc.returncode == -signal.SIGKILL
    assert stored < len(urls)

    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:  # opening it also replays the WAL the crash left behind
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    killed = runs(sqlite_url)[1]
    assert killed["status"] == "running"  # what the dead process left; the next crawl tells the truth
    partial = snapshots_of(sqlite_url, 1)
    assert 0 < len(partial) < len(urls)

    result = crawl(f"source={source}", "render=never", database_url=sqlite_url, settings=settings, timeout=180)
    assert result.returncode == 0, result.log[-3000:]
    assert "Marked run(s) [1] interrupted" in result.log
    after = runs(sqlite_url)
    assert (after[1]["status"], after[1]["finish_reason"]) == ("interrupted", "process died")
    assert after[2]["status"] == "finished"
    assert sorted(s.url for s in snapshots_of(sqlite_url, 2)) == sorted(urls)


def test_ctrl_c_then_resume_with_jobdir_stores_every_url_once(site_farm, tmp_path, sqlite_url):
    source, urls = slow_portfolio(site_farm, tmp_path, companies=8, pages=5, delay=0.4)
    jobdir = tmp_path / "job"
    settings = {"CONCURRENT_REQUESTS": "4", "JOBDIR": str(jobdir)}
    proc = start_crawl(f"source={source}", "render=never", database_url=sqlite_url, settings=settings,
                       log_path=tmp_path / "stopped.log")
    try:
        braked = brake_unfetched_pages(site_farm, 6, delay=3)  # pages in flight end within 3 s
        proc.send_signal(signal.SIGINT)  # Ctrl-C, once: Scrapy shuts down gracefully
        proc.wait(120)
    finally:
        if proc.poll() is None:
            proc.kill()
    release(braked, 0.4)
    stopped_log = (tmp_path / "stopped.log").read_text()
    assert proc.returncode == 0, stopped_log[-3000:]
    assert "shutting down gracefully" in stopped_log
    first = runs(sqlite_url)[1]
    assert (first["status"], first["finish_reason"]) == ("interrupted", "shutdown")
    stored_first = snapshots_of(sqlite_url, 1)
    assert 0 < len(stored_first) < len(urls)
    hits_first = {key: route.hits for key, route in site_farm.routes.items()}

    result = crawl(f"source={source}", "render=never", database_url=sqlite_url, settings=settings, timeout=180)
    assert result.returncode == 0, result.log[-3000:]
    assert "Resuming processing run 1" in result.log
    assert set(runs(sqlite_url)) == {1}  # the same run, not a new one
    final = runs(sqlite_url)[1]
    assert final["status"] == "finished" and final["urls_scraped"] == len(urls)
    stored = Counter(s.url for s in snapshots_of(sqlite_url, 1))
    assert sorted(stored) == sorted(urls) and set(stored.values()) == {1}
    # the stored URLs were not fetched again after the resume
    stored_urls = {s.url for s in stored_first}
    for (host, path), route in site_farm.routes.items():
        if site_farm.url(host, path) in stored_urls:
            assert route.hits == hits_first[(host, path)], (host, path)
    # the queue JOBDIR kept is worked off, and start() skips what is already stored
    assert "Resuming crawl (" in result.log
    skipped = re.search(r"Skipping (\d+) URLs already stored in this run", result.log)
    assert skipped and int(skipped.group(1)) >= len(stored_first)
