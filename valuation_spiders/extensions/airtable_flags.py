"""Write each processed company's flags back to Airtable (off unless AIRTABLE_FLAGS_FIELD is set).

A flagged company gets its flagging signal kinds and the run date ("acquisition, site_down
(2026-11-29)"); a processed company that is no longer flagged has the field cleared.
"""

from __future__ import annotations

import logging
from datetime import date

from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread

from valuation_spiders.extensions.runs import run_finished
from valuation_spiders.sources.airtable import AirtableConfig
from valuation_spiders.sources.records import SourceError
from valuation_spiders.sources.writeback import write_flags

logger = logging.getLogger(__name__)


def flag_text(kinds: list[str], day: date) -> str | None:
    return f"{', '.join(kinds)} ({day.isoformat()})" if kinds else None


class AirtableFlagsWriter:
    def __init__(self, crawler, field: str):
        self.crawler = crawler
        self.field = field
        crawler.signals.connect(self.write, signal=run_finished)

    @classmethod
    def from_crawler(cls, crawler):
        field = (crawler.settings.get("AIRTABLE_FLAGS_FIELD") or "").strip()
        if not field:
            raise NotConfigured
        return cls(crawler, field)

    async def write(self, spider, run_id: int, status: str, companies: dict[str, list[str]]) -> None:
        if getattr(spider, "source", "airtable") != "airtable" or status != "finished":
            return
        today = date.today()
        updates = {record_id: flag_text(kinds, today) for record_id, kinds in companies.items()}
        try:
            config = AirtableConfig.from_env()
            written = await run_in_thread(write_flags, config, self.field, updates)
        except SourceError as exc:
            logger.error("Airtable write-back failed: %s", exc)
            self.crawler.stats.set_value("valuation/airtable_writeback_error", str(exc))
            return
        flagged = sum(1 for text in updates.values() if text)
        logger.info(
            "Airtable write-back: %d records updated in field %r (%d flagged, %d cleared)",
            written, self.field, flagged, len(updates) - flagged,
        )
        self.crawler.stats.set_value("valuation/airtable_writeback_records", written)
