"""Amend a signed record: choose an answer (or a detail of the child), give the new value
and the mandatory reason. The old and new values are kept with who and when; the record
goes back for sign-off. Answers typed as text, yes/no, a choice or a number can be
amended here; times and people are amended by returning the record through the workflow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.services.errors import ServiceError

AMENDABLE_TYPES = ("text", "yesno", "choice", "number")
CHILD_FIELDS = (("child.surname", "Child: surname"), ("child.forenames", "Child: forenames"),
                ("child.ethnicity_self_defined", "Child: self-defined ethnicity"))


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
        form = QFormLayout()
        self.field_combo = QComboBox(self)
        self.field_combo.setAccessibleName("What to amend")
        for question in definition.questions():
            if question.type in AMENDABLE_TYPES:
                self.field_combo.addItem(question.label, f"answers.{question.id}")
        for name, label in CHILD_FIELDS:
            self.field_combo.addItem(label, name)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.value_text = QLineEdit(self)
        self.value_choice = QComboBox(self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.reason_edit.setAccessibleName("Reason for the amendment")
        form.addRow("&Amend:", self.field_combo)
        form.addRow("Now:", self.current_label)
        form.addRow("&New value:", self.value_text)
        form.addRow("New &choice:", self.value_choice)
        form.addRow("&Reason (required):", self.reason_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save amendment")
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field_combo.currentIndexChanged.connect(self._on_field_changed)
        self._on_field_changed()
        self.resize(720, 0)

    def _question(self) -> Any:
        name = self.field_combo.currentData() or ""
        return self.definition.question(name.partition(".")[2]) if name.startswith("answers.") else None

    def current_value(self) -> Any:
        name = self.field_combo.currentData() or ""
        section, _, key = name.partition(".")
        if section == "answers":
            return self.record.answers.get(key)
        return getattr(self.record.child, key, "")

    def _on_field_changed(self) -> None:
        question, value = self._question(), self.current_value()
        labels = {o.value: o.label for o in question.options} if question is not None else {}
        shown = {True: "Yes", False: "No"}.get(value, labels.get(value, value)) if not isinstance(value, list) else value
        self.current_label.setText("(not answered)" if value in (None, "") else str(shown))
        choices: list[tuple[str, Any]] = []
        if question is not None and question.type == "yesno":
            choices = [("Yes", True), ("No", False), ("(clear the answer)", None)]
        elif question is not None and question.type == "choice":
            choices = [(o.label, o.value) for o in question.options] + [("(clear the answer)", None)]
        self.value_choice.clear()
        for label, data in choices:
            self.value_choice.addItem(label, data)
        self.value_choice.setEnabled(bool(choices))
        self.value_text.setEnabled(not choices)
        self.value_text.setText("" if choices or value is None else str(value))

    def new_value(self) -> Any:
        question = self._question()
        if self.value_choice.isEnabled():
            return self.value_choice.currentData()
        text = self.value_text.text().strip()
        if question is not None and question.type == "number" and text:
            return int(text) if text.lstrip("-").isdigit() else float(text)
        return text

    def _on_accepted(self) -> None:
        try:
            changes = {self.field_combo.currentData(): self.new_value()}
            self.amended = self.services.workflow.amend(self.record.id, self.record.version, changes,
                                                        self.reason_edit.toPlainText())
        except (ServiceError, ValueError) as exc:
            self.error.setText(f"<b style='color:#a40000'>Not saved: {exc}</b>")
            return
        self.accept()
