"""Micro-benchmark of the session-per-item write path: snapshots stored per second.

    python -m benchmarks.db_writes --items 5000 [--database postgresql]

Builds the real ``SnapshotPipeline`` from a Scrapy crawler and syncs a portfolio into a fresh
database. Then, with 64 items in flight on an event loop as in the crawl (the database work on
the database's threads: one for SQLite), it measures for a first crawl (new bodies) and a
re-crawl (unchanged bodies):

* the write path: per item, the pipeline's ``read_previous`` and ``write`` in one session per item (a
  read transaction, then one write transaction: the body once per distinct hash, the snapshot row), with each page's
  analysis done beforehand, so only the database work is timed;
* the whole store: the same plus the analysis (in the worker process, as in the crawl).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy.utils.test import get_crawler

from benchmarks.crawl import fresh_database
from benchmarks.sitefarm import page_html
from valuation_spiders.analysis.page import analyse_page
from valuation_spiders.items import SnapshotItem
from valuation_spiders.pipelines.snapshots import SnapshotPipeline, page_input, snapshot_values
from valuation_spiders.sources.records import CompanyRecord
from valuation_spiders.spiders.companies import CompaniesSpider
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import CrawlDatabase


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=64, help="items in flight (CONCURRENT_REQUESTS)")
    parser.add_argument("--page-kb", type=float, default=20)
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--write-path-only", action="store_true", help="skip the whole-store measurements")
    args = parser.parse_args()

    url, drop = fresh_database(args.database, Path(tempfile.mkdtemp()))
    os.environ["DATABASE_URL"] = url
    try:
        crawler = get_crawler(CompaniesSpider, {"LOG_LEVEL": "WARNING"})
        pipeline = SnapshotPipeline.from_crawler(crawler)
        db = CrawlDatabase.for_crawler(crawler)
        sessions = db.open()
        per_company = 10
        portfolios = []
        for part in ("a", "b"):  # one for the write path, one for the whole store: both start empty
            records = [
                CompanyRecord(f"rec{part}{c:06d}", f"Company {c}",
                              tuple(f"https://c{c}.{part}.example.com/p{u}" for u in range(per_company)))
                for c in range(args.items // per_company)
            ]
            _, companies = repository.sync_companies(sessions, records)
            portfolios.append([(c, t) for c in companies for t in c.targets])
        targets, store_targets = portfolios
        bodies = {size: page_html(f"s{size}.com", "/", size) for size in range(int(args.page_kb * 512), int(args.page_kb * 1536), 2048)}
        sizes = sorted(bodies)

        def item_for(index: int, company, target, first: bool = False) -> ItemAdapter:
            body = bodies[sizes[index % len(sizes)]].replace(b"<main>", f"<main><p>{target.url}</p>".encode(), 1)
            return ItemAdapter(SnapshotItem(
                company_id=company.record_id, company_name=company.name, url=target.url, final_url=target.url,
                status=200, fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
                content_type="text/html; charset=utf-8", is_homepage=target.is_homepage,
                company_pk=company.company_pk, company_url_id=target.url_id, body=body, encoding="utf-8",
                first_snapshot=first,  # as the spider marks a URL never fetched before
            ))

        threads = db.threads
        print(f"{len(targets)} snapshots of ~{args.page_kb:g} KB, {args.concurrency} items in flight, "
              f"{threads} database thread(s), {args.database}")

        async def drive(work, jobs) -> int:
            gate = asyncio.Semaphore(args.concurrency)

            async def one(job):
                async with gate:
                    return await work(job)

            return sum(await asyncio.gather(*(one(job) for job in jobs)))

        loop = asyncio.new_event_loop()  # one loop for every phase, as in one crawl

        def timed(label: str, work, jobs) -> None:
            started = time.perf_counter()
            cpu = time.process_time()
            stored = loop.run_until_complete(drive(work, jobs))
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu
            print(f"  {label:<44} {stored:>6} stored in {elapsed:6.2f} s = {stored / elapsed:7.0f} snapshots/s "
                  f"({cpu / stored * 1000:.2f} ms CPU each in this process)")

        for crawl in ("first crawl (new bodies)", "re-crawl (unchanged bodies)"):
            # the write path alone: analysis done first, then timed read + write per item
            run_id = repository.begin_run(sessions, {}, shard=None, round_id=None)
            prepared = []
            for i, (c, t) in enumerate(targets):
                adapter = item_for(i, c, t)
                with db.sessions() as session:
                    previous = pipeline.read_previous(session, t.url_id, run_id, t.url)
                page = analyse_page(page_input(adapter, previous, False))
                adapter["title"], adapter["text_length"] = page.title or None, page.text_length
                prepared.append((t, page, snapshot_values(adapter, page, run_id, False)))

            first = crawl.startswith("first")

            async def write_path(job, run_id=run_id, first=first):
                target, page, values = job
                session = db.sessions()  # the pipeline's one session per item
                try:
                    if not first:  # as the pipeline: a URL never fetched before has nothing to read
                        await db.run(pipeline.read_previous, session, target.url_id, run_id, target.url)
                    return await db.run(pipeline.write, session, page, values, "text/html; charset=utf-8") is not None
                finally:
                    session.close()

            timed(f"{crawl}: write path", write_path, prepared)
            if args.write_path_only:
                continue
            # the whole store, analysis included, into another run
            run_id = repository.begin_run(sessions, {}, shard=None, round_id=None)
            items = [item_for(i, c, t, first) for i, (c, t) in enumerate(store_targets)]
            timed(f"{crawl}: whole store", lambda a, run_id=run_id: pipeline._store(a, run_id), items)
        pipeline.close_spider()
        loop.close()
        db.close()
    finally:
        drop()


if __name__ == "__main__":
    main()
