"""Pre-assessment: what the rules engine already says about each audit criterion.

A criterion is **not applicable** when its ``applies_when`` condition is false for the
record (e.g. the post-charge criteria for a child not refused bail); otherwise **not met**
when the evaluation contains any of its ``not_met_codes`` (or one of the few audit-only
checks named ``audit.*`` below), else **met**. The auditor then confirms or overrides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from custody_checklist.domain.audit.criteria import AuditCriteria
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Evaluation
from custody_checklist.domain.record import Gender, Record


class Outcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


class Grade(StrEnum):
    GOOD = "good"
    REQUIRES_IMPROVEMENT = "requires_improvement"
    INADEQUATE = "inadequate"


GRADE_LABELS = {
    Grade.GOOD: "Good",
    Grade.REQUIRES_IMPROVEMENT: "Requires improvement",
    Grade.INADEQUATE: "Inadequate",
}
OUTCOME_LABELS = {Outcome.MET: "Met", Outcome.NOT_MET: "Not met", Outcome.NOT_APPLICABLE: "N/A"}


@dataclass(frozen=True)
class PreAssessment:
    criterion_id: str
    outcome: Outcome
    finding_codes: tuple[str, ...] = ()
    reason: str = ""

    def to_dict(self) -> dict:
        return {"outcome": self.outcome.value, "codes": list(self.finding_codes), "reason": self.reason}

    @classmethod
    def from_dict(cls, criterion_id: str, data: dict) -> PreAssessment:
        return cls(criterion_id, Outcome(data["outcome"]), tuple(data.get("codes", ())), data.get("reason", ""))


def evaluation_time(record: Record, sample_time: datetime) -> datetime:
    """When to judge a sampled record: once it has left custody, at its last timeline entry
    (so a referral or LA response logged after release still counts, and the record is
    judged as complete); a child still in custody is judged at the sample time."""
    if record.released_at is None:
        return sample_time
    times = [e.at for e in record.events if isinstance(e.at, datetime) and e.at.tzinfo is not None]
    return max([record.released_at, *times])


def _true(value: object) -> bool:
    return value is True


def applicability(record: Record, evaluation: Evaluation) -> dict[str, bool]:
    """Each condition of ``criteria.CONDITIONS`` for this record."""
    codes = {f.code for f in evaluation.findings}
    child = "age_out_of_scope" not in codes
    charged = bool(record.events_of(EventKind.CHARGED))
    refused = charged and any(
        e.details.get("bail_granted") is False for e in record.events_of(EventKind.BAIL_DECISION)
    )
    flags = record.answers.get("vulnerability_flags") or []
    flagged = (isinstance(flags, list) and any(f != "none" for f in flags)) or _true(
        record.answers.get("csc_open_case")) or _true(record.answers.get("looked_after"))
    first_charge = record.first(EventKind.CHARGED)
    reviews = record.events_of(EventKind.REVIEW)
    pre_charge_reviews = [r for r in reviews if first_charge is None or r.at < first_charge.at]
    return {
        "always": True,
        "child": child,
        "aa_arrived": child and bool(record.events_of(EventKind.AA_ARRIVED)),
        "aa_delayed": child and bool(codes & {"aa_arrival_delayed", "aa_arrival_late", "aa_delay_reason_missing"}),
        "interviewed": child and bool(record.events_of(EventKind.INTERVIEW_STARTED)),
        "strip_searched": child and bool(record.events_of(EventKind.STRIP_SEARCH)),
        "reviewed": bool(reviews),
        "reviewed_pre_charge": child and bool(pre_charge_reviews),
        "review_due": bool(reviews) or any(d.code == "review" for d in evaluation.deadlines)
        or bool(codes & {"review_overdue", "review_late"}),
        "charged": child and charged,
        "bail_refused": child and refused,
        "female": child and record.child.gender is Gender.FEMALE,
        "safeguarding_flags": child and flagged,
        "held_overnight": child and "held_overnight" in codes,
    }


def audit_checks(record: Record) -> set[str]:
    """The audit-only checks (``audit.*`` codes) that the rules engine does not make."""
    found: set[str] = set()
    first_charge = record.first(EventKind.CHARGED)
    for review in record.events_of(EventKind.REVIEW):
        if (first_charge is None or review.at < first_charge.at) and review.details.get("aa_present") is not True:
            found.add("audit.review_without_aa")
    if record.answers.get("risk_assessment_completed") is not True:
        found.add("audit.risk_assessment_not_recorded")
    return found


def pre_assess(criteria: AuditCriteria, record: Record, evaluation: Evaluation) -> dict[str, PreAssessment]:
    conditions = applicability(record, evaluation)
    present = {f.code for f in evaluation.findings} | audit_checks(record)
    result: dict[str, PreAssessment] = {}
    for criterion in criteria.criteria:
        if not conditions.get(criterion.applies_when, True):
            result[criterion.id] = PreAssessment(
                criterion.id, Outcome.NOT_APPLICABLE, (), f"not applicable: {criterion.applies_when.replace('_', ' ')}"
                if criterion.applies_when != "child" else "not applicable: adult on the date of birth")
            continue
        hits = tuple(code for code in criterion.not_met_codes if code in present)
        if hits:
            result[criterion.id] = PreAssessment(criterion.id, Outcome.NOT_MET, hits,
                                                 "rules engine: " + ", ".join(hits))
        else:
            result[criterion.id] = PreAssessment(criterion.id, Outcome.MET, (), "no finding against it")
    return result


def suggest_grade(criteria: AuditCriteria, outcomes: dict[str, Outcome]) -> Grade:
    """Good: at most one criterion not met and none critical. Inadequate: a critical
    criterion not met, or under 75% of applicable criteria met. Otherwise requires
    improvement."""
    applicable = [cid for cid, o in outcomes.items() if o is not Outcome.NOT_APPLICABLE]
    failed = [cid for cid in applicable if outcomes[cid] is Outcome.NOT_MET]
    critical = {c.id for c in criteria.criteria if c.critical}
    if any(cid in critical for cid in failed):
        return Grade.INADEQUATE
    if applicable and (len(applicable) - len(failed)) / len(applicable) < 0.75:
        return Grade.INADEQUATE
    if len(failed) <= 1:
        return Grade.GOOD
    return Grade.REQUIRES_IMPROVEMENT


def count_outcomes(outcomes: Iterable[Outcome]) -> dict[Outcome, int]:
    counts = {o: 0 for o in Outcome}
    for outcome in outcomes:
        counts[outcome] += 1
    return counts
