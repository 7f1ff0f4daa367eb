"""The processing run: heartbeat while the crawl runs; at the end, the company signals, the counts,
the run status, the results block and the crawl-health checks (logged and stored), then
``run_finished`` for what follows a run (Airtable write-back, alerts)."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import fields
from typing import Any

from scrapy import signals
from scrapy.utils.asyncio import run_in_thread

from valuation_spiders.analysis.signals import PageObservation, Signal, assess_company
from valuation_spiders.health import HealthThresholds, RunFacts, check_line, evaluate, health_record
from valuation_spiders.results import RunSummary, format_results
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import CrawlDatabase

logger = logging.getLogger(__name__)

# Sent after a run is finished and stored, while the crawl's database is still open:
# (spider, run_id, status, companies) where companies maps each processed company's record id to
# its flagging signal kinds (empty when not flagged); the run's health record is in its row.
run_finished = object()

def health_thresholds(settings) -> HealthThresholds:
    """The thresholds from the settings; a bad value stops the crawl with the setting's name."""
    values = {}
    for field in (f.name for f in fields(HealthThresholds)):
        name = f"HEALTH_{field.upper()}"
        default = getattr(HealthThresholds, field)
        raw = settings.get(name, default)
        try:
            value = type(default)(float(raw)) if isinstance(default, int) else float(raw)
        except (TypeError, ValueError):
            raise ValueError(f"{name} must be a number, not {raw!r}") from None
        if value < 0:
            raise ValueError(f"{name} must not be negative, not {raw!r}")
        values[field] = value
    return HealthThresholds(**values)


FAILED_REASONS = {"database_error", "source_error", "no_companies"}
INTERRUPTED_REASONS = {"shutdown", "cancelled"}


def run_status(reason: str) -> str:
    if reason in FAILED_REASONS:
        return "failed"
    if reason in INTERRUPTED_REASONS:
        return "interrupted"
    return "finished"


def summarise_run(pages: list[repository.RunPage], attempted: set[int]) -> tuple[RunSummary, list[dict[str, Any]]]:
    """Counts for the results block and the company signal rows, from the run's snapshots."""
    by_company: dict[int, list[repository.RunPage]] = {}
    for page in pages:
        by_company.setdefault(page.company_pk, []).append(page)
    rows: list[dict[str, Any]] = []
    flagged = failed = 0
    for company_pk in sorted(set(by_company) | attempted):
        company_pages = by_company.get(company_pk, [])
        pairs = []
        for page in company_pages:
            observation = PageObservation(
                company_name=page.company_name,
                url=page.url,
                is_homepage=page.is_homepage,
                status=page.status,
                error=page.error,
                final_url=page.final_url,
                title="",
                text="",
                previous_text=None,
                previous_status=None,
            )
            page_signals = [
                Signal(kind=s["kind"], url=s["url"], evidence=s["evidence"]) for s in page.signals
            ]
            pairs.append((observation, page_signals))
        company_signals = assess_company(pairs) if pairs else []
        snapshot_by_url = {p.url: p.snapshot_id for p in company_pages}
        if any(s.flagging for s in company_signals):
            flagged += 1
        if not any(p.status is not None for p in company_pages):
            failed += 1
        for signal in company_signals:
            rows.append(
                {
                    "company_id": company_pk,
                    "snapshot_id": snapshot_by_url.get(signal.url),
                    "kind": signal.kind,
                    "url": signal.url,
                    "evidence": signal.evidence,
                    "flagging": signal.flagging,
                }
            )
    summary = RunSummary(
        processed=len(set(by_company) | attempted),
        flagged=flagged,
        failed=failed,
        urls_scraped=sum(1 for p in pages if p.status is not None),
        urls_failed=sum(1 for p in pages if p.status is None),
    )
    return summary, rows


class RunRecorder:
    """Closes the processing run the spider opened, whatever way the crawl ends."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.db = CrawlDatabase.for_crawler(crawler)
        self.attempted: set[int] = set()
        self.heartbeat_interval = crawler.settings.getfloat("RUN_HEARTBEAT_INTERVAL", 30.0)
        self.thresholds = health_thresholds(crawler.settings)
        self.started = time.monotonic()
        self._heartbeat_task: asyncio.Task | None = None
        self._last_beat = 0.0
        crawler.signals.connect(self.item_done, signal=signals.item_scraped)
        crawler.signals.connect(self.item_done, signal=signals.item_dropped)
        crawler.signals.connect(self.item_done, signal=signals.item_error)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def item_done(self, item, *args, **kwargs) -> None:
        company_pk = getattr(item, "company_pk", None)
        if company_pk:
            self.attempted.add(company_pk)
        now = time.monotonic()
        if now - self._last_beat >= self.heartbeat_interval and self._heartbeat_task is None:
            self._last_beat = now
            self._heartbeat_task = asyncio.ensure_future(self._beat())

    async def _beat(self) -> None:
        spider = self.crawler.spider
        try:
            if getattr(spider, "run_id", None) and self.db.sessions is not None:
                stats = self.crawler.stats
                await run_in_thread(
                    repository.heartbeat,
                    self.db.sessions,
                    spider.run_id,
                    urls_scraped=stats.get_value("valuation/urls_fetched", 0),
                    urls_failed=stats.get_value("valuation/urls_failed", 0),
                )
        except Exception as exc:  # a missed heartbeat must not stop the crawl
            logger.warning("Could not record the run heartbeat: %s", str(exc).splitlines()[0])
        finally:
            self._heartbeat_task = None

    async def spider_closed(self, spider, reason: str) -> None:
        if self._heartbeat_task is not None:
            await self._heartbeat_task
        elapsed = time.monotonic() - self.started
        run_id = getattr(spider, "run_id", None)
        status = run_status(reason)
        lost = self.crawler.stats.get_value("valuation/store_errors", 0)
        if lost and status == "finished":
            # a snapshot that could not be stored is data lost: the run must not look complete
            status, reason = "failed", f"{reason}; {lost} snapshot(s) not stored"
        if run_id is None or self.db.sessions is None:
            logger.error("Crawl stopped before a processing run could be recorded (%s)", reason)
            return
        try:
            stopped = reason if run_status(reason) != "finished" else None
            await self._finish(spider, run_id, status, reason, elapsed, stopped)
        finally:
            if self.crawler.settings.getbool("VALUATION_DISPOSE_ENGINE_ON_CLOSE", True):
                self.db.close()

    async def _finish(
        self, spider, run_id: int, status: str, reason: str, elapsed: float, stopped: str | None
    ) -> None:
        sessions = self.db.sessions
        try:
            pages = await run_in_thread(repository.run_pages, sessions, run_id)
            summary, rows = summarise_run(pages, self.attempted)
            summary.seconds = elapsed
            results = format_results(summary)
            previous = await run_in_thread(repository.previous_comparable_run, sessions, run_id)
            checks = evaluate(self._facts(pages, summary, previous, stopped), self.thresholds)
            health = health_record(checks, elapsed)
            await run_in_thread(repository.replace_run_signals, sessions, run_id, rows)
            await run_in_thread(
                repository.finish_run,
                sessions,
                run_id,
                status=status,
                finish_reason=reason,
                results=results,
                counts={
                    "companies_processed": summary.processed,
                    "companies_flagged": summary.flagged,
                    "companies_failed": summary.failed,
                    "urls_scraped": summary.urls_scraped,
                    "urls_failed": summary.urls_failed,
                },
                health=health,
            )
        except Exception as exc:
            logger.error("Could not finish processing run %s: %s", run_id, str(exc).splitlines()[0])
            return
        flags: dict[str, list[str]] = {page.record_id: [] for page in pages}
        company_records = {page.company_pk: page.record_id for page in pages}
        for row in rows:
            kinds = flags.setdefault(company_records.get(row["company_id"], ""), [])
            if row["flagging"] and row["kind"] not in kinds:
                kinds.append(row["kind"])
        flags.pop("", None)
        stats = self.crawler.stats
        stats.set_value("valuation/run_id", run_id)
        stats.set_value("valuation/run_status", status)
        stats.set_value("valuation/companies_processed", summary.processed)
        stats.set_value("valuation/companies_flagged", summary.flagged)
        stats.set_value("valuation/companies_failed", summary.failed)
        stats.set_value("valuation/urls_scraped", summary.urls_scraped)
        stats.set_value("valuation/health/failed", health["failed"])
        logger.info("Processing run %d %s (%s)\n%s", run_id, status, reason, results)
        for check in checks:
            if check.failed:
                logger.error("Crawl health check failed in run %d: %s", run_id, check_line(check.as_dict()))
        await self.crawler.signals.send_catch_log_async(
            run_finished, spider=spider, run_id=run_id, status=status, companies=flags
        )

    def _facts(
        self, pages, summary: RunSummary, previous: tuple[int, float] | None, stopped: str | None
    ) -> RunFacts:
        stats = self.crawler.stats
        return RunFacts(
            items=len(pages),
            urls_failed=summary.urls_failed,
            seconds=summary.seconds,
            companies_known=stats.get_value("valuation/sync/companies_known"),
            companies_missing=stats.get_value("valuation/sync/companies_missing"),
            urls_active_before=stats.get_value("valuation/sync/urls_active_before"),
            urls_deactivated=stats.get_value("valuation/sync/urls_deactivated"),
            previous_run_id=previous[0] if previous else None,
            previous_seconds=previous[1] if previous else None,
            stopped=stopped,
        )
