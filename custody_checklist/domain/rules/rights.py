"""Rights and entitlements given, and repeated in the appropriate adult's presence.

PACE Code C 3.1 (rights on arrival) and 3.17 (given again once the AA arrives, if they
were first given without the AA). The 3.17 paragraph number is unverified.
"""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import UNVERIFIED, Context

SOURCE_GIVEN = "PACE Code C 3.1"
SOURCE_REPEAT = "PACE Code C 3.17" + UNVERIFIED


def check(ctx: Context) -> None:
    get = ctx.by_kind.get
    given = get("rights_given")
    if not given:
        ctx.add(
            "rights_not_given",
            ctx.pending,
            "Give the child their rights and entitlements (legal advice, someone informed, "
            "the Codes), with the appropriate adult present if possible, and record it.",
            SOURCE_GIVEN,
            event_kind="rights_given",
        )
        return
    found = get("aa_arrived")
    arrived = found[0] if found else None
    # One plain loop (detail() inlined) over the usual one or two events: given with the
    # AA present at least once, and not before the AA came, is all that is needed.
    for event in given:
        details = event.details
        if isinstance(details, dict) and details.get("aa_present") is True and (
            arrived is None or event.at >= arrived.at
        ):
            return
    without = given[0]
    if arrived is None:
        if ctx.in_custody:
            ctx.add(
                "rights_repeat_due",
                Severity.DUE,
                "Rights were given without the appropriate adult: give them again when "
                "the appropriate adult arrives.",
                SOURCE_REPEAT,
                event=without,
            )
        return
    ctx.add(
        "rights_not_repeated_with_aa",
        Severity.WARNING if ctx.in_custody else Severity.BREACH,
        "Rights were given without the appropriate adult and have not been given again "
        "in the appropriate adult's presence since they arrived.",
        SOURCE_REPEAT,
        event=without,
    )
