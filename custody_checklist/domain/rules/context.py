"""Facts every rule family reads, worked out once per evaluation.

The record may be half-filled, typed by hand at 3 a.m., or imported from elsewhere: any
answer or event detail may be missing or of the wrong type, events may be out of order.
The helpers here turn whatever is there into safe values (``""``, ``None``, ``[]``) so
that rules never have to guard against bad types themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any

from custody_checklist.domain.definition import is_answered
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import (
    Deadline,
    Finding,
    Severity,
    new_deadline,
    new_finding,
)
from custody_checklist.domain.record import Event, Record
from custody_checklist.domain.rules.settings import RuleSettings
from custody_checklist.domain.timeutil import format_duration, format_local

RANKS = (
    "constable",
    "sergeant",
    "inspector",
    "chief_inspector",
    "superintendent",
    "chief_superintendent",
)
UNVERIFIED = " (unverified reference)"


_RANK_INDEX = {rank: index for index, rank in enumerate(RANKS)}


def rank_index(value: Any) -> int | None:
    """Seniority of a rank value, or None for staff / unknown / missing."""
    if isinstance(value, str):
        index = _RANK_INDEX.get(value)  # stored values are already normalised
        if index is None:
            index = _RANK_INDEX.get(value.strip().lower().replace(" ", "_").replace("-", "_"))
        return index
    return None


def text(value: Any) -> str:
    """A text answer, stripped; anything that is not text reads as unanswered."""
    return value.strip() if isinstance(value, str) else ""


def person_name(value: Any) -> str:
    if isinstance(value, dict):
        return text(value.get("name"))
    return text(value)


def person_rank(value: Any) -> Any:
    return value.get("rank") if isinstance(value, dict) else None


def as_list(value: Any) -> list[str]:
    if type(value) is list or isinstance(value, (list, tuple)):  # noqa: UP038 - faster
        return [v for v in value if type(v) is str or isinstance(v, str)]
    if isinstance(value, str) and value:
        return [value]
    return []


# The rule families say "answered"; the meaning is the definition's, kept in one place.
answered = is_answered


def is_true(value: Any) -> bool:
    return value is True


def is_false(value: Any) -> bool:
    return value is False


def detail(event: Event, key: str) -> Any:
    details = event.details
    return details.get(key) if isinstance(details, dict) else None


@lru_cache(maxsize=4096)
def local(moment: datetime | None) -> str:
    """Europe/London display text (cached: the same instants recur across rules)."""
    return format_local(moment)


@lru_cache(maxsize=1024)
def duration(delta: timedelta) -> str:
    return format_duration(delta)


# Reading an enum member off its class (Severity.DUE) costs several times a global read.
_DUE = Severity.DUE
_WARNING = Severity.WARNING


class Context:
    """One evaluation: the record, "now", the settings and what rules have said so far.

    A plain class with ``__slots__`` rather than a dataclass: bulk evaluation builds one
    per record, and the facts every family reads (custody start and end, charge time,
    still in custody) are worked out once here instead of on every access.
    """

    __slots__ = (
        "record", "now", "settings", "findings", "deadlines", "by_kind", "answers",
        "is_child", "age_at_arrest", "custody_start", "custody_end", "charged_at",
        "in_custody", "until", "pending",
    )

    def __init__(
        self,
        record: Record,
        now: datetime,
        settings: RuleSettings,
        by_kind: dict[str, list[Event]] | None = None,
    ) -> None:
        self.record = record
        self.now = now
        self.settings = settings
        self.findings: list[Finding] = []
        self.deadlines: list[Deadline] = []
        if by_kind is None:
            by_kind = {}
        self.by_kind: dict[str, list[Event]] = by_kind
        try:
            answers = record.answers
        except AttributeError:  # not a Record at all: no answers
            answers = None
        self.answers: dict[str, Any] = answers if isinstance(answers, dict) else {}
        # Filled by the age family, read by others.
        self.is_child = True
        self.age_at_arrest: int | None = None
        get = by_kind.get
        first = get("arrival") or get("relevant_time") or get("detention_authorised")
        self.custody_start = first[0].at if first else None
        released, transferred = get("released"), get("transferred")
        if released and transferred:
            end = min(released[0].at, transferred[0].at)
        else:
            left = released or transferred
            end = left[0].at if left else None
        self.custody_end = end
        charged = get("charged")
        self.charged_at = charged[0].at if charged else None
        in_custody = end is None
        #: Still detained at ``now`` (no release or transfer recorded).
        self.in_custody = in_custody
        #: The end of the period being judged: release/transfer, else now.
        self.until = now if in_custody else end
        #: Severity of something not yet recorded: due while detained, warning after.
        self.pending = _DUE if in_custody else _WARNING

    # -- events -------------------------------------------------------------------------
    def events(self, kind: str) -> list[Event]:
        return self.by_kind.get(kind, [])

    def first(self, kind: str) -> Event | None:
        found = self.by_kind.get(kind)
        return found[0] if found else None

    def last(self, kind: str) -> Event | None:
        found = self.by_kind.get(kind)
        return found[-1] if found else None

    def _first_at(self, kind: str) -> datetime | None:
        found = self.by_kind.get(kind)
        return found[0].at if found else None

    def _first_time(self, *kinds: str) -> datetime | None:
        """The time of the first event of the first of ``kinds`` that has one."""
        get = self.by_kind.get
        for kind in kinds:
            found = get(kind)
            if found:
                return found[0].at
        return None

    def answer(self, question_id: str) -> Any:
        return self.answers.get(question_id)

    # -- output -------------------------------------------------------------------------
    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        source: str,
        *,
        due_at: datetime | None = None,
        question_id: str | None = None,
        event: Event | None = None,
        event_kind: str | None = None,
    ) -> None:
        self.findings.append(
            new_finding(
                code,
                severity,
                message,
                source,
                due_at,
                question_id,
                str(event.kind) if event is not None else event_kind,
                event.id if event is not None else None,
            )
        )

    def deadline(
        self, code: str, label: str, due_at: datetime, source: str, met_at: datetime | None = None
    ) -> None:
        self.deadlines.append(new_deadline(code, label, due_at, source, met_at))

    def soon(self, due_at: datetime) -> bool:
        return due_at - self.now <= self.settings.due_soon_lead


def index_events(
    events: Iterable[Any], now: datetime
) -> tuple[dict[str, list[Event]], list[Event], list[Event]]:
    """Group usable events by kind in time order.

    Returns (by kind, events with no usable time, events after ``now``). Events after
    ``now`` are left out: the record is judged as it stood at ``now``.
    """
    by_kind: dict[str, list[Event]] = {}
    bad: list[Event] = []
    future: list[Event] = []
    get = by_kind.get
    # Only kinds whose events came out of time order are sorted: most kinds have one event,
    # and looping over every kind to find the rest cost more than noting them on the way.
    unsorted: list[list[Event]] = []
    for event in events:
        try:
            at = event.at
        except AttributeError:  # not an event at all (a bad import): no usable time
            at = None
        if type(at) is not datetime or at.tzinfo is not UTC:  # fast path: UTC from storage
            if not isinstance(at, datetime) or at.tzinfo is None or at.utcoffset() is None:
                bad.append(event)
                continue
            event = _with_utc(event, at)
            at = event.at
        if at > now:
            future.append(event)
            continue
        kind = event.kind  # a StrEnum member hashes and compares as its text
        try:
            bucket = get(kind)
        except TypeError:  # an unhashable kind (a bad import): filed under its text
            kind = str(kind)
            bucket = get(kind)
        if bucket is None:
            key = _KIND_TEXT.get(kind)  # keys are plain text whatever the caller passed
            if key is None:  # not a known kind: its text, shared by every event of that kind
                key = kind if type(kind) is str else str(kind)
                bucket = get(key)
            if bucket is None:
                by_kind[key] = [event]
                continue
        if at < bucket[-1].at:
            unsorted.append(bucket)  # may be listed twice: sorting again changes nothing
        bucket.append(event)
    for items in unsorted:
        items.sort(key=_at)  # stable: events at the same time keep the order given
    return by_kind, bad, future


_at = attrgetter("at")
#: Event kind (member or its text) -> the key used in ``by_kind``. Keyed by the members so
#: that a member finds itself without comparing text; the keys made are interned, so the
#: rules' ``by_kind.get("arrival")`` (literals are interned) matches them by identity.
_KIND_TEXT = {kind: sys.intern(str(kind)) for kind in EventKind}


def _with_utc(event: Event, at: datetime) -> Event:
    return Event(
        kind=event.kind,
        at=at.astimezone(UTC),
        details=event.details,
        id=event.id,
        recorded_by=event.recorded_by,
        recorded_at=event.recorded_at,
    )
