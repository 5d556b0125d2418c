"""The review queue's "Submitted by", the history's labels, amending a timeline event, the
idle lock, and the Workflow menu of a read-only editor: through the real widgets."""

from __future__ import annotations

import html
from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Event, RecordStatus
from custody_checklist.domain.timeutil import format_local, utc_now
from custody_checklist.gui.amendment_dialog import TARGET_EVENT, TARGET_NEW_EVENT, AmendmentDialog
from custody_checklist.gui.main_window import MainWindow
from custody_checklist.gui.record_editor import RecordEditor
from custody_checklist.gui.review_queue import ReviewQueueDialog
from custody_checklist.gui.widgets_common import utc_to_qdatetime
from custody_checklist.gui.workflow_panel import HistoryDialog, history_html
from custody_checklist.services.workflow import keyed_breaches
from tests.gui.conftest import child_record

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: Any) -> None:
    monkeypatch.setattr("custody_checklist.services.accounts.make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def people(services: Any) -> Any:
    services.accounts.add_user("admin", "Ada Admin", roles=["administrator"], password=PASSWORD)
    services.login("admin", PASSWORD)
    services.accounts.add_user("ps.a", "Priya Alpha", rank="sergeant", collar_number="2001",
                               roles=["sergeant"], password=PASSWORD)
    services.accounts.add_user("insp.a", "Ines Alpha", rank="inspector", collar_number="1001",
                               roles=["inspector"], password=PASSWORD)
    services.accounts.add_user("insp.b", "Ian Beta", rank="inspector", collar_number="1002",
                               roles=["inspector"], password=PASSWORD)
    return services


def _sign(services: Any, record: Any) -> Any:
    acks = {k: "Seen." for k, _ in keyed_breaches(services.workflow.open_breaches(record))}
    return services.workflow.sign(record.id, record.version, PASSWORD, "", acks)


def _signed(people: Any, add_records: Any, number: str = "TST-A/000010/26") -> Any:
    """A record the sergeant submitted and Insp Alpha signed, with a review on its timeline."""
    draft = child_record(number, "Nowak", released=True, hours_ago=8)
    arrival = draft.arrival_at
    draft.events.append(Event(EventKind.REVIEW, arrival + timedelta(hours=5),
                              {"reviewer": {"name": "Ian Beta", "rank": "inspector", "number": "1002"},
                               "reviewer_rank": "inspector"}))
    [record] = add_records(draft)
    people.login("ps.a", PASSWORD)
    record = people.workflow.submit(record.id, people.records.get(record.id).version)
    people.login("insp.a", PASSWORD)
    return _sign(people, record)


def test_the_review_queue_says_who_submitted_and_when(qtbot: Any, people: Any, add_records: Any) -> None:
    [fresh] = add_records(child_record("TST-A/000011/26", "Adams"))
    signed = _signed(people, add_records)
    people.login("ps.a", PASSWORD)
    fresh = people.workflow.submit(fresh.id, people.records.get(fresh.id).version, "Done")
    amended = people.workflow.amend(signed.id, signed.version, {"child.forenames": "Samuel"}, "Spelling")
    people.login("insp.b", PASSWORD)
    dialog = ReviewQueueDialog(people, lambda _id: None)
    qtbot.addWidget(dialog)
    by_number = {dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text()
                 for r in range(dialog.table.rowCount())}
    assert by_number == {
        "TST-A/000011/26": f"Sgt Priya Alpha (2001), {format_local(fresh.signoffs[-1].at)}",
        "TST-A/000010/26": f"Sgt Priya Alpha (2001), amended {format_local(amended.amendments[-1].at)}",
    }


def test_history_names_fields_by_their_labels_with_the_id_in_a_tooltip(
        qtbot: Any, people: Any, add_records: Any) -> None:
    signed = _signed(people, add_records)
    people.login("ps.a", PASSWORD)
    record = people.workflow.amend(signed.id, signed.version,
                                   {"answers.age_basis": "police_records"}, "Age basis corrected")
    definition = people.definitions.get(record.definition_id, record.definition_version)
    page = history_html(record, definition)
    assert html.escape("How was the child's age established?") in page
    assert ">answers.age_basis<" not in page  # the id only in the tooltip
    question = definition.question("age_basis")
    assert question.option_label("police_records") in page and "police_records<" not in page
    dialog = HistoryDialog(record, definition=definition)
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    found = document.find("How was the child")
    assert not found.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    assert cursor.charFormat().toolTip() == "answers.age_basis"


def test_an_event_of_a_signed_record_is_corrected_through_the_amendment_dialog(
        qtbot: Any, people: Any, add_records: Any) -> None:
    signed = _signed(people, add_records)
    review = signed.last(EventKind.REVIEW)
    people.login("ps.a", PASSWORD)
    definition = people.definitions.get(signed.definition_id, signed.definition_version)
    dialog = AmendmentDialog(people, signed, definition)
    qtbot.addWidget(dialog)
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(TARGET_EVENT))
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(review.id))
    assert dialog.event_time() == review.at  # left as shown: the exact instant, seconds and all
    notes = [w for w in dialog.fields_host.findChildren(QLabel) if "has no details" in w.text()]
    assert not [w for w in notes if w.isVisibleTo(dialog)]  # the arrival's note went with it
    assert dialog.event_rows["reviewer_rank"].input.value() == "inspector"
    dialog.reason_edit.setPlainText("Review time typed an hour late")
    dialog.time_edit.setDateTime(utc_to_qdatetime(utc_now() + timedelta(hours=2)))
    dialog._on_accepted()
    assert dialog.amended is None and "in the future" in dialog.time_error.text()
    corrected = (review.at - timedelta(hours=1)).replace(second=0, microsecond=0)  # typed to the minute
    dialog.time_edit.setDateTime(utc_to_qdatetime(corrected))
    dialog.event_rows["reviewer_rank"].input.set_value("superintendent")
    dialog._on_accepted()
    assert dialog.amended is not None, dialog.error.text()
    record = dialog.amended
    assert record.status is RecordStatus.SUBMITTED
    event = next(e for e in record.events if e.id == review.id)
    assert event.at == corrected and event.details["reviewer_rank"] == "superintendent"
    [change] = record.amendments[-1].changes
    assert change["event_id"] == review.id and change["kind"] == "review"
    page = history_html(record, definition)
    assert "Event: Review of detention (s.40)" in page
    assert format_local(review.at) in page and format_local(corrected) in page
    assert "Superintendent" in page and "Review officer&#x27;s rank" in page
    people.login("insp.a", PASSWORD)
    assert people.workflow.can("sign", record)  # the sergeant amended; an inspector re-signs


def test_a_missing_event_is_added_through_the_amendment_dialog(qtbot: Any, people: Any, add_records: Any) -> None:
    signed = _signed(people, add_records)
    people.login("ps.a", PASSWORD)
    definition = people.definitions.get(signed.definition_id, signed.definition_version)
    dialog = AmendmentDialog(people, signed, definition)
    qtbot.addWidget(dialog)
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(TARGET_NEW_EVENT))
    assert dialog.kind_combo.isVisibleTo(dialog) and not dialog.event_combo.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("review"))
    at = (signed.arrival_at + timedelta(hours=2)).replace(second=0, microsecond=0)
    dialog.time_edit.setDateTime(utc_to_qdatetime(at))
    dialog.event_rows["reviewer_rank"].input.set_value("inspector")
    dialog.reason_edit.setPlainText("First review recorded on paper only")
    dialog._on_accepted()
    assert dialog.amended is not None, dialog.error.text()
    reviews = dialog.amended.events_of(EventKind.REVIEW)
    assert len(reviews) == 2 and reviews[0].at == at
    assert "(added)" in history_html(dialog.amended, definition)


def test_the_idle_lock_locks_after_no_input_and_input_resets_it(qtbot: Any, people: Any) -> None:
    people.login("ps.a", PASSWORD)
    window = MainWindow(people)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # the keys below go to the focused window, as typing does
    assert QTest.qWaitForWindowActive(window)
    session = window.session
    assert session.idle_timer.interval() == 5 * 60_000  # idle_lock_minutes, default 5
    session.idle_timer.setInterval(600)
    session.idle_timer.start()
    for _ in range(12):  # 1.2 s of typing: each key press starts the wait again
        qtbot.wait(100)
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # as the system sends it
        assert session.lock_screen is None
    assert session.idle_timer.remainingTime() > 300
    qtbot.waitUntil(lambda: session.lock_screen is not None, timeout=5000)  # then nothing
    assert session.lock_screen.isVisible()
    assert "Priya Alpha" in session.lock_screen.findChild(type(session.user_label), "lockTitle").text()
    QApplication.processEvents()


def test_a_read_only_editor_offers_no_workflow_action(qtbot: Any, people: Any, add_records: Any) -> None:
    [record] = add_records(child_record("TST-A/000012/26", "Adams"))
    people.login("ps.a", PASSWORD)
    people.workflow.submit(record.id, people.records.get(record.id).version)
    people.login("insp.a", PASSWORD)
    normal = RecordEditor(people, record.id)
    qtbot.addWidget(normal)
    assert normal.workflow_panel.actions["sign"].isEnabled()  # the inspector could sign here
    editor = RecordEditor(people, record.id, read_only=True)
    qtbot.addWidget(editor)
    actions = editor.workflow_panel.actions
    assert not any(actions[k].isEnabled() for k in ("submit", "return", "sign", "amend"))
    assert actions["history"].isEnabled()


def test_changing_only_an_events_details_keeps_its_exact_time(qtbot: Any, people: Any, add_records: Any) -> None:
    signed = _signed(people, add_records)
    review = signed.last(EventKind.REVIEW)
    assert review.at.second or review.at.microsecond  # the minute-only editor must not round it
    people.login("ps.a", PASSWORD)
    definition = people.definitions.get(signed.definition_id, signed.definition_version)
    dialog = AmendmentDialog(people, signed, definition)
    qtbot.addWidget(dialog)
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(TARGET_EVENT))
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(review.id))
    dialog.event_rows["reviewer_rank"].input.set_value("chief_inspector")
    dialog.reason_edit.setPlainText("Rank wrong")
    dialog._on_accepted()
    assert dialog.amended is not None, dialog.error.text()
    [change] = dialog.amended.amendments[-1].changes
    assert change["old"]["at"] == change["new"]["at"]
    assert change["new"]["details"]["reviewer_rank"] == "chief_inspector"
