"""``backup``: a consistent copy of the SQLite database, safe while the app is open.

Written to the ``[backup] folder`` of the config file (default: ``backups`` next to the
database), keeping the ``keep`` newest. A PostgreSQL database is backed up with the
server's tools instead (the command says so and exits 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "backup", help="back up the SQLite database now (PostgreSQL: use pg_dump)"
    )
    parser.add_argument("--folder", metavar="DIR", help="write here instead of the configured folder")
    parser.add_argument("--keep", type=int, metavar="N", help="keep the N newest backups (default: config)")
    parser.add_argument("--list", action="store_true", help="list the backups in the folder, newest first")
    parser.set_defaults(handler=run)


def backup_target(context: Any, folder: str | None = None) -> tuple[Path, Path, Any]:
    """(database file, backup folder, settings) for the database this command would use."""
    from custody_checklist.config import resolve_database_url
    from custody_checklist.services.backup import BackupError, BackupSettings, require_sqlite

    config = context.config()
    try:
        settings = BackupSettings.from_mapping(config.backup)
    except ValueError as exc:
        raise CliError(f"[backup] in the config file: {exc}") from exc
    try:
        database = require_sqlite(resolve_database_url(context.database_url, config))
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    target = Path(folder).expanduser() if folder else settings.folder_for(database)
    return database, target, settings


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.services.backup import BackupError, create_backup, list_backups

    database, folder, settings = backup_target(context, args.folder)
    if args.list:
        backups = list_backups(folder)
        if not backups:
            print(f"No backups in {folder}")
        for path in backups:
            print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
        return 0
    keep = args.keep if args.keep is not None else settings.keep
    if keep < 1:
        raise CliError("--keep must be at least 1")
    try:
        info = create_backup(database, folder, keep=keep)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"Backup written: {info.path} ({info.records} records, schema {info.revision}, "
        f"{info.size / 1e6:.1f} MB); keeping the {keep} newest in {folder}"
    )
    return 0
