"""The installer files: the spec bundles what the frozen app reads, the desktop entry is valid,
the Windows installer never deletes data, the smoke test and example config are usable."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def test_the_spec_is_python_and_bundles_resources_and_migrations():
    spec = (INSTALLER / "custody-checklist.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert 'tree(ROOT / "resources", "resources")' in spec
    assert '"custody_checklist/storage/migrations"' in spec  # Alembic reads them as files
    assert "launcher.py" in spec and (INSTALLER / "launcher.py").is_file()
    assert 'collect_submodules(\n    "custody_checklist"' in spec  # commands are imported by name
    for module in ("QtPdf", "QtCharts", "QtSvg", "QtPrintSupport"):
        assert f'"PySide6.{module}"' in spec
    for module in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml"):
        assert module in spec.split("QT_EXCLUDES")[1]


def test_the_resources_the_spec_bundles_are_what_the_resolver_expects():
    resources = ROOT / "resources"
    for part in ("checklists", "schema", "fonts", "icons", "style.qss"):
        assert (resources / part).exists(), part
    migrations = ROOT / "custody_checklist" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))


def test_the_frozen_migrations_folder_is_next_to_the_database_module():
    """In the bundle database.py's __file__ is _internal/custody_checklist/storage/database.pyc,
    so MIGRATIONS_DIR is the data folder the spec writes."""
    from custody_checklist.storage.database import MIGRATIONS_DIR

    assert MIGRATIONS_DIR.relative_to(ROOT).as_posix() == "custody_checklist/storage/migrations"


def _desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(INSTALLER / "linux" / "custody-checklist.desktop", encoding="utf-8")
    return parser


def test_the_desktop_entry_is_valid():
    path = INSTALLER / "linux" / "custody-checklist.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = _desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Custody Child Checklist"
    assert entry["Terminal"] == "false"
    assert entry["Exec"].split()[0].endswith("/custody-checklist")
    assert entry["StartupWMClass"] == "custody-checklist"  # QGuiApplication.setDesktopFileName
    icon = entry["Icon"]
    assert (INSTALLER / "linux" / f"{icon}.svg").is_file() and (INSTALLER / "linux" / f"{icon}.png").is_file()
    assert entry["Categories"].endswith(";")


def test_the_icons_are_real_images():
    assert (INSTALLER / "linux" / "custody-checklist.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (INSTALLER / "linux" / "custody-checklist.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert (INSTALLER / "windows" / "custody-checklist.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def _section(iss: str, name: str) -> str:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", iss, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(1)


def test_the_windows_installer_is_per_machine_with_a_start_menu_entry_and_keeps_data():
    iss = (INSTALLER / "windows" / "custody-checklist.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=admin" in iss
    assert "DefaultDirName={autopf}" in iss
    assert re.search(r"^Name: \"\{autoprograms\}\\\{#AppName\}\"", iss, re.MULTILINE)
    section = _section(iss, "UninstallDelete")
    entries = [line for line in section.splitlines() if line.startswith("Type:")]
    assert entries and all("{app}" in line for line in entries)
    for data_folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "{userdocs}"):
        assert not any(data_folder in line for line in entries)
    assert "uninsneveruninstall" in iss
    install_delete = _section(iss, "InstallDelete")
    assert all("{app}" in line for line in install_delete.splitlines() if line.startswith("Type:"))


def test_the_example_config_passes_config_check():
    from custody_checklist.cli.cmd_config import find_problems

    path = INSTALLER / "config.example.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert find_problems([(path, data)]) == ([], [])


def test_the_example_config_names_every_setting():
    from dataclasses import fields

    from custody_checklist.config import KNOWN_KEYS
    from custody_checklist.domain.rules import RuleSettings
    from custody_checklist.services.backup import BACKUP_KEYS

    text = (INSTALLER / "config.example.toml").read_text(encoding="utf-8")
    for key in KNOWN_KEYS:
        assert re.search(rf"^(# )?(\[\[?)?{key}\b", text, re.MULTILINE), key
    for key in [f.name for f in fields(RuleSettings)] + sorted(BACKUP_KEYS):
        assert re.search(rf"^# {key} = ", text, re.MULTILINE), key


def test_the_deployment_guide_names_every_setting():
    from dataclasses import fields

    from custody_checklist.config import KNOWN_KEYS
    from custody_checklist.domain.rules import RuleSettings
    from custody_checklist.services.backup import BACKUP_KEYS

    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for key in list(KNOWN_KEYS) + [f.name for f in fields(RuleSettings)] + sorted(BACKUP_KEYS):
        assert any(f"`{form}`" in guide for form in (key, f"[{key}]", f"[[{key}]]")), key


@pytest.mark.skipif(os.name == "nt", reason="shell scripts")
def test_the_shell_scripts_parse_and_are_executable():
    for script in ("smoke_test.sh", "linux/install.sh", "linux/uninstall.sh"):
        path = INSTALLER / script
        assert os.access(path, os.X_OK), script
        shell = "bash" if script.endswith("smoke_test.sh") else "sh"
        subprocess.run([shell, "-n", str(path)], check=True)


def test_make_has_the_installer_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^installer:", makefile, re.MULTILINE)
    assert re.search(r"^installer-smoke:", makefile, re.MULTILINE)
    assert "installer/custody-checklist.spec" in makefile
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(dep.startswith("pyinstaller") for dep in extras["installer"])
