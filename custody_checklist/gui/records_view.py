"""Search all records: surname, custody number, arrival date range, suite, status.

Typing narrows the table after a short pause (or at once on Enter); the table is the
paged :class:`RecordsModel`, so a search over 100,000 records costs one count and one
page. Double-click or Enter on a row opens the record.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.record import RecordStatus
from custody_checklist.domain.timeutil import LONDON
from custody_checklist.gui.records_model import STATUS_WORDS, RecordsModel

SEARCH_DELAY_MS = 300


def _local_midnight_utc(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time(0, 0), tzinfo=LONDON)
    return local.astimezone(UTC)


class RecordsView(QWidget):
    """Search form over the paged records table; emits ``record_activated(record_id)``."""

    record_activated = Signal(str)
    searched = Signal(int)  # number of matching records

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = RecordsModel(services, self)
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._connect_callbacks()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.surname_edit = QLineEdit(self)
        self.surname_edit.setAccessibleName("Search by surname")
        self.surname_edit.setPlaceholderText("Surname (start of)")
        self.surname_edit.setClearButtonEnabled(True)
        self.custody_edit = QLineEdit(self)
        self.custody_edit.setAccessibleName("Search by custody number")
        self.custody_edit.setPlaceholderText("Custody number")
        self.custody_edit.setClearButtonEnabled(True)

        self.suite_combo = QComboBox(self)
        self.suite_combo.setAccessibleName("Filter by suite")
        self.suite_combo.addItem("All suites", None)
        for suite in self._services.records.suites():
            self.suite_combo.addItem(f"{suite.name} ({suite.code})", suite.code)

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName("Filter by record status")
        self.status_combo.addItem("Any status", None)
        for status in RecordStatus:
            self.status_combo.addItem(STATUS_WORDS.get(status.value, status.value), status.value)

        today = QDate.currentDate()
        self.from_check = QCheckBox("Arrived &from", self)
        self.from_check.setAccessibleName("Limit to records arrived on or after a date")
        self.from_date = QDateEdit(today.addDays(-7), self)
        self.to_check = QCheckBox("Arrived &to", self)
        self.to_check.setAccessibleName("Limit to records arrived on or before a date")
        self.to_date = QDateEdit(today, self)
        for edit, name in ((self.from_date, "Arrived from date"), (self.to_date, "Arrived to date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)

        self.search_button = QPushButton("&Search", self)
        self.search_button.setAccessibleName("Search records")
        self.search_button.setDefault(True)
        self.clear_button = QPushButton("C&lear", self)
        self.clear_button.setAccessibleName("Clear search")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("recordsResult")
        self.result_label.setAccessibleName("Number of matching records")

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            return widget

        grid = QGridLayout()
        grid.addWidget(label("S&urname", self.surname_edit), 0, 0)
        grid.addWidget(self.surname_edit, 0, 1)
        grid.addWidget(label("Custody &no.", self.custody_edit), 0, 2)
        grid.addWidget(self.custody_edit, 0, 3)
        grid.addWidget(label("Su&ite", self.suite_combo), 0, 4)
        grid.addWidget(self.suite_combo, 0, 5)
        grid.addWidget(label("St&atus", self.status_combo), 0, 6)
        grid.addWidget(self.status_combo, 0, 7)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self.result_label)
        dates.addWidget(self.search_button)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 1, 0, 1, 8)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(7, 1)

        self.table = QTableView(self)
        self.table.setObjectName("recordsTable")
        self.table.setAccessibleName("Records found")
        self.table.setAccessibleDescription("Newest arrival first. Press Enter to open a record.")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and Interactive columns: the view never measures every row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)

    def _connect_callbacks(self) -> None:
        self.surname_edit.textChanged.connect(self._on_filter_edited)
        self.custody_edit.textChanged.connect(self._on_filter_edited)
        self.surname_edit.returnPressed.connect(self.search)
        self.custody_edit.returnPressed.connect(self.search)
        self.suite_combo.currentIndexChanged.connect(self._on_filter_edited)
        self.status_combo.currentIndexChanged.connect(self._on_filter_edited)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        for widget in (self.from_check, self.to_check):
            widget.toggled.connect(self._on_filter_edited)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._on_filter_edited)
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self._search_timer.timeout.connect(self.search)
        self.table.activated.connect(self._on_row_activated)

    # -- public --------------------------------------------------------------------
    def filters(self) -> Any:
        """The form as a ``RecordFilter``."""
        from custody_checklist.services.records import RecordFilter

        arrived_from = _local_midnight_utc(self.from_date.date()) if self.from_check.isChecked() else None
        arrived_to = None
        if self.to_check.isChecked():
            arrived_to = _local_midnight_utc(self.to_date.date().addDays(1)) - timedelta(microseconds=1)
        return RecordFilter(
            surname=self.surname_edit.text().strip() or None,
            custody_number=self.custody_edit.text().strip() or None,
            suite=self.suite_combo.currentData(),
            status=self.status_combo.currentData(),
            arrived_from=arrived_from,
            arrived_to=arrived_to,
        )

    def search(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(self.filters())
        count = self.model.rowCount()
        self.result_label.setText("1 record" if count == 1 else f"{count:,} records")
        if count:
            self._size_columns()
        self.searched.emit(count)

    def reload(self) -> None:
        if self.model.filters is None:
            self.search()
        else:
            self.model.reload()

    def focus_search(self) -> None:
        self.surname_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.surname_edit.selectAll()

    # -- handlers ------------------------------------------------------------------
    def _size_columns(self) -> None:
        """Size columns to the first screenful only (never a scan of every row)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = QFont(header.font())
        bold.setBold(True)  # the stylesheet makes headers bold
        header_metrics = QFontMetrics(bold)
        rows = min(self.model.rowCount(), 40)
        for column in range(self.model.columnCount() - 1):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text_widths = [header_metrics.horizontalAdvance(title) + metrics.averageCharWidth()]
            for row in range(rows):
                value = self.model.data(self.model.index(row, column))
                text_widths.append(metrics.horizontalAdvance(str(value or "")))
            header.resizeSection(column, max(text_widths) + metrics.averageCharWidth() * 3)

    def _on_filter_edited(self, *_args: object) -> None:
        self._search_timer.start()

    def _on_clear_clicked(self) -> None:
        for widget in (self.surname_edit, self.custody_edit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.suite_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.search()

    def _on_row_activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id:
            self.record_activated.emit(record_id)
