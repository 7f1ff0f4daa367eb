"""End to end with the Airtable source: the real spider reads a fake Airtable (a real HTTP server)
through pyairtable, syncs, deactivates removed URLs and keeps the token out of every output."""

from __future__ import annotations

import json

import pytest
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
        lists = [r for r in fa.requests if (r.method in ("GET", "POST") and "listRecords" in r.path) or r.method == "GET"]
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


# --- URLs in a linked table ---------------------------------------------------------------------

URL_TABLE = "Company URLs"


def linked_env(fa: FakeAirtable, **overrides: str) -> dict[str, str]:
    return {
        **env_for(fa),
        "AIRTABLE_URL_TABLE": URL_TABLE,
        "AIRTABLE_URL_TABLE_LINK_FIELD": "Links",
        "AIRTABLE_URL_TABLE_URL_FIELD": "URL",
        **overrides,
    }


def page(farm, host: str, path: str, title: str) -> str:
    farm.page(host, path, f"<html><title>{title}</title><body><h1>{title}</h1><p>We build tools.</p></body></html>")
    return farm.url(host, path)


def link(index: int, url: str | None) -> dict:
    return {"id": record_id(5000 + index), "fields": {"URL": url} if url else {}}


def test_urls_from_a_linked_table_are_crawled_counted_and_deactivated(site_farm, tmp_path, database_url):
    home = page(site_farm, "linkonly.com", "/", "Linkonly")
    blog = page(site_farm, "linkonly.com", "/blog", "Linkonly blog")
    careers = page(site_farm, "linkonly.com", "/careers", "Linkonly careers")
    shared = page(site_farm, "news.com", "/", "News")
    both = page(site_farm, "both.com", "/", "Both")
    team = page(site_farm, "both.com", "/team", "Both team")
    sharer = page(site_farm, "sharer.com", "/", "Sharer")
    page(site_farm, "both.com", "/people", "Both people")
    urls = [
        link(0, home), link(1, blog), link(2, careers), link(3, shared),
        link(4, both.upper().replace("HTTP://", "http://")),  # the Website of Both, written otherwise
        link(5, None),  # an empty linked record
        link(6, "mailto:hello@both.com"),  # junk: counted like junk in a company field
        link(7, team),
    ]
    urls += [link(100 + i, f"https://unlinked{i}.example.com") for i in range(100)]  # two pages
    ids = [u["id"] for u in urls]
    companies = [
        {"id": record_id(0), "fields": {"Name": "Linkonly", "Links": [ids[0], ids[1], ids[2], ids[3]]}},
        {"id": record_id(1), "fields": {"Name": "Both", "Website": both,
                                        "Links": [ids[4], ids[5], record_id(4999), ids[6], ids[7]]}},
        {"id": record_id(2), "fields": {"Name": "Sharer", "Website": sharer, "Links": [ids[3]]}},
    ]
    settings = {"AIRTABLE_FLAGS_FIELD": "Valuation Flags"}
    feed = tmp_path / "out.jsonl"
    with FakeAirtable(token=TOKEN, records=companies, tables={URL_TABLE: urls},
                      extra_fields=["URLs", "Valuation Flags"], rate_limit_every=4, retry_after=1) as fa:
        result = crawl("-O", str(feed), database_url=database_url, env=linked_env(fa), settings=settings)
        assert result.returncode == 0, result.log[-3000:]
        assert (
            "Airtable import complete: 3 companies created, 0 updated, 0 without URLs, 8 URLs created, "
            "0 URLs deactivated, 1 invalid URLs (unsupported_scheme: 1); linked table: 10 links, 6 URLs "
            "added, 1 dangling links, 1 empty linked records, 1 URLs also in the company's fields, "
            "1 linked records shared by several companies"
        ) in result.log
        assert f"1 links point to records missing from the URL table (deleted since?), e.g. {record_id(4999)} (Both)" in result.log
        assert result.results_block()["URLs Scraped"] == "8 URLs"
        items = [json.loads(line) for line in feed.read_text().splitlines()]
        by_company: dict[str, set[str]] = {}
        for item in items:
            by_company.setdefault(item["company_name"], set()).add(item["url"])
        assert by_company == {
            "Linkonly": {home, blog, careers, shared},
            "Both": {both, team},
            "Sharer": {sharer, shared},
        }
        assert all(item["status"] == 200 for item in items)
        url_list_calls = [r for r in fa.requests if "Company%20URLs" in r.path and r.method == "GET"]
        assert sum(r.status == 200 for r in url_list_calls) == 2  # 108 URL records: two pages
        # write-back still goes to the companies table only
        patches = [r for r in fa.requests if r.method == "PATCH"]
        assert patches and all(r.path.endswith("/Companies") for r in patches)
        assert TOKEN not in result.log + result.stdout + feed.read_text()

        # unlinking a record and changing a linked URL deactivate what is gone, as in a company field
        companies[0]["fields"]["Links"] = [ids[0], ids[1], ids[3]]
        urls[7]["fields"]["URL"] = site_farm.url("both.com", "/people")
        fa.set_records(companies)
        fa.set_records(urls, table=URL_TABLE)
        again = crawl(database_url=database_url, env=linked_env(fa))
        assert again.returncode == 0, again.log[-3000:]
        assert "0 companies created, 3 updated, 0 without URLs, 1 URLs created, 2 URLs deactivated" in again.log
        assert again.results_block()["URLs Scraped"] == "7 URLs"
    engine = create_engine(database_url)
    with engine.connect() as conn:
        inactive = set(conn.scalars(select(CompanyURL.url).where(CompanyURL.active.is_(False))))
        assert inactive == {careers, team}
        homepages = set(conn.scalars(select(CompanyURL.url).where(CompanyURL.is_homepage.is_(True))))
        # the first linked URL is the homepage of a company without URL fields; Both keeps its Website
        assert homepages == {home, both, sharer}
        assert conn.scalar(select(func.count()).select_from(WebsiteSnapshot)) == 15
    engine.dispose()


def test_linked_table_with_shards_company_and_limit(site_farm, tmp_path, sqlite_url):
    urls, companies = [], []
    for i in range(9):
        urls.append(link(i, page(site_farm, f"only{i}.com", "/", f"Only {i}")))
        companies.append({"id": record_id(i), "fields": {"Name": f"Only {i:03d}", "Links": [urls[-1]["id"]]}})
    with FakeAirtable(token=TOKEN, records=companies, tables={URL_TABLE: urls}, extra_fields=["Website", "URLs"]) as fa:
        seen: list[str] = []
        links = 0
        for index in (1, 2, 3):
            out = tmp_path / f"s{index}.jsonl"
            result = crawl(f"shard={index}/3", "-O", str(out), database_url=sqlite_url, env=linked_env(fa))
            assert result.returncode == 0, result.log[-2000:]
            seen += [json.loads(line)["company_id"] for line in out.read_text().splitlines()]
            # each shard syncs, and counts the links of, its own companies only
            created = int(result.log.split("Airtable import complete: ")[1].split(" companies created")[0])
            linked = int(result.log.split("; linked table: ")[1].split(" links")[0])
            assert linked == created
            links += linked
        assert sorted(seen) == sorted(c["id"] for c in companies) and links == 9

        out = tmp_path / "picked.jsonl"
        picked = crawl("company=Only 004", "-O", str(out), database_url=sqlite_url, env=linked_env(fa))
        assert picked.returncode == 0, picked.log[-2000:]
        assert [json.loads(line)["url"] for line in out.read_text().splitlines()] == [urls[4]["fields"]["URL"]]
        limited = crawl("limit=2", database_url=sqlite_url, env=linked_env(fa))
        assert limited.returncode == 0 and limited.results_block()["URLs Scraped"] == "2 URLs"


@pytest.mark.parametrize(
    ("overrides", "variable"),
    [
        ({"AIRTABLE_URL_TABLE": "No Such Table"}, "AIRTABLE_URL_TABLE"),
        ({"AIRTABLE_URL_TABLE_URL_FIELD": "Link"}, "AIRTABLE_URL_TABLE_URL_FIELD"),
        ({"AIRTABLE_URL_TABLE_LINK_FIELD": "Company URL"}, "AIRTABLE_URL_TABLE_LINK_FIELD"),
        ({"AIRTABLE_URL_TABLE_LINK_FIELD": ""}, "AIRTABLE_URL_TABLE_LINK_FIELD"),
    ],
)
def test_a_wrong_url_table_is_one_line_and_exit_code_1(site_farm, sqlite_url, overrides, variable):
    companies = [{"id": record_id(0), "fields": {"Name": "A", "Website": page(site_farm, "a.com", "/", "A"),
                                                 "Links": [record_id(5000)]}}]
    urls = [link(0, site_farm.url("a.com", "/blog"))]
    with FakeAirtable(token=TOKEN, records=companies, tables={URL_TABLE: urls}, extra_fields=["URLs"]) as fa:
        result = crawl(database_url=sqlite_url, env=linked_env(fa, **overrides))
    assert result.returncode == 1
    errors = [line for line in result.log.splitlines() if "ERROR" in line]
    assert any(variable in line for line in errors), result.log[-2000:]
    assert "Traceback" not in result.log
    assert TOKEN not in result.log + result.stdout
