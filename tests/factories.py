"""Small builders of valid records for tests (invented people only)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Child, DobStatus, Event, Gender, Record

ARRIVAL = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def make_record(custody_number: str = "TST-A/000001/26", suite: str = "TST-A", *,
                surname: str = "Example", arrival: datetime = ARRIVAL, **answers: Any) -> Record:
    events = [
        Event(EventKind.ARREST, arrival - timedelta(minutes=40), {"location": "High Street"}),
        Event(EventKind.ARRIVAL, arrival),
        Event(EventKind.DETENTION_AUTHORISED, arrival + timedelta(minutes=15),
              {"grounds": "To obtain evidence by questioning"}),
        Event(EventKind.AA_REQUESTED, arrival + timedelta(minutes=20)),
        Event(EventKind.AA_ARRIVED, arrival + timedelta(minutes=70)),
    ]
    base_answers: dict[str, Any] = {
        "age_basis": "documents",
        "welfare_informed": True,
        "rationale_to_detain": "Needs interview about a theft; mother informed.",
        "voc_behaviour_demeanour": "Quiet, tearful, answered questions politely.",
    }
    base_answers.update(answers)
    return Record(
        custody_number=custody_number,
        suite=suite,
        child=Child(surname=surname, forenames="Sam", date_of_birth=date(2010, 5, 4),
                    dob_status=DobStatus.VERIFIED, gender=Gender.MALE),
        definition_id="child-detention",
        definition_version=1,
        answers=base_answers,
        events=events,
        created_at=arrival,
        updated_at=arrival,
    )
