"""--version and --help stay quick (the frozen app's start time): building the parser must not
import SQLAlchemy, Qt or reportlab, which each take a good part of a second from the bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_building_the_parser_imports_no_heavy_library():
    code = (
        "import sys\n"
        "from custody_checklist.cli import build_parser\n"
        "build_parser()\n"
        "heavy = [m for m in ('sqlalchemy', 'PySide6', 'reportlab', 'alembic', 'jsonschema') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"imported while building the parser: {result.stdout.strip()}"
