"""The signed-in session of the main window: who is acting, lock / switch user, idle lock,
and the menu entries for the review queue, the audit log and user accounts.

Installed on :class:`MainWindow` by :func:`install`. The idle lock watches keyboard,
mouse, wheel and touch input in all of the app's windows and locks after
``idle_lock_minutes`` (config file). The menu entries are shown only to roles that can
use them; the services check again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTouchEvent,
    QWheelEvent,
    QWindow,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from custody_checklist.services.actor import ADMINISTRATOR, AUDITOR, INSPECTOR

# A key press that triggers a shortcut reaches the window only as ShortcutOverride and
# KeyRelease (the shortcut takes the press itself), so all three count.
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                 QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate}
#: The classes those events come as, checked before the type (reading ``event.type()``
#: makes a Python enum each time; exposes and resizes are none of these classes).
_INPUT_CLASSES = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent)


class SessionController(QObject):
    def __init__(self, window: QMainWindow, services: Any):
        super().__init__(window)
        self.window = window
        self.services = services
        self.lock_screen: Any = None
        self.user_label = QLabel(window)
        self.user_label.setAccessibleName("Logged-in user")
        window.statusBar().addPermanentWidget(self.user_label)
        tools = window.ui.menuTools
        self.action_lock = self._action(window.ui.menuFile, "&Lock / switch user", "Ctrl+L", self.lock)
        window.ui.menuFile.insertAction(window.ui.actionQuit, self.action_lock)
        window.ui.toolBar.addAction(self.action_lock)
        self.action_queue = self._action(tools, "&Review queue…", "Ctrl+Shift+Q", self.show_review_queue)
        self.action_audit_log = self._action(tools, "Audit &log…", "Ctrl+Shift+L", self.show_audit_log)
        self.action_users = self._action(tools, "&User accounts…", "", self.show_users)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        minutes = int(getattr(services.config, "idle_lock_minutes", 5) or 5)
        self.idle_timer.setInterval(minutes * 60_000)
        self.idle_timer.timeout.connect(self._on_idle)
        self._watch_windows()
        self.update_for_actor()
        self.idle_timer.start()

    def _action(self, menu: Any, text: str, shortcut: str, slot: Any) -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        return action

    # -- who -------------------------------------------------------------------------
    def update_for_actor(self) -> None:
        actor = self.services.actor
        logged_in = bool(actor.username)
        self.user_label.setText(f"Logged in: {actor.display_name} ({', '.join(sorted(actor.roles))})"
                                if logged_in else f"Local operator {actor.name}: no accounts yet")
        self.action_lock.setEnabled(logged_in)
        self.action_queue.setVisible(actor.has(INSPECTOR))
        self.action_audit_log.setVisible(actor.has(ADMINISTRATOR, AUDITOR))
        self.action_users.setVisible(actor.has(ADMINISTRATOR))

    # -- locking ---------------------------------------------------------------------
    def _watch_windows(self) -> None:
        """The idle watch: an event filter on each of the app's windows (QWindow), not on
        the application.

        Input from the system reaches a window before the widget it is for, so a filter
        there sees the window's keys, clicks, moves, wheel and touch, and little else. A
        filter on the application would also see every event that widgets send one another
        while a window is built, laid out and painted (thousands when a record opens, each
        a call into Python). The windows open now are watched at once, and every other
        window from when it first has the focus, as the window one types in has. What
        reaches a window never focused is not seen (mouse movement over it; on some
        systems, an open menu's clicks, whose keys still go to the focused window): the
        lock can then come sooner than it would, never later.
        """
        app = QGuiApplication.instance()
        for window in app.topLevelWindows():
            window.installEventFilter(self)
        app.focusWindowChanged.connect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # a filter installed again is not added twice

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, _INPUT_CLASSES) and event.type() in _INPUT_EVENTS \
                and self.lock_screen is None:
            self.idle_timer.start()
        return False

    def _on_idle(self) -> None:
        if self.services.actor.username and self.lock_screen is None:
            self.lock(reason="idle")

    def lock(self, reason: str = "key") -> None:
        """Save typing, hide record windows, cover the main window until someone logs in."""
        if not self.services.actor.username or self.lock_screen is not None:
            return
        from custody_checklist.gui.lock_screen import LockScreen

        editors = list(self.window.open_editors().values())
        for editor in editors:
            flush = getattr(editor, "flush", None)
            if flush is not None:
                flush()
            editor.hide()
        self.services.accounts.log_session_event("lock", {"reason": reason})
        locked = self.services.actor
        self.lock_screen = LockScreen(self.services, locked, self.window)
        self.lock_screen.show()
        self.lock_screen.accepted.connect(lambda: self._on_unlocked(editors))

    def _on_unlocked(self, editors: list[Any]) -> None:
        screen, self.lock_screen = self.lock_screen, None
        if screen.same_user:
            for editor in editors:
                editor.show()
        else:
            self.services.accounts.log_session_event("logout", {"next_user": screen.actor.username})
            for editor in editors:
                editor.close()  # typing was saved under the first user when the terminal locked
            self.services.set_actor(screen.actor)
            self.update_for_actor()
            refresh = getattr(self.window, "refresh_views", None)
            if refresh is not None:
                refresh()
        screen.deleteLater()
        self.idle_timer.start()

    # -- windows ---------------------------------------------------------------------
    def show_review_queue(self) -> None:
        from custody_checklist.gui.review_queue import ReviewQueueDialog

        ReviewQueueDialog(self.services, self.window.open_record, self.window).exec()

    def show_audit_log(self) -> None:
        from custody_checklist.gui.audit_log_view import AuditLogDialog
        from custody_checklist.services.errors import ServiceError

        try:
            AuditLogDialog(self.services, self.window).exec()
        except ServiceError as exc:
            QMessageBox.warning(self.window, "Audit log", str(exc))

    def show_users(self) -> None:
        from custody_checklist.gui.users_admin_dialog import UsersAdminDialog

        UsersAdminDialog(self.services, self.window).exec()


def install(window: QMainWindow, services: Any) -> SessionController:
    return SessionController(window, services)
