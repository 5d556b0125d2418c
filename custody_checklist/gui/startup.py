"""Start-up: the first screen at once, the database opened behind it.

Importing SQLAlchemy and the models and opening and checking the database take most of
a second on a custody terminal, several times what the window itself needs. So the
first screen is shown straight away, and the services are opened on a worker thread
(:class:`ServicesOpener`) while Qt paints and the person reads or types:

* usually the main window, saying "Opening the database…" with the actions that need
  the database disabled; the board fills in when the services are ready;
* on a terminal where people log in (accounts existed at the last start, remembered in
  QSettings), the login dialog: the person types while the database opens, and a
  "Log in" pressed before then is checked as soon as it is open.

Then the GUI thread carries on as the app always has: login if accounts exist, the
first-run demo offer, the first administrator, and the board.

Threads: the worker only imports modules and opens the services. Before handing them
over it closes the connections it made, so no connection is ever used by a thread other
than the one that made it; an in-memory SQLite database (one connection per thread) is
opened on the GUI thread instead. An error while opening is shown in the same words as
before (:func:`app.describe_open_error`), and quitting while the database is still
opening waits for the worker (:meth:`Startup.wait`), so a migration is not cut short.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger("custody_checklist.gui.startup")

# True when the last start found user accounts: the login dialog is then the first screen.
LOGIN_FIRST_KEY = "startup/login_first"
# Quitting while the database opens waits this long for it (a migration can take a while).
QUIT_WAIT_SECONDS = 120.0


def open_in_worker(context: Any) -> Any | None:
    """Open the services for the GUI on a worker thread (None: open them on the GUI thread).

    ``context`` is the command line's CliContext. The connections made here are closed
    before the services are handed over; the rules engine is imported here too, so the
    first board does not wait for it.
    """
    from custody_checklist.config import resolve_database_url
    from custody_checklist.storage.database import is_in_memory

    if is_in_memory(resolve_database_url(context.database_url, context.config())):
        return None
    services = context.services()
    services.settings  # noqa: B018  (imports the rules engine, used by the board)
    services.release_connections()
    return services


class ServicesOpener(QObject):
    """Runs ``open_services`` on a worker thread; ``opened`` or ``failed`` arrive on the GUI thread."""

    opened = Signal(object)  # the services, or None: open them on the GUI thread
    failed = Signal(object)  # the exception
    _worker_done = Signal(object, object)  # emitted by the worker, queued to the GUI thread

    def __init__(self, open_services: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = open_services
        self._thread: threading.Thread | None = None
        self._worker_done.connect(self._on_worker_done)

    def start(self) -> None:
        if self._thread is None:
            # A daemon thread, so a worker stuck on an unanswering file system or server
            # cannot keep the process alive for ever after wait() has given up on it.
            self._thread = threading.Thread(target=self._run, name="open-services", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Until the worker has finished (at once if it never started); False if it has not."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        try:
            services = self._open()
        except BaseException as exc:  # every failure is reported to the GUI thread
            self._worker_done.emit(None, exc)
        else:
            self._worker_done.emit(services, None)

    def _on_worker_done(self, services: Any, error: BaseException | None) -> None:
        if error is not None:
            self.failed.emit(error)
        else:
            self.opened.emit(services)


class FirstPaint(QObject):
    """Calls ``callback`` once ``root`` (or one of the widgets in ``also``) has been painted.

    A zero timer set after ``show()`` fires before Qt paints, so it is set from the first
    paint event instead: it then runs once that paint is done (Qt paints all of a window's
    widgets in one pass). A window's first paint includes the window itself, its background
    under its children; ``also`` names widgets that may later be painted without it.

    Only the paint events of these widgets are watched, by a filter on each. A filter on
    the whole application (as this once was) is a call into Python for every event of
    every widget while the window is laid out and painted, and makes PySide create
    Python types, and their enums, for Qt's private widget classes: that was most of the
    time from ``show()`` to the first paint (docs/gui-speed.md).

    If no paint comes (a window opened minimised, or deleted first), ``callback`` runs
    after ``fallback_ms`` all the same.
    """

    def __init__(self, root: QWidget, callback: Callable[[], None], parent: QObject,
                 fallback_ms: int = 1000, also: tuple[QWidget, ...] = ()) -> None:
        super().__init__(parent)  # not root: a root closed and deleted first must not drop the callback
        self._watched = (root, *also)
        self._callback: Callable[[], None] | None = callback
        for widget in self._watched:
            widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            self._stop_watching()
            QTimer.singleShot(0, self, self._fire)
        return False

    def _stop_watching(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = ()

    def _fire(self) -> None:
        self._stop_watching()
        callback, self._callback = self._callback, None
        if callback is not None:
            self.deleteLater()
            callback()


class Startup(QObject):
    """From the first screen to the main window showing the board."""

    shown = Signal()  # the first screen has been painted
    ready = Signal()  # the main window shows the board (services attached, painted)
    quit_requested = Signal(int)  # start-up ended without a board (cancelled, error): exit code

    def __init__(self, open_in_worker: Callable[[], Any], open_here: Callable[[], Any] | None = None, *,
                 unattended: bool = False, parent: QObject | None = None) -> None:
        """``open_in_worker`` runs on the worker thread and returns the services, or None to
        have ``open_here`` open them on the GUI thread. ``unattended`` skips the first-run
        demo question and first-administrator dialog (the installer's smoke test)."""
        super().__init__(parent)
        self._open_here = open_here
        self._unattended = unattended
        self.window: Any = None
        self._window_shown = False  # False while the main window is built behind the login
        self.login: Any = None
        self.services: Any = None
        self.backup_scheduler: Any = None
        self._ended = False  # quit asked for: services that arrive later are left alone
        # The command line pauses the garbage collector for the start (cli/__init__.py).
        self._resume_gc = not gc.isenabled()
        self.opener = ServicesOpener(open_in_worker, self)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_failed)

    # -- the first screen ------------------------------------------------------------
    def begin(self) -> None:
        """Show the first screen; the database is opened once it has been painted."""
        if QSettings().value(LOGIN_FIRST_KEY, False, type=bool):
            from custody_checklist.gui.login_dialog import LoginDialog

            # Only start-up decides when to quit while the login dialog is the only window.
            QApplication.setQuitOnLastWindowClosed(False)
            self.login = LoginDialog(None)
            self.login.finished.connect(self._on_login_finished)
            self.login.show()
        else:
            self._show_window(None)
        FirstPaint(self.login or self.window, self._on_first_screen_shown, self)

    def _on_first_screen_shown(self) -> None:
        self.shown.emit()
        self.opener.start()

    def _show_window(self, services: Any | None) -> None:
        if self.window is None:
            from custody_checklist.gui.main_window import MainWindow

            self.window = MainWindow(services)
        elif services is not None:  # built behind the login dialog (_prepare_window)
            self.window.attach_services(services)
        self.window.show()
        self._window_shown = True
        QApplication.setQuitOnLastWindowClosed(True)  # closing the main window quits

    def _prepare_window(self) -> None:
        """While the person is still typing at the login dialog: build the main window,
        hidden, and import what the board needs, so that after Log in only checking the
        password and reading and painting the board are left (measured in bench_gui.py)."""
        if self.window is not None or self.login is None or self._ended:
            return
        try:
            from custody_checklist.gui import board_view, records_view, session  # noqa: F401
            from custody_checklist.gui.main_window import MainWindow

            self.window = MainWindow(None)
        except Exception:  # only a head start: after Log in the window is built as before
            log.exception("the main window could not be built while the login was typed")

    def wait(self, timeout: float | None = QUIT_WAIT_SECONDS) -> None:
        """At exit: let a database that is still opening finish (see the module docstring).

        A database still not open after ``timeout`` seconds is left: its transaction (a
        migration too) is rolled back by the database when the process ends.
        """
        if self.opener.running:
            log.info("waiting for the database to finish opening before quitting")
        if not self.opener.wait(timeout):
            log.warning("quitting after %s s although the database has not finished opening", timeout)

    # -- the services are open ---------------------------------------------------------
    def _shown_window(self) -> Any:
        """The main window if it is on screen (not while it is built behind the login)."""
        return self.window if self._window_shown else None

    def _abandoned(self) -> bool:
        """Quit asked for, or the main window closed while the database was opening."""
        if self.window is not None and self._window_shown and not self.window.isVisible():
            self._ended = True  # the app is quitting (last window closed)
        return self._ended

    def _gc_resumed(self) -> None:
        if self._resume_gc:
            self._resume_gc = False
            gc.enable()

    def _on_opened(self, services: Any | None) -> None:
        self._gc_resumed()
        if self._abandoned():
            return
        try:
            if services is None:  # in-memory SQLite: opened on this thread
                assert self._open_here is not None, "open_in_worker returned None without open_here"
                services = self._open_here()
            self.services = services
            accounts = bool(services.accounts.accounts_exist())
        except Exception as exc:  # as if opening had failed: words in a box
            self._on_failed(exc)
            return
        QSettings().setValue(LOGIN_FIRST_KEY, accounts)
        if self.login is not None:
            if accounts:
                self.login.attach_services(services)  # carries on in _on_login_finished
                if self.login is not None:  # not logged in yet: use the time it takes
                    QTimer.singleShot(0, self, self._prepare_window)
                return
            # Accounts existed at the last start but not in this database: no login.
            login, self.login = self.login, None
            login.finished.disconnect(self._on_login_finished)
            login.close()
            login.deleteLater()
        elif accounts:
            from custody_checklist.gui.login_dialog import start_session

            self.window.show_waiting("Log in to see the board.")
            if not start_session(services, self.window):
                self._quit(0)
                return
        self._finish()

    def _on_login_finished(self, result: int) -> None:
        login, self.login = self.login, None
        login.deleteLater()
        if result != QDialog.DialogCode.Accepted or login.actor is None:
            self._quit(0)  # cancelled: the app quits, as it always has
            return
        self.services.set_actor(login.actor)
        self._finish()

    def _finish(self) -> None:
        """The first-run offers (as before), then the board.

        A database error on the way (the first reads of suites and board) is shown as an
        error opening it: the app cannot start without them.
        """
        from sqlalchemy.exc import SQLAlchemyError

        from custody_checklist.storage.database import DatabaseError

        try:
            self._offer_then_show_board()
        except (SQLAlchemyError, DatabaseError, OSError) as exc:
            self._on_failed(exc)

    def _offer_then_show_board(self) -> None:
        from custody_checklist.gui.app import offer_demo
        from custody_checklist.gui.backup_scheduler import install_backup_scheduler

        services = self.services
        parent = self._shown_window()
        if not self._unattended:
            offer_demo(services, parent)
            if not services.actor.username:
                from custody_checklist.gui.login_dialog import start_session

                if not start_session(services, parent):
                    self._quit(0)  # first run: create the first administrator (or load the demo), then log in
                    return
        if not self._window_shown:
            self._show_window(services)
        else:
            self.window.attach_services(services)
        self.backup_scheduler = install_backup_scheduler(services, self.window)
        self.window.backup_scheduler = self.backup_scheduler
        # once the board has been painted: with the window, or alone if the window was on screen
        FirstPaint(self.window, self.ready.emit, self, also=(self.window.board,))

    def _on_failed(self, exc: BaseException) -> None:
        from custody_checklist.gui.app import explain_open_error

        self._gc_resumed()
        if self._abandoned():
            log.warning("after quitting, the database could not be opened: %s", exc)
            return
        explain_open_error(exc, self._shown_window() or self.login)
        self._quit(2)

    def _quit(self, code: int) -> None:
        self._ended = True
        self._gc_resumed()
        for screen in (self.login, self.window):
            if screen is not None:
                screen.hide()
        QApplication.setQuitOnLastWindowClosed(True)
        self.quit_requested.emit(code)
