"""The audit log for administrators and auditors: filter by user, action, record and
date; newest first, a page at a time; ``Verify`` runs the same check as the CLI."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.timeutil import LONDON, format_local
from custody_checklist.services.audit_log import AuditFilter

PAGE = 200


class AuditLogDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Audit log")
        self.services = services
        self.offset = 0
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText("login name")
        self.action_combo = QComboBox(self)
        self.action_combo.addItem("any action", None)
        for action in services.audit_log.actions():
            self.action_combo.addItem(action, action)
        self.record_edit = QLineEdit(self)
        self.record_edit.setPlaceholderText("custody number")
        self.from_edit = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.from_edit.setCalendarPopup(True)
        self.to_edit = QDateEdit(QDate.currentDate(), self)
        self.to_edit.setCalendarPopup(True)
        for label, widget in (("&User:", self.user_edit), ("&Action:", self.action_combo),
                              ("&Record:", self.record_edit), ("&From:", self.from_edit), ("&To:", self.to_edit)):
            text = QLabel(label, self)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget)
        self.search_button = QPushButton("&Search", self)
        filters.addWidget(self.search_button)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(["#", "When", "User", "Action", "Record", "Detail"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Audit log entries")
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        self.status = QLabel(self)
        bottom.addWidget(self.status, 1)
        self.more_button = QPushButton("&More", self)
        self.verify_button = QPushButton("&Verify integrity", self)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.verify_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.search_button.clicked.connect(self.search)
        self.more_button.clicked.connect(self.more)
        self.verify_button.clicked.connect(self.verify)
        self.record_edit.returnPressed.connect(self.search)
        self.user_edit.returnPressed.connect(self.search)
        self.resize(1200, 640)
        self.search()

    def filters(self) -> AuditFilter:
        from datetime import datetime, time

        since = datetime.combine(self.from_edit.date().toPython(), time(0), LONDON)
        until = datetime.combine(self.to_edit.date().toPython(), time(0), LONDON) + timedelta(days=1)
        return AuditFilter(user=self.user_edit.text().strip().lower() or None,
                           action=self.action_combo.currentData(),
                           record=self.record_edit.text().strip() or None, since=since, until=until)

    def search(self) -> None:
        self.offset = 0
        self.table.setRowCount(0)
        self.more()

    def more(self) -> None:
        filters = self.filters()
        entries = self.services.audit_log.entries(filters, self.offset, PAGE)
        start = self.table.rowCount()
        self.table.setRowCount(start + len(entries))
        for index, entry in enumerate(entries, start):
            detail = json.dumps(entry.detail, ensure_ascii=False, sort_keys=True) if entry.detail else ""
            for column, value in enumerate([str(entry.id), format_local(entry.at), entry.user, entry.action,
                                            entry.custody_number or (entry.record_id or ""), detail]):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.offset += len(entries)
        total = self.services.audit_log.count(filters)
        self.status.setText(f"Showing {self.table.rowCount()} of {total} entries")
        self.more_button.setEnabled(self.table.rowCount() < total)
        self.table.resizeColumnsToContents()

    def verify(self) -> None:
        problems = self.services.audit_log.verify()
        if problems:
            QMessageBox.warning(self, "Integrity problems",
                                f"{len(problems)} problem(s):\n\n" + "\n".join(str(p) for p in problems[:30]))
        else:
            QMessageBox.information(self, "Integrity verified",
                                    "The audit log chain is intact and every signed record matches its signature.")
        self.search()
