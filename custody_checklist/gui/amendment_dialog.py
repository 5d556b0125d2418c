"""Amend a signed record: choose an answer (or a detail of the child) or a timeline event,
give the new value and the mandatory reason. The old and new values are kept with who and
when; the record goes back for sign-off. Every answer can be amended, each with the same
input the checklist uses (a person's name/rank/number, ticked options with "None of these"
exclusive, a UK local date-time, ...), and every detail of the child (name, date of birth
or "not known", how it was established, gender, ethnicity); the service's validation
messages are shown in the dialog. An event's time (Europe/London) and details can be
corrected, and a missing event (e.g. a review recorded on paper) added.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.definition import parse_datetime_answer, value_problem
from custody_checklist.domain.events import EventKind, event_label
from custody_checklist.domain.record import EthnicityCategory
from custody_checklist.domain.timeutil import format_local, to_local, utc_now
from custody_checklist.gui.checklist_form import QuestionRow, has_value
from custody_checklist.gui.event_dialog import validate_event_time
from custody_checklist.gui.new_record_dialog import DOB_STATUS_CHOICES, GENDER_CHOICES
from custody_checklist.gui.widgets_common import (
    AnswerInput,
    create_input,
    make_datetime_edit,
    qdatetime_to_utc,
    utc_to_qdatetime,
)
from custody_checklist.services.errors import ServiceError, ValidationFailed

TARGET_FIELD, TARGET_EVENT, TARGET_NEW_EVENT = "field", "event", "new_event"
CHILD_FIELDS = (("child.surname", "Child: surname"), ("child.forenames", "Child: forenames"),
                ("child.date_of_birth", "Child: date of birth"),
                ("child.dob_status", "Child: how the date of birth was established"),
                ("child.gender", "Child: gender"),
                ("child.ethnicity_self_defined", "Child: self-defined ethnicity"),
                ("child.ethnicity_category", "Child: ethnicity category (Concordat figures)"))
ETHNICITY_CHOICES = (
    (EthnicityCategory.NOT_STATED, "Not stated"),
    (EthnicityCategory.ASIAN, "Asian or Asian British"),
    (EthnicityCategory.BLACK, "Black, Black British, Caribbean or African"),
    (EthnicityCategory.MIXED, "Mixed or multiple ethnic groups"),
    (EthnicityCategory.WHITE, "White"),
    (EthnicityCategory.OTHER, "Other ethnic group"),
)
CHILD_CHOICES = {
    "dob_status": [(v.value, label) for v, label in DOB_STATUS_CHOICES],
    "gender": [(v.value, label) for v, label in GENDER_CHOICES],
    "ethnicity_category": [(v.value, label) for v, label in ETHNICITY_CHOICES],
}


class AmendmentDialog(QDialog):
    def __init__(self, services: Any, record: Any, definition: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.record, self.definition = services, record, definition
        self.amended: Any = None
        self.setWindowTitle(f"Amend {record.custody_number}")
        layout = QVBoxLayout(self)
        intro = QLabel("This record is signed off. An amendment keeps the signed original and records "
                       "the old and new value, who made it, when and why; the record then goes back "
                       "to an inspector for sign-off.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.target_combo = QComboBox(self)
        self.target_combo.setAccessibleName("Amend an answer, an event, or add a missing event")
        self.target_combo.addItem("An answer or the child's details", TARGET_FIELD)
        if record.events:
            self.target_combo.addItem("Event: correct its time or details", TARGET_EVENT)
        self.target_combo.addItem("Event: add one that was missed (e.g. recorded on paper)", TARGET_NEW_EVENT)
        target_form = QFormLayout()
        target_form.addRow("&Target:", self.target_combo)
        layout.addLayout(target_form)
        self.field_page = QWidget(self)
        form = QFormLayout(self.field_page)
        form.setContentsMargins(0, 0, 0, 0)
        self.field_combo = QComboBox(self)
        self.field_combo.setAccessibleName("What to amend")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(40)
        for question in definition.questions():
            self.field_combo.addItem(question.label, f"answers.{question.id}")
            self.field_combo.setItemData(self.field_combo.count() - 1, question.label,
                                         Qt.ItemDataRole.ToolTipRole)
        self.field_combo.insertSeparator(self.field_combo.count())
        for name, label in CHILD_FIELDS:
            self.field_combo.addItem(label, name)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the new value: the checklist's own input for an answer; a line, a list or a date
        # (with "not known") for the child's details. Only the one that fits is shown.
        self.value_host = QWidget(self.field_page)
        value_layout = QVBoxLayout(self.value_host)
        value_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_host = QWidget(self.value_host)
        answer_layout = QHBoxLayout(self.answer_host)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_input: AnswerInput | None = None
        self.clear_button = QPushButton("C&lear the answer", self.answer_host)
        self.clear_button.setToolTip("Amend to no answer at all")
        self.clear_button.clicked.connect(self._clear_answer)
        answer_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.value_text = QLineEdit(self.value_host)
        self.value_text.setAccessibleName("New value")
        self.value_choice = QComboBox(self.value_host)
        self.value_choice.setAccessibleName("New value")
        self.value_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dob_host = QWidget(self.value_host)
        dob_layout = QHBoxLayout(self.dob_host)
        dob_layout.setContentsMargins(0, 0, 0, 0)
        self.dob_edit = QDateEdit(self.dob_host)
        self.dob_edit.setDisplayFormat("dd/MM/yyyy")
        self.dob_edit.setCalendarPopup(True)
        self.dob_edit.setAccessibleName("New date of birth")
        today = QDate.currentDate()
        self.dob_edit.setDateRange(today.addYears(-30), today)
        self.dob_unknown = QCheckBox("Not &known", self.dob_host)
        self.dob_unknown.setAccessibleName("Date of birth not known")
        self.dob_unknown.toggled.connect(lambda unknown: self.dob_edit.setEnabled(not unknown))
        dob_layout.addWidget(self.dob_edit)
        dob_layout.addWidget(self.dob_unknown)
        dob_layout.addStretch(1)
        for widget in (self.answer_host, self.value_text, self.value_choice, self.dob_host):
            value_layout.addWidget(widget)
        value_layout.setAlignment(self.value_choice, Qt.AlignmentFlag.AlignLeft)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.reason_edit.setAccessibleName("Reason for the amendment")
        form.addRow("&Amend:", self.field_combo)
        form.addRow("Now:", self.current_label)
        self.value_label = QLabel("&New value:", self.field_page)
        form.addRow(self.value_label, self.value_host)
        layout.addWidget(self.field_page)
        self._build_event_page(layout)
        reason_form = QFormLayout()
        reason_form.addRow("&Reason (required):", self.reason_edit)
        layout.addLayout(reason_form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Why the amendment was not saved")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save amendment")
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field_combo.currentIndexChanged.connect(self._on_field_changed)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self._on_field_changed()
        self._on_target_changed()
        self.setMinimumWidth(760)
        self.resize(760, 0)

    # ------------------------------------------------------------------ events
    def _build_event_page(self, layout: QVBoxLayout) -> None:
        self.event_page = QWidget(self)
        form = QFormLayout(self.event_page)
        form.setContentsMargins(0, 0, 0, 0)
        self.event_combo = QComboBox(self.event_page)
        self.event_combo.setAccessibleName("Event to correct")
        for event in sorted(self.record.events, key=lambda e: e.at):
            self.event_combo.addItem(f"{self._event_title(event.kind)} · {format_local(event.at)}", event.id)
        self.kind_combo = QComboBox(self.event_page)
        self.kind_combo.setAccessibleName("Kind of event to add")
        kinds = [f.kind for f in self.definition.events] or list(EventKind)
        for kind in kinds:
            self.kind_combo.addItem(self._event_title(kind), EventKind(kind).value)
        self.event_now_label = QLabel(self.event_page)
        self.event_now_label.setWordWrap(True)
        self.time_edit = make_datetime_edit(self.event_page)
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setAccessibleName("Time of the event, UK local time")
        self.zone_label = QLabel(self.event_page)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit, 1)
        time_row.addWidget(self.zone_label)
        self.time_error = QLabel(self.event_page)
        self.time_error.setWordWrap(True)
        self.time_error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.time_error.hide()
        self.fields_host = QWidget()
        self.fields_layout = QVBoxLayout(self.fields_host)
        self.fields_layout.setContentsMargins(0, 0, 6, 0)
        self.fields_scroll = QScrollArea(self.event_page)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setWidget(self.fields_host)
        self.fields_scroll.setMinimumHeight(220)
        self.event_rows: dict[str, QuestionRow] = {}
        self.event_label = QLabel("&Event:", self.event_page)
        self.event_label.setBuddy(self.event_combo)
        self.kind_label = QLabel("&Kind:", self.event_page)
        self.kind_label.setBuddy(self.kind_combo)
        form.addRow(self.event_label, self.event_combo)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow("Now:", self.event_now_label)
        time_label = QLabel("&Time (UK):", self.event_page)
        time_label.setBuddy(self.time_edit)
        form.addRow(time_label, time_row)
        form.addRow("", self.time_error)
        form.addRow("Details:", self.fields_scroll)
        layout.addWidget(self.event_page)
        self.event_combo.currentIndexChanged.connect(self._on_event_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_event_changed)
        self.time_edit.dateTimeChanged.connect(self._on_time_changed)

    def _event_title(self, kind: Any) -> str:
        form = self.definition.event_form(kind)
        return form.label if form is not None else event_label(kind)

    def target(self) -> str:
        return self.target_combo.currentData() or TARGET_FIELD

    def _on_target_changed(self, *_: Any) -> None:
        target = self.target()
        self.field_page.setVisible(target == TARGET_FIELD)
        self.event_page.setVisible(target != TARGET_FIELD)
        adding = target == TARGET_NEW_EVENT
        for widget in (self.event_label, self.event_combo):
            widget.setVisible(not adding)
        for widget in (self.kind_label, self.kind_combo):
            widget.setVisible(adding)
        if target != TARGET_FIELD:
            self._on_event_changed()
        self.error.clear()

    def selected_event(self) -> Any:
        event_id = self.event_combo.currentData()
        return next((e for e in self.record.events if e.id == event_id), None)

    def _on_event_changed(self, *_: Any) -> None:
        if self.target() == TARGET_NEW_EVENT:
            kind, details = self.kind_combo.currentData(), {}
            moment = utc_now().replace(second=0, microsecond=0)
            self.event_now_label.setText("(not on the record: this amendment adds it)")
        else:
            event = self.selected_event()
            if event is None:
                return
            kind, details, moment = event.kind.value, event.details, event.at
            recorded = f" (recorded by {event.recorded_by})" if event.recorded_by else ""
            self.event_now_label.setText(f"{self._event_title(event.kind)} at {format_local(event.at)}{recorded}")
        self._build_event_fields(kind, details)
        self.time_edit.setDateTime(utc_to_qdatetime(moment))
        self._shown_time = (self.time_edit.dateTime(), moment)  # untouched: keep the exact instant
        self._on_time_changed()

    def _build_event_fields(self, kind: str, details: dict[str, Any]) -> None:
        self.event_rows = {}
        while self.fields_layout.count():  # the previous event's rows, note and stretch
            item = self.fields_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        form = self.definition.event_form(kind)
        for question in form.fields if form is not None else ():
            row = QuestionRow(question, self.fields_host, text_lines=2)
            row.setObjectName(f"field_{question.id}")
            row.input.set_value(details.get(question.id))
            row.input.committed.connect(self._on_details_changed)
            row.input.edited.connect(self._on_details_changed)
            self.fields_layout.addWidget(row)
            self.event_rows[question.id] = row
        if not self.event_rows:
            self.fields_layout.addWidget(QLabel("This kind of event has no details: only its time.",
                                                self.fields_host))
        self.fields_layout.addStretch(1)
        self._on_details_changed()

    def _on_details_changed(self, *_: Any) -> None:
        values = {qid: row.input.value() for qid, row in self.event_rows.items()}
        for row in self.event_rows.values():
            row.setVisible(row.question.is_visible(values))

    def _on_time_changed(self, *_: Any) -> None:
        self.zone_label.setText(to_local(self.event_time()).tzname() or "")
        self.time_error.hide()

    def event_time(self) -> Any:
        """The time typed; the event's own instant (seconds and all) when left as shown."""
        shown = getattr(self, "_shown_time", None)
        if shown is not None and self.time_edit.dateTime() == shown[0]:
            return shown[1]
        return qdatetime_to_utc(self.time_edit.dateTime()).replace(second=0, microsecond=0)  # as typed

    def event_details(self) -> dict[str, Any]:
        return {qid: row.input.value() for qid, row in self.event_rows.items()
                if not row.isHidden() and has_value(row.input.value())}

    def event_changes(self) -> dict[str, Any] | None:
        """The change for the service, or None after showing why it cannot be saved."""
        adding = self.target() == TARGET_NEW_EVENT
        event = None if adding else self.selected_event()
        kind = self.kind_combo.currentData() if adding else event.kind.value
        arrest = self.record.first(EventKind.ARREST)
        problem = validate_event_time(kind, self.event_time(), utc_now(), arrest.at if arrest else None)
        if problem:
            self.time_error.setText(problem)
            self.time_error.show()
            self.time_edit.setFocus()
            return None
        details = self.event_details()
        blocking = False
        for question_id, row in self.event_rows.items():
            message = value_problem(row.question, details[question_id]) if question_id in details else None
            row.show_problem("invalid" if message else None, message or "")
            blocking = blocking or bool(message)
        if blocking:
            return None
        value = {"at": self.event_time(), "details": details}
        if adding:
            return {"events.new": {"kind": kind, **value}}
        return {f"events.{event.id}": value}

    def _question(self) -> Any:
        name = self.field_combo.currentData() or ""
        return self.definition.question(name.partition(".")[2]) if name.startswith("answers.") else None

    def current_value(self) -> Any:
        name = self.field_combo.currentData() or ""
        section, _, key = name.partition(".")
        if section == "answers":
            return self.record.answers.get(key)
        return getattr(self.record.child, key, "")

    def _shown(self, value: Any) -> str:
        """The current value as the sergeant reads it."""
        if value is None or value == "" or value == []:
            return "(not answered)" if self._question() is not None else "(not recorded)"
        question = self._question()
        if question is None:
            key = (self.field_combo.currentData() or "").partition(".")[2]
            if key == "date_of_birth":
                return value.strftime("%d/%m/%Y")
            return dict(CHILD_CHOICES.get(key, ())).get(getattr(value, "value", value), str(value))
        if question.type == "yesno":
            return {True: "Yes", False: "No"}.get(value, str(value))
        if question.type == "datetime":
            moment = parse_datetime_answer(value)
            return format_local(moment) if moment else str(value)
        if question.type == "person" and isinstance(value, dict):
            return ", ".join(str(v) for k, v in value.items() if str(v).strip())
        labels = {o.value: o.label for o in question.options}
        if isinstance(value, list):
            return "; ".join(labels.get(v, str(v)) for v in value)
        if question.type == "number" and isinstance(value, float):
            return f"{value:g}"
        return labels.get(value, str(value))

    def _on_field_changed(self) -> None:
        question, value = self._question(), self.current_value()
        self.current_label.setText(self._shown(value))
        key = (self.field_combo.currentData() or "").partition(".")[2]
        if self.answer_input is not None:
            self.answer_input.hide()
            self.answer_input.deleteLater()
            self.answer_input = None
        if question is not None:
            self.answer_input = create_input(question, self.answer_host, text_lines=3)
            self.answer_input.setObjectName(f"amend_{question.id}")
            self.answer_input.set_value(value)
            layout = self.answer_host.layout()
            layout.insertWidget(0, self.answer_input, 1)
            self.value_label.setBuddy(self.answer_input.focus_target())
        choices = CHILD_CHOICES.get(key) if question is None else None
        self.value_choice.clear()
        for data, label in choices or ():
            self.value_choice.addItem(label, data)
        if choices:
            self.value_choice.setCurrentIndex(max(self.value_choice.findData(getattr(value, "value", value)), 0))
            self.value_label.setBuddy(self.value_choice)
        dob = question is None and key == "date_of_birth"
        if dob:
            self.dob_unknown.setChecked(value is None)
            self.dob_edit.setEnabled(value is not None)
            self.dob_edit.setDate(QDate(value.year, value.month, value.day) if value is not None
                                  else QDate.currentDate().addYears(-15))
            self.value_label.setBuddy(self.dob_edit)
        text = question is None and not choices and not dob
        self.value_text.setText(str(value or "") if text else "")
        if text:
            self.value_label.setBuddy(self.value_text)
        self.answer_host.setVisible(question is not None)
        self.value_choice.setVisible(bool(choices))
        self.dob_host.setVisible(dob)
        self.value_text.setVisible(text)
        self.value_text.setEnabled(text)  # as before: a disabled line means "not this kind"
        self.value_choice.setEnabled(bool(choices))
        self.error.clear()
        if self.isVisible():
            self.adjustSize()

    def _clear_answer(self) -> None:
        if self.answer_input is not None:
            self.answer_input.set_value(None)
            self.answer_input.focus_target().setFocus()

    def new_value(self) -> Any:
        """The new value as the service takes it (None or "" clears an answer)."""
        key = (self.field_combo.currentData() or "").partition(".")[2]
        if self._question() is not None and self.answer_input is not None:
            return self.answer_input.value()
        if key in CHILD_CHOICES:
            return self.value_choice.currentData()
        if key == "date_of_birth":
            return None if self.dob_unknown.isChecked() else self.dob_edit.date().toPython()
        return self.value_text.text().strip()

    def _on_accepted(self) -> None:
        try:
            if self.target() == TARGET_FIELD:
                changes = {self.field_combo.currentData(): self.new_value()}
            else:
                event_changes = self.event_changes()
                if event_changes is None:
                    self._show_error("put right what is marked.")
                    return
                changes = event_changes
            self.amended = self.services.workflow.amend(self.record.id, self.record.version, changes,
                                                        self.reason_edit.toPlainText())
        except ValidationFailed as exc:
            self._show_error("<br>".join(html.escape(self._problem_words(where, message), quote=False)
                                         for where, message in exc.problems))
            return
        except (ServiceError, ValueError) as exc:
            self._show_error(html.escape(str(exc), quote=False))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(f"<b style='color:#a40000'>Not saved:</b> <span style='color:#a40000'>{text}</span>")

    def _problem_words(self, where: str, message: str) -> str:
        """A service problem in words: the field's label, then the message as a sentence."""
        labels = {name: label.removeprefix("Child: ") for name, label in CHILD_FIELDS}
        labels.update(reason="Reason", changes="Amendment")
        question = self.definition.question(where.removeprefix("answers."))
        label = labels.get(where) or (question.label if question is not None else
                                      "The event" if where.startswith("events.") else where)
        label = label[:1].upper() + label[1:]
        message = message[:1].upper() + message[1:]
        return f"{label}: {message}" + ("" if message.endswith((".", "?", "!")) else ".")
