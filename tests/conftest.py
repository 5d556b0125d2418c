"""Shared fixtures: a fresh database on SQLite and, when configured, on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

POSTGRES_ENV = "CUSTODY_CHECKLIST_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "CUSTODY_CHECKLIST_REQUIRE_POSTGRES"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's real database or config while testing."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "site-config"))  # not /etc/xdg
    monkeypatch.delenv("CUSTODY_CHECKLIST_DATABASE_URL", raising=False)
    monkeypatch.delenv("CUSTODY_CHECKLIST_CONFIG", raising=False)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_session_url() -> Iterator[str | None]:
    """A database of this test run's own on the configured server, dropped at the end.

    Each run gets its own database so two test runs against one server (two developers,
    or a developer and CI) never wipe each other's schema mid-test.
    """
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        yield None
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"custody_test_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database: a SQLite file, or a wiped PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    url = request.getfixturevalue("postgres_session_url")
    if not url:
        if os.environ.get(REQUIRE_POSTGRES_ENV):
            pytest.fail(f"{REQUIRE_POSTGRES_ENV} is set but {POSTGRES_ENV} is not")
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (tools/pg-test-server start DIR)")
    _reset_postgres(url)
    yield url


@pytest.fixture
def services(database_url: str):  # type: ignore[no-untyped-def]
    from custody_checklist.config import DeploymentConfig, NamedEntry
    from custody_checklist.services.app_services import open_services

    config = DeploymentConfig(
        force_name="Testshire Police",
        suites=(NamedEntry("TST-A", "Testshire Alpha"), NamedEntry("TST-B", "Testshire Beta")),
    )
    opened = open_services(database_url, config=config)
    yield opened
    opened.close()
