"""Shown when a save is refused because another terminal saved the record first.

Nothing is ever overwritten silently: the sergeant sees their change beside what the
other terminal saved (the same field, then everything else that terminal changed) and
chooses to keep theirs and re-apply their own change on top, or to keep theirs and
drop their own. Escape does not choose for them. Every other change not saved yet in that
window (answers still being typed, or refused a moment ago) is carried in the same choice,
so a conflict never quietly throws away other unsaved work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from custody_checklist.domain.definition import ChecklistDefinition, Question, parse_datetime_answer
from custody_checklist.domain.events import event_label
from custody_checklist.domain.record import Event, Record
from custody_checklist.domain.timeutil import format_local
from custody_checklist.gui.forms.ui_conflict_dialog import Ui_ConflictDialog
from custody_checklist.gui.widgets_common import scaled_font

REAPPLY = "reapply"
DISCARD = "discard"


@dataclass
class PendingChange:
    """One refused save, kept so it can be shown and re-applied."""

    kind: str  # "answer" | "add_event" | "update_event" | "delete_event"
    question_id: str = ""
    value: Any = None
    event: Event | None = None
    event_id: str = ""


def format_answer(question: Question | None, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(not answered)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dict):
        return " ".join(str(value.get(k, "")) for k in ("rank", "name", "number")).strip()
    if isinstance(value, list):
        return ", ".join(question.option_label(v) if question else v for v in value)
    if question is not None and question.type == "choice":
        return question.option_label(str(value))
    if question is not None and question.type == "datetime":
        moment = parse_datetime_answer(value)
        return format_local(moment) if moment else str(value)
    return str(value)


def _event_text(event: Event | None) -> str:
    if event is None:
        return "(no such event)"
    details = "; ".join(f"{k.replace('_', ' ')}: {format_answer(None, v)}"
                        for k, v in event.details.items())
    return f"{event_label(event.kind)} at {format_local(event.at)}" + (f"\n  {details}" if details else "")


def describe_change(definition: ChecklistDefinition, change: PendingChange,
                    record: Record) -> tuple[str, str]:
    """(what you tried, the same thing as it now stands in ``record``)."""
    if change.kind == "answer":
        question = definition.question(change.question_id)
        label = question.label if question else change.question_id
        return (f"{label}:\n{format_answer(question, change.value)}",
                f"{label}:\n{format_answer(question, record.answers.get(change.question_id))}")
    event_id = change.event.id if change.event else change.event_id
    current = next((e for e in record.events if e.id == event_id), None)
    if change.kind == "add_event":
        return f"New event:\n{_event_text(change.event)}", "This event is not on their version."
    if change.kind == "update_event":
        return f"Changed event:\n{_event_text(change.event)}", f"The event now:\n{_event_text(current)}"
    return f"Delete event:\n{_event_text(current)}", f"The event now:\n{_event_text(current)}"


def other_changes(definition: ChecklistDefinition, mine: Record, theirs: Record) -> list[str]:
    """What the other terminal changed compared with the copy this window had."""
    lines = []
    for question_id in sorted(set(mine.answers) | set(theirs.answers)):
        old, new = mine.answers.get(question_id), theirs.answers.get(question_id)
        if old != new:
            question = definition.question(question_id)
            label = question.label if question else question_id
            lines.append(f"• {label}: {format_answer(question, old)} → {format_answer(question, new)}")
    old_events = {e.id: e for e in mine.events}
    new_events = {e.id: e for e in theirs.events}
    for event_id, event in new_events.items():
        if event_id not in old_events:
            lines.append(f"• Added: {_event_text(event)}")
        elif old_events[event_id] != event:
            lines.append(f"• Changed: {_event_text(event)}")
    for event_id, event in old_events.items():
        if event_id not in new_events:
            lines.append(f"• Deleted: {_event_text(event)}")
    if mine.child != theirs.child:
        lines.append("• The child's details were changed.")
    if mine.status != theirs.status:
        lines.append(f"• Status: {mine.status.value} → {theirs.status.value}")
    return lines


class ConflictDialog(QDialog):
    resolved = Signal(str)  # REAPPLY or DISCARD

    def __init__(self, definition: ChecklistDefinition, change: PendingChange | list[PendingChange],
                 mine: Record, theirs: Record, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.changes = list(change) if isinstance(change, list) else [change]
        self.change = self.changes[0]  # the one the other terminal's save refused
        self.ui.headingLabel.setFont(scaled_font(self.ui.headingLabel, 1.3, bold=True))
        described = [describe_change(definition, c, theirs) for c in self.changes]
        yours = "\n\n".join(mine_text for mine_text, _ in described)
        theirs_now = "\n\n".join(theirs_text for _, theirs_text in described)
        if len(self.changes) > 1:
            yours = f"{len(self.changes)} changes not saved yet:\n\n{yours}"
            self.ui.reapplyButton.setText("Keep theirs and &re-apply my changes")
            self.ui.discardButton.setText("Keep theirs and &discard my changes")
        others = other_changes(definition, mine, theirs)
        theirs_text = theirs_now
        if others:
            theirs_text += "\n\nEverything they changed:\n" + "\n".join(others)
        self.ui.yoursText.setPlainText(yours)
        self.ui.theirsText.setPlainText(theirs_text)
        who = theirs.updated_at
        if who is not None:
            self.ui.theirsGroup.setTitle(f"Theirs (saved on the other terminal at {format_local(who)})")
        self.ui.reapplyButton.clicked.connect(self._on_reapply_clicked)
        self.ui.discardButton.clicked.connect(self._on_discard_clicked)
        self.ui.reapplyButton.setFocus()

    def _on_reapply_clicked(self) -> None:
        self.resolved.emit(REAPPLY)
        self.accept()

    def _on_discard_clicked(self) -> None:
        self.resolved.emit(DISCARD)
        self.accept()

    def reject(self) -> None:  # Escape must not decide for the user
        self.ui.explanationLabel.setText(
            "Please choose: keep their version and re-apply your change, or discard your change.")
