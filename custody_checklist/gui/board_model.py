"""The suite board's table model: one row per child in custody at the chosen suite.

Rows are computed from ``services.records.in_custody(suite)`` and the rules engine
(``services.records.evaluate``) and sorted by what is due next, so the top row is the
child who needs the sergeant first. Every state is given as a word *and* an icon *and*
a tint (never colour alone). A suite holds tens of children, not thousands, so the model
simply rebuilds its rows on each refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Deadline, Evaluation, Finding, Severity
from custody_checklist.domain.record import DobStatus, Record
from custody_checklist.domain.timeutil import age_on, format_duration, to_local, utc_now
from custody_checklist.gui import icons

_FAR_FUTURE = datetime.max.replace(tzinfo=None)
_RANK = {"breach": 3, "warning": 2, "due": 1}


class Column(IntEnum):
    STATUS = 0
    NAME = 1
    AGE = 2
    CUSTODY_NUMBER = 3
    IN_CUSTODY = 4
    AA = 5
    NEXT_DUE = 6
    REVIEW_DUE = 7
    FLAGS = 8
    BREACHES = 9


HEADERS = {
    Column.STATUS: "Status",
    Column.NAME: "Child",
    Column.AGE: "Age",
    Column.CUSTODY_NUMBER: "Custody no.",
    Column.IN_CUSTODY: "In custody",
    Column.AA: "Appropriate adult",
    Column.NEXT_DUE: "Next due",
    Column.REVIEW_DUE: "Next review",
    Column.FLAGS: "Flags",
    Column.BREACHES: "Open breaches",
}


# data() role -> position in a precomputed cell tuple (text, icon, tint, font, tooltip)
_ROLE_SLOTS = {
    Qt.ItemDataRole.DisplayRole: 0,
    Qt.ItemDataRole.AccessibleTextRole: 0,
    Qt.ItemDataRole.DecorationRole: 1,
    Qt.ItemDataRole.BackgroundRole: 2,
    Qt.ItemDataRole.FontRole: 3,
    Qt.ItemDataRole.ToolTipRole: 4,
}


@dataclass
class BoardRow:
    """Everything one board row shows, already in words."""

    record_id: str
    name: str
    age: str
    custody_number: str
    in_custody: str
    aa_text: str
    aa_state: str
    next_due_at: datetime | None
    next_due_text: str
    next_due_state: str
    review_text: str
    review_state: str
    flags: list[str] = field(default_factory=list)
    breaches: list[Finding] = field(default_factory=list)
    worst: str = "ok"

    @property
    def status_text(self) -> str:
        if self.worst == "breach":
            count = len(self.breaches)
            return f"Breach ({count})" if count > 1 else "Breach"
        return icons.state_text(self.worst)

    @property
    def breaches_text(self) -> str:
        if not self.breaches:
            return "None"
        return "\n".join(f.message for f in self.breaches)

    def sort_key(self) -> tuple[Any, ...]:
        due = self.next_due_at.replace(tzinfo=None) if self.next_due_at else _FAR_FUTURE
        return (due, -_RANK.get(self.worst, 0), self.name)


def _when(moment: datetime, now: datetime) -> str:
    """``04:30`` today, ``Sat 04:30`` on another day; Europe/London."""
    local, local_now = to_local(moment), to_local(now)
    fmt = "%H:%M" if local.date() == local_now.date() else "%a %H:%M"
    return local.strftime(fmt)


def _countdown(moment: datetime, now: datetime) -> str:
    delta = moment - now
    if delta < timedelta(0):
        return f"overdue by {format_duration(-delta)}"
    return f"in {format_duration(delta)}"


DUE_SOON = timedelta(minutes=30)  # the rules' default ``due_soon_lead``


def _deadline_state(deadline: Deadline, now: datetime, due_soon: timedelta = DUE_SOON) -> str:
    """Overdue or due soon is a warning; whether it is a *breach* is the rules' call."""
    if deadline.due_at - now <= due_soon:
        return "warning"
    return "due"


def _age_text(record: Record, now: datetime) -> str:
    child = record.child
    if child.date_of_birth is None:
        return "Unknown"
    arrest = record.first(EventKind.ARREST)
    moment = arrest.at if arrest else (record.arrival_at or now)
    years = age_on(child.date_of_birth, moment)
    if child.dob_status == DobStatus.VERIFIED:
        return str(years)
    return f"{years} ({DobStatus(child.dob_status).value})"


def _aa_status(record: Record, evaluation: Evaluation, now: datetime) -> tuple[str, str]:
    """Words and state for the appropriate adult; lateness comes from the rules' deadline."""
    arrived = record.last(EventKind.AA_ARRIVED)
    left = record.last(EventKind.AA_LEFT)
    requested = record.first(EventKind.AA_REQUESTED)
    if arrived is not None and (left is None or left.at < arrived.at):
        return f"Present since {_when(arrived.at, now)}", "ok"
    if arrived is not None and left is not None:
        return f"Left at {_when(left.at, now)}", "info"
    deadline = next(
        (d for d in evaluation.deadlines if d.code == "aa_arrival" and d.met_at is None), None
    )
    state = _deadline_state(deadline, now) if deadline is not None else "warning"
    if any(f.severity is Severity.BREACH and f.code.startswith("aa_") for f in evaluation.findings):
        state = "breach"
    if requested is not None:
        return f"Requested {_when(requested.at, now)}\nwaiting {format_duration(now - requested.at)}", state
    return "Not requested", state if state == "breach" else "warning"


def _flags(record: Record, evaluation: Evaluation) -> list[str]:
    flags: list[str] = []
    codes = {f.code for f in evaluation.findings}
    if "held_overnight" in codes:
        flags.append("Overnight")
    elif "overnight_possible" in codes:  # the rules' notice period before it would count
        flags.append("Overnight possible")
    bail = record.last(EventKind.BAIL_DECISION)
    if bail is not None and bail.details.get("bail_granted") is False:
        if record.first(EventKind.CERTIFICATE_ISSUED) is not None:
            flags.append("s.38(7) certificate")
        elif record.first(EventKind.LA_TRANSFER_REQUESTED) is not None:
            flags.append("s.38(6) LA asked")
        else:
            flags.append("s.38(6) bail refused")
    return flags


def build_row(
    record: Record, evaluation: Evaluation, now: datetime, due_soon: timedelta = DUE_SOON
) -> BoardRow:
    """Turn a record and its evaluation into the words one board row shows."""
    open_deadlines = sorted(
        (d for d in evaluation.deadlines if d.met_at is None), key=lambda d: d.due_at
    )
    # Sorted on open deadlines only: a finding's due time may describe a past delay.
    next_deadline = open_deadlines[0] if open_deadlines else None
    next_due_at = next_deadline.due_at if next_deadline else None
    if next_deadline is not None:
        next_text = (
            f"{_when(next_deadline.due_at, now)}, {_countdown(next_deadline.due_at, now)}\n"
            f"{next_deadline.label}"
        )
        next_state = _deadline_state(next_deadline, now, due_soon)
    else:
        next_text, next_state = "Nothing due", "ok"
    review = next((d for d in open_deadlines if "review" in d.code), None)
    if review is not None:
        review_text = f"{review.label}: {_when(review.due_at, now)}\n{_countdown(review.due_at, now)}"
        review_state = _deadline_state(review, now, due_soon)
    else:
        review_text, review_state = "None due", "ok"
    breaches = [f for f in evaluation.findings if f.severity is Severity.BREACH]
    worst = max(
        (f.severity for f in evaluation.findings), key=lambda s: s.rank, default=None
    )
    worst_name = worst.value if worst is not None and worst is not Severity.INFO else "ok"
    if _RANK.get(next_state, 0) > _RANK.get(worst_name, 0):
        worst_name = next_state  # a deadline close at hand lifts the row's status
    start = record.arrival_at or record.relevant_time
    aa_text, aa_state = _aa_status(record, evaluation, now)
    return BoardRow(
        record_id=record.id,
        name=record.child.display_name,
        age=_age_text(record, now),
        custody_number=record.custody_number,
        in_custody=format_duration(now - start) if start else "Not arrived",
        aa_text=aa_text,
        aa_state=aa_state,
        next_due_at=next_due_at,
        next_due_text=next_text,
        next_due_state=next_state,
        review_text=review_text,
        review_state=review_state,
        flags=_flags(record, evaluation),
        breaches=breaches,
        worst=worst_name,
    )


class BoardModel(QAbstractTableModel):
    """Children in custody at one suite, most urgent first."""

    def __init__(self, services: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._suite: str | None = None
        self._rows: list[BoardRow] = []
        self._cells: list[list[tuple[Any, ...]]] = []
        self._due_soon = getattr(getattr(services, "settings", None), "due_soon_lead", DUE_SOON)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading -------------------------------------------------------------------
    @property
    def suite(self) -> str | None:
        return self._suite

    def set_suite(self, suite: str | None) -> None:
        self._suite = suite
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Re-read the suite's children and re-evaluate their rules at ``now``."""
        now = now or utc_now()
        rows: list[BoardRow] = []
        if self._suite:
            records = self._services.records
            for record in records.in_custody(self._suite):
                rows.append(build_row(record, records.evaluate(record, now=now), now, self._due_soon))
        rows.sort(key=BoardRow.sort_key)
        cells = [self._row_cells(row) for row in rows]
        same_order = [r.record_id for r in rows] == [r.record_id for r in self._rows]
        if same_order and rows:
            # The usual 30 s tick: same children, same order. Update in place so the
            # selection, scroll position and row heights survive without a reset.
            self._rows, self._cells = rows, cells
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    def _row_cells(self, row: BoardRow) -> list[tuple[Any, ...]]:
        """Per column: text, icon, tint, font, tooltip, computed once per refresh."""
        cells = []
        for column in Column:
            state = self._state(row, column)
            tint_state = state or row.worst
            tint = icons.state_tint(tint_state) if tint_state != "ok" or column == Column.STATUS else None
            cells.append((
                self._text(row, column),
                icons.state_icon(state) if state else None,
                tint,
                self._bold if column in (Column.STATUS, Column.NAME) else None,
                self._tooltip(row, column),
            ))
        return cells

    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    def record_id(self, row: int) -> str:
        return self._rows[row].record_id

    def breach_count(self) -> int:
        return sum(1 for r in self._rows if r.breaches)

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = _ROLE_SLOTS.get(role)
        if slot is None or not index.isValid():
            return None
        return self._cells[index.row()][index.column()][slot]

    @staticmethod
    def _text(row: BoardRow, column: Column) -> str:
        match column:
            case Column.STATUS:
                return row.status_text
            case Column.NAME:
                return row.name
            case Column.AGE:
                return row.age
            case Column.CUSTODY_NUMBER:
                return row.custody_number
            case Column.IN_CUSTODY:
                return row.in_custody
            case Column.AA:
                return row.aa_text
            case Column.NEXT_DUE:
                return row.next_due_text
            case Column.REVIEW_DUE:
                return row.review_text
            case Column.FLAGS:
                return "\n".join(row.flags) if row.flags else "None"
            case Column.BREACHES:
                return row.breaches_text
        return ""

    @staticmethod
    def _state(row: BoardRow, column: Column) -> str | None:
        match column:
            case Column.STATUS:
                return row.worst
            case Column.AA:
                return row.aa_state
            case Column.NEXT_DUE:
                return row.next_due_state
            case Column.REVIEW_DUE:
                return row.review_state
            case Column.FLAGS:
                if not row.flags:
                    return None
                return "warning" if any(f.startswith("s.38") for f in row.flags) else "overnight"
            case Column.BREACHES:
                return "breach" if row.breaches else None
        return None

    @staticmethod
    def _tooltip(row: BoardRow, column: Column) -> str | None:
        if column in (Column.BREACHES, Column.STATUS) and row.breaches:
            return "\n".join(f"• {f.message} ({f.source})" for f in row.breaches)
        if column == Column.FLAGS and row.flags:
            return (
                "s.38(6) PACE: a charged child refused bail must be moved to local-authority "
                "accommodation unless a s.38(7) certificate is issued."
                if any(f.startswith("s.38") for f in row.flags)
                else "Held overnight: record the reasons (overnight section)."
            )
        return None
