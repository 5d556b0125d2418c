"""Start-up: the first screen is shown at once and the database opened on a worker thread.

Driven through :class:`Startup` with the real worker (``open_in_worker`` on a real
CliContext), held at a gate so the "opening" state can be looked at before the services
arrive. The same clear messages as before are shown when opening fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from argon2 import PasswordHasher
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import Engine, event, text

from custody_checklist.cli.context import CliContext
from custody_checklist.config import DeploymentConfig, NamedEntry
from custody_checklist.gui import app as gui_app
from custody_checklist.gui.login_dialog import LoginDialog
from custody_checklist.gui.main_window import RECORDS_TAB
from custody_checklist.gui.startup import LOGIN_FIRST_KEY, ServicesOpener, Startup, open_in_worker
from custody_checklist.services.app_services import open_services
from tests.gui.conftest import SUITE_A, SUITE_B, child_record

PASSWORD = "correct horse battery"
CONFIG = DeploymentConfig(suites=(NamedEntry(SUITE_A, "Testshire Alpha"), NamedEntry(SUITE_B, "Testshire Beta")))


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("custody_checklist.services.accounts.make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _quit_on_last_window_restored() -> Iterator[None]:
    yield
    QApplication.setQuitOnLastWindowClosed(True)


def make_database(path: Path, *, accounts: bool = False, children: int = 2) -> str:
    url = f"sqlite:///{path}"
    services = open_services(database_url=url, config=CONFIG)
    services.records.import_records([child_record(f"TSTA/{n:06d}/26", f"Child{n}") for n in range(children)])
    if accounts:
        services.accounts.add_user("admin", "Ada Admin", roles=["administrator"], password=PASSWORD)
        services.login("admin", PASSWORD)
        services.accounts.add_user("ps.a", "Priya Alpha", rank="sergeant", collar_number="2001",
                                   roles=["sergeant"], password=PASSWORD, suites=[SUITE_A])
    services.close()
    return url


class Gate:
    """Holds the worker until the test opens the gate; records the worker's thread."""

    def __init__(self, open_services: Callable[[], Any]) -> None:
        self._open = open_services
        self.event = threading.Event()
        self.thread: threading.Thread | None = None

    def __call__(self) -> Any:
        self.thread = threading.current_thread()
        assert self.event.wait(30), "the test never opened the gate"
        return self._open()


@pytest.fixture
def started(qtbot: Any) -> Iterator[Callable[..., tuple[Startup, Gate, CliContext]]]:
    """Start-up on a database URL, as run_gui does it, with the worker held at a gate."""
    made: list[tuple[Startup, Gate, CliContext]] = []

    def start(url: str, *, unattended: bool = True, gate_open: bool = False) -> tuple[Startup, Gate, CliContext]:
        context = CliContext(database=url)
        gate = Gate(lambda: open_in_worker(context))
        if gate_open:
            gate.event.set()
        startup = Startup(gate, context.services, unattended=unattended)
        quits: list[int] = []
        startup.quit_requested.connect(quits.append)
        startup.quits = quits  # type: ignore[attr-defined]
        made.append((startup, gate, context))
        with qtbot.waitSignal(startup.shown, timeout=10_000):
            startup.begin()
        return startup, gate, context

    yield start
    for startup, gate, context in made:
        gate.event.set()
        startup.wait()
        for screen in (startup.window, startup.login):
            if screen is not None:
                screen.close()
                screen.deleteLater()
        context.close()


def waiting_text(window: Any) -> str:
    label = window.findChild(QLabel, "startupMessage")
    return label.text() if label is not None and label.isVisible() else ""


def test_the_main_window_shows_at_once_and_the_board_fills_when_the_services_are_ready(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "start.sqlite3", children=3)
    startup, gate, _context = started(url)
    window = startup.window
    assert window.isVisible() and not window.services_ready
    assert waiting_text(window) == "Opening the database…"
    assert not window.ui.actionNewChild.isEnabled() and not window.ui.actionSettings.isEnabled()
    assert not window.suite_combo.isEnabled() and not window.ui.tabs.isTabEnabled(RECORDS_TAB)
    assert gate.thread is not None and gate.thread is not threading.current_thread()  # opening, elsewhere

    with qtbot.waitSignal(startup.ready, timeout=30_000):
        gate.event.set()
    assert window.services_ready and waiting_text(window) == ""
    assert window.current_suite() == SUITE_A and window.board.model.rowCount() == 3
    assert window.ui.actionNewChild.isEnabled() and window.ui.tabs.isTabEnabled(RECORDS_TAB)
    assert window.session is not None and startup.quits == []  # type: ignore[attr-defined]
    assert QSettings().value(LOGIN_FIRST_KEY, type=bool) is False


def test_no_connection_is_used_by_a_thread_other_than_the_one_that_made_it(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "threads.sqlite3")
    made_by: dict[int, int] = {}
    crossed: list[str] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        made_by[id(dbapi_connection)] = threading.get_ident()

    def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if made_by.get(id(dbapi_connection), threading.get_ident()) != threading.get_ident():
            crossed.append(threading.current_thread().name)

    event.listen(Engine, "connect", on_connect)
    event.listen(Engine, "checkout", on_checkout)
    try:
        startup, gate, _context = started(url, gate_open=True)
        qtbot.waitUntil(lambda: startup.window.services_ready, timeout=30_000)
        startup.window.board.refresh()
        startup.window.ui.tabs.setCurrentIndex(RECORDS_TAB)  # first search: count and a page
    finally:
        event.remove(Engine, "connect", on_connect)
        event.remove(Engine, "checkout", on_checkout)
    assert len(set(made_by.values())) == 2  # the worker's connections, then the GUI thread's
    assert crossed == []


def test_a_file_that_is_not_a_database_is_explained_as_before(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are not the records you are looking for " * 100)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    startup, gate, _context = started(f"sqlite:///{path}")
    with qtbot.waitSignal(startup.quit_requested, timeout=30_000) as quit_signal:
        gate.event.set()
    assert quit_signal.args == [2]
    [(title, words)] = shown
    assert title == "Cannot open the database"
    assert "is not a Custody Checklist database" in words and "tell the IT service desk" in words
    assert not startup.window.isVisible()


def test_a_database_from_a_newer_version_is_explained_as_before(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_database(tmp_path / "newer.sqlite3")
    engine = open_services(database_url=url).database.engine
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    startup, gate, _context = started(url)
    with qtbot.waitSignal(startup.quit_requested, timeout=30_000) as quit_signal:
        gate.event.set()
    assert quit_signal.args == [2]
    assert [title for title, _ in shown] == ["Database made by a newer version"]
    assert "9999_from_the_future" in shown[0][1]


def test_an_unreachable_postgresql_server_is_explained_as_before(
        qtbot: Any, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    startup, gate, _context = started("postgresql+psycopg://custody:secret-pw@127.0.0.1:9/custody")
    with qtbot.waitSignal(startup.quit_requested, timeout=30_000) as quit_signal:
        gate.event.set()
    assert quit_signal.args == [2]
    [(title, words)] = shown
    assert title == "Cannot open the database" and "secret-pw" not in words
    expected = gui_app.describe_open_error(RuntimeError("x"))[1].split("Details:")[0]
    assert words.startswith(expected)


def test_the_login_dialog_comes_first_where_people_log_in_and_a_login_typed_early_is_checked(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    login = startup.login
    assert isinstance(login, LoginDialog) and login.isVisible() and startup.window is None
    assert "Opening the database" in login.ui.messageLabel.text()
    login.ui.usernameEdit.setText("ps.a")
    login.ui.passwordEdit.setText(PASSWORD)
    login.ui.buttonBox.accepted.emit()  # before the database is open
    assert login.actor is None and "as soon as it is open" in login.ui.messageLabel.text()

    with qtbot.waitSignal(startup.ready, timeout=30_000):
        gate.event.set()
    assert startup.services.actor.username == "ps.a"
    window = startup.window
    assert window.isVisible() and window.board.model.rowCount() == 2
    assert "Priya Alpha" in window.session.user_label.text()
    assert QSettings().value(LOGIN_FIRST_KEY, type=bool) is True


def test_the_main_window_is_built_hidden_while_the_person_types_and_shown_after_log_in(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    """The time spent typing is used to build the main window, so after Log in only the
    password check and the board are left; nothing of the board shows before the login."""
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    login = startup.login
    gate.event.set()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=30_000)
    window = startup.window
    assert login.isVisible() and not window.isVisible() and not window.services_ready
    login.ui.usernameEdit.setText("ps.a")
    login.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        login.ui.buttonBox.accepted.emit()
    assert startup.window is window  # the one built while typing
    assert window.isVisible() and window.board.model.rowCount() == 2
    assert "Priya Alpha" in window.session.user_label.text()


def test_cancelling_the_login_after_the_window_was_built_quits_without_showing_it(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    gate.event.set()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=30_000)
    with qtbot.waitSignal(startup.quit_requested, timeout=5_000) as quit_signal:
        startup.login.reject()
    assert quit_signal.args == [0]
    assert not startup.window.isVisible() and startup.window.board is None


def test_a_database_error_after_log_in_is_explained_though_the_window_was_built_hidden(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hidden main window does not mean the app is quitting: the error is shown."""
    from sqlalchemy.exc import OperationalError

    from custody_checklist.services.records import RecordService

    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    gate.event.set()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=30_000)

    def unreadable(self: Any) -> Any:
        raise OperationalError("SELECT suites", {}, Exception("disk I/O error"))

    monkeypatch.setattr(RecordService, "suites", unreadable)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    startup.login.ui.usernameEdit.setText("ps.a")
    startup.login.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(startup.quit_requested, timeout=30_000) as quit_signal:
        startup.login.ui.buttonBox.accepted.emit()
    assert quit_signal.args == [2]
    assert shown and shown[0][0] == "Cannot open the database" and "disk I/O error" in shown[0][1]


def test_a_main_window_that_cannot_be_built_behind_the_login_is_built_after_it(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """Building ahead is only a head start: if it fails, Log in still shows the board."""
    from custody_checklist.gui.main_window import MainWindow

    real_init = MainWindow.__init__

    def no_window_without_services(self: Any, services: Any, parent: Any = None) -> None:
        if services is None:
            raise RuntimeError("cannot build yet")
        real_init(self, services, parent)

    monkeypatch.setattr(MainWindow, "__init__", no_window_without_services)
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    gate.event.set()
    qtbot.waitUntil(lambda: "could not be built while the login was typed" in caplog.text, timeout=30_000)
    assert startup.window is None
    startup.login.ui.usernameEdit.setText("ps.a")
    startup.login.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        startup.login.ui.buttonBox.accepted.emit()
    assert startup.window.isVisible() and startup.window.board.model.rowCount() == 2


def test_a_wrong_password_typed_while_opening_is_refused_in_words(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    login = startup.login
    login.ui.usernameEdit.setText("ps.a")
    login.ui.passwordEdit.setText("not the password")
    login.ui.buttonBox.accepted.emit()
    gate.event.set()
    qtbot.waitUntil(lambda: login.services is not None, timeout=30_000)
    assert login.actor is None and login.isVisible()
    assert startup.window is None or not startup.window.isVisible()  # no board without a login
    assert "Wrong login name" in login.ui.messageLabel.text()
    assert login.ui.buttonBox.button(login.ui.buttonBox.StandardButton.Ok).isEnabled()


def test_cancelling_the_login_while_opening_quits_once_the_database_is_open(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, context = started(url)
    with qtbot.waitSignal(startup.quit_requested, timeout=5_000) as quit_signal:
        startup.login.reject()
    assert quit_signal.args == [0]
    assert startup.opener.running  # still opening: quitting waits for it
    gate.event.set()
    startup.wait()
    assert not startup.opener.running
    assert context._services is not None  # opened, and closed with the context as the CLI does


def test_a_stale_login_hint_on_a_database_without_accounts_shows_the_board(
        qtbot: Any, tmp_path: Path, started: Any) -> None:
    url = make_database(tmp_path / "no-accounts.sqlite3")
    QSettings().setValue(LOGIN_FIRST_KEY, True)
    startup, gate, _context = started(url)
    login = startup.login
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        gate.event.set()
    assert startup.login is None and (not shiboken6.isValid(login) or not login.isVisible())
    assert startup.window.board.model.rowCount() == 2 and startup.quits == []  # type: ignore[attr-defined]
    assert QSettings().value(LOGIN_FIRST_KEY, type=bool) is False


def test_accounts_found_without_the_hint_ask_for_a_login_over_the_window(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_database(tmp_path / "force.sqlite3", accounts=True)
    asked: list[str] = []

    def log_in(services: Any, parent: Any = None) -> bool:
        asked.append(waiting_text(parent))
        services.login("ps.a", PASSWORD)
        return True

    monkeypatch.setattr("custody_checklist.gui.login_dialog.start_session", log_in)
    startup, gate, _context = started(url)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        gate.event.set()
    assert asked == ["Log in to see the board."]
    assert startup.window.services_ready and startup.services.actor.username == "ps.a"
    assert QSettings().value(LOGIN_FIRST_KEY, type=bool) is True  # next start: the login first


def test_an_in_memory_database_is_opened_on_the_gui_thread(qtbot: Any, started: Any) -> None:
    startup, gate, context = started("sqlite://", gate_open=True)
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.services_ready, timeout=30_000)
    assert context._services is startup.services
    with startup.services.database.reading() as session:  # the migrated schema is on this thread's connection
        assert session.execute(text("SELECT count(*) FROM records")).scalar() == 0


def test_the_opener_reports_on_the_gui_thread_and_wait_joins_the_worker(qtbot: Any) -> None:
    threads: list[threading.Thread] = []
    opener = ServicesOpener(lambda: "services")
    opener.opened.connect(lambda _services: threads.append(threading.current_thread()))
    opener.wait()  # never started: returns at once
    with qtbot.waitSignal(opener.opened, timeout=10_000):
        opener.start()
    opener.wait()
    assert threads == [threading.main_thread()] and not opener.running


def test_a_window_closed_while_opening_keeps_the_last_tab(qtbot: Any, services: Any) -> None:
    from custody_checklist.gui.main_window import TAB_KEY, MainWindow

    QSettings().setValue(TAB_KEY, RECORDS_TAB)
    waiting = MainWindow(None)
    qtbot.addWidget(waiting)
    waiting.show()
    waiting.close()
    assert int(QSettings().value(TAB_KEY)) == RECORDS_TAB
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach_services(services)
    assert window.ui.tabs.currentIndex() == RECORDS_TAB and window.records.model.rowCount() == 0
    with pytest.raises(RuntimeError):
        window.attach_services(services)


def test_first_run_asks_about_the_demo_and_the_first_administrator_over_the_window(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_database(tmp_path / "empty.sqlite3", children=0)
    asked: list[tuple[str, bool]] = []

    def question(parent: Any, title: str, *_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append((title, parent is not None and parent.isVisible()))
        return QMessageBox.StandardButton.No

    def first_administrator(services: Any, parent: Any = None) -> bool:
        asked.append(("first administrator", parent is not None and parent.isVisible()))
        return True  # cancelled: the local operator carries on, as before

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr("custody_checklist.gui.login_dialog.start_session", first_administrator)
    startup, gate, _context = started(url, unattended=False)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        gate.event.set()
    assert asked == [("Load demo records?", True), ("first administrator", True)]
    assert startup.window.services_ready and startup.window.board.model.rowCount() == 0


def test_refusing_the_first_run_login_quits(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_database(tmp_path / "empty.sqlite3", children=0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr("custody_checklist.gui.login_dialog.start_session", lambda services, parent=None: False)
    startup, gate, _context = started(url, unattended=False)
    with qtbot.waitSignal(startup.quit_requested, timeout=30_000) as quit_signal:
        gate.event.set()
    assert quit_signal.args == [0] and not startup.window.services_ready


def test_quitting_gives_up_on_a_worker_that_never_finishes(qtbot: Any) -> None:
    stuck = threading.Event()
    startup = Startup(lambda: stuck.wait(30))
    startup.opener.start()
    startup._quit(0)  # the person quit while the database was opening
    startup.wait(timeout=0.2)  # returns although the worker is still stuck
    assert startup.opener.running
    stuck.set()
    assert startup.opener.wait(10)


def test_services_arriving_after_the_window_was_closed_are_left_alone(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_database(tmp_path / "closed.sqlite3")
    monkeypatch.setattr("custody_checklist.gui.login_dialog.start_session",
                        lambda *a, **k: pytest.fail("a login was asked for after the window closed"))
    startup, gate, _context = started(url)
    startup.window.close()  # the app quits (last window closed) while the database opens
    with qtbot.waitSignal(startup.opener.opened, timeout=30_000):
        gate.event.set()
    assert not startup.window.services_ready and not startup.window.isVisible()


def test_a_database_error_while_showing_the_first_board_is_explained(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    from custody_checklist.services.records import RecordService

    def unreadable(self: Any) -> Any:
        raise OperationalError("SELECT suites", {}, Exception("disk I/O error"))

    monkeypatch.setattr(RecordService, "suites", unreadable)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    startup, gate, _context = started(make_database(tmp_path / "flaky.sqlite3"))
    with qtbot.waitSignal(startup.quit_requested, timeout=30_000) as quit_signal:
        gate.event.set()
    assert quit_signal.args == [2]
    assert shown and shown[0][0] == "Cannot open the database" and "disk I/O error" in shown[0][1]


def test_first_paint_calls_back_after_the_window_is_painted_once(qtbot: Any) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from custody_checklist.gui.startup import FirstPaint

    painted: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is widget:
                painted.append("paint")
            return False

    owner = QObject()
    widget = QWidget()
    qtbot.addWidget(widget)
    watch = Watch()
    widget.installEventFilter(watch)
    FirstPaint(widget, lambda: painted.append("callback"), owner)
    widget.show()
    qtbot.waitUntil(lambda: "callback" in painted, timeout=5_000)
    widget.update()
    qtbot.wait(50)
    assert painted[:2] == ["paint", "callback"] and painted.count("callback") == 1


def test_first_paint_watches_only_its_own_widgets_not_the_whole_application(qtbot: Any) -> None:
    """Speed (docs/gui-speed.md): an application-wide filter made every event of every
    widget a call into Python while the first window was laid out and painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from custody_checklist.gui.startup import FirstPaint

    seen: list[QObject] = []

    class Recording(FirstPaint):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    called: list[int] = []
    root, elsewhere = QWidget(), QLabel("another window")
    QVBoxLayout(root).addWidget(QLabel("a child", root))
    for widget in (root, elsewhere):
        qtbot.addWidget(widget)
    elsewhere.show()
    Recording(root, lambda: called.append(1), QObject(root), fallback_ms=10_000)
    root.show()
    elsewhere.update()
    qtbot.waitUntil(lambda: called == [1], timeout=5_000)
    assert seen and all(watched is root for watched in seen)


def test_first_paint_also_fires_for_a_widget_painted_without_its_window(qtbot: Any) -> None:
    """The board repainted inside a window already on screen (start-up's "ready")."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from custody_checklist.gui.startup import FirstPaint

    root_painted: list[int] = []

    class RootPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                root_painted.append(1)
            return False

    root = QWidget()
    qtbot.addWidget(root)
    board = QLabel("board", root)
    board.setAutoFillBackground(True)  # opaque: repainting it alone leaves the window unpainted
    QVBoxLayout(root).addWidget(board)
    watch = RootPaints()
    root.installEventFilter(watch)
    root.show()
    qtbot.waitUntil(lambda: root_painted != [], timeout=5_000)  # its first paint is over
    QApplication.processEvents()
    root_painted.clear()
    called: list[int] = []
    FirstPaint(root, lambda: called.append(1), QObject(root), fallback_ms=10_000, also=(board,))
    board.update()
    qtbot.waitUntil(lambda: called == [1], timeout=5_000)
    assert root_painted == []  # so it was the board's paint that called back


def test_first_paint_falls_back_when_nothing_is_painted(qtbot: Any) -> None:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from custody_checklist.gui.startup import FirstPaint

    called: list[int] = []
    owner = QObject()
    never_shown = QWidget()
    qtbot.addWidget(never_shown)
    FirstPaint(never_shown, lambda: called.append(1), owner, fallback_ms=50)
    qtbot.waitUntil(lambda: called == [1], timeout=5_000)


@pytest.mark.parametrize("broken", [False, True])
def test_the_garbage_collector_paused_for_the_start_is_resumed(
        qtbot: Any, tmp_path: Path, started: Any, monkeypatch: pytest.MonkeyPatch, broken: bool) -> None:
    import gc

    path = tmp_path / "gc.sqlite3"
    if broken:
        path.write_bytes(b"not a database " * 200)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    url = f"sqlite:///{path}" if broken else make_database(path)
    gc.disable()  # as the command line does before starting the app
    try:
        startup, gate, _context = started(url)
        assert not gc.isenabled()  # still paused while the database opens
        with qtbot.waitSignal(startup.quit_requested if broken else startup.ready, timeout=30_000):
            gate.event.set()
        assert gc.isenabled()
    finally:
        gc.enable()
