"""Draft -> submitted -> returned -> resubmitted -> signed -> amended -> re-signed (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from custody_checklist.domain.interchange import content_hash
from custody_checklist.domain.record import RecordStatus
from custody_checklist.services.errors import (
    AuthenticationFailed,
    RecordLocked,
    ValidationFailed,
    WorkflowError,
)
from custody_checklist.services.workflow import (
    document_hash,
    keyed_breaches,
    revert_amendments,
)
from custody_checklist.storage.models import AuditEntryRow, RecordRow
from tests.factories import make_record
from tests.integration.accounts_helpers import PASSWORD, add_people


@pytest.fixture
def people(services):
    return add_people(services)


@pytest.fixture
def draft(services):
    services.records.import_records([make_record("TST-A/000001/26")])
    return services.records.get_by_reference("TST-A/000001/26")


def _acks(services, record):
    return {key: "Seen; raised with the duty sergeant." for key, _ in
            keyed_breaches(services.workflow.open_breaches(record))}


def test_the_whole_life_of_a_record(services, people, draft):
    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record = sgt.workflow.submit(draft.id, draft.version, "Complete.")
    assert record.status is RecordStatus.SUBMITTED
    with pytest.raises(RecordLocked, match="submitted"):
        sgt.records.save_answer(record.id, "offence", "Theft", record.version)

    record = insp.workflow.return_record(record.id, record.version, "Add the rest period.")
    assert record.status is RecordStatus.RETURNED
    assert record.signoffs[-1].comment == "Add the rest period."
    record = sgt.records.save_answer(record.id, "offence", "Theft of a bicycle", record.version)
    record = sgt.workflow.submit(record.id, record.version)

    acks = _acks(insp, record)
    assert acks, "the test record should have open breaches"
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "Signed.", acks)
    assert record.status is RecordStatus.SIGNED
    signed_hash = content_hash(record)
    assert record.signoffs[-1].content_hash == signed_hash
    assert record.signoffs[-1].acknowledgements == acks
    with services.database.reading() as session:
        assert session.get(RecordRow, record.id).signed_content_hash == signed_hash
    with pytest.raises(RecordLocked, match="amendment"):
        sgt.records.save_answer(record.id, "offence", "x", record.version)

    record = sgt.workflow.amend(record.id, record.version, {"answers.offence": "Theft of a scooter"},
                                "Custody record corrected after CCTV review")
    assert record.status is RecordStatus.SUBMITTED
    assert record.answers["offence"] == "Theft of a scooter"
    change = record.amendments[-1].changes
    assert change == [{"field": "answers.offence", "old": "Theft of a bicycle", "new": "Theft of a scooter"}]
    # The original signed content is kept and still proves its signature.
    versions = insp.workflow.signed_versions(record.id)
    assert versions[0].content["answers"]["offence"] == "Theft of a bicycle"
    assert document_hash(versions[0].content) == signed_hash
    assert content_hash(revert_amendments(record, record.amendments)) == signed_hash

    record = people["insp.second"].workflow.sign(record.id, record.version, PASSWORD, "Amendment seen.",
                                                 _acks(insp, record))
    assert record.status is RecordStatus.SIGNED
    assert [s.action for s in record.signoffs] == ["submitted", "returned", "submitted", "signed", "signed"]
    assert services.audit_log.verify() == []
    with services.database.reading() as session:
        actions = list(session.execute(select(AuditEntryRow.action).where(
            AuditEntryRow.record_id == record.id)).scalars())
    for action in ("submit", "return", "change", "sign_off", "amend", "view"):
        assert action in actions


def test_an_inspector_who_submitted_may_not_sign(services, people, draft):
    both = people["ps.insp"]
    record = both.workflow.submit(draft.id, draft.version)
    assert not both.workflow.can("sign", record)
    with pytest.raises(WorkflowError, match="separation of duties"):
        both.workflow.sign(record.id, record.version, PASSWORD, "", _acks(both, record))
    assert people["insp.alpha"].workflow.can("sign", record)


def test_signing_needs_the_password_again_and_every_breach_acknowledged(services, people, draft):
    record = people["ps.alpha"].workflow.submit(draft.id, draft.version)
    insp = people["insp.alpha"]
    with pytest.raises(AuthenticationFailed):
        insp.workflow.sign(record.id, record.version, "wrong password!!", "", _acks(insp, record))
    acks = _acks(insp, record)
    first = next(iter(acks))
    with pytest.raises(ValidationFailed, match="acknowledge the breach") as caught:
        insp.workflow.sign(record.id, record.version, PASSWORD, "", {**acks, first: "  "})
    assert [where for where, _ in caught.value.problems] == [first]
    assert services.records.get(record.id).status is RecordStatus.SUBMITTED


def test_steps_out_of_order_are_refused(services, people, draft):
    insp, sgt = people["insp.alpha"], people["ps.alpha"]
    with pytest.raises(WorkflowError, match="draft"):
        insp.workflow.sign(draft.id, draft.version, PASSWORD)
    with pytest.raises(WorkflowError):
        insp.workflow.return_record(draft.id, draft.version, "why")
    with pytest.raises(WorkflowError):
        sgt.workflow.amend(draft.id, draft.version, {"answers.offence": "x"}, "reason")
    record = sgt.workflow.submit(draft.id, draft.version)
    with pytest.raises(ValidationFailed, match="what the sergeant"):
        insp.workflow.return_record(record.id, record.version, "  ")


def test_an_amendment_needs_a_reason_and_a_change(services, people, draft):
    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record = sgt.workflow.submit(draft.id, draft.version)
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "", _acks(insp, record))
    with pytest.raises(ValidationFailed, match="reason"):
        sgt.workflow.amend(record.id, record.version, {"answers.offence": "x"}, " ")
    with pytest.raises(ValidationFailed, match="changes nothing"):
        sgt.workflow.amend(record.id, record.version, {"answers.age_basis": "documents"}, "typo")
    with pytest.raises(ValidationFailed, match="can be amended"):
        sgt.workflow.amend(record.id, record.version, {"status": "draft"}, "sneaky")
    record = sgt.workflow.amend(record.id, record.version, {"child.forenames": "Samuel"}, "Name spelt wrongly")
    assert record.child.forenames == "Samuel"
    assert record.amendments[-1].user_name.endswith("(2001)")


def test_the_review_queue_lists_submitted_records_of_the_inspectors_suites(services, people):
    services.records.import_records([make_record("TST-A/000001/26"), make_record("TST-B/000002/26", suite="TST-B"),
                                     make_record("TST-A/000003/26")])
    sgt = people["ps.alpha"]
    first = services.records.get_by_reference("TST-A/000001/26")
    sgt.workflow.submit(first.id, first.version)
    assert [r.custody_number for r in people["insp.alpha"].workflow.review_queue()] == ["TST-A/000001/26"]
    assert people["insp.beta"].workflow.review_queue() == []
    submitted = people["insp.alpha"].workflow.submissions([first.id])[first.id]
    assert submitted.by == "Sgt Priya Alpha (2001)" and not submitted.amendment
    assert people["insp.beta"].workflow.submissions([first.id]) == {}  # not their suite


def test_an_inspector_who_amended_may_not_sign_the_amendment(services, people, draft):
    """An amendment sends the record back to submitted without a "submitted" step: its
    author counts as a submitter of this round all the same (separation of duties)."""
    sgt, insp, second = people["ps.alpha"], people["insp.alpha"], people["insp.second"]
    record = sgt.workflow.submit(draft.id, draft.version)
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "", _acks(insp, record))
    record = second.workflow.amend(record.id, record.version, {"answers.offence": "Theft of a scooter"},
                                   "Corrected after CCTV review")
    assert record.amendments[-1].username == "insp.second"
    assert not second.workflow.can("sign", record)
    with pytest.raises(WorkflowError, match="separation of duties"):
        second.workflow.sign(record.id, record.version, PASSWORD, "", _acks(second, record))
    assert services.records.get(record.id).status is RecordStatus.SUBMITTED
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "Amendment seen.", _acks(insp, record))
    # A new round: the earlier amendment no longer bars its author.
    record = sgt.workflow.amend(record.id, record.version, {"answers.offence": "Theft of a bicycle"}, "Undo")
    assert second.workflow.can("sign", record)
    record = second.workflow.sign(record.id, record.version, PASSWORD, "", _acks(second, record))
    assert record.status is RecordStatus.SIGNED


def test_amending_the_date_of_birth_takes_a_date_an_iso_string_or_none(services, people, draft):
    from datetime import date, datetime

    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record = sgt.workflow.submit(draft.id, draft.version)
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "", _acks(insp, record))
    for bad in (20100504, datetime(2010, 5, 5, 12, 0), "5 May 2010", ["2010-05-05"]):
        with pytest.raises(ValidationFailed, match="child.date_of_birth"):
            sgt.workflow.amend(record.id, record.version, {"child.date_of_birth": bad}, "Wrong date of birth")
    record = sgt.workflow.amend(record.id, record.version, {"child.date_of_birth": date(2010, 6, 4)},
                                "Wrong date of birth")
    assert record.child.date_of_birth == date(2010, 6, 4)
    assert record.amendments[-1].changes == [
        {"field": "child.date_of_birth", "old": "2010-05-04", "new": "2010-06-04"}]
    record = people["insp.second"].workflow.sign(record.id, record.version, PASSWORD, "",
                                                 _acks(insp, record))
    record = sgt.workflow.amend(record.id, record.version, {"child.date_of_birth": "2010-07-04"}, "Again")
    assert record.child.date_of_birth == date(2010, 7, 4)
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "", _acks(insp, record))
    record = sgt.workflow.amend(record.id, record.version, {"child.date_of_birth": None}, "Not known")
    assert record.child.date_of_birth is None
    assert services.audit_log.verify() == []


def _signed_with_review(services, people, draft):
    """A signed record whose s.40 review time was typed wrong (an hour late)."""
    from datetime import timedelta

    from custody_checklist.domain.events import EventKind
    from custody_checklist.domain.record import Event

    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    arrival = draft.arrival_at
    review = Event(EventKind.REVIEW, arrival + timedelta(hours=7),
                   {"reviewer": {"name": "Ian Second", "rank": "inspector", "number": "1002"},
                    "reviewer_rank": "inspector"})
    record = sgt.records.add_event(draft.id, review, draft.version)
    record = sgt.workflow.submit(record.id, record.version)
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "", _acks(insp, record))
    return record, review


def test_a_wrong_event_time_on_a_signed_record_is_corrected_by_amendment(services, people, draft):
    from datetime import timedelta

    from custody_checklist.domain.timeutil import format_instant

    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record, review = _signed_with_review(services, people, draft)
    signed_hash = content_hash(record)
    with pytest.raises(ValidationFailed, match="reason"):
        sgt.workflow.amend(record.id, record.version, {f"events.{review.id}": {"at": review.at}}, " ")
    corrected = review.at - timedelta(hours=1)
    new_details = {**review.details, "reviewer_rank": "chief_inspector"}
    record = sgt.workflow.amend(record.id, record.version,
                                {f"events.{review.id}": {"at": corrected, "details": new_details}},
                                "Review time typed an hour late; rank wrong")
    assert record.status is RecordStatus.SUBMITTED
    [event] = [e for e in record.events if e.id == review.id]
    assert event.at == corrected and event.details["reviewer_rank"] == "chief_inspector"
    [change] = record.amendments[-1].changes
    assert change == {
        "field": f"events.{review.id}", "event_id": review.id, "kind": "review",
        "old": {"id": review.id, "kind": "review", "at": format_instant(review.at), "details": review.details},
        "new": {"id": review.id, "kind": "review", "at": format_instant(corrected), "details": new_details},
    }
    # What was signed is still there and still proves its signature; verify stays clean.
    versions = insp.workflow.signed_versions(record.id)
    [snap] = [e for e in versions[-1].content["events"] if e["id"] == review.id]
    assert snap["at"] == format_instant(review.at)
    assert content_hash(revert_amendments(record, record.amendments)) == signed_hash
    assert services.audit_log.verify() == []
    # The stored row (not just the returned record) carries the corrected time.
    assert services.records.get(record.id).events == record.events
    # Role rules as for any amendment: the sergeant amended, an inspector (not the author) re-signs.
    assert not people["auditor"].workflow.can("amend", record)
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "Seen.", _acks(insp, record))
    assert record.status is RecordStatus.SIGNED
    assert services.audit_log.verify() == []


def test_a_missing_event_is_added_by_amendment_and_taken_out_again_by_revert(services, people, draft):
    from datetime import timedelta

    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record, _ = _signed_with_review(services, people, draft)
    signed_hash = content_hash(record)
    at = draft.arrival_at + timedelta(hours=3)
    record = sgt.workflow.amend(
        record.id, record.version,
        {"events.new": {"kind": "review", "at": at.isoformat(),
                        "details": {"reviewer": {"name": "Ines Alpha", "rank": "inspector", "number": "1001"},
                                    "reviewer_rank": "inspector"}}},
        "First review was recorded on paper only")
    [change] = record.amendments[-1].changes
    assert change["old"] is None and change["kind"] == "review" and change["new"]["at"].startswith(
        at.strftime("%Y-%m-%dT%H:%M"))
    added = [e for e in record.events if e.id == change["event_id"]]
    assert len(added) == 1 and added[0].at == at and added[0].recorded_by == "Priya Alpha"
    assert content_hash(revert_amendments(record, record.amendments)) == signed_hash
    assert services.audit_log.verify() == []
    record = people["insp.second"].workflow.sign(record.id, record.version, PASSWORD, "",
                                                 _acks(insp, record))
    assert services.audit_log.verify() == []


def test_an_event_amendment_is_validated(services, people, draft):
    from datetime import timedelta

    from custody_checklist.domain.timeutil import utc_now

    sgt = people["ps.alpha"]
    record, review = _signed_with_review(services, people, draft)
    arrest = record.first("arrest")
    cases = [
        ({f"events.{review.id}": {"at": utc_now() + timedelta(minutes=10)}}, "in the future"),
        ({f"events.{review.id}": {"at": arrest.at - timedelta(minutes=1)}}, "before the arrest"),
        ({f"events.{review.id}": {"at": "2026-03-01T10:00"}}, "not a valid time"),
        ({f"events.{review.id}": {"details": {"reviewer_rank": "general"}}}, "reviewer_rank"),
        ({f"events.{review.id}": {"kind": "note"}}, "kind cannot be changed"),
        ({"events.no-such-event": {"at": review.at}}, "not on this record"),
        ({"events.new": {"kind": "teleport", "at": review.at}}, "unknown event kind"),
        ({"events.new": {"kind": "review"}}, "time of the event"),
    ]
    for changes, message in cases:
        with pytest.raises(ValidationFailed, match=message):
            sgt.workflow.amend(record.id, record.version, changes, "Correction")
    assert services.records.get(record.id).status is RecordStatus.SIGNED
    # Two minutes ahead is allowed, as in the event dialog (clocks differ a little).
    record = sgt.workflow.amend(record.id, record.version,
                                {f"events.{review.id}": {"at": utc_now() + timedelta(seconds=90)}}, "Clock")
    assert record.status is RecordStatus.SUBMITTED


def test_get_reads_exactly_what_the_orm_mapping_reads(services, people, draft):
    """RecordService.get reads with plain queries (speed of opening a record): the record
    must equal the ORM mapping's, field for field, with events, sign-offs and amendments."""
    from custody_checklist.storage.mapping import row_to_record
    from custody_checklist.storage.records_repo import load_row

    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    record = sgt.workflow.submit(draft.id, draft.version, "Complete.")
    record = insp.workflow.sign(record.id, record.version, PASSWORD, "Signed.", _acks(insp, record))
    record = sgt.workflow.amend(record.id, record.version, {"answers.offence": "Theft of a scooter"},
                                "Corrected after CCTV review")
    assert record.events and record.signoffs and record.amendments

    with services.database.reading() as session:
        through_orm = row_to_record(load_row(session, record.id))
    read = sgt.records.get(record.id)
    assert read == through_orm
    assert content_hash(read) == content_hash(through_orm)


def test_the_board_reads_exactly_what_the_orm_mapping_reads(services, people, draft):
    """records_repo.in_custody reads with plain statements, each child table once for all
    the children: every record must equal the ORM mapping's, and no child row may land on
    another child's record."""
    from custody_checklist.domain.events import EventKind
    from custody_checklist.domain.record import Event
    from custody_checklist.storage.mapping import row_to_record
    from custody_checklist.storage.records_repo import load_row

    sgt, insp = people["ps.alpha"], people["insp.alpha"]
    signed = sgt.workflow.submit(draft.id, draft.version, "Complete.")
    signed = insp.workflow.sign(signed.id, signed.version, PASSWORD, "Signed.", _acks(insp, signed))
    signed = sgt.workflow.amend(signed.id, signed.version, {"answers.offence": "Theft of a scooter"},
                                "Corrected after CCTV review")
    other = make_record("TST-A/000002/26", surname="Second")
    other.events.append(Event(EventKind.NOTE, other.arrival_at + timedelta(hours=1), {"text": "Asleep."}))
    gone = make_record("TST-A/000003/26", surname="Released")
    gone.events.append(Event(EventKind.RELEASED, gone.arrival_at + timedelta(hours=3)))
    services.records.import_records([other, gone, make_record("TST-B/000004/26", suite="TST-B")])

    board = {record.custody_number: record for record in sgt.records.in_custody("TST-A")}
    assert sorted(board) == ["TST-A/000001/26", "TST-A/000002/26"]
    with services.database.reading() as session:
        for record in board.values():
            assert record == row_to_record(load_row(session, record.id))
    assert board["TST-A/000001/26"].amendments and board["TST-A/000001/26"].signoffs
    assert not board["TST-A/000002/26"].signoffs and not board["TST-A/000002/26"].amendments
    notes = [e.details for e in board["TST-A/000002/26"].events if e.kind is EventKind.NOTE]
    assert notes == [{"text": "Asleep."}]
