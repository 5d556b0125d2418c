"""Storage on SQLite and PostgreSQL: migrations, engine settings, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from custody_checklist.storage.database import (
    DatabaseError,
    DatabaseTooNew,
    alembic_config,
    open_database,
)
from custody_checklist.storage.models import Base


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_migrations_create_a_schema_that_matches_the_models(database_url):
    database = open_database(database_url)
    try:
        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
        assert database.current_revision() == head_revision()
    finally:
        database.close()


def test_opening_twice_is_idempotent(database_url):
    open_database(database_url).close()
    database = open_database(database_url)
    assert database.current_revision() == head_revision()
    database.close()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(database_url):
    database = open_database(database_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.close()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(database_url)


def test_sqlite_runs_with_foreign_keys_wal_busy_timeout_and_durable_commits(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with database.engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == 5000
        assert pragma("synchronous") == 2  # FULL
    database.close()


def test_a_database_folder_that_cannot_be_created_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="cannot create the database folder"):
        open_database(f"sqlite:///{blocker / 'db.sqlite3'}")


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DatabaseError, match="not a Custody Checklist database"):
        open_database(f"sqlite:///{bogus}")


def test_an_unreachable_postgresql_server_gives_a_clear_error_without_the_password():
    with pytest.raises(DatabaseError) as caught:
        open_database("postgresql://clerk:s3cret@127.0.0.1:1/custody")
    assert "cannot use the database" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_an_unsupported_url_is_refused():
    with pytest.raises(DatabaseError, match="unsupported database"):
        open_database("mysql://localhost/custody")
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("not a url")


def test_default_database_lives_in_the_user_data_folder(monkeypatch, tmp_path):
    from custody_checklist.storage.database import default_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_database_path() == Path(tmp_path) / "custody-checklist" / "custody-checklist.sqlite3"


def test_the_refused_newer_database_keeps_its_revision(database_url):
    database = open_database(database_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew):
        database.upgrade()
    assert database.current_revision() == "9999_future"
    database.close()


def test_migrations_on_sqlite_run_with_foreign_keys_off_and_leave_them_on(tmp_path, monkeypatch):
    """A table rebuild in a batch migration must not cascade-delete a record's events."""
    from alembic import command as alembic_command

    seen: list[int] = []
    real_upgrade = alembic_command.upgrade

    def spying_upgrade(config, revision):  # type: ignore[no-untyped-def]
        seen.append(config.attributes["connection"].exec_driver_sql("PRAGMA foreign_keys").scalar())
        return real_upgrade(config, revision)

    monkeypatch.setattr(alembic_command, "upgrade", spying_upgrade)
    database = open_database(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    try:
        assert seen == [0]
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


def test_schema_head_constant_names_the_newest_migration():
    from alembic.script import ScriptDirectory

    from custody_checklist.storage.database import SCHEMA_HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [SCHEMA_HEAD]


def test_a_database_at_the_head_opens_without_loading_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'head.sqlite3'}"
    open_database(url).close()
    code = (
        "import sys\n"
        "from custody_checklist.storage.database import open_database\n"
        f"open_database({url!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
