"""The checklist form on its own: built from the real definition, driven by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from custody_checklist.domain.definition import Question
from custody_checklist.gui.checklist_form import ChecklistForm
from custody_checklist.gui.widgets_common import (
    DateTimeInput,
    MultiChoiceInput,
    PersonInput,
    YesNoInput,
    qdatetime_to_utc,
    utc_to_qdatetime,
)

MALE = {"gender": "male", "dob_status": "verified"}
FEMALE = {"gender": "female", "dob_status": "verified"}


@pytest.fixture
def form(qtbot: Any, services: Any) -> ChecklistForm:
    definition = services.definitions.latest("child-detention")
    widget = ChecklistForm(definition)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.load({}, MALE)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # keyboard focus needs the active window
    return widget


def show_question(form: ChecklistForm, question_id: str) -> Any:
    form.focus_question(question_id)
    return form.rows[question_id]


def test_every_question_of_the_definition_has_a_row_with_accessible_inputs(form: ChecklistForm) -> None:
    for question in form.definition.questions():
        row = form.rows[question.id]
        target = row.input.focus_target()
        assert target.accessibleName().startswith(question.label), question.id


def test_text_typed_then_tab_is_committed(qtbot: Any, form: ChecklistForm) -> None:
    row = show_question(form, "first_language")
    with qtbot.waitSignal(form.answer_committed) as blocker:
        qtbot.keyClicks(row.input.focus_target(), "Welsh")
        qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_Tab)
    assert blocker.args == ["first_language"]
    assert form.value_to_save("first_language") == "Welsh"
    assert form.saved_value("first_language") is None  # nobody stored it: still unsaved
    assert form.unsaved() == {"first_language": "Welsh"}


def test_typing_without_leaving_the_field_is_committed_after_a_pause(qtbot: Any, form: ChecklistForm) -> None:
    row = show_question(form, "home_local_authority")
    with qtbot.waitSignal(form.answer_committed) as blocker:  # the 600 ms debounce fires
        qtbot.keyClicks(row.input.focus_target(), "Testshire")
        assert form.has_pending()
    assert blocker.args == ["home_local_authority"]
    assert form.value_to_save("home_local_authority") == "Testshire"


def test_an_answer_counts_as_saved_only_when_the_saver_confirms(qtbot: Any, form: ChecklistForm) -> None:
    refused: list[str] = []
    form.answer_committed.connect(refused.append)  # a saver that could not store it
    row = show_question(form, "first_language")
    qtbot.keyClicks(row.input.focus_target(), "Welsh")
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_Tab)
    assert refused == ["first_language"] and form.saved_value("first_language") is None
    form.flush()  # still unsaved, so committed again
    assert refused == ["first_language", "first_language"]

    form.answer_committed.disconnect()
    form.answer_committed.connect(lambda qid: form.mark_saved(qid, form.value_to_save(qid)))
    form.flush()
    assert form.saved_value("first_language") == "Welsh" and not form.unsaved()


def test_reloading_keeps_rows_with_unsaved_edits(qtbot: Any, form: ChecklistForm) -> None:
    typed = show_question(form, "first_language")
    qtbot.keyClicks(typed.input.focus_target(), "Welsh")  # in its typing pause, unsaved
    form.load({"first_language": "Urdu", "home_local_authority": "Testshire"}, MALE)
    assert typed.input.value() == "Welsh" and typed.timer.isActive()
    assert form.rows["home_local_authority"].input.value() == "Testshire"
    assert form.unsaved() == {"first_language": "Welsh"}

    assert form.take_unsaved() == {"first_language": "Welsh"}  # handed over: row shows saved
    assert typed.input.value() == "Urdu" and not typed.timer.isActive()


def test_yes_no_answered_with_y_n_and_cleared_with_delete(qtbot: Any, form: ChecklistForm) -> None:
    row = show_question(form, "age_disputed")
    assert isinstance(row.input, YesNoInput)
    target = row.input.focus_target()
    qtbot.keyClick(target, Qt.Key.Key_Y)
    assert row.input.value() is True
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_N)
    assert row.input.value() is False
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_Delete)
    assert row.input.value() is None


def test_conditional_question_follows_its_answer_live(qtbot: Any, form: ChecklistForm) -> None:
    reason = form.rows["cell_reason"]
    row = show_question(form, "accommodation")
    assert reason.isHidden()
    combo = row.input.focus_target()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("cell"))
    assert not reason.isHidden()
    combo.setCurrentIndex(combo.findData("detention_room"))
    assert reason.isHidden()


def test_dispute_details_appear_when_age_is_disputed(qtbot: Any, form: ChecklistForm) -> None:
    details = form.rows["age_dispute_details"]
    assert details.isHidden()
    row = show_question(form, "age_disputed")
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_Y)
    assert not details.isHidden()
    assert "Required" in details.problem_text


def test_female_care_officer_only_for_a_girl(form: ChecklistForm) -> None:
    assert form.rows["female_care_officer"].isHidden()
    form.set_child(FEMALE)
    assert not form.rows["female_care_officer"].isHidden()
    assert isinstance(form.rows["female_care_officer"].input, PersonInput)


def test_required_question_says_so_in_plain_words_until_answered(qtbot: Any, form: ChecklistForm) -> None:
    row = show_question(form, "welfare_informed")
    assert "Required: not answered yet. Source: PACE Code C 3.13" in row.problem_text
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_Y)
    assert row.problem_text == ""


def test_exclusive_option_clears_the_others(form: ChecklistForm) -> None:
    row = show_question(form, "vulnerability_flags")
    assert isinstance(row.input, MultiChoiceInput)
    row.input.boxes["cse"].setChecked(True)
    row.input.boxes["county_lines"].setChecked(True)
    row.input.boxes["none"].setChecked(True)
    assert row.input.value() == ["none"]
    row.input.boxes["cce"].setChecked(True)
    assert row.input.value() == ["cce"]


def test_f1_shows_help_with_the_legal_source(qtbot: Any, form: ChecklistForm) -> None:
    row = show_question(form, "welfare_informed")
    assert row.help_label.isHidden()
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_F1)
    assert row.help_label.isVisible()
    assert "Source: PACE Code C 3.13" in row.help_label.text()
    qtbot.mouseClick(row.help_button, Qt.MouseButton.LeftButton)
    assert row.help_label.isHidden()


def test_voice_of_the_child_gets_large_boxes_with_prompts(form: ChecklistForm) -> None:
    row = show_question(form, "voc_behaviour_demeanour")
    box = row.input.focus_target()
    assert isinstance(box, QPlainTextEdit)
    assert box.minimumHeight() >= box.fontMetrics().lineSpacing() * 8
    assert box.placeholderText()
    assert box.tabChangesFocus()


def test_datetime_is_shown_in_uk_time_and_stored_as_utc(qtbot: Any) -> None:
    widget = DateTimeInput(Question(id="when", type="datetime", label="When"))
    qtbot.addWidget(widget)
    assert widget.value() is None  # "Not recorded" until set
    widget.set_value("2026-07-01T21:30:00Z")  # summer: 22:30 BST
    assert widget.edit.dateTime().time().hour() == 22
    assert widget.value() == "2026-07-01T21:30:00Z"
    with qtbot.waitSignal(widget.committed):
        qtbot.mouseClick(widget.now_button, Qt.MouseButton.LeftButton)
    assert widget.value().endswith("Z")


def test_wall_time_round_trip_across_the_autumn_clock_change() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 01:30 BST, the first 01:30
    assert qdatetime_to_utc(utc_to_qdatetime(moment)) == moment


def test_ctrl_page_down_moves_to_the_next_section(qtbot: Any, form: ChecklistForm) -> None:
    form.go_to_section(0)
    form.next_section()
    assert form.currentIndex() == 1
    form.previous_section()
    assert form.currentIndex() == 0


def test_problem_lines_are_made_only_for_rows_that_show_one(qtbot: Any, form: ChecklistForm) -> None:
    """Opening a record makes no hidden "problem" label per row; one comes when needed."""
    row = show_question(form, "age_disputed")
    details = form.rows["age_dispute_details"]
    assert row.problem_text == "" and row._error_label is None
    qtbot.keyClick(row.input.focus_target(), Qt.Key.Key_Y)
    assert details._error_label is not None and details.error_label.isVisible()
    assert details.error_label.accessibleName() == f"Problem with {details.question.label}"
    layout = details.layout()
    assert layout.indexOf(details.error_label) > layout.indexOf(details.input)  # under the input


def test_a_wrapped_title_measures_again_when_its_font_changes(form: ChecklistForm) -> None:
    title = form.rows["age_disputed"].title
    before = title.heightForWidth(120)
    assert title.heightForWidth(120) == before  # remembered
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    title.setFont(font)
    assert title.heightForWidth(120) > before
