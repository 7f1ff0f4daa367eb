"""Project commands (``COMMANDS_MODULE``): crawl, initdb, runs, flags, report, alert, demo."""

from __future__ import annotations

from scrapy.exceptions import UsageError

from valuation_spiders.storage.database import (
    CrawlDatabase,
    DatabaseError,
    database_url_from_env,
)
from valuation_spiders.storage.repository import resolve_runs


def open_database() -> CrawlDatabase:
    """The database of ``DATABASE_URL``, migrated; a one-line UsageError when it cannot be used."""
    db = CrawlDatabase(database_url_from_env())
    try:
        db.open()
    except DatabaseError as exc:
        raise UsageError(str(exc), print_help=False) from None
    return db


def chosen_runs(session, run_id: int | None, round_id: str | None) -> list:
    """The runs of ``--run``/``--round`` (default: the latest finished one); a one-line UsageError
    when there are none."""
    runs = resolve_runs(session, run_id, round_id)
    if not runs:
        what = f"run {run_id}" if run_id else (f"round {round_id}" if round_id else "a finished run")
        raise UsageError(f"no {what} in the database (see `scrapy runs`)", print_help=False)
    return runs
