"""Sign off (or return) a submitted record: an acknowledgement per open breach, a comment,
and the inspector's password typed again as the electronic signature."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from custody_checklist.gui.forms.ui_signoff_dialog import Ui_SignOffDialog
from custody_checklist.services.errors import ServiceError, ValidationFailed
from custody_checklist.services.workflow import keyed_breaches


class SignOffDialog(QDialog):
    def __init__(self, services: Any, record: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignOffDialog()
        self.ui.setupUi(self)
        self.services, self.record = services, record
        self.signed: Any = None
        actor = services.actor
        self.ui.summaryLabel.setText(
            f"<p>You are signing off <b>{record.custody_number}</b> ({record.child.display_name}) as "
            f"<b>{actor.display_name}</b>. The content is fixed by a hash; later changes need an "
            "amendment and your sign-off again.</p>")
        self.ack_edits: dict[str, QLineEdit] = {}
        breaches = keyed_breaches(services.workflow.open_breaches(record))
        for key, finding in breaches:
            label = QLabel(f"<b>{finding.message}</b> <i>({finding.source})</i>", self.ui.breachesHost)
            label.setWordWrap(True)
            edit = QLineEdit(self.ui.breachesHost)
            edit.setPlaceholderText("Your acknowledgement: why it happened, what was done")
            edit.setAccessibleName(f"Acknowledgement: {finding.message}")
            self.ui.breachesLayout.addWidget(label)
            self.ui.breachesLayout.addWidget(edit)
            self.ack_edits[key] = edit
        self.ui.breachesLayout.addStretch(1)
        if not breaches:
            self.ui.breachesBox.setTitle("No open breaches")
            self.ui.breachesScroll.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Sign off")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self._on_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.resize(760, 560 if breaches else 320)

    def _on_accepted(self) -> None:
        acks = {key: edit.text() for key, edit in self.ack_edits.items()}
        try:
            self.signed = self.services.workflow.sign(
                self.record.id, self.record.version, self.ui.passwordEdit.text(),
                self.ui.commentEdit.toPlainText(), acks)
        except ValidationFailed as exc:
            for key, _message in exc.problems:
                if key in self.ack_edits:
                    self.ack_edits[key].setFocus()
                    break
            self._error(str(exc))
            return
        except ServiceError as exc:
            self.ui.passwordEdit.clear()
            self._error(str(exc))
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(f"<b style='color:#a40000'>Not signed: {text}</b>")
        self.ui.errorLabel.show()
