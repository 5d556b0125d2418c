"""First run on an empty database offers the demo dataset; "No" is the default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from custody_checklist.gui.app import ask_load_demo, offer_demo
from custody_checklist.services.records import RecordFilter
from tests.gui.conftest import child_record


def test_empty_database_loads_the_demo_when_the_user_says_yes(services: Any) -> None:
    asked: list[object] = []
    loaded = offer_demo(services, ask=lambda parent: asked.append(parent) or True)
    assert asked == [None]
    assert loaded > 0
    assert services.records.count(RecordFilter()) == loaded


def test_no_loads_nothing(services: Any) -> None:
    assert offer_demo(services, ask=lambda _parent: False) == 0
    assert services.records.count(RecordFilter()) == 0


def test_a_database_with_records_is_never_asked(services: Any, add_records: Any) -> None:
    add_records(child_record("TSTA/000001/26", "Hughes"))
    assert offer_demo(services, ask=lambda _p: (_ for _ in ()).throw(AssertionError("asked"))) == 0


def test_the_real_question_defaults_to_no(qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_with_enter)
            return
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        seen["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    assert ask_load_demo() is False
    assert seen["default"]
    assert "training and evaluation only" in seen["text"]
