"""The list of checklist sections with how far each has got.

State is shown as an icon shape *and* words ("Complete", "2 required not answered"),
never by colour alone, so it reads in a dim suite, in greyscale and to a screen reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from custody_checklist.domain.definition import ChecklistDefinition, Section, value_problem
from custody_checklist.gui.checklist_form import has_value

#: Section progress colours; always paired with an icon shape and words, never alone.
STATUS_COLOURS = {"complete": "#1b7a3a", "partial": "#1f5fa8", "empty": "#6b7680",
                  "missing": "#b00020"}


@cache
def status_icon(kind: str, size: int = 32) -> QIcon:
    """A progress badge whose *shape* says the state: tick, half-filled ring, ring, cross.

    Drawn once per state and size (the navigator asked for 14 at every keystroke)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS.get(kind, "#6b7680"))
    s = float(size)
    ring = QRectF(4, 4, s - 8, s - 8)
    white = QPen(QColor("white"), s / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if kind in ("empty", "partial"):
        painter.setPen(QPen(colour, s / 10))
        painter.drawEllipse(ring)
        if kind == "partial":
            path = QPainterPath()
            path.moveTo(ring.center())
            path.arcTo(ring, 90, 180)
            painter.fillPath(path, colour)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(2, 2, s - 4, s - 4))
        painter.setPen(white)
        if kind == "complete":
            painter.drawPolyline([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                  QPointF(s * 0.72, s * 0.34)])
        else:
            painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64))
            painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64))
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class SectionProgress:
    answered: int
    shown: int
    missing_required: int
    invalid: int

    @property
    def state(self) -> str:
        """``missing`` (a wrong answer), ``empty``, ``partial`` or ``complete`` (all required)."""
        if self.invalid:
            return "missing"
        if not self.answered:
            return "empty"
        return "partial" if self.missing_required else "complete"

    @property
    def words(self) -> str:
        count = f"{self.answered}/{self.shown} answered"
        if self.invalid:
            return f"✕ {self.invalid} not accepted · {count}"
        if self.missing_required:
            lead = "Not started" if not self.answered else "In progress"
            return f"{lead} · {self.missing_required} required"
        if not self.answered:
            return "Not started"
        if self.answered >= self.shown:
            return "✓ Complete"
        return f"✓ Required done · {count}"


def section_progress(section: Section, answers: Mapping[str, Any],
                     child: Mapping[str, Any]) -> SectionProgress:
    answered = shown = missing = invalid = 0
    for question in section.questions:
        if not question.is_visible(answers, child):
            continue
        shown += 1
        value = answers.get(question.id)
        if has_value(value):
            answered += 1
            if value_problem(question, value):
                invalid += 1
        elif question.required:
            missing += 1
    return SectionProgress(answered, shown, missing, invalid)


class SectionNavigator(QListWidget):
    """One row per section; choosing a row emits ``section_selected(index)``."""

    section_selected = Signal(int)

    def __init__(self, definition: ChecklistDefinition, parent: QWidget | None = None):
        super().__init__(parent)
        self.definition = definition
        self.setAccessibleName("Checklist sections")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        size = self.fontMetrics().height() * 2
        self.setIconSize(QSize(size, size))
        self.setSpacing(2)
        for index, section in enumerate(definition.sections):
            item = QListWidgetItem(f"{index + 1}. {section.title}")
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.addItem(item)
        self.currentRowChanged.connect(self._on_current_row_changed)
        self._progress: list[SectionProgress] = []

    def _on_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.section_selected.emit(row)

    def set_current(self, index: int) -> None:
        if index != self.currentRow():
            self.blockSignals(True)
            self.setCurrentRow(index)
            self.blockSignals(False)

    def update_progress(self, answers: Mapping[str, Any], child: Mapping[str, Any]) -> None:
        """Each section's state and words. Called at every keystroke: a row is touched only
        when they changed (a new icon on a row re-lays out the whole wrapped list)."""
        previous = self._progress
        self._progress = []
        for index, section in enumerate(self.definition.sections):
            progress = section_progress(section, answers, child)
            self._progress.append(progress)
            if index < len(previous) and previous[index] == progress:
                continue
            item = self.item(index)
            item.setText(f"{index + 1}. {section.title}\n{progress.words}")
            item.setIcon(status_icon(progress.state, 48))
            item.setToolTip(f"{section.title}: {progress.words}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{section.title}: {progress.words}")

    def progress(self, index: int) -> SectionProgress:
        return self._progress[index]
