"""The bug this project exists to prevent: a shared session across concurrent scrapes died with
``UNIQUE constraint failed: website_snapshots.id``. 200 companies x 10 URLs, at 64 and at 256
concurrent requests: every URL is stored exactly once and the results block matches the rows."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select

from tests.crawling import crawl
from valuation_spiders.storage.models import WebsiteSnapshot

COMPANIES, URLS = 200, 10


def write_portfolio(farm, path) -> None:
    lines = ["Name,Website,URLs"]
    for c in range(COMPANIES):
        host = f"co{c:03d}.io"
        for u in range(URLS):
            farm.page(host, f"/{u}" if u else "/", f"<html><title>Co {c} page {u}</title><body><p>Co {c} page {u} text {'lorem ' * 50}</p></body></html>", delay=0.01)
        others = "\n".join(farm.url(host, f"/{u}") for u in range(1, URLS))
        lines.append(f'Co {c:03d},{farm.url(host, "/")},"{others}"')
    path.write_text("\n".join(lines) + "\n")


@pytest.mark.slow
@pytest.mark.parametrize("concurrency", [64, 256])
def test_every_url_stored_once_under_concurrency(site_farm, tmp_path, database_url, concurrency):
    source = tmp_path / "portfolio.csv"
    write_portfolio(site_farm, source)
    result = crawl(
        f"source={source}",
        database_url=database_url,
        settings={
            "CONCURRENT_REQUESTS": str(concurrency),
            "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
            "LOG_LEVEL": "INFO",
        },
        timeout=600,
    )
    assert result.returncode == 0, result.log[-3000:]
    log = result.log
    assert "IntegrityError" not in log and "UNIQUE constraint failed" not in log
    assert "transaction has been rolled back" not in log
    assert "Could not store" not in log
    block = result.results_block()
    assert block["Processed"] == f"{COMPANIES} companies"
    assert block["URLs Scraped"] == f"{COMPANIES * URLS} URLs"
    assert block["Failed"] == "0 companies"
    engine = create_engine(database_url)
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(WebsiteSnapshot))
        distinct = conn.scalar(select(func.count(func.distinct(WebsiteSnapshot.company_url_id))))
    engine.dispose()
    assert total == distinct == COMPANIES * URLS


def test_a_low_open_files_limit_does_not_fail_a_crawl_of_many_hosts(site_farm, tmp_path, sqlite_url):
    """Started with a soft limit of 200 open files (a systemd service has 1,024), a crawl of 150
    hosts keeps more connections than that: it must raise its own limit instead of failing URLs
    with "Too many open files"."""
    lines = ["Name,Website,URLs"]
    for c in range(150):
        host = f"many{c:03d}.io"
        site_farm.page(host, "/", f"<html><title>Many {c}</title><body><p>{'word ' * 40}</p></body></html>")
        site_farm.page(host, "/about", f"<html><title>About {c}</title><body><p>{'text ' * 40}</p></body></html>")
        lines.append(f'Many {c:03d},{site_farm.url(host, "/")},{site_farm.url(host, "/about")}')
    source = tmp_path / "many.csv"
    source.write_text("\n".join(lines) + "\n")
    result = crawl(
        f"source={source}", "render=never", database_url=sqlite_url, open_files=200,
        # keep every idle connection, so only the raised limit can save the crawl
        settings={"CONCURRENT_REQUESTS": "64", "DOWNLOAD_IDLE_CONNECTION_TIMEOUT": "240"},
    )
    assert result.returncode == 0, result.log[-3000:]
    assert "Too many open files" not in result.log
    assert result.results_block()["Failed"].startswith("0"), result.results_block()
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        statuses = conn.execute(select(WebsiteSnapshot.status)).scalars().all()
    engine.dispose()
    assert sorted(statuses) == [200] * 300
