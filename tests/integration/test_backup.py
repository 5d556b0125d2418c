"""SQLite backups and restore: consistent while the app is open, checked, and never destructive."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from custody_checklist.cli import main
from custody_checklist.config import DeploymentConfig, NamedEntry
from custody_checklist.services.app_services import open_services
from custody_checklist.services.backup import (
    BackupError,
    BackupSettings,
    create_backup,
    inspect_backup,
    list_backups,
    prune_backups,
    restore_backup,
    sqlite_path,
)
from custody_checklist.storage.database import open_database
from tests.factories import make_record

CONFIG = DeploymentConfig(force_name="Testshire Police", suites=(NamedEntry("TST-A", "Testshire Alpha"),))


def _make_database(path: Path, count: int = 3) -> str:
    url = f"sqlite:///{path}"
    services = open_services(url, config=CONFIG)
    try:
        services.records.import_records(
            [make_record(f"TST-A/{n:06d}/26", surname=f"Example{n}") for n in range(1, count + 1)]
        )
    finally:
        services.close()
    return url


def _count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        connection.close()


def test_a_backup_is_a_checked_self_contained_copy(tmp_path):
    db = tmp_path / "live.sqlite3"
    _make_database(db)
    info = create_backup(db, tmp_path / "backups", keep=5)
    assert info.path.parent == tmp_path / "backups"
    assert info.records == 3 and info.size > 0
    assert not (info.path.with_name(info.path.name + "-wal")).exists()
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert inspect_backup(info.path).revision == info.revision


def test_a_backup_while_another_connection_writes_holds_only_committed_data(tmp_path):
    db = tmp_path / "live.sqlite3"
    url = _make_database(db)
    database = open_database(url)
    try:
        with database.engine.connect() as writer:
            transaction = writer.begin()
            writer.execute(text("UPDATE records SET surname = 'Uncommitted'"))
            reader = database.engine.connect()  # and a reader in the middle of a read
            reader.execute(text("SELECT count(*) FROM records")).scalar()
            info = create_backup(db, tmp_path / "backups")
            reader.close()
            transaction.rollback()
    finally:
        database.close()
    connection = sqlite3.connect(info.path)
    surnames = {row[0] for row in connection.execute("SELECT surname FROM records")}
    connection.close()
    assert surnames == {"Example1", "Example2", "Example3"}


def test_only_the_newest_backups_are_kept_and_partials_are_cleaned(tmp_path):
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 20, 8, 0, 0)
    for hour in range(5):
        create_backup(db, folder, keep=3, now=start + timedelta(hours=hour))
    (folder / "custody-checklist-20261120-130000.sqlite3.partial").write_bytes(b"half")
    create_backup(db, folder, keep=3, now=start + timedelta(hours=5))
    names = [p.name for p in list_backups(folder)]
    assert names == [
        "custody-checklist-20261120-130000.sqlite3",
        "custody-checklist-20261120-120000.sqlite3",
        "custody-checklist-20261120-110000.sqlite3",
    ]
    assert not list(folder.glob("*.partial"))
    assert prune_backups(folder, 1) and len(list_backups(folder)) == 1


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(tmp_path):
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    moment = datetime(2026, 11, 20, 8, 0, 0)
    first = create_backup(db, tmp_path / "b", now=moment)
    second = create_backup(db, tmp_path / "b", now=moment)
    assert first.path != second.path and first.path.exists()
    assert list_backups(tmp_path / "b")[0] == second.path


def test_restore_round_trip_with_a_safety_copy_while_the_app_holds_a_connection(tmp_path):
    db = tmp_path / "live.sqlite3"
    url = _make_database(db, count=3)
    backup = create_backup(db, tmp_path / "backups").path
    app = open_services(url, config=CONFIG)  # the app is open on the database
    try:
        app.records.import_records([make_record("TST-A/000099/26", surname="Later")])
        assert app.records.count() == 4
        result = restore_backup(backup, db, tmp_path / "backups")
        assert result.safety_copy is not None and result.safety_copy.name.startswith("before-restore-")
        assert _count(result.safety_copy) == 4  # what was there before the restore
        assert app.records.count() == 3  # the open connection sees the restored content
    finally:
        app.close()
    assert _count(db) == 3
    assert list_backups(tmp_path / "backups") == [backup]  # safety copies are not pruned as backups


def test_restore_is_refused_while_another_terminal_is_writing(tmp_path):
    db = tmp_path / "live.sqlite3"
    url = _make_database(db, count=2)
    backup = create_backup(db, tmp_path / "backups").path
    _make_more = open_services(url, config=CONFIG)
    _make_more.records.import_records([make_record("TST-A/000050/26")])
    _make_more.close()
    writer = sqlite3.connect(db, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE records SET surname = 'Busy'")
        with pytest.raises(BackupError, match="busy"):
            restore_backup(backup, db, tmp_path / "backups")
        writer.rollback()
    finally:
        writer.close()
    assert _count(db) == 3  # nothing changed


def test_restore_refuses_a_file_that_is_not_a_database(tmp_path):
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    bogus = tmp_path / "export.json"
    bogus.write_text('{"records": []}' * 100)
    with pytest.raises(BackupError, match="not a Custody Checklist database"):
        restore_backup(bogus, db, tmp_path / "backups")
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (x)")
    connection.close()
    with pytest.raises(BackupError, match="not a Custody Checklist database"):
        restore_backup(other, db, tmp_path / "backups")
    assert not (tmp_path / "backups").exists()  # refused before any safety copy
    assert _count(db) == 1


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path):
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    newer = create_backup(db, tmp_path / "backups").path
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="newer version"):
        restore_backup(newer, db, tmp_path / "backups")
    assert inspect_backup(db).revision != "9999_future"


def test_restore_refuses_the_database_itself(tmp_path):
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    with pytest.raises(BackupError, match="database itself"):
        restore_backup(db, db, tmp_path / "backups")


def test_restore_over_a_damaged_database_keeps_it_as_the_safety_copy(tmp_path):
    good = tmp_path / "good.sqlite3"
    _make_database(good, count=2)
    backup = create_backup(good, tmp_path / "backups").path
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"garbage, not SQLite" * 500)
    result = restore_backup(backup, damaged, tmp_path / "backups")
    assert result.safety_copy is not None
    assert result.safety_copy.read_bytes().startswith(b"garbage")
    assert _count(damaged) == 2


def test_restore_of_an_older_schema_backup_migrates_it(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    from custody_checklist.storage.database import Database, alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    first, head = script.get_bases()[0], script.get_heads()[0]
    old = tmp_path / "old.sqlite3"
    database = Database(f"sqlite:///{old}")
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, first)
    database.close()
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    result = restore_backup(old, db, tmp_path / "backups")
    assert result.restored_from.revision == first
    assert result.revision_after == head


def test_backup_settings_are_checked_and_name_the_key(tmp_path):
    settings = BackupSettings.from_mapping({"folder": str(tmp_path / "b"), "keep": 10, "interval_minutes": 30})
    assert settings.folder == tmp_path / "b" and settings.keep == 10 and settings.interval_minutes == 30
    assert BackupSettings.from_mapping(None).folder_for(tmp_path / "x.sqlite3") == tmp_path / "backups"
    with pytest.raises(ValueError, match="keep"):
        BackupSettings.from_mapping({"keep": 0})
    with pytest.raises(ValueError, match="interval_minutes"):
        BackupSettings.from_mapping({"interval_minutes": "hourly"})
    with pytest.raises(ValueError, match="colour: unknown backup setting"):
        BackupSettings.from_mapping({"colour": "blue"})
    with pytest.raises(ValueError, match="enabled"):
        BackupSettings.from_mapping({"enabled": "yes"})


def test_sqlite_path_of_urls(tmp_path):
    assert sqlite_path(f"sqlite:///{tmp_path / 'a.sqlite3'}") == (tmp_path / "a.sqlite3").resolve()
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql://clerk@db/custody") is None


# -- the commands ----------------------------------------------------------------------------
def test_backup_and_restore_commands(tmp_path, capsys):
    db = tmp_path / "live.sqlite3"
    url = _make_database(db, count=2)
    folder = tmp_path / "cli-backups"
    assert main(["--database", url, "backup", "--folder", str(folder), "--keep", "2"]) == 0
    assert "Backup written" in capsys.readouterr().out
    assert main(["--database", url, "backup", "--folder", str(folder), "--list"]) == 0
    backup = list_backups(folder)[0]
    assert str(backup) in capsys.readouterr().out
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert main(["--database", target, "restore", str(backup)]) == 2  # no --yes, no terminal
    assert "--yes" in capsys.readouterr().err
    assert main(["--database", target, "restore", "--yes", str(backup)]) == 0
    assert "Restored 2 records" in capsys.readouterr().out
    assert _count(tmp_path / "target.sqlite3") == 2


def test_backup_uses_the_config_folder(tmp_path, capsys):
    db = tmp_path / "live.sqlite3"
    url = _make_database(db, count=1)
    config = tmp_path / "config.toml"
    config.write_text(f'[backup]\nfolder = "{(tmp_path / "from-config").as_posix()}"\nkeep = 1\n')
    assert main(["--config", str(config), "--database", url, "backup"]) == 0
    assert main(["--config", str(config), "--database", url, "backup"]) == 0
    assert len(list_backups(tmp_path / "from-config")) == 1
    capsys.readouterr()


def test_backup_command_on_postgresql_points_to_pg_dump(capsys):
    assert main(["--database", "postgresql://clerk@db.example/custody", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_restore_command_refuses_a_non_database(tmp_path, capsys):
    url = _make_database(tmp_path / "live.sqlite3", count=1)
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    assert main(["--database", url, "restore", "--yes", str(bogus)]) == 2
    assert "not a Custody Checklist database" in capsys.readouterr().err


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_unwritable_backup_folder_gives_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    db = tmp_path / "live.sqlite3"
    _make_database(db, count=1)
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(BackupError, match="cannot"):
        create_backup(db, locked / "sub")
