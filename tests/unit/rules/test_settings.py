"""RuleSettings: documented defaults, config parsing, errors that name the bad key."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from custody_checklist.domain.rules import RuleSettings


def test_settings_defaults_match_the_documented_values():
    s = RuleSettings()
    assert s.aa_warning_after == timedelta(hours=1)
    assert s.aa_breach_after == timedelta(hours=2)
    assert s.first_review_after == timedelta(hours=6)
    assert s.review_interval == timedelta(hours=9)
    assert s.detention_limit == timedelta(hours=24)
    assert s.extended_limit == timedelta(hours=36)
    assert s.rest_hours == timedelta(hours=8) and s.rest_window == timedelta(hours=24)
    assert (s.overnight_start, s.overnight_end) == (time(0), time(8))
    assert s.overnight_minimum == timedelta(hours=4)
    assert s.due_soon_lead == timedelta(minutes=30)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1.5, timedelta(hours=1, minutes=30)),
        (2, timedelta(hours=2)),
        ("90 min", timedelta(minutes=90)),
        ("1 h", timedelta(hours=1)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("8 hours", timedelta(hours=8)),
        ("01:30", timedelta(hours=1, minutes=30)),
        ("PT45M", timedelta(minutes=45)),
        ("3", timedelta(hours=3)),
        (timedelta(minutes=20), timedelta(minutes=20)),
    ],
)
def test_settings_from_mapping_reads_durations(raw, expected):
    assert RuleSettings.from_mapping({"review_interval": raw}).review_interval == expected


def test_settings_from_mapping_reads_times_of_day():
    s = RuleSettings.from_mapping({"overnight_start": "22:00", "overnight_end": time(7, 0)})
    assert (s.overnight_start, s.overnight_end) == (time(22), time(7))


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"aa_warn_after": 1}, "aa_warn_after"),
        ({"review_interval": "nine hours"}, "review_interval"),
        ({"review_interval": True}, "review_interval"),
        ({"review_interval": -1}, "review_interval"),
        ({"first_review_after": 0}, "first_review_after"),
        ({"aa_warning_after": 3}, "aa_breach_after"),
        ({"extended_limit": 12}, "extended_limit"),
        ({"overnight_start": "25:00"}, "overnight_start"),
        ({"overnight_end": 8}, "overnight_end"),
        ({"detention_limit": float("nan")}, "detention_limit"),
        ({"rest_hours": "10 furlongs"}, "rest_hours"),
    ],
)
def test_settings_from_mapping_bad_value_names_the_key(data, key):
    with pytest.raises(ValueError, match=key):
        RuleSettings.from_mapping(data)


def test_settings_round_trip_through_mapping():
    s = RuleSettings.from_mapping({"aa_warning_after": "45 min", "overnight_start": "23:30"})
    assert RuleSettings.from_mapping(s.to_mapping()) == s


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        RuleSettings().aa_warning_after = timedelta(0)  # type: ignore[misc]
