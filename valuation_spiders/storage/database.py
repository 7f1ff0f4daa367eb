"""Engine, sessions and migrations. One engine per process; one short-lived session per operation."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000
DATABASE_THREADS = 8  # threads doing a crawl's PostgreSQL reads and writes (SQLite: one)

T = TypeVar("T")


class DatabaseError(Exception):
    """The database cannot be used. One line, password hidden."""


def default_database_url(environ: os._Environ[str] | dict[str, str] = os.environ) -> str:
    data_home = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(data_home) / 'valuation-tool' / 'companies.db'}"


def database_url_from_env(environ: os._Environ[str] | dict[str, str] = os.environ) -> str:
    return environ.get("DATABASE_URL") or default_database_url(environ)


def safe_url(url: str | URL) -> str:
    """The URL as it may appear in logs: password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable DATABASE_URL>"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and one writer work at once; NORMAL is durable across crashes in WAL mode
    # (only the last transactions may be lost on power failure, never corrupted).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url_from_env()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"DATABASE_URL is not a SQLAlchemy URL: {safe_url(url)}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            pool_size=8,
            max_overflow=8,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN, which breaks busy_timeout for
        # writers upgrading a read lock; take the write lock at BEGIN instead.
        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_connection, _record):
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):
            # straight to the driver: a statement through SQLAlchemy's execution path (events,
            # result set-up) would cost as much as the snapshot's INSERT itself
            read_only = conn.get_execution_options().get("read_only")
            conn.connection.dbapi_connection.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=10)
    except (ImportError, SQLAlchemyError) as exc:
        raise DatabaseError(f"cannot use DATABASE_URL {safe_url(url)}: {exc}") from exc


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _migrations_dir(target: Path) -> Path:
    """Copy the packaged migrations to a real folder: Alembic reads files, and eggs run zipped."""
    source = resources.files("valuation_spiders.storage") / "migrations"

    def copy(node, dest: Path) -> None:
        dest.mkdir(parents=True, exist_ok=True)
        for child in node.iterdir():
            if child.name == "__pycache__":
                continue
            if child.is_dir():
                copy(child, dest / child.name)
            elif child.name.endswith((".py", ".mako")):
                (dest / child.name).write_bytes(child.read_bytes())

    copy(source, target)
    return target


def upgrade(engine: Engine) -> str:
    """Apply every migration; safe to call on each start and from several nodes at once."""
    from alembic import command
    from alembic.config import Config

    workdir = Path(tempfile.mkdtemp(prefix="valuation-migrations-"))
    try:
        script_location = _migrations_dir(workdir / "migrations")
        config = Config()
        config.set_main_option("script_location", str(script_location))
        try:
            with engine.begin() as connection:
                if connection.dialect.name == "postgresql":
                    # several shard jobs may start together: one migrates, the others wait
                    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(745210981)")
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                from alembic.runtime.migration import MigrationContext

                return MigrationContext.configure(connection).get_current_revision() or ""
        except OperationalError as exc:
            raise DatabaseError(
                f"cannot reach the database {safe_url(engine.url)}: "
                f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}"
            ) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


class CrawlDatabase:
    """The engine and sessionmaker of one crawl, shared by its components through the crawler."""

    def __init__(self, url: str):
        self.url = url
        self.engine: Engine | None = None
        self.sessions: sessionmaker[Session] | None = None
        self._read_sessions: sessionmaker[Session] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self.threads = 0  # the database's threads, once open

    @classmethod
    def for_crawler(cls, crawler) -> CrawlDatabase:
        db = getattr(crawler, "_valuation_database", None)
        if db is None:
            db = cls(database_url_from_env())
            crawler._valuation_database = db
        return db

    def open(self) -> sessionmaker[Session]:
        """Create the engine and bring the schema up to date (blocking: call it in a thread)."""
        if self.sessions is None:
            engine = make_engine(self.url)
            try:
                upgrade(engine)
            except Exception:
                engine.dispose()
                raise
            self.engine = engine
            self.sessions = make_sessionmaker(engine)
            self._read_sessions = make_sessionmaker(engine.execution_options(read_only=True))
            # SQLite has one writer at a time: one thread does the crawl's reads and writes with
            # no thread waiting on another's lock or GIL hand-off (measured: 2,000 items/s on one
            # thread, 1,400 on six). PostgreSQL writes in parallel.
            self.threads = 1 if engine.dialect.name == "sqlite" else DATABASE_THREADS
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="database")
        return self.sessions

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` on the database's threads, awaited on the reactor's event loop."""
        assert self._executor is not None, "open() first"
        return await asyncio.wrap_future(self._executor.submit(function, *args))

    def read_sessions(self) -> Session:
        """A session for reads only (on SQLite a plain BEGIN: it never waits for a writer)."""
        assert self._read_sessions is not None, "open() first"
        return self._read_sessions()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        if self.engine is not None:
            self.engine.dispose()
