"""Server tests run against a real PostgreSQL (`tools/test-postgres.sh`, which `make test` runs first).

Fixtures:
- ``pg_url`` (session): the cluster's URL, from ``CRM_TEST_DATABASE_URL`` or ``.cache/pgtest/url``.
  Unreachable: the test skips with the reason, or fails when ``CI`` is true (CI must not pass on a
  suite that did not run).
- ``pg_database``: a URL (``postgresql://…``) to a fresh, empty database of its own, dropped after the test.
- ``pg_conn``: a psycopg connection to that database.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
URL_FILE = ROOT / ".cache" / "pgtest" / "url"
PREFIX = "crm_t_"  # crm_t_<pid>_<random>: a killed run's leftovers are found by their pid


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


def configured_url() -> str:
    url = os.environ.get("CRM_TEST_DATABASE_URL", "").strip()
    if not url and URL_FILE.is_file():
        url = URL_FILE.read_text(encoding="utf-8").strip()
    return url


def with_database(url: str, name: str) -> str:
    return urlsplit(url)._replace(path="/" + name).geturl()


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason} (CI=true: server tests must run here)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = configured_url()
    if not url:
        _unavailable("no PostgreSQL for tests: run make test (starts one with tools/test-postgres.sh), "
                     "or set CRM_TEST_DATABASE_URL")
    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("select 1")
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        _unavailable(f"PostgreSQL not reachable at {url}: {detail}; run make test, or set CRM_TEST_DATABASE_URL")
    return url


@pytest.fixture(scope="session")
def _pg_admin(pg_url: str) -> Iterator[psycopg.Connection]:
    """One autocommit connection for the session that creates and drops the per-test databases."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        _drop_leftovers(conn, pg_url)
        yield conn


def _drop_leftovers(conn: psycopg.Connection, url: str) -> None:
    """Databases left by a killed run on this machine (their pid is gone)."""
    host = urlsplit(url).hostname or ""
    if host not in {"", "localhost", "127.0.0.1", "::1"} and not host.startswith("/"):
        return  # another machine's pids mean nothing here
    names = conn.execute("select datname from pg_database where datname like %s", [PREFIX + "%"]).fetchall()
    for (name,) in names:
        pid = name[len(PREFIX):].split("_")[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists() and os.name == "posix":
            conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture
def pg_database(_pg_admin: psycopg.Connection, pg_url: str) -> Iterator[str]:
    """A fresh empty database (copied from template0) for one test; its URL. Dropped afterwards,
    even with connections the code under test left open."""
    name = f"{PREFIX}{os.getpid()}_{secrets.token_hex(4)}"
    # FILE_COPY (PostgreSQL 15+) copies the few template files instead of logging them: ~3x quicker.
    strategy = " strategy file_copy" if _pg_admin.info.server_version >= 150000 else ""
    _pg_admin.execute(f'create database "{name}" template template0{strategy}')
    try:
        yield with_database(pg_url, name)
    finally:
        _pg_admin.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture
def pg_conn(pg_database: str) -> Iterator[psycopg.Connection]:
    """A psycopg connection (not autocommit) to the test's own database."""
    with psycopg.connect(pg_database) as conn:
        yield conn


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request, tmp_path) -> str:
    """A SQLAlchemy URL to an empty server database: an SQLite file, or a fresh PostgreSQL database."""
    from crm_server.settings import normalise_url

    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return normalise_url(request.getfixturevalue("pg_database"))


@pytest.fixture
def postgres_url(pg_database: str) -> str:
    from crm_server.settings import normalise_url

    return normalise_url(pg_database)


@pytest.fixture
def world(server_url):
    """(TestClient, user ids by username) of the small company in tests/server/sync_world.py."""
    from tests.server.sync_world import serve

    client, ids = serve(server_url)
    with client:
        yield client, ids
    client.app.state.engine.dispose()


@pytest.fixture
def pg_world(postgres_url):
    from tests.server.sync_world import serve

    client, ids = serve(postgres_url)
    with client:
        yield client, ids
    client.app.state.engine.dispose()


def require_nginx() -> None:
    """Skip the test when nginx is missing, or fail it under CI, where cluster tests must run."""
    from tests.server.cluster import NGINX_PACKAGE, nginx_binary

    if nginx_binary() is None:
        reason = f"nginx not installed (Debian package {NGINX_PACKAGE!r}; tools/ensure-system-packages.sh)"
        if in_ci():
            pytest.fail(f"{reason} (CI=true: cluster tests must run here)", pytrace=False)
        pytest.skip(reason)


@pytest.fixture
def cluster(postgres_url, tmp_path):
    """The small company's database served by two crm_server nodes behind nginx (tests/server/cluster.py)."""
    from tests.server.cluster import two_node_cluster
    from tests.server.sync_world import build_world

    require_nginx()
    build_world(postgres_url)
    with two_node_cluster(postgres_url, tmp_path) as running:
        yield running
