"""The suite board: who is in custody here and what is due next.

A heading says which suite, how many children and when the board was last read; the
table below is :class:`BoardModel`. The board re-reads itself every 30 s (countdowns
move, reviews fall due) and whenever a record is saved. Double-click or Enter opens
the child's record.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.timeutil import to_local, utc_now
from custody_checklist.gui.board_model import BoardModel, Column

REFRESH_INTERVAL_MS = 30_000
log = logging.getLogger(__name__)


class BoardView(QWidget):
    """Suite board widget; emits ``record_activated(record_id)`` to open a record."""

    record_activated = Signal(str)
    refreshed = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._suite_names: dict[str, str] = {}
        self.model = BoardModel(services, self)

        self.heading = QLabel(self)
        self.heading.setObjectName("boardHeading")
        self.heading.setAccessibleName("Suite board summary")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("boardEmpty")
        self.empty_label.setAccessibleName("No children in custody")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.table = QTableView(self)
        self.table.setObjectName("boardTable")
        self.table.setAccessibleName("Children in custody, most urgent first")
        self.table.setAccessibleDescription(
            "Each row is a child. Press Enter to open the record. Status, appropriate adult, "
            "due times, flags and breaches are given in words as well as icons and colour."
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)  # two-line cells keep the board within 1366 px
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NEXT_DUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.BREACHES, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self._connect_callbacks()
        self.timer.start()

    def _connect_callbacks(self) -> None:
        self.table.activated.connect(self._on_row_activated)
        self.timer.timeout.connect(self.refresh)

    # -- public --------------------------------------------------------------------
    def set_suite(self, suite: str | None) -> None:
        self._suite_names.clear()  # choosing a suite reads its name afresh
        self.model.set_suite(suite)
        self._after_refresh(None)

    def refresh(self) -> None:
        """Re-read the board, keeping the selected child selected.

        If the database cannot be read (network down at 3 a.m.) the last board stays on
        screen with a plain warning, and the timer simply tries again.
        """
        selected = self.selected_record_id()
        try:
            self.model.refresh(utc_now())
        except Exception as exc:  # shown in words; the 30 s timer retries
            log.warning("board refresh failed: %s", exc)
            when = to_local(utc_now()).strftime("%H:%M")
            self.heading.setText(
                f"Could not update the board at {when}: {exc}. Showing the last board read; "
                "trying again every 30 seconds."
            )
            return
        self._after_refresh(selected)

    def selected_record_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    # -- internals -----------------------------------------------------------------
    def _after_refresh(self, selected: str | None) -> None:
        suite = self.model.suite
        count = self.model.rowCount()
        name = self._suite_name(suite) if suite else "No suite chosen"
        children = "1 child" if count == 1 else f"{count} children"
        breaches = self.model.breach_count()
        breach_text = f", {breaches} with a breach" if breaches else ""
        updated = to_local(utc_now()).strftime("%H:%M")
        self.heading.setText(
            f"{name}: {children} in custody{breach_text}. Most urgent first. Updated {updated}."
        )
        self.empty_label.setText(
            f"No children are in custody at {name}." if suite else "Choose a suite to see its board."
        )
        self.empty_label.setVisible(count == 0)
        self.table.setVisible(count > 0)
        current = self.selected_record_id()
        if selected is not None and current != selected:  # after a reset: find the child again
            for row in range(count):
                if self.model.record_id(row) == selected:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    break
        self.refreshed.emit()

    def _suite_name(self, code: str) -> str:
        """The suite's name, read once per choice of suite rather than at every refresh."""
        name = self._suite_names.get(code)
        if name is None:
            try:
                name = self._suite_names[code] = str(self._services.records.suite_name(code))
            except Exception:  # an unknown code still shows the board (and is asked again)
                return code
        return name

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_activated.emit(self.model.record_id(index.row()))
