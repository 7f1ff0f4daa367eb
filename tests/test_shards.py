"""Several nodes sharing one portfolio and one PostgreSQL.

Three ``shard=I/3`` crawls of one round start together against one database: between them they
crawl every company exactly once, store no snapshot twice and hit no integrity error or deadlock;
``scrapy runs --round`` and ``scrapy flags --round`` show the round as one portfolio. And the sync
stays correct when nodes do overlap (two jobs given the same shard, an unsharded crawl during a
round): three full syncs at the same moment, each reading the source in a different order.
"""

from __future__ import annotations

import json
import random
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from tests.crawling import crawl, scrapy_command
from tests.servers.fake_airtable import FakeAirtable, record_id
from tests.servers.sites import closed_port
from valuation_spiders.selection import shard_of
from valuation_spiders.sources.records import CompanyRecord
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import make_engine, make_sessionmaker, upgrade
from valuation_spiders.storage.models import Company, CompanyURL, ProcessingRun, WebsiteSnapshot
from valuation_spiders.urls import parse_url_cells

TOKEN = "patSHARDStoken0123456789.abcdef"
COMPANIES, PAGES = 60, ("/team", "/pricing")
DEAD = {7, 23, 41}  # refuse connections: failed and flagged site_down
CLOSING = {12, 50}  # announce their shutdown: flagged on the first crawl
ROUND = "2026-12"
TROUBLE = ("IntegrityError", "UniqueViolation", "deadlock", "Deadlock", "could not serialize",
           "Traceback", "Could not store", "Could not finish")


def html(title: str, text: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p></main></body></html>"


def portfolio(farm) -> list[dict]:
    dead_port = closed_port()
    records = []
    for i in range(COMPANIES):
        name, host = f"Portfolio {i:02d}", f"portfolio{i:02d}.com"
        if i in DEAD:
            urls = [f"http://{host}:{dead_port}{p}" for p in ("/", *PAGES)]
        else:
            news = f"{name} is winding down operations." if i in CLOSING else f"{name} ships sensors."
            farm.page(host, "/", html(name, news))
            for path in PAGES:
                farm.page(host, path, html(f"{name} {path}", f"The {path[1:]} page of {name}."))
            urls = [farm.url(host, p) for p in ("/", *PAGES)]
        records.append(
            {"id": record_id(i), "fields": {"Name": name, "Website": urls[0], "URLs": "\n".join(urls[1:])}}
        )
    return records


@pytest.mark.slow
def test_three_shards_of_a_round_at_once_cover_the_portfolio_once(site_farm, postgres_url):
    records = portfolio(site_farm)
    ids = [r["id"] for r in records]
    with FakeAirtable(token=TOKEN, records=records) as fa:
        env = {"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": fa.base, "AIRTABLE_API_URL": fa.url}

        def node(index: int):
            return crawl(f"shard={index}/3", f"round={ROUND}", database_url=postgres_url, env=env,
                         settings={"PROGRESS": "off"}, timeout=240)

        with ThreadPoolExecutor(3) as pool:  # three nodes, started together
            results = list(pool.map(node, (1, 2, 3)))

    for index, result in enumerate(results, 1):
        assert result.returncode == 0, f"shard {index}/3:\n{result.log[-3000:]}"
        for trouble in TROUBLE:
            assert trouble not in result.log, f"shard {index}/3 logged {trouble}:\n{result.log[-3000:]}"
        assert TOKEN not in result.log + result.stdout
        share = sum(1 for rid in ids if shard_of(rid, 3) == index)
        assert f"Shard {index}/3: {share} of {COMPANIES} companies in the source" in result.log
        # each node synced only its own share
        assert f"Airtable import complete: {share} companies created, 0 updated" in result.log
        assert result.results_block()["Processed"] == f"{share} companies"

    engine = make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            runs = {r.shard: r for r in conn.execute(select(ProcessingRun))}
            snapshots = conn.execute(
                select(WebsiteSnapshot.run_id, WebsiteSnapshot.company_url_id, Company.record_id)
                .join(Company, Company.id == WebsiteSnapshot.company_id)
            ).all()
            assert conn.scalar(select(func.count()).select_from(Company)) == COMPANIES
            assert conn.scalar(select(func.count()).select_from(CompanyURL)) == COMPANIES * 3
    finally:
        engine.dispose()

    assert set(runs) == {"1/3", "2/3", "3/3"}
    assert {(r.status, r.round_id) for r in runs.values()} == {("finished", ROUND)}
    assert sum(r.companies_processed for r in runs.values()) == COMPANIES
    assert sum(r.urls_scraped for r in runs.values()) == (COMPANIES - len(DEAD)) * 3
    assert sum(r.companies_failed for r in runs.values()) == len(DEAD)
    # every URL of every company exactly once, each company in the run of the shard that owns it
    assert len(snapshots) == len({(run, url) for run, url, _ in snapshots}) == COMPANIES * 3
    assert len({url for _, url, _ in snapshots}) == COMPANIES * 3
    shard_of_run = {r.id: r.shard for r in runs.values()}
    runs_of_company: dict[str, set[str]] = {}
    for run_id, _, rid in snapshots:
        runs_of_company.setdefault(rid, set()).add(shard_of_run[run_id])
    assert sorted(runs_of_company) == sorted(ids)
    assert all(shards == {f"{shard_of(rid, 3)}/3"} for rid, shards in runs_of_company.items())

    listing = scrapy_command("runs", "--round", ROUND, database_url=postgres_url)
    assert listing.returncode == 0, listing.stderr
    assert all(f" {s} {ROUND}" in listing.stdout for s in ("1/3", "2/3", "3/3")), listing.stdout
    flagged = len(DEAD | CLOSING)
    assert (
        f"round {ROUND}: 3 shard run(s), {COMPANIES} companies, {flagged} flagged, statuses finished"
        in listing.stdout
    ), listing.stdout
    as_json = scrapy_command("runs", "--round", ROUND, "--json", database_url=postgres_url)
    assert sorted(json.loads(line)["shard"] for line in as_json.stdout.splitlines()) == ["1/3", "2/3", "3/3"]

    flags = scrapy_command("flags", "--round", ROUND, database_url=postgres_url)
    assert flags.returncode == 0, flags.stderr
    run_ids = ", ".join(str(r.id) for r in sorted(runs.values(), key=lambda r: r.id))
    assert f"Run {run_ids}: {flagged} flagged companies" in flags.stdout, flags.stdout
    flags_json = scrapy_command("flags", "--round", ROUND, "--json", database_url=postgres_url)
    found = {}
    for line in flags_json.stdout.splitlines():
        entry = json.loads(line)
        found[entry["company_id"]] = (shard_of_run[entry["run_id"]], {s["kind"] for s in entry["signals"]})
    expected = {record_id(i): (f"{shard_of(record_id(i), 3)}/3", {"site_down"}) for i in DEAD}
    expected |= {record_id(i): (f"{shard_of(record_id(i), 3)}/3", {"shutdown"}) for i in CLOSING}
    assert found == expected


def source_records(count: int, generation: int) -> list[CompanyRecord]:
    """The portfolio as the source lists it; each later generation renames some companies and
    moves, drops and adds some of their URLs."""
    records = []
    for i in range(count):
        changed = generation and i % (3 + generation) == 0
        name = f"Overlap {i:03d}" + (f" (renamed {generation})" if changed else "")
        pages = [f"/v{generation}", "/b", "/a"] if changed else ["/a", "/b"]
        cells = (f"https://overlap{i:03d}.com/", "\n".join(f"https://overlap{i:03d}.com{p}" for p in pages))
        records.append(CompanyRecord(record_id=f"recOverlap{i:05d}", name=name, url_cells=cells))
    return records


# Every row written to the synced tables takes a moment, as over a real network and on a busy
# server: the three syncs' statements overlap for sure, so rows locked in different orders would
# deadlock every time instead of once in a while.
SLOW_ROW_WRITES = """
CREATE FUNCTION slow_row_write() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_sleep(0.002); RETURN NEW; END $$;
CREATE TRIGGER slow_companies BEFORE INSERT OR UPDATE ON companies
    FOR EACH ROW EXECUTE FUNCTION slow_row_write();
CREATE TRIGGER slow_company_urls BEFORE INSERT OR UPDATE ON company_urls
    FOR EACH ROW EXECUTE FUNCTION slow_row_write();
"""


def sync_together(factories, batches):
    """One sync per node, all released at the same instant; each node's (report, companies)."""
    barrier = threading.Barrier(len(factories))

    def node(factory, records):
        barrier.wait()
        return repository.sync_companies(factory, records)

    with ThreadPoolExecutor(len(factories)) as pool:
        futures = [pool.submit(node, f, b) for f, b in zip(factories, batches, strict=True)]
        return [f.result(timeout=60) for f in futures]


def test_overlapping_syncs_from_three_nodes_neither_deadlock_nor_duplicate(postgres_url):
    engines = [make_engine(postgres_url) for _ in range(3)]  # one pool per node
    upgrade(engines[0])
    with engines[0].begin() as conn:
        conn.exec_driver_sql(SLOW_ROW_WRITES)
    factories = [make_sessionmaker(e) for e in engines]
    shuffle = random.Random(20261231)
    known_companies = known_urls = 0
    try:
        for generation, count in enumerate((120, 150, 150)):
            records = source_records(count, generation)
            # each node reads the source in its own order: as listed, backwards, shuffled
            shuffled = list(records)
            shuffle.shuffle(shuffled)
            batches = [records, records[::-1], shuffled]
            outcomes = sync_together(factories, batches)
            with engines[0].connect() as conn:
                companies = conn.scalar(select(func.count()).select_from(Company))
                urls = conn.scalar(select(func.count()).select_from(CompanyURL))
            # each new company and URL was inserted by exactly one node
            assert companies == count
            assert sum(report.created for report, _ in outcomes) == companies - known_companies
            assert sum(report.urls_created for report, _ in outcomes) == urls - known_urls
            known_companies, known_urls = companies, urls
            wanted = {r.record_id: (r.name, parse_url_cells(r.url_cells).urls) for r in records}
            views = [
                {c.record_id: (c.name, [t.url for t in c.targets]) for c in companies}
                for _, companies in outcomes
            ]
            assert views[0] == views[1] == views[2] == wanted
            pks = [{c.record_id: c.company_pk for c in companies} for _, companies in outcomes]
            assert pks[0] == pks[1] == pks[2]
            with engines[0].connect() as conn:
                names = dict(conn.execute(select(Company.record_id, Company.name)).all())
                active = conn.execute(
                    select(Company.record_id, CompanyURL.url)
                    .join(Company, Company.id == CompanyURL.company_id)
                    .where(CompanyURL.active.is_(True))
                    .order_by(Company.record_id, CompanyURL.position)
                ).all()
            stored: dict[str, list[str]] = {}
            for rid, url in active:
                stored.setdefault(rid, []).append(url)
            assert {rid: (names[rid], stored[rid]) for rid in names} == wanted
    finally:
        for engine in engines:
            engine.dispose()


def test_a_shard_scheduled_again_replaces_its_earlier_attempt_in_the_round():
    def run(run_id: int, shard: str | None, status: str) -> ProcessingRun:
        return ProcessingRun(id=run_id, shard=shard, status=status, round_id=ROUND)

    runs = [
        run(1, "1/3", "finished"),
        run(2, "2/3", "interrupted"),
        run(3, "3/3", "finished"),
        run(4, "2/3", "finished"),  # shard 2 again, after its node died
        run(5, "3/3", "failed"),  # shard 3 again by mistake: its finished run stands
        run(6, "4/4", "running"),  # nothing finished yet: the attempt under way
    ]
    assert [r.id for r in repository.round_runs(runs)] == [1, 3, 4, 6]
    assert [r.id for r in repository.round_runs([run(7, "1/2", "interrupted"), run(8, "1/2", "running")])] == [8]


def test_two_shards_on_one_machine_share_one_sqlite_database(site_farm, tmp_path):
    """README: a machine whose crawl process is busy can run ``shard=1/2`` and ``shard=2/2`` at
    once into one SQLite file (WAL: one writer at a time, the other waits its turn)."""
    rows = ["Name,Website,URLs"]
    for i in range(40):
        host = f"machine{i:02d}.com"
        site_farm.page(host, "/", html(f"Machine {i:02d}", "We make sensors."))
        for path in PAGES:
            site_farm.page(host, path, html(f"Machine {i:02d} {path}", f"The {path[1:]} page."))
        rows.append(f'Machine {i:02d},{site_farm.url(host, "/")},"'
                    + "\n".join(site_farm.url(host, p) for p in PAGES) + '"')
    source = tmp_path / "companies.csv"
    source.write_text("\n".join(rows) + "\n")
    database_url = f"sqlite:///{tmp_path / 'one.db'}"

    def shard(index: int):
        return crawl(f"source={source}", f"shard={index}/2", f"round={ROUND}", "render=never",
                     database_url=database_url, settings={"PROGRESS": "off"}, timeout=240)

    with ThreadPoolExecutor(2) as pool:  # started together, as two processes on one machine
        results = list(pool.map(shard, (1, 2)))
    for index, result in enumerate(results, 1):
        assert result.returncode == 0, f"shard {index}/2:\n{result.log[-3000:]}"
        for trouble in (*TROUBLE, "database is locked"):
            assert trouble not in result.log, f"shard {index}/2 logged {trouble}:\n{result.log[-3000:]}"

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            urls = conn.scalar(select(func.count()).select_from(CompanyURL))
            fetched = conn.execute(select(WebsiteSnapshot.company_url_id, WebsiteSnapshot.status)).all()
            runs = conn.execute(select(ProcessingRun.shard, ProcessingRun.status)).all()
    finally:
        engine.dispose()
    assert urls == 40 * 3
    assert sorted(url_id for url_id, _ in fetched) == sorted({url_id for url_id, _ in fetched})  # once each
    assert len(fetched) == urls and {status for _, status in fetched} == {200}
    assert sorted(runs) == [("1/2", "finished"), ("2/2", "finished")]
