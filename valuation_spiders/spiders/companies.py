"""The ``companies`` spider: sync the portfolio, then fetch every active URL of the chosen companies.

Every URL ends as exactly one :class:`SnapshotItem`: ``parse`` for any HTTP status, ``on_error`` for
failures (DNS, refused, timeout, TLS, too large, blocked, robots.txt). A URL the source wrote without
a scheme whose first attempt fails at the connection or TLS level is requested once more on the
other scheme (``urls.fetch_plan``) before ``on_error`` makes its item.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.utils.asyncio import run_in_thread
from twisted.python.failure import Failure

from valuation_spiders.fetch_errors import classify_failure, failed_to_connect
from valuation_spiders.items import SnapshotItem
from valuation_spiders.network.resolver import blocked_host_reason
from valuation_spiders.selection import (
    parse_company_filter,
    parse_limit,
    parse_render,
    parse_shard,
    select_companies,
)
from valuation_spiders.sources.loader import load_companies
from valuation_spiders.sources.records import SourceError
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import CrawlDatabase, DatabaseError, safe_url
from valuation_spiders.storage.repository import CompanyTargets, Target
from valuation_spiders.urls import fetch_plan, scheme_of

logger = logging.getLogger(__name__)

# request meta of a URL written without a scheme: the URL to try once if the first attempt fails at
# the connection level, the scheme of the attempt under way (a redirect keeps both), and on the
# fallback request, the URL it fell back to
FALLBACK_KEY = "scheme_fallback"
SCHEME_KEY = "fetch_scheme"
FELL_BACK_KEY = "scheme_fell_back"
# what every request of a company URL carries for its item (a fallback request copies them)
_ITEM_META = ("company", "target", "company_url_id", "run_id", "first_snapshot", "company_read_before")


class CompaniesSpider(scrapy.Spider):
    name = "companies"

    def __init__(
        self,
        *args: Any,
        limit: str | None = None,
        company: str | None = None,
        shard: str | None = None,
        render: str | None = None,
        source: str = "airtable",
        round: str | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.limit = parse_limit(limit)
        self.company_filter = parse_company_filter(company)
        self.shard = parse_shard(shard)
        self.render_mode = parse_render(render)
        self.source = source or "airtable"
        self.round_id = round
        self.run_id: int | None = None
        self.fatal_error: str | None = None
        self.companies: list[CompanyTargets] = []
        self.url_total = 0
        self.run_opened = asyncio.Event()

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.render_mode is None:
            spider.render_mode = crawler.settings.get("RENDER_MODE", "auto")
        return spider

    def arguments(self) -> dict[str, Any]:
        """The spider arguments as stored on the run (never secrets: those come from the env)."""
        return {
            "limit": self.limit,
            "company": ",".join(self.company_filter) or None,
            "shard": str(self.shard) if self.shard else None,
            "render": self.render_mode,
            "source": self.source,
            "round": self.round_id,
        }

    def _fail(self, reason: str, message: str) -> CloseSpider:
        self.fatal_error = message
        logger.error(message)
        self.crawler.stats.set_value("valuation/fatal_error", message)
        return CloseSpider(reason)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        try:
            sessions, resumed = await self._open_run()
        finally:
            # a JOBDIR queue being resumed hands out requests before this point: their items
            # wait for the run to be open (pipelines/snapshots.py)
            self.run_opened.set()
        try:
            records = await run_in_thread(load_companies, self.source, self.settings)
        except SourceError as exc:
            raise self._fail("source_error", str(exc)) from None
        if self.shard is not None:
            # each node syncs only its own share: the shards of a round never write the same rows
            owned = [r for r in records if self.shard.owns(r.record_id)]
            logger.info("Shard %s: %d of %d companies in the source", self.shard, len(owned), len(records))
            records = owned
        report, companies = await run_in_thread(
            repository.sync_companies, sessions, records, self.shard.owns if self.shard else None
        )
        label = "Airtable" if self.source == "airtable" else f"Source {self.source}"
        logger.info(report.line(label))
        stats = self.crawler.stats
        stats.set_value("valuation/sync/companies_created", report.created)
        stats.set_value("valuation/sync/invalid_urls", report.invalid_urls)
        # what the crawl-health checks read (health.py): how much of the known portfolio went
        stats.set_value("valuation/sync/companies_known", report.companies_known)
        stats.set_value("valuation/sync/companies_missing", report.companies_missing)
        stats.set_value("valuation/sync/urls_active_before", report.urls_active_before)
        stats.set_value("valuation/sync/urls_deactivated", report.urls_deactivated)
        if report.linked is not None:
            for key in ("links", "urls", "dangling", "empty", "duplicates", "shared"):
                stats.set_value(f"valuation/sync/linked_{key}", getattr(report.linked, key))
            if report.linked.dangling:
                logger.warning(
                    "%d links point to records missing from the URL table (deleted since?), e.g. %s",
                    report.linked.dangling,
                    ", ".join(report.linked.dangling_examples),
                )

        selected, unmatched = select_companies(
            companies,
            has_urls=lambda c: bool(c.targets),
            wanted=self.company_filter,
            shard=self.shard,
            limit=self.limit,
        )
        if unmatched:
            logger.warning("company= matched nothing for: %s", ", ".join(unmatched))
        if self.company_filter and not selected:
            raise self._fail(
                "no_companies", f"company={','.join(self.company_filter)} matched no company with URLs"
            )
        done = await run_in_thread(repository.stored_url_ids, sessions, self.run_id) if resumed else set()
        self.companies = selected
        self.url_total = sum(len(c.targets) for c in selected)
        await run_in_thread(repository.set_run_total, sessions, self.run_id, len(selected))
        self.crawler.stats.set_value("valuation/companies_total", len(selected))
        self.crawler.stats.set_value("valuation/urls_total", self.url_total)
        if done:
            logger.info("Skipping %d URLs already stored in this run", len(done))
            self.crawler.stats.set_value("valuation/urls_already_stored", len(done))
        self.crawler.signals.send_catch_log(signal=companies_selected, spider=self)
        conditional = self.settings.getbool("CONDITIONAL_REQUESTS", True)
        for batch in _batches(selected, 100):
            # one query per 100 companies: which URLs were fetched before, and their validators
            url_ids = [t.url_id for c in batch for t in c.targets if t.url_id not in done]
            known = await run_in_thread(repository.last_fetches, sessions, url_ids)
            read_before = await run_in_thread(
                repository.companies_read_before, sessions, [c.company_pk for c in batch], self.run_id
            )
            for company in batch:
                for target in company.targets:
                    if target.url_id in done:
                        continue
                    last = known.get(target.url_id)
                    yield self.request_for(
                        company,
                        target,
                        last.validators() if last and conditional else None,
                        first=last is None,
                        company_read_before=company.company_pk in read_before,
                    )

    async def _open_run(self):
        """Open the database and begin (or resume) the processing run."""
        db = CrawlDatabase.for_crawler(self.crawler)
        try:
            sessions = await run_in_thread(db.open)
        except DatabaseError as exc:
            raise self._fail("database_error", str(exc)) from None
        except Exception as exc:  # an unexpected driver error: still one line, password hidden
            raise self._fail(
                "database_error", f"cannot use the database {safe_url(db.url)}: {exc}".splitlines()[0]
            ) from None
        interrupted = await run_in_thread(repository.mark_interrupted_runs, sessions)
        if interrupted:
            logger.warning("Marked run(s) %s interrupted: their crawl died while running", interrupted)
        state = getattr(self, "state", None)
        resume_run = state.get("run_id") if isinstance(state, dict) else None
        self.run_id = await run_in_thread(
            repository.begin_run,
            sessions,
            self.arguments(),
            shard=str(self.shard) if self.shard else None,
            round_id=self.round_id,
            resume_run_id=resume_run,
        )
        if isinstance(state, dict):
            state["run_id"] = self.run_id
        resumed = resume_run == self.run_id
        logger.info(
            "%s processing run %d (database %s)",
            "Resuming" if resumed else "Started",
            self.run_id,
            safe_url(db.url),
        )
        return sessions, resumed

    def request_for(
        self,
        company: CompanyTargets,
        target: Target,
        validators: tuple[str | None, str | None] | None = None,
        *,
        first: bool = False,
        company_read_before: bool = False,
    ) -> scrapy.Request:
        """The request of one URL. ``first``: the URL has no stored page yet, so the pipeline
        need not look for a previous snapshot. ``company_read_before``: another run stored a page
        of this company, so all text of a URL new to it is news. A URL written without a scheme is requested on the
        scheme that worked last time (https when none did), with the other one kept as fallback."""
        headers = {}
        if validators:
            # unchanged pages answer 304 with no body: nothing to download, parse or store again
            etag, last_modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        url, fallback = fetch_plan(target.url, target.scheme_given, target.working_scheme)
        meta = {
            "company": company,
            "target": target,
            "company_url_id": target.url_id,
            "run_id": self.run_id,
            "first_snapshot": first,
            "company_read_before": company_read_before,
        }
        if fallback:
            meta[FALLBACK_KEY] = fallback
            meta[SCHEME_KEY] = scheme_of(url)
        return scrapy.Request(url, headers=headers or None, callback=self.parse, errback=self.on_error, meta=meta)

    def fallback_request(self, request: scrapy.Request, url: str, error: str) -> scrapy.Request:
        """The one retry of a URL written without a scheme on the other scheme: a fresh request (no
        retry count, no render state, the same validators), through every middleware again, the
        SSRF guard included. ``dont_filter``: the dupefilter has seen this company URL already."""
        meta = request.meta
        headers = {k: request.headers[k] for k in (b"If-None-Match", b"If-Modified-Since") if k in request.headers}
        self.crawler.stats.inc_value(f"valuation/scheme_fallback/{scheme_of(url)}")
        logger.info("%s failed (%s): trying %s once", request.url, error, url)
        return scrapy.Request(
            url,
            headers=headers or None,
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,
            meta={
                **{k: meta[k] for k in _ITEM_META},
                SCHEME_KEY: scheme_of(url),
                FELL_BACK_KEY: url,
            },
        )

    def _item(self, request: scrapy.Request) -> SnapshotItem:
        company: CompanyTargets = request.meta["company"]
        target: Target = request.meta["target"]
        latency = request.meta.get("download_latency")
        return SnapshotItem(
            company_id=company.record_id,
            company_name=company.name,
            url=target.url,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            elapsed_ms=round(latency * 1000) if latency is not None else None,
            is_homepage=target.is_homepage,
            company_pk=company.company_pk,
            company_url_id=target.url_id,
            first_snapshot=bool(request.meta.get("first_snapshot")),
            company_read_before=bool(request.meta.get("company_read_before")),
        )

    def parse(self, response: Response, **kwargs: Any):
        item = self._item(response.request)
        item.final_url = response.url
        item.working_scheme = _changed_scheme(response.meta)
        item.status = response.status
        headers = response.headers
        item.content_type = (headers.get(b"Content-Type") or b"").decode("latin-1")[:255] or None
        item.etag = (headers.get(b"ETag") or b"").decode("latin-1")[:255] or None
        item.last_modified = (headers.get(b"Last-Modified") or b"").decode("latin-1")[:100] or None
        item.body = response.body
        item.encoding = getattr(response, "encoding", None)
        item.rendered = "playwright" in response.flags or bool(response.meta.get("rendered"))
        item.render_reason = response.meta.get("render_reason")
        item.screenshot = response.meta.get("screenshot")
        item.not_modified = response.status == 304
        yield item

    def on_error(self, failure: Failure):
        request = failure.request
        response = getattr(failure.value, "response", None)
        reason = error = classify_failure(failure.value)
        if error == "dns":  # the SSRF guard refuses at resolution: say so, not "dns"
            error = blocked_host_reason(urlsplit(request.url).hostname) or error
        fallback = request.meta.get(FALLBACK_KEY)
        # only the first hop: a URL that answered with a redirect has shown its scheme works
        first_hop = not request.meta.get("redirect_urls")
        if fallback and response is None and first_hop and failed_to_connect(failure.value, reason):
            yield self.fallback_request(request, fallback, error)  # its outcome makes the item
            return
        item = self._item(request)
        if request.meta.get(FELL_BACK_KEY):  # both schemes failed: say which URL failed last
            item.final_url = request.meta[FELL_BACK_KEY]
        if response is not None:  # an HttpError or similar that still carries the response
            item.status = response.status
            item.final_url = response.url
            item.working_scheme = _changed_scheme(request.meta)
        item.error = error
        item.render_reason = request.meta.get("render_reason")
        logger.debug("Fetch failed for %s: %s", item.url, item.error)
        yield item


def _changed_scheme(meta: dict[str, Any]) -> str | None:
    """The scheme to remember for a URL written without one that got a response: the scheme of the
    attempt that answered, when it is not the one the next run would try first anyway."""
    scheme = meta.get(SCHEME_KEY)
    target: Target | None = meta.get("target")
    if scheme is None or target is None or target.scheme_given:
        return None
    first_next_time = scheme_of(fetch_plan(target.url, False, target.working_scheme)[0])
    return scheme if scheme != first_next_time else None


def _batches(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Sent once the companies of this crawl are known (progress, run totals).
companies_selected = object()
