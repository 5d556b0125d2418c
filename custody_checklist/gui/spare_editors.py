"""Record windows built ahead, so that opening a record is mostly filling one in.

Most of opening a record was building and styling its window: the section navigator, the
form's first page, the findings and timeline panels, the menus. The main window therefore
keeps :data:`POOL_SIZE` editors built ahead, hidden, made when nobody is waiting for them
(after the board shows, a record opens or an editor closes, one at a time), and
``MainWindow.open_record`` fills one in with the record.

Why this is safe for children's records:

* a spare has never shown a record, and it is used for one record only (it becomes that
  record's window and is deleted when that window closes), so nothing of another child
  can be left in it;
* a spare is used only if it was built for the same person (name, roles, suites), the
  same services, the same text size and the checklist definition the record uses;
  otherwise the record's window is built as it always was (the pool is emptied when the
  person or text size changed; spares for another checklist are dropped at the next
  build, which follows the checklist of the last record opened);
* the record is read once, before a spare is taken (each read is a logged view), and a
  spare that failed half-way through being filled is deleted, never shown.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

log = logging.getLogger(__name__)

#: Two: a sergeant often has two children's records open; a third is built as before.
POOL_SIZE = 2
#: A spare is built this long after the board shows, a record opens or an editor closes,
#: so never while a window that just opened is still being laid out and painted...
BUILD_AFTER_MS = 1_500
#: ...and the next one this long after that, so each pause in the work is one build.
BUILD_NEXT_AFTER_MS = 400


class SpareEditors(QObject):
    def __init__(self, window: QMainWindow, services: Any) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._spares: list[Any] = []
        self._key: tuple[Any, ...] = ()
        self.definition: Any = None  # the checklist of the last record opened
        # One timer, restarted by each open and close (see BUILD_AFTER_MS).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_one)

    @property
    def ready(self) -> int:
        """How many spares are built and waiting (benchmarks wait for them)."""
        return len(self._spares)

    def schedule(self) -> None:
        self._timer.start(BUILD_AFTER_MS)

    def take(self, record: Any) -> Any:
        """A spare filled with the record (already read), or None: none ready, or none
        built for this person and text size or for the record's checklist definition."""
        if self._key != self._current_key():
            self.clear()
        spare = next((s for s in self._spares if s.fits(record)), None)
        if spare is None:
            return None
        self._spares.remove(spare)
        try:
            spare.load(record)
        except Exception:
            spare.deleteLater()  # perhaps half filled: never shown, never used again
            raise
        return spare

    def clear(self) -> None:
        spares, self._spares = self._spares, []
        for spare in spares:
            spare.deleteLater()

    def _current_key(self) -> tuple[Any, ...]:
        services = self._services
        actor = services.actor
        return (id(services.records), actor.username, tuple(sorted(actor.roles)),
                tuple(sorted(actor.suites)), QApplication.font().key())

    def _build_one(self) -> None:
        if not self._window.isVisible():
            return
        if self._key != self._current_key():
            self.clear()
        try:
            from custody_checklist.gui.record_editor import RecordEditor
            from custody_checklist.services.records import DEFAULT_DEFINITION

            definition = self.definition or self._services.definitions.latest(DEFAULT_DEFINITION)
            for stale in [s for s in self._spares if s.definition.key != definition.key]:
                self._spares.remove(stale)  # the records opened now use another checklist
                stale.deleteLater()
            if len(self._spares) >= POOL_SIZE:
                return
            spare = RecordEditor(self._services, None, parent=self._window, definition=definition)
        except Exception:  # only ever a head start: opening then builds the window as before
            log.exception("a spare record window could not be built")
            return
        spare.setWindowFlag(Qt.WindowType.Window, True)
        self._spares.append(spare)
        self._key = self._current_key()
        if len(self._spares) < POOL_SIZE:
            self._timer.start(BUILD_NEXT_AFTER_MS)
