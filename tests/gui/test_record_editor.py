"""The record editor driven as a sergeant would, against the real services.

Every assertion about saving reads the record back through the services, so what is
checked is what a second terminal (or a restart) would find.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Gender
from custody_checklist.domain.timeutil import utc_now
from custody_checklist.gui.conflict_dialog import ConflictDialog
from custody_checklist.gui.event_dialog import EventDialog
from custody_checklist.gui.record_editor import RecordEditor
from custody_checklist.gui.widgets_common import utc_to_qdatetime
from tests.gui import editor_fixtures
from tests.gui.editor_fixtures import book_in

booked_in = editor_fixtures.booked_in
open_editor = editor_fixtures.open_editor
second_terminal = editor_fixtures.second_terminal


def stored(services: Any, record_id: str) -> Any:
    return services.records.get(record_id)


def type_answer(qtbot: Any, editor: RecordEditor, question_id: str, text: str,
                leave: bool = True) -> None:
    editor.form.focus_question(question_id)
    target = editor.form.rows[question_id].input.focus_target()
    qtbot.keyClicks(target, text)
    if leave:
        qtbot.keyClick(target, Qt.Key.Key_Tab)


def dialog_of(editor: RecordEditor, qtbot: Any) -> EventDialog:
    qtbot.waitUntil(lambda: editor.timeline.dialog is not None and editor.timeline.dialog.isVisible())
    return editor.timeline.dialog


def answer_field(qtbot: Any, dialog: EventDialog, field_id: str, key: Qt.Key) -> None:
    target = dialog.rows[field_id].input.focus_target()
    target.setFocus()
    qtbot.keyClick(target, key)


def choose(dialog: EventDialog, field_id: str, value: str) -> None:
    combo = dialog.rows[field_id].input.focus_target()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def save(qtbot: Any, dialog: EventDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


# --------------------------------------------------------------------------- autosave


def test_keyboard_answers_are_saved_as_they_are_made(qtbot: Any, services: Any, booked_in: Any,
                                                     open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    type_answer(qtbot, editor, "first_language", "Welsh")
    assert stored(services, booked_in.id).answers["first_language"] == "Welsh"

    editor.form.focus_question("interpreter_required")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert stored(services, booked_in.id).answers["interpreter_required"] is False

    combo = editor.form.rows["age_basis"].input.focus_target()
    editor.form.focus_question("age_basis")
    qtbot.keyClicks(combo, "Documents")
    assert stored(services, booked_in.id).answers["age_basis"] == "documents"
    assert "✓" in editor.statusBar().currentMessage()


def test_typing_is_saved_after_a_pause_without_leaving_the_field(
        qtbot: Any, services: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    type_answer(qtbot, editor, "voc_own_words", '"I want my nan."', leave=False)
    qtbot.waitUntil(lambda: stored(services, booked_in.id).answers.get("voc_own_words")
                    == '"I want my nan."')


def test_closing_mid_entry_saves_the_field_being_typed(
        qtbot: Any, services: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    type_answer(qtbot, editor, "voc_wishes_feelings", "Wants mum told", leave=False)
    editor.close()
    assert stored(services, booked_in.id).answers["voc_wishes_feelings"] == "Wants mum told"


def test_close_and_reopen_finds_everything(qtbot: Any, services: Any, booked_in: Any,
                                           open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    type_answer(qtbot, editor, "first_language", "Polish")
    editor.form.focus_question("looked_after")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y)
    qtbot.keyClick(editor.timeline, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = dialog_of(editor, qtbot)
    qtbot.keyClicks(dialog.rows["text"].input.focus_target(), "Asked for a blanket")
    save(qtbot, dialog)
    editor.close()

    again = open_editor(booked_in.id)
    assert again.form.rows["first_language"].input.value() == "Polish"
    assert again.form.rows["looked_after"].input.value() is True
    notes = [again.timeline.tree.topLevelItem(i).text(2)
             for i in range(again.timeline.tree.topLevelItemCount())]
    assert any("Asked for a blanket" in text for text in notes)


# --------------------------------------------------------------------------- keyboard


def test_ctrl_page_down_and_up_move_between_sections(qtbot: Any, booked_in: Any,
                                                    open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    editor.form.focus_first()
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.currentIndex() == 1
    assert editor.navigator.currentRow() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.currentIndex() == 0


def test_section_and_event_shortcuts_work_while_typing_in_a_text_box(
        qtbot: Any, services: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    editor.form.focus_question("voc_own_words")
    box = QApplication.focusWidget()
    voice = editor.form.currentIndex()
    qtbot.keyClick(box, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.currentIndex() == voice + 1
    editor.form.focus_question("first_language")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert dialog_of(editor, qtbot).kind is EventKind.RIGHTS_GIVEN


def test_finding_about_a_missing_event_leads_to_recording_it(
        qtbot: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    tree = editor.findings.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).code == "rights_not_given")
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    button = editor.timeline.quick_buttons[EventKind.RIGHTS_GIVEN]
    assert button.hasFocus()
    assert "No 'Rights and entitlements given' recorded yet" in editor.timeline.status_label.text()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog_of(editor, qtbot).kind is EventKind.RIGHTS_GIVEN


def test_tab_moves_from_question_to_question(qtbot: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    section = editor.definition.sections[0]
    shown = [q for q in section.questions if not editor.form.rows[q.id].isHidden()]
    first, second = shown[0], shown[1]
    editor.form.focus_question(first.id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert editor.form.rows[second.id].isAncestorOf(focus)


def test_every_keyboard_control_has_an_accessible_name(booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    unnamed = []
    for index in range(editor.form.count()):
        editor.form.go_to_section(index)
        for widget in editor.findChildren(QWidget):
            if (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not widget.accessibleName() and not getattr(widget, "text", lambda: "")()):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


# --------------------------------------------------------------------------- timeline


def test_event_recorded_now_and_its_time_edited(qtbot: Any, services: Any, booked_in: Any,
                                                open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    qtbot.mouseClick(editor.timeline.quick_buttons[EventKind.RIGHTS_GIVEN], Qt.MouseButton.LeftButton)
    dialog = dialog_of(editor, qtbot)
    assert abs(dialog.time() - utc_now()) < timedelta(minutes=2)
    answer_field(qtbot, dialog, "aa_present", Qt.Key.Key_N)
    save(qtbot, dialog)
    record = stored(services, booked_in.id)
    given = record.first(EventKind.RIGHTS_GIVEN)
    assert given is not None and given.details == {"aa_present": False}

    assert editor.timeline.selected_event_id() == given.id
    qtbot.keyClick(editor.timeline.tree, Qt.Key.Key_Return)
    dialog = dialog_of(editor, qtbot)
    earlier = given.at - timedelta(minutes=25)
    dialog.ui.timeEdit.setDateTime(utc_to_qdatetime(earlier))
    save(qtbot, dialog)
    changed = stored(services, booked_in.id).first(EventKind.RIGHTS_GIVEN)
    assert changed.id == given.id
    assert abs(changed.at - earlier) < timedelta(minutes=1)


def test_event_time_in_the_future_or_before_arrest_is_refused(
        qtbot: Any, services: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    editor.timeline.record_now(EventKind.HCP_SEEN)
    dialog = dialog_of(editor, qtbot)
    dialog.set_time(utc_now() + timedelta(hours=1))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "in the future" in dialog.ui.timeErrorLabel.text()
    assert dialog.ui.timeErrorLabel.isVisible()

    arrest = stored(services, booked_in.id).first(EventKind.ARREST).at
    dialog.set_time(arrest - timedelta(hours=1))
    save(qtbot, dialog)
    assert "before the arrest" in dialog.ui.timeErrorLabel.text()
    assert stored(services, booked_in.id).first(EventKind.HCP_SEEN) is None

    qtbot.mouseClick(dialog.ui.nowButton, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert stored(services, booked_in.id).first(EventKind.HCP_SEEN) is not None


def test_s38_6_path_from_bail_refused_to_certificate(qtbot: Any, services: Any, booked_in: Any,
                                                     open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    timeline = editor.timeline
    qtbot.keyClick(timeline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = dialog_of(editor, qtbot)
    answer_field(qtbot, dialog, "aa_present", Qt.Key.Key_Y)
    save(qtbot, dialog)

    qtbot.mouseClick(timeline.quick_buttons[EventKind.BAIL_DECISION], Qt.MouseButton.LeftButton)
    dialog = dialog_of(editor, qtbot)
    answer_field(qtbot, dialog, "bail_granted", Qt.Key.Key_N)
    assert "s.38(6)" in dialog.ui.nextStepLabel.text() and dialog.ui.nextStepLabel.isVisible()
    assert not dialog.rows["refusal_grounds"].isHidden()
    save(qtbot, dialog)
    assert stored(services, booked_in.id).last(EventKind.BAIL_DECISION).details["bail_granted"] is False

    assert timeline.banner.isVisible()
    assert "ask the local authority" in timeline.banner_label.text()
    request = timeline.banner_button(EventKind.LA_TRANSFER_REQUESTED)
    qtbot.mouseClick(request, Qt.MouseButton.LeftButton)
    dialog = dialog_of(editor, qtbot)
    assert dialog.kind is EventKind.LA_TRANSFER_REQUESTED
    choose(dialog, "accommodation_type", "non_secure")
    save(qtbot, dialog)

    certificate = timeline.banner_button(EventKind.CERTIFICATE_ISSUED)
    assert certificate is not None
    qtbot.mouseClick(certificate, Qt.MouseButton.LeftButton)
    dialog = dialog_of(editor, qtbot)
    assert dialog.kind is EventKind.CERTIFICATE_ISSUED
    assert dialog.ui.guidanceFrame.isVisible()
    assert "Note 16D" in dialog.ui.guidanceTitleLabel.text()
    assert "behaviour" in dialog.ui.guidanceLabel.text()
    choose(dialog, "ground", "a_impracticable")
    save(qtbot, dialog)
    assert stored(services, booked_in.id).first(EventKind.CERTIFICATE_ISSUED) is not None
    assert not timeline.banner.isVisible()


# --------------------------------------------------------------------------- findings


def codes(editor: RecordEditor) -> set[str]:
    return {item.code for item in editor.findings.items()}


def test_finding_appears_and_clears_and_jumps_to_its_question(
        qtbot: Any, services: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    assert "voc_demeanour_missing" in codes(editor)
    tree = editor.findings.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).code == "voc_demeanour_missing")
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    voice = [s.id for s in editor.definition.sections].index("voice")
    assert editor.form.currentIndex() == voice
    box = editor.form.rows["voc_behaviour_demeanour"].input.focus_target()
    assert QApplication.focusWidget() is box

    qtbot.keyClicks(box, "Quiet, tearful, avoided eye contact")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert "voc_demeanour_missing" not in codes(editor)


def test_girl_needs_a_named_woman_and_the_question_is_shown(
        qtbot: Any, services: Any, open_editor: Any) -> None:
    record = book_in(services, gender=Gender.FEMALE, custody_number="TSTA/000202/26")
    editor = open_editor(record.id)
    row = editor.form.rows["female_care_officer"]
    assert not row.isHidden()
    assert "girl_no_female_care_officer" in codes(editor)
    editor.form.focus_question("female_care_officer")
    name = row.input.fields["name"]
    qtbot.keyClicks(name, "Ann Smith")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.input.fields["rank"], "Sergeant")
    qtbot.keyClick(row.input.fields["rank"], Qt.Key.Key_Tab)
    assert stored(services, record.id).answers["female_care_officer"] == {
        "name": "Ann Smith", "rank": "Sergeant"}
    assert "girl_no_female_care_officer" not in codes(editor)


# --------------------------------------------------------------------------- conflicts


def test_conflicting_edit_from_another_terminal_shows_both_versions_and_reapplies(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    stale = editor.record.version
    second_terminal.records.save_answer(booked_in.id, "first_language", "Urdu", stale)
    second_terminal.records.save_answer(booked_in.id, "home_local_authority", "Testshire", stale + 1)

    type_answer(qtbot, editor, "first_language", "English")
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    dialog: ConflictDialog = editor.conflict_dialog
    assert "English" in dialog.ui.yoursText.toPlainText()
    theirs = dialog.ui.theirsText.toPlainText()
    assert "Urdu" in theirs and "Testshire" in theirs
    assert stored(services, booked_in.id).answers["first_language"] == "Urdu"  # nothing overwritten
    assert editor.form.rows["first_language"].input.value() == "Urdu"

    qtbot.mouseClick(dialog.ui.reapplyButton, Qt.MouseButton.LeftButton)
    record = stored(services, booked_in.id)
    assert record.answers["first_language"] == "English"
    assert record.answers["home_local_authority"] == "Testshire"
    assert editor.form.rows["first_language"].input.value() == "English"
    assert editor.record.version == record.version


def test_conflict_can_discard_my_change_and_escape_decides_nothing(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    second_terminal.records.save_answer(booked_in.id, "first_language", "Urdu", editor.record.version)
    type_answer(qtbot, editor, "first_language", "English")
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    dialog = editor.conflict_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.ui.discardButton, Qt.MouseButton.LeftButton)
    assert stored(services, booked_in.id).answers["first_language"] == "Urdu"
    assert editor.form.rows["first_language"].input.value() == "Urdu"
    type_answer(qtbot, editor, "home_local_authority", "Testshire")  # the new version is in use
    assert stored(services, booked_in.id).answers["home_local_authority"] == "Testshire"


# --------------------------------------------------------------------------- never lose a change


def make_database_busy_quickly(services: Any, milliseconds: int = 150) -> None:
    """This terminal waits ``milliseconds`` (not 5 s) for another terminal's write lock."""
    from sqlalchemy import event

    @event.listens_for(services.database.engine, "connect")
    def _short_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout={milliseconds}")

    services.database.engine.dispose()  # new connections get the short timeout


def open_as_main_window_does(qtbot: Any, services: Any, record_id: str) -> RecordEditor:
    """Deleted when it closes (WA_DeleteOnClose), exactly as the main window opens editors."""
    editor = RecordEditor(services, record_id)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.resize(1366, 768)
    editor.show()
    assert QTest.qWaitForWindowExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def still_open(qtbot: Any, editor: RecordEditor) -> bool:
    import shiboken6

    qtbot.wait(50)  # lets a deleteLater() happen
    return shiboken6.isValid(editor) and editor.isVisible()


def test_closing_on_a_conflict_keeps_the_window_and_the_change(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any) -> None:
    editor = open_as_main_window_does(qtbot, services, booked_in.id)
    second_terminal.records.save_answer(booked_in.id, "first_language", "Urdu", editor.record.version)
    type_answer(qtbot, editor, "first_language", "English", leave=False)

    assert editor.close() is False  # the save conflicted: closing would lose "English"
    assert still_open(qtbot, editor)
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert "English" in dialog.ui.yoursText.toPlainText()
    assert "not closed" in dialog.ui.explanationLabel.text().lower()
    assert editor.close() is False  # asking again changes nothing while the choice is open

    qtbot.mouseClick(dialog.ui.reapplyButton, Qt.MouseButton.LeftButton)
    assert stored(services, booked_in.id).answers["first_language"] == "English"
    assert editor.close() is True


def test_closing_while_the_database_is_busy_keeps_the_window_until_saved_or_discarded(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any) -> None:
    make_database_busy_quickly(services)
    editor = open_as_main_window_does(qtbot, services, booked_in.id)
    type_answer(qtbot, editor, "first_language", "Welsh", leave=False)
    with second_terminal.database.transaction():  # the other terminal is writing
        assert editor.close() is False
        assert still_open(qtbot, editor)
        prompt = editor.close_prompt
        assert prompt is not None and prompt.isVisible()
        assert "Child's first language: Welsh" in prompt.text()
        assert "busy" in prompt.text()
        assert editor.form.saved_value("first_language") is None
    qtbot.waitUntil(lambda: stored(services, booked_in.id).answers.get("first_language") == "Welsh",
                    timeout=10_000)  # retried once the database is free
    qtbot.waitUntil(lambda: not still_open(qtbot, editor))  # then the close asked for goes ahead


def test_keep_open_on_close_then_the_retry_saves(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any, open_editor: Any) -> None:
    make_database_busy_quickly(services)
    editor = open_editor(booked_in.id)
    with second_terminal.database.transaction():
        type_answer(qtbot, editor, "first_language", "Welsh")  # refused: database busy
        assert editor.close() is False
        prompt = editor.close_prompt
        qtbot.mouseClick(prompt.button(prompt.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        assert editor.close_prompt is None and editor.isVisible()
    qtbot.waitUntil(lambda: stored(services, booked_in.id).answers.get("first_language") == "Welsh",
                    timeout=10_000)
    assert editor.isVisible()  # kept open as chosen
    assert editor.close() is True


def test_discarding_unsaved_answers_on_close_is_an_explicit_choice(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any) -> None:
    make_database_busy_quickly(services)
    editor = open_as_main_window_does(qtbot, services, booked_in.id)
    type_answer(qtbot, editor, "first_language", "Welsh", leave=False)
    with second_terminal.database.transaction():
        assert editor.close() is False
        prompt = editor.close_prompt
        qtbot.mouseClick(prompt.button(prompt.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not still_open(qtbot, editor))
    qtbot.wait(editor_retry_ms() + 500)  # nothing is saved behind the user's back afterwards
    assert "first_language" not in stored(services, booked_in.id).answers


def editor_retry_ms() -> int:
    from custody_checklist.gui import record_editor

    return record_editor.RETRY_MS


def test_database_busy_keeps_the_answer_pending_and_retries(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any, open_editor: Any) -> None:
    make_database_busy_quickly(services)
    editor = open_editor(booked_in.id)
    with second_terminal.database.transaction():  # another terminal holds the write lock
        type_answer(qtbot, editor, "first_language", "Welsh")
        message = editor.statusBar().currentMessage()
        assert "Not saved yet" in message and "busy" in message and "retry" in message
        assert editor.form.saved_value("first_language") is None  # not believed saved
        assert editor.form.rows["first_language"].input.value() == "Welsh"
    qtbot.waitUntil(lambda: stored(services, booked_in.id).answers.get("first_language") == "Welsh",
                    timeout=10_000)
    assert editor.form.saved_value("first_language") == "Welsh"
    assert "✓" in editor.statusBar().currentMessage()


def test_a_conflict_does_not_reset_other_unsaved_answers(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any, open_editor: Any) -> None:
    make_database_busy_quickly(services)
    editor = open_editor(booked_in.id)
    editor.retry_timer.setInterval(60_000)  # the user acts before the automatic retry
    with second_terminal.database.transaction():
        type_answer(qtbot, editor, "first_language", "Welsh")  # not saved: database busy
    second_terminal.records.save_answer(booked_in.id, "home_local_authority", "Testshire",
                                        editor.record.version)
    editor.form.focus_question("interpreter_required")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)  # conflicts with the other terminal
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    yours = editor.conflict_dialog.ui.yoursText.toPlainText()
    assert "Welsh" in yours and "interpreter needed" in yours  # both unsaved answers carried

    qtbot.mouseClick(editor.conflict_dialog.ui.reapplyButton, Qt.MouseButton.LeftButton)
    record = stored(services, booked_in.id)
    assert record.answers["first_language"] == "Welsh"
    assert record.answers["interpreter_required"] is False
    assert record.answers["home_local_authority"] == "Testshire"
    assert editor.form.rows["first_language"].input.value() == "Welsh"
    assert not editor.form.unsaved()


def test_flush_on_a_conflict_carries_every_pending_answer(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    second_terminal.records.save_answer(booked_in.id, "first_language", "Urdu", editor.record.version)
    type_answer(qtbot, editor, "first_language", "English", leave=False)
    other = editor.form.rows["home_local_authority"].input.focus_target()
    qtbot.keyClicks(other, "Testshire")  # still in its typing pause too
    editor.flush()  # as closing, printing or locking the terminal does
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    yours = editor.conflict_dialog.ui.yoursText.toPlainText()
    assert "English" in yours and "Testshire" in yours

    qtbot.mouseClick(editor.conflict_dialog.ui.reapplyButton, Qt.MouseButton.LeftButton)
    record = stored(services, booked_in.id)
    assert record.answers["first_language"] == "English"
    assert record.answers["home_local_authority"] == "Testshire"


def test_record_submitted_elsewhere_turns_the_editor_read_only_and_says_why(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any) -> None:
    from tests.gui.test_editor_read_only import is_locked

    editor = open_as_main_window_does(qtbot, services, booked_in.id)
    second_terminal.workflow.submit(booked_in.id, editor.record.version, "")
    type_answer(qtbot, editor, "first_language", "Welsh")
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    banner = editor.workflow_panel.banner
    assert banner.isVisible() and "Submitted for review" in banner.text()
    assert is_locked(editor.form.rows["first_language"].input)

    qtbot.mouseClick(editor.conflict_dialog.ui.reapplyButton, Qt.MouseButton.LeftButton)
    assert "inspector must return it" in editor.statusBar().currentMessage()
    assert editor.form.rows["first_language"].input.value() == "Welsh"  # still there to copy
    assert "first_language" not in stored(services, booked_in.id).answers
    assert editor.close() is False  # it cannot be saved: the user decides
    prompt = editor.close_prompt
    assert "inspector must return it" in prompt.text()
    qtbot.mouseClick(prompt.button(prompt.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not still_open(qtbot, editor))


def test_ticked_options_stored_in_another_order_are_not_a_change(
        qtbot: Any, services: Any, booked_in: Any) -> None:
    question = next(q for q in services.definitions.latest("child-detention").questions()
                    if q.id == "vulnerability_flags")
    flags = [o.value for o in question.options if not o.exclusive][:2][::-1]  # not in form order
    record = services.records.save_answer(booked_in.id, "vulnerability_flags", flags,
                                          booked_in.version)
    editor = open_as_main_window_does(qtbot, services, record.id)
    editor.form.focus_question("vulnerability_flags")
    assert sorted(editor.form.rows["vulnerability_flags"].input.value()) == sorted(flags)
    assert not editor.form.unsaved()
    assert editor.close() is True
    assert stored(services, record.id).version == record.version  # closing saved nothing


def test_submit_is_refused_while_an_answer_is_still_unsaved(
        qtbot: Any, services: Any, second_terminal: Any, booked_in: Any,
        open_editor: Any, monkeypatch: Any) -> None:
    """An inspector must never be sent a record with the sergeant's last answer missing."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kw: ("", True))
    make_database_busy_quickly(services)
    editor = open_editor(booked_in.id)
    with second_terminal.database.transaction():  # the other terminal is writing
        type_answer(qtbot, editor, "first_language", "Welsh")  # refused: database busy
        editor.workflow_panel.submit()
    assert warnings and "not submitted" in warnings[0]
    assert stored(services, booked_in.id).status.value == "draft"
