"""Schema upgrades keep what a database already holds (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import create_engine, text

from valuation_spiders.storage import database


def upgrade_to(engine, revision: str, tmp_path) -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(database._migrations_dir(tmp_path / "migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_page_facts_move_from_snapshots_to_contents_without_loss(database_url, tmp_path):
    engine = create_engine(database_url)
    try:
        upgrade_to(engine, "0002", tmp_path)
        now = datetime(2026, 11, 1, tzinfo=UTC)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO companies (id, record_id, name, created_at, updated_at) "
                              "VALUES (1, 'rec1', 'Acme', :t, :t)"), {"t": now})
            conn.execute(text("INSERT INTO company_urls (id, company_id, url, position, is_homepage, active, created_at) "
                              "VALUES (1, 1, 'https://acme.com/', 0, true, true, :t)"), {"t": now})
            for run in (1, 2):
                conn.execute(text(
                    "INSERT INTO processing_runs (id, status, started_at, arguments, companies_total, "
                    "companies_processed, companies_flagged, companies_failed, urls_scraped, urls_failed) "
                    "VALUES (:run, 'finished', :t, '{}', 1, 1, 0, 0, 1, 0)"
                ), {"run": run, "t": now})
            conn.execute(text("INSERT INTO page_contents (content_hash, body, text, size, created_at) "
                              "VALUES ('h1', :b, :b, 3, :t)"), {"b": b"x", "t": now})
            for run in (1, 2):
                conn.execute(text(
                    "INSERT INTO website_snapshots (run_id, company_id, company_url_id, url, status, fetched_at, "
                    "content_hash, text_hash, title, text_length, rendered, not_modified) VALUES "
                    "(:run, 1, 1, 'https://acme.com/', 200, :t, 'h1', 'fp1', 'Acme home', 42, false, false)"
                ), {"run": run, "t": now})
        database.upgrade(engine)  # to head
        with engine.connect() as conn:
            content = conn.execute(text("SELECT title, text_hash, text_length FROM page_contents")).one()
            snapshots = conn.execute(text("SELECT count(*) FROM website_snapshots")).scalar()
            columns = conn.execute(text("SELECT * FROM website_snapshots")).keys()
        assert tuple(content) == ("Acme home", "fp1", 42)
        assert snapshots == 2
        assert not {"title", "text_hash", "text_length"} & set(columns)
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_models(database_url):
    """Every column the code maps exists after the migrations (a model change without its migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from valuation_spiders.storage.models import Base

    engine = create_engine(database_url)
    try:
        database.upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        structural = [d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
        assert structural == []
    finally:
        engine.dispose()
