"""Children's social care referral decision when safeguarding flags are present.

The law gives no single paragraph for this: the duty to safeguard (Children Act 2004
s.11) and the inspection recommendation behind this app ask that a child with
vulnerability flags, an open CSC case or looked-after status has a recorded referral
decision: made (with reference) or not made (with the reason).
"""

from __future__ import annotations

from typing import Any

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import (
    Context,
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
    answers = ctx.answers
    # as_list() and the "none" filter in one plain loop: the usual answer is ["none"].
    value: Any = answers.get("vulnerability_flags")
    flags: list[str] = []
    if type(value) is list or isinstance(value, (list, tuple)):  # noqa: UP038 - faster
        for item in value:
            if (type(item) is str or isinstance(item, str)) and item != "none":
                flags.append(item)
    elif isinstance(value, str) and value and value != "none":
        flags.append(value)
    open_case = answers.get("csc_open_case") is True
    looked_after = answers.get("looked_after") is True
    if not flags and not open_case and not looked_after:
        return  # no safeguarding concern (most records): no reasons to put into words
    reasons = [FLAG_LABELS.get(f, f.replace("_", " ")) for f in flags]
    if open_case:
        reasons.append("open children's social care case")
    if looked_after:
        reasons.append("looked-after child")
    made = answers.get("csc_referral_made")
    event = ctx.first("csc_referral")
    why = ", ".join(reasons)
    if made is True or (event is not None and made is not False):
        reference = text(answers.get("csc_referral_reference"))
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
        if not text(answers.get("csc_referral_not_made_reason")):
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
    if EXPLOITATION.intersection(flags) and answers.get("nrm_referral") is None:
        ctx.add(
            "nrm_referral_not_considered",
            Severity.INFO,
            "Exploitation is flagged: record whether a National Referral Mechanism "
            "referral was made.",
            SOURCE_NRM,
            question_id="nrm_referral",
        )
