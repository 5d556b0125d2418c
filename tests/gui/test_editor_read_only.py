"""A signed-off record opens read only: the service refuses writes (RecordLocked) and the
editor makes every input read only (text stays selectable, the rest disabled), on every page (pages are built lazily, so late ones too),
and every event button, while printing the summary stays possible."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from custody_checklist.domain.record import RecordStatus
from custody_checklist.services.errors import RecordLocked
from tests.gui import editor_fixtures
from tests.gui.conftest import child_record

open_editor = editor_fixtures.open_editor


def is_locked(answer_input: Any) -> bool:
    """Text stays selectable (read only); every other input is disabled."""
    edit = getattr(answer_input, "edit", None)
    if isinstance(edit, QLineEdit | QPlainTextEdit):
        return edit.isReadOnly()
    return not answer_input.isEnabled()


@pytest.fixture
def signed(services: Any, add_records: Any) -> Any:
    draft = child_record("TSTA/000900/26", "Evans", released=True)
    record = dataclasses.replace(draft, status=RecordStatus.SIGNED,
                                 answers={"first_language": "Welsh"})
    add_records(record)
    return services.records.get(record.id)


def test_services_refuse_changes_to_a_signed_record(services: Any, signed: Any) -> None:
    with pytest.raises(RecordLocked):
        services.records.save_answer(signed.id, "first_language", "English", signed.version)
    assert services.records.get(signed.id).answers["first_language"] == "Welsh"


def test_signed_record_opens_read_only(open_editor: Any, services: Any, signed: Any) -> None:
    editor = open_editor(signed.id)
    form = editor.form
    assert "read only" in editor.ui.statusLabel.text()
    for index in range(form.count()):  # builds each page as a sergeant paging through would
        form.go_to_section(index)
        section = editor.definition.sections[index]
        for question in section.questions:
            assert is_locked(form.rows[question.id].input), question.id
    assert form.rows["first_language"].input.value() == "Welsh"
    timeline = editor.timeline
    assert not any(b.isEnabled() for b in timeline.quick_buttons.values())
    assert not timeline.more_button.isEnabled()
    assert not any(a.isEnabled() for a in timeline.actions_by_kind.values())
    assert editor.ui.actionPrintSummary.isEnabled()  # reading is still allowed
    editor.close()
    assert services.records.get(signed.id).version == signed.version  # closing saved nothing
