"""Dip-sample audit: criteria (versioned data), periods, reproducible sampling,
pre-assessment from the rules engine and compliance arithmetic. Pure Python."""

from custody_checklist.domain.audit.assess import (
    GRADE_LABELS,
    OUTCOME_LABELS,
    Grade,
    Outcome,
    PreAssessment,
    applicability,
    evaluation_time,
    pre_assess,
    suggest_grade,
)
from custody_checklist.domain.audit.criteria import (
    AuditCriteria,
    AuditCriterion,
    CriteriaError,
    load_criteria,
)
from custody_checklist.domain.audit.period import Period
from custody_checklist.domain.audit.results import CriterionResult, compliance, format_percent

__all__ = [
    "GRADE_LABELS", "OUTCOME_LABELS", "AuditCriteria", "AuditCriterion", "CriteriaError",
    "CriterionResult", "Grade", "Outcome", "Period", "PreAssessment", "applicability",
    "compliance", "evaluation_time", "format_percent", "load_criteria", "pre_assess",
    "suggest_grade",
]
