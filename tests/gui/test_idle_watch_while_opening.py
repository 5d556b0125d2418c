"""Opening a record takes the idle-lock watch off the events it sends itself, and puts it
back: input after opening (or after an open that failed) still restarts the idle wait."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from custody_checklist.gui.main_window import MainWindow
from tests.gui.conftest import child_record


def _window(qtbot: Any, services: Any) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_input_after_opening_a_record_still_restarts_the_idle_wait(
        qtbot: Any, services: Any, add_records: Any) -> None:
    [record] = add_records(child_record("TST-A/000031/26", "Idle"))
    window = _window(qtbot, services)
    session = window.session
    editor = window.open_record(record.id)
    assert editor is not None
    session.idle_timer.stop()
    qtbot.keyClick(editor, Qt.Key.Key_Shift)
    assert session.idle_timer.isActive()  # the key press was seen


def test_a_record_that_cannot_be_opened_leaves_the_idle_watch_in_place(
        qtbot: Any, services: Any, monkeypatch: Any) -> None:
    window = _window(qtbot, services)
    session = window.session
    monkeypatch.setattr("custody_checklist.gui.main_window.QMessageBox.warning", lambda *a, **k: None)
    assert window.open_record("no-such-record") is None
    session.idle_timer.stop()
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert session.idle_timer.isActive()


def test_keys_clicks_moves_and_wheel_restart_the_idle_wait_and_painting_does_not(
        qtbot: Any, services: Any) -> None:
    """The watch looks at an event's type only for input classes (reading every event's
    type cost a Python enum per paint); every input kind it watched is still seen."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    window = _window(qtbot, services)
    session = window.session
    target = window.statusBar()

    def restarts(send: Any) -> bool:
        session.idle_timer.stop()
        send()
        return session.idle_timer.isActive()

    assert restarts(lambda: qtbot.keyClick(target, Qt.Key.Key_Shift))
    assert restarts(lambda: qtbot.mousePress(target, Qt.MouseButton.LeftButton))
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton)
    assert restarts(lambda: qtbot.mouseMove(target, QPoint(3, 3)))
    wheel = QWheelEvent(QPointF(3, 3), QPointF(target.mapToGlobal(QPoint(3, 3))), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    assert restarts(lambda: QApplication.sendEvent(target, wheel))
    assert not restarts(lambda: (target.repaint(), QApplication.processEvents()))
