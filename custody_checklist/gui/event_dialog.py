"""The form for one timeline event: its time and the details its definition asks for.

The detail fields come from ``definition.event_form(kind).fields`` and use the same
inputs as the checklist. Two kinds carry legal guidance on screen: the s.38(7)
certificate shows Code C Note 16D before anything else, and a refused bail says what
s.38(6) requires next. The dialog does not save: it emits ``event_submitted`` and the
caller saves, then closes it or shows why not.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from custody_checklist.domain.definition import ChecklistDefinition, value_problem
from custody_checklist.domain.events import EventKind, event_label
from custody_checklist.domain.record import Event
from custody_checklist.domain.timeutil import format_local, to_local, utc_now
from custody_checklist.gui.checklist_form import QuestionRow, has_value, help_text
from custody_checklist.gui.forms.ui_event_dialog import Ui_EventDialog
from custody_checklist.gui.widgets_common import (
    qdatetime_to_utc,
    scaled_font,
    utc_to_qdatetime,
)

FUTURE_TOLERANCE = timedelta(minutes=2)

NOTE_16D = (
    "Code C Note 16D: neither the child's behaviour, nor the nature of the offence, nor the "
    "lack of secure local-authority accommodation on its own makes transfer "
    "impracticable. Ground (a) needs circumstances that make moving the child physically "
    "impossible or impracticable. Ground (b) applies only to a child aged 12 or over, when no "
    "secure accommodation is available and other accommodation would not protect the public "
    "from serious harm from the child. The certificate must go to court with the child."
)
BAIL_REFUSED_NEXT = (
    "Bail refused: under PACE s.38(6) you must arrange for the child to be moved to "
    "local-authority accommodation. After saving, record the request to the local authority "
    "(secure or non-secure), then the transfer; if the child is not transferred, issue the "
    "s.38(7) certificate."
)
GUIDANCE_STYLE = ("QFrame#guidanceFrame { border: 2px solid #1f5fa8; border-radius: 4px; "
                  "background: palette(alternate-base); }")
LEGAL_STYLE = ("QFrame#guidanceFrame { border: 3px solid #b35c00; border-radius: 4px; "
               "background: palette(alternate-base); }")
_ERROR_STYLE = "QLabel { color: #b00020; font-weight: bold; }"
_NEXT_STYLE = "QLabel { border: 2px solid #b35c00; padding: 6px; }"


def validate_event_time(kind: str, at: datetime, now: datetime,
                        arrest_at: datetime | None) -> str | None:
    """Why ``at`` cannot be this event's time, in plain words; None when it can."""
    if at > now + FUTURE_TOLERANCE:
        return (f"✕ {format_local(at)} is in the future (it is now {format_local(now)}). "
                "An event can be recorded at most 2 minutes ahead.")
    if arrest_at is not None and kind != EventKind.ARREST and at < arrest_at:
        return (f"✕ {format_local(at)} is before the arrest ({format_local(arrest_at)}). "
                "Check the date as well as the time.")
    return None


class EventDialog(QDialog):
    event_submitted = Signal(object)  # the Event to save

    def __init__(self, definition: ChecklistDefinition, kind: str, *, event: Event | None = None,
                 arrest_at: datetime | None = None, child_age: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self.kind = EventKind(kind)
        self.original = event
        self.arrest_at = arrest_at
        self.child_age = child_age
        self.form = definition.event_form(self.kind)
        self.rows: dict[str, QuestionRow] = {}
        label = self.form.label if self.form else event_label(self.kind)
        verb = "Change" if event else "Record"
        self.setWindowTitle(f"{verb}: {label}")
        self.ui.headingLabel.setText(label)
        self.ui.headingLabel.setFont(scaled_font(self.ui.headingLabel, 1.3, bold=True))
        self.ui.timeEdit.setTimeZone(utc_to_qdatetime(utc_now()).timeZone())
        self._build_guidance()
        self._build_fields(event.details if event else {})
        self.set_time(event.at if event else utc_now().replace(second=0, microsecond=0))
        self._style_labels()
        self._connect_callbacks()
        self._on_details_changed()
        self.resize(self.sizeHint().expandedTo(self.size()))

    # ------------------------------------------------------------------ building

    def _build_guidance(self) -> None:
        ui = self.ui
        if self.kind is EventKind.CERTIFICATE_ISSUED:
            ui.guidanceTitleLabel.setText("⚠ Read before issuing: Code C Note 16D")
            form_help = help_text(self.form) if self.form else ""
            # the definition's own wording wins; the built-in note is the fallback
            ui.guidanceLabel.setText(form_help if "16D" in form_help
                                     else f"{NOTE_16D}\n\n{form_help}".strip())
            ui.guidanceFrame.setStyleSheet(LEGAL_STYLE)
        elif self.form and (self.form.help or self.form.source):
            ui.guidanceTitleLabel.setText("Guidance")
            ui.guidanceLabel.setText(help_text(self.form))
            ui.guidanceFrame.setStyleSheet(GUIDANCE_STYLE)
        else:
            ui.guidanceFrame.hide()
        ui.guidanceTitleLabel.setFont(scaled_font(ui.guidanceTitleLabel, 1.1, bold=True))

    def _build_fields(self, details: dict[str, Any]) -> None:
        fields = self.form.fields if self.form else ()
        self.ui.fieldsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not fields:
            self.ui.fieldsScroll.hide()
        for question in fields:
            row = QuestionRow(question, self.ui.fieldsHost)
            row.setObjectName(f"field_{question.id}")
            row.input.set_value(details.get(question.id))
            row.input.committed.connect(self._on_details_changed)
            row.input.edited.connect(self._on_details_changed)
            self.ui.fieldsLayout.addWidget(row)
            self.rows[question.id] = row
        self.ui.fieldsLayout.addStretch(1)
        previous = self.ui.nowButton
        for row in self.rows.values():  # time first, then the fields top to bottom
            for widget in row.input.findChildren(QWidget):
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is self:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        QWidget.setTabOrder(previous, self.ui.buttonBox)

    def _style_labels(self) -> None:
        for label in (self.ui.timeErrorLabel, self.ui.errorLabel):
            label.setStyleSheet(_ERROR_STYLE)
            label.hide()
        self.ui.nextStepLabel.setStyleSheet(_NEXT_STYLE)
        self.ui.nextStepLabel.hide()

    def _connect_callbacks(self) -> None:
        self.ui.nowButton.clicked.connect(self._on_now_clicked)
        self.ui.timeEdit.dateTimeChanged.connect(self._on_time_changed)
        self.ui.buttonBox.accepted.connect(self._on_save_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        help_shortcut.activated.connect(self._on_help_requested)

    # ------------------------------------------------------------------ values

    def set_time(self, moment: datetime) -> None:
        self.ui.timeEdit.setDateTime(utc_to_qdatetime(moment))
        self._on_time_changed()

    def time(self) -> datetime:
        return qdatetime_to_utc(self.ui.timeEdit.dateTime())

    def details(self) -> dict[str, Any]:
        details: dict[str, Any] = {}
        for question_id, row in self.rows.items():
            value = row.input.value()
            if has_value(value) and not row.isHidden():
                details[question_id] = value
        return details

    def built_event(self) -> Event:
        if self.original is not None:
            return replace(self.original, at=self.time(), details=self.details())
        return Event(kind=self.kind, at=self.time(), details=self.details())

    # ------------------------------------------------------------------ reactions

    def _on_now_clicked(self) -> None:
        self.set_time(utc_now().replace(second=0, microsecond=0))

    def _on_time_changed(self, *_: Any) -> None:
        self.ui.zoneLabel.setText(to_local(self.time()).tzname() or "")
        self.ui.timeErrorLabel.hide()

    def _on_details_changed(self) -> None:
        details = {qid: row.input.value() for qid, row in self.rows.items()}
        for row in self.rows.values():
            row.setVisible(row.question.is_visible(details))
        notes = []
        if self.kind is EventKind.BAIL_DECISION and details.get("bail_granted") is False:
            notes.append(BAIL_REFUSED_NEXT)
        if (self.kind is EventKind.CERTIFICATE_ISSUED and self.child_age is not None
                and self.child_age < 12 and details.get("ground") == "b_no_secure_serious_harm"):
            notes.append(f"⚠ Ground (b) cannot apply: the child is {self.child_age}, and ground "
                         "(b) is only for a child aged 12 or over (PACE s.38(6)(b)).")
        self.ui.nextStepLabel.setText("\n\n".join(notes))
        self.ui.nextStepLabel.setVisible(bool(notes))

    def _on_help_requested(self) -> None:
        widget = self.focusWidget()
        while widget is not None and not isinstance(widget, QuestionRow):
            widget = widget.parentWidget()
        if widget is not None:
            widget.toggle_help()

    def _on_save_clicked(self) -> None:
        self.ui.errorLabel.hide()
        problem = validate_event_time(self.kind, self.time(), utc_now(), self.arrest_at)
        if problem:
            self.ui.timeErrorLabel.setText(problem)
            self.ui.timeErrorLabel.show()
            self.ui.timeEdit.setFocus()
            return
        blocking = False
        details = self.details()
        for question_id, row in self.rows.items():
            value = details.get(question_id)
            message = value_problem(row.question, value) if has_value(value) else None
            if message:
                row.show_problem("invalid", message)
                blocking = True
            elif row.question.required and not row.isHidden() and not has_value(value):
                row.show_problem("missing")  # shown, not blocking: the event happened
            else:
                row.show_problem(None)
        if not blocking:
            self.event_submitted.emit(self.built_event())

    def show_error(self, message: str) -> None:
        """The save was refused: say why and keep everything typed."""
        self.ui.errorLabel.setText(f"✕ Not saved: {message}")
        self.ui.errorLabel.show()

    @property
    def save_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
