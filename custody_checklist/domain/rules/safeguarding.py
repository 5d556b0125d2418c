"""Children's social care referral decision when safeguarding flags are present.

The law gives no single paragraph for this: the duty to safeguard (Children Act 2004
s.11) and the inspection recommendation behind this app ask that a child with
vulnerability flags, an open CSC case or looked-after status has a recorded referral
decision: made (with reference) or not made (with the reason).
"""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import (
    Context,
    as_list,
    detail,
    text,
)

SOURCE = "Children Act 2004 s.11; local standard"
SOURCE_NRM = "Modern Slavery Act 2015 s.52; local standard"
FLAG_LABELS = {
    "cse": "child sexual exploitation",
    "cce": "child criminal exploitation",
    "county_lines": "county lines",
    "missing_from_home": "missing from home",
    "domestic_abuse": "domestic abuse",
    "child_to_parent_violence": "child-to-parent violence",
    "trafficking_modern_slavery": "trafficking / modern slavery",
}
EXPLOITATION = {"cce", "county_lines", "trafficking_modern_slavery", "cse"}


def check(ctx: Context) -> None:
    flags = [f for f in as_list(ctx.answers.get("vulnerability_flags")) if f != "none"]
    reasons = [FLAG_LABELS.get(f, f.replace("_", " ")) for f in flags]
    if ctx.answers.get("csc_open_case") is True:
        reasons.append("open children's social care case")
    if ctx.answers.get("looked_after") is True:
        reasons.append("looked-after child")
    if not reasons:
        return
    made = ctx.answers.get("csc_referral_made")
    event = ctx.first("csc_referral")
    why = ", ".join(reasons)
    if made is True or (event is not None and made is not False):
        reference = text(ctx.answers.get("csc_referral_reference"))
        if not reference and event is not None:
            reference = text(detail(event, "reference"))
        if not reference:
            ctx.add(
                "csc_referral_reference_missing",
                Severity.INFO,
                "Referral to children's social care made: record its reference.",
                SOURCE,
                question_id="csc_referral_reference",
            )
    elif made is False:
        if not text(ctx.answers.get("csc_referral_not_made_reason")):
            ctx.add(
                "csc_referral_reason_missing",
                Severity.WARNING,
                f"Safeguarding concerns ({why}) but no referral to children's social care: "
                "record why not.",
                SOURCE,
                question_id="csc_referral_not_made_reason",
            )
    else:
        ctx.add(
            "csc_referral_decision_missing",
            ctx.pending,
            f"Safeguarding concerns ({why}): record whether a referral to children's "
            "social care was made.",
            SOURCE,
            question_id="csc_referral_made",
        )
    if EXPLOITATION.intersection(flags) and ctx.answers.get("nrm_referral") is None:
        ctx.add(
            "nrm_referral_not_considered",
            Severity.INFO,
            "Exploitation is flagged: record whether a National Referral Mechanism "
            "referral was made.",
            SOURCE_NRM,
            question_id="nrm_referral",
        )
