"""A child's detention record as plain Python objects.

This is the shape every layer agrees on: storage maps it to tables, the interchange
format serialises it, the rules engine reads it, reports print it. Instants are aware
UTC datetimes; answers are JSON-compatible values keyed by stable question ids.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from custody_checklist.domain.events import EventKind

Answer = str | bool | int | list[str] | dict[str, Any] | None


class RecordStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    SIGNED = "signed"


class DobStatus(StrEnum):
    VERIFIED = "verified"
    STATED = "stated"
    UNKNOWN = "unknown"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    NOT_STATED = "not_stated"


class EthnicityCategory(StrEnum):
    """The five broad census groups, used only for the Concordat figures.

    The child's own self-defined ethnicity is kept as free text beside it.
    """

    ASIAN = "asian"
    BLACK = "black"
    MIXED = "mixed"
    WHITE = "white"
    OTHER = "other"
    NOT_STATED = "not_stated"


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Child:
    surname: str
    forenames: str
    date_of_birth: date | None = None
    dob_status: DobStatus = DobStatus.UNKNOWN
    gender: Gender = Gender.NOT_STATED
    ethnicity_self_defined: str = ""
    ethnicity_category: EthnicityCategory = EthnicityCategory.NOT_STATED

    @property
    def display_name(self) -> str:
        return f"{self.surname.upper()}, {self.forenames}".strip(", ")


@dataclass
class Event:
    kind: EventKind
    at: datetime
    details: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    recorded_by: str = ""
    recorded_at: datetime | None = None


@dataclass
class SignOff:
    """One workflow step: submitted, returned or signed, with who and when."""

    action: str  # "submitted" | "returned" | "signed"
    at: datetime
    user_name: str
    rank: str = ""
    collar_number: str = ""
    comment: str = ""
    content_hash: str = ""
    acknowledgements: dict[str, str] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    username: str = ""  # the login name of who acted (separation of duties compares these)
    snapshot: dict[str, Any] | None = None  # a signature: the signed content itself


@dataclass
class Amendment:
    at: datetime
    user_name: str
    reason: str
    changes: list[dict[str, Any]] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    username: str = ""  # the login name of who amended


@dataclass
class Record:
    custody_number: str
    suite: str
    child: Child
    definition_id: str
    definition_version: int
    answers: dict[str, Answer] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    status: RecordStatus = RecordStatus.DRAFT
    signoffs: list[SignOff] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 1

    def events_of(self, kind: EventKind | str) -> list[Event]:
        """Events of one kind in time order."""
        return sorted((e for e in self.events if e.kind == kind), key=lambda e: e.at)

    def first(self, kind: EventKind | str) -> Event | None:
        found = self.events_of(kind)
        return found[0] if found else None

    def last(self, kind: EventKind | str) -> Event | None:
        found = self.events_of(kind)
        return found[-1] if found else None

    def answer(self, question_id: str, default: Answer = None) -> Answer:
        return self.answers.get(question_id, default)

    @property
    def relevant_time(self) -> datetime | None:
        """Start of the 24 h clock (PACE s.41): an explicit event, else arrival at the suite."""
        explicit = self.first(EventKind.RELEVANT_TIME)
        if explicit is not None:
            return explicit.at
        arrival = self.first(EventKind.ARRIVAL)
        return arrival.at if arrival is not None else None

    @property
    def arrival_at(self) -> datetime | None:
        arrival = self.first(EventKind.ARRIVAL)
        return arrival.at if arrival is not None else None

    @property
    def released_at(self) -> datetime | None:
        """End of custody: the earlier of release and transfer to local-authority care.

        The rules engine ends custody the same way, so the board and the rules agree.
        """
        ends = [e.at for e in self.events if e.kind in (EventKind.RELEASED, EventKind.TRANSFERRED)]
        return min(ends) if ends else None
