"""Appropriate adult: requested, arrived promptly, eligible (PACE Code C 1.7, 3.15).

No national time limit exists for the AA to attend: the wait is graded against a local
standard (``aa_warning_after`` / ``aa_breach_after``), measured from the first
authorisation of detention (else arrival at the suite) to the AA's arrival, or to
``now`` / release while the child is still waiting. A wait of exactly the threshold is
within it.
"""

from __future__ import annotations

from datetime import timedelta

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
    UNVERIFIED,
    Context,
    as_list,
    duration,
    local,
    text,
)

SOURCE_REQUEST = "PACE Code C 3.15"
SOURCE_DELAY = "local standard (PACE Code C 3.15: as soon as practicable)"
SOURCE_ELIGIBLE = "PACE Code C 1.7" + UNVERIFIED

DISQUALIFIERS = {
    "under_18": "is under 18",
    "police": "is a police officer or police employee",
    "suspect": "is a suspect in the offence",
    "victim": "is a victim",
    "witness": "is a witness",
    "involved_in_investigation": "is involved in the investigation",
    "received_admissions": "received admissions before acting as AA",
    "estranged_parent_objected_to": "is an estranged parent the child objects to",
    "solicitor_acting": "is a solicitor acting as such",
}


def check(ctx: Context) -> None:
    _delay(ctx)
    _eligibility(ctx)


def _delay(ctx: Context) -> None:
    s = ctx.settings
    requested = ctx.first("aa_requested")
    arrived = ctx.first("aa_arrived")
    start_event = ctx.first("detention_authorised") or ctx.first("arrival")
    if start_event is None:
        if requested is None and arrived is None:
            ctx.add(
                "aa_not_requested",
                ctx.pending,
                "Ask an appropriate adult to attend as soon as practicable.",
                SOURCE_REQUEST,
                event_kind="aa_requested",
            )
        return
    start = start_event.at
    warn_at, breach_at = start + s.aa_warning_after, start + s.aa_breach_after
    ctx.deadline(
        "aa_arrival",
        "Appropriate adult to attend (local standard)",
        warn_at,
        SOURCE_DELAY,
        arrived.at if arrived is not None else None,
    )
    if requested is None and arrived is None:
        ctx.add(
            "aa_not_requested",
            ctx.pending if ctx.until <= warn_at else Severity.WARNING,
            "No appropriate adult has been requested. Ask one to attend as soon as "
            "practicable.",
            SOURCE_REQUEST,
            event_kind="aa_requested",
        )
    end = arrived.at if arrived is not None else ctx.until
    target = arrived if arrived is not None else requested
    if end > breach_at:
        what = _waited(ctx, start_event, arrived, end - start)
        ctx.add(
            "aa_arrival_late",
            Severity.BREACH,
            f"{what}; the local standard is {duration(s.aa_breach_after)} at most.",
            SOURCE_DELAY,
            due_at=breach_at,
            event=target,
            event_kind="aa_arrived",
        )
    elif end > warn_at:
        what = _waited(ctx, start_event, arrived, end - start)
        ctx.add(
            "aa_arrival_delayed",
            Severity.WARNING,
            f"{what}; the local standard expects the AA within "
            f"{duration(s.aa_warning_after)}.",
            SOURCE_DELAY,
            due_at=warn_at,
            event=target,
            event_kind="aa_arrived",
        )
    elif arrived is None and ctx.in_custody:
        ctx.add(
            "aa_awaited",
            Severity.WARNING if ctx.soon(warn_at) else Severity.DUE,
            f"Appropriate adult expected by {local(warn_at)} (local standard).",
            SOURCE_DELAY,
            due_at=warn_at,
            event=requested,
            event_kind="aa_arrived",
        )
    if end > warn_at and not text(ctx.answers.get("aa_delay_reason")):
        ctx.add(
            "aa_delay_reason_missing",
            ctx.pending,
            "Record the reason for the appropriate adult's delay.",
            SOURCE_DELAY,
            question_id="aa_delay_reason",
        )


def _waited(ctx: Context, start_event: Event, arrived: Event | None, waited: timedelta) -> str:
    """How long the wait was, as the start of a sentence (only built when it is said)."""
    anchor = "detention was authorised" if start_event.kind == "detention_authorised" else "arrival"
    if arrived is not None:
        return f"The appropriate adult arrived {duration(waited)} after {anchor}"
    if ctx.in_custody:
        return f"The child has waited {duration(waited)} since {anchor} for an appropriate adult"
    return (
        f"No appropriate adult had arrived when the child left custody, "
        f"{duration(waited)} after {anchor}"
    )


def _eligibility(ctx: Context) -> None:
    listed = as_list(ctx.answers.get("aa_disqualifiers"))
    found = [v for v in listed if v != "none"]
    if found:
        reasons = "; ".join(DISQUALIFIERS.get(v, v.replace("_", " ")) for v in found)
        ctx.add(
            "aa_ineligible",
            Severity.BREACH,
            f"The appropriate adult must not act: the person {reasons}. Find another "
            "appropriate adult.",
            SOURCE_ELIGIBLE,
            question_id="aa_disqualifiers",
        )
    elif not listed and ctx.first("aa_arrived") is not None:
        ctx.add(
            "aa_eligibility_not_recorded",
            ctx.pending,
            "Record whether anything stops the appropriate adult acting (under 18, "
            "police, suspect, victim, witness, involved, received admissions, "
            "objected-to estranged parent, solicitor).",
            SOURCE_ELIGIBLE,
            question_id="aa_disqualifiers",
        )
    flags = as_list(ctx.answers.get("vulnerability_flags"))
    if "child_to_parent_violence" in flags and ctx.answers.get("aa_category") == "parent_guardian":
        ctx.add(
            "aa_parent_possible_victim",
            Severity.WARNING,
            "Child-to-parent violence is flagged and the appropriate adult is a parent: a "
            "parent who is the victim cannot act as appropriate adult.",
            SOURCE_ELIGIBLE,
            question_id="aa_category",
        )
