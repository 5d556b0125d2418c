"""The section list shows each section's progress; at each keystroke only a row whose
progress changed is touched (a changed row re-lays out the whole wrapped list)."""

from __future__ import annotations

from typing import Any

from custody_checklist.gui.section_navigator import SectionNavigator, status_icon

MALE = {"gender": "male", "dob_status": "verified"}


def test_only_rows_whose_progress_changed_are_updated(qtbot: Any, services: Any) -> None:
    definition = services.definitions.latest("child-detention")
    navigator = SectionNavigator(definition)
    qtbot.addWidget(navigator)
    navigator.update_progress({}, MALE)
    assert navigator.item(0).text().endswith("Not started · 1 required")
    changed: list[int] = []
    navigator.model().dataChanged.connect(lambda first, last, *_: changed.extend(
        range(first.row(), last.row() + 1)))

    navigator.update_progress({}, MALE)  # nothing new: no row touched
    assert changed == []
    navigator.update_progress({"first_language": "Welsh"}, MALE)  # section 1 only
    assert set(changed) == {0}
    assert navigator.item(0).text().endswith("In progress · 1 required")
    assert navigator.progress(0).answered == 1 and navigator.progress(1).answered == 0


def test_badges_are_drawn_once_per_state_and_size(qtbot: Any) -> None:
    assert status_icon("complete", 48) is status_icon("complete", 48)
    assert status_icon("complete", 48) is not status_icon("partial", 48)
    assert not status_icon("missing", 32).isNull()
