"""Sections not visited yet are bare stand-ins (no scroll area, no rows) until first shown;
jumping to a question there builds its page and focuses it at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QScrollArea

from custody_checklist.gui.checklist_form import ChecklistForm


def test_only_the_first_section_is_built_and_a_jump_builds_and_focuses_at_once(
        qtbot: Any, services: Any) -> None:
    definition = services.definitions.latest("child-detention")
    form = ChecklistForm(definition)
    qtbot.addWidget(form)
    form.resize(800, 700)
    form.load({}, {"gender": "male", "dob_status": "verified"})
    form.show()
    qtbot.waitExposed(form)
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
    qtbot.waitExposed(form)
    form.setCurrentIndex(2)  # as the navigator does: the page shows before it is built
    assert form.is_built(2) and form.scrolls[2].isVisible()
    unconditional = [form.rows[q.id] for q in definition.sections[2].questions if q.show_if is None]
    assert unconditional and all(row.isVisible() for row in unconditional)
