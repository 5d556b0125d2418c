"""Log in (start of a session, unlock, switch user): login name and password, checked by
``services.accounts``; wrong passwords and lockouts are shown in words and logged there."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from custody_checklist.gui.forms.ui_login_dialog import Ui_LoginDialog
from custody_checklist.services.errors import AuthenticationFailed


class LoginDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None, *, username: str = "",
                 intro: str = "", purpose: str = "login"):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.services = services
        self.purpose = purpose
        self.actor: Any = None
        if intro:
            self.ui.introLabel.setText(intro)
        self.ui.usernameEdit.setCompleter(QCompleter(services.accounts.login_names(), self))
        self.ui.usernameEdit.setText(username)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Log in")
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_accepted(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        if not username:
            self.show_message("Enter your login name.")
            self.ui.usernameEdit.setFocus()
            return
        try:
            self.actor = self.services.accounts.authenticate(username, self.ui.passwordEdit.text(),
                                                             purpose=self.purpose)
        except AuthenticationFailed as exc:
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            self.show_message(str(exc).capitalize() + ".")
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(f"<b style='color:#a40000'>{text}</b>")


def start_session(services: Any, parent: QWidget | None = None) -> bool:
    """At start-up: create the first administrator if there are no accounts, then log in.

    Returns False when the person cancels the login (the app then quits). Cancelling the
    first-administrator dialog keeps the bootstrap local operator, as before accounts.
    """
    from custody_checklist.gui.users_admin_dialog import UserEditDialog

    if not services.accounts.accounts_exist() and not UserEditDialog(
        services, parent, first_admin=True
    ).exec():
        return True
    dialog = LoginDialog(services, parent)
    if not dialog.exec() or dialog.actor is None:
        return False
    services.set_actor(dialog.actor)
    return True
