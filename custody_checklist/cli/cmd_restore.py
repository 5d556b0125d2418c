"""``restore FILE``: put a backup back as the SQLite database, after a safety copy.

Refused, with nothing changed, if FILE is not an intact Custody Checklist database, was
made by a newer version, or the database is busy. Close the app on every terminal first:
a window left open would show what it read before the restore.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restore", help="replace the SQLite database with a backup (a safety copy is made first)"
    )
    parser.add_argument("file", metavar="FILE", help="a backup made by 'custody-checklist backup'")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.cli.cmd_backup import backup_target
    from custody_checklist.services.backup import BackupError, inspect_backup, restore_backup

    database, folder, _settings = backup_target(context)
    backup = Path(args.file).expanduser()
    try:
        info = inspect_backup(backup)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"Backup: {backup} ({info.records} records, schema {info.revision})")
    print(f"Replaces the database: {database}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("restore replaces the database; run again with --yes to confirm")
        answer = input("Close the app on every terminal first. Type 'restore' to continue: ")
        if answer.strip().lower() != "restore":
            print("Nothing was changed.")
            return 1
    try:
        result = restore_backup(backup, database, folder)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    if result.safety_copy:
        print(f"Safety copy of the previous database: {result.safety_copy}")
    print(f"Restored {info.records} records; database at schema {result.revision_after}")
    return 0
