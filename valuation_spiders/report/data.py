"""What a report shows, read from the database into plain objects the template can walk."""

from __future__ import annotations

import base64
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from valuation_spiders.analysis.kinds import FLAGGING_KINDS, severity_rank
from valuation_spiders.health import check_line, failed_checks
from valuation_spiders.results import RunSummary, format_duration, format_results
from valuation_spiders.storage.models import (
    Company,
    CompanyURL,
    PageContent,
    ProcessingRun,
    Signal,
    WebsiteSnapshot,
)
from valuation_spiders.storage.repository import _as_utc

KIND_LABELS = {
    "shutdown": "Shutdown",
    "acquisition": "Acquisition",
    "site_down": "Site down",
    "parked_domain": "Parked domain",
    "domain_repurposed": "Domain repurposed",
    "domain_redirect": "Redirects to another domain",
    "layoffs": "Layoffs",
    "funding": "Funding",
    "major_change": "Major change",
    "page_gone": "Page gone",
    "name_gone": "Name gone from a short homepage",
    "leadership": "Leadership",
    "product_launch": "Product launch",
}


def safe_href(url: str | None) -> str | None:
    """Only http(s) links: a crawled page cannot put ``javascript:`` into the report."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


@dataclass
class PageView:
    url: str
    href: str | None
    final_url: str | None
    status: int | None
    error: str | None
    title: str | None
    changed: bool | None
    magnitude: str | None
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rendered: bool = False
    render_reason: str | None = None
    screenshot_data_uri: str | None = None
    is_homepage: bool = False


@dataclass
class SignalView:
    kind: str
    label: str
    url: str
    href: str | None
    evidence: str
    flagging: bool
    since: str | None = None  # the run/date the signal first appeared in an unbroken streak


@dataclass
class CompanyView:
    company_pk: int
    record_id: str
    name: str
    signals: list[SignalView] = field(default_factory=list)
    pages: list[PageView] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return any(s.flagging for s in self.signals)

    @property
    def failed(self) -> bool:
        return bool(self.pages) and all(p.status is None for p in self.pages)

    @property
    def top_kind(self) -> str:
        flagging = [s.kind for s in self.signals if s.flagging]
        return min(flagging, key=severity_rank) if flagging else ""

    @property
    def changed_pages(self) -> int:
        return sum(1 for p in self.pages if p.changed)

    @property
    def homepage(self) -> PageView | None:
        return next((p for p in self.pages if p.is_homepage), self.pages[0] if self.pages else None)


@dataclass
class ReportData:
    title: str
    runs: list[dict[str, Any]]
    results: str
    groups: list[tuple[str, str, list[CompanyView]]]  # (kind, label, companies)
    unchanged: list[CompanyView]
    failed: list[CompanyView]
    generated_at: str
    flagged_count: int = 0
    health_failed: list[str] = field(default_factory=list)  # one line per failed crawl-health check
    health_checked: int = 0  # runs that have health checks (older runs have none)


def _run_summary(runs: list[ProcessingRun]) -> str:
    if len(runs) == 1 and runs[0].results:
        return runs[0].results
    seconds = 0.0
    for run in runs:
        started, finished = _as_utc(run.started_at), _as_utc(run.finished_at)
        if started and finished:
            seconds = max(seconds, (finished - started).total_seconds())
    return format_results(
        RunSummary(
            processed=sum(r.companies_processed for r in runs),
            flagged=sum(r.companies_flagged for r in runs),
            failed=sum(r.companies_failed for r in runs),
            urls_scraped=sum(r.urls_scraped for r in runs),
            seconds=seconds,
        )
    )


def _history(session: Session, company_ids: list[int], upto_run: int) -> dict[int, list[dict[str, Any]]]:
    """Per company, the flagging kinds of each run up to this one (newest first, at most 12)."""
    rows = session.execute(
        select(Signal.company_id, Signal.run_id, Signal.kind, ProcessingRun.started_at)
        .join(ProcessingRun, ProcessingRun.id == Signal.run_id)
        .where(Signal.company_id.in_(company_ids), Signal.run_id <= upto_run, Signal.flagging.is_(True))
    )
    runs_seen = session.execute(
        select(WebsiteSnapshot.company_id, WebsiteSnapshot.run_id, ProcessingRun.started_at)
        .join(ProcessingRun, ProcessingRun.id == WebsiteSnapshot.run_id)
        .where(WebsiteSnapshot.company_id.in_(company_ids), WebsiteSnapshot.run_id <= upto_run)
        .distinct()
    )
    by_company: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)
    for company_id, run_id, started in runs_seen:
        by_company[company_id][run_id] = {
            "run_id": run_id,
            "date": (_as_utc(started) or datetime.now()).strftime("%Y-%m-%d %H:%M"),
            "kinds": [],
        }
    for company_id, run_id, kind, started in rows:
        entry = by_company[company_id].setdefault(
            run_id,
            {"run_id": run_id, "date": (_as_utc(started) or datetime.now()).strftime("%Y-%m-%d %H:%M"), "kinds": []},
        )
        if kind not in entry["kinds"]:
            entry["kinds"].append(kind)
    return {
        company_id: sorted(runs.values(), key=lambda r: r["run_id"], reverse=True)[:12]
        for company_id, runs in by_company.items()
    }


def _since(history: list[dict[str, Any]], kind: str) -> str | None:
    """"new in this run", or the oldest run of the unbroken streak of runs (newest first) that
    show this kind."""
    streak = []
    for entry in history:
        if kind not in entry["kinds"]:
            break
        streak.append(entry)
    if len(streak) <= 1:
        return "new in this run"
    return f"since run {streak[-1]['run_id']}, {streak[-1]['date']}"


def build_report(session: Session, runs: list[ProcessingRun]) -> ReportData:
    run_ids = [r.id for r in runs]
    companies: dict[int, CompanyView] = {}
    rows = session.execute(
        select(WebsiteSnapshot, PageContent.title, Company.record_id, Company.name, CompanyURL.is_homepage)
        .join(Company, Company.id == WebsiteSnapshot.company_id)
        .join(CompanyURL, CompanyURL.id == WebsiteSnapshot.company_url_id)
        .outerjoin(PageContent, PageContent.content_hash == WebsiteSnapshot.content_hash)
        .where(WebsiteSnapshot.run_id.in_(run_ids))
        .order_by(Company.name, CompanyURL.position)
    )
    for snapshot, title, record_id, name, is_homepage in rows:
        view = companies.setdefault(snapshot.company_id, CompanyView(snapshot.company_id, record_id, name))
        diff = snapshot.diff or {}
        view.pages.append(
            PageView(
                url=snapshot.url,
                href=safe_href(snapshot.url),
                final_url=snapshot.final_url,
                status=snapshot.status,
                error=snapshot.error,
                title=title,
                changed=snapshot.changed,
                magnitude=snapshot.magnitude,
                added=list(diff.get("added") or [])[:60],
                removed=list(diff.get("removed") or [])[:60],
                rendered=bool(snapshot.rendered),
                render_reason=snapshot.render_reason,
                screenshot_data_uri=(
                    "data:image/png;base64," + base64.b64encode(snapshot.screenshot).decode("ascii")
                    if snapshot.screenshot
                    else None
                ),
                is_homepage=bool(is_homepage),
            )
        )
    for signal in session.scalars(
        select(Signal).where(Signal.run_id.in_(run_ids)).order_by(Signal.company_id, Signal.id)
    ):
        view = companies.get(signal.company_id)
        if view is None:
            continue
        view.signals.append(
            SignalView(
                kind=signal.kind,
                label=KIND_LABELS.get(signal.kind, signal.kind.replace("_", " ").capitalize()),
                url=signal.url,
                href=safe_href(signal.url),
                evidence=signal.evidence,
                flagging=bool(signal.flagging) and signal.kind in FLAGGING_KINDS,
            )
        )
    flagged = [c for c in companies.values() if c.flagged]
    histories = _history(session, [c.company_pk for c in flagged], max(run_ids)) if flagged else {}
    for company in flagged:
        company.history = histories.get(company.company_pk, [])
        company.signals.sort(key=lambda s: (not s.flagging, severity_rank(s.kind)))
        for signal in company.signals:
            if signal.flagging:
                signal.since = _since(company.history, signal.kind)
    grouped: dict[str, list[CompanyView]] = defaultdict(list)
    for company in flagged:
        grouped[company.top_kind].append(company)
    groups = [
        (kind, KIND_LABELS.get(kind, kind), sorted(grouped[kind], key=lambda c: c.name.casefold()))
        for kind in sorted(grouped, key=severity_rank)
    ]
    failed = [c for c in companies.values() if c.failed]  # a dead site is flagged and listed here
    unchanged = [c for c in companies.values() if not c.flagged and not c.failed]
    run_rows = []
    for run in runs:
        started, finished = _as_utc(run.started_at), _as_utc(run.finished_at)
        run_rows.append(
            {
                "id": run.id,
                "status": run.status,
                "shard": run.shard,
                "round": run.round_id,
                "started": started.strftime("%Y-%m-%d %H:%M UTC") if started else "",
                "duration": format_duration((finished - started).total_seconds()) if started and finished else "-",
            }
        )
    label = f"round {runs[0].round_id}" if len(runs) > 1 else f"run {runs[0].id}"
    health_failed = [
        (f"run {run.id}: " if len(runs) > 1 else "") + check_line(check)
        for run in runs
        for check in failed_checks(run.health)
    ]
    return ReportData(
        title=f"Portfolio website review, {label}",
        runs=run_rows,
        results=_run_summary(runs),
        groups=groups,
        unchanged=sorted(unchanged, key=lambda c: c.name.casefold()),
        failed=sorted(failed, key=lambda c: c.name.casefold()),
        generated_at=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        flagged_count=len(flagged),
        health_failed=health_failed,
        health_checked=sum(1 for run in runs if run.health),
    )
