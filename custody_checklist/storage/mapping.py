"""Translation between domain records and table rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import (
    Amendment,
    Child,
    DobStatus,
    EthnicityCategory,
    Event,
    Gender,
    Record,
    RecordStatus,
    SignOff,
)
from custody_checklist.storage.models import AmendmentRow, EventRow, RecordRow, SignOffRow


def surname_key(surname: str) -> str:
    """Case-folded surname used for indexed prefix search (``casefold`` handles ß, Ł...)."""
    return " ".join(surname.casefold().split())


def record_columns(record: Record, now: datetime) -> dict[str, Any]:
    """Column values of the ``records`` row for a domain record."""
    child = record.child
    return {
        "id": record.id,
        "custody_number": record.custody_number,
        "suite_code": record.suite,
        "definition_id": record.definition_id,
        "definition_version": record.definition_version,
        "status": record.status.value,
        "surname": child.surname,
        "surname_key": surname_key(child.surname),
        "forenames": child.forenames,
        "date_of_birth": child.date_of_birth,
        "dob_status": child.dob_status.value,
        "gender": child.gender.value,
        "ethnicity_self_defined": child.ethnicity_self_defined,
        "ethnicity_category": child.ethnicity_category.value,
        "answers": record.answers,
        "arrival_at": record.arrival_at,
        "released_at": record.released_at,
        "created_at": record.created_at or now,
        "updated_at": record.updated_at or now,
        "version": record.version,
        "signed_content_hash": signed_content_hash(record),
    }


def signed_content_hash(record: Record) -> str | None:
    """What ``records.signed_content_hash`` holds: the hash of the last signature, if any."""
    signed = [s for s in record.signoffs if s.action == "signed"]
    return (signed[-1].content_hash or None) if signed else None


def event_columns(record_id: str, event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "record_id": record_id,
        "kind": event.kind.value,
        "at": event.at,
        "details": event.details,
        "recorded_by": event.recorded_by,
        "recorded_at": event.recorded_at,
    }


def signoff_columns(record_id: str, signoff: SignOff) -> dict[str, Any]:
    return {
        "id": signoff.id,
        "record_id": record_id,
        "action": signoff.action,
        "at": signoff.at,
        "user_name": signoff.user_name,
        "rank": signoff.rank,
        "collar_number": signoff.collar_number,
        "comment": signoff.comment,
        "content_hash": signoff.content_hash,
        "acknowledgements": signoff.acknowledgements,
        "username": signoff.username,
        "snapshot": signoff.snapshot,
    }


def amendment_columns(record_id: str, amendment: Amendment) -> dict[str, Any]:
    return {
        "id": amendment.id,
        "record_id": record_id,
        "at": amendment.at,
        "user_name": amendment.user_name,
        "reason": amendment.reason,
        "changes": amendment.changes,
        "username": amendment.username,
    }


def row_to_record(row: RecordRow) -> Record:
    return record_from_rows(row, row.events, row.signoffs, row.amendments)


def record_from_rows(row: Any, events: Iterable[Any], signoffs: Iterable[Any],
                     amendments: Iterable[Any]) -> Record:
    """A domain record from its ``records`` row and its child rows: ORM objects or plain
    result rows alike (anything that has the column names as attributes)."""
    return Record(
        id=row.id,
        custody_number=row.custody_number,
        suite=row.suite_code,
        child=Child(
            surname=row.surname,
            forenames=row.forenames,
            date_of_birth=row.date_of_birth,
            dob_status=DobStatus(row.dob_status),
            gender=Gender(row.gender),
            ethnicity_self_defined=row.ethnicity_self_defined,
            ethnicity_category=EthnicityCategory(row.ethnicity_category),
        ),
        definition_id=row.definition_id,
        definition_version=row.definition_version,
        answers=dict(row.answers or {}),
        events=[
            Event(
                kind=EventKind(e.kind),
                at=e.at,
                details=dict(e.details or {}),
                id=e.id,
                recorded_by=e.recorded_by,
                recorded_at=e.recorded_at,
            )
            for e in sorted(events, key=lambda e: (e.at, e.id))
        ],
        status=RecordStatus(row.status),
        signoffs=[
            SignOff(
                action=s.action,
                at=s.at,
                user_name=s.user_name,
                rank=s.rank,
                collar_number=s.collar_number,
                comment=s.comment,
                content_hash=s.content_hash,
                acknowledgements=dict(s.acknowledgements or {}),
                id=s.id,
                username=s.username or "",
                snapshot=s.snapshot,
            )
            for s in signoffs
        ],
        amendments=[
            Amendment(at=a.at, user_name=a.user_name, reason=a.reason, changes=list(a.changes or []), id=a.id,
                      username=a.username or "")
            for a in amendments
        ],
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def new_event_row(record_id: str, event: Event) -> EventRow:
    return EventRow(**event_columns(record_id, event))


def new_signoff_row(record_id: str, signoff: SignOff) -> SignOffRow:
    return SignOffRow(**signoff_columns(record_id, signoff))


def new_amendment_row(record_id: str, amendment: Amendment) -> AmendmentRow:
    return AmendmentRow(**amendment_columns(record_id, amendment))
