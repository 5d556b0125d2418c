"""Overnight detention: flag it, and require the reasons.

There is no statutory definition. Default (published FOI figures): ``overnight_minimum``
(4 h) or more of custody inside one night's window ``overnight_start``-``overnight_end``
(00:00-08:00 Europe/London wall clock). The window's ends are wall-clock times but the
overlap is measured in absolute time, so on the night the clocks go back the window is
9 h long and on the night they go forward 7 h. Exactly the minimum counts as overnight.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from custody_checklist.domain.findings import Severity, new_finding
from custody_checklist.domain.rules.context import (
    Context,
    detail,
    duration,
    local,
    text,
)
from custody_checklist.domain.timeutil import LONDON, local_date

SOURCE = "local standard (no statutory definition; FOI default 4 h between 00:00 and 08:00)"
SOURCE_CONCORDAT = "Concordat on Children in Custody (2017); PACE s.38(6)"
SOURCE_JOINT = "local standard (Concordat on Children in Custody, 2017)"

# Enum members as module constants: a member lookup on the class is slow on a hot path.
_INFO = Severity.INFO
_WARNING = Severity.WARNING


def night_windows(
    start: datetime, end: datetime, ctx: Context
) -> tuple[tuple[datetime, datetime], ...]:
    """Each night's window (UTC) that could overlap ``start``..``end``."""
    s = ctx.settings
    return _nights(local_date(start), local_date(end), s.overnight_start, s.overnight_end)


@lru_cache(maxsize=8192)
def _nights(
    start_day: date, last_day: date, start: time, end: time
) -> tuple[tuple[datetime, datetime], ...]:
    """The windows of the local days from the day before ``start_day`` (its night may
    run into ``start_day``) to ``last_day`` (cached: a year of records shares a few
    thousand day ranges, and bulk evaluation meets each many times)."""
    windows = []
    day = start_day - _ONE_DAY
    while day <= last_day and len(windows) < 400:
        window = _night(day, start, end)
        if window is not None:
            windows.append(window)
        day += _ONE_DAY
    return tuple(windows)


_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=4096)
def _night(day: date, start: time, end: time) -> tuple[datetime, datetime] | None:
    """The window starting on local ``day`` in UTC (ends next day if end <= start)."""
    ws = datetime.combine(day, start, tzinfo=LONDON).astimezone(UTC)
    end_day = day + timedelta(days=1) if end <= start else day
    we = datetime.combine(end_day, end, tzinfo=LONDON).astimezone(UTC)
    return (ws, we) if we > ws else None


def _london_date(moment: datetime) -> date:
    """``local_date(moment)``, without its cache for most hours of the day.

    Europe/London has been from 1 min 15 s behind UTC (LMT, before 1847) to 2 h ahead
    (double summer time, 1941-47), so from 01:00 to 21:59 UTC its date is the UTC date:
    bulk evaluation meets a new UTC hour for most records, and the cache then converts
    through the time zone.
    """
    if moment.tzinfo is UTC and 1 <= moment.hour <= 21:
        return moment.date()
    return local_date(moment)


def check(ctx: Context) -> None:
    start = ctx.custody_start
    if start is None:
        return
    end = ctx.until
    if end < start:
        return
    s = ctx.settings
    minimum = s.overnight_minimum
    in_custody = ctx.in_custody
    now = ctx.now
    nights: list[tuple[datetime, datetime, timedelta]] = []
    upcoming = None
    # The windows straight from the cache rather than through night_windows(): one call
    # less per record, same windows.
    windows = _nights(
        _london_date(start),
        _london_date(end + _ONE_DAY if in_custody else end),
        s.overnight_start,
        s.overnight_end,
    )
    for ws, we in windows:
        # Conditional expressions rather than min()/max(): the same values (min keeps the
        # first of equals, as here), without two builtin calls per window.
        overlap = (we if we < end else end) - (ws if ws > start else start)
        if overlap >= minimum and ws < end:
            nights.append((ws, we, overlap))
        elif in_custody and upcoming is None and we > now:
            threshold = (ws if ws > start else start) + minimum
            if threshold <= we:
                upcoming = threshold
    if nights:
        findings = ctx.findings
        pending = ctx.pending
        if len(nights) == 1:  # the usual case: no list and join for one night
            ws, _we, overlap = nights[0]
            listing = f"{duration(overlap)} in the night of {_local_date(ws)}"
        else:
            listing = ", ".join(
                [f"{duration(ov)} in the night of {_local_date(ws)}" for ws, _we, ov in nights]
            )
        # Findings appended directly (ctx.add's keyword handling costs more than building
        # the finding); the fields are those ctx.add would give.
        findings.append(new_finding(
            "held_overnight",
            _INFO,
            f"Held overnight: {listing}. Counted in the overnight-detention figures.",
            SOURCE,
            None,
            "overnight_reasons",
            None,
            None,
        ))
        answers = ctx.answers
        if not text(answers.get("overnight_reasons")):
            findings.append(new_finding(
                "overnight_reasons_missing",
                pending,
                "The child has been held overnight: record the reasons.",
                SOURCE,
                None,
                "overnight_reasons",
                None,
                None,
            ))
        if ctx.charged_at is not None:
            refused = _bail_refused_at(ctx)
            if refused is not None:
                for ws, we, _overlap in nights:
                    if (we if we < end else end) - (ws if ws > refused else refused) >= minimum:
                        findings.append(new_finding(
                            "held_overnight_post_charge",
                            _WARNING,
                            "Held overnight after being charged and refused bail: the child "
                            "should be in local-authority accommodation, not a police cell. "
                            "Record the reasons and the local authority's response.",
                            SOURCE_CONCORDAT,
                            None,
                            "overnight_reasons",
                            None,
                            None,
                        ))
                        break
        if not isinstance(answers.get("joint_risk_assessment"), bool):  # neither yes nor no
            findings.append(new_finding(
                "joint_risk_assessment_missing",
                pending,
                "Record whether a joint risk assessment with children's social care was "
                "done for the overnight stay.",
                SOURCE_JOINT,
                None,
                "joint_risk_assessment",
                None,
                None,
            ))
    elif upcoming is not None:
        ctx.deadline("overnight", "Counts as held overnight if still detained", upcoming, SOURCE)
        if upcoming - now <= s.overnight_notice:
            ctx.add(
                "overnight_possible",
                Severity.DUE,
                f"If still detained at {local(upcoming)} the child will have been held "
                "overnight. Plan release or transfer; if an overnight stay is possible, "
                "do a joint risk assessment with children's social care.",
                SOURCE_JOINT,
                due_at=upcoming,
                question_id="joint_risk_assessment",
            )


@lru_cache(maxsize=4096)
def _local_date(moment: datetime) -> str:
    local = moment.astimezone(LONDON)
    return "%02d/%02d/%04d" % (local.day, local.month, local.year)  # noqa: UP031 - faster


def _bail_refused_at(ctx: Context) -> datetime | None:
    charged = ctx.charged_at
    if charged is None:
        return None
    for decision in ctx.events("bail_decision"):
        if decision.at >= charged and detail(decision, "bail_granted") is False:
            return decision.at
    return None
