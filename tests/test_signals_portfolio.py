"""The labelled fixture portfolio, crawled in two epochs by the real spider and judged from
``scrapy flags --json``: nobody is flagged in epoch 1; in epoch 2 every flag is right (precision)
and every expected flag is there (recall)."""

from __future__ import annotations

import json
import re

import pytest

from tests.crawling import crawl, scrapy_command
from tests.fixtures.portfolio import COMPANIES, error_page

NOWHERE = "127.0.0.2"  # loopback address nothing listens on: connection refused


def _with_port(farm, url: str) -> str:
    return re.sub(r"^(https?)://([^/:]+)", lambda m: f"http://{m.group(2)}:{farm.port}", url)


def serve_epoch(farm, number: int) -> dict[str, str]:
    """Serve every fixture company as it is in this epoch; returns RESOLVE_OVERRIDES."""
    farm.clear()
    overrides: dict[str, str] = {}
    served_hosts: set[str] = set()
    for company in COMPANIES:
        epoch = company.epoch(number)
        if epoch.refused:
            overrides[company.host] = NOWHERE
            continue
        for host, pages in epoch.extra_hosts.items():
            served_hosts.add(host)
            for path, html in pages.items():
                farm.page(host, path, html)
        if epoch.redirect_to:
            target = _with_port(farm, epoch.redirect_to)
            for path in company.paths:
                location = target.rstrip("/") + path if epoch.redirect_keeps_path else target
                farm.redirect(company.host, path, location)
            target_host = re.match(r"https?://([^/:]+)", epoch.redirect_to).group(1)
            if target_host not in served_hosts and target_host not in epoch.extra_hosts:
                overrides[target_host] = NOWHERE
            continue
        for path, html in epoch.pages.items():
            farm.page(company.host, path, html, status=epoch.statuses.get(path, 200))
        for path, status in epoch.statuses.items():
            if path not in epoch.pages:
                farm.page(company.host, path, error_page(status), status=status)
    overrides["*"] = "127.0.0.1"
    return overrides


def listed_url(farm, company, path: str) -> str:
    """The URL as the portfolio lists it: ``http://host:port/path``, or ``host:port/path`` for a
    company listed without a scheme (an http-only site: https fails at the TLS level on the farm)."""
    url = farm.url(company.host, path)
    return url if company.scheme_given else url.removeprefix("http://")


def portfolio_csv(farm, path) -> None:
    lines = ["Name,Website,URLs"]
    for company in COMPANIES:
        urls = [listed_url(farm, company, p) for p in company.paths]
        name = company.name.replace('"', '""')
        lines.append(f'"{name}",{urls[0]},"' + "\n".join(urls[1:]) + '"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def flags_of(database_url: str) -> dict[str, set[str]]:
    result = scrapy_command("flags", "--json", database_url=database_url)
    assert result.returncode == 0, result.stderr
    found: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():
        entry = json.loads(line)
        found[entry["company_name"]] = {s["kind"] for s in entry["signals"]} & FLAGGING
    return found


FLAGGING = {"funding", "acquisition", "shutdown", "layoffs", "site_down", "parked_domain",
            "domain_redirect", "domain_repurposed"}


def score(expected: dict[str, frozenset[str]], found: dict[str, set[str]]) -> tuple[float, float, list[str]]:
    right = wrong = missed = 0
    mistakes = []
    for name, kinds in expected.items():
        got = found.get(name, set())
        right += len(got & kinds)
        for kind in sorted(got - kinds):
            wrong += 1
            mistakes.append(f"false flag {kind}: {name}")
        for kind in sorted(kinds - got):
            missed += 1
            mistakes.append(f"missed {kind}: {name}")
    precision = right / (right + wrong) if right + wrong else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    return precision, recall, mistakes


@pytest.mark.slow
def test_fixture_portfolio_two_epochs_precision_and_recall(site_farm, tmp_path, sqlite_url):
    assert len(COMPANIES) >= 60
    source = tmp_path / "portfolio.csv"
    portfolio_csv(site_farm, source)
    settings = {"CONCURRENT_REQUESTS": "64", "RETRY_TIMES": "1", "RENDER_MODE": "never"}

    overrides = serve_epoch(site_farm, 1)
    first = crawl(f"source={source}", database_url=sqlite_url,
                  settings={**settings, "RESOLVE_OVERRIDES": json.dumps(overrides)})
    assert first.returncode == 0, first.log[-3000:]
    epoch1 = flags_of(sqlite_url)
    assert epoch1 == {}, f"flags on a healthy first epoch: {epoch1}"
    http_only = {c.host for c in COMPANIES if not c.scheme_given}
    assert http_only <= set(site_farm.tls_attempts)  # tried on https first, then fetched over http

    overrides = serve_epoch(site_farm, 2)
    second = crawl(f"source={source}", database_url=sqlite_url,
                   settings={**settings, "RESOLVE_OVERRIDES": json.dumps(overrides)})
    assert second.returncode == 0, second.log[-3000:]
    assert not http_only & set(site_farm.tls_attempts)  # the scheme that worked was remembered
    found = flags_of(sqlite_url)
    expected = {c.name: c.expected for c in COMPANIES}
    precision, recall, mistakes = score(expected, found)
    flagged = sum(1 for c in COMPANIES if c.expected)
    print(f"\nfixture portfolio: {len(COMPANIES)} companies, {flagged} expected flagged; "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert mistakes == []
    assert precision == recall == 1.0
    assert second.results_block()["Flagged"] == f"{flagged} companies"

