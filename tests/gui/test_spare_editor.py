"""The spare record window: built ahead, hidden, and filled when a record is opened.

What matters is that a record opened into the spare is shown exactly as a window built
for it would show it (answers, rows that apply, Tab order, findings, timeline, header),
that a spare is used for one record only, and that it is not used for another person,
text size or checklist definition.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from custody_checklist.domain.record import DobStatus, Record
from custody_checklist.gui.main_window import MainWindow
from custody_checklist.gui.record_editor import RecordEditor
from custody_checklist.gui.spare_editors import POOL_SIZE
from tests.gui.conftest import child_record, shown_main_window

ANSWERS = {  # first section: three conditional questions brought in, one left out
    "age_basis": "other",
    "age_basis_other": "Said so at arrest; no papers",
    "age_disputed": True,
    "age_dispute_details": "Officer thinks older",
    "interpreter_required": True,
    "interpreter_details": "Polish",
    "first_language": "Polish",
}


@pytest.fixture
def quick_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spares built 10 ms after the board shows or a record opens, not after a pause."""
    monkeypatch.setattr("custody_checklist.gui.spare_editors.BUILD_AFTER_MS", 10)
    monkeypatch.setattr("custody_checklist.gui.spare_editors.BUILD_NEXT_AFTER_MS", 10)


def _window(qtbot: Any, services: Any) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


def _with_spare(qtbot: Any, window: MainWindow) -> RecordEditor:
    """Exactly one spare built (what the timer after the board shows does, once)."""
    spares = window.spares
    assert spares is not None
    spares.clear()
    spares._build_one()
    spares._timer.stop()  # not the second one: each test says what it needs
    assert spares.ready == 1
    spare = spares._spares[0]
    assert isinstance(spare, RecordEditor) and not spare.isVisible() and not spare.loaded
    return spare


def _record(custody_number: str, surname: str, **changes: Any) -> Record:
    record = child_record(custody_number, surname)
    record.answers = dict(ANSWERS)
    for name, value in changes.items():
        setattr(record, name, value)
    return record


def _shown(editor: RecordEditor) -> dict[str, Any]:
    """Everything the sergeant sees of the record, to compare two windows."""
    form = editor.form
    page = form.widget(form.currentIndex())
    rows = [qid for qid, row in form.rows.items() if page.isAncestorOf(row) and row.isVisibleTo(page)]
    tab_order, widget = [], editor.focusWidget() or editor
    for _ in range(200):  # the Tab order through the first page's questions
        widget = widget.nextInFocusChain()
        row = next((form.rows[q] for q in rows if form.rows[q].isAncestorOf(widget)), None)
        if row is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            tab_order.append(row.objectName())
    tree = editor.findings.tree
    return {
        "rows": sorted(rows),
        "values": {qid: form.rows[qid].input.value() for qid in rows},
        "answers": form.live_answers(),
        "tab_order": list(dict.fromkeys(tab_order)),
        "navigator": [editor.navigator.item(i).text() for i in range(editor.navigator.count())],
        "findings": [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())],
        "timeline": [editor.timeline.tree.topLevelItem(i).text(1)
                     for i in range(editor.timeline.tree.topLevelItemCount())],
        "header": [editor.ui.nameLabel.text(), editor.ui.ageLabel.text(), editor.ui.statusLabel.text()],
        "workflow_menu": [a.text() for a in editor.menuBar().actions()],
        "focus": editor.focusWidget().objectName() if editor.focusWidget() else "",
    }


def test_a_record_opened_into_the_spare_looks_exactly_as_in_a_window_built_for_it(
        qtbot: Any, services: Any, add_records: Any) -> None:
    [record] = add_records(_record("TST-A/000061/26", "Spare", child=dataclasses.replace(
        child_record("x", "Spare").child, dob_status=DobStatus.VERIFIED)))
    window = shown_main_window(qtbot, services)
    spare = _with_spare(qtbot, window)

    editor = window.open_record(record.id)
    assert editor is spare and editor.loaded and editor.record.id == record.id
    assert QTest.qWaitForWindowExposed(editor)
    built = RecordEditor(services, record.id)
    qtbot.addWidget(built)
    built.resize(editor.size())
    built.show()
    assert QTest.qWaitForWindowExposed(built)
    from_spare, from_scratch = _shown(editor), _shown(built)
    assert from_spare == from_scratch
    assert "age_dispute_details" in from_spare["rows"] and "appears_under_18" not in from_spare["rows"]
    assert from_spare["values"]["interpreter_details"] == "Polish"


def test_a_spare_is_used_for_one_record_and_the_pool_is_filled_again_later(
        qtbot: Any, services: Any, add_records: Any, quick_builds: None) -> None:
    first, second = add_records(_record("TST-A/000062/26", "One"), _record("TST-A/000063/26", "Two"))
    window = shown_main_window(qtbot, services)
    spare = _with_spare(qtbot, window)
    assert window.open_record(first.id) is spare
    assert window.spares.ready == 0  # taken
    qtbot.waitUntil(lambda: window.spares.ready == POOL_SIZE, timeout=10_000)  # built ahead again
    pool = list(window.spares._spares)
    assert spare not in pool and not any(s.loaded for s in pool)
    second_editor = window.open_record(second.id)
    assert second_editor is pool[0] and second_editor.record.id == second.id
    assert spare.record.id == first.id  # the first window still shows its own child
    assert window.open_editors() == {first.id: spare, second.id: second_editor}


def test_two_records_opened_one_straight_after_the_other_both_get_a_spare(
        qtbot: Any, services: Any, add_records: Any, quick_builds: None) -> None:
    first, second = add_records(_record("TST-A/000066/26", "Ann"), _record("TST-A/000067/26", "Ben"))
    window = shown_main_window(qtbot, services)
    qtbot.waitUntil(lambda: window.spares.ready == POOL_SIZE, timeout=10_000)
    pool = list(window.spares._spares)
    one, two = window.open_record(first.id), window.open_record(second.id)
    assert [one, two] == pool and one.record.id == first.id and two.record.id == second.id


def test_the_spare_is_not_used_after_the_person_or_the_text_size_changed(
        qtbot: Any, services: Any, add_records: Any) -> None:
    [record] = add_records(_record("TST-A/000064/26", "Other"))
    window = shown_main_window(qtbot, services)
    spare = _with_spare(qtbot, window)
    font = QApplication.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(bigger)
    try:
        editor = window.open_record(record.id)
    finally:
        QApplication.setFont(font)
    assert editor is not spare and editor.record.id == record.id and not spare.loaded
    assert window.spares.ready == 0
    qtbot.waitUntil(lambda: not _alive(spare), timeout=5000)  # dropped, not kept

    spare = _with_spare(qtbot, window)
    services.set_actor(dataclasses.replace(services.actor, name="Someone Else", username="someone.else"))
    editor.close()
    other = window.open_record(record.id)
    assert other is not spare and not spare.loaded


def _views(services: Any, record_id: str) -> int:
    """How many times the audit trail says the record was viewed."""
    from sqlalchemy import func, select

    from custody_checklist.storage.models import AuditEntryRow

    with services.database.reading() as session:
        return int(session.execute(select(func.count()).select_from(AuditEntryRow).where(
            AuditEntryRow.record_id == record_id, AuditEntryRow.action == "view")).scalar_one())


def test_opening_a_record_logs_one_view_whether_or_not_a_spare_is_used(
        qtbot: Any, services: Any, add_records: Any) -> None:
    first, second = add_records(_record("TST-A/000068/26", "Seen"), _record("TST-A/000069/26", "Once"))
    window = shown_main_window(qtbot, services)
    spare = _with_spare(qtbot, window)
    assert window.open_record(first.id) is spare
    assert window.open_record(second.id) is not None  # no spare left: built for it
    assert (_views(services, first.id), _views(services, second.id)) == (1, 1)


def test_a_record_on_another_checklist_version_is_read_once_and_the_spares_follow_it(
        qtbot: Any, services: Any, add_records: Any) -> None:
    """After a new checklist version, records still on the old one open in a window built
    for them (one view logged), and the spares are then built for the version in use."""
    [record] = add_records(_record("TST-A/000065/26", "Version"))
    window = shown_main_window(qtbot, services)
    real = services.definitions.get(record.definition_id, record.definition_version)
    window.spares.definition = dataclasses.replace(real, version=real.version + 1)
    spare = _with_spare(qtbot, window)
    editor = window.open_record(record.id)
    assert editor is not spare and editor.definition is real and not spare.loaded
    assert _views(services, record.id) == 1
    assert window.spares.definition is real  # the checklist of the record just opened
    window.spares._build_one()
    window.spares._timer.stop()
    assert [s.definition.key for s in window.spares._spares] == [real.key]  # the old spare dropped
    qtbot.waitUntil(lambda: not _alive(spare), timeout=5000)
    [follows] = window.spares._spares
    editor.close()
    assert window.open_record(record.id) is follows
    assert _views(services, record.id) == 2


def test_a_record_that_cannot_be_opened_is_explained_and_the_spare_stays_empty(
        qtbot: Any, services: Any, monkeypatch: Any) -> None:
    """The record is read before a spare is taken: a failed read leaves the spare unused."""
    window = shown_main_window(qtbot, services)
    spare = _with_spare(qtbot, window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append(title))
    assert window.open_record("no-such-record") is None
    assert warnings == ["Cannot open the record"]
    assert window.spares._spares == [spare] and not spare.loaded


def test_a_spare_that_fails_while_being_filled_is_dropped_never_shown(
        qtbot: Any, services: Any, add_records: Any, monkeypatch: Any) -> None:
    [record] = add_records(_record("TST-A/000070/26", "Broken"))
    window = shown_main_window(qtbot, services)
    spare = _with_spare(qtbot, window)

    def broken(self: Any, record: Any) -> None:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(RecordEditor, "_fill", broken)
    with pytest.raises(RuntimeError):
        window.open_record(record.id)
    assert window.spares.ready == 0 and not spare.isVisible()
    assert QApplication.overrideCursor() is None  # the pointer is not left busy
    qtbot.waitUntil(lambda: not _alive(spare), timeout=5000)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
