"""``scrapy initdb``: create or migrate the database of DATABASE_URL (a crawl does it too)."""

from __future__ import annotations

from scrapy.commands import ScrapyCommand

from valuation_spiders.commands import open_database
from valuation_spiders.storage.database import safe_url, table_names


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return ""

    def short_desc(self) -> str:
        return "Create or migrate the database (DATABASE_URL) to the current schema"

    def run(self, args, opts) -> None:
        db = open_database()
        try:
            assert db.engine is not None
            print(f"Database {safe_url(db.url)} is up to date: {', '.join(sorted(table_names(db.engine)))}")
        finally:
            db.close()
