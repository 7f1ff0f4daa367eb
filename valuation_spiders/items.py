"""The snapshot item: one per URL per crawl, whether the fetch worked or not."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class SnapshotItem:
    company_id: str  # the source's record id (Airtable ``rec…``)
    company_name: str
    url: str  # the company URL as stored (a URL written without a scheme: its https:// form)
    # where the fetch ended: the redirect target, or the http:// URL a URL written without a scheme
    # was fetched on (also when that fallback failed too)
    final_url: str | None = None
    status: int | None = None
    fetched_at: str = ""  # ISO 8601, UTC
    elapsed_ms: int | None = None
    content_type: str | None = None
    content_hash: str | None = None
    title: str | None = None
    text_length: int | None = None
    error: str | None = None
    is_homepage: bool = False
    rendered: bool = False
    render_reason: str | None = None
    changed: bool | None = None
    magnitude: str | None = None
    similarity: float | None = None
    signals: list[dict[str, Any]] = field(default_factory=list)
    # Internal: carried from the spider to the pipelines, never exported (see FEED_EXPORT_FIELDS).
    company_pk: int = field(default=0, metadata={"internal": True})
    company_url_id: int = field(default=0, metadata={"internal": True})
    body: bytes | None = field(default=None, repr=False, metadata={"internal": True})
    encoding: str | None = field(default=None, metadata={"internal": True})
    text: str | None = field(default=None, repr=False, metadata={"internal": True})
    etag: str | None = field(default=None, metadata={"internal": True})
    last_modified: str | None = field(default=None, metadata={"internal": True})
    screenshot: bytes | None = field(default=None, repr=False, metadata={"internal": True})
    not_modified: bool = field(default=False, metadata={"internal": True})
    # the URL had no stored page when it was requested: no previous snapshot to read
    first_snapshot: bool = field(default=False, metadata={"internal": True})
    # another run stored a page of this company: a URL new to it is read as news, not as a first crawl
    company_read_before: bool = field(default=False, metadata={"internal": True})
    # a URL written without a scheme answered on this scheme, not the one remembered: store it
    working_scheme: str | None = field(default=None, metadata={"internal": True})


EXPORTED_FIELDS = [f.name for f in fields(SnapshotItem) if not f.metadata.get("internal")]
