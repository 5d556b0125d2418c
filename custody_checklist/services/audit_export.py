"""Pseudonymised export for partner agencies (Concordat meetings, local authorities).

No names, no dates of birth (age at arrest instead), custody numbers replaced by
``HMAC-SHA256(installation key, custody number)`` so the same child's record keeps the
same pseudonym in every export from this installation but cannot be reversed or matched
by anyone without the key. The key is made on first use and kept in the database
(table ``installation_secrets``), never in the repository; every terminal of one
installation shares it. Free text (offence, rationale, the child's words, reasons) is
left out unless the auditor asks for it. Every export is logged as a disclosure.

Times are quasi-identifiers: an exact arrival or release instant next to the suite, age,
gender and ethnicity can single a child out (a partner who knows "the 15-year-old brought
in at 02:14 on Saturday" finds the row). So arrival and release are given as the London
**date only**; the durations partners need (hours in custody, AA wait in minutes) are
computed from the exact times and kept. Rows are sorted by pseudonym, so their order says
nothing about when the children arrived.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from custody_checklist.domain.audit import Period
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.timeutil import age_on, format_instant, to_local, utc_now
from custody_checklist.reports.csv_export import neutralise
from custody_checklist.services.audit_types import ExportSummary
from custody_checklist.storage import audit as audit_log
from custody_checklist.storage.models import InstallationSecretRow, RecordRow

KEY_NAME = "pseudonymisation_key"
FIELDS = (
    "pseudonym", "suite", "age_at_arrest", "age_basis", "gender", "ethnicity_category", "arrival_date",
    "release_date", "hours_in_custody", "held_overnight", "held_overnight_post_charge", "aa_wait_minutes",
    "charged", "bail_refused", "la_request", "la_response", "transferred", "certificate_ground",
    "looked_after", "safeguarding_flags", "breach_codes",
)
FREE_TEXT_FIELDS = ("offence", "rationale_to_detain", "voc_own_words", "voc_behaviour_demeanour",
                    "overnight_reasons", "ethnicity_self_defined")
#: JSON ``format_version``: 2 since arrival/release are dates (``arrival_date``, ``release_date``).
FORMAT_VERSION = 2
FREE_TEXT_WARNING = ("WARNING: free text is included. It may name the child, family, witnesses or "
                     "places and so identify the child; check every row before sharing.")


def installation_key(database: Any) -> bytes:
    """The per-installation HMAC key, created on first use."""
    with database.reading() as session:
        row = session.get(InstallationSecretRow, KEY_NAME)
        if row is not None:
            return bytes.fromhex(row.value)
    try:
        with database.transaction() as session:
            session.add(InstallationSecretRow(name=KEY_NAME, value=secrets.token_hex(32), created_at=utc_now()))
    except IntegrityError:
        pass  # another terminal made it first: use theirs
    with database.reading() as session:
        row = session.get(InstallationSecretRow, KEY_NAME)
        assert row is not None
        return bytes.fromhex(row.value)


def pseudonymiser(database: Any) -> Callable[[str], str]:
    key = installation_key(database)

    def pseudonym(custody_number: str) -> str:
        normalised = " ".join(custody_number.split()).upper()
        return "P-" + hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()[:20]

    return pseudonym


def _row(record: Any, codes: set[str], breaches: list[str], pseudonym: str, free_text: bool) -> dict[str, Any]:
    child = record.child
    start = record.first(EventKind.ARREST) or record.first(EventKind.ARRIVAL)
    authorised = record.first(EventKind.DETENTION_AUTHORISED) or record.first(EventKind.ARRIVAL)
    aa = record.first(EventKind.AA_ARRIVED)
    charged = record.first(EventKind.CHARGED)
    refused = charged is not None and any(e.details.get("bail_granted") is False
                                          for e in record.events_of(EventKind.BAIL_DECISION))
    request = record.first(EventKind.LA_TRANSFER_REQUESTED)
    response = record.last(EventKind.LA_RESPONSE)
    certificate = record.first(EventKind.CERTIFICATE_ISSUED)
    arrival, released = record.arrival_at, record.released_at
    flags = record.answers.get("vulnerability_flags") or []
    row: dict[str, Any] = {
        "pseudonym": pseudonym,
        "suite": record.suite,
        "age_at_arrest": age_on(child.date_of_birth, start.at) if child.date_of_birth and start else "",
        "age_basis": record.answers.get("age_basis", ""),
        "gender": child.gender.value,
        "ethnicity_category": child.ethnicity_category.value,
        "arrival_date": to_local(arrival).date().isoformat() if arrival else "",  # date only: see above
        "release_date": to_local(released).date().isoformat() if released else "",
        "hours_in_custody": round((released - arrival).total_seconds() / 3600, 1) if arrival and released else "",
        "held_overnight": "yes" if "held_overnight" in codes else "no",
        "held_overnight_post_charge": "yes" if "held_overnight_post_charge" in codes else "no",
        "aa_wait_minutes": int((aa.at - authorised.at).total_seconds() // 60) if aa and authorised else "",
        "charged": "yes" if charged else "no",
        "bail_refused": "yes" if refused else "no",
        "la_request": request.details.get("accommodation_type", "") if request else "",
        "la_response": response.details.get("response", "") if response else "",
        "transferred": "yes" if record.first(EventKind.TRANSFERRED) else "no",
        "certificate_ground": certificate.details.get("ground", "") if certificate else "",
        "looked_after": {True: "yes", False: "no"}.get(record.answers.get("looked_after"), ""),
        "safeguarding_flags": " ".join(f for f in flags if isinstance(f, str)) if isinstance(flags, list) else "",
        "breach_codes": " ".join(breaches),
    }
    if free_text:
        for name in FREE_TEXT_FIELDS:
            value = child.ethnicity_self_defined if name == "ethnicity_self_defined" else record.answers.get(name, "")
            row[name] = value if isinstance(value, str) else ""
    return row


def export_pseudonymised(service: Any, period: Period, suites: Sequence[str], handle: IO[str], *,
                         include_free_text: bool, fmt: str) -> ExportSummary:
    from custody_checklist.domain.audit import evaluation_time
    from custody_checklist.domain.rules import evaluate
    from custody_checklist.services.audit import load_records

    pseudonym = pseudonymiser(service.database)
    now = utc_now()
    with service.database.reading() as session:
        query = select(RecordRow.id).where(RecordRow.arrival_at >= period.start, RecordRow.arrival_at < period.end)
        if suites:
            query = query.where(RecordRow.suite_code.in_(list(suites)))
        ids = list(session.execute(query.order_by(RecordRow.arrival_at, RecordRow.id)).scalars())
        records = load_records(session, ids)
    fields = FIELDS + (FREE_TEXT_FIELDS if include_free_text else ())
    rows = []
    for record_id in ids:
        record = records[record_id]
        findings = evaluate(record, evaluation_time(record, now), service.rule_settings).findings
        codes = {f.code for f in findings}
        breaches = sorted({f.code for f in findings if f.severity.value == "breach"})
        rows.append(_row(record, codes, breaches, pseudonym(record.custody_number), include_free_text))
    # Order by pseudonym (a keyed hash) so row order gives nothing away about arrival order.
    rows.sort(key=lambda r: r["pseudonym"])
    if fmt == "json":
        json.dump({"format": "custody-checklist-pseudonymised", "format_version": FORMAT_VERSION,
                   "period": period.label, "exported_at": format_instant(now),
                   "free_text_included": include_free_text, "fields": list(fields), "records": rows},
                  handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    else:
        writer = csv.writer(handle)
        writer.writerow(fields)
        for row in rows:
            writer.writerow([neutralise(row.get(name, "")) for name in fields])
    with service.database.transaction() as session:
        audit_log.append(session, at=now, user=service._user(), action="disclosure", detail={
            "what": "pseudonymised_export", "period": period.label, "suites": list(suites),
            "records": len(rows), "record_ids": ids, "free_text": include_free_text, "format": fmt,
            "to": str(getattr(handle, "name", "stream")),
        })
    return ExportSummary(len(rows), getattr(handle, "name", None), include_free_text, tuple(fields))
