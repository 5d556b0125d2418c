"""The Concordat on Children in Custody figures for a period, computed efficiently.

Counts come from SQL over the records and a handful of event kinds; the rules engine is
run only on the records that could have been held overnight (custody at least
``overnight_minimum`` long, or still in custody), because "held overnight" is the rules
engine's own ``held_overnight`` finding under the configured definition.

A child is counted in the period when their arrival falls inside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from custody_checklist.domain.audit import Period
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import (
    Child,
    DobStatus,
    EthnicityCategory,
    Event,
    Gender,
    Record,
)
from custody_checklist.domain.rules import RuleSettings, age, overnight
from custody_checklist.domain.rules.context import Context, index_events
from custody_checklist.domain.rules.settings import format_setting_duration
from custody_checklist.domain.timeutil import age_on
from custody_checklist.services.audit_types import ConcordatFigures
from custody_checklist.storage.models import EventRow, RecordRow

AGE_BANDS = ("10-13", "14-15", "16-17", "18+ (age disputed)", "unknown")
GENDERS = ("female", "male", "other", "not_stated")
ETHNICITIES = ("asian", "black", "mixed", "white", "other", "not_stated")
_KINDS = (EventKind.ARREST, EventKind.ARRIVAL, EventKind.DETENTION_AUTHORISED, EventKind.AA_ARRIVED,
          EventKind.CHARGED, EventKind.BAIL_DECISION, EventKind.LA_TRANSFER_REQUESTED,
          EventKind.LA_RESPONSE, EventKind.TRANSFERRED, EventKind.CERTIFICATE_ISSUED)
NON_TRANSFER = {
    "a_impracticable": "Certificate: transfer impracticable (ground a)",
    "b_no_secure_serious_harm": "Certificate: no secure accommodation, risk of serious harm (ground b)",
    "no_ground": "Certificate without a ground",
    "none": "Neither transfer nor certificate recorded",
}


def age_band(age: int | None) -> str:
    if age is None:
        return "unknown"
    if age <= 13:
        return "10-13"
    if age <= 15:
        return "14-15"
    if age <= 17:
        return "16-17"
    return "18+ (age disputed)"


def overnight_definition(settings: RuleSettings) -> str:
    return (f"at least {format_setting_duration(settings.overnight_minimum)} in custody between "
            f"{settings.overnight_start:%H:%M} and {settings.overnight_end:%H:%M} (Europe/London)")


def _where(query: Any, period: Period, suites: Sequence[str]) -> Any:
    query = query.where(RecordRow.arrival_at >= period.start, RecordRow.arrival_at < period.end)
    if suites:
        query = query.where(RecordRow.suite_code.in_(list(suites)))
    return query


def overnight_codes(record: Record, now: datetime, settings: RuleSettings) -> set[str]:
    """The rules engine's overnight family (after the age family, which decides whether
    child-only rules apply) without the other families: the same ``held_overnight`` and
    ``held_overnight_post_charge`` findings ``evaluate`` gives, at a fraction of the cost."""
    by_kind, _bad, _future = index_events(record.events, now)
    ctx = Context(record=record, now=now, settings=settings, by_kind=by_kind)
    age.check(ctx)
    if not ctx.is_child:
        return set()
    overnight.check(ctx)
    return {f.code for f in ctx.findings}


def _light_records(session: Any, ids: Sequence[str]) -> dict[str, Record]:
    """Records with what the age and overnight rules read (no names), by Core queries."""
    found: dict[str, Record] = {}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start:start + 900])
        for row in session.execute(select(
                RecordRow.id, RecordRow.custody_number, RecordRow.suite_code, RecordRow.date_of_birth,
                RecordRow.dob_status, RecordRow.gender, RecordRow.ethnicity_category, RecordRow.answers,
        ).where(RecordRow.id.in_(chunk))):
            found[row.id] = Record(
                id=row.id, custody_number=row.custody_number, suite=row.suite_code, definition_id="",
                definition_version=0, answers=dict(row.answers or {}),
                child=Child("", "", row.date_of_birth, DobStatus(row.dob_status), Gender(row.gender),
                            "", EthnicityCategory(row.ethnicity_category)),
            )
        for record_id, event_id, kind, at, details in session.execute(select(
                EventRow.record_id, EventRow.id, EventRow.kind, EventRow.at, EventRow.details,
        ).where(EventRow.record_id.in_(chunk))):
            found[record_id].events.append(Event(EventKind(kind), at, dict(details or {}), id=event_id))
    for record in found.values():
        record.events.sort(key=lambda e: (e.at, e.id))
    return found


def compute_figures(session: Any, period: Period, suites: Sequence[str], settings: RuleSettings | None,
                    now: datetime) -> ConcordatFigures:
    settings = settings or RuleSettings()
    rows = session.execute(_where(select(
        RecordRow.id, RecordRow.arrival_at, RecordRow.released_at, RecordRow.date_of_birth,
        RecordRow.gender, RecordRow.ethnicity_category), period, suites)).all()
    detained = len(rows)
    # Events of the kinds the figures read, for the records in the period only.
    events: dict[str, dict[str, list[tuple[datetime, dict]]]] = {}
    event_query = _where(select(EventRow.record_id, EventRow.kind, EventRow.at, EventRow.details)
                         .join(RecordRow, RecordRow.id == EventRow.record_id)
                         .where(EventRow.kind.in_([k.value for k in _KINDS])), period, suites)
    for record_id, kind, at, details in session.execute(event_query):
        events.setdefault(record_id, {}).setdefault(kind, []).append((at, details or {}))
    for kinds in events.values():
        for values in kinds.values():
            values.sort(key=lambda pair: pair[0])

    # Held overnight: the rules engine, on the candidates only.
    candidates = [r.id for r in rows
                  if r.arrival_at is None or r.released_at is None
                  or r.released_at - r.arrival_at >= settings.overnight_minimum]
    records = _light_records(session, candidates)
    overnight: list[str] = []
    post_charge = 0
    by_age: Counter[str] = Counter()
    by_gender: Counter[str] = Counter()
    by_ethnicity: Counter[str] = Counter()
    for record_id in candidates:
        record = records[record_id]
        at = record.released_at or now
        times = [e.at for e in record.events if e.at.tzinfo is not None]
        if record.released_at is not None and times:
            at = max(at, *times)
        codes = overnight_codes(record, at, settings)
        if "held_overnight" not in codes:
            continue
        overnight.append(record_id)
        post_charge += "held_overnight_post_charge" in codes
        start = record.first(EventKind.ARREST) or record.first(EventKind.ARRIVAL)
        age = age_on(record.child.date_of_birth, start.at) if record.child.date_of_birth and start else None
        by_age[age_band(age)] += 1
        by_gender[record.child.gender.value] += 1
        by_ethnicity[record.child.ethnicity_category.value] += 1

    # s.38(6): requests, transfers, reasons for non-transfer, LA responses.
    secure = non_secure = transfers = transfers_secure = transfers_non_secure = refused = 0
    reasons: Counter[str] = Counter()
    responses: Counter[str] = Counter()
    waits: list[int] = []
    for kinds in events.values():
        requests = kinds.get("la_transfer_requested", [])
        for _, details in requests[:1]:
            if details.get("accommodation_type") == "secure":
                secure += 1
            elif details.get("accommodation_type") == "non_secure":
                non_secure += 1
        transferred = kinds.get("transferred", [])
        if transferred:
            transfers += 1
            kind = transferred[0][1].get("accommodation_type")
            transfers_secure += kind == "secure"
            transfers_non_secure += kind == "non_secure"
        charged = kinds.get("charged", [])
        is_refused = bool(charged) and any(d.get("bail_granted") is False and at >= charged[0][0]
                                           for at, d in kinds.get("bail_decision", []))
        refused += is_refused
        if is_refused and not transferred:
            certificate = kinds.get("certificate_issued", [])
            if certificate:
                ground = certificate[0][1].get("ground")
                reasons[NON_TRANSFER.get(ground, NON_TRANSFER["no_ground"])] += 1
            else:
                reasons[NON_TRANSFER["none"]] += 1
            if requests:
                answer = kinds.get("la_response", [])
                responses[answer[-1][1].get("response", "not recorded") if answer else "no response recorded"] += 1
            else:
                responses["not requested"] += 1
        # AA wait, as the rules engine measures it: detention authorised (else arrival) to AA arrival.
        start = (kinds.get("detention_authorised") or kinds.get("arrival") or [None])[0]
        arrived = kinds.get("aa_arrived")
        if start is not None and arrived:
            minutes = int((arrived[0][0] - start[0]).total_seconds() // 60)
            if minutes >= 0:
                waits.append(minutes)

    return ConcordatFigures(
        period=period, suites=tuple(suites), children_detained=detained, held_overnight=len(overnight),
        overnight_by_age_band={b: by_age[b] for b in AGE_BANDS if by_age[b] or b not in ("18+ (age disputed)",)},
        overnight_by_gender={g: by_gender[g] for g in GENDERS},
        overnight_by_ethnicity={e: by_ethnicity[e] for e in ETHNICITIES},
        overnight_post_charge=post_charge, la_requests_secure=secure, la_requests_non_secure=non_secure,
        transfers_achieved=transfers, transfers_secure=transfers_secure,
        transfers_non_secure=transfers_non_secure, non_transfer_reasons=dict(reasons.most_common()),
        la_responses=dict(responses.most_common()),
        aa_wait_average_minutes=(sum(waits) / len(waits)) if waits else None,
        aa_wait_longest_minutes=max(waits) if waits else None, aa_wait_count=len(waits),
        overnight_definition=overnight_definition(settings), generated_at=now, bail_refused=refused,
    )


__all__ = ["compute_figures", "age_band", "overnight_definition"]
