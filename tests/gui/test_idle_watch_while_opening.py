"""Opening a record takes the idle-lock watch off the events it sends itself, and puts it
back once the window has settled: input after that (or after an open that failed) still
restarts the idle wait, and the resumption itself restarts it, so a key pressed while the
watch was off can never bring the lock sooner."""

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
    qtbot.waitUntil(lambda: session.input_watch_active, timeout=5000)
    session.idle_timer.stop()
    qtbot.keyClick(editor, Qt.Key.Key_Shift)
    assert session.idle_timer.isActive()  # the key press was seen


def test_the_watch_stays_off_while_the_record_window_settles_then_restarts_the_idle_wait(
        qtbot: Any, services: Any, add_records: Any) -> None:
    """Laying out and painting the new window is left unwatched (EDITOR_SETTLE_MS); the
    idle wait starts afresh when the watch comes back, so input in between is covered."""
    [record] = add_records(child_record("TST-A/000032/26", "Settle"))
    window = _window(qtbot, services)
    session = window.session
    assert window.open_record(record.id) is not None
    assert not session.input_watch_active  # still settling
    session.idle_timer.stop()  # as if the last input were long ago
    qtbot.waitUntil(lambda: session.input_watch_active, timeout=5000)
    assert session.idle_timer.isActive()
    assert session.idle_timer.remainingTime() > session.idle_timer.interval() - 5000


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


def test_building_a_spare_record_window_does_not_restart_the_idle_wait(
        qtbot: Any, services: Any) -> None:
    """Work nobody asked for must not keep an unattended terminal unlocked; input that
    comes while it runs waits in the queue and is seen once the watch is back."""
    window = _window(qtbot, services)
    session = window.session
    window.spares.clear()
    session.idle_timer.stop()  # as if the last input were long ago
    window.spares._build_one()
    window.spares._timer.stop()
    assert window.spares.ready == 1 and session.input_watch_active
    assert not session.idle_timer.isActive()


def test_the_idle_wait_restarts_when_the_last_of_nested_pauses_ends(
        qtbot: Any, services: Any) -> None:
    """A settling window's pause (input may have come meanwhile) ends first, a synchronous
    pause last: the watch comes back once, and the idle wait still starts again."""
    window = _window(qtbot, services)
    session = window.session
    with session.input_watch_paused(resume_after_ms=50):
        pass
    with session.input_watch_paused():
        session.idle_timer.stop()
        qtbot.wait(200)  # the settling pause ends inside the synchronous one
        assert not session.input_watch_active and not session.idle_timer.isActive()
    assert session.input_watch_active and session.idle_timer.isActive()
