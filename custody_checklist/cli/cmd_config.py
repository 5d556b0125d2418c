"""``config check`` and ``config show``: the deployment config file, validated and explained.

``check`` reads every file that makes the effective config (or one named file), and
reports every problem it can find with the file and the key, then exits 2; a clean
config exits 0. Problems an administrator should know about but that do not stop the
app (a password in the URL, PostgreSQL without certificate checks) are warnings.
``show`` prints the effective config as TOML, each setting marked with the file it came
from, and the database URL the app will use (password hidden).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from custody_checklist.cli.context import CliError

# Tables whose keys another module validates: (table, loader that raises ValueError).
_TableCheck = Callable[[Mapping[str, Any]], Any]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("config", help="check or show the deployment config file")
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="validate the config (exit 0 if usable, 2 with every problem named)"
    )
    check.add_argument("file", nargs="?", metavar="FILE",
                       help="check this file alone (default: the files the app would read)")
    check.set_defaults(handler=run_check)
    show = actions.add_parser("show", help="print the effective config and where each setting came from")
    show.add_argument("file", nargs="?", metavar="FILE", help="show this file alone")
    show.set_defaults(handler=run_show)


# -- loading --------------------------------------------------------------------------
def _explicit(args: argparse.Namespace, context: Any) -> str | None:
    return args.file or context.config_file


def _layers(explicit: str | None) -> list[tuple[Path, dict[str, Any]]]:
    from custody_checklist.config import ConfigError, config_layers

    try:
        return config_layers(explicit)
    except ConfigError as exc:
        raise CliError(str(exc)) from exc


def _table_checks() -> dict[str, _TableCheck]:
    from custody_checklist.domain.rules import RuleSettings
    from custody_checklist.services.backup import BackupSettings

    checks: dict[str, _TableCheck] = {
        "thresholds": RuleSettings.from_mapping,
        "backup": BackupSettings.from_mapping,
    }
    try:  # [accounts] belongs to the accounts service, when this build has it
        from custody_checklist.services.accounts import AccountPolicy
    except ImportError:
        pass
    else:
        checks["accounts"] = AccountPolicy.from_mapping
    return checks


def _origin(layers: list[tuple[Path, dict[str, Any]]], key: str, sub: str | None = None) -> Path | None:
    """The highest-priority file that sets ``key`` (or ``key.sub`` inside a table)."""
    for path, data in reversed(layers):
        value = data.get(key)
        if sub is None and key in data:
            return path
        if sub is not None and isinstance(value, dict) and sub in value:
            return path
    return None


def find_problems(layers: list[tuple[Path, dict[str, Any]]]) -> tuple[list[str], list[str]]:
    """(errors, warnings), each a line naming the file and the key."""
    from custody_checklist.config import ConfigError, merge_config, parse_config

    errors: list[str] = []
    warnings: list[str] = []
    for path, data in layers:
        try:
            parse_config(data, source=path)
        except ConfigError as exc:
            errors.extend(str(exc).splitlines())
    if errors:
        return errors, warnings
    merged: dict[str, Any] = {}
    for _path, data in layers:
        merged = merge_config(merged, data)
    for table, check in _table_checks().items():
        values = merged.get(table)
        if values is None:
            continue
        try:
            check(values)
        except (ValueError, TypeError) as exc:
            for problem in str(exc).split("; "):
                problem = problem.removeprefix(f"[{table}] ")
                key = re.split(r"[^A-Za-z0-9_]", problem, maxsplit=1)[0]
                where = _origin(layers, table, key) or _origin(layers, table)
                errors.append(f"{where}: [{table}] {problem}")
    url = merged.get("database_url")
    if url is not None:
        where = _origin(layers, "database_url")
        url_errors, url_warnings = _check_url(url)
        errors.extend(f"{where}: database_url: {p}" for p in url_errors)
        warnings.extend(f"{where}: database_url: {p}" for p in url_warnings)
    return errors, warnings


def _check_url(url: str) -> tuple[list[str], list[str]]:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return ["not a database URL; use sqlite:///PATH or postgresql://USER@HOST/DBNAME"], []
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database:
            return ["a SQLite URL needs a file: sqlite:///C:/path/file.sqlite3 or sqlite:////abs/path"], []
        return [], []
    if backend != "postgresql":
        return [f"unsupported database '{backend}': use sqlite:/// or postgresql://"], []
    errors: list[str] = []
    warnings: list[str] = []
    if parsed.drivername not in ("postgresql", "postgresql+psycopg"):
        errors.append(f"driver '{parsed.drivername}' is not shipped; write postgresql:// (psycopg 3)")
    if not parsed.host and "host" not in parsed.query:
        errors.append("no server: write postgresql://USER@HOST/DBNAME")
    if not parsed.database:
        errors.append("no database name: write postgresql://USER@HOST/DBNAME")
    if parsed.password:
        warnings.append("holds a password; put it in the user's pgpass file (PGPASSFILE) instead")
    sslmode = parsed.query.get("sslmode")
    local = parsed.host in (None, "localhost", "127.0.0.1", "::1")
    if not local and sslmode not in ("verify-full", "verify-ca"):
        warnings.append(
            f"sslmode is {sslmode or 'not set'}; add ?sslmode=verify-full so terminals check the "
            "server's certificate"
        )
    return errors, warnings


# -- check ------------------------------------------------------------------------------
def run_check(args: argparse.Namespace, context: Any) -> int:
    layers = _layers(_explicit(args, context))
    errors, warnings = find_problems(layers)
    for line in warnings:
        print(f"warning: {line}", file=sys.stderr)
    if errors:
        for line in errors:
            print(f"error: {line}", file=sys.stderr)
        print(f"config check: {len(errors)} problem(s); the app would refuse to start", file=sys.stderr)
        return 2
    if not layers:
        print("config check: no config file found; the built-in defaults apply (SQLite, one suite)")
        print("looked for: " + ", ".join(str(p) for p in _looked_for(None)))
        return 0
    from custody_checklist.config import load_config

    config = load_config(_explicit(args, context))
    files = ", ".join(str(path) for path, _ in layers)
    print(f"config check: OK ({files})")
    print(f"  suites: {len(config.suites)}, local authorities: {len(config.local_authorities)}, "
          f"thresholds set: {len(config.thresholds)}, idle lock: {config.idle_lock_minutes} min")
    return 0


def _looked_for(explicit: str | None) -> list[Path]:
    from custody_checklist.config import candidate_paths

    return list(reversed(candidate_paths(explicit)))


# -- show -------------------------------------------------------------------------------
def run_show(args: argparse.Namespace, context: Any) -> int:
    import os

    from custody_checklist.config import ConfigError, load_config
    from custody_checklist.storage.database import DATABASE_ENV, default_database_url, describe_url

    explicit = _explicit(args, context)
    layers = _layers(explicit)
    try:
        config = load_config(explicit)
    except ConfigError as exc:
        raise CliError(f"{exc}\n(run 'custody-checklist config check' for every problem)") from exc
    out: list[str] = ["# Effective Custody Child Checklist configuration"]
    if layers:
        out.append("# read, lowest priority first: " + ", ".join(str(p) for p, _ in layers))
    else:
        out.append("# no config file found; built-in defaults")
    for path in _looked_for(explicit):
        if all(path != p for p, _ in layers):
            out.append(f"# not present: {path}")
    if context.database_url:
        used, why = context.database_url, "--database"
    elif os.environ.get(DATABASE_ENV):
        used, why = os.environ[DATABASE_ENV], DATABASE_ENV
    elif config.database_url:
        used, why = config.database_url, "database_url below"
    else:
        used, why = default_database_url(), "the default SQLite file"
    out.append(f"# database the app will use: {describe_url(used)} (from {why})")
    out.append("")

    def note(key: str) -> str:
        origin = _origin(layers, key)
        return f"  # {origin}" if origin else "  # default"

    if config.database_url:
        out.append(f"database_url = {_toml(describe_url(config.database_url))}{note('database_url')}")
    else:
        out.append("# database_url not set: the SQLite file in the user data folder")
    out.append(f"force_name = {_toml(config.force_name)}{note('force_name')}")
    out.append(f"idle_lock_minutes = {config.idle_lock_minutes}{note('idle_lock_minutes')}")
    for key in ("thresholds", "backup", "accounts"):
        values = getattr(config, key, None) or {}
        out.append("")
        out.append(f"[{key}]" + ("" if values else "  # empty: built-in defaults"))
        for sub, value in values.items():
            origin = _origin(layers, key, sub)
            out.append(f"{sub} = {_toml(value)}  # {origin}")
    for key in ("suites", "local_authorities"):
        entries = getattr(config, key)
        if not entries:
            out.append("")
            out.append(f"# no {key}" + ("; a placeholder suite is used" if key == "suites" else ""))
        for entry in entries:
            out.append("")
            out.append(f"[[{key}]]{note(key)}")
            out.append(f"code = {_toml(entry.code)}")
            out.append(f"name = {_toml(entry.name)}")
    print("\n".join(out))
    return 0


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)
