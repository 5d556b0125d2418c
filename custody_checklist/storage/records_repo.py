"""Queries and bulk writes for detention records."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload

from custody_checklist.domain.record import Record
from custody_checklist.storage.mapping import (
    amendment_columns,
    event_columns,
    record_columns,
    record_from_rows,
    row_to_record,
    signoff_columns,
    surname_key,
)
from custody_checklist.storage.models import (
    AmendmentRow,
    EventRow,
    RecordRow,
    SignOffRow,
    SuiteRow,
)


@dataclass(frozen=True)
class RecordFilter:
    surname: str | None = None  # prefix, case-insensitive
    custody_number: str | None = None  # prefix
    suite: str | None = None
    suites: tuple[str, ...] | None = None  # limit to these (the acting user's suites)
    status: str | None = None
    arrived_from: datetime | None = None
    arrived_to: datetime | None = None


@dataclass(frozen=True)
class RecordSummary:
    id: str
    custody_number: str
    suite: str
    surname: str
    forenames: str
    date_of_birth: date | None
    status: str
    arrival_at: datetime | None
    released_at: datetime | None
    version: int


_SUMMARY_COLUMNS = (
    RecordRow.id,
    RecordRow.custody_number,
    RecordRow.suite_code,
    RecordRow.surname,
    RecordRow.forenames,
    RecordRow.date_of_birth,
    RecordRow.status,
    RecordRow.arrival_at,
    RecordRow.released_at,
    RecordRow.version,
)


def _prefix_range(column, prefix: str):  # type: ignore[no-untyped-def]
    # A range instead of LIKE so the plain index serves it on SQLite and PostgreSQL alike.
    return (column >= prefix) & (column < prefix + "\U0010ffff")


def _filtered(query: Select, filters: RecordFilter) -> Select:
    if filters.surname:
        query = query.where(_prefix_range(RecordRow.surname_key, surname_key(filters.surname)))
    if filters.custody_number:
        query = query.where(_prefix_range(RecordRow.custody_number, filters.custody_number.strip()))
    if filters.suite:
        query = query.where(RecordRow.suite_code == filters.suite)
    if filters.suites is not None:
        query = query.where(RecordRow.suite_code.in_(filters.suites))
    if filters.status:
        query = query.where(RecordRow.status == filters.status)
    if filters.arrived_from:
        query = query.where(RecordRow.arrival_at >= filters.arrived_from)
    if filters.arrived_to:
        query = query.where(RecordRow.arrival_at < filters.arrived_to)
    return query


def count(session: Session, filters: RecordFilter) -> int:
    return session.execute(_filtered(select(func.count()).select_from(RecordRow), filters)).scalar_one()


def list_page(session: Session, filters: RecordFilter, offset: int, limit: int) -> list[RecordSummary]:
    """One page, newest arrival first. The ids are found on the (covering) index first and
    only then are their rows read, so a deep page costs an index walk, not a table scan."""
    id_query = _filtered(select(RecordRow.id), filters)
    id_query = id_query.order_by(RecordRow.arrival_at.desc(), RecordRow.id.desc()).offset(offset).limit(limit)
    ids = list(session.execute(id_query).scalars())
    if not ids:
        return []
    rows = {row.id: row for row in session.execute(select(*_SUMMARY_COLUMNS).where(RecordRow.id.in_(ids)))}
    return [RecordSummary(*rows[record_id]) for record_id in ids]


def _full_query() -> Select:
    return select(RecordRow).options(
        selectinload(RecordRow.events),
        selectinload(RecordRow.signoffs),
        selectinload(RecordRow.amendments),
    )


def load_row(session: Session, record_id: str, *, for_update: bool = False) -> RecordRow | None:
    query = _full_query().where(RecordRow.id == record_id)
    if for_update and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(of=RecordRow)
    return session.execute(query).scalar_one_or_none()


# The autosave path reads and writes with plain statements built once: no ORM objects,
# identity map or unit of work, which cost several times the queries themselves.
_RECORDS = RecordRow.__table__
_BY_ID = bindparam("record_id")
_RECORD = select(_RECORDS).where(_RECORDS.c.id == _BY_ID)
_RECORD_FOR_UPDATE = _RECORD.with_for_update()
_EVENTS = select(EventRow.__table__).where(EventRow.__table__.c.record_id == _BY_ID)
_SIGNOFFS = (select(SignOffRow.__table__).where(SignOffRow.__table__.c.record_id == _BY_ID)
             .order_by(SignOffRow.__table__.c.at))
_AMENDMENTS = (select(AmendmentRow.__table__).where(AmendmentRow.__table__.c.record_id == _BY_ID)
               .order_by(AmendmentRow.__table__.c.at))
_UPDATE_ANSWERS = (
    update(_RECORDS)
    .where(_RECORDS.c.id == _BY_ID, _RECORDS.c.version == bindparam("expected_version"))
    .values(answers=bindparam("new_answers", type_=_RECORDS.c.answers.type),
            updated_at=bindparam("now", type_=_RECORDS.c.updated_at.type),
            version=_RECORDS.c.version + 1)
)


def load_record(session: Session, record_id: str, *, for_update: bool = False) -> Record | None:
    """The whole record (timeline, sign-offs, amendments) as ``load_row`` + ``row_to_record``
    give it, read with plain queries on the session's connection, without ORM objects.

    ``for_update`` locks the row on PostgreSQL; SQLite's write transaction (BEGIN
    IMMEDIATE) already keeps every other writer out.
    """
    connection = session.connection()
    locking = for_update and connection.dialect.name == "postgresql"
    params = {"record_id": record_id}
    row = connection.execute(_RECORD_FOR_UPDATE if locking else _RECORD, params).first()
    if row is None:
        return None
    return record_from_rows(row, connection.execute(_EVENTS, params).all(),
                            connection.execute(_SIGNOFFS, params).all(),
                            connection.execute(_AMENDMENTS, params).all())


def update_answers(session: Session, record_id: str, expected_version: int,
                   answers: dict[str, Any], now: datetime) -> bool:
    """Write a record's answers if it is still at ``expected_version``, moving the version on.

    False if the version moved (or the record is gone): nothing was written. The same
    guard as the ORM's version counter, in one statement.
    """
    result = session.connection().execute(_UPDATE_ANSWERS, {
        "record_id": record_id, "expected_version": expected_version, "new_answers": answers, "now": now,
    })
    return result.rowcount == 1


def find_id(session: Session, reference: str) -> str | None:
    """A record id from an id or a custody number."""
    ref = reference.strip()
    return session.execute(
        select(RecordRow.id).where(or_(RecordRow.id == ref, RecordRow.custody_number == ref))
    ).scalar_one_or_none()


# The suite board re-reads its children every 30 s and after editors' saves: plain
# statements again, with each child table read once for all the records.
_IN_CUSTODY = select(_RECORDS).where(_RECORDS.c.suite_code == bindparam("suite"),
                                     _RECORDS.c.released_at.is_(None))
_FOR_IDS = bindparam("ids", expanding=True)
_CHILD_ROWS = tuple(
    select(table).where(table.c.record_id.in_(_FOR_IDS)).order_by(table.c.at)
    for table in (EventRow.__table__, SignOffRow.__table__, AmendmentRow.__table__)
)


def in_custody(session: Session, suite: str) -> list[Record]:
    """Every record at ``suite`` not yet released or transferred, as ``load_record`` reads one.

    Only the (suite, released_at) index answers "still here"; a record without an arrival
    yet is a booking in progress and belongs on the board too.
    """
    connection = session.connection()
    rows = connection.execute(_IN_CUSTODY, {"suite": suite}).all()
    if not rows:
        return []
    params = {"ids": [row.id for row in rows]}
    children: list[dict[str, list[Any]]] = []
    for query in _CHILD_ROWS:  # events, sign-offs, amendments: each grouped by record
        grouped: dict[str, list[Any]] = {}
        for child in connection.execute(query, params):
            grouped.setdefault(child.record_id, []).append(child)
        children.append(grouped)
    events, signoffs, amendments = children
    return [record_from_rows(row, events.get(row.id, ()), signoffs.get(row.id, ()),
                             amendments.get(row.id, ())) for row in rows]


def iter_records(session: Session, filters: RecordFilter, batch: int = 500) -> Iterator[Record]:
    """All matching records, oldest arrival first, loaded a batch at a time."""
    ids = session.execute(
        _filtered(select(RecordRow.id), filters).order_by(RecordRow.arrival_at, RecordRow.custody_number)
    ).scalars().all()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        rows = {r.id: r for r in session.execute(_full_query().where(RecordRow.id.in_(chunk))).scalars()}
        for record_id in chunk:
            yield row_to_record(rows[record_id])


def existing(session: Session, ids: Sequence[str], numbers: Sequence[str]) -> tuple[set[str], set[str]]:
    found_ids: set[str] = set()
    found_numbers: set[str] = set()
    for start in range(0, max(len(ids), len(numbers)), 500):
        id_chunk, number_chunk = ids[start : start + 500], numbers[start : start + 500]
        for rid, number in session.execute(
            select(RecordRow.id, RecordRow.custody_number).where(
                or_(RecordRow.id.in_(id_chunk), RecordRow.custody_number.in_(number_chunk))
            )
        ):
            found_ids.add(rid)
            found_numbers.add(number)
    return found_ids & set(ids), found_numbers & set(numbers)


def suite_codes(session: Session) -> set[str]:
    return set(session.execute(select(SuiteRow.code)).scalars())


def bulk_insert(session: Session, records: Sequence[Record], now: datetime) -> None:
    """Insert many records with executemany: fast enough for 10,000 records in seconds."""
    if not records:
        return
    session.execute(insert(RecordRow.__table__), [record_columns(r, now) for r in records])
    events = [event_columns(r.id, e) for r in records for e in r.events]
    if events:
        session.execute(insert(EventRow.__table__), events)
    signoffs = [signoff_columns(r.id, s) for r in records for s in r.signoffs]
    if signoffs:
        session.execute(insert(SignOffRow.__table__), signoffs)
    amendments = [amendment_columns(r.id, a) for r in records for a in r.amendments]
    if amendments:
        session.execute(insert(AmendmentRow.__table__), amendments)
