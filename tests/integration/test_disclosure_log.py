"""Printing and saving a PDF are disclosures: each is written to the audit log (DPA 2018 s.62)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from custody_checklist.domain.record import Child, Gender
from custody_checklist.services.errors import RecordNotFound
from custody_checklist.storage.models import AuditEntryRow


def test_log_disclosure_writes_an_audit_entry_for_the_record(services):
    record = services.records.create("TST-A/000900/26", "TST-A",
                                     Child("Nowak", "Ola", date(2011, 1, 2), gender=Gender.FEMALE))
    services.records.log_disclosure(record.id, "save_pdf", {"file": "summary.pdf"})
    with services.database.reading() as session:
        last = session.execute(select(AuditEntryRow).order_by(AuditEntryRow.id.desc()).limit(1)).scalar_one()
        assert (last.action, last.record_id, last.detail) == ("save_pdf", record.id, {"file": "summary.pdf"})
    with pytest.raises(RecordNotFound):
        services.records.log_disclosure("no-such-id", "print")
