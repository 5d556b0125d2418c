"""Upgrades keep data: a database made at the first release's schema migrates with every record intact.

Written for any number of later revisions: the database is built at the FIRST Alembic
revision, filled with the demo dataset by raw inserts of only the columns that revision
has, then opened the way the app opens it (upgrade to head). Every column that existed
before must hold the same value afterwards, and every record must read back through the
services exactly as it went in. Runs on SQLite and, when configured, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, Table, insert, inspect, select

from custody_checklist.config import DeploymentConfig
from custody_checklist.services.demo_data import build_demo_dataset
from custody_checklist.storage import mapping
from custody_checklist.storage.database import Database, alembic_config, open_database
from custody_checklist.storage.models import (
    AmendmentRow,
    Base,
    EventRow,
    LocalAuthorityRow,
    RecordRow,
    SignOffRow,
    SuiteRow,
    UserRow,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _revisions() -> tuple[str, str]:
    script = ScriptDirectory.from_config(alembic_config())
    bases = script.get_bases()
    assert len(bases) == 1, f"one first revision expected, found {bases}"
    heads = script.get_heads()
    assert len(heads) == 1, f"one head expected (merge the branches), found {heads}"
    return bases[0], heads[0]


def _migrate_to(database: Database, revision: str) -> None:
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _old_tables(database: Database) -> dict[str, Table]:
    """The model tables cut down to the columns (and defaults) the database has now."""
    with database.engine.connect() as connection:
        inspector = inspect(connection)
        present = {name: {c["name"] for c in inspector.get_columns(name)} for name in inspector.get_table_names()}
    metadata = MetaData()
    tables: dict[str, Table] = {}
    for name, table in Base.metadata.tables.items():
        if name in present:
            columns = [column._copy() for column in table.columns if column.name in present[name]]
            tables[name] = Table(name, metadata, *columns)
    return tables


def _rows(table: Table, values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = set(table.columns.keys())
    return [{k: v for k, v in row.items() if k in names} for row in values]


def _fill_at_old_schema(database: Database, dataset: Any) -> None:
    tables = _old_tables(database)
    users = [
        {"username": u.username, "full_name": u.full_name, "rank": u.rank,
         "collar_number": u.collar_number, "roles": list(u.roles), "suites": list(u.suites),
         "password_hash": None, "active": True, "failed_logins": 0, "locked_until": None,
         "created_at": NOW}
        for u in dataset.users
    ]
    records = dataset.records
    batches = [
        (SuiteRow, [{"code": s.code, "name": s.name, "force": s.force, "active": True} for s in dataset.suites]),
        (LocalAuthorityRow, [{"code": a.code, "name": a.name} for a in dataset.local_authorities]),
        (UserRow, users),
        (RecordRow, [mapping.record_columns(r, NOW) | {"created_by": "upgrade test"} for r in records]),
        (EventRow, [mapping.event_columns(r.id, e) for r in records for e in r.events]),
        (SignOffRow, [mapping.signoff_columns(r.id, s) for r in records for s in r.signoffs]),
        (AmendmentRow, [mapping.amendment_columns(r.id, a) for r in records for a in r.amendments]),
    ]
    with database.engine.begin() as connection:
        for model, values in batches:
            if values:
                connection.execute(insert(tables[model.__tablename__]), _rows(tables[model.__tablename__], values))


def _snapshot(database: Database, tables: dict[str, Table]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every old table, old columns only, in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for name, table in tables.items():
            order = list(table.primary_key.columns) or list(table.columns)
            out[name] = [tuple(row) for row in connection.execute(select(table).order_by(*order))]
    return out


def test_a_first_release_database_upgrades_to_head_with_every_record_intact(database_url):
    first, head = _revisions()
    dataset = build_demo_dataset(NOW)
    assert dataset.records, "the demo dataset has records to carry through the upgrade"

    old = Database(database_url)
    try:
        _migrate_to(old, first)
        assert old.current_revision() == first
        _fill_at_old_schema(old, dataset)
        old_tables = _old_tables(old)
        before = _snapshot(old, old_tables)
    finally:
        old.close()
    assert len(before["records"]) == len(dataset.records)
    assert before["events"] and before["signoffs"]

    upgraded = open_database(database_url)  # what the app does on start
    try:
        assert upgraded.current_revision() == head
        after = _snapshot(upgraded, old_tables)
    finally:
        upgraded.close()
    for name, rows in before.items():
        assert after[name] == rows, f"table {name} changed in the upgrade {first} -> {head}"

    from custody_checklist.services.app_services import open_services

    services = open_services(database_url, config=DeploymentConfig(force_name="Northshire Police"))
    try:
        assert services.records.count() == len(dataset.records)
        for original in dataset.records:
            loaded = services.records.get(original.id)
            assert loaded.custody_number == original.custody_number
            assert loaded.suite == original.suite
            assert loaded.child == original.child
            assert loaded.answers == original.answers
            assert loaded.status == original.status
            assert (loaded.arrival_at, loaded.released_at) == (original.arrival_at, original.released_at)
            assert [(e.id, e.kind, e.at, e.details, e.recorded_by) for e in loaded.events] == [
                (e.id, e.kind, e.at, e.details, e.recorded_by) for e in original.events
            ]
            assert [(s.id, s.action, s.at, s.user_name, s.content_hash, s.acknowledgements) for s in loaded.signoffs] == [
                (s.id, s.action, s.at, s.user_name, s.content_hash, s.acknowledgements) for s in original.signoffs
            ]
            assert [(a.id, a.at, a.reason, a.changes) for a in loaded.amendments] == [
                (a.id, a.at, a.reason, a.changes) for a in original.amendments
            ]
        exported = list(services.records.iter_export())
        assert {r.id for r in exported} == {r.id for r in dataset.records}
    finally:
        services.close()


def test_the_first_revision_is_older_than_head_or_the_same():
    first, head = _revisions()
    script = ScriptDirectory.from_config(alembic_config())
    chain = [s.revision for s in script.walk_revisions(base="base", head=head)]
    assert chain[-1] == first and chain[0] == head


@pytest.mark.parametrize("column", ["id", "custody_number", "answers"])
def test_the_first_revision_has_the_record_columns_the_test_relies_on(tmp_path, column):
    first, _head = _revisions()
    database = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        _migrate_to(database, first)
        assert column in _old_tables(database)["records"].columns
    finally:
        database.close()
