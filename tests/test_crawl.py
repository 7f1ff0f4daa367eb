"""End to end: the real ``scrapy crawl companies`` in a subprocess against local sites."""

from __future__ import annotations

import csv
import json

from sqlalchemy import create_engine, func, select, text

from tests.crawling import crawl, scrapy_command
from tests.servers.sites import closed_port
from valuation_spiders.storage.models import Company, CompanyURL, ProcessingRun, WebsiteSnapshot


def page(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{body}</p></main></body></html>"


def build_portfolio(farm, tmp_path, count: int = 12, pages: int = 3, dead: int = 1) -> tuple[str, list[dict]]:
    """A CSV export like Airtable's, with sites served by the farm; the last `dead` companies'
    sites refuse connections."""
    rows = []
    dead_port = closed_port()
    for i in range(count):
        host = f"company{i:03d}.com"
        name = f"Company {i:03d}"
        if i >= count - dead:
            website = f"http://{host}:{dead_port}/"
            extra = [f"http://{host}:{dead_port}/blog"]
        else:
            farm.page(host, "/", page(name, f"{name} builds robots for warehouses."))
            extra = []
            for p in range(1, pages):
                farm.page(host, f"/p{p}", page(f"{name} page {p}", f"Page {p} of {name}."))
                extra.append(farm.url(host, f"/p{p}"))
            website = farm.url(host, "/")
        rows.append({"Name": name, "Website": website, "URLs": "\n".join(extra)})
    rows.append({"Name": "No URL Inc", "Website": "", "URLs": "TBD"})
    path = tmp_path / "companies.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["Name", "Website", "URLs"])
        writer.writeheader()
        writer.writerows(rows)
    return str(path), rows


def test_csv_crawl_limit_feed_run_row_and_idempotent_rerun(site_farm, tmp_path, database_url):
    source, _ = build_portfolio(site_farm, tmp_path, count=12, pages=3, dead=1)
    feed = tmp_path / "out.jsonl"
    result = crawl(f"source={source}", "limit=5", "-O", str(feed), database_url=database_url)
    assert result.returncode == 0, result.log[-3000:]
    assert "import complete: 13 companies created" in result.log
    assert "1 without URLs" in result.log and "1 invalid URLs" in result.log
    block = result.results_block()
    assert block == {
        "Processed": "5 companies",
        "Flagged": "0 companies",
        "Failed": "0 companies",
        "URLs Scraped": "15 URLs",
        "Time": block["Time"],
    }
    items = [json.loads(line) for line in feed.read_text().splitlines()]
    assert len(items) == 15
    assert {i["company_name"] for i in items} == {f"Company {i:03d}" for i in range(5)}
    first = items[0]
    assert "body" not in first and "text" not in first
    assert first["status"] == 200 and first["content_hash"] and first["title"].startswith("Company")
    assert first["fetched_at"].endswith("+00:00")

    engine = create_engine(database_url)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Company)) == 13
        assert conn.scalar(select(func.count()).select_from(WebsiteSnapshot)) == 15
        run = conn.execute(select(ProcessingRun)).one()
        assert run.status == "finished"
        assert (run.companies_processed, run.urls_scraped, run.companies_flagged) == (5, 15, 0)
        assert "URLs Scraped: 15 URLs" in run.results
        assert run.arguments["limit"] == 5

    again = crawl(f"source={source}", "limit=5", database_url=database_url)
    assert again.returncode == 0, again.log[-3000:]
    assert "import complete: 0 companies created, 13 updated" in again.log
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Company)) == 13
        urls = conn.scalar(select(func.count()).select_from(CompanyURL))
        assert urls == 11 * 3 + 2  # 11 live companies x 3 pages, the dead one has 2 URLs
        assert conn.scalar(select(func.count()).select_from(WebsiteSnapshot)) == 30
        # unchanged pages: the second crawl stored no new bodies
        assert conn.scalar(text("SELECT count(*) FROM page_contents")) == 15
    engine.dispose()


def test_dead_company_counts_as_failed_and_every_url_is_one_item(site_farm, tmp_path, sqlite_url):
    source, _ = build_portfolio(site_farm, tmp_path, count=4, pages=2, dead=2)
    feed = tmp_path / "out.csv"
    result = crawl(f"source={source}", "-O", str(feed), database_url=sqlite_url)
    assert result.returncode == 0, result.log[-3000:]
    block = result.results_block()
    assert block["Processed"] == "4 companies"
    assert block["Failed"] == "2 companies"
    assert block["URLs Scraped"] == "4 URLs"
    with feed.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8
    failed = [r for r in rows if r["error"]]
    assert len(failed) == 4 and {r["error"] for r in failed} == {"refused"}
    assert all(r["status"] == "" for r in failed)


def test_several_urls_redirecting_to_one_page_each_end_as_one_item(site_farm, tmp_path, sqlite_url):
    host = "merged.com"
    site_farm.page(host, "/home", page("Merged", "One page for everything."))
    for path in ("/", "/blog", "/careers"):
        site_farm.redirect(host, path, f"http://{host}:{{port}}/home")
    source = tmp_path / "c.csv"
    source.write_text(
        "Name,Website,URLs\nMerged,"
        + site_farm.url(host, "/")
        + ',"'
        + "\n".join(site_farm.url(host, p) for p in ("/blog", "/careers", "/home"))
        + '"\n'
    )
    feed = tmp_path / "out.jsonl"
    result = crawl(f"source={source}", "-O", str(feed), database_url=sqlite_url)
    assert result.returncode == 0, result.log[-3000:]
    items = [json.loads(line) for line in feed.read_text().splitlines()]
    assert sorted(i["url"] for i in items) == sorted(
        site_farm.url(host, p) for p in ("/", "/blog", "/careers", "/home")
    )
    assert {i["final_url"] for i in items} == {site_farm.url(host, "/home")}
    assert result.results_block()["URLs Scraped"] == "4 URLs"


def test_bad_arguments_and_unreachable_database_give_one_line(tmp_path, sqlite_url):
    bad = crawl("limit=ten", database_url=sqlite_url)
    assert bad.returncode != 0
    assert "limit='ten': expected a whole number" in bad.stderr + bad.stdout
    assert "Traceback" not in bad.stderr

    unreachable = crawl(
        "source=missing.csv",
        database_url="postgresql+psycopg://someone:hunter2secret@127.0.0.1:1/nowhere",
    )
    assert unreachable.returncode == 1
    assert "cannot reach the database postgresql+psycopg://someone:***@127.0.0.1:1/nowhere" in unreachable.log
    assert "hunter2secret" not in unreachable.log + unreachable.stdout
    assert "Traceback" not in unreachable.log


def test_missing_csv_fails_the_run_with_one_line(tmp_path, sqlite_url):
    result = crawl(f"source={tmp_path / 'nope.csv'}", database_url=sqlite_url)
    assert result.returncode == 1
    assert "Traceback" not in result.log
    runs = scrapy_command("runs", "--json", database_url=sqlite_url)
    assert runs.returncode == 0, runs.stderr
    (run,) = [json.loads(line) for line in runs.stdout.splitlines()]
    assert run["status"] == "failed" and run["finish_reason"] == "source_error"


def test_conditional_requests_store_unchanged_pages_without_downloading_them(site_farm, tmp_path, sqlite_url):
    site_farm.page("etag.com", "/", page("Etag Co", "We make caches."), headers={"ETag": '"v1"'})
    site_farm.page("etag.com", "/news", page("News", "Nothing yet."), headers={"ETag": '"n1"'})
    source = tmp_path / "c.csv"
    source.write_text(f'Name,Website,URLs\nEtag Co,{site_farm.url("etag.com")},{site_farm.url("etag.com", "/news")}\n')
    first = crawl(f"source={source}", database_url=sqlite_url)
    assert first.returncode == 0, first.log[-2000:]
    # the news page changes (new ETag); the homepage does not
    site_farm.page("etag.com", "/news", page("News", "Etag Co raises a $5 million seed round led by Contoso Capital."),
                   headers={"ETag": '"n2"'})
    site_farm.requests.clear()
    second = crawl(f"source={source}", database_url=sqlite_url)
    assert second.returncode == 0, second.log[-2000:]
    sent = {path: headers.get("if-none-match") for host, path, headers in site_farm.requests}
    assert sent == {"/": '"v1"', "/news": '"n1"'}
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT url, status, not_modified, changed, content_hash FROM website_snapshots WHERE run_id = 2 ORDER BY url"
        )).all()
        bodies = conn.scalar(text("SELECT count(*) FROM page_contents"))
    engine.dispose()
    home, news = rows
    assert (home.status, home.not_modified, home.changed) == (200, 1, 0)
    assert (news.status, news.not_modified, news.changed) == (200, 0, 1)
    assert bodies == 3  # two first bodies and the changed news page; the 304 stored none
    assert second.results_block()["Flagged"] == "1 companies"
