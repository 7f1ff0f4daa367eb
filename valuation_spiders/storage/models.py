"""Tables. Users query ``companies``, ``website_snapshots`` and ``processing_runs`` directly: keep
those names. The schema itself is created by the Alembic migrations in ``migrations/``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false, true

RUN_STATUSES = ("running", "finished", "failed", "interrupted")


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(1000))
    render: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CompanyURL(Base):
    __tablename__ = "company_urls"
    __table_args__ = (UniqueConstraint("company_id", "url", name="uq_company_urls_company_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_homepage: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # written without a scheme in the source: tried on https, then once on http (migration 0004)
    scheme_given: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    working_scheme: Mapped[str | None] = mapped_column(String(10), nullable=True)


class PageContent(Base):
    """One row per distinct body: a re-crawl of an unchanged page stores no new bytes here."""

    __tablename__ = "page_contents"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed raw body as fetched
    text: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed visible text
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # facts of the body, kept here once instead of in every snapshot of it
    title: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    text_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # noise-masked text fingerprint
    text_length: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ProcessingRun(Base):
    __tablename__ = "processing_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    arguments: Mapped[dict] = mapped_column(JSON, default=dict)
    shard: Mapped[str | None] = mapped_column(String(20), nullable=True)
    round_id: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    hostname: Mapped[str | None] = mapped_column(String(255), nullable=True)
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    companies_total: Mapped[int] = mapped_column(Integer, default=0)
    companies_processed: Mapped[int] = mapped_column(Integer, default=0)
    companies_flagged: Mapped[int] = mapped_column(Integer, default=0)
    companies_failed: Mapped[int] = mapped_column(Integer, default=0)
    urls_scraped: Mapped[int] = mapped_column(Integer, default=0)
    urls_failed: Mapped[int] = mapped_column(Integer, default=0)
    finish_reason: Mapped[str | None] = mapped_column(String(100), nullable=True)
    results: Mapped[str | None] = mapped_column(Text, nullable=True)
    health: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # crawl-health checks (migration 0004)


class WebsiteSnapshot(Base):
    """One row per URL per crawl; the body lives in ``page_contents`` once per distinct hash."""

    __tablename__ = "website_snapshots"
    __table_args__ = (
        # also serves lookups by run (its first column)
        UniqueConstraint("run_id", "company_url_id", name="uq_snapshots_run_url"),
        # a URL's latest snapshot: ids grow in the order snapshots are stored
        Index("ix_snapshots_url_id", "company_url_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("processing_runs.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    company_url_id: Mapped[int] = mapped_column(ForeignKey("company_urls.id"))
    url: Mapped[str] = mapped_column(String(2048))
    final_url: Mapped[str | None] = mapped_column(String(2048), nullable=True)
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    elapsed_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    content_hash: Mapped[str | None] = mapped_column(
        ForeignKey("page_contents.content_hash"), nullable=True
    )
    changed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    similarity: Mapped[float | None] = mapped_column(Float, nullable=True)
    magnitude: Mapped[str | None] = mapped_column(String(20), nullable=True)
    rendered: Mapped[bool] = mapped_column(Boolean, default=False)
    render_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    etag: Mapped[str | None] = mapped_column(String(255), nullable=True)
    last_modified: Mapped[str | None] = mapped_column(String(100), nullable=True)
    diff: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # added/removed lines when changed
    signals: Mapped[list | None] = mapped_column(JSON, nullable=True)  # page signals, see analysis.signals
    screenshot: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # True when a conditional GET answered 304: the page is the one stored before
    not_modified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Signal(Base):
    """A company's signal in a run (page signals merged per company, plus company-level ones such
    as ``site_down``); a company is flagged in a run when one of its signals flags."""

    __tablename__ = "signals"
    __table_args__ = (Index("ix_signals_run_company", "run_id", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("processing_runs.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("website_snapshots.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(50))
    url: Mapped[str] = mapped_column(String(2048))
    evidence: Mapped[str] = mapped_column(Text)
    flagging: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
