"""Write-back: put each flagged company's signal kinds into an Airtable field, clear the rest.

Uses pyairtable's ``Table.batch_update`` one chunk of 10 records (Airtable's maximum) at a time,
paced under Airtable's 5 requests/s per base, with ``typecast`` off so a misconfigured field
fails loudly instead of Airtable inventing select options.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import requests

from valuation_spiders.sources.airtable import (
    DEFAULT_RETRY_TOTAL_SECONDS,
    AirtableConfig,
    airtable_error,
    airtable_error_body,
    make_api,
)

if TYPE_CHECKING:
    from pyairtable.api.types import UpdateRecordDict
from valuation_spiders.sources.records import SourceError

logger = logging.getLogger(__name__)

#: Airtable's limit on records per create/update request.
RECORDS_PER_REQUEST = 10

# Pace a little under the limit: the server's clock sees our requests with some jitter.
_PACING_MARGIN = 1.05

_RECORD_ID = re.compile(r"rec[A-Za-z0-9]{3,}")


def is_airtable_record_id(value: str) -> bool:
    """Whether ``value`` can be an Airtable record id (CSV/JSON-derived ids cannot be written)."""
    return bool(_RECORD_ID.fullmatch(value))


def write_flags(
    config: AirtableConfig,
    field: str,
    updates: Mapping[str, str | None],
    *,
    requests_per_second: float = 5,
    retry_total_seconds: float = DEFAULT_RETRY_TOTAL_SECONDS,
) -> int:
    """Set ``field`` of each record in ``updates`` (record id -> text; None or "" clears it).

    Returns the number of records written. Records that are not Airtable ids are skipped, and so
    are records deleted from the base since the crawl read it (both logged). Any other failure is
    a one-line ``SourceError`` that says how many records were written before it.
    """
    field = (field or "").strip()
    if not field:
        raise SourceError("the write-back field name is empty: name the Airtable field for flags")
    if requests_per_second <= 0:
        raise ValueError("requests_per_second must be positive")

    items: list[tuple[str, str | None]] = []
    not_airtable = 0
    for record_id, value in updates.items():
        if not is_airtable_record_id(str(record_id)):
            not_airtable += 1
            continue
        text = None if value is None else str(value)
        items.append((str(record_id), text or None))  # null clears a field of any type
    if not_airtable:
        logger.warning(
            "Airtable write-back: skipped %d companies whose ids are not Airtable record ids "
            "(they came from a file source)",
            not_airtable,
        )
    if not items:
        return 0

    interval = _PACING_MARGIN / requests_per_second
    api = make_api(config, retry_total_seconds=retry_total_seconds)
    table = api.table(config.base_id, config.table)
    written = 0
    vanished = 0
    last_request = float("-inf")

    def paced_update(chunk: list[UpdateRecordDict]) -> list[Any]:
        nonlocal last_request
        wait = last_request + interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        last_request = time.monotonic()
        return table.batch_update(chunk, typecast=False)

    try:
        for start in range(0, len(items), RECORDS_PER_REQUEST):
            chunk: list[UpdateRecordDict] = [
                {"id": record_id, "fields": {field: value}}
                for record_id, value in items[start : start + RECORDS_PER_REQUEST]
            ]
            while chunk:
                try:
                    written += len(paced_update(chunk))
                    break
                except requests.HTTPError as exc:
                    gone = _missing_records(exc, chunk)
                    if not gone:
                        raise
                    # Someone deleted the record in Airtable since the crawl read it.
                    vanished += len(gone)
                    chunk = [rec for rec in chunk if rec["id"] not in gone]
    except Exception as exc:
        error = airtable_error(exc, config, writing=True, retry_total_seconds=retry_total_seconds)
        raise SourceError(
            f"{error} (wrote {written} of {len(items)} records to {field!r} before the failure)"
        ) from None
    finally:
        api.session.close()

    if vanished:
        logger.warning("Airtable write-back: %d records no longer exist in table %r", vanished, config.table)
    logger.info("Airtable write-back: wrote %r for %d records", field, written)
    return written


def _missing_records(exc: requests.HTTPError, chunk: list[UpdateRecordDict]) -> set[str]:
    """Ids of ``chunk`` that Airtable says do not exist (404/422 naming them), else empty."""
    response = exc.response
    if response is None or response.status_code not in (404, 422):
        return set()
    _, message = airtable_error_body(response)
    named = set(_RECORD_ID.findall(message))
    return {rec["id"] for rec in chunk if rec["id"] in named}
