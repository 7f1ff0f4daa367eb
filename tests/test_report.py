"""The report a partner reads: built from real crawls, checked as text and in headless Chromium."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.conftest import require
from tests.crawling import ROOT, crawl, scrapy_command
from valuation_spiders.rendering.browser import find_browser

ARTIFACTS = ROOT / "artifacts"

HOSTILE = (
    "&lt;script&gt;window.__pwned = 1; document.title = 'PWNED'&lt;/script&gt; "
    "&lt;img src=x onerror=\"window.__pwned = 2\"&gt;"
)


def html(title: str, *paragraphs: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>" + "".join(
        f"<p>{p}</p>" for p in paragraphs
    ) + "</body></html>"


@pytest.fixture
def two_runs(site_farm, tmp_path, sqlite_url):
    """Two crawls of a small portfolio: one company is acquired (with hostile text on its page),
    one stays the same, one goes dark."""
    site_farm.page("acme-robots.com", "/", html("Acme Robots", "Acme Robots builds warehouse robots."))
    site_farm.page("steady-co.com", "/", html("Steady Co", "Steady Co sells accounting software."))
    site_farm.page("gone-dark.com", "/", html("Gone Dark", "Gone Dark makes drones."))
    source = tmp_path / "portfolio.csv"
    source.write_text(
        "Name,Website,URLs\n"
        + "".join(f"{n},{site_farm.url(h)},\n" for n, h in [
            ("Acme Robots", "acme-robots.com"), ("Steady Co", "steady-co.com"), ("Gone Dark", "gone-dark.com")])
    )
    first = crawl(f"source={source}", database_url=sqlite_url)
    assert first.returncode == 0, first.log[-2000:]
    site_farm.page(
        "acme-robots.com", "/",
        html("Acme Robots", "Acme Robots has been acquired by Globex Corporation.", HOSTILE,
             "Acme Robots builds warehouse robots."),
    )
    site_farm.remove_host("gone-dark.com")
    second = crawl(
        f"source={source}", database_url=sqlite_url,
        settings={"RESOLVE_OVERRIDES": '{"gone-dark.com": "127.0.0.2", "*": "127.0.0.1"}'},
    )
    assert second.returncode == 0, second.log[-2000:]
    return sqlite_url


def write_report(database_url: str, path: Path, *args: str) -> str:
    result = scrapy_command("report", "-o", str(path), *args, database_url=database_url)
    assert result.returncode == 0, result.stderr
    return path.read_text(encoding="utf-8")


def test_report_content_flagged_first_with_evidence_and_diff(two_runs, tmp_path):
    text = write_report(two_runs, tmp_path / "report.html")
    assert "<script" not in text.lower().replace("&lt;script", "")  # no script element at all
    assert "&lt;script&gt;window.__pwned" in text  # the page's text is shown, escaped
    flagged_at = text.index('id="flagged"')
    unchanged_at = text.index('id="unchanged"')
    failed_at = text.index('id="failed"')
    assert flagged_at < unchanged_at < failed_at
    flagged = text[flagged_at:unchanged_at]
    assert "Acme Robots has been acquired by Globex Corporation." in flagged
    assert "Gone Dark" in flagged and "Site down" in flagged
    assert flagged.index("Acquisition") < flagged.index("Site down")  # most serious first
    assert re.search(r'class="add">\+ Acme Robots has been acquired', flagged)
    assert "Steady Co" in text[unchanged_at:failed_at]
    assert "refused" in text[failed_at:]
    assert "Processed: 3 companies" in text and "Flagged: 2 companies" in text
    # self-contained: nothing is fetched from the network
    assert not re.search(r'(src|href)="(https?:)?//(?!acme-robots|steady-co|gone-dark)', text)
    assert "<link" not in text


def test_flags_csv_for_spreadsheets(two_runs):
    result = scrapy_command("flags", "--csv", database_url=two_runs)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    kinds = {(r["company_name"], r["kind"]) for r in rows if r["flagging"] == "yes"}
    assert ("Acme Robots", "acquisition") in kinds and ("Gone Dark", "site_down") in kinds
    assert not any(r["company_name"] == "Steady Co" for r in rows)


def test_report_in_headless_chromium_shows_flags_and_runs_no_page_script(two_runs, tmp_path):
    found = find_browser()
    require(found is not None, "a Chromium browser")
    browser = found.path
    from playwright.sync_api import sync_playwright

    path = tmp_path / "report.html"
    write_report(two_runs, path)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=browser,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        try:
            for name, viewport in (("desktop", {"width": 1280, "height": 900}), ("phone", {"width": 390, "height": 844})):
                page = chromium.new_page(viewport=viewport)
                requests: list[str] = []
                page.on("request", lambda r: requests.append(r.url))
                page.goto(path.as_uri())
                assert page.evaluate("window.__pwned") is None
                assert page.title() != "PWNED"
                assert page.get_by_text("Acme Robots has been acquired by Globex Corporation.").first.is_visible()
                assert page.locator(".diff .add").first.is_visible()
                assert page.get_by_text("<script>window.__pwned", exact=False).first.is_visible()
                assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
                # nothing wider than the screen on a phone
                width = page.evaluate("document.documentElement.scrollWidth")
                assert width <= viewport["width"] + 1, f"{name}: page is {width}px wide"
                page.screenshot(path=str(ARTIFACTS / f"report-{name}.png"), full_page=True)
                page.close()
        finally:
            chromium.close()


def test_demo_runs_offline_and_names_the_companies_it_should_flag(tmp_path):
    report = tmp_path / "demo.html"
    result = scrapy_command("demo", "-o", str(report), database_url="sqlite:///unused.db", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Flagged: 6 companies" in result.stdout
    text = report.read_text(encoding="utf-8")
    flagged = text[text.index('id="flagged"'):text.index('id="unchanged"')]
    for name in ("Fabrikam Health", "Contoso Ledger", "Wingtip Travel", "Litware Labs", "Adatum Energy", "Proseware Mobile"):
        assert name in flagged, name
    unchanged = text[text.index('id="unchanged"'):text.index('id="failed"')]
    assert "Northwind Analytics" in unchanged and "Tailspin Robotics" in unchanged
