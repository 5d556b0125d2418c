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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Deadline:
    """A time by which something must happen (next review, 24 h limit, AA wait...)."""

    code: str
    label: str
    due_at: datetime
    source: str
    met_at: datetime | None = None


@dataclass
class Evaluation:
    findings: list[Finding] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def has_breach(self) -> bool:
        return any(f.severity is Severity.BREACH for f in self.findings)

    def by_severity(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity]
