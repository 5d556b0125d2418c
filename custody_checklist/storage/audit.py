"""The append-only audit log with a hash chain (DPA 2018 s.62 logging).

Each entry's hash covers its own content and the previous entry's hash, so deleting or
editing any row breaks the chain from that point on, which ``verify_chain`` reports.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from custody_checklist.domain.timeutil import format_instant
from custody_checklist.storage.models import AuditEntryRow

GENESIS = "0" * 64
AUDIT_CHAIN_LOCK = 0x43435F41  # arbitrary constant naming the chain's advisory lock


def entry_hash(prev_hash: str, at: datetime, user: str, action: str, record_id: str | None,
               detail: dict[str, Any]) -> str:
    canonical = json.dumps(
        [prev_hash, format_instant(at), user, action, record_id, detail],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_LAST_HASH = select(AuditEntryRow.entry_hash).order_by(AuditEntryRow.id.desc()).limit(1)
_INSERT = insert(AuditEntryRow.__table__)
_CHAIN_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


def append(session: Session, *, at: datetime, user: str, action: str,
           record_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """Add one entry chained to the latest. Runs inside the caller's transaction.

    Appends are serialised so two terminals can never chain to the same entry: on
    PostgreSQL by a transaction-scoped advisory lock (locking the last row is not enough:
    a waiter would wake up and read that same row again); on SQLite the transaction
    already holds the write lock (``Database.transaction`` begins IMMEDIATE).

    The caller's pending changes are flushed first, as before; the entry itself is one
    plain INSERT on the session's connection (an ORM object and its flush cost more than
    the statement, on every save).
    """
    session.flush()
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_CHAIN_LOCK, {"key": AUDIT_CHAIN_LOCK})
    prev = connection.execute(_LAST_HASH).scalar() or GENESIS
    detail = detail or {}
    connection.execute(_INSERT, {
        "at": at,
        "user_name": user,
        "action": action,
        "record_id": record_id,
        "detail": detail,
        "prev_hash": prev,
        "entry_hash": entry_hash(prev, at, user, action, record_id, detail),
    })


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    message: str


def verify_chain(session: Session) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    previous_id = 0
    for row in session.execute(select(AuditEntryRow).order_by(AuditEntryRow.id)).scalars():
        if row.id != previous_id + 1:
            problems.append(ChainProblem(row.id, f"entries {previous_id + 1}..{row.id - 1} are missing"))
        if row.prev_hash != expected_prev:
            problems.append(ChainProblem(row.id, "does not chain to the previous entry"))
        recomputed = entry_hash(row.prev_hash, row.at, row.user_name, row.action, row.record_id, row.detail)
        if recomputed != row.entry_hash:
            problems.append(ChainProblem(row.id, "content was changed after it was logged"))
        expected_prev = row.entry_hash
        previous_id = row.id
    return problems
