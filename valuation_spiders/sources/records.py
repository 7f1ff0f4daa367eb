"""What every source (Airtable, CSV, JSON) hands to the sync: one record per company."""

from __future__ import annotations

from dataclasses import dataclass, field


class SourceError(Exception):
    """A source could not be read. The message is one line a user can act on (no secrets)."""


@dataclass(frozen=True)
class LinkedURLs:
    """What a company takes from the linked URL table (``AIRTABLE_URL_TABLE``).

    ``record_ids`` is the company's link field in its order; ``cells`` the URL cells of the linked
    records that exist, in that order; ``dangling`` the ids not found in the URL table; ``empty``
    the linked records without a URL.
    """

    record_ids: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    dangling: tuple[str, ...] = ()
    empty: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompanyRecord:
    """A company as the source has it, before URL validation.

    ``url_cells`` are the raw cell values of the URL fields in field order (the homepage field
    first); each cell may hold several URLs. ``render`` is the optional per-company "needs a
    browser" checkbox (None when the source has no such field). ``linked`` holds the URLs of
    linked records (None when no linked URL table is configured); they follow ``url_cells``.
    """

    record_id: str
    name: str
    url_cells: tuple[str, ...] = field(default_factory=tuple)
    render: bool | None = None
    linked: LinkedURLs | None = None

    @property
    def all_url_cells(self) -> tuple[str, ...]:
        """The company's own URL cells, then those of its linked records."""
        return self.url_cells + (self.linked.cells if self.linked else ())
