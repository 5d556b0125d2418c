"""Opening the database: engine settings, migrations, and clear errors.

SQLite is the zero-set-up default (one suite); PostgreSQL serves a force with several
suites. Either way the schema is brought up to date by Alembic when the app starts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration in migrations/versions; tests/integration/test_storage.py fails if a
# new migration is added without moving this on.
SCHEMA_HEAD = "0003_installation_secrets"
DATABASE_ENV = "CUSTODY_CHECKLIST_DATABASE_URL"


class DatabaseError(Exception):
    """The database cannot be used; the message says why in words an administrator can act on."""


class DatabaseTooNew(DatabaseError):
    pass


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("custody-checklist", appauthor=False)) / "custody-checklist.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the board read while a terminal
    # writes; FULL synchronous makes a commit survive a power cut; the busy timeout
    # waits for another terminal's write instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def is_in_memory(url: str) -> bool:
    """An in-memory SQLite database, which lives on one connection per thread (so it must be
    opened and used on one thread). Decided as SQLAlchemy's pysqlite dialect decides it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    if parsed.get_backend_name() != "sqlite":
        return False
    database = parsed.database
    return not (database and database != ":memory:" and parsed.query.get("mode") != "memory")


def describe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable database URL>"


def create_database_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"'{url}' is not a database URL (e.g. sqlite:///path/file.sqlite3)") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            _prepare_sqlite_folder(Path(database))
        engine = create_engine(parsed, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    raise DatabaseError(f"unsupported database '{backend}': use sqlite:/// or postgresql://")


def _prepare_sqlite_folder(path: Path) -> None:
    folder = path.expanduser().resolve().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the database folder {folder}: {exc.strerror}") from exc
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseError(f"the database {path} is not writable by this user")


class Database:
    """An engine and a session factory; one short transaction per operation."""

    def __init__(self, url: str):
        self.url = url
        self.engine = create_database_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        On SQLite the write lock is taken at the start (BEGIN IMMEDIATE): a transaction
        that reads and then writes (the version check, the audit chain's last hash) must
        not see data another terminal changes before it writes.
        """
        session = self._sessions()
        try:
            if self.dialect == "sqlite":
                session.execute(text("BEGIN IMMEDIATE"))
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def upgrade(self) -> None:
        """Create or migrate the schema to the newest revision this app knows.

        A database already at ``SCHEMA_HEAD`` (every start but the first after an
        upgrade) is recognised with one query, without loading Alembic and its scripts,
        which cost about a second of every start on a custody terminal.
        """
        try:
            if self.current_revision() == SCHEMA_HEAD:
                return
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseError(explain_connection_error(self.url, exc)) from exc
        from alembic import command

        config = alembic_config()
        sqlite = self.dialect == "sqlite"
        try:
            with self.engine.connect() as connection:
                if sqlite:
                    # A batch migration rebuilds a table by dropping it; with foreign keys
                    # on, that drop would cascade and delete every child row (events,
                    # sign-offs). SQLite ignores this pragma inside a transaction, so it
                    # is set before the migration's transaction begins.
                    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    connection.commit()  # end SQLAlchemy's autobegun block; pysqlite sent no BEGIN
                try:
                    with connection.begin():
                        self._refuse_newer(connection, config)
                        config.attributes["connection"] = connection
                        command.upgrade(config, "head")
                    if sqlite:
                        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        connection.commit()
                        if broken:
                            raise DatabaseError(
                                f"after upgrading, {len(broken)} rows of {describe_url(self.url)} "
                                "point at missing rows; restore the backup taken before the upgrade"
                            )
                finally:
                    if sqlite:
                        connection.rollback()
                        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                        connection.commit()
        except DatabaseError:
            raise
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseError(explain_connection_error(self.url, exc)) from exc

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _refuse_newer(self, connection: Any, config: Any) -> None:
        from alembic.script import ScriptDirectory

        if not inspect(connection).has_table("alembic_version"):
            return
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
        if revision and revision not in known:
            raise DatabaseTooNew(
                f"the database {describe_url(self.url)} was created by a newer version of "
                f"Custody Child Checklist (schema {revision}); install that version or newer. "
                "Nothing was changed."
            )

    def release_connections(self) -> None:
        """Close the pooled connections; the engine stays usable and makes new ones.

        The desktop app opens the database on a worker thread and then uses it on the GUI
        thread: releasing the worker's connections first means no connection is ever used
        by a thread other than the one that made it.
        """
        self.engine.dispose()

    def close(self) -> None:
        self.engine.dispose()


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def explain_connection_error(url: str, exc: Exception) -> str:
    where = describe_url(url)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    if "unable to open database file" in detail:
        return f"cannot open the database {where}: the file or its folder is not accessible"
    if "readonly" in detail or "read-only" in detail:
        return f"the database {where} is read-only for this user"
    if "file is not a database" in detail:
        return f"{where} is not a Custody Checklist database (the file is not SQLite)"
    return f"cannot use the database {where}: {detail}"


def open_database(url: str) -> Database:
    """Open (creating if needed) and migrate the database; errors are DatabaseError."""
    database = Database(url)
    try:
        database.upgrade()
    except Exception:
        database.close()
        raise
    return database
