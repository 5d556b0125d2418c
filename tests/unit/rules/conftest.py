"""Builders for rules tests: records written as a few lines of facts, no Qt, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from custody_checklist.domain.findings import Evaluation, Finding
from custody_checklist.domain.record import Child, DobStatus, Event, Gender, Record
from custody_checklist.domain.rules import RuleSettings, evaluate
from custody_checklist.domain.rules.catalogue import ALL_FINDING_CODES
from custody_checklist.domain.timeutil import parse_instant

H = timedelta(hours=1)
M = timedelta(minutes=1)


def at(text: str) -> datetime:
    """An instant from ISO text with an offset ("2026-10-24T22:30:00Z")."""
    return parse_instant(text)


def ev(kind: str, when: datetime, **details: Any) -> Event:
    return Event(kind=kind, at=when, details=details)


INSPECTOR = {"name": "Insp 4021 Patel", "rank": "inspector"}
SERGEANT = {"name": "PS 1234 Smith", "rank": "sergeant"}

COMPLETE_ANSWERS: dict[str, Any] = {
    "age_basis": "documents",
    "age_disputed": False,
    "looked_after": False,
    "csc_open_case": False,
    "vulnerability_flags": ["none"],
    "offence": "Theft from a shop",
    "detention_grounds": "obtain_evidence_by_questioning",
    "rationale_to_detain": "Needs interview; parent at work until 14:00; no risk factors.",
    "welfare_informed": True,
    "welfare_person": {"name": "Sian Jones", "phone": "07700 900123"},
    "welfare_relationship": "mother",
    "welfare_told": ["arrest", "reason", "where_held"],
    "aa_category": "parent_guardian",
    "aa_person": {"name": "Sian Jones"},
    "aa_disqualifiers": ["none"],
    "legal_advice_requested": True,
    "voc_own_words": "I just want to go home, I'm scared.",
    "voc_behaviour_demeanour": "Quiet, tearful at booking-in, calmer once mum arrived.",
    "accommodation": "detention_room",
    "meals_offered": True,
    "held_with_adult": False,
    "interview_planned": True,
}


def make_record(
    events: list[Event] | None = None,
    answers: dict[str, Any] | None = None,
    *,
    dob: date | None = date(2010, 3, 14),
    gender: Gender | str = Gender.MALE,
    complete: bool = True,
    dob_status: DobStatus = DobStatus.VERIFIED,
) -> Record:
    """A record; ``complete`` starts from answers that satisfy the answer-based rules."""
    merged = dict(COMPLETE_ANSWERS) if complete else {}
    merged.update(answers or {})
    return Record(
        custody_number="CHE/000123/26",
        suite="CHE",
        child=Child(surname="Jones", forenames="Rhys", date_of_birth=dob, gender=Gender(gender),
                    dob_status=dob_status if dob else DobStatus.UNKNOWN),
        definition_id="child-detention",
        definition_version=1,
        answers=merged,
        events=list(events or []),
    )


def base_events(start: datetime, *, aa_after: timedelta = 40 * M) -> list[Event]:
    """Arrest, arrival, detention authorised (start), welfare, AA, rights with AA."""
    return [
        ev("arrest", start - 40 * M),
        ev("arrival", start - 15 * M),
        ev("detention_authorised", start, authorised_by=SERGEANT, grounds="questioning"),
        ev("welfare_informed", start + 5 * M, person={"name": "Sian Jones"}, method="phone"),
        ev("aa_requested", start + 5 * M, category="parent_guardian"),
        ev("aa_arrived", start + aa_after, person={"name": "Sian Jones"}),
        ev("rights_given", start + aa_after + 5 * M, aa_present=True),
    ]


def review(when: datetime, **overrides: Any) -> Event:
    details = {
        "reviewer": INSPECTOR,
        "reviewer_rank": "inspector",
        "reviewer_involved": False,
        "method": "in_person",
        "aa_present": True,
        "decision": "continue",
        "rationale": "Interview outstanding; detention necessary.",
    }
    details.update(overrides)
    return ev("review", when, **details)


def codes(evaluation: Evaluation) -> set[str]:
    return {f.code for f in evaluation.findings}


def only(evaluation: Evaluation, code: str) -> Finding:
    found = [f for f in evaluation.findings if f.code == code]
    assert len(found) == 1, f"expected one {code}, got {[f.code for f in evaluation.findings]}"
    return found[0]


def run(record: Record, now: datetime, settings: RuleSettings | None = None) -> Evaluation:
    result = evaluate(record, now, settings)
    unknown = {f.code for f in result.findings} - ALL_FINDING_CODES
    assert not unknown, f"codes missing from the catalogue: {unknown}"
    assert "rule_error" not in {f.code for f in result.findings}, result.findings
    return result


@pytest.fixture
def utc() -> Any:
    return UTC
