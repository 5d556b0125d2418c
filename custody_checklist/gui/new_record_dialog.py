"""Book in a new child: the few facts needed to start a record, then the editor opens.

Only what the sergeant knows at the desk is asked here (custody number, suite, name,
date of birth and how sure it is, gender); everything else is the checklist. Problems
are shown in words inside the dialog, next to the buttons, and focus moves to the field
to fix, so the dialog never loses what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from custody_checklist.domain.record import Child, DobStatus, Gender, Record
from custody_checklist.gui.forms.ui_new_record_dialog import Ui_NewRecordDialog

DOB_STATUS_CHOICES = (
    (DobStatus.UNKNOWN, "Not known"),
    (DobStatus.STATED, "Stated (by the child or an adult)"),
    (DobStatus.VERIFIED, "Verified (documents or police records)"),
)
GENDER_CHOICES = (
    (Gender.NOT_STATED, "Not stated"),
    (Gender.FEMALE, "Female"),
    (Gender.MALE, "Male"),
    (Gender.OTHER, "Other"),
)


def _problem_text(problem: Any) -> str:
    """``ValidationFailed.problems`` holds ``(field, message)`` pairs."""
    if isinstance(problem, tuple) and len(problem) == 2:
        message = str(problem[1])
        return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
    return str(problem)


class NewRecordDialog(QDialog):
    """Creates the record through ``services.records.create``; ``created_record`` after accept."""

    def __init__(self, services: Any, default_suite: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewRecordDialog()
        self.ui.setupUi(self)
        self._services = services
        self.created_record: Record | None = None

        for suite in services.records.suites():
            self.ui.suiteCombo.addItem(f"{suite.name} ({suite.code})", suite.code)
        if default_suite is not None:
            index = self.ui.suiteCombo.findData(default_suite)
            if index >= 0:
                self.ui.suiteCombo.setCurrentIndex(index)
        for value, text in DOB_STATUS_CHOICES:
            self.ui.dobStatusCombo.addItem(text, value.value)
        for value, text in GENDER_CHOICES:
            self.ui.genderCombo.addItem(text, value.value)
        today = QDate.currentDate()
        self.ui.dobEdit.setMaximumDate(today)
        self.ui.dobEdit.setMinimumDate(today.addYears(-30))
        self.ui.dobEdit.setDate(today.addYears(-15))
        self.ui.dobEdit.setEnabled(False)
        self.ui.errorLabel.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Create and open")
        ok.setAccessibleName("Create the record and open the checklist")
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_create_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.dobStatusCombo.currentIndexChanged.connect(self._on_dob_status_changed)

    # -- reading the form ----------------------------------------------------------
    def child(self) -> Child:
        status = DobStatus(self.ui.dobStatusCombo.currentData())
        dob = self.ui.dobEdit.date().toPython() if status is not DobStatus.UNKNOWN else None
        return Child(
            surname=self.ui.surnameEdit.text().strip(),
            forenames=self.ui.forenamesEdit.text().strip(),
            date_of_birth=dob,
            dob_status=status,
            gender=Gender(self.ui.genderCombo.currentData()),
        )

    def custody_number(self) -> str:
        return self.ui.custodyNumberEdit.text().strip()

    def suite(self) -> str | None:
        return self.ui.suiteCombo.currentData()

    def error_text(self) -> str:
        """The problem shown in the dialog, or an empty string."""
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    # -- handlers ------------------------------------------------------------------
    def _on_dob_status_changed(self, _index: int) -> None:
        known = self.ui.dobStatusCombo.currentData() != DobStatus.UNKNOWN.value
        self.ui.dobEdit.setEnabled(known)
        if known:
            self.ui.dobEdit.setFocus()

    def _on_create_clicked(self) -> None:
        problem, field = self._first_problem()
        if problem:
            self._show_problem(problem, field)
            return
        from custody_checklist.services.errors import ValidationFailed

        try:
            record = self._services.records.create(self.custody_number(), self.suite(), self.child())
        except ValidationFailed as exc:
            problems = getattr(exc, "problems", None) or [exc]
            self._show_problem("\n".join(_problem_text(p) for p in problems), None)
            return
        self.created_record = record
        self.accept()

    def _first_problem(self) -> tuple[str, QWidget | None]:
        ui = self.ui
        number = self.custody_number()
        if not number:
            return "Enter the custody number.", ui.custodyNumberEdit
        if self.suite() is None:
            return "Choose the custody suite (none is configured: ask the administrator).", ui.suiteCombo
        if not ui.surnameEdit.text().strip():
            return (
                "Enter the child's surname. If the child will not give it, type UNKNOWN "
                "and correct it later.",
                ui.surnameEdit,
            )
        existing = self._services.records.get_by_reference(number)
        if existing is not None:
            return (
                f"Custody number {number} is already used by {existing.child.display_name}. "
                "Check the number, or open that record with File > Open record.",
                ui.custodyNumberEdit,
            )
        return "", None

    def _show_problem(self, text: str, field: QWidget | None) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setAccessibleDescription(text)
        self.ui.errorLabel.show()
        if field is not None:
            field.setFocus()
            if hasattr(field, "selectAll"):
                field.selectAll()
