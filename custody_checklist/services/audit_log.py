"""Reading the audit log (administrators and auditors) and verifying the database.

``verify`` is what ``custody-checklist verify`` runs: the hash chain of the audit log
(a deleted or edited row breaks it) and every signed record's content, recomputed from
the database and compared with the hash stored at sign-off; every stored snapshot must
still hash to its signature. Each problem names the log entry or the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from custody_checklist.domain.interchange import content_hash
from custody_checklist.domain.record import RecordStatus
from custody_checklist.domain.timeutil import utc_now
from custody_checklist.services.actor import ADMINISTRATOR, AUDITOR, Actor
from custody_checklist.storage import audit, records_repo
from custody_checklist.storage.database import Database
from custody_checklist.storage.mapping import row_to_record
from custody_checklist.storage.models import AuditEntryRow, RecordRow, SignOffRow

VIEWERS = (ADMINISTRATOR, AUDITOR)


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None  # exact login name
    action: str | None = None
    record: str | None = None  # record id or custody number
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    action: str
    record_id: str | None
    custody_number: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class VerifyProblem:
    kind: str  # "chain" or "record"
    message: str
    entry_id: int | None = None
    record_id: str | None = None
    custody_number: str | None = None

    def __str__(self) -> str:
        where = f"audit entry {self.entry_id}" if self.entry_id is not None else f"record {self.custody_number}"
        return f"{where}: {self.message}"


class AuditLogService:
    def __init__(self, database: Database, actor: Actor):
        self.database = database
        self.actor = actor

    def _query(self, session: Any, filters: AuditFilter) -> Any:
        query = select(AuditEntryRow, RecordRow.custody_number).outerjoin(
            RecordRow, RecordRow.id == AuditEntryRow.record_id)
        if filters.user:
            query = query.where(AuditEntryRow.user_name == filters.user.strip())
        if filters.action:
            query = query.where(AuditEntryRow.action == filters.action)
        if filters.record:
            record_id = records_repo.find_id(session, filters.record) or filters.record.strip()
            query = query.where(AuditEntryRow.record_id == record_id)
        if filters.since:
            query = query.where(AuditEntryRow.at >= filters.since)
        if filters.until:
            query = query.where(AuditEntryRow.at < filters.until)
        return query

    def entries(self, filters: AuditFilter | None = None, offset: int = 0, limit: int = 200) -> list[AuditEntry]:
        """Newest first. Looking at the log is itself logged (once per first page)."""
        self.actor.require(*VIEWERS, action="view the audit log")
        filters = filters or AuditFilter()
        if offset == 0:
            with self.database.transaction() as session:
                audit.append(session, at=utc_now(), user=self.actor.audit_name, action="view_audit_log",
                             detail={k: str(v) for k, v in vars(filters).items() if v})
        with self.database.reading() as session:
            query = self._query(session, filters).order_by(AuditEntryRow.id.desc()).offset(offset).limit(limit)
            return [AuditEntry(row.id, row.at, row.user_name, row.action, row.record_id, number, dict(row.detail or {}))
                    for row, number in session.execute(query)]

    def count(self, filters: AuditFilter | None = None) -> int:
        self.actor.require(*VIEWERS, action="view the audit log")
        with self.database.reading() as session:
            sub = self._query(session, filters or AuditFilter()).subquery()
            return int(session.execute(select(func.count()).select_from(sub)).scalar_one())

    def actions(self) -> list[str]:
        self.actor.require(*VIEWERS, action="view the audit log")
        with self.database.reading() as session:
            return sorted(session.execute(select(AuditEntryRow.action).distinct()).scalars())

    def verify(self) -> list[VerifyProblem]:
        """Every problem found; an empty list means the log and signatures are intact."""
        self.actor.require(*VIEWERS, action="verify the audit log")
        problems: list[VerifyProblem] = []
        with self.database.reading() as session:
            for chain in audit.verify_chain(session):
                problems.append(VerifyProblem("chain", chain.message, entry_id=chain.entry_id))
            problems.extend(_verify_records(session))
        with self.database.transaction() as session:
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action="verify",
                         detail={"problems": len(problems)})
        return problems


def _verify_records(session: Any) -> list[VerifyProblem]:
    from custody_checklist.services.workflow import document_hash, revert_amendments

    problems: list[VerifyProblem] = []
    signed_ids = set(session.execute(select(SignOffRow.record_id).where(SignOffRow.action == "signed")).scalars())
    signed_ids |= set(session.execute(select(RecordRow.id).where(
        (RecordRow.status == RecordStatus.SIGNED.value) | RecordRow.signed_content_hash.is_not(None))).scalars())
    for record_id in sorted(signed_ids):
        row = records_repo.load_row(session, record_id)
        if row is None:
            continue
        record = row_to_record(row)

        def problem(message: str, row: RecordRow = row) -> None:
            problems.append(VerifyProblem("record", message, record_id=row.id, custody_number=row.custody_number))

        signatures = [s for s in row.signoffs if s.action == "signed"]
        for signoff in signatures:
            if signoff.snapshot is not None and document_hash(signoff.snapshot) != signoff.content_hash:
                problem(f"the content signed on {signoff.at:%Y-%m-%d %H:%M} UTC by {signoff.user_name} "
                        "no longer matches its signature")
        last = signatures[-1] if signatures else None
        stored = row.signed_content_hash
        if last is None:
            if record.status is RecordStatus.SIGNED and stored and content_hash(record) != stored:
                problem("signed content was changed after sign-off (content hash differs)")
            elif record.status is RecordStatus.SIGNED and not stored:
                problem("marked signed but has no signature")
            continue
        if stored and last.content_hash and stored != last.content_hash:
            problem("the record's signed hash differs from its last signature")
        expected = last.content_hash or stored
        later = [s for s in row.signoffs if s.at > last.at]
        if not expected or any(s.action == "returned" for s in later):
            continue  # no hash kept (old import), or returned and legitimately edited since
        if record.status not in (RecordStatus.SIGNED, RecordStatus.SUBMITTED):
            continue
        # What was signed = today's content with the amendments made since taken back out.
        amendments = [a for a in record.amendments if a.at > last.at]
        if content_hash(revert_amendments(record, amendments)) != expected:
            problem("signed content was changed after sign-off without an amendment (content hash differs)")
    return problems
