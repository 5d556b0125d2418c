"""Every threshold the rules use, in one frozen object an administrator can tune.

Defaults follow the law where the law gives a number (PACE s.40, s.41, s.42; Code C
12.2) and the local standard or published practice where it does not (appropriate-adult
attendance; the overnight window). ``RuleSettings.from_mapping`` reads the ``[thresholds]``
table of the deployment config file and refuses anything it cannot use, naming the key.

Durations in a mapping may be given as:

* a number: hours (``1.5`` is 1 h 30 min);
* a string: ``"90 min"``, ``"1 h"``, ``"1h30m"``, ``"8 hours"``, ``"01:30"`` (h:mm) or
  ISO 8601 ``"PT1H30M"``;
* a ``datetime.timedelta``.

Times of day (the overnight window) may be ``"00:00"`` strings or ``datetime.time``
(TOML local times).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import time, timedelta
from typing import Any

_DURATION_KEYS = (
    "aa_warning_after",
    "aa_breach_after",
    "first_review_after",
    "review_interval",
    "detention_limit",
    "extended_limit",
    "rest_hours",
    "rest_window",
    "overnight_minimum",
    "overnight_notice",
    "due_soon_lead",
)
_TIME_KEYS = ("overnight_start", "overnight_end")


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds for the rules engine. See docs/rules.md for what each one tunes."""

    #: AA not yet arrived this long after detention was authorised: warning (local standard).
    aa_warning_after: timedelta = timedelta(hours=1)
    #: ... and this long: breach (local standard; no national number exists).
    aa_breach_after: timedelta = timedelta(hours=2)
    #: First review not later than this after detention was first authorised (PACE s.40(3)(a)).
    first_review_after: timedelta = timedelta(hours=6)
    #: Later reviews not later than this after the previous one (PACE s.40(3)(b),(c)).
    review_interval: timedelta = timedelta(hours=9)
    #: Detention without charge from the relevant time (PACE s.41(1)).
    detention_limit: timedelta = timedelta(hours=24)
    #: Longest a superintendent may extend to (PACE s.42(1)).
    extended_limit: timedelta = timedelta(hours=36)
    #: Continuous rest a child must be allowed ... (PACE Code C 12.2)
    rest_hours: timedelta = timedelta(hours=8)
    #: ... in any period of this length (PACE Code C 12.2).
    rest_window: timedelta = timedelta(hours=24)
    #: Overnight window start, Europe/London wall clock (no statutory definition).
    overnight_start: time = time(0, 0)
    #: Overnight window end, Europe/London wall clock.
    overnight_end: time = time(8, 0)
    #: Custody inside one night's window for at least this long counts as "held overnight".
    overnight_minimum: timedelta = timedelta(hours=4)
    #: Warn that a child may be held overnight when that would happen within this time.
    overnight_notice: timedelta = timedelta(hours=4)
    #: A due time this close turns from "due" into a warning.
    due_soon_lead: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        for name in _DURATION_KEYS:
            value = getattr(self, name)
            if not isinstance(value, timedelta):
                raise ValueError(f"{name}: expected a duration, got {value!r}")
            if value < timedelta(0) or (value == timedelta(0) and name != "due_soon_lead"):
                raise ValueError(f"{name}: must be a positive duration, got {value}")
        for name in _TIME_KEYS:
            if not isinstance(getattr(self, name), time):
                raise ValueError(f"{name}: expected a time of day such as 00:00")
        if self.aa_breach_after < self.aa_warning_after:
            raise ValueError("aa_breach_after: must not be shorter than aa_warning_after")
        if self.extended_limit < self.detention_limit:
            raise ValueError("extended_limit: must not be shorter than detention_limit")
        if self.rest_hours > self.rest_window:
            raise ValueError("rest_hours: must not be longer than rest_window")
        if self.overnight_start == self.overnight_end:
            raise ValueError("overnight_end: must differ from overnight_start")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> RuleSettings:
        """Build settings from a config table; unknown keys and bad values raise ValueError."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ValueError("thresholds: expected a table of setting = value")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in data.items():
            if key not in known:
                raise ValueError(
                    f"{key}: unknown threshold (known: {', '.join(sorted(known))})"
                )
            if key in _DURATION_KEYS:
                values[key] = parse_duration(raw, key)
            else:
                values[key] = parse_time_of_day(raw, key)
        return cls(**values)

    def to_mapping(self) -> dict[str, str]:
        """The settings as config-file text values (what an admin screen would show)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, timedelta):
                out[f.name] = format_setting_duration(value)
            else:
                out[f.name] = value.strftime("%H:%M")
        return out


_UNIT_SECONDS = {
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")
_ISO = re.compile(r"^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$")
_HHMM = re.compile(r"^(\d{1,3}):([0-5]\d)$")


def parse_duration(raw: Any, key: str = "duration") -> timedelta:
    """Read one duration setting; a ValueError names ``key``."""
    if isinstance(raw, timedelta):
        return raw
    if isinstance(raw, bool):
        raise ValueError(f"{key}: expected a duration such as \"1 h\" or 1.5, got {raw!r}")
    if isinstance(raw, int | float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise ValueError(f"{key}: expected a finite number of hours, got {raw!r}")
        return timedelta(hours=raw)
    if isinstance(raw, str):
        text = raw.strip().lower()
        iso = _ISO.match(raw.strip().upper())
        if iso and any(iso.groups()):
            h, m, s = (float(g) if g else 0.0 for g in iso.groups())
            return timedelta(hours=h, minutes=m, seconds=s)
        hhmm = _HHMM.match(text)
        if hhmm:
            return timedelta(hours=int(hhmm.group(1)), minutes=int(hhmm.group(2)))
        try:
            return timedelta(hours=float(text))
        except ValueError:
            pass
        parts = _PART.findall(text)
        if parts and _PART.sub("", text).strip() == "":
            total = 0.0
            for number, unit in parts:
                if unit not in _UNIT_SECONDS:
                    break
                total += float(number) * _UNIT_SECONDS[unit]
            else:
                return timedelta(seconds=total)
    raise ValueError(
        f"{key}: cannot read {raw!r} as a duration; use e.g. \"90 min\", \"1 h\" or 1.5 (hours)"
    )


def parse_time_of_day(raw: Any, key: str = "time") -> time:
    if isinstance(raw, time):
        return raw.replace(tzinfo=None)
    if isinstance(raw, str):
        try:
            parsed = time.fromisoformat(raw.strip())
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is None:
            return parsed
    raise ValueError(f"{key}: cannot read {raw!r} as a time of day; use e.g. \"00:00\"")


def format_setting_duration(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    hours, mins = divmod(minutes, 60)
    if mins == 0:
        return f"{hours} h"
    if hours == 0:
        return f"{mins} min"
    return f"{hours} h {mins} min"
