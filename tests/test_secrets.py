"""Secrets: the Airtable token and the database password never leave the process environment.

A crawl runs with a recognisable token (and, on PostgreSQL, a role whose password is in
``DATABASE_URL``), at DEBUG level, with an extension that deliberately logs both secrets in
messages, arguments and tracebacks. Then every output is searched: the log (Scrapy's settings
dump, stats dump and tracebacks included), the feed export, every column of every table, the
requests the websites received, ``scrapy runs --json`` and ``scrapy flags --json``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
import zlib

import pytest
from scrapy import signals
from sqlalchemy import LargeBinary, MetaData, Table, create_engine, inspect, select
from sqlalchemy.engine import make_url

from tests.crawling import crawl, scrapy_command
from tests.servers.fake_airtable import FakeAirtable, record_id
from tests.servers.sites import closed_port
from valuation_spiders import settings as project_settings
from valuation_spiders.extensions.log_hygiene import MASK, LogHygiene

TOKEN = f"patLEAKCANARY{uuid.uuid4().hex}.{uuid.uuid4().hex}"
PASSWORD = f"Pw-LEAKCANARY-{uuid.uuid4().hex[:16]}"

logger = logging.getLogger("tests.leaky")


class LeakSecrets:
    """Test-only extension: logs the secrets of its environment every way code might by mistake."""

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls()
        extension.secrets = [s for s in (os.environ.get("AIRTABLE_API_KEY"),
                                         make_url(os.environ["DATABASE_URL"]).password) if s]
        logger.warning("while starting, the token is %s", extension.secrets[0])  # before Scrapy swaps handlers
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.scraped, signal=signals.item_scraped)
        return extension

    def opened(self, spider):
        for secret in self.secrets:
            logger.info("the secret is %s", secret)
            logger.info(f"an f-string with {secret}")
            logger.info("a dict %(secret)s", {"secret": secret})
            try:
                raise RuntimeError(f"connection to {secret} failed")
            except RuntimeError:
                logger.exception("a traceback")

    def scraped(self, item, spider, response=None):
        # an exception in a signal handler: Scrapy logs it with its own traceback
        raise ValueError(f"handler failed with {' and '.join(self.secrets)}")


def postgres_role_url(admin_url: str) -> tuple[str, str, str]:
    """A fresh role with a password and a database it owns: (url, role, database)."""
    import psycopg

    role, database = f"vs_secret_{uuid.uuid4().hex[:10]}", f"vs_secret_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{PASSWORD}'")
        conn.execute(f'CREATE DATABASE "{database}" OWNER "{role}"')
    host = make_url(admin_url)
    url = f"postgresql+psycopg://{role}:{PASSWORD}@{host.host}:{host.port or 5432}/{database}"
    return url, role, database


@pytest.fixture(params=["sqlite", "postgresql"])
def secret_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'companies.db'}", [TOKEN]
        return
    import psycopg

    admin = request.getfixturevalue("postgres_server")
    url, role, database = postgres_role_url(admin)
    yield url, [TOKEN, PASSWORD]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def database_text(url: str) -> str:
    """Every value of every table, as text (compressed blobs inflated)."""
    engine = create_engine(url)
    parts = []
    try:
        meta = inspect(engine)
        metadata = MetaData()
        with engine.connect() as conn:
            for name in meta.get_table_names():
                table = Table(name, metadata, autoload_with=conn)
                for row in conn.execute(select(table)):
                    for column, value in zip(table.columns, row, strict=True):
                        if isinstance(value, bytes | memoryview):
                            data = bytes(value)
                            if isinstance(column.type, LargeBinary):
                                with contextlib.suppress(zlib.error):
                                    data = zlib.decompress(data)
                            parts.append(data.decode("utf-8", "replace"))
                        else:
                            parts.append(json.dumps(value, default=str))
                parts.append(f"<{name}>")
    finally:
        engine.dispose()
    return "\n".join(parts)


def test_no_secret_in_any_output(site_farm, tmp_path, secret_database):
    database_url, secrets = secret_database
    site_farm.page("alive.test", "/", "<html><title>Alive</title><body><p>We build tools.</p></body></html>")
    dead = closed_port()
    # Dead Inc's URL lives in a linked URL table: reading that table leaks nothing either
    link = {"id": record_id(900), "fields": {"URL": f"http://dead.test:{dead}/"}}
    records = [
        {"id": record_id(0), "fields": {"Name": "Alive Inc", "Website": site_farm.url("alive.test", "/")}},
        {"id": record_id(1), "fields": {"Name": "Dead Inc", "Links": [link["id"]]}},
    ]
    extensions = {**project_settings.EXTENSIONS, "tests.test_secrets.LeakSecrets": 900}
    feed = tmp_path / "out.jsonl"
    with FakeAirtable(token=TOKEN, records=records, tables={"URLs": [link]}, extra_fields=["URLs"]) as fa:
        result = crawl(
            "render=never",
            "-O",
            str(feed),
            "-L",
            "DEBUG",
            database_url=database_url,
            env={
                "AIRTABLE_API_KEY": TOKEN,
                "AIRTABLE_BASE_ID": fa.base,
                "AIRTABLE_API_URL": fa.url,
                "AIRTABLE_URL_TABLE": "URLs",
                "AIRTABLE_URL_TABLE_LINK_FIELD": "Links",
                "AIRTABLE_URL_TABLE_URL_FIELD": "URL",
            },
            settings={"EXTENSIONS": json.dumps(extensions)},
        )
        assert any(r.path.endswith("/URLs") and r.status == 200 for r in fa.requests)
        assert all(r.authorized for r in fa.requests)  # the token did reach Airtable
    assert result.returncode == 0, result.log[-3000:]
    log = result.stderr + result.stdout
    # the log really contains what would have leaked, masked
    assert "Overridden settings:" in log and "Dumping Scrapy stats" in log
    assert f"the secret is {MASK}" in log and f"connection to {MASK} failed" in log
    assert "Traceback (most recent call last)" in log and "Error caught on signal handler" in log
    assert "URLs Scraped: 1 URLs" in log

    runs = scrapy_command("runs", "--json", database_url=database_url)
    flags = scrapy_command("flags", "--json", "--all", database_url=database_url)
    assert runs.returncode == 0 and flags.returncode == 0, runs.stderr + flags.stderr
    assert "Dead Inc" in flags.stdout  # site_down: the output is not empty

    outputs = {
        "log": log,
        "feed": feed.read_text(encoding="utf-8"),
        "database": database_text(database_url),
        "scrapy runs --json": runs.stdout + runs.stderr,
        "scrapy flags --json": flags.stdout + flags.stderr,
        "requests to websites": json.dumps(site_farm.requests),
    }
    assert "Alive Inc" in outputs["database"] and "Alive Inc" in outputs["feed"]
    for secret in secrets:
        for where, text in outputs.items():
            assert secret not in text, f"secret found in {where}"
            # nor a recognisable piece of it (a truncated or wrapped copy)
            assert secret[:24] not in text, f"part of a secret found in {where}"


# --- the log filter on its own ---------------------------------------------------------------------


def test_log_hygiene_masks_records_of_handlers_installed_after_it(monkeypatch):
    """Scrapy replaces its root handler after the extensions are built; the mask must follow."""
    import io
    from types import SimpleNamespace

    from scrapy.settings import Settings
    from scrapy.signalmanager import SignalManager
    from scrapy.utils.log import (
        _uninstall_scrapy_root_handler,
        get_scrapy_root_handler,
        install_scrapy_root_handler,
    )

    monkeypatch.setenv("AIRTABLE_API_KEY", TOKEN)
    monkeypatch.setenv("DATABASE_URL", f"postgresql+psycopg://u:{PASSWORD}@db.example/x")
    crawler = SimpleNamespace(signals=SignalManager())
    LogHygiene.from_crawler(crawler)
    install_scrapy_root_handler(Settings({"LOG_LEVEL": "DEBUG"}))  # what Crawler.crawl() does next
    try:
        crawler.signals.send_catch_log(signal=signals.spider_opened, spider=None)
        handler = get_scrapy_root_handler()
        stream = io.StringIO()
        handler.setStream(stream)
        try:
            raise KeyError(f"key {TOKEN}")
        except KeyError:
            logging.getLogger("x").exception("failed with %s and %s", TOKEN, PASSWORD)
        text = stream.getvalue()
    finally:
        _uninstall_scrapy_root_handler()
    assert "Traceback" in text and "KeyError" in text
    assert TOKEN not in text and PASSWORD not in text
    assert text.count(MASK) == 3
