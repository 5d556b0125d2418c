"""The idle-lock watch: input in any of the app's windows starts the idle wait again, and
nothing else does. It filters the windows (QWindow), where the system's input arrives
first, not the whole application: building and painting a record window then sends it
nothing (speed, docs/gui-speed.md).

Input is sent to the windows as the system sends it (QTest's QWindow functions, through
Qt's window-system interface), not straight to a widget, which real input never is.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QWheelEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from custody_checklist.gui.session import SessionController
from tests.gui.conftest import child_record, shown_main_window


def _focused(widget: Any) -> Any:
    """Give a window the focus, as clicking it or the system would (input goes there)."""
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)
    return widget


def _restarts(session: SessionController, send: Any) -> bool:
    session.idle_timer.stop()  # as if the last input were long ago
    send()
    return session.idle_timer.isActive()


def test_keys_clicks_moves_and_wheel_restart_the_idle_wait_and_painting_does_not(
        qtbot: Any, services: Any) -> None:
    window = _focused(shown_main_window(qtbot, services))
    session, handle = window.session, window.windowHandle()
    point = QPoint(40, window.height() - 5)  # the status bar: nothing there acts on a click
    assert _restarts(session, lambda: qtbot.keyClick(handle, Qt.Key.Key_Shift))
    assert _restarts(session, lambda: qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=point))
    assert _restarts(session, lambda: qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=point))
    assert _restarts(session, lambda: qtbot.mouseMove(handle, point + QPoint(3, 0)))
    wheel = QWheelEvent(QPointF(point), QPointF(window.mapToGlobal(point)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    assert _restarts(session, lambda: QApplication.sendEvent(handle, wheel))
    assert not _restarts(session, lambda: (window.repaint(), window.resize(window.width() - 10, window.height()),
                                          QApplication.processEvents()))


def test_a_key_that_triggers_a_shortcut_restarts_the_idle_wait(qtbot: Any, services: Any) -> None:
    """The shortcut takes the key press itself: the window sees its ShortcutOverride and
    release only. (A key with no modifier, as a modifier's own press would be seen.)"""
    window = _focused(shown_main_window(qtbot, services))
    triggered: list[bool] = []
    action = QAction("Probe", window)
    action.setShortcut(QKeySequence("F12"))
    action.triggered.connect(lambda *_: triggered.append(True))
    window.addAction(action)
    assert _restarts(window.session, lambda: qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F12))
    assert triggered == [True]  # the shortcut took the key press


def test_input_in_a_record_window_and_a_dialog_restarts_the_idle_wait(
        qtbot: Any, services: Any, add_records: Any) -> None:
    """Windows opened after the session started are watched from when they get the focus."""
    [record] = add_records(child_record("TST-A/000031/26", "Idle"))
    window = shown_main_window(qtbot, services)
    session = window.session
    editor = window.open_record(record.id)
    assert editor is not None
    _focused(editor)
    assert _restarts(session, lambda: qtbot.keyClick(editor.windowHandle(), Qt.Key.Key_Shift))
    assert _restarts(session, lambda: qtbot.mouseMove(editor.windowHandle(), QPoint(20, 20)))
    dialog = QDialog(window)
    dialog.show()
    _focused(dialog)
    assert _restarts(session, lambda: qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift))
    dialog.close()


def test_the_watch_sees_windows_only_never_the_widgets_being_built_and_painted(
        qtbot: Any, services: Any, add_records: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed: a filter on the whole application saw the thousands of events that opening a
    record sends between widgets, each a call into Python."""
    [record] = add_records(child_record("TST-A/000032/26", "Watched"))
    watched: list[QObject] = []

    class Recording(SessionController):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            watched.append(obj)
            return super().eventFilter(obj, event)

    monkeypatch.setattr("custody_checklist.gui.session.SessionController", Recording)
    window = shown_main_window(qtbot, services)
    assert isinstance(window.session, Recording)
    editor = window.open_record(record.id)
    assert editor is not None
    _focused(editor)
    qtbot.keyClick(editor.windowHandle(), Qt.Key.Key_Shift)
    assert watched and all(isinstance(obj, QWindow) for obj in watched)
    assert editor.windowHandle() in watched


def test_a_record_that_cannot_be_opened_leaves_the_idle_watch_in_place(
        qtbot: Any, services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _focused(shown_main_window(qtbot, services))
    monkeypatch.setattr("custody_checklist.gui.main_window.QMessageBox.warning", lambda *a, **k: None)
    assert window.open_record("no-such-record") is None
    assert _restarts(window.session, lambda: qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift))


def test_building_a_spare_record_window_does_not_restart_the_idle_wait(
        qtbot: Any, services: Any) -> None:
    """Work nobody asked for must not keep an unattended terminal unlocked."""
    window = shown_main_window(qtbot, services)
    window.spares.clear()
    assert not _restarts(window.session, lambda: (window.spares._build_one(), window.spares._timer.stop(),
                                                 QApplication.processEvents()))
    assert window.spares.ready == 1
