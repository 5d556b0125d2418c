"""The invented demo dataset: deterministic, well-formed, and covering every situation.

Coverage is checked from the data itself (events, answers, ages), not from scenario names,
so a scenario that is edited into something else is caught here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from custody_checklist.domain.definition import DefinitionRegistry, load_definition
from custody_checklist.domain.interchange import content_hash, document_to_dict, parse_document
from custody_checklist.domain.record import DobStatus, Gender, Record, RecordStatus
from custody_checklist.domain.timeutil import LONDON, age_on
from custody_checklist.paths import resource
from custody_checklist.services.demo_data import DemoDataset, build_demo_dataset

NOW = datetime(2026, 11, 25, 19, 40, tzinfo=UTC)
# Other "nows": a spring date (clocks go forward in range), a winter date, an odd minute.
OTHER_NOWS = [
    datetime(2027, 4, 10, 3, 17, tzinfo=UTC),
    datetime(2026, 1, 2, 12, 0, tzinfo=UTC),
    datetime(2028, 2, 28, 20, 0, tzinfo=UTC),  # "tomorrow" is 29 February
    datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # the night the clocks go back
]


@pytest.fixture(scope="module")
def data() -> DemoDataset:
    return build_demo_dataset(NOW)


@pytest.fixture(scope="module")
def records(data: DemoDataset) -> list[Record]:
    return data.records


# --------------------------------------------------------------------------- helpers


def kinds(record: Record) -> list[str]:
    return [str(e.kind) for e in record.events]


def at(record: Record, kind: str) -> datetime | None:
    event = record.first(kind)
    return event.at if event else None


def age_at_arrest(record: Record) -> int | None:
    if record.child.date_of_birth is None:
        return None
    moment = at(record, "arrest") or record.arrival_at
    assert moment is not None
    return age_on(record.child.date_of_birth, moment)


def aa_wait(record: Record) -> timedelta | None:
    """From detention authorised to the first AA arrival (as the rules engine measures)."""
    start = at(record, "detention_authorised")
    arrived = at(record, "aa_arrived")
    return arrived - start if start and arrived else None


def overnight(record: Record) -> bool:
    """At least 4 hours in custody between 00:00 and 08:00 local (the FOI default)."""
    start, end = record.arrival_at, record.released_at
    if start is None or end is None:
        return False
    total = timedelta()
    day = start.astimezone(LONDON).date() - timedelta(days=1)
    while day <= end.astimezone(LONDON).date():
        window_start = datetime.combine(day, time(0, 0), tzinfo=LONDON).astimezone(UTC)
        window_end = datetime.combine(day, time(8, 0), tzinfo=LONDON).astimezone(UTC)
        overlap = min(end, window_end) - max(start, window_start)
        if overlap > timedelta():
            total += overlap
        day += timedelta(days=1)
    return total >= timedelta(hours=4)


def bail_refused(record: Record) -> bool:
    return any(e.details.get("bail_granted") is False for e in record.events_of("bail_decision"))


def certificate_grounds(record: Record) -> list[str]:
    return [e.details.get("ground") for e in record.events_of("certificate_issued")]


def reviews(record: Record) -> list[Any]:
    return record.events_of("review")


def exists(records: list[Record], predicate: Callable[[Record], bool], what: str) -> None:
    found = [r for r in records if predicate(r)]
    assert found, f"no demo record shows: {what}"


def historic(records: list[Record]) -> list[Record]:
    return [r for r in records if r.released_at is not None]


# --------------------------------------------------------------------------- shape


def test_reference_data(data: DemoDataset) -> None:
    assert {s.force for s in data.suites} == {"Northshire Police"}
    assert 3 <= len(data.suites) <= 4
    assert len({s.code for s in data.suites}) == len(data.suites)
    assert 3 <= len(data.local_authorities) <= 4
    roles = {role for u in data.users for role in u.roles}
    assert roles <= {"sergeant", "inspector", "auditor", "administrator"}
    assert roles == {"sergeant", "inspector", "auditor", "administrator"}
    ranks = {u.rank for u in data.users}
    assert {"sergeant", "inspector", "superintendent"} <= ranks
    suite_codes = {s.code for s in data.suites}
    for user in data.users:
        assert set(user.suites) <= suite_codes
    assert len({u.username for u in data.users}) == len(data.users)
    assert {r.suite for r in data.records} == suite_codes


def test_size_and_spread(records: list[Record]) -> None:
    old = historic(records)
    assert 55 <= len(old) <= 70
    weeks = {(NOW - r.arrival_at).days // 7 for r in old}
    assert set(range(13)) <= weeks, "every one of the last 13 weeks has records (dip samples, trends)"
    assert all((NOW - r.arrival_at) <= timedelta(weeks=14) for r in records)


def test_deterministic() -> None:
    first, second = build_demo_dataset(NOW), build_demo_dataset(NOW)
    assert [asdict(r) for r in first.records] == [asdict(r) for r in second.records]
    assert first.users == second.users and first.suites == second.suites
    other = build_demo_dataset(NOW, seed=7)
    assert [r.id for r in other.records] != [r.id for r in first.records]


def test_ids_unique(records: list[Record]) -> None:
    ids = [r.id for r in records]
    ids += [e.id for r in records for e in r.events]
    ids += [s.id for r in records for s in r.signoffs]
    ids += [a.id for r in records for a in r.amendments]
    assert len(ids) == len(set(ids))


def test_custody_numbers(records: list[Record]) -> None:
    numbers = [r.custody_number for r in records]
    assert len(numbers) == len(set(numbers))
    for record in records:
        assert re.fullmatch(r"[A-Z]+-[A-Z]/\d{6}/\d{2}", record.custody_number)
        assert record.custody_number.startswith(record.suite + "/")


def _instants(record: Record) -> list[tuple[str, datetime | None]]:
    found: list[tuple[str, datetime | None]] = [("created_at", record.created_at), ("updated_at", record.updated_at)]
    for e in record.events:
        found += [(f"{e.kind}.at", e.at), (f"{e.kind}.recorded_at", e.recorded_at)]
    found += [(f"signoff {s.action}", s.at) for s in record.signoffs]
    found += [("amendment", a.at) for a in record.amendments]
    return found


@pytest.mark.parametrize("now", [NOW, *OTHER_NOWS])
def test_instants_aware_utc_and_not_after_now(now: datetime) -> None:
    for record in build_demo_dataset(now).records:
        for name, value in _instants(record):
            assert value is not None, f"{record.custody_number}: {name} missing"
            assert value.utcoffset() == timedelta(0) and value.tzinfo is UTC, f"{record.custody_number}: {name}"
            assert value <= now, f"{record.custody_number}: {name} {value} after now"


@pytest.mark.parametrize("now", [NOW, *OTHER_NOWS])
def test_timeline_order(now: datetime) -> None:
    for record in build_demo_dataset(now).records:
        ref = record.custody_number
        assert [e.at for e in record.events] == sorted(e.at for e in record.events), ref
        arrest, arrival = at(record, "arrest"), record.arrival_at
        assert arrest is not None and arrival is not None and arrest < arrival, ref
        det = at(record, "detention_authorised")
        for e in record.events:
            if e.kind not in ("arrest", "arrival"):
                assert e.at >= arrival, f"{ref}: {e.kind} before arrival"
            if det is not None and e.kind not in ("arrest", "arrival", "detention_authorised", "note"):
                assert e.at >= det, f"{ref}: {e.kind} before detention authorised"
            assert e.recorded_at is not None and e.recorded_at >= e.at, ref
        for requested, arrived in zip(record.events_of("aa_requested"), record.events_of("aa_arrived"), strict=False):
            assert requested.at <= arrived.at, ref
        starts, ends = record.events_of("interview_started"), record.events_of("interview_ended")
        for start, end in zip(starts, ends, strict=False):
            assert start.at < end.at, ref
        chain = [at(record, k) for k in ("charged", "bail_decision", "la_transfer_requested", "la_response", "transferred")]
        present = [c for c in chain if c is not None]
        assert present == sorted(present), ref
        end = record.released_at
        if end is not None:
            assert max(e.at for e in record.events) == end, f"{ref}: events after release"
            for signoff in record.signoffs:
                assert signoff.at > end, ref
        assert [s.at for s in record.signoffs] == sorted(s.at for s in record.signoffs), ref
        if record.child.date_of_birth is not None:
            assert age_at_arrest(record) < 18, ref


def test_children_are_children_and_dob_status_sensible(records: list[Record]) -> None:
    for record in records:
        if record.child.date_of_birth is None:
            assert record.child.dob_status is DobStatus.UNKNOWN
            assert record.answers.get("appears_under_18") is True
        else:
            assert record.child.dob_status in (DobStatus.VERIFIED, DobStatus.STATED)


def test_workflow_states(records: list[Record]) -> None:
    for record in records:
        actions = [s.action for s in record.signoffs]
        if record.status is RecordStatus.DRAFT:
            assert actions == []
        elif record.status is RecordStatus.SUBMITTED:
            assert actions[-1] == "submitted"
        elif record.status is RecordStatus.RETURNED:
            assert actions[-1] == "returned" and record.signoffs[-1].comment
        else:
            assert actions[0] == "submitted" and actions[-1] == "signed"
            signer = record.signoffs[-1]
            assert signer.rank in ("inspector", "chief_inspector", "superintendent")
            assert record.signoffs[0].rank == "sergeant"
    statuses = {r.status for r in records}
    assert statuses == set(RecordStatus)
    signed = [r for r in historic(records) if r.status is RecordStatus.SIGNED]
    assert len(signed) > len(historic(records)) // 2
    exists(records, lambda r: [s.action for s in r.signoffs] == ["submitted", "returned", "submitted", "signed"],
           "returned, resubmitted and signed")
    amended = [r for r in records if r.amendments]
    assert amended and all(a.reason and a.changes for r in amended for a in r.amendments)
    for r in amended:
        for change in r.amendments[0].changes:
            assert r.answers[change["field"].split(".", 1)[1]] == change["new"]
    assert all(r.status is RecordStatus.DRAFT for r in records if r.released_at is None)


# --------------------------------------------------------------------------- in custody now


def test_children_in_custody_now(records: list[Record]) -> None:
    current = [r for r in records if r.released_at is None]
    assert len(current) >= 6
    for record in current:
        assert NOW - record.arrival_at <= timedelta(hours=6)
    assert any(r.first("aa_requested") and not r.first("aa_arrived") for r in current), "an AA still awaited"
    assert any(r.child.gender is Gender.FEMALE for r in current)
    assert any(r.answers.get("accommodation") == "cell" and r.answers.get("cell_reason") for r in current)
    due_soon = [
        r for r in current
        if r.first("detention_authorised") and not reviews(r)
        and timedelta() < at(r, "detention_authorised") + timedelta(hours=6) - NOW <= timedelta(hours=2)
    ]
    assert due_soon, "a first review coming due within two hours"
    tomorrow = NOW.astimezone(LONDON).date() + timedelta(days=1)
    assert any(
        r.child.date_of_birth and age_on(r.child.date_of_birth, NOW) == 17
        and age_on(r.child.date_of_birth, datetime.combine(tomorrow, time(12), tzinfo=LONDON)) == 18
        for r in current
    ), "a child whose 18th birthday is tomorrow"


# --------------------------------------------------------------------------- situations


def test_age_situations(records: list[Record]) -> None:
    exists(records, lambda r: age_at_arrest(r) == 17, "a 17-year-old")
    exists(records, lambda r: age_at_arrest(r) in (10, 11), "a 10-11-year-old")
    exists(records, lambda r: age_at_arrest(r) == 10, "a 10-year-old")
    exists(records, lambda r: age_at_arrest(r) is not None and age_at_arrest(r) < 10
           and r.first("detention_authorised") is None, "a child under 10, detention not authorised")
    exists(records, lambda r: r.child.date_of_birth is None and r.answers.get("age_disputed") is True
           and r.answers.get("appears_under_18") is True and r.answers.get("age_basis") == "appearance",
           "disputed age, no DOB, appears under 18")
    assert {r.child.dob_status for r in records} == set(DobStatus)


def test_status_and_flags(records: list[Record]) -> None:
    exists(records, lambda r: r.answers.get("looked_after") is True and r.answers.get("home_local_authority"),
           "looked-after child with home LA")
    exists(records, lambda r: r.answers.get("csc_open_case") is True, "open CSC case")
    for flag in ("cse", "cce", "county_lines", "missing_from_home", "trafficking_modern_slavery"):
        exists(records, lambda r, f=flag: f in (r.answers.get("vulnerability_flags") or []), f"flag {flag}")
    exists(records, lambda r: r.answers.get("interpreter_required") is True, "interpreter")
    exists(records, lambda r: r.answers.get("nrm_referral") is True, "NRM referral")


def test_appropriate_adult_situations(records: list[Record]) -> None:
    exists(records, lambda r: "child_to_parent_violence" in (r.answers.get("vulnerability_flags") or [])
           and r.answers.get("aa_category") == "la_social_worker", "child-to-parent violence, LA social worker as AA")

    def replaced(r: Record) -> bool:
        arrived = r.events_of("aa_arrived")
        notes = " ".join(e.details.get("text", "") for e in r.events_of("note")).lower()
        return (len(arrived) >= 2 and arrived[0].details["person"] != arrived[1].details["person"]
                and r.first("aa_left") is not None and "admission" in notes)

    exists(records, replaced, "an ineligible AA (received admissions) replaced")
    for low, high in ((0, 60), (60, 120)):
        exists(records, lambda r, lo=low, hi=high: aa_wait(r) is not None
               and timedelta(minutes=lo) < aa_wait(r) <= timedelta(minutes=hi), f"AA wait {low}-{high} min")
    exists(records, lambda r: aa_wait(r) is not None and aa_wait(r) > timedelta(hours=2)
           and r.answers.get("aa_delay_reason"), "AA wait over 2 h with a reason")
    categories = {r.answers.get("aa_category") for r in records}
    assert categories >= {"parent_guardian", "la_social_worker", "other_responsible_adult"}


def test_rights_situations(records: list[Record]) -> None:
    def given_before_aa(r: Record) -> bool:
        rights = r.events_of("rights_given")
        return bool(rights) and rights[0].details.get("aa_present") is False

    def repeated(r: Record) -> bool:
        return any(e.details.get("aa_present") is True for e in r.events_of("rights_given"))

    exists(records, lambda r: given_before_aa(r) and repeated(r) and r.first("aa_arrived") is not None,
           "rights before AA, repeated with AA")
    exists(records, lambda r: given_before_aa(r) and not repeated(r) and r.released_at is not None
           and r.first("aa_arrived") is not None, "rights not repeated with the AA (failure)")


def test_interview_and_search_situations(records: list[Record]) -> None:
    exists(records, lambda r: any(e.details.get("aa_present") is True for e in r.events_of("interview_started")),
           "interview with AA")
    exists(records, lambda r: any(
        e.details.get("aa_present") is False and e.details.get("urgent_interview_authorised") is True
        and e.details.get("authorised_by", {}).get("rank") == "superintendent" and e.details.get("urgent_reason")
        for e in r.events_of("interview_started")), "urgent interview authorised")
    exists(records, lambda r: any(e.details.get("aa_present") is True for e in r.events_of("strip_search")),
           "strip search with AA")
    for reason in ("urgent_risk_of_harm", "child_wish_aa_agreed"):
        exists(records, lambda r, why=reason: any(
            e.details.get("aa_present") is False and e.details.get("reason_without_aa") == why
            for e in r.events_of("strip_search")), f"strip search without AA: {reason}")


def test_review_situations(records: list[Record]) -> None:
    def first_review_delay(r: Record) -> timedelta | None:
        det, found = at(r, "detention_authorised"), reviews(r)
        return found[0].at - det if det and found else None

    exists(records, lambda r: first_review_delay(r) is not None and first_review_delay(r) <= timedelta(hours=6)
           and reviews(r)[0].details["reviewer_rank"] == "inspector"
           and reviews(r)[0].details["reviewer_involved"] is False, "first review on time by an inspector")
    exists(records, lambda r: first_review_delay(r) is not None and first_review_delay(r) > timedelta(hours=6)
           and not r.events_of("review_postponed"), "a late review")
    exists(records, lambda r: any(e.details.get("reason") for e in r.events_of("review_postponed")),
           "review postponed with a reason")
    exists(records, lambda r: any(e.details.get("reviewer_involved") is True for e in reviews(r)),
           "review by an involved officer")
    exists(records, lambda r: any(e.details.get("reviewer_rank") == "sergeant" and e.details.get("after_charge") is False
                                  for e in reviews(r)), "sergeant reviewing before charge")
    exists(records, lambda r: any(e.details.get("reviewer_rank") == "sergeant" and e.details.get("after_charge") is True
                                  for e in reviews(r)), "post-charge review by the custody officer")

    def extension(r: Record) -> bool:
        ext = r.first("extension_authorised")
        return (ext is not None and ext.details.get("rank") == "superintendent"
                and ext.details.get("limit_hours") == 36 and ext.details.get("indictable_offence") is True
                and len([e for e in reviews(r) if e.at < ext.at]) >= 2
                and r.released_at - r.relevant_time > timedelta(hours=24))

    exists(records, extension, "extension to 36 h by a superintendent after the second review")


def test_charge_situations(records: list[Record]) -> None:
    exists(records, lambda r: r.first("charged") and any(e.details.get("bail_granted") is True for e in r.events_of("bail_decision"))
           and r.last("released").details.get("outcome") == "charged_bailed", "charged, bail granted")
    for kind in ("secure", "non_secure"):
        exists(records, lambda r, k=kind: bail_refused(r) and r.first("transferred") is not None
               and r.first("transferred").details.get("accommodation_type") == k, f"transferred to {kind}")
    exists(records, lambda r: bail_refused(r) and any(
        e.details.get("ground") == "a_impracticable" and len(e.details.get("circumstances", "")) > 200
        for e in r.events_of("certificate_issued")), "certificate ground (a) with circumstances")
    exists(records, lambda r: "b_no_secure_serious_harm" in certificate_grounds(r) and age_at_arrest(r) == 15,
           "certificate ground (b) for a 15-year-old")
    exists(records, lambda r: "b_no_secure_serious_harm" in certificate_grounds(r) and age_at_arrest(r) < 12,
           "an invalid certificate ground (b) for a child under 12")
    exists(records, lambda r: bail_refused(r) and r.first("la_transfer_requested") is None
           and not certificate_grounds(r), "bail refused with no LA request (failure)")


def test_overnight_situations(records: list[Record]) -> None:
    exists(records, lambda r: overnight(r) and r.answers.get("overnight_reasons"), "overnight with reasons")
    exists(records, lambda r: overnight(r) and not r.answers.get("overnight_reasons"), "overnight without reasons")
    exists(records, lambda r: r.first("rest_started") and r.first("rest_ended")
           and r.first("rest_ended").at - r.first("rest_started").at >= timedelta(hours=8), "8 h rest period")


def test_voice_of_the_child(records: list[Record]) -> None:
    def rich(r: Record) -> bool:
        a = r.answers
        return ('"' in (a.get("voc_own_words") or "") and all(
            a.get(k) for k in ("voc_wishes_feelings", "voc_behaviour_demeanour", "voc_lived_experience")))

    assert len([r for r in records if rich(r)]) >= 20
    exists(records, lambda r: r.answers.get("voc_declined_to_speak") is True and not r.answers.get("voc_own_words")
           and r.answers.get("voc_behaviour_demeanour"), "declined to speak, demeanour recorded")
    exists(records, lambda r: r.released_at is not None and not r.answers.get("voc_behaviour_demeanour"),
           "no demeanour recorded (failure)")
    longest = max(sum(len(str(r.answers.get(k) or "")) for k in r.answers if k.startswith("voc_")) for r in records)
    assert longest >= 5000
    assert max(len(str(r.answers.get("voc_own_words") or "")) for r in records) >= 3000


def test_care_and_safeguarding_situations(records: list[Record]) -> None:
    exists(records, lambda r: r.answers.get("accommodation") == "cell" and r.answers.get("cell_reason")
           and r.released_at is not None, "cell with a reason")
    exists(records, lambda r: r.answers.get("accommodation") == "cell" and not r.answers.get("cell_reason"),
           "cell without a reason (failure)")
    girls = [r for r in records if r.child.gender is Gender.FEMALE]
    assert any(r.answers.get("female_care_officer", {}).get("name") for r in girls)
    assert any(not r.answers.get("female_care_officer") for r in girls)
    exists(records, lambda r: r.first("hcp_seen") is not None, "HCP seen")
    exists(records, lambda r: r.answers.get("csc_referral_made") is True and r.answers.get("csc_referral_reference")
           and r.first("csc_referral") is not None, "CSC referral with reference")
    exists(records, lambda r: r.answers.get("csc_referral_made") is False
           and r.answers.get("csc_referral_not_made_reason"), "CSC referral not made, with reason")
    exists(records, lambda r: r.last("released") is not None
           and r.last("released").details["released_to"].get("role") in ("Mother", "Father"), "released to a parent")


def test_names_are_diverse(records: list[Record]) -> None:
    names = " ".join(f"{r.child.surname} {r.child.forenames}" for r in records)
    assert re.search(r"[\u0400-\u04FF]", names), "a name in Cyrillic"
    assert re.search(r"[ăâîșțĂÂÎȘȚ]", names) or "Dumitrescu" in names
    assert re.search(r"[ąćęłńóśźż]", names.lower()), "a Polish name"
    assert re.search(r"[ếễệướạảấầẩẫậđ]", names.lower()), "a Vietnamese name"
    categories = {r.child.ethnicity_category for r in records}
    assert len(categories) >= 5


# --------------------------------------------------------------------------- the definition


def _definition_path():
    return resource("checklists", "child-detention-v1.json")


def test_answers_and_event_details_fit_the_definition(records: list[Record]) -> None:
    path = _definition_path()
    assert path.exists(), f"checklist definition missing: {path} (the demo data cannot be checked against it)"
    definition = load_definition(path)
    assert (definition.id, definition.version) == ("child-detention", 1)
    problems: list[str] = []
    for record in records:
        assert (record.definition_id, record.definition_version) == ("child-detention", 1)
        child = {"gender": record.child.gender.value, "dob_status": record.child.dob_status.value,
                 "ethnicity_category": record.child.ethnicity_category.value,
                 "date_of_birth": record.child.date_of_birth.isoformat() if record.child.date_of_birth else None}
        for p in definition.check_answers(record.answers, child):
            if p.kind == "invalid":
                problems.append(f"{record.custody_number} answers.{p.question_id}: {p.message}")
        for event in record.events:
            assert definition.event_form(event.kind) is not None, f"no form for {event.kind}"
            for p in definition.check_event_details(event.kind, event.details):
                problems.append(f"{record.custody_number} {event.kind}.{p.question_id}: {p.message}")
    assert not problems, "\n".join(problems)


def test_signoffs_carry_the_hash_of_what_was_signed(records: list[Record]) -> None:
    for record in records:
        for signoff in record.signoffs:
            assert len(signoff.content_hash) == 64
        if record.signoffs and not record.amendments:
            assert record.signoffs[-1].content_hash == content_hash(record)
        if record.amendments:
            assert record.signoffs[-1].content_hash != content_hash(record)


def test_round_trips_through_the_interchange_format(records: list[Record]) -> None:
    registry = DefinitionRegistry([load_definition(_definition_path())])
    document = document_to_dict(records, exported_at=NOW)
    back = parse_document(document, registry, now=NOW)
    assert [asdict(r) for r in back] == [asdict(r) for r in records]
