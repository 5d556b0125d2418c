"""Starting the desktop app on an existing database loads neither Argon2 (only logging in,
setting or checking a password needs it), nor Alembic (the schema is already at the newest
version), nor reportlab (only the PDF preview), nor SQLAlchemy's PostgreSQL dialect on
SQLite: each costs start-up time for nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from custody_checklist.services.app_services import open_services

ROOT = Path(__file__).resolve().parents[2]

START = """
import sys
from PySide6.QtCore import QTimer
from custody_checklist.cli.context import CliContext
from custody_checklist.gui.app import create_application, open_services_or_explain
app = create_application(sys.argv[:1])
context = CliContext(database=sys.argv[1])
services = open_services_or_explain(context)
from custody_checklist.gui.main_window import MainWindow
window = MainWindow(services)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
context.close()
print(",".join(m for m in ("argon2", "alembic", "reportlab", "sqlalchemy.dialects.postgresql") if m in sys.modules))
"""


def test_the_main_window_starts_without_argon2_alembic_reportlab_or_postgresql(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'start.sqlite3'}"
    open_services(database_url=url).close()  # created and migrated here, not in the child
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg"),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    result = subprocess.run([sys.executable, "-c", START, url], capture_output=True, text=True,
                            cwd=ROOT, env=env, check=True, timeout=120)
    assert result.stdout.strip() == "", f"loaded at start: {result.stdout.strip()}"
