"""What the rules engine says about a record: findings and deadlines.

Kept apart from the rules themselves so that reports, the GUI and audits can depend on
the shape without depending on how each rule works.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    DUE = "due"
    WARNING = "warning"
    BREACH = "breach"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER[self]


_SEVERITY_ORDER = {Severity.INFO: 0, Severity.DUE: 1, Severity.WARNING: 2, Severity.BREACH: 3}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the sergeant or inspector should know about the record.

    ``code`` is stable (audits count it); ``message`` is plain English for 3 a.m.;
    ``source`` names the law or policy (e.g. "PACE s.40(3)(a)", "local standard").
    ``question_id`` or ``event_id``/``event_kind`` say where the GUI should jump.
    """

    code: str
    severity: Severity
    message: str
    source: str
    due_at: datetime | None = None
    question_id: str | None = None
    event_kind: str | None = None
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time by which something must happen (next review, 24 h limit, AA wait...)."""

    code: str
    label: str
    due_at: datetime
    source: str
    met_at: datetime | None = None


# The rules engine makes several of these per record. A frozen dataclass can only be filled
# through object.__setattr__ (its generated __init__ does that for every field), which costs
# a slow C call per field. Instead each is filled as a writable twin with exactly the same
# slots (plain slot stores), then turned into the real class in place by assigning
# ``__class__`` (allowed because the memory layouts are identical): about three times
# faster, and the result is an ordinary, immutable Finding / Deadline. The field lists are
# checked against the dataclasses by tests/unit/rules/test_findings.py.
_new = object.__new__


class _WritableFinding:
    """The slots of :class:`Finding` without the frozen ``__setattr__``."""

    __slots__ = Finding.__slots__


class _WritableDeadline:
    """The slots of :class:`Deadline` without the frozen ``__setattr__``."""

    __slots__ = Deadline.__slots__


def new_finding(
    code: str,
    severity: Severity,
    message: str,
    source: str,
    due_at: datetime | None,
    question_id: str | None,
    event_kind: str | None,
    event_id: str | None,
) -> Finding:
    """``Finding(...)`` built faster, every field positional (for the rules engine)."""
    finding = _new(_WritableFinding)
    finding.code = code
    finding.severity = severity
    finding.message = message
    finding.source = source
    finding.due_at = due_at
    finding.question_id = question_id
    finding.event_kind = event_kind
    finding.event_id = event_id
    finding.__class__ = Finding  # type: ignore[assignment]
    return finding  # type: ignore[return-value]


def new_deadline(
    code: str, label: str, due_at: datetime, source: str, met_at: datetime | None
) -> Deadline:
    """``Deadline(...)`` built faster, every field positional (for the rules engine)."""
    deadline = _new(_WritableDeadline)
    deadline.code = code
    deadline.label = label
    deadline.due_at = due_at
    deadline.source = source
    deadline.met_at = met_at
    deadline.__class__ = Deadline  # type: ignore[assignment]
    return deadline  # type: ignore[return-value]


@dataclass
class Evaluation:
    findings: list[Finding] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def has_breach(self) -> bool:
        return any(f.severity is Severity.BREACH for f in self.findings)

    def by_severity(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity]
