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


# London has kept whole-hour offsets from UTC, changing on UTC hours, since it adopted
# GMT on 1 December 1847 (before that: local mean time, -0:01:15). From 1848 on, every
# instant in one UTC hour has the same local date, offset and zone name, so the helpers
# below cache per UTC hour; earlier instants are converted one by one.
_FIRST_CACHED_HOUR = date(1848, 1, 1).toordinal() * 24


def local_date(moment: datetime) -> date:
    """The Europe/London calendar date of an instant.

    Cached per UTC hour: London's offset from UTC is a whole number of hours and changes
    on the hour, so local midnight always falls on a UTC hour and every instant in one UTC
    hour has the same local date. Converting through the time zone costs about a
    microsecond, which bulk evaluation pays several times per record otherwise.
    """
    utc = moment if moment.tzinfo is UTC else ensure_utc(moment)
    hours = utc.toordinal() * 24 + utc.hour
    if hours < _FIRST_CACHED_HOUR:  # local mean time: offset not a whole number of hours
        return utc.astimezone(LONDON).date()
    return _local_date_of_hour(hours)


@lru_cache(maxsize=65536)
def _local_date_of_hour(hours: int) -> date:
    """``hours``: whole hours since the start of 1 January of year 1 (proleptic), in UTC."""
    day, hour = divmod(hours, 24)
    return datetime.combine(date.fromordinal(day), time(hour), UTC).astimezone(LONDON).date()


# "00" .. "59": indexing a tuple is much cheaper than %02d formatting.
_TWO_DIGITS = tuple(f"{number:02d}" for number in range(60))


@lru_cache(maxsize=65536)
def _local_text_of_hour(hours: int) -> tuple[str, str]:
    """``("24/10/2026 23:", " BST")`` for the UTC hour ``hours`` (as in ``_local_date_of_hour``):
    the local text up to the minutes, and the zone suffix."""
    day, hour = divmod(hours, 24)
    local = datetime.combine(date.fromordinal(day), time(hour), UTC).astimezone(LONDON)
    # Only asked for hours from 1848 on, so the year always has four digits.
    two = _TWO_DIGITS
    head = f"{two[local.day]}/{two[local.month]}/{local.year} {two[local.hour]}:"
    return head, f" {local.tzname()}"


def format_local(moment: datetime | None, *, with_zone: bool = True) -> str:
    """Show an instant as a sergeant reads it: ``24/10/2026 23:30 BST``."""
    if moment is None:
        return "Not recorded"
    utc = moment if moment.tzinfo is UTC else ensure_utc(moment)
    hours = utc.toordinal() * 24 + utc.hour
    if hours >= _FIRST_CACHED_HOUR:
        # The rules engine formats thousands of these per second in bulk evaluation:
        # the text up to the hour and the zone name are cached per UTC hour, and the
        # local minute is the UTC minute (whole-hour offsets).
        head, zone = _local_text_of_hour(hours)
        if with_zone:
            return f"{head}{_TWO_DIGITS[utc.minute]}{zone}"  # one join, not two "+"
        return head + _TWO_DIGITS[utc.minute]
    local = utc.astimezone(LONDON)
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
    return f"{sign}{hours} h {_TWO_DIGITS[minutes]} min"


def age_on(date_of_birth: date, moment: datetime) -> int:
    """Age in whole years on the local (Europe/London) date of ``moment``.

    A birthday on 29 February is reached on 1 March in a common year, as in English law
    practice for attaining an age.
    """
    # local_date(moment), inlined: the rules engine asks for an age on every record.
    utc = moment if moment.tzinfo is UTC else ensure_utc(moment)
    hours = utc.toordinal() * 24 + utc.hour
    if hours >= _FIRST_CACHED_HOUR:
        local_day = _local_date_of_hour(hours)
    else:
        local_day = utc.astimezone(LONDON).date()
    years = local_day.year - date_of_birth.year
    if type(date_of_birth) is date:
        # Comparing (month, day) is the same test without building this year's birthday
        # (a keyword call): 29 February is still "not reached" on 28 February and
        # reached on 1 March of a common year. Spelt out rather than as a tuple
        # comparison, which costs about as much again.
        month, birth_month = local_day.month, date_of_birth.month
        if month < birth_month or (month == birth_month and local_day.day < date_of_birth.day):
            years -= 1
        return years
    try:
        birthday_this_year = date_of_birth.replace(year=local_day.year)
    except ValueError:  # 29 February in a common year
        birthday_this_year = date(local_day.year, 3, 1)
    if local_day < birthday_this_year:
        years -= 1
    return years
