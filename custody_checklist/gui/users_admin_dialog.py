"""User accounts for administrators; also the first-run "create the first administrator".

Nothing here shows or can read a password hash: the services return ``has_password`` only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.services.actor import ALL_ROLES
from custody_checklist.services.errors import ServiceError


class UserEditDialog(QDialog):
    """Add an account (``user`` None) or change one's details, roles and suites."""

    def __init__(self, services: Any, parent: QWidget | None = None, *, user: Any = None,
                 first_admin: bool = False):
        super().__init__(parent)
        self.services, self.user = services, user
        self.setWindowTitle("Create the first administrator" if first_admin else
                            ("Change user" if user else "Add user"))
        layout = QVBoxLayout(self)
        if first_admin:
            intro = QLabel("No user accounts exist yet. Create the administrator account who will "
                           "add the sergeants, inspectors and auditors.", self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "", self)
        self.username.setEnabled(user is None)
        self.full_name = QLineEdit(user.full_name if user else "", self)
        self.rank = QLineEdit(user.rank if user else "", self)
        self.collar = QLineEdit(user.collar_number if user else "", self)
        self.suites = QLineEdit(", ".join(user.suites) if user else "", self)
        self.suites.setPlaceholderText("suite codes, comma separated; empty: every suite")
        form.addRow("&Login name:", self.username)
        form.addRow("&Full name:", self.full_name)
        form.addRow("&Rank:", self.rank)
        form.addRow("&Collar / staff no.:", self.collar)
        roles = QHBoxLayout()
        self.role_boxes = {}
        for role in ALL_ROLES:
            box = QCheckBox(role, self)
            box.setChecked(role in (user.roles if user else (("administrator",) if first_admin else ())))
            self.role_boxes[role] = box
            roles.addWidget(box)
        form.addRow("Roles:", roles)
        form.addRow("&Suites:", self.suites)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            form.addRow("&Password (12+ characters):", self.password)
            form.addRow("Password &again:", self.password_again)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _on_accepted(self) -> None:
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        suites = [s.strip() for s in self.suites.text().split(",") if s.strip()]
        try:
            if self.user is None:
                if self.password.text() != self.password_again.text():
                    raise ServiceError("the two passwords differ")
                self.services.accounts.add_user(
                    self.username.text(), self.full_name.text(), roles=roles, suites=suites,
                    rank=self.rank.text(), collar_number=self.collar.text(), password=self.password.text())
            else:
                self.services.accounts.update_user(
                    self.user.username, full_name=self.full_name.text(), rank=self.rank.text(),
                    collar_number=self.collar.text(), roles=roles, suites=suites)
        except ServiceError as exc:
            self.error.setText(f"<b style='color:#a40000'>{exc}</b>")
            return
        self.accept()


class UsersAdminDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle("User accounts")
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(["Login", "Name", "Rank", "No.", "Roles", "Suites", "State"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for text, slot in (("&Add…", self._on_add), ("&Change…", self._on_change),
                           ("&Reset password…", self._on_reset), ("&Unlock", self._on_unlock),
                           ("&Disable / enable", self._on_toggle)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(1000, 460)
        self.reload()

    def reload(self) -> None:
        self.users = self.services.accounts.list_users()
        self.table.setRowCount(len(self.users))
        for index, user in enumerate(self.users):
            state = "active" if user.active else "disabled"
            if user.locked_until:
                state += ", locked"
            for column, value in enumerate([user.username, user.full_name, user.rank, user.collar_number,
                                            ", ".join(user.roles), ", ".join(user.suites) or "all", state]):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _run(self, call: Any) -> None:
        try:
            call()
        except ServiceError as exc:
            QMessageBox.warning(self, "User accounts", str(exc))
        self.reload()

    def _on_add(self) -> None:
        if UserEditDialog(self.services, self).exec():
            self.reload()

    def _on_change(self) -> None:
        user = self.selected()
        if user and UserEditDialog(self.services, self, user=user).exec():
            self.reload()

    def _on_reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, "Reset password", f"New password for {user.username}:",
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: self.services.accounts.reset_password(user.username, password))

    def _on_unlock(self) -> None:
        user = self.selected()
        if user:
            self._run(lambda: self.services.accounts.unlock(user.username))

    def _on_toggle(self) -> None:
        user = self.selected()
        if user:
            self._run(lambda: self.services.accounts.update_user(user.username, active=not user.active))
