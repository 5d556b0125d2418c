"""Interviews and strip searches need the appropriate adult, or a recorded exception.

Interview: PACE Code C 11.15 (no interview without the AA) and 11.18 (urgent interview
authorised by a superintendent or above); strip search: Code C Annex A 11 (AA present
unless urgent risk of harm, or the child's wish with the AA's agreement; searcher of the
same sex). Paragraph numbers are unverified.
"""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import (
    UNVERIFIED,
    Context,
    detail,
    person_name,
    person_rank,
    rank_index,
    text,
)

SOURCE_INTERVIEW = "PACE Code C 11.15, 11.18" + UNVERIFIED
SOURCE_SEARCH = "PACE Code C Annex A 11" + UNVERIFIED
SUPERINTENDENT = rank_index("superintendent")


def check(ctx: Context) -> None:
    get = ctx.by_kind.get
    for event in get("interview_started") or ():
        details = event.details
        if isinstance(details, dict) and details.get("aa_present") is True:
            continue  # the usual case, with detail() inlined
        if detail(event, "urgent_interview_authorised") is not True:
            ctx.add(
                "interview_without_aa",
                Severity.BREACH,
                "The child was interviewed without the appropriate adult and no urgent "
                "interview was authorised.",
                SOURCE_INTERVIEW,
                event=event,
            )
            continue
        problems = []
        authoriser = detail(event, "authorised_by")
        if not person_name(authoriser):
            problems.append("who authorised it")
        rank = rank_index(person_rank(authoriser))
        if rank is not None and SUPERINTENDENT is not None and rank < SUPERINTENDENT:
            ctx.add(
                "interview_urgent_authority_rank",
                Severity.BREACH,
                "An urgent interview without the appropriate adult must be authorised by a "
                "superintendent or above.",
                SOURCE_INTERVIEW,
                event=event,
            )
        if not text(detail(event, "urgent_reason")):
            problems.append("the reason it was urgent")
        if problems:
            ctx.add(
                "interview_urgent_record_incomplete",
                Severity.WARNING,
                f"Urgent interview without the appropriate adult: record {' and '.join(problems)}.",
                SOURCE_INTERVIEW,
                event=event,
            )
    gender = getattr(ctx.record.child, "gender", None)
    for event in get("strip_search") or ():
        if detail(event, "aa_present") is not True and detail(event, "reason_without_aa") not in (
            "urgent_risk_of_harm",
            "child_wish_aa_agreed",
        ):
            ctx.add(
                "strip_search_without_aa_no_reason",
                Severity.BREACH,
                "Strip search without the appropriate adult and no recorded reason (urgent "
                "risk of harm, or the child's wish with the AA's agreement).",
                SOURCE_SEARCH,
                event=event,
            )
        sex = detail(event, "searcher_sex")
        if sex in ("female", "male") and gender in ("female", "male") and sex != gender:
            ctx.add(
                "strip_search_searcher_sex",
                Severity.BREACH,
                "A strip search must be carried out by an officer of the same sex as the child.",
                SOURCE_SEARCH,
                event=event,
            )
