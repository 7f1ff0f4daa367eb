"""Reads and writes of the crawl, each in its own short transaction.

Every public function here opens its own session from the ``sessionmaker`` it is given and commits
before returning: nothing is shared between items or threads.
"""

from __future__ import annotations

import os
import socket
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from valuation_spiders.sources.records import CompanyRecord
from valuation_spiders.storage.models import (
    Company,
    CompanyURL,
    PageContent,
    ProcessingRun,
    Signal,
    WebsiteSnapshot,
)
from valuation_spiders.urls import parse_url_cells

STALE_HEARTBEAT = timedelta(minutes=10)


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value) if value else utcnow()


def _as_utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite hands back naive datetimes
        return value.replace(tzinfo=UTC)
    return value


def _insert(session: Session, table: Table):
    """An INSERT that can say ON CONFLICT, in the dialect of the session's database."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    return insert(table)


# --- processing runs ---------------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def mark_interrupted_runs(factory: sessionmaker[Session]) -> list[int]:
    """Runs left ``running`` by a crawl that died: on this host with a dead pid, or silent for long.

    A run of another node that is still alive keeps beating its heartbeat and is left alone.
    """
    host = socket.gethostname()
    now = utcnow()
    interrupted: list[int] = []
    with factory.begin() as session:
        for run in session.scalars(select(ProcessingRun).where(ProcessingRun.status == "running")):
            beat = _as_utc(run.heartbeat_at or run.started_at)
            dead_here = run.hostname == host and run.pid is not None and not _pid_alive(run.pid)
            if run.pid == os.getpid() and run.hostname == host:
                continue
            if dead_here or (beat is not None and now - beat > STALE_HEARTBEAT):
                run.status = "interrupted"
                run.finish_reason = run.finish_reason or "process died"
                run.finished_at = run.finished_at or beat
                interrupted.append(run.id)
    return interrupted


def begin_run(
    factory: sessionmaker[Session],
    arguments: dict[str, Any],
    *,
    shard: str | None,
    round_id: str | None,
    resume_run_id: int | None = None,
) -> int:
    """Create the run row, or re-open a run being resumed from a JOBDIR."""
    now = utcnow()
    with factory.begin() as session:
        if resume_run_id is not None:
            run = session.get(ProcessingRun, resume_run_id)
            if run is not None and run.status in ("running", "interrupted", "failed"):
                run.status = "running"
                run.finished_at = None
                run.heartbeat_at = now
                run.hostname = socket.gethostname()
                run.pid = os.getpid()
                return run.id
        run = ProcessingRun(
            status="running",
            started_at=now,
            heartbeat_at=now,
            arguments=arguments,
            shard=shard,
            round_id=round_id,
            hostname=socket.gethostname(),
            pid=os.getpid(),
            companies_total=0,
            companies_processed=0,
            companies_flagged=0,
            companies_failed=0,
            urls_scraped=0,
            urls_failed=0,
        )
        session.add(run)
        session.flush()
        return run.id


def heartbeat(factory: sessionmaker[Session], run_id: int, **counts: int) -> None:
    with factory.begin() as session:
        session.execute(
            update(ProcessingRun)
            .where(ProcessingRun.id == run_id)
            .values(heartbeat_at=utcnow(), **counts)
        )


def set_run_total(factory: sessionmaker[Session], run_id: int, total: int) -> None:
    with factory.begin() as session:
        session.execute(
            update(ProcessingRun).where(ProcessingRun.id == run_id).values(companies_total=total)
        )


def finish_run(
    factory: sessionmaker[Session],
    run_id: int,
    *,
    status: str,
    finish_reason: str,
    results: str,
    counts: dict[str, int],
    health: dict[str, Any] | None = None,
) -> None:
    with factory.begin() as session:
        session.execute(
            update(ProcessingRun)
            .where(ProcessingRun.id == run_id)
            .values(
                status=status,
                finish_reason=finish_reason,
                finished_at=utcnow(),
                heartbeat_at=utcnow(),
                results=results,
                health=health,
                **counts,
            )
        )


def run_seconds(run: ProcessingRun) -> float | None:
    """How long a run took: as its health record measured it, else from its timestamps."""
    seconds = (run.health or {}).get("seconds")
    if seconds:
        return float(seconds)
    started, finished = _as_utc(run.started_at), _as_utc(run.finished_at)
    return (finished - started).total_seconds() if started and finished else None


def previous_comparable_run(factory: sessionmaker[Session], run_id: int) -> tuple[int, float] | None:
    """The latest finished run before this one with the same spider arguments (the round label
    aside), and how long it took: what ``slow_run`` compares with."""
    def same(args: dict[str, Any] | None) -> bool:
        strip = lambda a: {k: v for k, v in (a or {}).items() if k != "round"}  # noqa: E731
        return strip(args) == strip(arguments)

    with factory() as session:
        this_run = session.get(ProcessingRun, run_id)
        arguments = this_run.arguments if this_run is not None else {}
        runs = session.scalars(
            select(ProcessingRun)
            .where(ProcessingRun.id < run_id, ProcessingRun.status == "finished")
            .order_by(ProcessingRun.id.desc())
            .limit(200)
        )
        for run in runs:
            if same(run.arguments):
                seconds = run_seconds(run)
                return (run.id, seconds) if seconds else None
    return None


# --- companies and their URLs -------------------------------------------------------------------


@dataclass
class LinkReport:
    """How the synced companies' links into the URL table (AIRTABLE_URL_TABLE) resolved."""

    links: int = 0  # record ids in the companies' link fields
    urls: int = 0  # URLs the linked records added to their companies
    dangling: int = 0  # links to ids not in the URL table
    empty: int = 0  # links to records without a URL
    duplicates: int = 0  # linked URLs the company already had in its own fields (kept once)
    shared: int = 0  # linked records that several companies link to
    dangling_examples: list[str] = field(default_factory=list)  # "recX (Company)", a few

    def line(self) -> str:
        return (
            f"linked table: {self.links} links, {self.urls} URLs added, {self.dangling} dangling "
            f"links, {self.empty} empty linked records, {self.duplicates} URLs also in the "
            f"company's fields, {self.shared} linked records shared by several companies"
        )


@dataclass
class SyncReport:
    created: int = 0
    updated: int = 0
    without_urls: int = 0
    urls_created: int = 0
    urls_deactivated: int = 0
    urls_reactivated: int = 0
    invalid_urls: int = 0
    invalid_reasons: dict[str, int] = field(default_factory=dict)
    linked: LinkReport | None = None  # None: no linked URL table configured
    # for the crawl-health checks (health.py): how much of what was known the source dropped
    companies_known: int = 0  # companies with active URLs before this sync (in scope)
    companies_missing: int = 0  # of those, absent from the source this time
    urls_active_before: int = 0  # active URLs of the synced companies before this sync

    def line(self, source: str) -> str:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.invalid_reasons.items()))
        return (
            f"{source} import complete: {self.created} companies created, {self.updated} updated, "
            f"{self.without_urls} without URLs, {self.urls_created} URLs created, "
            f"{self.urls_deactivated} URLs deactivated, {self.invalid_urls} invalid URLs"
            + (f" ({reasons})" if reasons else "")
            + (f"; {self.linked.line()}" if self.linked is not None else "")
        )

    def count_links(self, record: CompanyRecord, urls: Sequence[str], linkers: dict[str, int]) -> None:
        """Add ``record``'s links to the report; ``urls`` are all its parsed URLs, ``linkers``
        counts the companies linking each URL record so far."""
        linked = record.linked
        if linked is None:
            return
        report = self.linked = self.linked or LinkReport()
        own = parse_url_cells(record.url_cells).urls
        from_links = parse_url_cells(linked.cells).urls
        report.links += len(linked.record_ids)
        report.urls += len(urls) - len(own)
        report.duplicates += len(set(from_links) & set(own))
        report.dangling += len(linked.dangling)
        report.empty += len(linked.empty)
        for linked_id in linked.dangling:
            if len(report.dangling_examples) < 5:
                report.dangling_examples.append(f"{linked_id} ({record.name})")
        for linked_id in linked.record_ids:
            linkers[linked_id] = linkers.get(linked_id, 0) + 1
            if linkers[linked_id] == 2:
                report.shared += 1


@dataclass(frozen=True)
class Target:
    """One URL to fetch for one company. ``url`` is the stored (canonical) form; a URL the source
    wrote without a scheme (``scheme_given`` False) is fetched as ``urls.fetch_plan`` says, on its
    ``working_scheme`` first when one is known."""

    url_id: int
    url: str
    is_homepage: bool
    scheme_given: bool = True
    working_scheme: str | None = None


@dataclass(frozen=True)
class CompanyTargets:
    company_pk: int
    record_id: str
    name: str
    render: bool | None
    targets: tuple[Target, ...]


def sync_companies(
    factory: sessionmaker[Session],
    records: Sequence[CompanyRecord],
    in_scope: Callable[[str], bool] | None = None,
) -> tuple[SyncReport, list[CompanyTargets]]:
    """Upsert companies on their record id and their URLs; URLs gone from the source are
    deactivated (their snapshots stay). Returns the report and the companies in source order.

    Several nodes may sync overlapping companies at once (two jobs given the same shard, an
    unsharded crawl during a round). One transaction takes its row locks in one global order,
    whatever order the source lists companies in: company inserts by record id, company updates
    and URL updates by primary key (the ORM flush sorts them), URL inserts by (company, URL).
    Two syncs then wait for each other, never deadlock; ON CONFLICT DO NOTHING turns the loser's
    inserts into no-ops.

    ``in_scope``: which known companies this source is expected to list (a shard's share); the
    others are not counted as missing when the source leaves them out."""
    report = SyncReport()
    now = utcnow()
    parsed: list[tuple[CompanyRecord, list[str], set[str]]] = []
    seen_ids: set[str] = set()
    linkers: dict[str, int] = {}
    for record in records:
        if record.record_id in seen_ids:
            continue
        seen_ids.add(record.record_id)
        # linked records' URLs follow the company's own: its first own URL stays the homepage
        cells = parse_url_cells(record.all_url_cells)
        for reason, count in cells.rejected_reasons.items():
            report.invalid_reasons[reason] = report.invalid_reasons.get(reason, 0) + count
        report.invalid_urls += len(cells.rejected)
        if not cells.urls:
            report.without_urls += 1
        report.count_links(record, cells.urls, linkers)
        parsed.append((record, cells.urls, cells.without_scheme))

    with factory.begin() as session:
        known_before = [
            record_id
            for record_id in session.scalars(
                select(Company.record_id).where(
                    select(CompanyURL.id)
                    .where(CompanyURL.company_id == Company.id, CompanyURL.active.is_(True))
                    .exists()
                )
            )
            if in_scope is None or in_scope(record_id)
        ]
        report.companies_known = len(known_before)
        report.companies_missing = sum(1 for record_id in known_before if record_id not in seen_ids)
        record_ids = [r.record_id for r, _, _ in parsed]
        existing: dict[str, Company] = {}
        for chunk in _chunks(record_ids, 500):
            for company in session.scalars(select(Company).where(Company.record_id.in_(chunk))):
                existing[company.record_id] = company
        pre_existing = set(existing)
        report.updated = len(pre_existing)
        new_rows = [
            {
                "record_id": r.record_id,
                "name": (r.name or r.record_id)[:1000],
                "render": r.render,
                "created_at": now,
                "updated_at": now,
            }
            for r, _, _ in sorted(parsed, key=lambda entry: entry[0].record_id)  # lock order
            if r.record_id not in existing
        ]
        if new_rows:
            # another shard may insert the same company at the same moment: do nothing then
            stmt = _insert(session, Company.__table__)
            if hasattr(stmt, "on_conflict_do_nothing"):
                stmt = stmt.on_conflict_do_nothing(index_elements=["record_id"])
            for chunk in _chunks(new_rows, 500):
                result = session.execute(stmt.returning(Company.__table__.c.id), chunk)
                report.created += len(result.all())
            for chunk in _chunks([row["record_id"] for row in new_rows], 500):
                for company in session.scalars(select(Company).where(Company.record_id.in_(chunk))):
                    existing[company.record_id] = company
        for record, _, _ in parsed:
            company = existing[record.record_id]
            name = (record.name or record.record_id)[:1000]
            if company.name != name or company.render != record.render:
                company.name = name
                company.render = record.render
                company.updated_at = now

        company_ids = [existing[r.record_id].id for r, _, _ in parsed]
        urls_by_company: dict[int, dict[str, CompanyURL]] = {}
        for chunk in _chunks(company_ids, 500):
            for row in session.scalars(select(CompanyURL).where(CompanyURL.company_id.in_(chunk))):
                urls_by_company.setdefault(row.company_id, {})[row.url] = row
        new_urls: list[dict[str, Any]] = []
        for record, urls, without_scheme in parsed:
            company_id = existing[record.record_id].id
            known = urls_by_company.get(company_id, {})
            report.urls_active_before += sum(1 for row in known.values() if row.active)
            wanted = set(urls)
            for position, url in enumerate(urls):
                row = known.get(url)
                scheme_given = url not in without_scheme
                if row is None:
                    new_urls.append(
                        {
                            "company_id": company_id,
                            "url": url,
                            "position": position,
                            "is_homepage": position == 0,
                            "active": True,
                            "created_at": now,
                            "scheme_given": scheme_given,
                        }
                    )
                    continue
                if not row.active:
                    report.urls_reactivated += 1
                if (row.active, row.position, row.is_homepage) != (True, position, position == 0):
                    row.active, row.position, row.is_homepage = True, position, position == 0
                    row.deactivated_at = None
                if bool(row.scheme_given) != scheme_given:
                    # the cell now writes the scheme (fetched as written), or no longer does
                    row.scheme_given = scheme_given
                    row.working_scheme = None
            for url, row in known.items():
                if url not in wanted and row.active:
                    row.active = False
                    row.deactivated_at = now
                    report.urls_deactivated += 1
        if new_urls:
            new_urls.sort(key=lambda row: (row["company_id"], row["url"]))  # lock order
            stmt = _insert(session, CompanyURL.__table__)
            if hasattr(stmt, "on_conflict_do_nothing"):
                stmt = stmt.on_conflict_do_nothing(index_elements=["company_id", "url"])
            for chunk in _chunks(new_urls, 500):
                result = session.execute(stmt.returning(CompanyURL.__table__.c.id), chunk)
                report.urls_created += len(result.all())
        session.flush()

        targets_by_company: dict[int, list[Target]] = {}
        for chunk in _chunks(company_ids, 500):
            rows = session.execute(
                select(
                    CompanyURL.company_id,
                    CompanyURL.id,
                    CompanyURL.url,
                    CompanyURL.is_homepage,
                    CompanyURL.scheme_given,
                    CompanyURL.working_scheme,
                )
                .where(CompanyURL.company_id.in_(chunk), CompanyURL.active.is_(True))
                .order_by(CompanyURL.company_id, CompanyURL.position)
            )
            for company_id, url_id, url, is_homepage, scheme_given, working_scheme in rows:
                targets_by_company.setdefault(company_id, []).append(
                    Target(url_id, url, bool(is_homepage), scheme_given is not False, working_scheme)
                )
        companies = [
            CompanyTargets(
                company_pk=existing[r.record_id].id,
                record_id=r.record_id,
                name=(r.name or r.record_id)[:1000],
                render=r.render,
                targets=tuple(targets_by_company.get(existing[r.record_id].id, ())),
            )
            for r, _, _ in parsed
        ]
    return report, companies


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def stored_url_ids(factory: sessionmaker[Session], run_id: int) -> set[int]:
    """URLs that already have a snapshot in this run (a resumed crawl skips them)."""
    with factory() as session:
        return set(
            session.scalars(
                select(WebsiteSnapshot.company_url_id).where(WebsiteSnapshot.run_id == run_id)
            )
        )


# --- snapshots ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviousSnapshot:
    status: int | None
    title: str | None
    text: str | None
    text_hash: str | None
    final_url: str | None
    etag: str | None
    last_modified: str | None
    content_hash: str | None


def decompress(data: bytes | None) -> bytes:
    return zlib.decompress(data) if data else b""


# Statements of the per-item path are built once: building them per call cost more CPU than
# running them (SQLAlchemy coerces every literal and recomputes cache keys).
_PREVIOUS = (
    select(
        WebsiteSnapshot.status,
        PageContent.title,
        PageContent.text_hash,
        WebsiteSnapshot.final_url,
        WebsiteSnapshot.etag,
        WebsiteSnapshot.last_modified,
        WebsiteSnapshot.content_hash,
        PageContent.text,
    )
    .join(PageContent, PageContent.content_hash == WebsiteSnapshot.content_hash)
    .where(
        WebsiteSnapshot.company_url_id == bindparam("url_id"),
        WebsiteSnapshot.run_id != bindparam("run_id"),
    )
    .order_by(WebsiteSnapshot.id.desc())  # the latest stored (index ix_snapshots_url_id)
    .limit(1)
)
_DIALECT_STATEMENTS: dict[str, tuple[Any, Any]] = {}


def _write_statements(session: Session) -> tuple[Any, Any]:
    """(insert content, insert snapshot) for this database, each ON CONFLICT DO NOTHING."""
    name = session.get_bind().dialect.name
    statements = _DIALECT_STATEMENTS.get(name)
    if statements is None:
        content = _insert(session, PageContent.__table__)
        snapshot = _insert(session, WebsiteSnapshot.__table__)
        if hasattr(content, "on_conflict_do_nothing"):
            content = content.on_conflict_do_nothing(index_elements=["content_hash"])
            snapshot = snapshot.on_conflict_do_nothing(index_elements=["run_id", "company_url_id"])
        statements = (content, snapshot.returning(WebsiteSnapshot.id))
        _DIALECT_STATEMENTS[name] = statements
    return statements


@dataclass(frozen=True)
class LastFetch:
    """What the spider needs of a URL's latest stored page before it requests it again."""

    status: int | None
    etag: str | None
    last_modified: str | None

    def validators(self) -> tuple[str | None, str | None] | None:
        """ETag and Last-Modified for a conditional GET (only after a 200 that sent either)."""
        if self.status == 200 and (self.etag or self.last_modified):
            return self.etag, self.last_modified
        return None


def last_fetches(factory: sessionmaker[Session], url_ids: Sequence[int]) -> dict[int, LastFetch]:
    """The latest snapshot with a stored page of each URL that has one (the snapshot
    ``previous_snapshot`` will return); a URL missing here has never been fetched."""
    if not url_ids:
        return {}
    outer = WebsiteSnapshot.__table__.alias("s")
    inner = WebsiteSnapshot.__table__.alias("s2")
    newest = (
        select(inner.c.id)
        .where(inner.c.company_url_id == outer.c.company_url_id, inner.c.content_hash.is_not(None))
        .order_by(inner.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    found: dict[int, LastFetch] = {}
    with factory() as session:
        for chunk in _chunks(list(url_ids), 500):
            rows = session.execute(
                select(outer.c.company_url_id, outer.c.status, outer.c.etag, outer.c.last_modified).where(
                    outer.c.company_url_id.in_(chunk), outer.c.id == newest
                )
            )
            for url_id, status, etag, last_modified in rows:
                found[url_id] = LastFetch(status, etag, last_modified)
    return found


def companies_read_before(factory: sessionmaker[Session], company_pks: Sequence[int], run_id: int) -> set[int]:
    """The companies of which another run stored a page (status 2xx/3xx, under any of their URLs,
    deactivated ones included). For the others this run is their first crawl: text already on their
    pages is not news (PRODUCT.md: only shutdown and acquisition count there). A company whose every
    earlier fetch failed or answered an error page has never been read: not read before."""
    if not company_pks:
        return set()
    stored = (
        select(WebsiteSnapshot.id)
        .where(
            WebsiteSnapshot.company_url_id == CompanyURL.id,
            WebsiteSnapshot.run_id != run_id,
            WebsiteSnapshot.content_hash.is_not(None),
            WebsiteSnapshot.status.between(200, 399),
        )
        .exists()
    )
    found: set[int] = set()
    with factory() as session:
        for chunk in _chunks(list(company_pks), 500):
            found.update(
                session.scalars(select(CompanyURL.company_id).where(CompanyURL.company_id.in_(chunk), stored).distinct())
            )
    return found


def previous_snapshot(session: Session, company_url_id: int, run_id: int) -> PreviousSnapshot | None:
    """The latest snapshot of this URL from an earlier run that fetched something, with its text."""
    row = session.connection().execute(_PREVIOUS, {"url_id": company_url_id, "run_id": run_id}).first()
    if row is None:
        return None
    return PreviousSnapshot(
        status=row.status,
        title=row.title,
        text=decompress(row.text).decode("utf-8", "replace"),
        text_hash=row.text_hash,
        final_url=row.final_url,
        etag=row.etag,
        last_modified=row.last_modified,
        content_hash=row.content_hash,
    )


def store_content(session: Session, digest: str, page: Any, content_type: str | None) -> None:
    """Insert a body (zlib-compressed, with its compressed visible text, title, text fingerprint
    and text length) once per distinct hash; inserting a body already stored is a no-op.
    ``page`` is the analysis result (``PageResult``)."""
    content, _ = _write_statements(session)
    session.connection().execute(
        content,
        {
            "content_hash": digest,
            "body": page.body_z,
            "text": page.text_z,
            "size": page.size,
            "content_type": (content_type or "")[:255] or None,
            "created_at": utcnow(),
            "title": page.title[:1000] or None,
            "text_hash": page.text_hash,
            "text_length": page.text_length,
        },
    )


_URLS = CompanyURL.__table__
_SET_WORKING_SCHEME = _URLS.update().where(_URLS.c.id == bindparam("url_id")).values(working_scheme=bindparam("scheme"))


def set_working_scheme(session: Session, company_url_id: int, scheme: str) -> None:
    """Remember the scheme a URL written without one answered on (written only when it changed)."""
    session.connection().execute(_SET_WORKING_SCHEME, {"url_id": company_url_id, "scheme": scheme})


def insert_snapshot(session: Session, values: dict[str, Any]) -> int | None:
    """Insert one snapshot; returns its id, or None when this run already stored that URL
    (a resumed crawl re-fetching a URL it had stored before it stopped)."""
    _, snapshot = _write_statements(session)
    return session.connection().execute(snapshot, values).scalar()


# --- what a run found ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RunPage:
    company_pk: int
    record_id: str
    company_name: str
    url: str
    is_homepage: bool
    status: int | None
    error: str | None
    final_url: str | None
    signals: list[dict[str, Any]]
    snapshot_id: int


def run_pages(factory: sessionmaker[Session], run_id: int) -> list[RunPage]:
    with factory() as session:
        rows = session.execute(
            select(
                WebsiteSnapshot.company_id,
                Company.record_id,
                Company.name,
                WebsiteSnapshot.url,
                CompanyURL.is_homepage,
                WebsiteSnapshot.status,
                WebsiteSnapshot.error,
                WebsiteSnapshot.final_url,
                WebsiteSnapshot.signals,
                WebsiteSnapshot.id,
            )
            .join(Company, Company.id == WebsiteSnapshot.company_id)
            .join(CompanyURL, CompanyURL.id == WebsiteSnapshot.company_url_id)
            .where(WebsiteSnapshot.run_id == run_id)
            .order_by(WebsiteSnapshot.company_id, CompanyURL.position)
        )
        return [
            RunPage(
                company_pk=r[0],
                record_id=r[1],
                company_name=r[2],
                url=r[3],
                is_homepage=bool(r[4]),
                status=r[5],
                error=r[6],
                final_url=r[7],
                signals=list(r[8] or []),
                snapshot_id=r[9],
            )
            for r in rows
        ]


def replace_run_signals(
    factory: sessionmaker[Session], run_id: int, rows: list[dict[str, Any]]
) -> None:
    """Store a run's company signals; re-finishing a resumed run replaces them."""
    now = utcnow()
    with factory.begin() as session:
        session.execute(Signal.__table__.delete().where(Signal.run_id == run_id))
        if rows:
            session.execute(
                insert(Signal.__table__), [{**row, "run_id": run_id, "created_at": now} for row in rows]
            )


def latest_finished_run(session: Session) -> ProcessingRun | None:
    return session.scalars(
        select(ProcessingRun)
        .where(ProcessingRun.status == "finished")
        .order_by(ProcessingRun.id.desc())
        .limit(1)
    ).first()



@dataclass
class CompanyFlags:
    run_id: int
    company_pk: int
    record_id: str
    company_name: str
    signals: list[dict[str, Any]]

    @property
    def flagged(self) -> bool:
        return any(s["flagging"] for s in self.signals)


def run_signals(session: Session, run_ids: Sequence[int]) -> list[CompanyFlags]:
    """Every company with at least one signal in these runs, in the order signals were stored
    (most serious first within a company)."""
    rows = session.execute(
        select(Signal, Company.record_id, Company.name)
        .join(Company, Company.id == Signal.company_id)
        .where(Signal.run_id.in_(list(run_ids)))
        .order_by(Signal.run_id, Company.name, Signal.id)
    )
    by_key: dict[tuple[int, int], CompanyFlags] = {}
    for signal, record_id, name in rows:
        key = (signal.run_id, signal.company_id)
        entry = by_key.get(key)
        if entry is None:
            entry = by_key[key] = CompanyFlags(signal.run_id, signal.company_id, record_id, name, [])
        entry.signals.append(
            {"kind": signal.kind, "url": signal.url, "evidence": signal.evidence, "flagging": signal.flagging}
        )
    return list(by_key.values())


def round_runs(runs: Sequence[ProcessingRun]) -> list[ProcessingRun]:
    """The runs that make up a round: per shard, its latest finished run (a shard scheduled again
    after a failure or an interruption replaces the earlier attempt), or its latest attempt while
    none has finished. Without this a re-run shard would count its companies twice."""
    chosen: dict[str | None, ProcessingRun] = {}
    for run in sorted(runs, key=lambda r: r.id):
        current = chosen.get(run.shard)
        if current is None or run.status == "finished" or current.status != "finished":
            chosen[run.shard] = run
    return sorted(chosen.values(), key=lambda r: r.id)


def resolve_runs(session: Session, run_id: int | None, round_id: str | None) -> list[ProcessingRun]:
    """The runs a command should show: one run, the shard runs of a round (see ``round_runs``), or
    the latest finished run (with the other shard runs of its round)."""
    if run_id is not None:
        run = session.get(ProcessingRun, run_id)
        return [run] if run else []
    if round_id is None:
        latest = latest_finished_run(session)
        if latest is None:
            return []
        if latest.round_id is None:
            return [latest]
        round_id = latest.round_id
    return round_runs(
        list(session.scalars(select(ProcessingRun).where(ProcessingRun.round_id == round_id)))
    )


def flagged_before(session: Session, run_id: int, company_pks: Sequence[int]) -> dict[int, bool]:
    """Per company: was it flagged in the latest finished run before ``run_id`` that covered it
    (stored a snapshot of one of its URLs)? Companies no earlier finished run covered are absent."""
    previous: dict[int, int] = {}
    for chunk in _chunks(list(company_pks), 500):
        rows = session.execute(
            select(WebsiteSnapshot.company_id, func.max(WebsiteSnapshot.run_id))
            .join(ProcessingRun, ProcessingRun.id == WebsiteSnapshot.run_id)
            .where(
                WebsiteSnapshot.company_id.in_(chunk),
                WebsiteSnapshot.run_id < run_id,
                ProcessingRun.status == "finished",
            )
            .group_by(WebsiteSnapshot.company_id)
        )
        previous.update({company_id: prev_run for company_id, prev_run in rows})
    flagged: set[tuple[int, int]] = set()
    for chunk in _chunks(list(previous), 500):
        rows = session.execute(
            select(Signal.company_id, Signal.run_id)
            .where(
                Signal.company_id.in_(chunk),
                Signal.run_id.in_({previous[c] for c in chunk}),
                Signal.flagging.is_(True),
            )
            .distinct()
        )
        flagged.update((company_id, prev_run) for company_id, prev_run in rows)
    return {company_id: (company_id, prev_run) in flagged for company_id, prev_run in previous.items()}
