"""Scheduled backups of a SQLite database while the app runs.

Every ``[backup] interval_minutes`` (default hourly) a consistent online backup is made
in a worker thread (the SQLite backup API does not block the terminal that is writing)
and the ``keep`` newest are kept. A backup is skipped when the database has not changed
since the newest one, so a quiet night does not push useful backups out. The result is
shown in the status bar; a failure is logged and shown there too, never as a modal box
in the middle of a detention. PostgreSQL and in-memory databases are not backed up here
(see docs/deployment.md).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStatusBar

log = logging.getLogger("custody_checklist.gui.backup")

FIRST_BACKUP_DELAY_MS = 60_000  # after start-up, if the newest backup is older than the interval


class BackupScheduler(QObject):
    """Owns the timer; :meth:`run_now` starts one backup unless one is already running."""

    backup_finished = Signal(str)  # path of the new backup (emitted in the GUI thread)
    backup_failed = Signal(str)  # the reason, in words (emitted in the GUI thread)
    # Emitted by the worker thread; queued to the bound slots below, which run in the GUI thread.
    _worker_finished = Signal(str)
    _worker_failed = Signal(str)

    def __init__(self, database: Path, folder: Path, keep: int, interval_minutes: int,
                 parent: QObject | None = None, status_bar: QStatusBar | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.folder = folder
        self.keep = keep
        self.status_bar = status_bar
        self.last_result: str | None = None
        self._worker_finished.connect(self._on_worker_finished)
        self._worker_failed.connect(self._on_worker_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_minutes * 60_000)
        self.timer.timeout.connect(self.run_now)
        self._running = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        from custody_checklist.services.backup import list_backups

        self.timer.start()
        newest = next(iter(list_backups(self.folder)), None)
        age_ms = (datetime.now().timestamp() - newest.stat().st_mtime) * 1000 if newest else None
        if age_ms is None or age_ms > self.timer.interval():
            QTimer.singleShot(FIRST_BACKUP_DELAY_MS, self, self.run_now)

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> bool:
        """Start a backup in a worker thread; False if one is running or nothing changed."""
        from custody_checklist.services.backup import database_changed_since, list_backups

        newest = next(iter(list_backups(self.folder)), None)
        if newest is not None and not database_changed_since(self.database, newest.stat().st_mtime):
            log.info("backup skipped: no change since %s", newest.name)
            return False
        if not self._running.acquire(blocking=False):
            return False
        self._thread = threading.Thread(target=self._work, name="custody-backup", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:
        from custody_checklist.services.backup import BackupError, create_backup

        try:
            info = create_backup(self.database, self.folder, keep=self.keep)
        except (BackupError, OSError) as exc:
            log.error("scheduled backup failed: %s", exc)
            self._running.release()
            self._worker_failed.emit(str(exc))
        else:
            log.info("scheduled backup written: %s", info.path)
            self._running.release()
            self._worker_finished.emit(str(info.path))

    def _on_worker_finished(self, path: str) -> None:
        self.last_result = path
        if self.status_bar is not None:
            self.status_bar.showMessage(f"Backup made {datetime.now():%H:%M}: {Path(path).name}", 30_000)
        self.backup_finished.emit(path)

    def _on_worker_failed(self, reason: str) -> None:
        self.last_result = f"failed: {reason}"
        if self.status_bar is not None:
            self.status_bar.showMessage(f"Backup FAILED: {reason}. Tell the IT service desk.")
        self.backup_failed.emit(reason)


def install_backup_scheduler(services: Any, window: QMainWindow) -> BackupScheduler | None:
    """Start scheduled backups for the window's SQLite database, if configured; else None."""
    from custody_checklist.services.backup import BackupSettings, sqlite_path

    try:
        settings = BackupSettings.from_mapping(services.config.backup)
        database = sqlite_path(services.database.url)
    except Exception as exc:  # a bad [backup] table must not stop the app starting
        log.error("scheduled backups off: %s", exc)
        window.statusBar().showMessage(f"Scheduled backups are off: {exc}", 60_000)
        return None
    if database is None or not settings.enabled:
        return None
    scheduler = BackupScheduler(database, settings.folder_for(database), settings.keep,
                                settings.interval_minutes, window, window.statusBar())
    scheduler.start()
    return scheduler
