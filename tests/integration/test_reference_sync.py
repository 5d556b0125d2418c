"""The config file's suites and local authorities are made to exist at every start, and a
start that changes nothing only reads (no write lock: it never waits for a terminal that
is saving)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from custody_checklist.config import DeploymentConfig, NamedEntry
from custody_checklist.services.app_services import DEFAULT_SUITE, open_services
from custody_checklist.storage.models import LocalAuthorityRow, SuiteRow


def suites_and_authorities(services) -> tuple[dict[str, str], set[str]]:  # type: ignore[no-untyped-def]
    with services.database.reading() as session:
        suites = {row.code: row.name for row in session.query(SuiteRow)}
        authorities = {row.code for row in session.query(LocalAuthorityRow)}
    return suites, authorities


def test_suites_and_authorities_are_added_and_renamed_as_the_config_says(database_url: str) -> None:
    first = DeploymentConfig(suites=(NamedEntry("A", "Alpha"),), local_authorities=(NamedEntry("LA1", "One"),))
    open_services(database_url, config=first).close()
    second = DeploymentConfig(suites=(NamedEntry("A", "Alpha Street"), NamedEntry("B", "Beta")),
                              local_authorities=(NamedEntry("LA1", "One"), NamedEntry("LA2", "Two")))
    services = open_services(database_url, config=second)
    try:
        assert suites_and_authorities(services) == ({"A": "Alpha Street", "B": "Beta"}, {"LA1", "LA2"})
    finally:
        services.close()


def test_a_database_without_suites_gets_the_placeholder_suite(database_url: str) -> None:
    services = open_services(database_url, config=DeploymentConfig())
    try:
        assert suites_and_authorities(services)[0] == {DEFAULT_SUITE[0]: DEFAULT_SUITE[1]}
    finally:
        services.close()


def test_a_start_that_changes_nothing_does_not_wait_for_a_terminal_that_is_writing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    config = DeploymentConfig(suites=(NamedEntry("A", "Alpha"),), local_authorities=(NamedEntry("LA1", "One"),))
    open_services(f"sqlite:///{path}", config=config).close()
    other_terminal = sqlite3.connect(path, isolation_level=None)
    other_terminal.execute("BEGIN IMMEDIATE")  # holds the write lock, as a save in progress does
    try:
        started = time.monotonic()
        open_services(f"sqlite:///{path}", config=config).close()
        assert time.monotonic() - started < 2.5  # the busy timeout (5 s) was never waited out
    finally:
        other_terminal.rollback()
        other_terminal.close()
