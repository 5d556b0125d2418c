"""Appropriate adult: requested, arrived promptly, eligible (PACE Code C 1.7, 3.15).

No national time limit exists for the AA to attend: the wait is graded against a local
standard (``aa_warning_after`` / ``aa_breach_after``), measured from the first
authorisation of detention (else arrival at the suite) to the AA's arrival, or to
``now`` / release while the child is still waiting. A wait of exactly the threshold is
within it.

Bulk evaluation runs this for every child's record, so findings and the deadline are
appended with ``new_finding`` / ``new_deadline`` directly (the same values ``ctx.add`` and
``ctx.deadline`` would build, without a keyword call per finding), and the event index
is read once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from custody_checklist.domain.findings import Severity, new_deadline, new_finding
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
    UNVERIFIED,
    Context,
    duration,
    local,
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

_DEADLINE_LABEL = "Appropriate adult to attend (local standard)"
_BREACH = Severity.BREACH
_WARNING = Severity.WARNING
_DUE = Severity.DUE


def check(ctx: Context) -> None:
    # The AA's arrival is read by both halves: looked up once.
    found = ctx.by_kind.get("aa_arrived")
    arrived = found[0] if found else None
    _delay(ctx, arrived)
    _eligibility(ctx, arrived)


def _delay(ctx: Context, arrived: Event | None) -> None:
    get = ctx.by_kind.get
    found = get("aa_requested")
    requested = found[0] if found else None
    # Index lists are never empty, so "or" picks the first kind that has an event.
    found = get("detention_authorised") or get("arrival")
    if found is None:
        if requested is None and arrived is None:
            ctx.findings.append(new_finding(
                "aa_not_requested",
                ctx.pending,
                "Ask an appropriate adult to attend as soon as practicable.",
                SOURCE_REQUEST,
                None, None, "aa_requested", None,
            ))
        return
    start_event = found[0]
    s = ctx.settings
    start = start_event.at
    warn_at, breach_at = start + s.aa_warning_after, start + s.aa_breach_after
    findings = ctx.findings
    if arrived is not None:
        end = arrived.at
        target: Event | None = arrived
        ctx.deadlines.append(new_deadline("aa_arrival", _DEADLINE_LABEL, warn_at, SOURCE_DELAY, end))
    else:
        end = ctx.until
        target = requested
        ctx.deadlines.append(new_deadline("aa_arrival", _DEADLINE_LABEL, warn_at, SOURCE_DELAY, None))
        if requested is None:
            findings.append(new_finding(
                "aa_not_requested",
                ctx.pending if ctx.until <= warn_at else _WARNING,
                "No appropriate adult has been requested. Ask one to attend as soon as "
                "practicable.",
                SOURCE_REQUEST,
                None, None, "aa_requested", None,
            ))
    # What ctx.add(event=target, event_kind="aa_arrived") would record.
    if target is not None:
        target_kind: str = str(target.kind)
        target_id = target.id
    else:
        target_kind, target_id = "aa_arrived", None
    if end > breach_at:
        what = _waited(ctx, start_event, arrived, end - start)
        findings.append(new_finding(
            "aa_arrival_late",
            _BREACH,
            f"{what}; the local standard is {duration(s.aa_breach_after)} at most.",
            SOURCE_DELAY,
            breach_at, None, target_kind, target_id,
        ))
    elif end > warn_at:
        what = _waited(ctx, start_event, arrived, end - start)
        findings.append(new_finding(
            "aa_arrival_delayed",
            _WARNING,
            f"{what}; the local standard expects the AA within "
            f"{duration(s.aa_warning_after)}.",
            SOURCE_DELAY,
            warn_at, None, target_kind, target_id,
        ))
    elif arrived is None and ctx.in_custody:
        findings.append(new_finding(
            "aa_awaited",
            _WARNING if ctx.soon(warn_at) else _DUE,
            f"Appropriate adult expected by {local(warn_at)} (local standard).",
            SOURCE_DELAY,
            warn_at, None, target_kind, target_id,
        ))
    if end > warn_at:
        reason = ctx.answers.get("aa_delay_reason")
        if not (isinstance(reason, str) and reason.strip()):  # context.text(), inlined
            findings.append(new_finding(
                "aa_delay_reason_missing",
                ctx.pending,
                "Record the reason for the appropriate adult's delay.",
                SOURCE_DELAY,
                None, "aa_delay_reason", None, None,
            ))


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


def _eligibility(ctx: Context, arrived: Event | None) -> None:
    answers = ctx.answers
    # context.as_list() and the "none" filter in one pass: the usual answer is ["none"].
    value: Any = answers.get("aa_disqualifiers")
    listed = False
    found: list[str] = []
    if type(value) is list or isinstance(value, (list, tuple)):  # noqa: UP038 - faster
        for item in value:
            if type(item) is str or isinstance(item, str):
                listed = True
                if item != "none":
                    found.append(item)
    elif isinstance(value, str) and value:
        listed = True
        if value != "none":
            found.append(value)
    if found:
        reasons = "; ".join([DISQUALIFIERS.get(v, v.replace("_", " ")) for v in found])
        ctx.findings.append(new_finding(
            "aa_ineligible",
            _BREACH,
            f"The appropriate adult must not act: the person {reasons}. Find another "
            "appropriate adult.",
            SOURCE_ELIGIBLE,
            None, "aa_disqualifiers", None, None,
        ))
    elif not listed and arrived is not None:
        ctx.findings.append(new_finding(
            "aa_eligibility_not_recorded",
            ctx.pending,
            "Record whether anything stops the appropriate adult acting (under 18, "
            "police, suspect, victim, witness, involved, received admissions, "
            "objected-to estranged parent, solicitor).",
            SOURCE_ELIGIBLE,
            None, "aa_disqualifiers", None, None,
        ))
    # Only a parent as AA can be the victim of child-to-parent violence: the flags are
    # read only then (as_list() would keep just the text items; "in" on them is the same).
    if answers.get("aa_category") == "parent_guardian" and _flagged(
        answers.get("vulnerability_flags"), "child_to_parent_violence"
    ):
        ctx.findings.append(new_finding(
            "aa_parent_possible_victim",
            _WARNING,
            "Child-to-parent violence is flagged and the appropriate adult is a parent: a "
            "parent who is the victim cannot act as appropriate adult.",
            SOURCE_ELIGIBLE,
            None, "aa_category", None, None,
        ))


def _flagged(value: Any, flag: str) -> bool:
    """Whether ``flag`` is among the text items of a list answer (``flag in as_list(value)``)."""
    if type(value) is list or isinstance(value, (list, tuple)):  # noqa: UP038 - faster
        for item in value:  # noqa: SIM110 - a loop is cheaper than any() over a generator
            if (type(item) is str or isinstance(item, str)) and item == flag:
                return True
        return False
    return isinstance(value, str) and value == flag
