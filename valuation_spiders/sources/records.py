"""What every source (Airtable, CSV, JSON) hands to the sync: one record per company."""

from __future__ import annotations

from dataclasses import dataclass, field


class SourceError(Exception):
    """A source could not be read. The message is one line a user can act on (no secrets)."""


@dataclass(frozen=True)
class CompanyRecord:
    """A company as the source has it, before URL validation.

    ``url_cells`` are the raw cell values of the URL fields in field order (the homepage field
    first); each cell may hold several URLs. ``render`` is the optional per-company "needs a
    browser" checkbox (None when the source has no such field).
    """

    record_id: str
    name: str
    url_cells: tuple[str, ...] = field(default_factory=tuple)
    render: bool | None = None
