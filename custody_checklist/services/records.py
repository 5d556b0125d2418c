"""Use cases on detention records: create, autosave answers and events, import, export.

Each operation is one short transaction. Writes check the version the caller read
(optimistic concurrency) so two terminals never silently overwrite each other, and are
written to the audit log in the same transaction.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from custody_checklist.domain.definition import DefinitionError, DefinitionRegistry
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Evaluation
from custody_checklist.domain.interchange import child_as_dict, content_hash, record_problems
from custody_checklist.domain.record import Child, Event, Record, RecordStatus
from custody_checklist.domain.timeutil import utc_now
from custody_checklist.services.actor import ADMINISTRATOR, AUDITOR, INSPECTOR, SERGEANT, Actor
from custody_checklist.services.errors import (
    ConflictError,
    RecordLocked,
    RecordNotFound,
    ValidationFailed,
)
from custody_checklist.storage import audit, records_repo
from custody_checklist.storage.database import Database
from custody_checklist.storage.mapping import new_event_row, record_columns, row_to_record
from custody_checklist.storage.models import RecordRow, SuiteRow
from custody_checklist.storage.records_repo import RecordFilter, RecordSummary

READERS = (SERGEANT, INSPECTOR, AUDITOR, ADMINISTRATOR)
EDITORS = (SERGEANT, ADMINISTRATOR)
DEFAULT_DEFINITION = "child-detention"


@dataclass(frozen=True)
class SuiteInfo:
    code: str
    name: str


class RecordService:
    def __init__(self, database: Database, definitions: DefinitionRegistry, actor: Actor,
                 rule_settings: Any = None):
        self.database = database
        self.definitions = definitions
        self.actor = actor
        self.rule_settings = rule_settings

    # ------------------------------------------------------------------ reading
    def get(self, record_id: str) -> Record:
        self.actor.require(*READERS, action="view records")
        # Plain queries rather than the ORM (as autosave reads): opening a record in the
        # editor waits for this, and the ORM's objects cost more than the queries.
        with self.database.transaction() as session:
            record = records_repo.load_record(session, record_id)
            if record is None:
                raise RecordNotFound(f"no record with id {record_id}")
            self.actor.require_suite(record.suite, "view this record")
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action="view", record_id=record.id)
            return record

    def get_by_reference(self, reference: str) -> Record | None:
        """A record by id or custody number, or None."""
        with self.database.reading() as session:
            record_id = records_repo.find_id(session, reference)
        return None if record_id is None else self.get(record_id)

    def count(self, filters: RecordFilter | None = None) -> int:
        self.actor.require(*READERS, action="list records")
        with self.database.reading() as session:
            return records_repo.count(session, self._scoped(filters))

    def list_page(self, filters: RecordFilter | None, offset: int, limit: int) -> list[RecordSummary]:
        self.actor.require(*READERS, action="list records")
        with self.database.reading() as session:
            return records_repo.list_page(session, self._scoped(filters), offset, limit)

    def in_custody(self, suite: str) -> list[Record]:
        self.actor.require(*READERS, action="view the suite board")
        self.actor.require_suite(suite, "view the board")
        with self.database.reading() as session:
            return records_repo.in_custody(session, suite)

    def _scoped(self, filters: RecordFilter | None) -> RecordFilter:
        """The filter limited to the suites the actor works at (none listed: every suite).

        An explicit suite outside the actor's is refused rather than quietly emptied, so a
        mistake is visible; otherwise the query is confined to the actor's suites.
        """
        filters = filters or RecordFilter()
        if not self.actor.suites:
            return filters
        if filters.suite is not None:
            self.actor.require_suite(filters.suite, "list records")
            return filters
        return replace(filters, suites=tuple(sorted(self.actor.suites)))

    def suites(self) -> list[SuiteInfo]:
        with self.database.reading() as session:
            rows = session.query(SuiteRow).where(SuiteRow.active).order_by(SuiteRow.name)
            return [SuiteInfo(row.code, row.name) for row in rows]

    def suite_name(self, code: str) -> str:
        with self.database.reading() as session:
            row = session.get(SuiteRow, code)
            return row.name if row else code

    def content_hash(self, record: Record) -> str:
        return content_hash(record)

    def evaluate(self, record: Record, now: datetime | None = None) -> Evaluation:
        from custody_checklist.domain.rules import evaluate

        if self.rule_settings is None:
            return evaluate(record, now or utc_now())
        return evaluate(record, now or utc_now(), self.rule_settings)

    def log_disclosure(self, record_id: str, what: str, detail: dict[str, Any] | None = None) -> None:
        """Log that a record left the app: printed, saved as PDF, exported (DPA 2018 s.62).

        ``what`` is a short verb such as ``"print"``, ``"save_pdf"`` or ``"pdf"``; ``detail``
        says where to (a file name, a printer). Call it when the disclosure happens.
        """
        self.actor.require(*READERS, action="print or export records")
        with self.database.transaction() as session:
            row = session.get(RecordRow, record_id)
            if row is None:
                raise RecordNotFound(f"no record with id {record_id}")
            self.actor.require_suite(row.suite_code, "print or export this record")
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action=what,
                         record_id=record_id, detail=dict(detail or {}))

    # ------------------------------------------------------------------ writing
    def create(self, custody_number: str, suite: str, child: Child,
               definition_id: str = DEFAULT_DEFINITION) -> Record:
        self.actor.require(*EDITORS, action="create records")
        self.actor.require_suite(suite, "create records")
        problems = []
        if not custody_number.strip():
            problems.append(("custody_number", "enter the custody number"))
        if not child.surname.strip():
            problems.append(("surname", "enter the child's surname (or 'Unknown')"))
        if child.date_of_birth and child.date_of_birth > utc_now().date():
            problems.append(("date_of_birth", "date of birth is in the future"))
        try:
            definition = self.definitions.latest(definition_id)
        except DefinitionError as exc:
            problems.append(("definition", str(exc)))
        if problems:
            raise ValidationFailed(problems)
        now = utc_now()
        record = Record(
            custody_number=custody_number.strip(),
            suite=suite,
            child=child,
            definition_id=definition.id,
            definition_version=definition.version,
            created_at=now,
            updated_at=now,
        )
        with self.database.transaction() as session:
            if session.get(SuiteRow, suite) is None:
                raise ValidationFailed([("suite", f"unknown suite '{suite}'")])
            if records_repo.find_id(session, record.custody_number):
                raise ValidationFailed(
                    [("custody_number", f"custody number {record.custody_number} is already in use")]
                )
            session.add(RecordRow(**record_columns(record, now), created_by=self.actor.audit_name))
            audit.append(session, at=now, user=self.actor.audit_name, action="create", record_id=record.id,
                         detail={"custody_number": record.custody_number})
        return record

    def save_answer(self, record_id: str, question_id: str, value: Any, expected_version: int) -> Record:
        """Autosave of one answer (an empty value clears it); returns the record as saved.

        The editor calls this each time a field is left, so it is kept short: the record
        is read with plain queries, the answers are written by one UPDATE that also checks
        and moves the version, and the audit entry is appended, all in one transaction.
        The checks are those of every other change (``_check_changeable``,
        ``_validate_change``).
        """
        self.actor.require(*EDITORS, action="change records")
        description = f"answer {question_id}"
        now = utc_now()
        with self.database.transaction() as session:
            before = records_repo.load_record(session, record_id, for_update=True)
            if before is None:
                raise RecordNotFound(f"no record with id {record_id}")
            self._check_changeable(before, expected_version, description)
            answers = dict(before.answers)
            if value is None or value == "" or value == []:
                answers.pop(question_id, None)
            else:
                answers[question_id] = value
            after = replace(before, answers=answers)
            self._validate_change(before, after, now)
            if not records_repo.update_answers(session, record_id, expected_version, answers, now):
                # Not possible while the transaction holds the write lock (SQLite) or the
                # row lock (PostgreSQL); should it happen, nothing is overwritten.
                current = records_repo.load_record(session, record_id)
                if current is None:
                    raise RecordNotFound(f"no record with id {record_id}")
                raise ConflictError(current, description)
            audit.append(session, at=now, user=self.actor.audit_name, action="change",
                         record_id=record_id, detail={"question": question_id})
        return replace(after, updated_at=now, version=expected_version + 1)

    def save_child(self, record_id: str, child: Child, expected_version: int) -> Record:
        def change(record: Record) -> None:
            record.child = child

        return self._mutate(record_id, expected_version, change, "child details", {"child": True})

    def add_event(self, record_id: str, event: Event, expected_version: int) -> Record:
        def change(record: Record) -> None:
            event.recorded_by = event.recorded_by or self.actor.name
            event.recorded_at = event.recorded_at or utc_now()
            record.events.append(event)

        return self._mutate(record_id, expected_version, change, f"add event {event.kind.value}",
                            {"event": event.id, "kind": event.kind.value})

    def update_event(self, record_id: str, event: Event, expected_version: int) -> Record:
        def change(record: Record) -> None:
            for index, existing in enumerate(record.events):
                if existing.id == event.id:
                    record.events[index] = event
                    return
            raise RecordNotFound(f"event {event.id} is not on this record")

        return self._mutate(record_id, expected_version, change, f"change event {event.kind.value}",
                            {"event": event.id, "kind": event.kind.value})

    def delete_event(self, record_id: str, event_id: str, expected_version: int) -> Record:
        def change(record: Record) -> None:
            before = len(record.events)
            record.events = [e for e in record.events if e.id != event_id]
            if len(record.events) == before:
                raise RecordNotFound(f"event {event_id} is not on this record")

        return self._mutate(record_id, expected_version, change, "delete event", {"event": event_id})

    def _mutate(self, record_id: str, expected_version: int, change: Callable[[Record], None],
                description: str, detail: dict[str, Any]) -> Record:
        self.actor.require(*EDITORS, action="change records")
        now = utc_now()
        try:
            with self.database.transaction() as session:
                row = records_repo.load_row(session, record_id, for_update=True)
                if row is None:
                    raise RecordNotFound(f"no record with id {record_id}")
                before = row_to_record(row)
                self._check_changeable(before, expected_version, description)
                after = copy.deepcopy(before)
                change(after)
                self._validate_change(before, after, now)
                self._write(session, row, before, after, now)
                audit.append(session, at=now, user=self.actor.audit_name, action="change",
                             record_id=record_id, detail=detail)
                session.flush()
                return row_to_record(row)
        except StaleDataError:
            with self.database.reading() as session:
                current = records_repo.load_row(session, record_id)
                assert current is not None
                raise ConflictError(row_to_record(current), description) from None

    def _check_changeable(self, before: Record, expected_version: int, description: str) -> None:
        """Refuse a change to another suite's record, to a version the caller did not read
        (``ConflictError`` with the current record), or to a signed or submitted record."""
        self.actor.require_suite(before.suite, "change this record")
        if before.version != expected_version:
            raise ConflictError(before, description)
        if before.status is RecordStatus.SIGNED:
            raise RecordLocked(
                f"record {before.custody_number} is signed off; changes need an amendment"
            )
        if before.status is RecordStatus.SUBMITTED:
            raise RecordLocked(
                f"record {before.custody_number} is submitted for review; an inspector "
                "must return it before it can be changed"
            )

    def _validate_change(self, before: Record, after: Record, now: datetime) -> None:
        definition = self.definitions.get(after.definition_id, after.definition_version)
        problems: list[tuple[str, str]] = []
        # An answer already invalid before (e.g. under an older definition) does not block
        # the change; the answers as they were are only checked when the new ones have an
        # invalid answer, which is seldom (a second walk of the definition on every save).
        new_invalid = [p for p in definition.check_answers(after.answers, child_as_dict(after.child))
                       if p.kind == "invalid"]
        if new_invalid:
            old_invalid = {p.question_id for p in definition.check_answers(before.answers)
                           if p.kind == "invalid"}
            problems.extend((p.question_id, p.message) for p in new_invalid
                            if p.question_id not in old_invalid)
        # An event is new or changed unless an equal one was there before; equal events
        # share their id, so only those with the same id are compared (not the whole
        # timeline for each event, which made every change on a long timeline slow).
        old_events: dict[str, list[Event]] = {}
        for event in before.events:
            old_events.setdefault(event.id, []).append(event)
        for event in after.events:
            if event not in old_events.get(event.id, ()):
                if not isinstance(event.kind, EventKind):
                    problems.append((event.id, f"unknown event kind {event.kind}"))
                for problem in definition.check_event_details(event.kind, event.details):
                    problems.append((f"{event.kind.value}.{problem.question_id}", problem.message))
        old = {m for _, m in record_problems(before, None, now=now)}
        problems.extend((p, m) for p, m in record_problems(after, None, now=now) if m not in old)
        if problems:
            raise ValidationFailed(problems)

    def _write(self, session: Any, row: RecordRow, before: Record, after: Record, now: datetime) -> None:
        columns = record_columns(after, now)
        for key in ("id", "created_at", "version", "custody_number", "suite_code",
                    "definition_id", "definition_version", "signed_content_hash"):
            columns.pop(key)
        columns["updated_at"] = now
        for key, value in columns.items():
            setattr(row, key, value)
        old_events = {e.id: e for e in before.events}
        new_events = {e.id: e for e in after.events}
        for event_row in list(row.events):
            if event_row.id not in new_events:
                row.events.remove(event_row)
            elif new_events[event_row.id] != old_events[event_row.id]:
                event = new_events[event_row.id]
                event_row.kind, event_row.at, event_row.details = event.kind.value, event.at, event.details
        for event_id, event in new_events.items():
            if event_id not in old_events:
                row.events.append(new_event_row(row.id, event))

    # ------------------------------------------------------------------ interchange
    def import_records(self, records: Sequence[Record]) -> list[str]:
        """Store all records or none. Returns notes (e.g. suites created)."""
        self.actor.require(ADMINISTRATOR, action="import records")
        with self.database.transaction() as session:
            return self._import_in_session(session, records, utc_now())

    def _import_in_session(self, session: Any, records: Sequence[Record], now: datetime) -> list[str]:
        """``import_records`` inside the caller's transaction (e.g. the demo load, which must
        store its users and records together or not at all); the caller checks permission."""
        notes: list[str] = []
        ids, numbers = records_repo.existing(
            session, [r.id for r in records], [r.custody_number for r in records]
        )
        problems = []
        for index, record in enumerate(records):
            if record.id in ids:
                problems.append((f"$.records[{index}].id", f"record {record.id} is already in the database"))
            if record.custody_number in numbers:
                problems.append(
                    (f"$.records[{index}].custody_number",
                     f"custody number {record.custody_number} is already in the database")
                )
        if problems:
            raise ValidationFailed(problems)
        known = records_repo.suite_codes(session)
        for code in sorted({r.suite for r in records} - known):
            session.add(SuiteRow(code=code, name=code, force=""))
            notes.append(f"suite {code} was not known and was added (name it in the config file)")
        session.flush()
        records_repo.bulk_insert(session, records, now)
        audit.append(session, at=now, user=self.actor.audit_name, action="import",
                     detail={"records": len(records)})
        return notes

    def iter_export(self, filters: RecordFilter | None = None) -> Iterator[Record]:
        self.actor.require(ADMINISTRATOR, AUDITOR, action="export records")
        with self.database.transaction() as session:
            total = records_repo.count(session, self._scoped(filters))
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action="export",
                         detail={"records": total, "filters": _describe(filters)})
        with self.database.reading() as session:
            yield from records_repo.iter_records(session, self._scoped(filters))


def _describe(filters: RecordFilter | None) -> dict[str, str]:
    if filters is None:
        return {}
    return {k: str(v) for k, v in vars(filters).items() if v is not None}
