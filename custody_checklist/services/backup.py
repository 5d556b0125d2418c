"""Backups of a SQLite database: consistent while the app is open, kept N deep, restorable.

A backup is made with SQLite's online backup API (``sqlite3.Connection.backup``) in one
step, which reads a single consistent snapshot; in WAL mode readers never block the
terminal that is writing, so a backup can run while sergeants work. The copy is checked
(``PRAGMA integrity_check``), turned into one self-contained file (journal mode DELETE)
and only then renamed into place, so a half-written file never looks like a backup.

A restore checks the file first (SQLite, a Custody Checklist database, a schema
revision this version knows, intact), makes a safety copy of the current database,
then copies the backup *into* the live database with the same backup API (so the WAL
and other connections stay consistent) and migrates it to this version's schema.

PostgreSQL is backed up with the server's own tools (``pg_dump``, ``pg_basebackup``):
see docs/deployment.md.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

BACKUP_PREFIX = "custody-checklist-"
SAFETY_PREFIX = "before-restore-"
BACKUP_SUFFIX = ".sqlite3"
_PARTIAL_SUFFIX = ".partial"
_NAME_PATTERN = re.compile(r"^\d{8}-\d{6}(-\d+)?$")
SQLITE_HEADER = b"SQLite format 3\x00"
_REQUIRED_TABLES = ("alembic_version", "records", "suites", "audit_log")

DEFAULT_KEEP = 48  # two days of hourly backups
DEFAULT_INTERVAL_MINUTES = 60
BACKUP_KEYS = {"folder", "keep", "interval_minutes", "enabled"}

PG_DUMP_ADVICE = (
    "the database is PostgreSQL: back it up with the server's tools, e.g. "
    "pg_dump --format=custom --file=custody-$(date +%Y%m%d-%H%M).dump DBNAME, and restore "
    "with pg_restore (see docs/deployment.md)"
)


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class BackupSettings:
    """The ``[backup]`` table of the config file, checked."""

    folder: Path | None = None  # None: a ``backups`` folder next to the database
    keep: int = DEFAULT_KEEP
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    enabled: bool = True

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> BackupSettings:
        """Settings from ``[backup]``; unknown keys and bad values raise ValueError naming the key."""
        data = dict(data or {})
        problems: list[str] = []
        for key in sorted(set(data) - BACKUP_KEYS):
            problems.append(f"{key}: unknown backup setting (known: {', '.join(sorted(BACKUP_KEYS))})")
        folder = data.get("folder")
        if folder is not None and (not isinstance(folder, str) or not folder.strip()):
            problems.append("folder: must be a folder path as text")
            folder = None
        keep = data.get("keep", DEFAULT_KEEP)
        if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= 10_000:
            problems.append("keep: must be a whole number of backups from 1 to 10000")
            keep = DEFAULT_KEEP
        interval = data.get("interval_minutes", DEFAULT_INTERVAL_MINUTES)
        if isinstance(interval, bool) or not isinstance(interval, int) or not 5 <= interval <= 10_080:
            problems.append("interval_minutes: must be a whole number of minutes from 5 to 10080 (a week)")
            interval = DEFAULT_INTERVAL_MINUTES
        enabled = data.get("enabled", True)
        if not isinstance(enabled, bool):
            problems.append("enabled: must be true or false")
            enabled = True
        if problems:
            raise ValueError("; ".join(problems))
        path = Path(os.path.expandvars(folder)).expanduser() if folder else None
        return cls(folder=path, keep=keep, interval_minutes=interval, enabled=enabled)

    def folder_for(self, database: Path) -> Path:
        return self.folder or database.parent / "backups"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    records: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: BackupInfo
    safety_copy: Path | None
    revision_after: str | None


# -- where the database is -------------------------------------------------------------
def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for PostgreSQL and in-memory databases."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BackupError(f"'{url}' is not a database URL") from exc
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().resolve()


def require_sqlite(url: str) -> Path:
    from sqlalchemy.engine import make_url

    path = sqlite_path(url)
    if path is not None:
        return path
    if make_url(url).get_backend_name() == "postgresql":
        raise BackupError(PG_DUMP_ADVICE)
    raise BackupError("only a SQLite database file can be backed up by the app")


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from custody_checklist.storage.database import alembic_config

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


# -- backup ------------------------------------------------------------------------------
def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10)
    else:
        connection = sqlite3.connect(path, timeout=10)
    connection.execute("PRAGMA busy_timeout=10000")
    return connection


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # pages=-1 (the default): every page in one step, i.e. one consistent read snapshot.
    source.backup(target)


def backup_name(now: datetime, prefix: str = BACKUP_PREFIX) -> str:
    return f"{prefix}{now:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def create_backup(
    database: Path,
    folder: Path,
    keep: int | None = DEFAULT_KEEP,
    *,
    prefix: str = BACKUP_PREFIX,
    now: datetime | None = None,
    verify: bool = True,
) -> BackupInfo:
    """Copy ``database`` to a new timestamped file in ``folder``; keep the ``keep`` newest.

    Safe while other connections read and write the database. ``verify=False`` (the
    safety copy before a restore) copies a damaged or foreign database as it is.
    """
    if not database.is_file():
        raise BackupError(f"the database {database} does not exist yet; nothing to back up")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the backup folder {folder}: {exc.strerror}") from exc
    _remove_partials(folder)
    stamp = now or datetime.now()
    target = folder / backup_name(stamp, prefix)
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{prefix}{stamp:%Y%m%d-%H%M%S}-{counter}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + _PARTIAL_SUFFIX)
    try:
        source = _connect(database)
        try:
            copy = sqlite3.connect(partial)
            try:
                _copy(source, copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                if verify:
                    _check_integrity(copy, partial)
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"backup of {database} failed: {exc}") from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"cannot write the backup in {folder}: {exc.strerror or exc}") from exc
    info = inspect_backup(target) if verify else BackupInfo(target, "", 0, target.stat().st_size)
    if keep is not None:
        prune_backups(folder, keep, prefix=prefix)
    return info


def list_backups(folder: Path, prefix: str = BACKUP_PREFIX) -> list[Path]:
    """The app's backups in ``folder``, newest first (by the time in the name)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{prefix}*{BACKUP_SUFFIX}"):
        stem = path.name[len(prefix) : -len(BACKUP_SUFFIX)]
        if _NAME_PATTERN.match(stem):
            found.append(path)

    def key(path: Path) -> tuple[str, int]:
        parts = path.name[len(prefix) : -len(BACKUP_SUFFIX)].split("-")  # date, time[, n]
        return (f"{parts[0]}-{parts[1]}", int(parts[2]) if len(parts) > 2 else 1)

    return sorted(found, key=key, reverse=True)


def prune_backups(folder: Path, keep: int, prefix: str = BACKUP_PREFIX) -> list[Path]:
    """Delete all but the ``keep`` newest backups; returns what was deleted."""
    removed = []
    for old in list_backups(folder, prefix)[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass  # a file someone has open (Windows) is tried again next time
    return removed


def _remove_partials(folder: Path) -> None:
    for stale in folder.glob(f"*{BACKUP_SUFFIX}{_PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()


def database_changed_since(database: Path, moment: float) -> bool:
    """True if the database (or its write-ahead log) was written after ``moment`` (a timestamp)."""
    for path in (database, database.with_name(database.name + "-wal")):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime > moment:
                return True
    return False


# -- checking a file ---------------------------------------------------------------------
def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        problem = "; ".join(str(row[0]) for row in rows[:3])
        raise BackupError(f"{path} is damaged (integrity check: {problem})")


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _database_files(database: Path) -> list[Path]:
    return [database] + [database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal")]


def _safety_copy(database: Path, folder: Path) -> Path:
    """A copy of the current database before a restore; a damaged one is copied as files."""
    try:
        return create_backup(database, folder, keep=None, prefix=SAFETY_PREFIX, verify=False).path
    except BackupError:
        target = folder / backup_name(datetime.now(), SAFETY_PREFIX)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for path in _database_files(database):
                if path.exists():
                    shutil.copy2(path, target.with_name(target.name + path.name[len(database.name):]))
        except OSError as exc:
            raise BackupError(f"cannot make a safety copy of {database} in {folder}: {exc}") from exc
        return target


def inspect_backup(path: Path) -> BackupInfo:
    """Check a file is an intact Custody Checklist database this version can open."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(f"{path}: cannot read: {exc.strerror}") from exc
    if header != SQLITE_HEADER:
        raise BackupError(f"{path} is not a Custody Checklist database (not a SQLite file)")
    try:
        connection = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: cannot open: {exc}") from exc
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in _REQUIRED_TABLES if t not in tables]
        if missing:
            raise BackupError(
                f"{path} is not a Custody Checklist database (no {', '.join(missing)} table)"
            )
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None:
            raise BackupError(f"{path} is not a Custody Checklist database (no schema revision)")
        revision = str(revision[0])
        if revision not in known_revisions():
            raise BackupError(
                f"{path} was made by a newer version of Custody Child Checklist (schema "
                f"{revision}); this version cannot restore it. Nothing was changed."
            )
        _check_integrity(connection, path)
        records = int(connection.execute("SELECT count(*) FROM records").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} cannot be read as a database: {exc}") from exc
    finally:
        connection.close()
    return BackupInfo(path=path, revision=revision, records=records, size=path.stat().st_size)


# -- restore -----------------------------------------------------------------------------
def restore_backup(backup: Path, database: Path, safety_folder: Path) -> RestoreResult:
    """Replace the content of ``database`` with ``backup``, after a safety copy.

    Refused (``BackupError``, nothing changed) if the backup is not a usable Custody
    Checklist database, is the database itself, or the database is busy writing.
    """
    from custody_checklist.storage.database import DatabaseError, open_database

    backup = backup.expanduser().resolve()
    info = inspect_backup(backup)
    if database.exists() and backup.samefile(database):
        raise BackupError(f"{backup} is the database itself; choose a backup file")
    safety: Path | None = None
    if database.is_file():
        safety = _safety_copy(database, safety_folder)
        if not _is_sqlite(database):  # not SQLite at all: nothing to copy into, start afresh
            for path in _database_files(database):
                path.unlink(missing_ok=True)
    else:
        database.parent.mkdir(parents=True, exist_ok=True)
    try:
        source = _connect(backup, read_only=True)
        try:
            target = _connect(database)
            try:
                # Refuse rather than wait if another terminal is in the middle of a write.
                target.execute("PRAGMA busy_timeout=2000")
                target.execute("BEGIN IMMEDIATE")
                target.rollback()
                _copy(source, target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                f"the database {database} is busy: close Custody Child Checklist on every "
                "terminal that uses it, then restore again. Nothing was changed."
            ) from exc
        raise BackupError(f"restore into {database} failed: {exc}") from exc
    try:
        opened = open_database(f"sqlite:///{database}")
    except DatabaseError as exc:
        raise BackupError(f"restored, but the database could not be upgraded: {exc}") from exc
    try:
        revision = opened.current_revision()
    finally:
        opened.close()
    return RestoreResult(restored_from=info, safety_copy=safety, revision_after=revision)
