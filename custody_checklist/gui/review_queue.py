"""The inspector's review queue: submitted records of their suites, oldest arrival last.

Opening one shows the record with its findings in the editor, where the Workflow menu
offers Sign off and Return.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.timeutil import format_local


class ReviewQueueDialog(QDialog):
    def __init__(self, services: Any, open_record: Callable[[str], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Review queue · records submitted for sign-off")
        self.services = services
        self.open_record = open_record
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(["Custody no.", "Suite", "Child", "Arrived", "Submitted by"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Records awaiting sign-off")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_open)
        buttons.rejected.connect(self.reject)
        self.table.activated.connect(lambda *_: self._on_open())
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        rows = self.services.workflow.review_queue()
        submitted = self.services.workflow.submissions([row.id for row in rows])
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [row.custody_number, row.suite, f"{row.surname.upper()}, {row.forenames}",
                      format_local(row.arrival_at) if row.arrival_at else "",
                      submitted_text(submitted.get(row.id))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(f"{len(rows)} record(s) await your sign-off." if rows
                             else "Nothing awaits sign-off in your suites.")
        if rows:
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_open(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self.accept()
            self.open_record(record_id)


def submitted_text(submission: Any) -> str:
    """``Sgt Priya Alpha (2001), 14/03/2026 10:22 GMT`` (``amended`` when an amendment sent it)."""
    if submission is None:
        return ""
    verb = "amended " if submission.amendment else ""
    return f"{submission.by}, {verb}{format_local(submission.at)}"
