"""Sections not visited yet are bare stand-ins (no scroll area, no rows) until first shown;
jumping to a question there builds its page and focuses it at once. On a built page a
conditional question gets its row when it first applies: in its place, in the Tab order,
and saved like any other."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from custody_checklist.gui.checklist_form import ChecklistForm
from tests.gui import editor_fixtures

booked_in = editor_fixtures.booked_in
open_editor = editor_fixtures.open_editor
MALE = {"gender": "male", "dob_status": "verified"}


def shown_form(qtbot: Any, services: Any) -> ChecklistForm:
    form = ChecklistForm(services.definitions.latest("child-detention"))
    qtbot.addWidget(form)
    form.resize(800, 700)
    form.load({}, MALE)
    form.show()
    assert QTest.qWaitForWindowExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def tab_out_of(qtbot: Any, row: Any, key: Qt.Key = Qt.Key.Key_Tab) -> Any:
    """Press Tab (or Shift+Tab) until the focus leaves ``row``: where it lands."""
    modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else \
        Qt.KeyboardModifier.NoModifier
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        if not row.isAncestorOf(QApplication.focusWidget()):
            break
    return QApplication.focusWidget()


def test_only_the_first_section_is_built_and_a_jump_builds_and_focuses_at_once(
        qtbot: Any, services: Any) -> None:
    definition = services.definitions.latest("child-detention")
    form = ChecklistForm(definition)
    qtbot.addWidget(form)
    form.resize(800, 700)
    form.load({}, {"gender": "male", "dob_status": "verified"})
    form.show()
    assert QTest.qWaitForWindowExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    assert form.count() == len(definition.sections)
    assert list(form.scrolls) == [0]
    assert len(form.findChildren(QScrollArea)) == 1
    last = len(definition.sections) - 1
    question = next(q for q in definition.sections[last].questions if not q.show_if)
    assert form.focus_question(question.id)
    assert form.currentIndex() == last and form.is_built(last)
    assert form.scrolls[last].isVisible()
    assert form.rows[question.id].isAncestorOf(QApplication.focusWidget())


def test_a_section_chosen_in_the_navigator_shows_its_page_at_once(qtbot: Any, services: Any) -> None:
    definition = services.definitions.latest("child-detention")
    form = ChecklistForm(definition)
    qtbot.addWidget(form)
    form.load({}, {"gender": "male", "dob_status": "verified"})
    form.show()
    assert QTest.qWaitForWindowExposed(form)
    form.setCurrentIndex(2)  # as the navigator does: the page shows before it is built
    assert form.is_built(2) and form.scrolls[2].isVisible()
    unconditional = [form.rows[q.id] for q in definition.sections[2].questions if q.show_if is None]
    assert unconditional and all(row.isVisible() for row in unconditional)


def test_a_conditional_question_gets_its_row_when_it_applies_in_place_and_in_tab_order(
        qtbot: Any, services: Any) -> None:
    form = shown_form(qtbot, services)
    assert "age_dispute_details" not in form.rows  # does not apply yet: no widgets for it
    assert "appears_under_18" not in form.rows  # date of birth verified: never asked
    disputed, language = form.rows["age_disputed"], form.rows["first_language"]
    disputed.input.focus_target().setFocus()
    qtbot.keyClick(disputed.input.focus_target(), Qt.Key.Key_Y)

    details = form.rows["age_dispute_details"]
    assert details.isVisible() and "Required" in details.problem_text
    layout = form.scrolls[0].widget().layout()
    assert layout.indexOf(disputed) < layout.indexOf(details) < layout.indexOf(language)
    assert details.isAncestorOf(tab_out_of(qtbot, disputed))
    assert language.isAncestorOf(tab_out_of(qtbot, details))
    assert details.isAncestorOf(tab_out_of(qtbot, language, Qt.Key.Key_Backtab))

    qtbot.keyClick(disputed.input.focus_target(), Qt.Key.Key_N)  # no longer applies: hidden
    assert details.isHidden()


def test_a_row_asked_for_before_it_applies_is_built_hidden(qtbot: Any, services: Any) -> None:
    form = shown_form(qtbot, services)
    row = form.rows["interpreter_details"]
    assert row.isHidden() and row.input.value() is None
    assert "interpreter_details" in form.rows
    assert form.live_answers().get("interpreter_details") is None


def test_answers_in_a_late_section_and_a_late_row_are_saved_and_a_finding_builds_its_section(
        qtbot: Any, services: Any, booked_in: Any, open_editor: Any) -> None:
    editor = open_editor(booked_in.id)
    form = editor.form
    ids = [s.id for s in editor.definition.sections]
    welfare, voice = ids.index("welfare"), ids.index("voice")
    assert form.is_built(0) and not form.is_built(welfare) and not form.is_built(voice)

    editor.navigator.setCurrentRow(welfare)  # as a click on the section does
    assert form.is_built(welfare) and "welfare_person" not in form.rows
    informed = form.rows["welfare_informed"].input.focus_target()
    informed.setFocus()
    qtbot.keyClick(informed, Qt.Key.Key_Y)
    name = form.rows["welfare_person"].input.fields["name"]
    assert name.isVisible()
    name.setFocus()
    qtbot.keyClicks(name, "Mary Jones")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    answers = services.records.get(booked_in.id).answers
    assert answers["welfare_informed"] is True
    assert answers["welfare_person"] == {"name": "Mary Jones"}

    tree = editor.findings.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).code == "voc_demeanour_missing")
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert form.currentIndex() == voice and form.is_built(voice)
    assert QApplication.focusWidget() is form.rows["voc_behaviour_demeanour"].input.focus_target()


def tab_sequence(start: Any, stop: Any) -> list[Any]:
    """The visible Tab stops from ``start`` on, up to ``stop`` (as Tab would visit them)."""
    stops, widget = [], start.nextInFocusChain()
    while widget is not stop and widget is not start:
        if (widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and widget.isVisible()
                and widget.isEnabled() and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_goes_from_the_sections_list_through_the_questions_to_the_findings(
        qtbot: Any, booked_in: Any, open_editor: Any) -> None:
    """Pages are built after the panels beside them (the first by the first load): their
    Tab stops still come where the form stands, as if every page had been built first."""
    editor = open_editor(booked_in.id)
    form = editor.form
    for index in (0, [s.id for s in editor.definition.sections].index("welfare")):
        form.go_to_section(index)
        stops = tab_sequence(editor.navigator, editor.findings.tree)
        assert stops and stops[0] is form.scrolls[index]
        rows = [form.rows[q.id] for q in editor.definition.sections[index].questions
                if q.id in form.rows and form.rows[q.id].isVisible()]
        owners = []
        for stop in stops[1:]:
            owner = next(row for row in rows if row.isAncestorOf(stop))
            if not owners or owners[-1] is not owner:
                owners.append(owner)
        assert owners == rows  # every question shown, top to bottom, then the findings


def test_the_keyboard_starts_in_the_first_question_when_a_record_opens(
        qtbot: Any, booked_in: Any, open_editor: Any) -> None:
    """At 3 a.m. the sergeant opens a record and types: the first key goes into the first
    question of the section shown, not onto a navigation button."""
    editor = open_editor(booked_in.id)
    form = editor.form
    section = editor.definition.sections[form.currentIndex()]
    first = next(form.rows[q.id] for q in section.questions
                 if q.id in form.rows and form.rows[q.id].isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert first.isAncestorOf(QApplication.focusWidget())
