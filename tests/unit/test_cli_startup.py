"""--version and --help stay quick (the frozen app's start time): building the parser must not
import SQLAlchemy, Qt or reportlab, which each take a good part of a second from the bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def test_starting_the_desktop_app_parses_without_the_command_modules():
    code = (
        "import sys\n"
        "from custody_checklist.cli import parse_desktop_args\n"
        "parse_desktop_args(['--database', 'sqlite:///x.sqlite3', '--debug'])\n"
        "print(','.join(m for m in sys.modules if m.startswith('custody_checklist.cli.cmd_')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("argv", [[], ["--database", "sqlite:///x.sqlite3"], ["--database=x", "--debug"],
                                  ["--config", "c.toml", "--user", "ps.rahman"]])
def test_desktop_arguments_are_read_as_the_full_parser_reads_them(argv):
    from custody_checklist.cli import build_parser, parse_desktop_args

    args = parse_desktop_args(argv)
    assert args is not None and vars(args) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["init"], ["--database", "x", "check"], ["--help"], ["-h"], ["--version"],
                                  ["--database"], ["--debug=1"], ["--data", "x"]])
def test_commands_help_version_and_mistakes_go_to_the_full_parser(argv):
    from custody_checklist.cli import parse_desktop_args

    assert parse_desktop_args(argv) is None
