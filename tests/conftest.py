from __future__ import annotations

import os
import uuid

import pytest

from tests.servers.sites import SiteFarm

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")


def require(condition: bool, what: str) -> None:
    """Skip when a service is missing on a developer machine; fail in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is required when CI=true")
    pytest.skip(f"{what} is not available")


@pytest.fixture
def site_farm():
    farm = SiteFarm()
    with farm.running():
        yield farm


def _postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def postgres_server():
    require(_postgres_available(), f"PostgreSQL at {POSTGRES_ADMIN_URL}")
    return POSTGRES_ADMIN_URL


def _fresh_postgres_database(admin_url: str) -> tuple[str, str]:
    import psycopg

    name = f"vs_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return name, f"{base}/{name}"


def _drop_postgres_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'companies.db'}"


@pytest.fixture
def postgres_url(postgres_server):
    name, url = _fresh_postgres_database(postgres_server)
    yield url
    _drop_postgres_database(postgres_server, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Each storage/end-to-end test runs on SQLite and on PostgreSQL (a fresh database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'companies.db'}"
        return
    admin = request.getfixturevalue("postgres_server")
    name, url = _fresh_postgres_database(admin)
    yield url
    _drop_postgres_database(admin, name)
