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

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
    UNVERIFIED,
    Context,
    duration,
    local,
    person_name,
    text,
)

SOURCE_GIRL = "PACE Code C 3.20A"
SOURCE_CELL = "PACE Code C 8.8" + UNVERIFIED
SOURCE_REST = "PACE Code C 12.2"


def check(ctx: Context) -> None:
    severe = Severity.WARNING if ctx.in_custody else Severity.BREACH
    if getattr(ctx.record.child, "gender", None) == "female" and not person_name(
        ctx.answers.get("female_care_officer")
    ):
        ctx.add(
            "girl_no_female_care_officer",
            severe,
            "A girl under 18 must be in the care of a named woman: record who.",
            SOURCE_GIRL,
            question_id="female_care_officer",
        )
    accommodation = ctx.answers.get("accommodation")
    if accommodation == "cell" and not text(ctx.answers.get("cell_reason")):
        ctx.add(
            "cell_reason_missing",
            severe,
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
    if ctx.answers.get("held_with_adult") is True:
        ctx.add(
            "held_with_adult",
            Severity.BREACH,
            "A child must not be placed in a cell with a detained adult.",
            SOURCE_CELL,
            question_id="held_with_adult",
        )
    _rest(ctx)


def _rest_periods(ctx: Context) -> list[tuple[datetime, datetime, object]]:
    """(start, end, start event) of each rest; an unended rest runs until release/now."""
    by_kind = ctx.by_kind
    starts = by_kind.get("rest_started")
    if not starts:
        return []
    periods = []
    ends = list(by_kind.get("rest_ended", ()))
    for started in starts:
        end = next((e for e in ends if e.at >= started.at), None)
        if end is not None:
            ends.remove(end)
            periods.append((started.at, end.at, started))
        else:
            periods.append((started.at, ctx.until, started))
    return periods


def _rest(ctx: Context) -> None:
    s = ctx.settings
    arrival = ctx.custody_start
    if arrival is None:
        return
    end = ctx.until
    if end <= arrival:
        return
    periods = _rest_periods(ctx)
    rest_hours, rest_window = s.rest_hours, s.rest_window
    latest_offset = rest_window - rest_hours
    in_custody, now = ctx.in_custody, ctx.now
    window = arrival
    guard = 0
    while window < end and guard < 64:
        guard += 1
        window_end = window + rest_window
        latest_start = window + latest_offset
        qualifying = [
            (a, b, ev)
            for a, b, ev in periods
            if a >= window and min(b, window_end) - a >= rest_hours
        ]
        ongoing = (
            [(a, b, ev) for a, b, ev in periods if b == now and window <= a <= latest_start]
            if in_custody
            else []
        )
        met = qualifying or ongoing
        met_at = min(a for a, _b, _e in met) if met else None
        if window_end <= end:  # a whole period in custody
            label = _rest_label(rest_hours, rest_window, window)
            ctx.deadline("rest", label, latest_start, SOURCE_REST, met_at)
            if not qualifying:
                ctx.add(
                    "rest_period_missing",
                    Severity.BREACH,
                    f"No continuous {duration(s.rest_hours)} rest is recorded in the "
                    f"{_hours(rest_window)} from {local(window)} to {local(window_end)}.",
                    SOURCE_REST,
                    due_at=latest_start,
                    event_kind="rest_started",
                )
        elif in_custody:
            label = _rest_label(rest_hours, rest_window, window)
            ctx.deadline("rest", label, latest_start, SOURCE_REST, met_at)
            if not met:
                if ctx.now > latest_start:
                    ctx.add(
                        "rest_start_overdue",
                        Severity.WARNING,
                        f"A continuous {duration(s.rest_hours)} rest can no longer fit in the "
                        f"{_hours(rest_window)} from {local(window)}: it had to start by "
                        f"{local(latest_start)}. Allow rest now.",
                        SOURCE_REST,
                        due_at=latest_start,
                        event_kind="rest_started",
                    )
                elif ctx.soon(latest_start):
                    ctx.add(
                        "rest_due_soon",
                        Severity.WARNING,
                        f"Start the child's {duration(s.rest_hours)} rest by "
                        f"{local(latest_start)}.",
                        SOURCE_REST,
                        due_at=latest_start,
                        event_kind="rest_started",
                    )
        window = window_end
    _rest_gaps(ctx, periods)


def _rest_label(rest_hours: timedelta, rest_window: timedelta, window: datetime) -> str:
    return f"Start of {_hours(rest_hours)} rest in the {_hours(rest_window)} from {local(window)}"


@lru_cache(maxsize=64)
def _hours(delta: timedelta) -> str:
    """``8 h`` for whole hours (the usual settings), else ``7 h 30 min``."""
    if delta % _HOUR:
        return duration(delta)
    return f"{delta // _HOUR} h"


_HOUR = timedelta(hours=1)


def _rest_gaps(ctx: Context, periods: list[tuple[datetime, datetime, object]]) -> None:
    """Between two rests there may be at most 24 h less the rest (16 h by default).

    The 24 h blocks from arrival miss a child rested at the start of one block and the end
    of the next (32 h awake); read as "any 24 hours", that is a breach.
    """
    if len(periods) < 2:
        return
    s = ctx.settings
    longest_gap = s.rest_window - s.rest_hours
    rests = sorted((a, b, ev) for a, b, ev in periods if b - a >= s.rest_hours)
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
