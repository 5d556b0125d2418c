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


def test_read_only_keyword_locks_a_draft_like_a_signed_record(qtbot: Any, services: Any) -> None:
    """``RecordEditor(..., read_only=True)`` (used by the audit) takes the signed-record path:
    every input and event button locked, printing allowed, and the title says read-only
    (and keeps saying it when the header refreshes)."""
    from custody_checklist.gui.record_editor import RecordEditor

    draft = editor_fixtures.book_in(services, custody_number="TSTA/000901/26")
    editor = RecordEditor(services, draft.id, read_only=True)
    qtbot.addWidget(editor)
    assert editor.read_only and "(read-only)" in editor.windowTitle()
    editor._update_header()  # the 30 s refresh
    assert "(read-only)" in editor.windowTitle()
    form = editor.form
    for index in range(form.count()):
        form.go_to_section(index)
        for question in editor.definition.sections[index].questions:
            assert is_locked(form.rows[question.id].input), question.id
    assert not any(b.isEnabled() for b in editor.timeline.quick_buttons.values())
    assert not editor.timeline.more_button.isEnabled()
    assert editor.ui.actionPrintSummary.isEnabled()
    editor.close()
    assert services.records.get(draft.id).version == draft.version
    plain = RecordEditor(services, draft.id)  # the default is unchanged: a draft is editable
    qtbot.addWidget(plain)
    assert not plain.read_only and "read-only" not in plain.windowTitle()
    assert plain.timeline.more_button.isEnabled()
    plain.close()
