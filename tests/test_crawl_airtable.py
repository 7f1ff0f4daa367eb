"""End to end with the Airtable source: the real spider reads a fake Airtable (a real HTTP server)
through pyairtable, syncs, deactivates removed URLs and keeps the token out of every output."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, func, select

from tests.crawling import crawl
from tests.servers.fake_airtable import FakeAirtable, record_id

from valuation_spiders.storage.models import CompanyURL, WebsiteSnapshot

TOKEN = "patSECRETtoken1234567890.abcdef"


def airtable_records(farm, count: int, *, pages=("about", "blog")) -> list[dict]:
    records = []
    for i in range(count):
        host = f"startup{i:03d}.com"
        farm.page(host, "/", f"<html><title>Startup {i}</title><body><h1>Startup {i}</h1><p>We build tools.</p></body></html>")
        for p in pages:
            farm.page(host, f"/{p}", f"<html><title>{p}</title><body><p>{p} of Startup {i}</p></body></html>")
        records.append(
            {
                "id": record_id(i),
                "fields": {
                    "Name": f"Startup {i:03d}",
                    "Website": farm.url(host, "/"),
                    "URLs": ", ".join(farm.url(host, f"/{p}") for p in pages),
                },
            }
        )
    return records


def env_for(fa: FakeAirtable) -> dict[str, str]:
    return {
        "AIRTABLE_API_KEY": TOKEN,
        "AIRTABLE_BASE_ID": fa.base,
        "AIRTABLE_API_URL": fa.url,
    }


def test_airtable_crawl_pages_syncs_and_deactivates(site_farm, tmp_path, database_url):
    records = airtable_records(site_farm, 130)
    with FakeAirtable(token=TOKEN, records=records, rate_limit_every=3, retry_after=1) as fa:
        feed = tmp_path / "out.jsonl"
        result = crawl("limit=4", "-O", str(feed), database_url=database_url, env=env_for(fa))
        assert result.returncode == 0, result.log[-3000:]
        assert "Airtable import complete: 130 companies created, 0 updated, 0 without URLs, 390 URLs created" in result.log
        lists = [r for r in fa.requests if r.method in ("GET", "POST") and "listRecords" in r.path or r.method == "GET"]
        assert len(lists) >= 2  # 130 records need two pages of 100
        assert result.results_block()["URLs Scraped"] == "12 URLs"
        assert TOKEN not in result.log + result.stdout + feed.read_text()

        # a URL removed in Airtable is deactivated, its snapshot stays
        changed = [dict(r, fields=dict(r["fields"])) for r in records]
        changed[0]["fields"]["URLs"] = changed[0]["fields"]["URLs"].split(", ")[0]
        fa.set_records(changed)
        again = crawl("limit=4", database_url=database_url, env=env_for(fa))
        assert again.returncode == 0, again.log[-3000:]
        assert "0 companies created, 130 updated" in again.log
        assert "1 URLs deactivated" in again.log
        assert again.results_block()["URLs Scraped"] == "11 URLs"
    engine = create_engine(database_url)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(CompanyURL).where(CompanyURL.active.is_(False))) == 1
        assert conn.scalar(select(func.count()).select_from(WebsiteSnapshot)) == 23
    engine.dispose()


def test_bad_token_is_one_line_and_exit_code_1(site_farm, tmp_path, sqlite_url):
    with FakeAirtable(token="the-right-token", records=airtable_records(site_farm, 2)) as fa:
        result = crawl("limit=1", database_url=sqlite_url, env=env_for(fa))
    assert result.returncode == 1
    errors = [line for line in result.log.splitlines() if "ERROR" in line]
    assert any("AIRTABLE_API_KEY" in line for line in errors), result.log[-2000:]
    assert "Traceback" not in result.log
    assert TOKEN not in result.log


def test_company_and_shard_selection(site_farm, tmp_path, sqlite_url):
    records = airtable_records(site_farm, 9, pages=())
    with FakeAirtable(token=TOKEN, records=records) as fa:
        picked = crawl(f"company={records[3]['id']},Startup 005", "-O", str(tmp_path / "c.jsonl"),
                       database_url=sqlite_url, env=env_for(fa))
        assert picked.returncode == 0, picked.log[-2000:]
        names = {json.loads(l)["company_name"] for l in (tmp_path / "c.jsonl").read_text().splitlines()}
        assert names == {"Startup 003", "Startup 005"}
        seen: list[str] = []
        for index in (1, 2, 3):
            out = tmp_path / f"s{index}.jsonl"
            result = crawl(f"shard={index}/3", "-O", str(out), database_url=sqlite_url, env=env_for(fa))
            assert result.returncode == 0, result.log[-2000:]
            seen += [json.loads(l)["company_id"] for l in out.read_text().splitlines()]
    assert sorted(seen) == sorted(r["id"] for r in records)


def test_flags_are_written_back_to_airtable_and_cleared(site_farm, tmp_path, sqlite_url):
    records = airtable_records(site_farm, 3, pages=())
    closing_host = "startup001.com"
    site_farm.page(
        closing_host,
        "/",
        "<html><title>Startup 1</title><body><h1>Startup 1</h1><p>After eight years, Startup 1 is "
        "shutting down and will cease operations on December 31.</p></body></html>",
    )
    settings = {"AIRTABLE_FLAGS_FIELD": "Valuation Flags"}
    with FakeAirtable(token=TOKEN, records=records, extra_fields=["Valuation Flags"]) as fa:
        result = crawl(database_url=sqlite_url, env=env_for(fa), settings=settings)
        assert result.returncode == 0, result.log[-3000:]
        assert result.results_block()["Flagged"] == "1 companies"
        assert "Airtable write-back: 3 records updated in field 'Valuation Flags' (1 flagged, 2 cleared)" in result.log
        values = {r["id"]: r["fields"].get("Valuation Flags") for r in fa.records()}
        assert values[records[1]["id"]].startswith("shutdown (")
        assert values[records[0]["id"]] is None and values[records[2]["id"]] is None
        assert all(len(body["records"]) <= 10 for _, body in fa.updates)

        # the site recovers: the next run clears the flag
        site_farm.page(closing_host, "/", "<html><title>Startup 1</title><body><h1>Startup 1</h1><p>We build tools.</p></body></html>")
        again = crawl(database_url=sqlite_url, env=env_for(fa), settings=settings)
        assert again.returncode == 0, again.log[-3000:]
        assert {r["fields"].get("Valuation Flags") for r in fa.records()} == {None}
