"""Store each snapshot: extract its text, compare with the previous snapshot of the URL, detect page
signals, and write it, all off the event loop and with a short-lived session of its own.

The in-house tool this replaces shared one session between concurrent scrapes and died with
``UNIQUE constraint failed``. Here every item has its own session, which lives as long as the
item: a read transaction for the previous snapshot (never blocks writers in WAL mode), the
analysis in the worker process (no transaction open), then one write transaction for the new
rows. The database work runs on the database's threads (one for SQLite), the analysis in the
worker; the event loop only awaits them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from valuation_spiders.analysis.page import PageInput, PageResult, analyse_page
from valuation_spiders.pipelines.analysis_pool import PageAnalyser
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import CrawlDatabase

logger = logging.getLogger(__name__)

WRITE_ATTEMPTS = 6


class SnapshotPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.db = CrawlDatabase.for_crawler(crawler)
        self.analyser = PageAnalyser.for_crawler(crawler)
        # Items between their read and their write. Without a bound, a re-crawl answered with
        # fast 304s read thousands of previous texts ahead of the analysis worker (406 MB RSS
        # measured on 6,000 URLs); items past the bound wait holding only what Scrapy gave them.
        self._in_flight = asyncio.Semaphore(crawler.settings.getint("SNAPSHOT_PIPELINE_CONCURRENCY", 32))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def close_spider(self) -> None:
        self.analyser.close()

    async def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        spider = self.crawler.spider
        run_id = getattr(spider, "run_id", None)
        if run_id is None and getattr(spider, "run_opened", None) is not None:
            await spider.run_opened.wait()  # an item from a resumed JOBDIR queue, before start() is done
            run_id = spider.run_id
        if run_id is None or self.db.sessions is None:
            raise DropItem("no processing run is open")
        try:
            stored = await self._store(adapter, run_id)
        except (OperationalError, DBAPIError) as exc:
            self.stats.inc_value("valuation/store_errors")
            message = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200]
            logger.error("Could not store %s: %s", adapter.get("url"), message)
            raise DropItem(f"not stored: {message}") from None
        self.stats.inc_value("valuation/snapshots_stored" if stored else "valuation/snapshots_already_stored")
        if adapter.get("status") is not None:
            self.stats.inc_value("valuation/urls_fetched")
        else:
            self.stats.inc_value("valuation/urls_failed")
        for signal in adapter.get("signals") or []:
            self.stats.inc_value(f"valuation/signals/{signal['kind']}")
        return item

    async def _store(self, adapter: ItemAdapter, run_id: int) -> bool:
        async with self._in_flight:
            return await self._store_one(adapter, run_id)

    async def _store_one(self, adapter: ItemAdapter, run_id: int) -> bool:
        # The item's one session, used for two short transactions on the database's thread: the
        # read before the analysis and the write after it. No transaction stays open while the
        # page is analysed, and no thread waits for the analysis worker.
        session = self.db.sessions()
        try:
            previous = None
            if not adapter.get("first_snapshot"):  # a URL never fetched before has nothing to read
                previous = await self.db.run(
                    self.read_previous, session, adapter["company_url_id"], run_id, adapter["url"]
                )
            not_modified = bool(adapter.get("status") == 304 and previous is not None and previous.content_hash)
            if not_modified:
                # a conditional GET answered 304: the page is the one stored last time
                adapter["status"] = previous.status
                adapter["etag"] = adapter.get("etag") or previous.etag
                adapter["last_modified"] = adapter.get("last_modified") or previous.last_modified
            page = await self.analyser.run(analyse_page, page_input(adapter, previous, not_modified))
            adapter["content_hash"] = page.content_hash
            adapter["title"] = page.title[:1000] or None
            adapter["text_length"] = page.text_length if page.content_hash else None
            adapter["changed"] = page.changed
            adapter["magnitude"] = page.magnitude
            adapter["similarity"] = page.similarity
            adapter["signals"] = page.signals
            values = snapshot_values(adapter, page, run_id, not_modified)
            snapshot_id = await self.db.run(
                self.write, session, page, values, adapter.get("content_type"), adapter.get("working_scheme")
            )
        finally:
            session.close()  # holds no connection by now: both transactions have ended
        # the body and the text have been stored; the feed and memory need them no longer
        adapter["body"] = None
        adapter["text"] = None
        adapter["screenshot"] = None
        return snapshot_id is not None

    # The write path: per item, one session with a read transaction and a write transaction.
    def read_previous(
        self, session: Session, company_url_id: int, run_id: int, url: str
    ) -> repository.PreviousSnapshot | None:
        """The URL's previous snapshot, in a read transaction of its own (on SQLite a plain BEGIN:
        WAL readers never wait for a writer)."""

        def read():
            try:
                session.connection(execution_options={"read_only": True})
                return repository.previous_snapshot(session, company_url_id, run_id)
            finally:
                session.rollback()  # a read: nothing to commit; the connection goes back to the pool

        return self._retrying(read, url, "read")

    def write(
        self,
        session: Session,
        page: PageResult,
        values: dict[str, Any],
        content_type: str | None,
        working_scheme: str | None = None,
    ) -> int | None:
        """Store the page's body (once per distinct body) and its snapshot in one transaction; the
        snapshot's id, or None if this run had stored the URL already. ``working_scheme``: the scheme
        a URL written without one now answers on, when it changed (rare: no statement otherwise)."""

        def write():
            with session.begin():
                if page.body_z is not None:
                    repository.store_content(session, page.content_hash, page, content_type)
                if working_scheme:
                    repository.set_working_scheme(session, values["company_url_id"], working_scheme)
                return repository.insert_snapshot(session, values)

        return self._retrying(write, values["url"], "write")

    @staticmethod
    def _retrying(operation, url: str, what: str):
        """Run one database operation, again after a locked SQLite file or a restarting PostgreSQL:
        its transaction was rolled back whole, so it is safe to try again."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return operation()
            except OperationalError as exc:
                if attempt == WRITE_ATTEMPTS:
                    raise
                wait = min(0.25 * 2**attempt, 8.0)
                logger.warning(
                    "Database %s failed for %s (attempt %d/%d, retrying in %.1fs): %s",
                    what,
                    url,
                    attempt,
                    WRITE_ATTEMPTS,
                    wait,
                    str(exc.orig).strip().splitlines()[0][:200] if exc.orig else exc,
                )
                time.sleep(wait)
        raise AssertionError("unreachable")


def page_input(adapter: ItemAdapter, previous: repository.PreviousSnapshot | None, not_modified: bool) -> PageInput:
    """What the analysis of one fetched page needs, from its item and the URL's previous snapshot."""
    return PageInput(
        company_name=adapter["company_name"],
        url=adapter["url"],
        is_homepage=bool(adapter.get("is_homepage")),
        status=adapter.get("status"),
        error=adapter.get("error"),
        final_url=adapter.get("final_url"),
        body=adapter.get("body"),
        encoding=adapter.get("encoding"),
        content_type=adapter.get("content_type"),
        not_modified=not_modified,
        previous_status=previous.status if previous else None,
        previous_title=previous.title if previous else None,
        previous_text=previous.text if previous else None,
        previous_text_hash=previous.text_hash if previous else None,
        previous_content_hash=previous.content_hash if previous else None,
        has_previous=previous is not None,
        company_read_before=bool(adapter.get("company_read_before")),
        read_year=repository.parse_iso(adapter["fetched_at"]).year if adapter.get("fetched_at") else None,
    )


def snapshot_values(adapter: ItemAdapter, page: PageResult, run_id: int, not_modified: bool) -> dict[str, Any]:
    """The snapshot row of one item."""
    return {
        "run_id": run_id,
        "company_id": adapter["company_pk"],
        "company_url_id": adapter["company_url_id"],
        "url": adapter["url"],
        "final_url": adapter.get("final_url") if adapter.get("final_url") != adapter["url"] else None,
        "status": adapter.get("status"),
        "error": (adapter.get("error") or None) and adapter["error"][:500],
        "fetched_at": repository.parse_iso(adapter["fetched_at"]),
        "elapsed_ms": adapter.get("elapsed_ms"),
        "content_hash": page.content_hash,
        "changed": page.changed,
        "similarity": page.similarity,
        "magnitude": page.magnitude,
        "rendered": bool(adapter.get("rendered")),
        "render_reason": adapter.get("render_reason"),
        "etag": adapter.get("etag"),
        "last_modified": adapter.get("last_modified"),
        "diff": page.diff,
        "signals": page.signals or None,
        "screenshot": adapter.get("screenshot"),
        "not_modified": not_modified,
    }
