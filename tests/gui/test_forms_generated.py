"""Every Designer form in ui/ has its committed Python twin, exactly as pyside6-uic makes it.

The forms under custody_checklist/gui/forms/ are generated and must never be edited by
hand; this test regenerates each one and compares. Only the header line naming the
uic version is ignored, so a PySide6 patch upgrade does not fail the build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
FORMS = ROOT / "custody_checklist" / "gui" / "forms"


def _uic() -> str:
    local = Path(sys.executable).with_name("pyside6-uic")
    found = str(local) if local.exists() else shutil.which("pyside6-uic")
    if not found:
        pytest.skip("pyside6-uic is not installed")
    return found


def _without_version(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("## Created by: Qt User Interface Compiler")]


def test_there_are_forms() -> None:
    assert UI_FILES, "no ui/*.ui files found"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_form_matches_ui_file(ui_file: Path, tmp_path: Path) -> None:
    committed = FORMS / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"{committed.relative_to(ROOT)} missing: run pyside6-uic {ui_file.relative_to(ROOT)}"
    out = tmp_path / committed.name
    subprocess.run([_uic(), str(ui_file), "-o", str(out)], check=True, capture_output=True)
    assert _without_version(committed.read_text(encoding="utf-8")) == _without_version(
        out.read_text(encoding="utf-8")
    ), (
        f"{committed.relative_to(ROOT)} differs from {ui_file.relative_to(ROOT)}: regenerate with "
        f".venv/bin/pyside6-uic {ui_file.relative_to(ROOT)} -o {committed.relative_to(ROOT)}"
    )
