"""Plain values the audit service returns (docs/audit-api.md); no SQLAlchemy rows escape."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from custody_checklist.domain.audit import (
    AuditCriteria,
    CriterionResult,
    Grade,
    Outcome,
    Period,
    PreAssessment,
)


@dataclass(frozen=True)
class PopulationEntry:
    record_id: str
    custody_number: str
    suite: str
    arrival_at: datetime | None


@dataclass(frozen=True)
class SampleSummary:
    id: str
    label: str
    period_start: datetime
    period_end: datetime
    suites: tuple[str, ...]
    drawn_at: datetime
    drawn_by: str
    seed: str
    algorithm: str
    population_size: int
    sample_size: int
    scored_items: int
    graded_items: int
    criteria_id: str
    criteria_version: int


@dataclass(frozen=True)
class Score:
    outcome: Outcome
    comment: str
    overridden: bool
    by: str
    at: datetime


@dataclass(frozen=True)
class SampleItem:
    sample_id: str
    record_id: str
    custody_number: str
    suite: str
    position: int
    pre: dict[str, PreAssessment]
    scores: dict[str, Score]
    grade: Grade | None
    suggested_grade: Grade
    comment: str
    scored_by: str | None
    scored_at: datetime | None
    record_hash_at_draw: str

    def outcome(self, criterion_id: str) -> Outcome:
        score = self.scores.get(criterion_id)
        return score.outcome if score is not None else self.pre[criterion_id].outcome

    def outcomes(self) -> dict[str, Outcome]:
        return {cid: self.outcome(cid) for cid in self.pre}

    @property
    def is_complete(self) -> bool:
        return self.grade is not None and all(cid in self.scores for cid in self.pre)


@dataclass(frozen=True)
class SampleDetail:
    summary: SampleSummary
    population: tuple[str, ...]
    items: tuple[SampleItem, ...]
    stratify_by_suite: bool
    size_rule: str
    allocation: dict[str, int]

    def item(self, record_id: str) -> SampleItem:
        for item in self.items:
            if item.record_id == record_id:
                return item
        raise KeyError(record_id)


@dataclass(frozen=True)
class Failing:
    record_id: str
    custody_number: str
    suite: str
    criterion_id: str
    label: str
    comment: str
    finding_codes: tuple[str, ...]


@dataclass(frozen=True)
class SampleResults:
    sample: SampleSummary
    criteria: tuple[CriterionResult, ...]
    failings: tuple[Failing, ...]
    grades: dict[str, int]
    by_suite: dict[str, tuple[CriterionResult, ...]]
    suite_names: dict[str, str]


@dataclass(frozen=True)
class Trend:
    weeks: tuple[Period, ...]
    series: dict[str, tuple[float | None, ...]]
    samples_per_week: tuple[int, ...]
    overall: tuple[float | None, ...] = ()  # all criteria together, per week


@dataclass(frozen=True)
class AuditReport:
    results: SampleResults
    trend: Trend
    criteria: AuditCriteria
    force_name: str
    generated_at: datetime


@dataclass(frozen=True)
class ConcordatFigures:
    period: Period
    suites: tuple[str, ...]
    children_detained: int
    held_overnight: int
    overnight_by_age_band: dict[str, int]
    overnight_by_gender: dict[str, int]
    overnight_by_ethnicity: dict[str, int]
    overnight_post_charge: int
    la_requests_secure: int
    la_requests_non_secure: int
    transfers_achieved: int
    transfers_secure: int
    transfers_non_secure: int
    non_transfer_reasons: dict[str, int]
    la_responses: dict[str, int]
    aa_wait_average_minutes: float | None
    aa_wait_longest_minutes: int | None
    aa_wait_count: int
    overnight_definition: str
    generated_at: datetime
    bail_refused: int = 0
    force_name: str = ""
    suite_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    path_or_none: str | None
    include_free_text: bool
    fields: tuple[str, ...]
