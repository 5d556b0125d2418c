"""Amending every kind of answer and every detail of the child: the service takes a person,
ticked options (an exclusive "None" alone), a date-time and a date; each change is kept with
its old and new value, the record goes back to submitted, and ``verify`` stays clean."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from custody_checklist.domain.interchange import content_hash
from custody_checklist.domain.record import RecordStatus
from custody_checklist.services.errors import ValidationFailed
from custody_checklist.services.workflow import keyed_breaches, revert_amendments
from tests.amend_helpers import WHEN_QUESTION, with_datetime_question
from tests.factories import make_record
from tests.integration.accounts_helpers import PASSWORD, add_people

AA = {"name": "Jo Carer", "rank": "Mother", "number": "07700 900123"}


@pytest.fixture
def signed(services, monkeypatch, tmp_path):
    with_datetime_question(services, monkeypatch, tmp_path)
    people = add_people(services)
    services.records.import_records([make_record(
        "TST-A/000001/26", aa_person=AA, vulnerability_flags=["cce", "missing_from_home"],
        **{WHEN_QUESTION: "2026-03-01T10:20:00Z"})])
    draft = services.records.get_by_reference("TST-A/000001/26")
    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record = sgt.workflow.submit(draft.id, draft.version)
    acks = {k: "Seen." for k, _ in keyed_breaches(insp.workflow.open_breaches(record))}
    return people, insp.workflow.sign(record.id, record.version, PASSWORD, "", acks)


def test_person_multichoice_datetime_and_child_details_are_amended(services, signed):
    people, record = signed
    sgt = people["ps.alpha"]
    changes = {
        "answers.aa_person": {"name": "Jo Carer-Smith", "rank": "Mother", "number": "07700 900123"},
        "answers.vulnerability_flags": ["none"],
        f"answers.{WHEN_QUESTION}": datetime(2026, 3, 1, 11, 5, tzinfo=UTC),
        "child.date_of_birth": date(2010, 6, 4),
        "child.dob_status": "stated",
        "child.gender": "female",
        "child.ethnicity_category": "white",
    }
    amended = sgt.workflow.amend(record.id, record.version, changes, "Booked in wrongly")
    assert amended.status is RecordStatus.SUBMITTED
    by_field = {c["field"]: (c["old"], c["new"]) for c in amended.amendments[-1].changes}
    assert by_field == {
        "answers.aa_person": (AA, changes["answers.aa_person"]),
        "answers.vulnerability_flags": (["cce", "missing_from_home"], ["none"]),
        f"answers.{WHEN_QUESTION}": ("2026-03-01T10:20:00Z", "2026-03-01T11:05:00Z"),
        "child.date_of_birth": ("2010-05-04", "2010-06-04"),
        "child.dob_status": ("verified", "stated"),
        "child.gender": ("male", "female"),
        "child.ethnicity_category": ("not_stated", "white"),
    }
    assert amended.answers[WHEN_QUESTION] == "2026-03-01T11:05:00Z"  # stored as the checklist stores it
    assert content_hash(revert_amendments(amended, amended.amendments)) == content_hash(record)  # what was signed
    assert services.audit_log.verify() == []


def test_a_date_time_given_with_an_offset_is_stored_in_utc_and_ticks_in_another_order_are_no_change(
        services, signed):
    people, record = signed
    sgt = people["ps.alpha"]
    with pytest.raises(ValidationFailed, match="changes nothing"):
        sgt.workflow.amend(record.id, record.version,
                           {"answers.vulnerability_flags": ["missing_from_home", "cce"]}, "Same")
    amended = sgt.workflow.amend(record.id, record.version,
                                 {f"answers.{WHEN_QUESTION}": "2026-03-01T12:20:00+01:00"}, "Time")
    assert amended.amendments[-1].changes == [
        {"field": f"answers.{WHEN_QUESTION}", "old": "2026-03-01T10:20:00Z", "new": "2026-03-01T11:20:00Z"}]


@pytest.mark.parametrize(("field", "value", "words"), [
    ("answers.vulnerability_flags", ["none", "cce"], "cannot be combined"),
    ("answers.vulnerability_flags", "cce", "expected a list of choices"),
    ("answers.aa_person", {"rank": "Mother"}, "a person needs a name"),
    ("answers.aa_person", {"name": "Jo", "shoe_size": "5"}, "unknown person field"),
    ("answers.aa_person", "Jo Carer", "expected a person"),
    (f"answers.{WHEN_QUESTION}", "yesterday teatime", "aa_contacted_at"),
    (f"answers.{WHEN_QUESTION}", datetime(2026, 3, 1, 11, 5), "expected a date-time"),  # no offset
    ("child.date_of_birth", "4 June 2010", "child.date_of_birth"),
    ("child.date_of_birth", date(2099, 1, 1), "in the future"),
    ("child.gender", "unknown", "not one of: female, male, other, not_stated"),
    ("child.dob_status", "guessed", "not one of: verified, stated, unknown"),
    ("child.ethnicity_category", "martian", "not one of"),
])
def test_wrong_values_are_refused_in_words(services, signed, field, value, words):
    people, record = signed
    with pytest.raises(ValidationFailed, match=words):
        people["ps.alpha"].workflow.amend(record.id, record.version, {field: value}, "Wrong")
    assert services.records.get(record.id).status is RecordStatus.SIGNED
