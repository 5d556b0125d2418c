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


# The rules engine makes several of these per record, and a frozen dataclass's generated
# __init__ costs about twice these (it looks up object.__setattr__ for every field). The
# field lists are checked against the dataclasses by tests/unit/rules/test_findings.py.
_new = object.__new__
_set = object.__setattr__


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
    finding = _new(Finding)
    _set(finding, "code", code)
    _set(finding, "severity", severity)
    _set(finding, "message", message)
    _set(finding, "source", source)
    _set(finding, "due_at", due_at)
    _set(finding, "question_id", question_id)
    _set(finding, "event_kind", event_kind)
    _set(finding, "event_id", event_id)
    return finding


def new_deadline(
    code: str, label: str, due_at: datetime, source: str, met_at: datetime | None
) -> Deadline:
    """``Deadline(...)`` built faster, every field positional (for the rules engine)."""
    deadline = _new(Deadline)
    _set(deadline, "code", code)
    _set(deadline, "label", label)
    _set(deadline, "due_at", due_at)
    _set(deadline, "source", source)
    _set(deadline, "met_at", met_at)
    return deadline


@dataclass
class Evaluation:
    findings: list[Finding] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def has_breach(self) -> bool:
        return any(f.severity is Severity.BREACH for f in self.findings)

    def by_severity(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity]
