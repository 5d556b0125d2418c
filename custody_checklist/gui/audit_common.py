"""What the dip-sample audit panels share: words and icons for outcomes and grades,
read-only table items, period text and one way to show a service error.

An outcome or a grade is always an icon of its own *shape* and a word, never a colour
alone (the shapes are the board's: tick circle, triangle, octagon, grey circle).
Service errors are sentences already (``ServiceError``); ``PermissionDenied`` gets a
title that says who may do the audit, so a sergeant who opens the window by mistake
knows why nothing happens.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from custody_checklist.domain.audit import Grade, Outcome, Period
from custody_checklist.domain.timeutil import to_local
from custody_checklist.gui import icons
from custody_checklist.services.errors import PermissionDenied, ServiceError, ValidationFailed

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

# value -> (word, icon state from gui/icons.py)
OUTCOMES: dict[str, tuple[str, str]] = {
    Outcome.MET.value: ("Met", "ok"),
    Outcome.NOT_MET.value: ("Not met", "breach"),
    Outcome.NOT_APPLICABLE.value: ("Not applicable", "info"),
}
GRADES: dict[str, tuple[str, str]] = {
    Grade.GOOD.value: ("Good", "ok"),
    Grade.REQUIRES_IMPROVEMENT.value: ("Requires improvement", "warning"),
    Grade.INADEQUATE.value: ("Inadequate", "breach"),
}

ERROR_STYLE = (
    "QLabel { color: #8c1d18; background: #fbe3e1; border: 1px solid #b3261e;"
    " border-radius: 4px; padding: 4px; }"
)
OK_STYLE = (
    "QLabel { color: #14532d; background: #e3f1e5; border: 1px solid #1e7d32;"
    " border-radius: 4px; padding: 4px; }"
)


def _value(member: Any) -> str:
    return str(getattr(member, "value", member))


def outcome_text(outcome: Any) -> str:
    return OUTCOMES.get(_value(outcome), (_value(outcome).replace("_", " ").capitalize(), "info"))[0]


def outcome_icon(outcome: Any) -> QIcon:
    return icons.state_icon(OUTCOMES.get(_value(outcome), ("", "info"))[1])


def grade_text(grade: Any) -> str:
    if grade is None:
        return "Not graded"
    return GRADES.get(_value(grade), (_value(grade).replace("_", " ").capitalize(), "info"))[0]


def grade_icon(grade: Any) -> QIcon:
    if grade is None:
        return icons.state_icon("due")
    return icons.state_icon(GRADES.get(_value(grade), ("", "info"))[1])


def item(text: Any, *, icon: QIcon | None = None, data: Any = None, align_right: bool = False,
         tooltip: str = "") -> QStandardItem:
    """A read-only cell; the accessible text repeats what the icon means in words."""
    cell = QStandardItem("" if text is None else str(text))
    cell.setEditable(False)
    if icon is not None:
        cell.setIcon(icon)
    if data is not None:
        cell.setData(data, RECORD_ID_ROLE)
    if align_right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        cell.setToolTip(tooltip)
    return cell


def new_model(parent: Any, headers: list[str]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    return model


def prepare_table(table: QTableView, model: QStandardItemModel, stretch_column: int | None = None) -> None:
    """Rows, not cells; no editing; Tab leaves the table (the house table style)."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def fit_columns(table: QTableView, skip: int | None = None) -> None:
    """Size columns to their contents once (the tables here hold tens of rows, not thousands)."""
    for column in range(table.model().columnCount()):
        if column != skip:
            table.resizeColumnToContents(column)


def local_dates(period: Period) -> tuple[date, date]:
    """First and last London dates of a period (its end is exclusive)."""
    first = to_local(period.start).date()
    last = to_local(period.end - timedelta(microseconds=1)).date()
    return first, last


def period_text(period: Period) -> str:
    first, last = local_dates(period)
    span = f"{first:%a %d/%m/%Y} to {last:%a %d/%m/%Y}"
    return f"{period.label}: {span}" if period.is_iso_week else span


def summary_period(summary: Any) -> Period:
    """The period of a stored sample, rebuilt from its instants (for the trend and export)."""
    return Period(summary.period_start, summary.period_end, str(summary.label))


def show_message(label: QLabel, text: str, *, error: bool) -> None:
    """An inline message with a symbol and words (never colour alone); empty text hides it."""
    if not text:
        label.clear()
        label.setStyleSheet("")
        label.setVisible(False)
        return
    label.setText(("✖ " if error else "✔ ") + text)
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
    label.setVisible(True)


def error_title(exc: BaseException) -> str:
    if isinstance(exc, PermissionDenied):
        return "Not permitted: the audit needs the auditor or administrator role"
    if isinstance(exc, ValidationFailed):
        return "Please check the details"
    return "The audit could not do that"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationFailed) and exc.problems:
        return "; ".join(message for _field, message in exc.problems)
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A service error in a box: PermissionDenied says plainly who may audit."""
    text = error_text(exc)
    if isinstance(exc, PermissionDenied):
        text += ("\n\nDip sampling, scoring, reports and exports are open to auditors and "
                 "administrators only. Ask your administrator if you need the role.")
    box = QMessageBox(QMessageBox.Icon.Warning, error_title(exc), text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(error_title(exc))
    box.exec()


__all__ = [
    "GRADES", "KEY_ROLE", "OUTCOMES", "RECORD_ID_ROLE", "ServiceError", "error_text", "error_title",
    "fit_columns", "grade_icon", "grade_text", "item", "local_dates", "new_model", "outcome_icon",
    "outcome_text", "period_text", "prepare_table", "show_error", "show_message", "summary_period",
]
