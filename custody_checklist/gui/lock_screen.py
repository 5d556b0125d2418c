"""The lock screen of a shared custody terminal.

Locking hides the record windows (nothing is closed, so unsaved typing, already
autosaved at the moment of locking, is exactly where it was) and covers the main window
with this opaque dialog. The same person unlocking gets everything back as it was.
A different person logging in starts their own session: the first user's record windows
are closed (their work was autosaved under their own name when the terminal locked) so
nothing they had open is shown to, or changed in the name of, the next user.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from custody_checklist.gui.login_dialog import LoginDialog
from custody_checklist.services.errors import AuthenticationFailed


class LockScreen(QDialog):
    """Modal, opaque, covers ``cover``; accept() once someone has logged in (``actor``)."""

    def __init__(self, services: Any, locked_actor: Any, cover: QWidget):
        super().__init__(cover)
        self.setObjectName("lockScreen")
        self.setWindowTitle("Terminal locked · Custody Child Checklist")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #1f2d3d; } #lockScreen QLabel#lockTitle { color: white; }")
        self.services = services
        self.locked_actor = locked_actor
        self.actor: Any = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(f"<h2>Locked</h2><p>{locked_actor.display_name} locked this terminal. "
                       "Unlock with your password, or log in as yourself to start your own session.</p>")
        title.setObjectName("lockTitle")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.login = LoginDialog(services, self, username=locked_actor.username, purpose="unlock",
                                 intro="Enter the password to unlock, or change the login name to switch user.")
        self.login.setWindowFlags(Qt.WindowType.Widget)
        self.login.setAutoFillBackground(True)
        self.login.setFixedWidth(480)
        self.login.ui.buttonBox.button(self.login.ui.buttonBox.StandardButton.Cancel).hide()
        self.login.ui.buttonBox.accepted.disconnect()
        self.login.ui.buttonBox.accepted.connect(self._on_unlock)
        self.login.ui.passwordEdit.returnPressed.connect(self._on_unlock)
        layout.addWidget(self.login, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setGeometry(cover.geometry())

    def _on_unlock(self) -> None:
        username = self.login.ui.usernameEdit.text().strip().lower()
        purpose = "unlock" if username == self.locked_actor.username else "login"
        try:
            self.actor = self.services.accounts.authenticate(username, self.login.ui.passwordEdit.text(),
                                                             purpose=purpose)
        except AuthenticationFailed as exc:
            self.login.ui.passwordEdit.clear()
            self.login.show_message(str(exc).capitalize() + ".")
            return
        self.accept()

    def reject(self) -> None:  # Escape must not unlock
        return

    @property
    def same_user(self) -> bool:
        return self.actor is not None and self.actor.username == self.locked_actor.username
