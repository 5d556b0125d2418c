"""Compliance arithmetic: per criterion met / (met + not met), not-applicable left out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from custody_checklist.domain.audit.assess import Outcome
from custody_checklist.domain.audit.criteria import AuditCriteria


@dataclass(frozen=True)
class CriterionResult:
    criterion_id: str
    label: str
    group: str
    met: int = 0
    not_met: int = 0
    not_applicable: int = 0
    provisional: int = 0  # outcomes still only pre-assessed (not confirmed by the auditor)

    @property
    def denominator(self) -> int:
        return self.met + self.not_met

    @property
    def percent(self) -> float | None:
        return None if self.denominator == 0 else 100.0 * self.met / self.denominator


def compliance(criteria: AuditCriteria,
               items: Iterable[tuple[Mapping[str, Outcome], frozenset[str] | set[str]]]) -> tuple[CriterionResult, ...]:
    """``items``: per sampled record, its outcome per criterion and the ids the auditor
    confirmed (the rest count as provisional)."""
    tallies = {c.id: [0, 0, 0, 0] for c in criteria.criteria}
    for outcomes, confirmed in items:
        for cid, outcome in outcomes.items():
            if cid not in tallies:
                continue
            t = tallies[cid]
            t[{Outcome.MET: 0, Outcome.NOT_MET: 1, Outcome.NOT_APPLICABLE: 2}[outcome]] += 1
            if cid not in confirmed:
                t[3] += 1
    return tuple(
        CriterionResult(c.id, c.label, c.group, *tallies[c.id]) for c in criteria.criteria
    )


def format_percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}%"
