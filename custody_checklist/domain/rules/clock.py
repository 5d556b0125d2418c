"""Detention authorised, and the 24 h / 36 h detention clock (PACE s.37, s.41, s.42).

The clock runs from the relevant time (``Record.relevant_time``: an explicit event, else
arrival) on absolute time and stops at charge, release or transfer. A superintendent
(or above) may extend it to 36 h for an indictable offence, after the second review and
before the 24 h expire (s.42(1), (4)); an extension that fails any of these does not
count. Detention beyond 36 h needs a warrant of further detention (s.43), which has no
event kind: it is reported as a breach for the custody officer to explain.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import (
    Context,
    detail,
    duration,
    local,
    person_name,
    person_rank,
    rank_index,
    text,
)

SOURCE_AUTH = "PACE s.37"
SOURCE_RATIONALE = "PACE s.37(4)-(5)"
SOURCE_24 = "PACE s.41(1)"
SOURCE_36 = "PACE s.42(1)"
SOURCE_EXT = "PACE s.42(1), (4)"
SUPERINTENDENT = rank_index("superintendent") or 4


def check(ctx: Context) -> None:
    s = ctx.settings
    authorised = ctx.first("detention_authorised")
    if authorised is None and ctx.custody_start is not None:
        ctx.add(
            "detention_authorised_missing",
            ctx.pending,
            "Record when detention was authorised, by whom and on what grounds.",
            SOURCE_AUTH,
            event_kind="detention_authorised",
        )
    if authorised is not None and not text(
        ctx.answers.get("rationale_to_detain")
    ):
        ctx.add(
            "rationale_to_detain_missing",
            ctx.pending,
            "Record the rationale to detain, in this child's own circumstances.",
            SOURCE_RATIONALE,
            question_id="rationale_to_detain",
        )
    start_event = ctx.first("relevant_time") or ctx.first("arrival")
    if start_event is None:
        if ctx.custody_start is not None or ctx.first("arrest") is not None:
            ctx.add(
                "relevant_time_missing",
                ctx.pending,
                "Record the arrival at the suite (or the relevant time): the 24 h detention "
                "clock cannot be worked out without it.",
                SOURCE_24,
                event_kind="arrival",
            )
        return
    start = start_event.at
    limit24 = start + s.detention_limit
    charged, left = ctx.charged_at, ctx.custody_end
    stop = charged if left is None else left if charged is None else min(charged, left)
    ctx.deadline(
        "detention_limit_24h",
        f"Detention without charge: {duration(s.detention_limit)} from the relevant time",
        limit24,
        SOURCE_24,
        stop,
    )
    limit = limit24
    extended = _extension(ctx, start, limit24)
    if extended is not None:
        limit = extended
        ctx.deadline(
            "detention_limit_36h",
            f"Extended detention limit ({duration(extended - start)} from the relevant time)",
            extended,
            SOURCE_36,
            stop,
        )
    code = "extended_limit_exceeded" if extended is not None else "detention_limit_exceeded"
    source = SOURCE_36 if extended is not None else SOURCE_24
    if stop is not None:
        if stop > limit:
            what = _limit_name(ctx, extended)
            ctx.add(
                code,
                Severity.BREACH,
                f"Detained without charge for {duration(stop - start)} from the relevant time "
                f"({local(start)}); the {what} ended at {local(limit)}.",
                source,
                due_at=limit,
                event=start_event,
            )
        return
    if ctx.now > limit:
        what = _limit_name(ctx, extended)
        ctx.add(
            code,
            Severity.BREACH,
            f"The {what} without charge ended at {local(limit)}. Charge or release now "
            "unless a warrant of further detention (s.43) has been issued.",
            source,
            due_at=limit,
            event=start_event,
        )
    elif ctx.soon(limit):
        what = _limit_name(ctx, extended)
        ctx.add(
            "detention_limit_due_soon",
            Severity.WARNING,
            f"The {what} without charge ends at {local(limit)} (in "
            f"{duration(limit - ctx.now)}).",
            source,
            due_at=limit,
            event=start_event,
        )


def _limit_name(ctx: Context, extended: datetime | None) -> str:
    return "extended limit" if extended is not None else f"{duration(ctx.settings.detention_limit)} limit"


def _extension(ctx: Context, start, limit24):
    """The extended limit if a valid extension is recorded, else None."""
    s = ctx.settings
    result = None
    for event in ctx.events("extension_authorised"):
        problems = []
        by = detail(event, "authorised_by")
        rank = rank_index(detail(event, "rank") or person_rank(by))
        if rank is None or rank < SUPERINTENDENT:
            problems.append("be authorised by a superintendent or above")
        if sum(1 for r in ctx.events("review") if r.at <= event.at) < 2:
            problems.append("come after the second review")
        if event.at > limit24:
            problems.append(f"be given before the 24 hours expired ({local(limit24)})")
        if detail(event, "indictable_offence") is not True:
            problems.append("be for an indictable offence")
        hours = detail(event, "limit_hours")
        extended = start + s.extended_limit
        if isinstance(hours, int | float) and not isinstance(hours, bool) and hours == hours:
            try:
                asked = start + timedelta(hours=hours)
            except (OverflowError, ValueError):
                asked = extended
            if asked > extended:
                problems.append(f"not go beyond {duration(s.extended_limit)}")
            elif asked > limit24:
                extended = asked
        if problems:
            ctx.add(
                "extension_invalid",
                Severity.BREACH,
                "The extension of detention does not count: it must "
                + "; ".join(problems)
                + ".",
                SOURCE_EXT,
                event=event,
            )
            continue
        if not text(detail(event, "reasons")) or not person_name(by):
            ctx.add(
                "extension_record_incomplete",
                Severity.WARNING,
                "Record who authorised the extension and the reasons.",
                SOURCE_EXT,
                event=event,
            )
        if result is None or extended > result:
            result = extended
    return result
