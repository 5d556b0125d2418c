"""The JSON interchange format for whole records (see docs/interchange.md).

Parsing is all-or-nothing: every problem is collected with its JSON path and the
caller gets either all records or an ``InterchangeError`` listing them all. Structure
is checked against ``resources/schema/records.schema.json``; meaning (question ids,
answer types, impossible times) against the record's checklist definition.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from custody_checklist.domain.definition import DefinitionError, DefinitionRegistry
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
    new_id,
)
from custody_checklist.domain.timeutil import format_instant, parse_instant, utc_now

FORMAT = "custody-checklist/records"
FORMAT_VERSION = 1
# Terminals' clocks drift; an event a few minutes "in the future" is a clock, not an error.
CLOCK_SKEW_ALLOWANCE = timedelta(minutes=5)
# Anything earlier is a typing slip (0001-01-01, 1026 for 2026), and such dates break
# date arithmetic downstream; no record of this system can predate them.
EARLIEST_DATE_OF_BIRTH = date(1900, 1, 1)
EARLIEST_EVENT = datetime(1990, 1, 1, tzinfo=UTC)

Problem = tuple[str, str]


class InterchangeError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = [f"{path}: {message}" for path, message in problems[:50]]
        if len(problems) > 50:
            lines.append(f"... and {len(problems) - 50} more problems")
        super().__init__("\n".join(lines))


@cache
def _schema() -> dict[str, Any]:
    from custody_checklist.paths import resource

    return json.loads(resource("schema", "records.schema.json").read_text(encoding="utf-8"))


@cache
def _fast_validator() -> Any:
    import fastjsonschema

    return fastjsonschema.compile(_schema())


@cache
def _schema_validator() -> Any:
    import jsonschema

    return jsonschema.Draft7Validator(_schema())


def schema_problems(data: Any) -> list[Problem]:
    """Structural problems with JSON paths.

    A compiled validator (fastjsonschema) answers the common case, a valid file, about a
    hundred times faster; only a file that fails is walked again by jsonschema, which
    reports every error with its path rather than only the first.
    """
    import fastjsonschema

    try:
        _fast_validator()(data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    return [(_json_path(error.absolute_path), _schema_message(error)) for error in errors]


def decode_json_bytes(raw: bytes) -> Any:
    """Bytes of a file to JSON, with errors that say what is wrong and where."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            [("$", f"the file is not UTF-8 text (bad byte at offset {exc.start})")]
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            [("$", f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]
        ) from exc


def _json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def parse_document(
    data: Any,
    definitions: DefinitionRegistry | None = None,
    *,
    now: datetime | None = None,
) -> list[Record]:
    """Records from a decoded interchange document (or one bare record object)."""
    if isinstance(data, dict) and "records" not in data and "custody_number" in data:
        data = {"format": FORMAT, "format_version": FORMAT_VERSION, "records": [data]}
    problems = schema_problems(data)
    if problems:
        raise InterchangeError(problems)
    moment = now or utc_now()
    records: list[Record] = []
    seen_numbers: dict[str, int] = {}
    seen_ids: set[str] = set()
    for index, raw in enumerate(data["records"]):
        base = f"$.records[{index}]"
        record = _record_from_dict(raw)
        if record.custody_number in seen_numbers:
            problems.append(
                (f"{base}.custody_number",
                 f"'{record.custody_number}' also appears at records[{seen_numbers[record.custody_number]}]")
            )
        seen_numbers.setdefault(record.custody_number, index)
        if record.id in seen_ids:
            problems.append((f"{base}.id", f"record id {record.id} appears twice"))
        seen_ids.add(record.id)
        problems.extend(record_problems(record, definitions, now=moment, base=base))
        problems.extend(signature_problems(record, base))
        records.append(record)
    if problems:
        raise InterchangeError(problems)
    return records


def _schema_message(error: Any) -> str:
    validator = error.validator
    if validator == "required":
        return error.message.replace("is a required property", "is required")
    if validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field(s)")
    if validator == "maxLength":
        return f"text is too long ({len(error.instance):,} characters; the limit is {error.validator_value:,})"
    if validator == "pattern" and isinstance(error.instance, str) and "T" in str(error.validator_value):
        return f"'{error.instance}' is not a date-time with an offset, e.g. 2026-10-24T22:30:00Z"
    if validator == "oneOf" and isinstance(error.instance, str):
        return f"'{error.instance}' is not a date (YYYY-MM-DD) or null"
    return error.message


def record_problems(
    record: Record,
    definitions: DefinitionRegistry | None,
    *,
    now: datetime,
    base: str = "$",
) -> list[Problem]:
    """What makes a record impossible to accept: bad answers, impossible or future times."""
    problems: list[Problem] = []
    child = record.child
    if child.date_of_birth is not None:
        if child.date_of_birth < EARLIEST_DATE_OF_BIRTH:
            problems.append((f"{base}.child.date_of_birth",
                             f"{child.date_of_birth.isoformat()} is not a possible date of birth"))
        if child.date_of_birth > now.date():
            problems.append((f"{base}.child.date_of_birth", "date of birth is in the future"))
        arrest = record.first(EventKind.ARREST)
        if arrest is not None and child.date_of_birth > arrest.at.date():
            problems.append((f"{base}.child.date_of_birth", "date of birth is after the arrest"))
    limit = now + CLOCK_SKEW_ALLOWANCE
    seen_events: set[str] = set()
    for index, event in enumerate(record.events):
        if event.id in seen_events:
            problems.append((f"{base}.events[{index}].id", f"event id {event.id} appears twice"))
        seen_events.add(event.id)
        if event.at < EARLIEST_EVENT:
            problems.append(
                (f"{base}.events[{index}].at", f"{format_instant(event.at)} is before {EARLIEST_EVENT.year}")
            )
        if event.at > limit:
            problems.append(
                (f"{base}.events[{index}].at", f"{format_instant(event.at)} is in the future")
            )
    arrest, arrival = record.first(EventKind.ARREST), record.first(EventKind.ARRIVAL)
    if arrest and arrival and arrival.at < arrest.at:
        index = record.events.index(arrival)
        problems.append((f"{base}.events[{index}].at", "arrival at the suite is before the arrest"))
    if definitions is not None:
        problems.extend(_definition_problems(record, definitions, base))
    return problems


def signature_problems(record: Record, base: str = "$") -> list[Problem]:
    """Signatures that do not cover what they claim to: refused on import.

    Every signed snapshot must hash to its sign-off's ``content_hash``. A signed record
    must hash to its last signature, unless amendments were made since (then what was
    signed is the snapshot, checked above); ``verify`` checks those with the amendments
    taken back out.
    """
    problems: list[Problem] = []
    last: tuple[int, SignOff] | None = None
    for index, signoff in enumerate(record.signoffs):
        if signoff.action != "signed":
            continue
        last = (index, signoff)
        if signoff.snapshot is not None and _canonical_hash(signoff.snapshot) != signoff.content_hash:
            problems.append((f"{base}.signoffs[{index}].snapshot",
                             "the signed content does not match the signature's content_hash"))
    if record.status is RecordStatus.SIGNED and last is not None and last[1].content_hash:
        index, signoff = last
        amended_since = any(a.at > signoff.at for a in record.amendments)
        if not amended_since and content_hash(record) != signoff.content_hash:
            problems.append((f"{base}.signoffs[{index}].content_hash",
                             "the record's content does not match its signature: it was changed "
                             "after sign-off"))
    return problems


def _definition_problems(record: Record, definitions: DefinitionRegistry, base: str) -> list[Problem]:
    try:
        definition = definitions.get(record.definition_id, record.definition_version)
    except DefinitionError as exc:
        return [(f"{base}.definition", str(exc))]
    problems: list[Problem] = []
    for problem in definition.check_answers(record.answers, child_as_dict(record.child)):
        if problem.kind == "invalid":
            problems.append((f"{base}.answers.{problem.question_id}", problem.message))
    for index, event in enumerate(record.events):
        for problem in definition.check_event_details(event.kind, event.details):
            problems.append(
                (f"{base}.events[{index}].details.{problem.question_id}", problem.message)
            )
    return problems


def child_as_dict(child: Child) -> dict[str, Any]:
    return {
        "surname": child.surname,
        "forenames": child.forenames,
        "date_of_birth": child.date_of_birth.isoformat() if child.date_of_birth else None,
        "dob_status": child.dob_status.value,
        "gender": child.gender.value,
        "ethnicity_self_defined": child.ethnicity_self_defined,
        "ethnicity_category": child.ethnicity_category.value,
    }


def _optional_instant(value: str | None) -> datetime | None:
    return parse_instant(value) if value else None


def _record_from_dict(raw: dict[str, Any]) -> Record:
    child_raw = raw["child"]
    dob = child_raw.get("date_of_birth")
    child = Child(
        surname=child_raw["surname"],
        forenames=child_raw.get("forenames", ""),
        date_of_birth=date.fromisoformat(dob) if dob else None,
        dob_status=DobStatus(child_raw.get("dob_status", "unknown")),
        gender=Gender(child_raw.get("gender", "not_stated")),
        ethnicity_self_defined=child_raw.get("ethnicity_self_defined", ""),
        ethnicity_category=EthnicityCategory(child_raw.get("ethnicity_category", "not_stated")),
    )
    events = [
        Event(
            kind=EventKind(e["kind"]),
            at=parse_instant(e["at"]),
            details=dict(e.get("details", {})),
            id=e.get("id") or new_id(),
            recorded_by=e.get("recorded_by", ""),
            recorded_at=_optional_instant(e.get("recorded_at")),
        )
        for e in raw.get("events", [])
    ]
    signoffs = [
        SignOff(
            action=s["action"],
            at=parse_instant(s["at"]),
            user_name=s["user_name"],
            rank=s.get("rank", ""),
            collar_number=s.get("collar_number", ""),
            comment=s.get("comment", ""),
            content_hash=s.get("content_hash", ""),
            acknowledgements=dict(s.get("acknowledgements", {})),
            id=s.get("id") or new_id(),
            username=s.get("username", ""),
            snapshot=s.get("snapshot"),
        )
        for s in raw.get("signoffs", [])
    ]
    amendments = [
        Amendment(
            at=parse_instant(a["at"]),
            user_name=a["user_name"],
            reason=a["reason"],
            changes=list(a.get("changes", [])),
            id=a.get("id") or new_id(),
            username=a.get("username", ""),
        )
        for a in raw.get("amendments", [])
    ]
    return Record(
        id=raw.get("id") or new_id(),
        custody_number=raw["custody_number"].strip(),
        suite=raw["suite"],
        child=child,
        definition_id=raw["definition"]["id"],
        definition_version=raw["definition"]["version"],
        answers=dict(raw.get("answers", {})),
        events=events,
        status=RecordStatus(raw.get("status", "draft")),
        signoffs=signoffs,
        amendments=amendments,
        created_at=_optional_instant(raw.get("created_at")),
        updated_at=_optional_instant(raw.get("updated_at")),
        version=raw.get("version", 1),
    )


def record_to_dict(record: Record) -> dict[str, Any]:
    """The interchange form of one record; ``parse_document`` takes it back unchanged."""
    data: dict[str, Any] = {
        "id": record.id,
        "custody_number": record.custody_number,
        "suite": record.suite,
        "definition": {"id": record.definition_id, "version": record.definition_version},
        "status": record.status.value,
        "version": record.version,
    }
    if record.created_at:
        data["created_at"] = format_instant(record.created_at)
    if record.updated_at:
        data["updated_at"] = format_instant(record.updated_at)
    data["child"] = child_as_dict(record.child)
    data["answers"] = dict(sorted(record.answers.items()))
    data["events"] = [
        {
            "id": e.id,
            "kind": e.kind.value,
            "at": format_instant(e.at),
            "details": e.details,
            "recorded_by": e.recorded_by,
            "recorded_at": format_instant(e.recorded_at) if e.recorded_at else None,
        }
        for e in sorted(record.events, key=lambda e: (e.at, e.id))
    ]
    data["signoffs"] = [
        {
            "id": s.id,
            "action": s.action,
            "at": format_instant(s.at),
            "user_name": s.user_name,
            "rank": s.rank,
            "collar_number": s.collar_number,
            "comment": s.comment,
            "content_hash": s.content_hash,
            "acknowledgements": s.acknowledgements,
            "username": s.username,
            "snapshot": s.snapshot,
        }
        for s in record.signoffs
    ]
    data["amendments"] = [
        {
            "id": a.id,
            "at": format_instant(a.at),
            "user_name": a.user_name,
            "reason": a.reason,
            "changes": a.changes,
            "username": a.username,
        }
        for a in record.amendments
    ]
    return data


def document_to_dict(records: list[Record], exported_at: datetime | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": format_instant(exported_at or utc_now()),
        "records": [record_to_dict(r) for r in records],
    }


def content_hash(record: Record) -> str:
    """SHA-256 of the record's content (child, answers, timeline): what a signature covers.

    Workflow fields (status, version, sign-offs, timestamps) are left out so that signing
    does not change the hash of what was signed.
    """
    data = record_to_dict(record)
    content = {k: data[k] for k in ("id", "custody_number", "suite", "definition", "child", "answers")}
    content["events"] = [
        {k: e[k] for k in ("id", "kind", "at", "details")} for e in data["events"]
    ]
    return _canonical_hash(content)


def _canonical_hash(content: Any) -> str:
    """SHA-256 of canonical JSON (sorted keys, no spaces): how signed content is hashed."""
    import hashlib

    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
