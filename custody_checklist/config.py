"""Deployment configuration: what an administrator sets for a suite or a force.

A TOML file, machine-wide and overridable per user. ``--config FILE`` or
``CUSTODY_CHECKLIST_CONFIG`` names one file that is used alone; otherwise the machine-wide
file in the site config folder is read and the user's file overrides it key by key
(inside ``[thresholds]`` and ``[backup]`` too). Everything has a default, so a single
suite needs no file at all. ``custody-checklist config check`` validates, ``config show``
prints the result with where each setting came from; docs/deployment.md lists every key.

```toml
database_url = "postgresql://checklist@db.force.local/custody?sslmode=verify-full"
force_name = "Northshire Police"
idle_lock_minutes = 5

[[suites]]
code = "NSH-C"
name = "Northshire Central"

[[local_authorities]]
code = "NSH-LA"
name = "Northshire Council"

[thresholds]
aa_warning_after_minutes = 60
```
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_ENV = "CUSTODY_CHECKLIST_CONFIG"
CONFIG_FILE_NAME = "config.toml"
KNOWN_KEYS = {
    "database_url",
    "force_name",
    "suites",
    "local_authorities",
    "thresholds",
    "idle_lock_minutes",
    "backup",
    "accounts",
}


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class NamedEntry:
    code: str
    name: str


@dataclass(frozen=True)
class DeploymentConfig:
    database_url: str | None = None
    force_name: str = "Police force (set force_name in the config file)"
    suites: tuple[NamedEntry, ...] = ()
    local_authorities: tuple[NamedEntry, ...] = ()
    thresholds: dict[str, Any] = field(default_factory=dict)
    idle_lock_minutes: int = 5
    backup: dict[str, Any] = field(default_factory=dict)
    # [accounts]: min_password_length, max_failed_logins, lockout_minutes (services/accounts.py)
    accounts: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None


def candidate_paths(explicit: str | Path | None = None) -> list[Path]:
    from platformdirs import site_config_dir, user_config_dir

    if explicit:
        return [Path(explicit)]
    paths: list[Path] = []
    if os.environ.get(CONFIG_ENV):
        return [Path(os.environ[CONFIG_ENV])]
    paths.append(Path(user_config_dir("custody-checklist", appauthor=False)) / CONFIG_FILE_NAME)
    paths.append(Path(site_config_dir("custody-checklist", appauthor=False)) / CONFIG_FILE_NAME)
    return paths


def config_layers(explicit: str | Path | None = None) -> list[tuple[Path, dict[str, Any]]]:
    """The files that make the effective config, lowest priority first, with their tables.

    An explicit file (``--config`` or the environment variable) is the only layer and must
    exist; otherwise the site file, then the user file, each only if present.
    """
    paths = candidate_paths(explicit)
    if explicit or os.environ.get(CONFIG_ENV):
        if not paths[0].is_file():
            raise ConfigError(f"{paths[0]}: config file not found")
        return [(paths[0], read_config_file(paths[0]))]
    return [(path, read_config_file(path)) for path in reversed(paths) if path.is_file()]


def merge_config(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` wins key by key; tables merge key by key, lists are replaced whole."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_config(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_config(explicit: str | Path | None = None) -> DeploymentConfig:
    """The effective config (see the module docstring), or the defaults if there is no file.

    Each file is validated on its own first, so an error names the file that holds it.
    ``source`` is the highest-priority file read.
    """
    layers = config_layers(explicit)
    if not layers:
        return DeploymentConfig()
    for path, data in layers:
        parse_config(data, source=path)
    merged: dict[str, Any] = {}
    for _path, data in layers:
        merged = merge_config(merged, data)
    return parse_config(merged, source=layers[-1][0])


def parse_config_file(path: Path) -> DeploymentConfig:
    return parse_config(read_config_file(path), source=path)


def read_config_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return data


def parse_config(data: dict[str, Any], source: Path | None = None) -> DeploymentConfig:
    where = str(source) if source else "config"
    problems: list[str] = []
    unknown = sorted(set(data) - KNOWN_KEYS)
    for key in unknown:
        problems.append(f"{where}: unknown setting '{key}' (known: {', '.join(sorted(KNOWN_KEYS))})")
    url = data.get("database_url")
    if url is not None and (not isinstance(url, str) or "://" not in url):
        problems.append(f"{where}: database_url must be a URL such as sqlite:///path or postgresql://...")
    force_name = data.get("force_name", DeploymentConfig.force_name)
    if not isinstance(force_name, str) or not force_name.strip():
        problems.append(f"{where}: force_name must be text")
    suites = _entries(data.get("suites", []), "suites", where, problems)
    authorities = _entries(data.get("local_authorities", []), "local_authorities", where, problems)
    thresholds = data.get("thresholds", {})
    if not isinstance(thresholds, dict):
        problems.append(f"{where}: [thresholds] must be a table")
        thresholds = {}
    idle = data.get("idle_lock_minutes", 5)
    if isinstance(idle, bool) or not isinstance(idle, int) or not 1 <= idle <= 240:
        problems.append(f"{where}: idle_lock_minutes must be a whole number from 1 to 240")
        idle = 5
    backup = data.get("backup", {})
    if not isinstance(backup, dict):
        problems.append(f"{where}: [backup] must be a table")
        backup = {}
    accounts = data.get("accounts", {})
    if not isinstance(accounts, dict):
        problems.append(f"{where}: [accounts] must be a table")
        accounts = {}
    if problems:
        raise ConfigError("\n".join(problems))
    return DeploymentConfig(
        database_url=url,
        force_name=force_name,
        suites=suites,
        local_authorities=authorities,
        thresholds=dict(thresholds),
        idle_lock_minutes=idle,
        backup=dict(backup),
        accounts=dict(accounts),
        source=source,
    )


def _entries(raw: Any, key: str, where: str, problems: list[str]) -> tuple[NamedEntry, ...]:
    if not isinstance(raw, list):
        problems.append(f"{where}: {key} must be a list of tables ([[{key}]])")
        return ()
    entries: list[NamedEntry] = []
    for index, item in enumerate(raw):
        code = item.get("code") if isinstance(item, dict) else None
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(code, str) or not code.strip() or not isinstance(name, str):
            problems.append(f"{where}: {key}[{index}] needs text 'code' and 'name'")
            continue
        entries.append(NamedEntry(code.strip(), name.strip()))
    codes = [e.code for e in entries]
    if len(set(codes)) != len(codes):
        problems.append(f"{where}: {key} has a duplicate code")
    return tuple(entries)


def resolve_database_url(cli_value: str | None, config: DeploymentConfig) -> str:
    """``--database``, then the environment variable, then the config file, then SQLite."""
    from custody_checklist.storage.database import DATABASE_ENV, default_database_url

    return cli_value or os.environ.get(DATABASE_ENV) or config.database_url or default_database_url()
