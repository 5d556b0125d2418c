"""``config check`` and ``config show``: every problem named with its file and key; exit 0/2."""

from __future__ import annotations

from pathlib import Path

import pytest

from custody_checklist.cli import main


@pytest.fixture
def layered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    site = tmp_path / "etc" / "custody-checklist" / "config.toml"
    user = tmp_path / "home" / "custody-checklist" / "config.toml"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    site.parent.mkdir(parents=True)
    user.parent.mkdir(parents=True)
    return site, user


GOOD = """
database_url = "postgresql://checklist@db.force.example/custody?sslmode=verify-full"
force_name = "Northshire Police"
idle_lock_minutes = 5

[[suites]]
code = "NSH-C"
name = "Northshire Central"

[thresholds]
aa_warning_after = "45 min"
overnight_start = 00:00:00

[backup]
keep = 24
interval_minutes = 60
"""


def test_a_good_file_passes(tmp_path, capsys):
    path = tmp_path / "good.toml"
    path.write_text(GOOD)
    assert main(["config", "check", str(path)]) == 0
    out = capsys.readouterr()
    assert "OK" in out.out and str(path) in out.out
    assert out.err == ""


def test_no_file_at_all_passes_with_the_defaults(layered, capsys):
    assert main(["config", "check"]) == 0
    assert "defaults" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("colour = 'blue'\n", "unknown setting 'colour'"),
        ("idle_lock_minutes = 0\n", "idle_lock_minutes must be a whole number"),
        ("database_url = 'not a url'\n", "database_url must be a URL"),
        ("database_url = 'mysql://x@h/db'\n", "database_url: unsupported database 'mysql'"),
        ("database_url = 'postgresql:///'\n", "no server"),
        ("[thresholds]\naa_warning_after = 'soon'\n", "[thresholds] aa_warning_after:"),
        ("[thresholds]\nbedtime = '22:00'\n", "[thresholds] bedtime: unknown threshold"),
        ("[thresholds]\naa_warning_after = '3 h'\naa_breach_after = '2 h'\n", "aa_breach_after: must not be shorter"),
        ("[backup]\nkeep = -1\n", "[backup] keep: must be a whole number"),
        ("[[suites]]\ncode = 'A'\n", "suites[0] needs text 'code' and 'name'"),
        ("force_name = \n", "not valid TOML"),
    ],
)
def test_each_problem_is_named_with_the_file_and_the_key(tmp_path, capsys, text, expected):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    assert main(["config", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert str(path) in err


def test_every_problem_is_reported_at_once(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text("colour = 'blue'\nidle_lock_minutes = 999\nforce_name = ''\n")
    assert main(["config", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 3 and "3 problem(s)" in err


def test_a_missing_named_file_is_an_error(tmp_path, capsys):
    assert main(["config", "check", str(tmp_path / "nope.toml")]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_the_global_config_option_is_checked_too(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text("idle_lock_minutes = 0\n")
    assert main(["--config", str(path), "config", "check"]) == 2
    assert str(path) in capsys.readouterr().err


def test_warnings_do_not_fail_the_check(tmp_path, capsys):
    path = tmp_path / "warn.toml"
    path.write_text("database_url = 'postgresql://clerk:s3cret@db.force.example/custody'\n")
    assert main(["config", "check", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "sslmode" in err and "password" in err
    assert "s3cret" not in err


def test_a_problem_in_the_user_file_names_the_user_file(layered, capsys):
    site, user = layered
    site.write_text(GOOD)
    user.write_text("[thresholds]\naa_breach_after = '30 min'\n")  # shorter than the site's warning
    assert main(["config", "check"]) == 2
    err = capsys.readouterr().err
    assert f"{user}: [thresholds] aa_breach_after" in err


def test_show_prints_the_merged_config_with_origins_and_hides_the_password(layered, capsys):
    site, user = layered
    site.write_text(GOOD.replace("checklist@", "checklist:s3cret@"))
    user.write_text("idle_lock_minutes = 3\n[thresholds]\naa_warning_after = '30 min'\n")
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out and "***" in out
    assert f"idle_lock_minutes = 3  # {user}" in out
    assert f'force_name = "Northshire Police"  # {site}' in out
    assert f'aa_warning_after = "30 min"  # {user}' in out
    assert f"keep = 24  # {site}" in out
    assert "[[suites]]" in out and 'code = "NSH-C"' in out
    assert "database the app will use" in out


def test_show_says_which_database_is_used_and_why(layered, tmp_path, capsys, monkeypatch):
    assert main(["config", "show"]) == 0
    assert "the default SQLite file" in capsys.readouterr().out
    monkeypatch.setenv("CUSTODY_CHECKLIST_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert main(["config", "show"]) == 0
    assert "from CUSTODY_CHECKLIST_DATABASE_URL" in capsys.readouterr().out
    assert main(["--database", "sqlite:///x.sqlite3", "config", "show"]) == 0
    assert "from --database" in capsys.readouterr().out


def test_show_of_a_broken_config_points_to_check(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text("idle_lock_minutes = 0\n")
    assert main(["config", "show", str(path)]) == 2
    assert "config check" in capsys.readouterr().err
