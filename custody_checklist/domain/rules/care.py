"""Care and treatment: a girl in the care of a woman, cell use, never with an adult, rest.

* PACE Code C 3.20A: a girl under 18 must be under the care of a woman while at the
  station (Gender from ``child.gender``).
* Code C 8.8: a child is not put in a cell unless no other secure accommodation is
  available (or a cell is more comfortable), with the reason recorded, and never in a
  cell with a detained adult (paragraph number unverified).
* Code C 12.2: in any 24 h a continuous 8 h rest. Judged in fixed 24 h periods from
  arrival at the suite: in each period a recorded rest of ``rest_hours`` must fit inside
  it, so it must start no later than ``rest_window - rest_hours`` (16 h) into the period.
  A period the child was released before finishing is judged only while detained.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from custody_checklist.domain.findings import Severity, new_deadline
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
    UNVERIFIED,
    Context,
    duration,
    local,
    text,
)

SOURCE_GIRL = "PACE Code C 3.20A"
SOURCE_CELL = "PACE Code C 8.8" + UNVERIFIED
SOURCE_REST = "PACE Code C 12.2"


def check(ctx: Context) -> None:
    answers = ctx.answers
    if getattr(ctx.record.child, "gender", None) == "female":
        # person_name() and text() written out: the same test, without two calls per girl.
        officer = answers.get("female_care_officer")
        name = officer.get("name") if isinstance(officer, dict) else officer
        if not (isinstance(name, str) and name.strip()):
            ctx.add(
                "girl_no_female_care_officer",
                _WARNING if ctx.in_custody else _BREACH,
                "A girl under 18 must be in the care of a named woman: record who.",
                SOURCE_GIRL,
                question_id="female_care_officer",
            )
    accommodation = answers.get("accommodation")
    if accommodation == "cell" and not text(answers.get("cell_reason")):
        ctx.add(
            "cell_reason_missing",
            _WARNING if ctx.in_custody else _BREACH,
            "The child is in a cell: record why a detention room or other accommodation "
            "is not used.",
            SOURCE_CELL,
            question_id="cell_reason",
        )
    elif accommodation not in ("cell", "detention_room") and ctx.custody_start is not None:
        ctx.add(
            "accommodation_not_recorded",
            ctx.pending,
            "Record where the child is held (detention room or cell).",
            SOURCE_CELL,
            question_id="accommodation",
        )
    if answers.get("held_with_adult") is True:
        ctx.add(
            "held_with_adult",
            _BREACH,
            "A child must not be placed in a cell with a detained adult.",
            SOURCE_CELL,
            question_id="held_with_adult",
        )
    _rest(ctx)


# Enum members as module constants: a member lookup on the class is slow on a hot path.
_WARNING = Severity.WARNING
_BREACH = Severity.BREACH


def _rest_periods(ctx: Context) -> list[tuple[datetime, datetime, object]]:
    """(start, end, start event) of each rest; an unended rest runs until release/now.

    Each start takes the first unused end at or after it.
    """
    by_kind = ctx.by_kind
    starts = by_kind.get("rest_started")
    if not starts:
        return []
    ends = by_kind.get("rest_ended", ())
    until = ctx.until
    if len(starts) == 1:  # the usual case: no copy of the ends to strike used ones from
        started = starts[0]
        start_at = started.at
        for ended in ends:
            if ended.at >= start_at:
                return [(start_at, ended.at, started)]
        return [(start_at, until, started)]
    periods = []
    unused_ends = list(ends)
    for started in starts:
        start_at = started.at
        # A plain loop rather than next() over a generator and list.remove(): the same end
        # (the first one at or after the start), found once and deleted by position.
        for index, ended in enumerate(unused_ends):
            if ended.at >= start_at:
                del unused_ends[index]
                periods.append((start_at, ended.at, started))
                break
        else:
            periods.append((start_at, until, started))
    return periods


def _rest(ctx: Context) -> None:
    arrival = ctx.custody_start
    if arrival is None:
        return
    end = ctx.until
    if end <= arrival:
        return
    s = ctx.settings
    periods = _rest_periods(ctx)
    rest_hours, rest_window = s.rest_hours, s.rest_window
    latest_offset = rest_window - rest_hours
    in_custody, now = ctx.in_custody, ctx.now
    deadlines = ctx.deadlines
    window = arrival
    guard = 0
    while window < end and guard < 64:
        guard += 1
        window_end = window + rest_window
        whole_period = window_end <= end
        if not whole_period and not in_custody:
            break  # a period cut short by release: not judged, and it is the last one
        latest_start = window + latest_offset
        # One pass over the rests instead of two lists and min(): the earliest rest that
        # fits in this period and, while detained, the earliest one still going on that
        # started in time (conditional expression rather than min(b, window_end)).
        qualifying_at = ongoing_at = None
        for a, b, _event in periods:
            if (
                a >= window
                and (window_end if window_end < b else b) - a >= rest_hours
                and (qualifying_at is None or a < qualifying_at)
            ):
                qualifying_at = a
            if (
                in_custody
                and b == now
                and window <= a <= latest_start
                and (ongoing_at is None or a < ongoing_at)
            ):
                ongoing_at = a
        met_at = qualifying_at if qualifying_at is not None else ongoing_at
        texts = _rest_texts(rest_hours, rest_window)
        # Appended directly: ctx.deadline() would be one more call for the same deadline.
        deadlines.append(
            new_deadline("rest", texts.label + local(window), latest_start, SOURCE_REST, met_at)
        )
        if whole_period:  # a whole period in custody
            if qualifying_at is None:
                ctx.add(
                    "rest_period_missing",
                    Severity.BREACH,
                    f"No continuous {texts.rest} rest is recorded in the "
                    f"{texts.window} from {local(window)} to {local(window_end)}.",
                    SOURCE_REST,
                    due_at=latest_start,
                    event_kind="rest_started",
                )
        elif met_at is None:  # still in custody, this period not over yet
            if now > latest_start:
                ctx.add(
                    "rest_start_overdue",
                    Severity.WARNING,
                    f"A continuous {texts.rest} rest can no longer fit in the "
                    f"{texts.window} from {local(window)}: it had to start by "
                    f"{local(latest_start)}. Allow rest now.",
                    SOURCE_REST,
                    due_at=latest_start,
                    event_kind="rest_started",
                )
            elif ctx.soon(latest_start):
                ctx.add(
                    "rest_due_soon",
                    Severity.WARNING,
                    f"Start the child's {texts.rest} rest by {local(latest_start)}.",
                    SOURCE_REST,
                    due_at=latest_start,
                    event_kind="rest_started",
                )
        window = window_end
    if len(periods) > 1:  # the gaps between rests need two of them
        _rest_gaps(ctx, periods)


class _RestTexts(NamedTuple):
    """The parts of the rest texts that depend only on the settings."""

    label: str  #: the deadline label up to the window's start
    rest: str  #: the rest, e.g. ``8 h 00 min``
    window: str  #: the period, e.g. ``24 h``


@lru_cache(maxsize=16)
def _rest_texts(rest_hours: timedelta, rest_window: timedelta) -> _RestTexts:
    """Worked out once per settings rather than in every period of every record."""
    return _RestTexts(
        f"Start of {_hours(rest_hours)} rest in the {_hours(rest_window)} from ",
        duration(rest_hours),
        _hours(rest_window),
    )


@lru_cache(maxsize=64)
def _hours(delta: timedelta) -> str:
    """``8 h`` for whole hours (the usual settings), else ``7 h 30 min``."""
    if delta % _HOUR:
        return duration(delta)
    return f"{delta // _HOUR} h"


_HOUR = timedelta(hours=1)


_times = itemgetter(0, 1)


def _rest_gaps(ctx: Context, periods: list[tuple[datetime, datetime, object]]) -> None:
    """Between two rests there may be at most 24 h less the rest (16 h by default).

    The 24 h blocks from arrival miss a child rested at the start of one block and the end
    of the next (32 h awake); read as "any 24 hours", that is a breach.
    """
    if len(periods) < 2:
        return
    s = ctx.settings
    longest_gap = s.rest_window - s.rest_hours
    # Ordered by the times alone: the same rest recorded twice has equal times, and the
    # events themselves cannot be compared.
    rests = sorted(((a, b, ev) for a, b, ev in periods if b - a >= s.rest_hours), key=_times)
    for (_a1, end1, _e1), (start2, _b2, event2) in zip(rests, rests[1:], strict=False):
        if start2 - end1 > longest_gap:
            ctx.add(
                "rest_gap_too_long",
                Severity.BREACH,
                f"{duration(start2 - end1)} passed between the rest ending {local(end1)} and the "
                f"next starting {local(start2)}: in any {_hours(s.rest_window)} a continuous "
                f"{duration(s.rest_hours)} rest is due, so the gap may be at most "
                f"{duration(longest_gap)}.",
                SOURCE_REST,
                due_at=end1 + longest_gap,
                event=event2 if isinstance(event2, Event) else None,
                event_kind="rest_started",
            )
