"""Scheduled backups in the GUI: made in a worker thread, reported in the status bar, skipped
when nothing changed, off for PostgreSQL or when disabled in the config."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QMainWindow

from custody_checklist.gui.backup_scheduler import BackupScheduler, install_backup_scheduler
from custody_checklist.services.backup import list_backups
from tests.factories import make_record


def test_a_scheduled_backup_is_made_and_shown_in_the_status_bar(qtbot, services, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    database = Path(services.database.url.removeprefix("sqlite:///"))
    scheduler = BackupScheduler(database, tmp_path / "backups", keep=2, interval_minutes=60,
                                parent=window, status_bar=window.statusBar())
    with qtbot.waitSignal(scheduler.backup_finished, timeout=10_000) as finished:
        assert scheduler.run_now()
    backup = Path(finished.args[0])
    assert backup.is_file() and list_backups(tmp_path / "backups") == [backup]
    assert "Backup made" in window.statusBar().currentMessage()
    assert not scheduler.run_now()  # nothing changed since: skipped


def test_a_change_while_the_app_runs_is_backed_up_next_time(qtbot, services, tmp_path):
    database = Path(services.database.url.removeprefix("sqlite:///"))
    scheduler = BackupScheduler(database, tmp_path / "b", keep=5, interval_minutes=60)
    with qtbot.waitSignal(scheduler.backup_finished, timeout=10_000):
        scheduler.run_now()
    first = list_backups(tmp_path / "b")[0]
    os.utime(first, (time.time() - 120, time.time() - 120))  # the last backup is older ...
    services.records.import_records([make_record()])  # ... than this change
    with qtbot.waitSignal(scheduler.backup_finished, timeout=10_000):
        assert scheduler.run_now()
    assert len(list_backups(tmp_path / "b")) == 2


def test_a_failing_backup_is_shown_not_raised(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    scheduler = BackupScheduler(tmp_path / "missing.sqlite3", tmp_path / "b", keep=2,
                                interval_minutes=60, parent=window, status_bar=window.statusBar())
    with qtbot.waitSignal(scheduler.backup_failed, timeout=10_000):
        scheduler.run_now()
    assert "Backup FAILED" in window.statusBar().currentMessage()


def test_install_uses_the_config_and_starts_the_timer(qtbot, services, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    services.config = replace(services.config, backup={"folder": str(tmp_path / "cfg"), "interval_minutes": 30})
    scheduler = install_backup_scheduler(services, window)
    assert scheduler is not None
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 30 * 60_000
    assert scheduler.folder == tmp_path / "cfg"
    scheduler.stop()


def test_no_scheduler_for_postgresql_or_when_disabled(qtbot, services, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    services.config = replace(services.config, backup={"enabled": False})
    assert install_backup_scheduler(services, window) is None
    postgres = SimpleNamespace(config=services.config.__class__(),
                               database=SimpleNamespace(url="postgresql://clerk@db/custody"))
    assert install_backup_scheduler(postgres, window) is None


def test_a_bad_backup_table_leaves_the_app_running_with_a_message(qtbot, services):
    window = QMainWindow()
    qtbot.addWidget(window)
    services.config = replace(services.config, backup={"keep": "lots"})
    assert install_backup_scheduler(services, window) is None
    assert "Scheduled backups are off" in window.statusBar().currentMessage()
