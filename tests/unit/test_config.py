"""The deployment config: a machine-wide file overridden per user, key by key; one explicit file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from custody_checklist.config import (
    CONFIG_ENV,
    ConfigError,
    DeploymentConfig,
    candidate_paths,
    config_layers,
    load_config,
    merge_config,
)


@pytest.fixture
def config_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(site file, user file) paths in temporary XDG folders (neither file exists yet)."""
    site = tmp_path / "etc-xdg"
    user = tmp_path / "home-config"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    site_file = site / "custody-checklist" / "config.toml"
    user_file = user / "custody-checklist" / "config.toml"
    site_file.parent.mkdir(parents=True)
    user_file.parent.mkdir(parents=True)
    return site_file, user_file


SITE = """
database_url = "postgresql://checklist@db.force.example/custody?sslmode=verify-full"
force_name = "Northshire Police"
idle_lock_minutes = 10

[[suites]]
code = "NSH-C"
name = "Northshire Central"

[[local_authorities]]
code = "NSH-LA"
name = "Northshire Council"

[thresholds]
aa_warning_after = "45 min"
aa_breach_after = "2 h"

[backup]
keep = 24
"""


def test_no_file_gives_the_defaults(config_dirs):
    assert load_config() == DeploymentConfig()
    assert config_layers() == []


def test_the_candidates_are_the_user_then_the_site_file(config_dirs):
    site, user = config_dirs
    assert candidate_paths() == [user, site]


def test_the_site_file_alone(config_dirs):
    site, _user = config_dirs
    site.write_text(SITE)
    config = load_config()
    assert config.force_name == "Northshire Police"
    assert config.idle_lock_minutes == 10
    assert config.source == site


def test_the_user_file_overrides_the_site_file_key_by_key(config_dirs):
    site, user = config_dirs
    site.write_text(SITE)
    user.write_text('idle_lock_minutes = 3\n[thresholds]\naa_warning_after = "30 min"\n[backup]\nfolder = "/mnt/b"\n')
    config = load_config()
    assert config.idle_lock_minutes == 3  # from the user file
    assert config.force_name == "Northshire Police"  # kept from the site file
    assert config.database_url.startswith("postgresql://checklist@db.force.example")
    assert [s.code for s in config.suites] == ["NSH-C"]
    assert config.thresholds == {"aa_warning_after": "30 min", "aa_breach_after": "2 h"}
    assert config.backup == {"keep": 24, "folder": "/mnt/b"}
    assert config.source == user
    assert [p for p, _ in config_layers()] == [site, user]


def test_a_list_in_the_user_file_replaces_the_site_list(config_dirs):
    site, user = config_dirs
    site.write_text(SITE)
    user.write_text('[[suites]]\ncode = "TRAIN"\nname = "Training suite"\n')
    assert [s.code for s in load_config().suites] == ["TRAIN"]


def test_the_user_file_alone(config_dirs):
    _site, user = config_dirs
    user.write_text('force_name = "Southshire Police"\n')
    assert load_config().force_name == "Southshire Police"


def test_an_error_names_the_file_that_holds_it(config_dirs):
    site, user = config_dirs
    site.write_text(SITE)
    user.write_text("idle_lock_minutes = 0\n")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert str(user) in str(caught.value) and "idle_lock_minutes" in str(caught.value)
    user.write_text("force_name = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config()


def test_an_explicit_file_is_used_alone(config_dirs, tmp_path):
    site, user = config_dirs
    site.write_text(SITE)
    user.write_text("idle_lock_minutes = 3\n")
    explicit = tmp_path / "only.toml"
    explicit.write_text('force_name = "Explicit"\n')
    config = load_config(explicit)
    assert config.force_name == "Explicit" and config.idle_lock_minutes == 5 and config.suites == ()


def test_the_environment_variable_names_one_file(config_dirs, tmp_path, monkeypatch):
    site, _user = config_dirs
    site.write_text(SITE)
    explicit = tmp_path / "env.toml"
    explicit.write_text('force_name = "From env"\n')
    monkeypatch.setenv(CONFIG_ENV, str(explicit))
    config = load_config()
    assert config.force_name == "From env" and config.database_url is None


def test_a_missing_explicit_file_is_an_error(config_dirs, tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "nope.toml"))
    with pytest.raises(ConfigError, match="nope.toml: config file not found"):
        load_config()


def test_merge_config_merges_nested_tables_and_replaces_the_rest():
    base = {"a": 1, "t": {"x": 1, "y": {"deep": 1, "keep": 2}}, "l": [1, 2]}
    override = {"a": 2, "t": {"y": {"deep": 9}}, "l": [3]}
    assert merge_config(base, override) == {"a": 2, "t": {"x": 1, "y": {"deep": 9, "keep": 2}}, "l": [3]}
    assert base["t"]["y"] == {"deep": 1, "keep": 2}  # inputs untouched
