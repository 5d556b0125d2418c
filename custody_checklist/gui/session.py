"""The signed-in session of the main window: who is acting, lock / switch user, idle lock,
and the menu entries for the review queue, the audit log and user accounts.

Installed on :class:`MainWindow` by :func:`install`. The idle lock watches keyboard and
mouse input application-wide and locks after ``idle_lock_minutes`` (config file). The
menu entries are shown only to roles that can use them; the services check again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QTouchEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from custody_checklist.services.actor import ADMINISTRATOR, AUDITOR, INSPECTOR

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}
#: The classes those events come as: checked first, as the watch sees every event in the
#: application and reading ``event.type()`` makes a Python enum each time (most of the
#: watch's cost per event; paints, timers and layout requests are none of these classes).
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
        self._paused = 0  # input_watch_paused() depth
        self._restart_idle_on_resume = False  # a pause kept the watch off after its work
        QApplication.instance().installEventFilter(self)
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
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, _INPUT_CLASSES) and event.type() in _INPUT_EVENTS \
                and self.lock_screen is None:
            self.idle_timer.start()
        return False

    @contextmanager
    def input_watch_paused(self, resume_after_ms: int = 0) -> Iterator[None]:
        """Around synchronous work that builds many widgets (opening a record): no user input
        can arrive before it returns, so the idle watch is spared the thousands of events
        the work sends itself (each a call into Python: about a quarter of opening a record).

        ``resume_after_ms`` keeps the watch off that much longer, while Qt lays out, polishes
        and paints what was built (hundreds more events). Input can arrive in that time, so
        when the watch resumes the idle wait starts again: the work was asked for by someone
        at the terminal, and a key pressed while the watch was off then cannot bring the
        lock sooner than it should. (Input that comes during the synchronous work itself
        waits in the queue and is seen once the watch is back: no restart is needed then,
        so work nobody asked for, such as building a spare record window, leaves the idle
        wait alone.)
        """
        app = QApplication.instance()
        self._paused += 1
        if self._paused == 1 and app is not None:
            app.removeEventFilter(self)
        try:
            yield
        finally:
            if resume_after_ms > 0:
                QTimer.singleShot(resume_after_ms, self, lambda: self._resume_input_watch(restart_idle=True))
            else:
                self._resume_input_watch(restart_idle=False)

    @property
    def input_watch_active(self) -> bool:
        return self._paused == 0

    def _resume_input_watch(self, restart_idle: bool) -> None:
        self._paused -= 1
        # Kept until the watch is really back, whichever nested pause ends last.
        self._restart_idle_on_resume = self._restart_idle_on_resume or restart_idle
        app = QApplication.instance()
        if self._paused == 0 and app is not None:
            app.installEventFilter(self)
            if self._restart_idle_on_resume:
                self.idle_timer.start()
            self._restart_idle_on_resume = False

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
