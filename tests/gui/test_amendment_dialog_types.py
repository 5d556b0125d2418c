"""The amendment dialog for every kind of answer and every detail of the child: the same
input the checklist uses (a person's three boxes, ticked options with an exclusive "None",
a UK local date-time), a date of birth that may be "not known", the child's gender, and the
service's validation messages in words inside the dialog."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QDate

from custody_checklist.domain.record import Gender, RecordStatus
from custody_checklist.gui.amendment_dialog import AmendmentDialog
from custody_checklist.gui.widgets_common import (
    DateTimeInput,
    MultiChoiceInput,
    PersonInput,
    utc_to_qdatetime,
)
from custody_checklist.services.workflow import keyed_breaches
from tests.amend_helpers import WHEN_QUESTION, with_datetime_question
from tests.gui.conftest import child_record

PASSWORD = "correct horse battery"
AA = {"name": "Jo Carer", "rank": "Mother", "number": "07700 900123"}


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: Any) -> None:
    monkeypatch.setattr("custody_checklist.services.accounts.make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def signed(services: Any, add_records: Any, monkeypatch: Any, tmp_path: Path) -> Any:
    """A signed record with an AA, vulnerability flags and a date-time answer; the sergeant is logged in."""
    with_datetime_question(services, monkeypatch, tmp_path)
    services.accounts.add_user("admin", "Ada Admin", roles=["administrator"], password=PASSWORD)
    services.login("admin", PASSWORD)
    services.accounts.add_user("ps.a", "Priya Alpha", rank="sergeant", collar_number="2001",
                               roles=["sergeant"], password=PASSWORD)
    services.accounts.add_user("insp.a", "Ines Alpha", rank="inspector", collar_number="1001",
                               roles=["inspector"], password=PASSWORD)
    draft = child_record("TST-A/000010/26", "Nowak", released=True, hours_ago=8)
    draft.answers.update(aa_person=AA, vulnerability_flags=["cce"], **{WHEN_QUESTION: "2026-03-01T10:20:00Z"})
    [record] = add_records(draft)
    services.login("ps.a", PASSWORD)
    record = services.workflow.submit(record.id, services.records.get(record.id).version)
    services.login("insp.a", PASSWORD)
    acks = {k: "Seen." for k, _ in keyed_breaches(services.workflow.open_breaches(record))}
    record = services.workflow.sign(record.id, record.version, PASSWORD, "", acks)
    services.login("ps.a", PASSWORD)
    return record


def _dialog(qtbot: Any, services: Any, record: Any, field: str) -> AmendmentDialog:
    definition = services.definitions.get(record.definition_id, record.definition_version)
    dialog = AmendmentDialog(services, record, definition)
    qtbot.addWidget(dialog)
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData(field))
    assert dialog.field_combo.currentData() == field
    return dialog


def _save(dialog: AmendmentDialog, reason: str = "Recorded wrongly at booking in") -> Any:
    dialog.reason_edit.setPlainText(reason)
    dialog._on_accepted()
    assert dialog.amended is not None, dialog.error.text()
    return dialog.amended


def _only_change(record: Any) -> tuple[str, Any, Any]:
    assert record.status is RecordStatus.SUBMITTED
    [change] = record.amendments[-1].changes
    return change["field"], change["old"], change["new"]


def _verify_is_clean(services: Any, capsys: Any) -> None:
    services.login("admin", PASSWORD)
    assert services.audit_log.verify() == []


def test_a_person_answer_is_amended_in_the_checklists_own_boxes(qtbot: Any, services: Any, signed: Any) -> None:
    dialog = _dialog(qtbot, services, signed, "answers.aa_person")
    assert isinstance(dialog.answer_input, PersonInput)
    assert dialog.current_label.text() == "Jo Carer, Mother, 07700 900123"
    assert dialog.answer_input.value() == AA  # starts from what is on the record
    dialog.answer_input.fields["name"].setText("")
    dialog.reason_edit.setPlainText("Wrong AA")
    dialog._on_accepted()  # a person with no name: the service's words, in the dialog
    assert dialog.amended is None
    assert "Appropriate adult's details: A person needs a name." in dialog.error.text()
    dialog.answer_input.fields["name"].setText("Jo Carer-Smith")
    record = _save(dialog)
    assert _only_change(record) == ("answers.aa_person", AA, {**AA, "name": "Jo Carer-Smith"})


def test_ticked_options_keep_none_of_these_on_its_own(qtbot: Any, services: Any, signed: Any) -> None:
    dialog = _dialog(qtbot, services, signed, "answers.vulnerability_flags")
    flags = dialog.answer_input
    assert isinstance(flags, MultiChoiceInput)
    assert dialog.current_label.text() == flags.question.option_label("cce")
    flags.boxes["county_lines"].setChecked(True)
    assert flags.value() == ["cce", "county_lines"]
    flags.boxes["none"].setChecked(True)  # exclusive: clears the others
    assert flags.value() == ["none"]
    flags.boxes["cse"].setChecked(True)  # and ticking another clears "none"
    assert flags.value() == ["cse"]
    flags.boxes["none"].setChecked(True)
    record = _save(dialog)
    assert _only_change(record) == ("answers.vulnerability_flags", ["cce"], ["none"])


def test_a_combined_none_is_refused_in_words(qtbot: Any, services: Any, signed: Any) -> None:
    dialog = _dialog(qtbot, services, signed, "answers.vulnerability_flags")
    dialog.answer_input.value = lambda: ["none", "cse"]  # as a hand-edited value would arrive
    dialog.reason_edit.setPlainText("Flags")
    dialog._on_accepted()
    assert dialog.amended is None
    assert "cannot be combined with other choices" in dialog.error.text()
    assert services.records.get(signed.id).status is RecordStatus.SIGNED


def test_a_date_time_answer_is_amended_in_uk_time(qtbot: Any, services: Any, signed: Any) -> None:
    dialog = _dialog(qtbot, services, signed, f"answers.{WHEN_QUESTION}")
    when = dialog.answer_input
    assert isinstance(when, DateTimeInput)
    assert dialog.current_label.text() == "01/03/2026 10:20 GMT"
    when.edit.setDateTime(utc_to_qdatetime(datetime(2026, 6, 1, 9, 45, tzinfo=UTC)))  # 10:45 BST
    record = _save(dialog)
    assert _only_change(record) == (f"answers.{WHEN_QUESTION}", "2026-03-01T10:20:00Z", "2026-06-01T09:45:00Z")


def test_the_date_of_birth_is_amended_or_made_not_known(qtbot: Any, services: Any, signed: Any, capsys: Any) -> None:
    old = signed.child.date_of_birth
    dialog = _dialog(qtbot, services, signed, "child.date_of_birth")
    assert dialog.dob_host.isVisibleTo(dialog) and not dialog.answer_host.isVisibleTo(dialog)
    assert dialog.current_label.text() == old.strftime("%d/%m/%Y")
    assert not dialog.dob_unknown.isChecked() and dialog.dob_edit.date().toPython() == old
    dialog.dob_edit.setDate(QDate(old.year, 2, 28))
    record = _save(dialog)
    assert _only_change(record) == ("child.date_of_birth", old.isoformat(), date(old.year, 2, 28).isoformat())
    assert record.child.date_of_birth == date(old.year, 2, 28)

    services.login("insp.a", PASSWORD)  # re-signed, then amended to "not known"
    acks = {k: "Seen." for k, _ in keyed_breaches(services.workflow.open_breaches(record))}
    record = services.workflow.sign(record.id, record.version, PASSWORD, "", acks)
    services.login("ps.a", PASSWORD)
    dialog = _dialog(qtbot, services, record, "child.date_of_birth")
    dialog.dob_unknown.setChecked(True)
    assert not dialog.dob_edit.isEnabled()
    record = _save(dialog, "Documents were not the child's")
    assert _only_change(record) == ("child.date_of_birth", date(old.year, 2, 28).isoformat(), None)
    _verify_is_clean(services, capsys)


def test_gender_and_the_other_child_details_are_chosen_from_lists(
        qtbot: Any, services: Any, signed: Any, capsys: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, services, signed, "child.gender")
    assert dialog.value_choice.isVisibleTo(dialog) and dialog.current_label.text() == "Male"
    assert [dialog.value_choice.itemText(i) for i in range(dialog.value_choice.count())] == [
        "Not stated", "Female", "Male", "Other"]
    assert dialog.value_choice.currentData() == "male"
    dialog.value_choice.setCurrentIndex(dialog.value_choice.findData("female"))
    record = _save(dialog)
    assert _only_change(record) == ("child.gender", "male", "female")
    assert record.child.gender is Gender.FEMALE
    for field in ("child.dob_status", "child.ethnicity_category"):
        other = _dialog(qtbot, services, record, field)
        assert other.value_choice.count() >= 3 and other.value_choice.isVisibleTo(other)
    _verify_is_clean(services, capsys)
