"""Live findings from the rules engine: deadlines counting down, warnings and breaches.

Every row carries a severity icon shape, a severity word and a colour, plus the law or
policy it rests on. The panel re-evaluates every 30 s because time alone turns a due
review into an overdue one. Double-click (or Enter) on a row emits
``finding_activated`` so the editor can jump to the question or event concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.findings import Deadline, Evaluation, Finding, Severity
from custody_checklist.domain.record import Record
from custody_checklist.domain.timeutil import format_duration, format_local, utc_now
from custody_checklist.gui.icons import state_icon, state_tint

REFRESH_MS = 30_000
Evaluate = Callable[[Record, datetime | None], Evaluation]

_WORDS = {Severity.BREACH: "BREACH", Severity.WARNING: "Warning", Severity.DUE: "Due",
          Severity.INFO: "Info"}


def countdown(due_at: datetime, now: datetime) -> str:
    """``in 2 h 05 min (04:30 GMT)`` or ``OVERDUE by 0 h 12 min (due 04:30 GMT)``."""
    when = format_local(due_at).split(" ", 1)[1]
    left = due_at - now
    if left.total_seconds() >= 0:
        return f"in {format_duration(left)} ({when})"
    return f"OVERDUE by {format_duration(-left)} (due {when})"


class _FindingsTree(QTreeWidget):
    """The findings list; tells the panel when it is shown or its viewport changes size
    (rows re-fit).

    A resize handler rather than an event filter on the viewport: a Python filter is
    called for every event there (each paint, each mouse move), a handler only for this.
    """

    def __init__(self, on_resized: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._on_resized = on_resized

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport's size
        super().resizeEvent(event)
        self._on_resized()

    def showEvent(self, event: QShowEvent) -> None:  # rows filled while hidden fit now
        super().showEvent(event)
        self._on_resized()


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # a Finding or a Deadline

    def __init__(self, evaluate: Evaluate, parent: QWidget | None = None):
        super().__init__(parent)
        self._evaluate = evaluate
        self._record: Record | None = None
        self.evaluation = Evaluation()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("No record", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Findings summary")
        layout.addWidget(self.summary)
        self._heights: dict[tuple[int, str], int] = {}  # (width, text) -> wrapped height
        self._heights_font = ""
        self._fitted_width = -1  # rows fitted to this width since the last fill
        self.tree = _FindingsTree(self._fit_rows, self)
        self.tree.setAccessibleName("Findings and deadlines")
        self.tree.setHeaderLabels(["Severity", "What, when, and why (source)"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        # Sized to its words after each fill (below), not ResizeToContents: that measured
        # every row again at each of the many layout passes while a record opens.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self._fit_rows)
        self.tree.itemActivated.connect(self._on_item_activated)
        layout.addWidget(self.tree)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def show_record(self, record: Record) -> None:
        self._record = record
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        if self._record is None:
            return
        now = now or utc_now()
        try:
            self.evaluation = self._evaluate(self._record, now)
        except Exception as exc:  # the checklist must stay usable if a rule fails
            self.evaluation = Evaluation()
            self.tree.clear()
            self.summary.setText(f"⚠ Findings could not be worked out: {exc}")
            return
        self._fill(now)

    def _fill(self, now: datetime) -> None:
        selected = self._selected_key()
        self.tree.clear()
        findings = sorted(self.evaluation.findings, key=lambda f: (-f.severity.rank,
                                                                     f.due_at or now))
        open_deadlines = sorted((d for d in self.evaluation.deadlines if d.met_at is None),
                                key=lambda d: d.due_at)
        met = [d for d in self.evaluation.deadlines if d.met_at is not None]
        for finding in findings:
            if finding.severity.rank >= Severity.WARNING.rank:
                self._add_finding(finding, now)
        for deadline in open_deadlines:
            self._add_deadline(deadline, now)
        for finding in findings:
            if finding.severity.rank < Severity.WARNING.rank:
                self._add_finding(finding, now)
        for deadline in met:
            self._add_deadline(deadline, now)
        self._fitted_width = -1
        self.tree.resizeColumnToContents(0)
        self._fit_rows()
        self._restore_selection(selected)
        self.summary.setText(self._summary_text(open_deadlines, now))

    def _fit_rows(self, *_: object) -> None:
        """Give each row the height its wrapped text needs (Qt's own guess stops at 2 lines).

        Opening a record fits the rows several times (filled, columns sized, viewport
        sized), mostly at widths already measured: heights are remembered per width and
        text (laying the text out was a tenth of opening a record), and forgotten when
        the font changes.
        """
        if not self.tree.window().isVisible():  # filled while hidden (opening): fit when shown
            self._fitted_width = -1
            return
        font = self.tree.font().key()
        if font != self._heights_font or len(self._heights) > 1_000:  # countdowns change text
            self._heights_font = font
            self._heights.clear()
            self._fitted_width = -1
        width = self.tree.viewport().width() - self.tree.header().sectionSize(0) - 12
        width = max(width, 160)
        if width == self._fitted_width:  # e.g. the stretched column resized as well
            return
        self._fitted_width = width
        metrics = self.tree.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        heights = self._heights
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            text = item.text(1)
            height = heights.get((width, text))
            if height is None:
                height = metrics.boundingRect(0, 0, width, 10_000, flags, text).height() + 6
                heights[(width, text)] = height
            item.setSizeHint(1, QSize(width, height))

    def _summary_text(self, open_deadlines: list[Deadline], now: datetime) -> str:
        breaches = len(self.evaluation.by_severity(Severity.BREACH))
        warnings = len(self.evaluation.by_severity(Severity.WARNING))
        parts = [f"{breaches} breach{'es' if breaches != 1 else ''}",
                 f"{warnings} warning{'s' if warnings != 1 else ''}"]
        if open_deadlines and self._in_custody():
            first = open_deadlines[0]
            parts.append(f"next: {first.label} {countdown(first.due_at, now)}")
        return " · ".join(parts)

    def _in_custody(self) -> bool:
        return self._record is not None and self._record.released_at is None

    def _finding_when(self, finding: Finding, now: datetime) -> str:
        """A countdown only for what is still outstanding while the child is here.

        A late AA who has since arrived, or any finding on a closed record, is history:
        "OVERDUE by 522 h" would be wrong there, so the due time is shown instead.
        """
        if finding.due_at is None:
            return ""
        outstanding = finding.severity is Severity.DUE or finding.due_at >= now
        if self._in_custody() and outstanding:
            return countdown(finding.due_at, now)
        return f"was due {format_local(finding.due_at)}"

    def _add_finding(self, finding: Finding, now: datetime) -> None:
        when = self._finding_when(finding, now)
        kind, word = finding.severity.value, _WORDS[finding.severity]
        if finding.severity is Severity.DUE and finding.due_at is None:
            kind, word = "info", "To do"
        self._add_row(kind, word, finding.message, when, finding.source, finding)

    def _add_deadline(self, deadline: Deadline, now: datetime) -> None:
        if deadline.met_at is not None:
            kind, word = "ok", "Met"
            when = f"met {format_local(deadline.met_at)}"
        elif not self._in_custody():
            kind, word = ("breach", "Not met") if deadline.due_at < now else ("info", "Ended")
            when = f"was due {format_local(deadline.due_at)}"
        else:
            overdue = deadline.due_at < now
            kind, word = ("breach", "OVERDUE") if overdue else ("due", "Due")
            when = countdown(deadline.due_at, now)
        self._add_row(kind, word, deadline.label, when, deadline.source, deadline)

    def _add_row(self, kind: str, word: str, what: str, when: str, source: str,
                 payload: Finding | Deadline) -> None:
        second = " · ".join(part for part in (when, f"Source: {source}" if source else "") if part)
        item = QTreeWidgetItem([word, f"{what}\n{second}" if second else what])
        item.setIcon(0, state_icon(kind))
        item.setBackground(0, QBrush(state_tint(kind)))
        if kind == "breach":
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        item.setData(0, Qt.ItemDataRole.UserRole, payload)
        item.setToolTip(1, item.text(1))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{word}: {what}. {when}. Source: {source}")
        self.tree.addTopLevelItem(item)

    def _selected_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        payload = item.data(0, Qt.ItemDataRole.UserRole)
        return (payload.code, str(getattr(payload, "due_at", "")))

    def _restore_selection(self, key: tuple[str, str] | None) -> None:
        if key is None:
            return
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            payload = item.data(0, Qt.ItemDataRole.UserRole)
            if (payload.code, str(getattr(payload, "due_at", ""))) == key:
                self.tree.setCurrentItem(item)
                return

    def items(self) -> list[Finding | Deadline]:
        """What is listed, in display order (for the editor and tests)."""
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.finding_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
