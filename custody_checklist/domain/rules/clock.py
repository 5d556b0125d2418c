"""Detention authorised, and the 24 h / 36 h detention clock (PACE s.37, s.41, s.42).

The clock runs from the relevant time (``Record.relevant_time``: an explicit event, else
arrival) on absolute time and stops at charge, release or transfer. A superintendent
(or above) may extend it to 36 h for an indictable offence, after the second review and
before the 24 h expire (s.42(1), (4)); an extension that fails any of these does not
count. Detention beyond 36 h needs a warrant of further detention (s.43), which has no
event kind: it is reported as a breach for the custody officer to explain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from custody_checklist.domain.findings import Severity, new_deadline
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
    RANKS,
    Context,
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

#: Rank text as stored -> seniority: the usual, already normalised rank costs one dict
#: lookup here; anything else goes through ``rank_index``.
_RANK_INDEX = {rank: index for index, rank in enumerate(RANKS)}
#: Deadline labels by duration: the same one or two texts for every record.
_LIMIT_LABELS: dict[timedelta, str] = {}
_EXTENDED_LABELS: dict[timedelta, str] = {}


def _remember(labels: dict[timedelta, str], key: timedelta, label: str) -> None:
    # Bounded: an extension's ``limit_hours`` may be any number of hours.
    if len(labels) < 64:
        labels[key] = label


def check(ctx: Context) -> None:
    get = ctx.by_kind.get
    settings = ctx.settings
    authorised = get("detention_authorised")
    if not authorised:
        if ctx.custody_start is not None:
            ctx.add(
                "detention_authorised_missing",
                ctx.pending,
                "Record when detention was authorised, by whom and on what grounds.",
                SOURCE_AUTH,
                event_kind="detention_authorised",
            )
    else:
        rationale = ctx.answers.get("rationale_to_detain")
        # text(rationale), with a fast path for plain text
        if not (rationale.strip() if type(rationale) is str else text(rationale)):
            ctx.add(
                "rationale_to_detain_missing",
                ctx.pending,
                "Record the rationale to detain, in this child's own circumstances.",
                SOURCE_RATIONALE,
                question_id="rationale_to_detain",
            )
    start_events = get("relevant_time") or get("arrival")
    if not start_events:
        if ctx.custody_start is not None or get("arrest"):
            ctx.add(
                "relevant_time_missing",
                ctx.pending,
                "Record the arrival at the suite (or the relevant time): the 24 h detention "
                "clock cannot be worked out without it.",
                SOURCE_24,
                event_kind="arrival",
            )
        return
    start_event = start_events[0]
    start = start_event.at
    detention_limit = settings.detention_limit
    limit24 = start + detention_limit
    charged, left = ctx.charged_at, ctx.custody_end
    stop = charged if left is None else left if charged is None else min(charged, left)
    add_deadline = ctx.deadlines.append
    label = _LIMIT_LABELS.get(detention_limit)
    if label is None:
        label = f"Detention without charge: {duration(detention_limit)} from the relevant time"
        _remember(_LIMIT_LABELS, detention_limit, label)
    add_deadline(new_deadline("detention_limit_24h", label, limit24, SOURCE_24, stop))
    extensions = get("extension_authorised")
    extended = _extension(ctx, extensions, start, limit24) if extensions else None
    if extended is not None:
        limit = extended
        extension = extended - start
        label = _EXTENDED_LABELS.get(extension)
        if label is None:
            label = f"Extended detention limit ({duration(extension)} from the relevant time)"
            _remember(_EXTENDED_LABELS, extension, label)
        add_deadline(new_deadline("detention_limit_36h", label, extended, SOURCE_36, stop))
        code = "extended_limit_exceeded"
        source = SOURCE_36
    else:
        limit = limit24
        code = "detention_limit_exceeded"
        source = SOURCE_24
    if stop is not None:
        if stop > limit:
            ctx.add(
                code,
                Severity.BREACH,
                f"Detained without charge for {duration(stop - start)} from the relevant time "
                f"({local(start)}); the {_limit_name(ctx, extended)} ended at {local(limit)}.",
                source,
                due_at=limit,
                event=start_event,
            )
        return
    now = ctx.now
    if now > limit:
        ctx.add(
            code,
            Severity.BREACH,
            f"The {_limit_name(ctx, extended)} without charge ended at {local(limit)}. "
            "Charge or release now unless a warrant of further detention (s.43) has been "
            "issued.",
            source,
            due_at=limit,
            event=start_event,
        )
    elif limit - now <= settings.due_soon_lead:  # ctx.soon(limit), written out
        ctx.add(
            "detention_limit_due_soon",
            Severity.WARNING,
            f"The {_limit_name(ctx, extended)} without charge ends at {local(limit)} (in "
            f"{duration(limit - now)}).",
            source,
            due_at=limit,
            event=start_event,
        )


def _limit_name(ctx: Context, extended: datetime | None) -> str:
    return (
        "extended limit"
        if extended is not None
        else f"{duration(ctx.settings.detention_limit)} limit"
    )


def _extension(
    ctx: Context, extensions: list[Event], start: datetime, limit24: datetime
) -> datetime | None:
    """The extended limit if a valid extension is recorded, else None."""
    s = ctx.settings
    longest = start + s.extended_limit
    reviews = ctx.by_kind.get("review") or ()
    result = None
    for event in extensions:
        at = event.at
        details = event.details
        if type(details) is not dict and not isinstance(details, dict):
            details = _NO_DETAILS  # detail(event, key) reads None for every key
        problems = []
        by = details.get("authorised_by")
        raw_rank = details.get("rank") or person_rank(by)
        # rank_index(raw_rank), with a fast path for a rank stored as normalised text
        rank = _RANK_INDEX.get(raw_rank) if type(raw_rank) is str else None
        if rank is None:
            rank = rank_index(raw_rank)
        if rank is None or rank < SUPERINTENDENT:
            problems.append("be authorised by a superintendent or above")
        if not _reviews_by(reviews, at, 2):
            problems.append("come after the second review")
        if at > limit24:
            problems.append(f"be given before the 24 hours expired ({local(limit24)})")
        if details.get("indictable_offence") is not True:
            problems.append("be for an indictable offence")
        hours = details.get("limit_hours")
        extended = longest
        # None (not recorded) is the usual case: skip the slower union isinstance then.
        if (
            hours is not None
            and isinstance(hours, int | float)
            and not isinstance(hours, bool)
            and hours == hours
        ):
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
                "The extension of detention does not count: it must " + "; ".join(problems) + ".",
                SOURCE_EXT,
                event=event,
            )
            continue
        if not text(details.get("reasons")) or not person_name(by):
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


_NO_DETAILS: dict[str, Any] = {}  # never written to


def _reviews_by(reviews: Sequence[Event], moment: datetime, wanted: int) -> bool:
    """Whether at least ``wanted`` of ``reviews`` are at or before ``moment``."""
    count = 0
    for review in reviews:
        if review.at <= moment:
            count += 1
            if count >= wanted:
                return True
    return False
