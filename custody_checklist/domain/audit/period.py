"""Audit periods: ISO weeks in Europe/London, turned into UTC instants.

A week runs from Monday 00:00 London time to the next Monday 00:00 London time (end
exclusive). Because the ends are wall-clock times, the week containing the autumn clock
change lasts 169 hours and the spring one 167; the instants are exact either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from custody_checklist.domain.timeutil import LONDON, to_local

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\s*$")


def london_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=LONDON).astimezone(UTC)


@dataclass(frozen=True)
class Period:
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive
    label: str

    @classmethod
    def iso_week(cls, year: int, week: int) -> Period:
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError as exc:
            raise ValueError(f"{year}-W{week:02d} is not an ISO week") from exc
        return cls(london_midnight(monday), london_midnight(monday + timedelta(days=7)),
                   f"{year}-W{week:02d}")

    @classmethod
    def week_containing(cls, day: date | datetime) -> Period:
        if isinstance(day, datetime):
            day = to_local(day).date()
        year, week, _ = day.isocalendar()
        return cls.iso_week(year, week)

    @classmethod
    def dates(cls, first: date, last: date) -> Period:
        """London dates ``first`` to ``last`` inclusive."""
        if last < first:
            raise ValueError("the period ends before it starts")
        return cls(london_midnight(first), london_midnight(last + timedelta(days=1)),
                   f"{first.isoformat()}..{last.isoformat()}")

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-W43`` (ISO week) or ``2026-10-19..2026-10-25`` (London dates, inclusive)."""
        match = _WEEK.match(text or "")
        if match:
            return cls.iso_week(int(match.group(1)), int(match.group(2)))
        match = _RANGE.match(text or "")
        if match:
            try:
                return cls.dates(date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2)))
            except ValueError as exc:
                raise ValueError(f"'{text}': {exc}") from exc
        raise ValueError(f"'{text}' is not a period: use an ISO week such as 2026-W43 "
                         "or London dates such as 2026-10-19..2026-10-25")

    @property
    def is_iso_week(self) -> bool:
        return bool(_WEEK.match(self.label))

    def previous(self, n_weeks: int) -> Period:
        """The ISO week ``n_weeks`` before the week this period starts in."""
        first_day = to_local(self.start).date()
        return Period.week_containing(first_day - timedelta(weeks=n_weeks))

    def weeks_ending_here(self, weeks: int) -> tuple[Period, ...]:
        """The ``weeks`` ISO weeks up to and including the one this period starts in."""
        return tuple(self.previous(n) for n in range(weeks - 1, -1, -1))

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end
