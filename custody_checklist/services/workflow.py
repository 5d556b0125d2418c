"""The record's workflow: submit, return, sign off, amend; and the inspector's review queue.

States (``RecordStatus``): draft -> submitted -> returned -> submitted -> signed; an
amendment to a signed record puts it back to submitted for re-sign-off. Draft and
returned records are edited by autosave (``RecordService``); submitted and signed ones
are read-only there.

Sign-off is an electronic signature: the inspector role, a different person from everyone
who submitted or amended the record since its last signature (separation of duties), the password
typed again, and a comment acknowledging every open breach finding. The signature
stores the content hash (``domain.interchange.content_hash``) in the sign-off row and in
``records.signed_content_hash``, and the signed content itself as a snapshot, so the
original stays recoverable and checkable however often the record is amended later.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Finding, Severity
from custody_checklist.domain.interchange import (
    child_as_dict,
    content_hash,
    record_problems,
    record_to_dict,
)
from custody_checklist.domain.record import (
    Child,
    DobStatus,
    EthnicityCategory,
    Event,
    Gender,
    Record,
    RecordStatus,
)
from custody_checklist.domain.timeutil import (
    TimeFormatError,
    format_instant,
    format_local,
    parse_instant,
    utc_now,
)
from custody_checklist.services.accounts import AccountService
from custody_checklist.services.actor import ADMINISTRATOR, AUDITOR, INSPECTOR, SERGEANT, Actor
from custody_checklist.services.errors import (
    ConflictError,
    RecordNotFound,
    ValidationFailed,
    WorkflowError,
)
from custody_checklist.services.records import RecordService
from custody_checklist.storage import audit, records_repo
from custody_checklist.storage.mapping import row_to_record
from custody_checklist.storage.models import AmendmentRow, RecordRow, SignOffRow
from custody_checklist.storage.records_repo import RecordFilter, RecordSummary

SUBMITTERS = (SERGEANT,)
REVIEWERS = (INSPECTOR,)
AMENDERS = (SERGEANT, INSPECTOR)
READERS = (SERGEANT, INSPECTOR, AUDITOR, ADMINISTRATOR)
AUDIT_ACTIONS = {"submitted": "submit", "returned": "return", "signed": "sign_off"}
VERBS = {"submit": "submitting it", "return": "returning it", "sign_off": "signing it off",
         "sign off": "signing it off", "amend": "an amendment"}
CHILD_FIELDS = ("surname", "forenames", "date_of_birth", "dob_status", "gender",
                "ethnicity_self_defined", "ethnicity_category")
CHILD_CHOICES = {"dob_status": [v.value for v in DobStatus], "gender": [v.value for v in Gender],
                 "ethnicity_category": [v.value for v in EthnicityCategory]}
EVENT_FUTURE_TOLERANCE = timedelta(minutes=2)  # as the event dialog: at most 2 minutes ahead


def breach_key(finding: Finding) -> str:
    """Stable key of a breach finding for its acknowledgement (code, plus the event if any)."""
    where = finding.event_id or finding.question_id
    return f"{finding.code}:{where}" if where else finding.code


def keyed_breaches(findings: list[Finding]) -> list[tuple[str, Finding]]:
    """Each breach with a unique acknowledgement key (repeats of a key get ``#2``, ``#3``...)."""
    seen: dict[str, int] = {}
    keyed = []
    for finding in findings:
        if finding.severity is not Severity.BREACH:
            continue
        key = breach_key(finding)
        seen[key] = seen.get(key, 0) + 1
        keyed.append((key if seen[key] == 1 else f"{key}#{seen[key]}", finding))
    return keyed


def content_document(record: Record) -> dict[str, Any]:
    """The content a signature covers, as JSON: hashing it gives ``content_hash(record)``."""
    data = record_to_dict(record)
    content = {k: data[k] for k in ("id", "custody_number", "suite", "definition", "child", "answers")}
    content["events"] = [{k: e[k] for k in ("id", "kind", "at", "details")} for e in data["events"]]
    return content


def document_hash(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SignedVersion:
    """One signature with the content it covered (``content`` None for sign-offs made
    before snapshots were kept, e.g. imported records)."""

    signed_at: datetime
    signed_by: str
    content_hash: str
    content: dict[str, Any] | None


@dataclass(frozen=True)
class Submission:
    """Who sent a record for sign-off and when: a "submitted" step, or an amendment (which
    sends a signed record back to submitted without one)."""

    at: datetime
    by: str  # "Sgt Priya Alpha (2001)": rank, name and collar number
    amendment: bool = False


class WorkflowService:
    def __init__(self, records: RecordService, accounts: AccountService):
        self.records = records
        self.accounts = accounts
        self.database = records.database

    @property
    def actor(self) -> Actor:
        return self.records.actor

    # ------------------------------------------------------------------ queue
    def review_queue(self, suite: str | None = None, limit: int = 500) -> list[RecordSummary]:
        """Submitted records awaiting an inspector, in the inspector's suites."""
        self.actor.require(*REVIEWERS, action="see the review queue")
        if suite:
            self.actor.require_suite(suite, "see the review queue")
        summaries: list[RecordSummary] = []
        with self.database.reading() as session:
            filters = RecordFilter(status=RecordStatus.SUBMITTED.value, suite=suite)
            for row in records_repo.list_page(session, filters, 0, limit):
                if not self.actor.suites or row.suite in self.actor.suites:
                    summaries.append(row)
        return summaries

    def submissions(self, record_ids: list[str]) -> dict[str, Submission]:
        """For each record, the latest submission for review (the review queue's "Submitted by")."""
        self.actor.require(*REVIEWERS, action="see the review queue")
        found: dict[str, Submission] = {}
        if not record_ids:
            return found

        def keep(record_id: str, submission: Submission) -> None:
            if record_id not in found or submission.at > found[record_id].at:
                found[record_id] = submission

        with self.database.reading() as session:
            visible = select(RecordRow.id).where(RecordRow.id.in_(record_ids))
            if self.actor.suites:  # only records of the inspector's suites, as the queue itself
                visible = visible.where(RecordRow.suite_code.in_(sorted(self.actor.suites)))
            record_ids = list(session.execute(visible).scalars())
            for s in session.execute(select(SignOffRow).where(SignOffRow.record_id.in_(record_ids),
                                                              SignOffRow.action == "submitted")).scalars():
                who = Actor(s.user_name, frozenset(), rank=s.rank, collar_number=s.collar_number)
                keep(s.record_id, Submission(s.at, who.display_name))
            for a in session.execute(select(AmendmentRow).where(AmendmentRow.record_id.in_(record_ids))).scalars():
                keep(a.record_id, Submission(a.at, a.user_name, amendment=True))  # already "Sgt name (no.)"
        return found

    def open_breaches(self, record: Record, now: datetime | None = None) -> list[Finding]:
        return [f for f in self.records.evaluate(record, now).findings if f.severity is Severity.BREACH]

    def can(self, action: str, record: Record) -> bool:
        """Whether the GUI should offer an action; the services check again regardless."""
        actor, status = self.actor, record.status
        if actor.suites and record.suite not in actor.suites:
            return False
        if action == "edit":
            return actor.has(SERGEANT, ADMINISTRATOR) and status in (RecordStatus.DRAFT, RecordStatus.RETURNED)
        if action == "submit":
            return actor.has(*SUBMITTERS) and status in (RecordStatus.DRAFT, RecordStatus.RETURNED)
        if action in ("return", "sign"):
            ok = actor.has(*REVIEWERS) and status is RecordStatus.SUBMITTED
            return ok and (action == "return" or not self._is_submitter(record))
        if action == "amend":
            return actor.has(*AMENDERS) and status is RecordStatus.SIGNED
        return False

    # ------------------------------------------------------------------ steps
    def submit(self, record_id: str, expected_version: int, comment: str = "") -> Record:
        self.actor.require(*SUBMITTERS, action="submit records for review")
        return self._step(record_id, expected_version, "submitted", comment,
                          (RecordStatus.DRAFT, RecordStatus.RETURNED), RecordStatus.SUBMITTED)

    def return_record(self, record_id: str, expected_version: int, comment: str) -> Record:
        self.actor.require(*REVIEWERS, action="return records")
        if not comment.strip():
            raise ValidationFailed([("comment", "say what the sergeant needs to put right")])
        return self._step(record_id, expected_version, "returned", comment,
                          (RecordStatus.SUBMITTED,), RecordStatus.RETURNED)

    def sign(self, record_id: str, expected_version: int, password: str, comment: str = "",
             acknowledgements: dict[str, str] | None = None, now: datetime | None = None) -> Record:
        """Sign off: the inspector's password is checked again (an electronic signature)."""
        self.actor.require(*REVIEWERS, action="sign off records")
        current = self.records.get(record_id)  # logged as a view; checks the suite
        self._check_state(current, expected_version, (RecordStatus.SUBMITTED,), "sign off")
        if self._is_submitter(current):
            raise WorkflowError(
                f"{self.actor.name} submitted or amended record {current.custody_number} since it "
                "was last signed: another inspector must sign it off (separation of duties)")
        acknowledgements = {k: v.strip() for k, v in (acknowledgements or {}).items() if v and v.strip()}
        missing = [(k, f) for k, f in keyed_breaches(self.open_breaches(current, now)) if k not in acknowledgements]
        if missing:
            raise ValidationFailed([(k, f"acknowledge the breach: {f.message}") for k, f in missing])
        self.accounts.verify_password(self.actor, password)  # raises; failures are logged
        snapshot = content_document(current)
        digest = content_hash(current)
        if document_hash(snapshot) != digest:  # the snapshot must prove what was signed
            raise WorkflowError("internal error: the signed snapshot does not match the content hash")
        return self._step(record_id, expected_version, "signed", comment, (RecordStatus.SUBMITTED,),
                          RecordStatus.SIGNED, content=(digest, snapshot), acknowledgements=acknowledgements)

    def amend(self, record_id: str, expected_version: int, changes: dict[str, Any], reason: str) -> Record:
        """Change a signed record: each field's old and new value and the reason are kept;
        the record goes back to submitted for sign-off again.

        ``changes`` maps ``answers.<question id>`` or ``child.<field>`` to the new value;
        ``events.<event id>`` to ``{"at": ..., "details": {...}}`` (either or both: a new
        time, an aware datetime or ISO 8601 with an offset, and/or the event's new details)
        to correct an event; ``events.new`` (or ``events.new.<anything>`` for several) to
        ``{"kind": ..., "at": ..., "details": {...}}`` to add one that was missed (e.g. a
        review recorded on paper). An event change is kept as ``{field: "events.<id>",
        event_id, kind, old, new}`` with ``old``/``new`` the event's id, kind, at and
        details (``old`` None for an added event).
        """
        self.actor.require(*AMENDERS, action="amend signed records")
        if not reason.strip():
            raise ValidationFailed([("reason", "give the reason for the amendment")])
        if not changes:
            raise ValidationFailed([("changes", "the amendment changes nothing")])
        now = utc_now()
        with self.database.transaction() as session:
            row = self._load(session, record_id)
            before = row_to_record(row)
            self._check_state(before, expected_version, (RecordStatus.SIGNED,), "amend")
            after = copy.deepcopy(before)
            recorded = [self._apply_change(after, name, value) for name, value in changes.items()]
            recorded = [c for c in recorded if c["old"] != c["new"]]
            if not recorded:
                raise ValidationFailed([("changes", "the amendment changes nothing")])
            self._validate(after, {c["field"].partition(".")[2] for c in recorded}, before, now)
            self.records._write(session, row, before, after, now)  # answers, child and events
            row.status = RecordStatus.SUBMITTED.value
            amendment = AmendmentRow(id=_new_id(), record_id=row.id, at=now, user_name=self.actor.display_name,
                                     username=self.actor.username, reason=reason.strip(), changes=recorded)
            row.amendments.append(amendment)
            audit.append(session, at=now, user=self.actor.audit_name, action="amend", record_id=row.id,
                         detail={"reason": reason.strip(), "changes": recorded})
            session.flush()
            return row_to_record(row)

    def signed_versions(self, record_id: str) -> list[SignedVersion]:
        """Every signature on the record with the content it covered, oldest first."""
        self.records.get(record_id)  # permission, suite and the "view" log entry
        with self.database.reading() as session:
            rows = session.execute(select(SignOffRow).where(SignOffRow.record_id == record_id,
                                                            SignOffRow.action == "signed")
                                   .order_by(SignOffRow.at)).scalars()
            return [SignedVersion(r.at, r.user_name, r.content_hash, r.snapshot) for r in rows]

    # ------------------------------------------------------------------ helpers
    def _is_submitter(self, record: Record) -> bool:
        """Did the acting user submit or amend this record in the current round (since the
        last signature)? An amendment sends the record back to submitted without a
        "submitted" step, so its author counts as a submitter too."""
        signed = [s.at for s in record.signoffs if s.action == "signed"]
        since = max(signed) if signed else None
        authors: set[str] = set()
        for signoff in record.signoffs:
            if signoff.action == "submitted" and (since is None or signoff.at > since):
                authors.update((signoff.user_name, signoff.username))
        for amendment in record.amendments:
            if since is None or amendment.at > since:
                authors.update((amendment.user_name, amendment.username))
        names = {self.actor.name, self.actor.display_name, self.actor.username}
        return bool((authors & names) - {""})

    def _check_state(self, record: Record, expected_version: int, allowed: tuple[RecordStatus, ...],
                     verb: str) -> None:
        if record.version != expected_version:
            raise ConflictError(record, verb)
        if record.status not in allowed:
            raise WorkflowError(f"record {record.custody_number} is {record.status.value}: "
                                f"{VERBS.get(verb, verb)} is not possible now")

    def _load(self, session: Any, record_id: str) -> RecordRow:
        row = records_repo.load_row(session, record_id, for_update=True)
        if row is None:
            raise RecordNotFound(f"no record with id {record_id}")
        self.actor.require_suite(row.suite_code, "change this record")
        return row

    def _step(self, record_id: str, expected_version: int, action: str, comment: str,
              allowed: tuple[RecordStatus, ...], to: RecordStatus, *,
              content: tuple[str, dict[str, Any]] | None = None,
              acknowledgements: dict[str, str] | None = None) -> Record:
        now = utc_now()
        with self.database.transaction() as session:
            row = self._load(session, record_id)
            record = row_to_record(row)
            self._check_state(record, expected_version, allowed, AUDIT_ACTIONS[action])
            if content is not None and content_hash(record) != content[0]:
                raise ConflictError(record, "sign off")  # changed between reading and signing
            signoff = SignOffRow(
                id=_new_id(), record_id=row.id, action=action, at=now, user_name=self.actor.name,
                rank=self.actor.rank, collar_number=self.actor.collar_number, comment=comment.strip(),
                content_hash=content[0] if content else "", acknowledgements=acknowledgements or {},
                username=self.actor.username, snapshot=content[1] if content else None,
            )
            row.signoffs.append(signoff)
            row.status = to.value
            row.updated_at = now
            if content is not None:
                row.signed_content_hash = content[0]
            audit.append(session, at=now, user=self.actor.audit_name, action=AUDIT_ACTIONS[action],
                         record_id=row.id,
                         detail={"comment": comment.strip(), **({"content_hash": content[0]} if content else {}),
                                 **({"acknowledgements": acknowledgements} if acknowledgements else {})})
            session.flush()
            return row_to_record(row)

    def _apply_change(self, record: Record, name: str, value: Any) -> dict[str, Any]:
        section, _, key = name.partition(".")
        if section == "answers" and key:
            old = record.answers.get(key)
            if value is None or value == "" or value == []:
                record.answers.pop(key, None)
                value = None
            else:
                value = self._answer_value(record, name, key, value, old)
                record.answers[key] = value
            return {"field": name, "old": old, "new": value}
        if section == "child" and key in CHILD_FIELDS:
            old_child = child_as_dict(record.child)
            new = dict(old_child)
            new[key] = value
            allowed = CHILD_CHOICES.get(key)
            if allowed is not None and value not in (None, "") and str(value) not in allowed:
                raise ValidationFailed([(name, f"'{value}' is not one of: {', '.join(allowed)}")])
            try:
                record.child = _child_from_dict(new)
            except (ValueError, TypeError) as exc:
                raise ValidationFailed([(name, f"not a valid value: {exc}")]) from exc
            return {"field": name, "old": old_child.get(key), "new": child_as_dict(record.child).get(key)}
        if section == "events" and key:
            return self._apply_event_change(record, name, key, value)
        raise ValidationFailed([(name, "only answers.<question>, child.<field> and events.<event id> "
                                       "(or events.new) can be amended")])

    def _answer_value(self, record: Record, name: str, key: str, value: Any, old: Any) -> Any:
        """An answer as stored: a date-time (aware ``datetime`` or ISO 8601 with an offset)
        as ISO 8601 UTC, like the checklist saves it; ticked options given in another
        order than the stored ones are the same answer. Anything else is kept as given and
        checked against the question by ``_validate``."""
        question = self.records.definitions.get(record.definition_id, record.definition_version).question(key)
        if question is None:
            return value
        if question.type == "datetime" and isinstance(value, datetime | str):
            try:
                return format_instant(_instant(value, name))
            except ValidationFailed:
                return value  # _validate says why, in the question's words
        if (question.type == "multichoice" and isinstance(value, list) and isinstance(old, list)
                and sorted(map(str, value)) == sorted(map(str, old))):
            return old
        return value

    def _apply_event_change(self, record: Record, name: str, key: str, value: Any) -> dict[str, Any]:
        """Correct an event's time and/or details, or add a missing one (``events.new``)."""
        if not isinstance(value, dict):
            raise ValidationFailed([(name, "give the event's time and/or details")])
        if key == "new" or key.startswith("new."):
            try:
                kind = EventKind(value.get("kind"))
            except ValueError:
                raise ValidationFailed([(name, f"unknown event kind {value.get('kind')!r}")]) from None
            if value.get("at") is None:
                raise ValidationFailed([(name, "give the time of the event")])
            event = Event(kind, _instant(value["at"], name), _details(value.get("details"), name),
                          id=str(value.get("id") or _new_id()), recorded_by=self.actor.name,
                          recorded_at=utc_now())
            if any(e.id == event.id for e in record.events):
                raise ValidationFailed([(name, f"event {event.id} is already on this record")])
            record.events.append(event)
            return {"field": f"events.{event.id}", "event_id": event.id, "kind": kind.value,
                    "old": None, "new": event_document(event)}
        index = next((i for i, e in enumerate(record.events) if e.id == key), None)
        if index is None:
            raise ValidationFailed([(name, f"event {key} is not on this record")])
        existing = record.events[index]
        if value.get("kind") not in (None, existing.kind.value):
            raise ValidationFailed([(name, "an event's kind cannot be changed: add the right event "
                                           "and correct or note the wrong one")])
        changed = replace(existing,
                          at=_instant(value["at"], name) if value.get("at") is not None else existing.at,
                          details=_details(value["details"], name) if "details" in value
                          else dict(existing.details))
        record.events[index] = changed
        return {"field": name, "event_id": existing.id, "kind": existing.kind.value,
                "old": event_document(existing), "new": event_document(changed)}

    def _validate(self, record: Record, changed: set[str], before: Record | None = None,
                  now: datetime | None = None) -> None:
        definition = self.records.definitions.get(record.definition_id, record.definition_version)
        now = now or utc_now()
        problems = [(p.question_id, p.message)
                    for p in definition.check_answers(record.answers, child_as_dict(record.child))
                    if p.kind == "invalid" and p.question_id in changed]
        arrest = record.first(EventKind.ARREST)
        for event in record.events:
            if event.id not in changed:
                continue
            where = f"events.{event.id}"
            if event.at > now + EVENT_FUTURE_TOLERANCE:
                problems.append((where, f"{format_local(event.at)} is in the future (it is now "
                                        f"{format_local(now)})"))
            if arrest is not None and event.kind is not EventKind.ARREST and event.at < arrest.at:
                problems.append((where, f"{format_local(event.at)} is before the arrest "
                                        f"({format_local(arrest.at)})"))
            problems.extend((f"{where}.{p.question_id}", p.message)
                            for p in definition.check_event_details(event.kind, event.details)
                            if p.kind == "invalid")
        if before is not None and any(e.id in changed for e in record.events):
            old = {m for _, m in record_problems(before, None, now=now)}
            problems.extend((p, m) for p, m in record_problems(record, None, now=now)
                            if m not in old and not m.endswith("is in the future"))
        if not record.child.surname.strip():
            problems.append(("child.surname", "the surname cannot be empty"))
        dob = record.child.date_of_birth
        if "date_of_birth" in changed and dob is not None and dob > utc_now().date():
            problems.append(("child.date_of_birth", "date of birth is in the future"))
        if problems:
            raise ValidationFailed(problems)


def revert_amendments(record: Record, amendments: list[Any]) -> Record:
    """A copy of ``record`` with ``amendments`` taken back out (newest first): the content
    as it was before them, e.g. as last signed."""
    original = copy.deepcopy(record)
    for amendment in reversed(amendments):
        for change in reversed(amendment.changes):
            section, _, key = str(change.get("field", "")).partition(".")
            old = change.get("old")
            if section == "answers":
                if old is None:
                    original.answers.pop(key, None)
                else:
                    original.answers[key] = old
            elif section == "child" and key in CHILD_FIELDS:
                data = child_as_dict(original.child)
                data[key] = old
                original.child = _child_from_dict(data)
            elif section == "events":
                event_id = str(change.get("event_id") or key)
                if old is None:  # added by the amendment
                    original.events = [e for e in original.events if e.id != event_id]
                    continue
                restored = [e for e in original.events if e.id != event_id]
                current = next((e for e in original.events if e.id == event_id), None)
                base = current or Event(EventKind(old["kind"]), parse_instant(old["at"]), id=event_id)
                restored.append(replace(base, kind=EventKind(old["kind"]), at=parse_instant(old["at"]),
                                        details=dict(old.get("details") or {})))
                original.events = restored
    return original


def event_document(event: Event) -> dict[str, Any]:
    """An event as an amendment keeps it: id, kind, time (ISO 8601 UTC) and details."""
    return {"id": event.id, "kind": event.kind.value, "at": format_instant(event.at),
            "details": copy.deepcopy(dict(event.details))}


def _instant(value: Any, name: str) -> datetime:
    try:
        if isinstance(value, datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                raise TimeFormatError("the time has no UTC offset")
            return parse_instant(value.isoformat())
        return parse_instant(value)
    except TimeFormatError as exc:
        raise ValidationFailed([(name, f"not a valid time: {exc}")]) from exc


def _details(value: Any, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationFailed([(name, "an event's details are a mapping of field to value")])
    return {k: copy.deepcopy(v) for k, v in value.items() if v is not None and v != "" and v != []}


def _date_of_birth(value: Any) -> date | None:
    """A date of birth given as a ``date``, an ISO ``YYYY-MM-DD`` string, or None/"" (unknown)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):  # a date-time is not a date of birth (and a subclass of date)
        raise TypeError(f"expected a date, not a date and time ({value.isoformat()})")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip())
    raise TypeError(f"expected a date (YYYY-MM-DD), not {type(value).__name__}")


def _child_from_dict(data: dict[str, Any]) -> Child:
    return Child(
        surname=str(data.get("surname") or ""), forenames=str(data.get("forenames") or ""),
        date_of_birth=_date_of_birth(data.get("date_of_birth")),
        dob_status=DobStatus(data.get("dob_status") or "unknown"),
        gender=Gender(data.get("gender") or "not_stated"),
        ethnicity_self_defined=str(data.get("ethnicity_self_defined") or ""),
        ethnicity_category=EthnicityCategory(data.get("ethnicity_category") or "not_stated"),
    )


def _new_id() -> str:
    from custody_checklist.domain.record import new_id

    return new_id()
