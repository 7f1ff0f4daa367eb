"""Project commands (``COMMANDS_MODULE``): crawl, initdb, runs, flags, report, alert, demo."""

from __future__ import annotations

from scrapy.exceptions import UsageError

from valuation_spiders.storage.database import (
    CrawlDatabase,
    DatabaseError,
    database_url_from_env,
)


def open_database() -> CrawlDatabase:
    """The database of ``DATABASE_URL``, migrated; a one-line UsageError when it cannot be used."""
    db = CrawlDatabase(database_url_from_env())
    try:
        db.open()
    except DatabaseError as exc:
        raise UsageError(str(exc), print_help=False) from None
    return db
