"""Log in (start of a session, unlock, switch user): login name and password, checked by
``services.accounts``; wrong passwords and lockouts are shown in words and logged there.

At start-up the dialog may be shown before the database is open (gui/startup.py): the
person types while it opens, and a "Log in" pressed before then is checked as soon as
:meth:`LoginDialog.attach_services` brings the services."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from custody_checklist.gui.forms.ui_login_dialog import Ui_LoginDialog
from custody_checklist.services.errors import AuthenticationFailed


class LoginDialog(QDialog):
    def __init__(self, services: Any | None, parent: QWidget | None = None, *, username: str = "",
                 intro: str = "", purpose: str = "login"):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.services: Any = None
        self.purpose = purpose
        self.actor: Any = None
        self._submitted = False  # "Log in" pressed before the services were ready
        if intro:
            self.ui.introLabel.setText(intro)
        self.ui.usernameEdit.setText(username)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Log in")
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
        self._connect_callbacks()
        if services is None:
            self.show_note("Opening the database… you can type your login name and password now.")
        else:
            self.attach_services(services)

    def _connect_callbacks(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    def attach_services(self, services: Any) -> None:
        """The database is open: offer the login names, and check a login already asked for."""
        self.services = services
        self.ui.usernameEdit.setCompleter(QCompleter(services.accounts.login_names(), self))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if self._submitted:
            self._submitted = False
            self._on_accepted()
        else:
            self.ui.messageLabel.clear()

    def _on_accepted(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        if not username:
            self.show_message("Enter your login name.")
            self.ui.usernameEdit.setFocus()
            return
        if self.services is None:  # still opening: checked when attach_services comes
            self._submitted = True
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.show_note("Opening the database… you will be logged in as soon as it is open.")
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

    def show_note(self, text: str) -> None:
        """A neutral line (not an error) under the fields."""
        self.ui.messageLabel.setText(f"<span style='color:#3c4043'>{html.escape(text)}</span>")

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
