"""Time handling: instants are stored in UTC and shown in Europe/London.

Custody runs through the night and across clock changes, so every due time is computed
on absolute (UTC) instants; local time is only for display and for rules that are
defined in local terms (the overnight window 00:00-08:00).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class TimeFormatError(ValueError):
    """An instant that cannot be understood without guessing."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def ensure_utc(moment: datetime) -> datetime:
    """Return ``moment`` as an aware UTC datetime; naive values are refused, not guessed."""
    if moment.tzinfo is UTC:  # the common case (storage and the rules work in UTC)
        return moment
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise TimeFormatError(f"time {moment.isoformat()} has no UTC offset")
    return moment.astimezone(UTC)


def parse_instant(text: str) -> datetime:
    """Parse an ISO 8601 instant that carries an offset (``Z`` or ``+01:00``) into UTC.

    A time without an offset is ambiguous on the night the clocks go back (01:30 happens
    twice), so it is refused rather than guessed.
    """
    if not isinstance(text, str) or not text.strip():
        raise TimeFormatError("expected a date-time such as 2026-10-24T23:30:00+01:00")
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError as exc:
        raise TimeFormatError(
            f"'{text}' is not a date-time such as 2026-10-24T23:30:00+01:00"
        ) from exc
    if parsed.tzinfo is None:
        raise TimeFormatError(
            f"'{text}' has no UTC offset; add Z or +01:00 so the instant is unambiguous"
        )
    return parsed.astimezone(UTC)


def parse_local(text: str) -> datetime:
    """Parse a wall-clock time in Europe/London (as typed by a sergeant) into UTC.

    An ambiguous wall time (the repeated hour when clocks go back) takes the first
    occurrence (BST), which is what ``fold=0`` means.
    """
    try:
        naive = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise TimeFormatError(f"'{text}' is not a date and time") from exc
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    return naive.replace(tzinfo=LONDON).astimezone(UTC)


def format_instant(moment: datetime) -> str:
    """Serialise an instant as ISO 8601 UTC with a ``Z`` suffix (the interchange form)."""
    value = ensure_utc(moment)
    text = value.isoformat(timespec="seconds" if value.microsecond == 0 else "microseconds")
    return text.replace("+00:00", "Z")


def to_local(moment: datetime) -> datetime:
    return ensure_utc(moment).astimezone(LONDON)


def local_date(moment: datetime) -> date:
    """The Europe/London calendar date of an instant.

    Cached per UTC hour: London's offset from UTC is a whole number of hours and changes
    on the hour, so local midnight always falls on a UTC hour and every instant in one UTC
    hour has the same local date. Converting through the time zone costs about a
    microsecond, which bulk evaluation pays several times per record otherwise.
    """
    utc = moment if moment.tzinfo is UTC else ensure_utc(moment)
    return _local_date_of_hour(utc.toordinal() * 24 + utc.hour)


@lru_cache(maxsize=65536)
def _local_date_of_hour(hours: int) -> date:
    """``hours``: whole hours since the start of 1 January of year 1 (proleptic), in UTC."""
    day, hour = divmod(hours, 24)
    return datetime.combine(date.fromordinal(day), time(hour), UTC).astimezone(LONDON).date()


def format_local(moment: datetime | None, *, with_zone: bool = True) -> str:
    """Show an instant as a sergeant reads it: ``24/10/2026 23:30 BST``."""
    if moment is None:
        return "Not recorded"
    local = to_local(moment)
    # %-formatting rather than strftime: the rules engine formats thousands of these
    # per second in bulk evaluation and this is twice as fast, with the same text.
    text = "%02d/%02d/%04d %02d:%02d" % (  # noqa: UP031
        local.day, local.month, local.year, local.hour, local.minute
    )
    return f"{text} {local.tzname()}" if with_zone else text


def format_duration(delta: timedelta) -> str:
    """``5 h 07 min``; negative durations are shown with a leading minus."""
    # Whole minutes, rounded down, in integers (seconds below a minute never show).
    total_minutes = (delta.days * 86_400 + delta.seconds) // 60
    sign = "-" if total_minutes < 0 else ""
    total_minutes = abs(total_minutes)
    hours, minutes = divmod(total_minutes, 60)
    return f"{sign}{hours} h {minutes:02d} min"


def age_on(date_of_birth: date, moment: datetime) -> int:
    """Age in whole years on the local (Europe/London) date of ``moment``.

    A birthday on 29 February is reached on 1 March in a common year, as in English law
    practice for attaining an age.
    """
    local_day = local_date(moment)
    years = local_day.year - date_of_birth.year
    try:
        birthday_this_year = date_of_birth.replace(year=local_day.year)
    except ValueError:  # 29 February in a common year
        birthday_this_year = date(local_day.year, 3, 1)
    if local_day < birthday_this_year:
        years -= 1
    return years
