"""All records as a table that stays instant with 100,000 rows.

The model asks the service only for the total (``count``) when the filters change and
then fetches pages of :data:`PAGE_SIZE` summaries *lazily*, when ``data()`` is asked for a
row whose page is not cached. The view only asks for visible rows, so opening the
records view reads one page, scrolling to the end reads one more. A small LRU bound
keeps memory flat however far the user scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from custody_checklist.domain.timeutil import format_local

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40


class Column(IntEnum):
    CUSTODY_NUMBER = 0
    SURNAME = 1
    FORENAMES = 2
    DATE_OF_BIRTH = 3
    SUITE = 4
    ARRIVED = 5
    RELEASED = 6
    STATUS = 7


HEADERS = {
    Column.CUSTODY_NUMBER: "Custody no.",
    Column.SURNAME: "Surname",
    Column.FORENAMES: "Forenames",
    Column.DATE_OF_BIRTH: "Date of birth",
    Column.SUITE: "Suite",
    Column.ARRIVED: "Arrived",
    Column.RELEASED: "Released",
    Column.STATUS: "Record status",
}

STATUS_WORDS = {
    "draft": "Draft",
    "submitted": "Submitted for review",
    "returned": "Returned for changes",
    "signed": "Signed off",
}


class RecordsModel(QAbstractTableModel):
    """Paged, read-only view of ``services.records.list_page`` for one filter."""

    def __init__(self, services: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filters: Any = None
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._suite_names: dict[str, str] = {}

    # -- loading -------------------------------------------------------------------
    @property
    def filters(self) -> Any:
        return self._filters

    def set_filters(self, filters: Any) -> None:
        """Apply new filters: one ``count`` now, pages only as rows are shown."""
        self.beginResetModel()
        self._filters = filters
        self._pages.clear()
        self._count = int(self._services.records.count(filters))
        self.endResetModel()

    def reload(self) -> None:
        """Re-read with the same filters (a record was saved or created)."""
        self.set_filters(self._filters)

    def summary(self, row: int) -> Any:
        """The ``RecordSummary`` at ``row``, fetching its page if needed."""
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._page(page_number)
        return page[offset] if offset < len(page) else None

    def record_id(self, row: int) -> str | None:
        summary = self.summary(row)
        return summary.id if summary is not None else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = list(
            self._services.records.list_page(self._filters, number * PAGE_SIZE, PAGE_SIZE)
        )
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _suite_name(self, code: str) -> str:
        name = self._suite_names.get(code)
        if name is None:
            try:
                name = str(self._services.records.suite_name(code))
            except Exception:  # an unknown or retired suite still lists its records
                name = code
            self._suite_names[code] = name
        return name

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return HEADERS[Column(section)]
        return str(section + 1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Press Enter or double-click to open this record" if column == Column.CUSTODY_NUMBER else None
        return self._text(summary, column)

    def _text(self, summary: Any, column: Column) -> str:
        match column:
            case Column.CUSTODY_NUMBER:
                return str(summary.custody_number)
            case Column.SURNAME:
                return str(summary.surname).upper()
            case Column.FORENAMES:
                return str(summary.forenames)
            case Column.DATE_OF_BIRTH:
                dob = summary.date_of_birth
                return dob.strftime("%d/%m/%Y") if dob else "Unknown"
            case Column.SUITE:
                return self._suite_name(summary.suite)
            case Column.ARRIVED:
                return format_local(summary.arrival_at, with_zone=False) if summary.arrival_at else "Not recorded"
            case Column.RELEASED:
                return format_local(summary.released_at, with_zone=False) if summary.released_at else "In custody"
            case Column.STATUS:
                status = str(getattr(summary.status, "value", summary.status))
                return STATUS_WORDS.get(status, status.capitalize())
        return ""
