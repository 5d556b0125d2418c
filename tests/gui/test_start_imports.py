"""Starting the desktop app on an existing database loads neither Argon2 (only logging in,
setting or checking a password needs it), nor Alembic (the schema is already at the newest
version), nor reportlab (only the PDF preview), nor SQLAlchemy's PostgreSQL dialect on
SQLite, nor the command-line commands' modules: each costs start-up time for nothing.
And the main window is painted before SQLAlchemy or the rules engine's findings are imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from custody_checklist.services.app_services import open_services

ROOT = Path(__file__).resolve().parents[2]

# What the custody-checklist command runs; the environment (below) skips the first-run
# questions and closes the main window once the board shows.
START = """
import sys
import custody_checklist.gui.app as gui_app
from custody_checklist.cli import main
at_shown = []
later = ("sqlalchemy", "custody_checklist.domain.findings")
gui_app.trace_start = lambda milestone: milestone == "shown" and at_shown.append([m for m in later if m in sys.modules])
code = main(["--database", sys.argv[1]])
unwanted = ("argon2", "alembic", "reportlab", "sqlalchemy.dialects.postgresql", "custody_checklist.cli.cmd_init")
print(",".join(m for m in unwanted if m in sys.modules))
print("loaded when the window showed:", at_shown)
import gc
print("garbage collector running again:", gc.isenabled())
sys.exit(code)
"""


def test_the_main_window_starts_without_argon2_alembic_reportlab_or_postgresql(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'start.sqlite3'}"
    open_services(database_url=url).close()  # created and migrated here, not in the child
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg"),
               XDG_STATE_HOME=str(tmp_path / "state"), CUSTODY_CHECKLIST_NO_DEMO_OFFER="1",
               CUSTODY_CHECKLIST_QUIT_AFTER_MS="0",
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    result = subprocess.run([sys.executable, "-c", START, url], capture_output=True, text=True,
                            cwd=ROOT, env=env, check=True, timeout=120)
    loaded, at_shown, collector = result.stdout.splitlines()
    assert loaded == "", f"loaded at start: {loaded}"
    # The window is shown before SQLAlchemy is even imported (gui/startup.py), and before
    # the findings module, with dataclasses and time zones (gui/icons.py needs only its names).
    assert at_shown == "loaded when the window showed: [[]]"
    assert collector == "garbage collector running again: True"  # paused only for the start
