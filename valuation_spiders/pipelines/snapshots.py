"""Store each snapshot: extract its text, compare with the previous snapshot of the URL, detect page
signals, and write it, all off the event loop and with short-lived sessions of its own.

The in-house tool this replaces shared one session between concurrent scrapes and died with
``UNIQUE constraint failed``. Here no session outlives one item: a read session for the previous
snapshot (never blocks writers in WAL mode) and one write transaction for the new rows.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import asdict
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.utils.asyncio import run_in_thread
from sqlalchemy.exc import DBAPIError, OperationalError

from valuation_spiders.analysis.signals import PageObservation, detect_page_signals
from valuation_spiders.analysis.text import extract_text
from valuation_spiders.analysis.noise import text_fingerprint
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import CrawlDatabase

logger = logging.getLogger(__name__)

MAX_DIFF_LINES = 200
# Below this, a page's few words may hide what only its markup shows (a JavaScript parking
# lander): parse it again even when its bytes did not change.
REUSE_TEXT_MIN_CHARS = 200
WRITE_ATTEMPTS = 6


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        ct = content_type.lower()
        return "html" in ct or "xml" in ct and "xhtml" in ct
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


class SnapshotPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.db = CrawlDatabase.for_crawler(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

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
            stored = await run_in_thread(self._store, adapter, run_id)
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

    # Runs in a worker thread.
    def _store(self, adapter: ItemAdapter, run_id: int) -> bool:
        body: bytes | None = adapter.get("body")
        sessions = self.db.sessions

        def read_previous():
            with self.db.read_sessions() as session:
                return repository.previous_snapshot(session, adapter["company_url_id"], run_id)

        previous = self._retrying(read_previous, adapter["url"], "read")
        page_title, page_text, hints, digest = "", "", "", None
        store_body = body is not None
        not_modified = adapter.get("status") == 304 and previous is not None and previous.content_hash
        if not_modified:
            # a conditional GET answered 304: the page is the one stored last time
            digest, store_body = previous.content_hash, False
            page_title, page_text = previous.title or "", previous.text or ""
            adapter["status"] = previous.status
            adapter["etag"] = adapter.get("etag") or previous.etag
            adapter["last_modified"] = adapter.get("last_modified") or previous.last_modified
        elif body is not None:
            digest = hashlib.sha256(body).hexdigest()
            store_body = previous is None or previous.content_hash != digest
            if (
                previous is not None
                and previous.content_hash == digest
                and previous.text is not None
                and len(previous.text) >= REUSE_TEXT_MIN_CHARS
            ):
                # the same bytes as last time: parse each page once, not once per crawl
                page_title, page_text = previous.title or "", previous.text
            elif _is_html(adapter.get("content_type"), body):
                page = extract_text(body, adapter.get("encoding"))
                page_title, page_text, hints = page.title, page.text, page.hints
        adapter["content_hash"] = digest
        adapter["title"] = page_title[:1000] or None
        adapter["text_length"] = len(page_text) if body is not None else None
        adapter["text"] = page_text
        observation = PageObservation(
            company_name=adapter["company_name"],
            url=adapter["url"],
            is_homepage=bool(adapter.get("is_homepage")),
            status=adapter.get("status"),
            error=adapter.get("error"),
            final_url=adapter.get("final_url"),
            title=page_title,
            text=page_text,
            previous_text=previous.text if previous else None,
            previous_status=previous.status if previous else None,
            previous_title=previous.title if previous else None,
            html_hints=hints,
        )
        comparison, signals = detect_page_signals(observation)
        fetched = body is not None
        adapter["changed"] = comparison.changed if fetched and previous else None
        adapter["magnitude"] = comparison.magnitude if fetched and previous else None
        adapter["similarity"] = round(comparison.similarity, 4) if fetched and previous else None
        adapter["signals"] = [{**asdict(s), "flagging": s.flagging} for s in signals]
        diff = None
        if fetched and previous and comparison.changed:
            diff = {
                "added": list(comparison.added[:MAX_DIFF_LINES]),
                "removed": list(comparison.removed[:MAX_DIFF_LINES]),
            }
        if not fetched:
            text_hash = None
        elif previous is not None and previous.text == page_text and previous.text_hash:
            text_hash = previous.text_hash
        else:
            text_hash = text_fingerprint(page_text)
        values = {
            "run_id": run_id,
            "company_id": adapter["company_pk"],
            "company_url_id": adapter["company_url_id"],
            "url": adapter["url"],
            "final_url": adapter.get("final_url") if adapter.get("final_url") != adapter["url"] else None,
            "status": adapter.get("status"),
            "error": (adapter.get("error") or None) and adapter["error"][:500],
            "fetched_at": repository.parse_iso(adapter["fetched_at"]),
            "elapsed_ms": adapter.get("elapsed_ms"),
            "content_hash": digest,
            "text_hash": text_hash,
            "title": adapter["title"],
            "text_length": adapter["text_length"],
            "changed": adapter["changed"],
            "similarity": adapter["similarity"],
            "magnitude": adapter["magnitude"],
            "rendered": bool(adapter.get("rendered")),
            "render_reason": adapter.get("render_reason"),
            "etag": adapter.get("etag"),
            "last_modified": adapter.get("last_modified"),
            "diff": diff,
            "signals": adapter["signals"] or None,
            "screenshot": adapter.get("screenshot"),
            "not_modified": bool(not_modified),
        }

        def write():
            with sessions.begin() as session:
                if store_body:
                    repository.store_content(session, digest, body, page_text, adapter.get("content_type"))
                return repository.insert_snapshot(session, values)

        snapshot_id = self._retrying(write, adapter["url"], "write")
        # the body and the text have been stored; the feed and memory need them no longer
        adapter["body"] = None
        adapter["text"] = None
        adapter["screenshot"] = None
        return snapshot_id is not None

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
