"""CSV of records for spreadsheets, one row per child, safe against formula injection."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Record
from custody_checklist.domain.timeutil import age_on, format_instant

# A cell starting with one of these is run as a formula by Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    "custody_number", "suite", "status", "surname", "forenames", "date_of_birth", "dob_status",
    "age_at_arrest", "gender", "ethnicity_self_defined", "ethnicity_category",
    "arrest", "arrival", "detention_authorised", "aa_requested", "aa_arrived", "aa_wait_minutes",
    "reviews", "charged", "bail_refused", "la_transfer_requested", "transferred",
    "certificate_ground", "released",
)


def neutralise(value: Any) -> str:
    """Text for a CSV cell; a leading formula character is defused with an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _time(record: Record, kind: EventKind) -> str:
    event = record.first(kind)
    return format_instant(event.at) if event else ""


def record_row(record: Record) -> list[str]:
    child = record.child
    arrest = record.first(EventKind.ARREST) or record.first(EventKind.ARRIVAL)
    age = age_on(child.date_of_birth, arrest.at) if child.date_of_birth and arrest else ""
    requested, arrived = record.first(EventKind.AA_REQUESTED), record.first(EventKind.AA_ARRIVED)
    wait = int((arrived.at - requested.at).total_seconds() // 60) if requested and arrived else ""
    refused = [e for e in record.events_of(EventKind.BAIL_DECISION) if e.details.get("bail_granted") is False]
    certificate = record.first(EventKind.CERTIFICATE_ISSUED)
    values = [
        record.custody_number, record.suite, record.status.value, child.surname, child.forenames,
        child.date_of_birth.isoformat() if child.date_of_birth else "", child.dob_status.value, age,
        child.gender.value, child.ethnicity_self_defined, child.ethnicity_category.value,
        _time(record, EventKind.ARREST), _time(record, EventKind.ARRIVAL),
        _time(record, EventKind.DETENTION_AUTHORISED), _time(record, EventKind.AA_REQUESTED),
        _time(record, EventKind.AA_ARRIVED), wait, len(record.events_of(EventKind.REVIEW)),
        _time(record, EventKind.CHARGED), "yes" if refused else "",
        _time(record, EventKind.LA_TRANSFER_REQUESTED), _time(record, EventKind.TRANSFERRED),
        certificate.details.get("ground", "") if certificate else "", _time(record, EventKind.RELEASED),
    ]
    return [neutralise(v) for v in values]


def write_records_csv(records: Iterable[Record], handle: IO[str]) -> int:
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow(record_row(record))
        count += 1
    return count
