"""Crawl-health checks: the pure verdicts, and each check driven by a real crawl of local sites,
seen where a user sees it (the log, the run row, ``scrapy runs``, the report, the alert)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from tests.crawling import crawl, scrapy_command
from tests.servers.alert_receivers import WebhookReceiver
from tests.servers.sites import closed_port
from valuation_spiders.health import FAILED, PASSED, SKIPPED, HealthThresholds, RunFacts, evaluate
from valuation_spiders.storage.models import ProcessingRun

LIMITS = HealthThresholds()


def by_name(checks) -> dict:
    return {c.name: c for c in checks}


# --- pure ---------------------------------------------------------------------------------------


def test_a_healthy_run_passes_every_check_it_can_judge():
    checks = by_name(evaluate(RunFacts(items=100, urls_failed=5, seconds=120, companies_known=50,
                                       companies_missing=1, urls_active_before=200, urls_deactivated=3,
                                       previous_seconds=100, previous_run_id=4), LIMITS))
    assert {n: c.status for n, c in checks.items()} == dict.fromkeys(checks, PASSED)
    assert checks["failed_urls"].value == 0.05 and checks["failed_urls"].threshold == 0.2
    assert checks["slow_run"].value == 1.2


@pytest.mark.parametrize(
    ("facts", "name", "value"),
    [
        (RunFacts(items=10, urls_failed=3, seconds=1), "failed_urls", 0.3),
        (RunFacts(items=0, urls_failed=0, seconds=1), "no_items", 0),
        (RunFacts(items=5, urls_failed=0, seconds=1, companies_known=10, companies_missing=3), "companies_removed", 0.3),
        (RunFacts(items=5, urls_failed=0, seconds=1, urls_active_before=9, urls_deactivated=3), "urls_deactivated", 0.3333),
        (RunFacts(items=5, urls_failed=0, seconds=400, previous_seconds=100, previous_run_id=1), "slow_run", 4.0),
    ],
)
def test_each_check_fails_past_its_threshold(facts, name, value):
    checks = by_name(evaluate(facts, LIMITS))
    assert checks[name].status == FAILED and checks[name].value == value
    assert [c.name for c in checks.values() if c.failed] == [name]


def test_thresholds_are_limits_not_triggers_and_short_runs_are_never_slow():
    at_limit = RunFacts(items=10, urls_failed=2, seconds=59, companies_known=5, companies_missing=1,
                        urls_active_before=10, urls_deactivated=2, previous_seconds=1, previous_run_id=1)
    checks = by_name(evaluate(at_limit, LIMITS))
    assert all(c.status == PASSED for c in checks.values()), checks
    assert checks["slow_run"].value == 59.0  # 59x, but a 59-second run is not worth an error


def test_nothing_to_compare_is_skipped_and_a_stopped_run_is_not_judged():
    checks = by_name(evaluate(RunFacts(items=3, urls_failed=0, seconds=5), LIMITS))
    assert {n for n, c in checks.items() if c.status == SKIPPED} == {"companies_removed", "urls_deactivated", "slow_run"}
    stopped = evaluate(RunFacts(items=0, urls_failed=0, seconds=1, stopped="source_error"), LIMITS)
    assert {c.status for c in stopped} == {SKIPPED} and len(stopped) == 5


# --- through real crawls ------------------------------------------------------------------------


def page(name: str, text: str = "builds robots for warehouses.") -> str:
    return f"<html><head><title>{name}</title></head><body><h1>{name}</h1><p>{name} {text}</p></body></html>"


def write_csv(path: Path, rows: list[tuple[str, list[str]]]) -> str:
    lines = ["Name,Website,URLs"]
    for name, urls in rows:
        lines.append(f'{name},{urls[0] if urls else ""},"{chr(10).join(urls[1:])}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def sites(farm, count: int, pages: int = 1, delay: float = 0.0) -> list[tuple[str, list[str]]]:
    rows = []
    for i in range(count):
        host, name = f"healthy{i}.com", f"Healthy {i}"
        urls = []
        for p in range(pages):
            path = "/" if p == 0 else f"/p{p}"
            farm.page(host, path, page(name), delay=delay)
            urls.append(farm.url(host, path))
        rows.append((name, urls))
    return rows


def health_errors(log: str) -> list[str]:
    return [line for line in log.splitlines() if " ERROR: Crawl health check failed" in line]


def stored_health(database_url: str) -> dict[int, dict]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = {run.id: run.health for run in conn.execute(select(ProcessingRun))}
    engine.dispose()
    return rows


def test_failed_urls_is_an_error_line_in_the_run_row_in_scrapy_runs_and_in_the_report(
    site_farm, tmp_path, database_url
):
    dead = closed_port()
    rows = sites(site_farm, 2) + [(f"Dead {i}", [f"http://dead{i}.com:{dead}/"]) for i in range(2)]
    result = crawl(f"source={write_csv(tmp_path / 'c.csv', rows)}", database_url=database_url)
    assert result.returncode == 0, result.log[-3000:]
    (line,) = health_errors(result.log)
    assert "failed_urls: 50% of URLs failed (2 of 4); the limit is 20%" in line

    (health,) = stored_health(database_url).values()
    checks = {c["name"]: c for c in health["checks"]}
    assert set(checks) == {"failed_urls", "no_items", "companies_removed", "urls_deactivated", "slow_run"}
    assert (checks["failed_urls"]["status"], checks["failed_urls"]["value"], checks["failed_urls"]["threshold"]) == (
        "failed", 0.5, 0.2)
    assert checks["no_items"]["status"] == "passed" and checks["slow_run"]["status"] == "skipped"
    assert health["failed"] == ["failed_urls"]

    runs = scrapy_command("runs", database_url=database_url)
    assert "1 failed" in runs.stdout and "health check failed: failed_urls: 50% of URLs failed" in runs.stdout
    as_json = json.loads(scrapy_command("runs", "--json", database_url=database_url).stdout.splitlines()[0])
    assert as_json["health"]["failed"] == ["failed_urls"]

    report = tmp_path / "report.html"
    made = scrapy_command("report", "-o", str(report), database_url=database_url)
    assert made.returncode == 0, made.stderr
    header = report.read_text(encoding="utf-8").split("</header>")[0]
    assert "Crawl health: 1 check failed" in header and "50% of URLs failed (2 of 4)" in header


def test_a_healthy_crawl_logs_no_health_error_and_says_ok(site_farm, tmp_path, sqlite_url):
    result = crawl(f"source={write_csv(tmp_path / 'c.csv', sites(site_farm, 3))}", database_url=sqlite_url)
    assert result.returncode == 0, result.log[-3000:]
    assert health_errors(result.log) == []
    runs = scrapy_command("runs", database_url=sqlite_url)
    assert runs.stdout.splitlines()[1].rstrip().endswith("ok")
    report = tmp_path / "report.html"
    scrapy_command("report", "-o", str(report), database_url=sqlite_url)
    assert "Crawl health: every check passed" in report.read_text(encoding="utf-8")


def test_zero_items_fails_and_is_alerted_although_nobody_is_newly_flagged(tmp_path, sqlite_url):
    source = write_csv(tmp_path / "c.csv", [("Junk Co", ["not a url"]), ("Empty Co", [])])
    with WebhookReceiver().running() as hook:
        result = crawl(f"source={source}", database_url=sqlite_url,
                       env={"VALUATION_ALERT_URLS": hook.url()})
    assert result.returncode == 0, result.log[-3000:]
    (line,) = health_errors(result.log)
    assert "no_items: 0 URL(s) stored; at least 1 expected" in line
    (message,) = [r["json"] for r in hook.received]
    assert "1 health check failed" in message["title"]
    assert "Crawl health:\n- no_items: 0 URL(s) stored" in message["message"]
    assert "Newly flagged" not in message["message"]


def test_a_sync_that_drops_most_companies_and_urls_fails_both_removal_checks(site_farm, tmp_path, database_url):
    rows = sites(site_farm, 5, pages=3)
    first = crawl(f"source={write_csv(tmp_path / 'all.csv', rows)}", database_url=database_url)
    assert first.returncode == 0 and health_errors(first.log) == [], first.log[-3000:]
    # "a wrong view": two of five companies, one of them with one of its three URLs
    narrow = [rows[0], (rows[1][0], rows[1][1][:1])]
    second = crawl(f"source={write_csv(tmp_path / 'view.csv', narrow)}", database_url=database_url)
    assert second.returncode == 0, second.log[-3000:]
    errors = health_errors(second.log)
    assert len(errors) == 2, errors
    assert "companies_removed: 60% of known companies missing from the source (3 of 5)" in errors[0]
    assert "urls_deactivated: 33% of active URLs deactivated by the sync (2 of 6)" in errors[1]
    health = stored_health(database_url)
    assert health[2]["failed"] == ["companies_removed", "urls_deactivated"]
    assert {c["name"]: c["status"] for c in health[1]["checks"]}["companies_removed"] == "skipped"  # nothing known yet


def test_a_run_much_slower_than_the_last_comparable_one_fails_slow_run(site_farm, tmp_path, sqlite_url):
    source = write_csv(tmp_path / "c.csv", sites(site_farm, 2, pages=2))
    settings = {"HEALTH_MIN_DURATION_SECONDS": "0", "HEALTH_MAX_DURATION_RATIO": "1.25"}
    first = crawl(f"source={source}", database_url=sqlite_url, settings=settings)
    assert first.returncode == 0 and health_errors(first.log) == [], first.log[-3000:]
    for route in site_farm.routes.values():
        route.delay = 8.0  # the first run would have to take 32 s for this one to stay under 1.25x
    second = crawl(f"source={source}", database_url=sqlite_url, settings=settings)
    assert second.returncode == 0, second.log[-3000:]
    # while it waited, the progress line (tqdm's, logged every PROGRESS_INTERVAL off a terminal)
    progress = [line for line in second.log.splitlines() if "[valuation_spiders.extensions.progress] INFO: Progress: " in line]
    assert progress and all("/4 [" in line and "/2 companies]" in line for line in progress), progress
    (line,) = health_errors(second.log)
    assert "slow_run: took " in line and "x run 1 (" in line and "the limit is 1.25x" in line
    health = stored_health(sqlite_url)
    slow = {c["name"]: c for c in health[2]["checks"]}["slow_run"]
    assert slow["status"] == "failed" and slow["value"] > 1.25
    assert health[2]["seconds"] >= 8 and health[2]["seconds"] > 1.25 * health[1]["seconds"]


def test_a_bad_threshold_stops_the_crawl_naming_the_setting(tmp_path, sqlite_url):
    result = crawl(f"source={write_csv(tmp_path / 'c.csv', [])}", database_url=sqlite_url,
                   settings={"HEALTH_MAX_FAILED_URL_SHARE": "twenty"})
    assert result.returncode != 0
    assert "HEALTH_MAX_FAILED_URL_SHARE must be a number, not 'twenty'" in result.log
