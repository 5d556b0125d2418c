"""Instants in UTC, shown in Europe/London, across both clock changes."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from custody_checklist.domain.timeutil import (
    LONDON,
    TimeFormatError,
    age_on,
    format_duration,
    format_instant,
    format_local,
    local_date,
    parse_instant,
    parse_local,
)


def test_parse_instant_requires_an_offset_because_0130_happens_twice_when_clocks_go_back():
    with pytest.raises(TimeFormatError, match="no UTC offset"):
        parse_instant("2026-10-25T01:30:00")


def test_parse_instant_accepts_z_and_offsets_and_returns_utc():
    assert parse_instant("2026-10-24T23:30:00+01:00") == datetime(2026, 10, 24, 22, 30, tzinfo=UTC)
    assert parse_instant("2026-10-24T22:30:00Z") == datetime(2026, 10, 24, 22, 30, tzinfo=UTC)


@pytest.mark.parametrize("bad", ["", "yesterday", "2026-13-01T00:00:00Z", "24/10/2026 23:30"])
def test_parse_instant_rejects_unreadable_text(bad):
    with pytest.raises(TimeFormatError):
        parse_instant(bad)


def test_six_hours_after_2330_bst_on_the_night_clocks_go_back_is_0430_gmt():
    authorised = parse_local("2026-10-24T23:30")
    due = authorised + timedelta(hours=6)
    assert format_local(authorised) == "24/10/2026 23:30 BST"
    assert format_local(due) == "25/10/2026 04:30 GMT"


def test_six_hours_after_2330_gmt_on_the_night_clocks_go_forward_is_0630_bst():
    authorised = parse_local("2027-03-27T23:30")
    assert format_local(authorised + timedelta(hours=6)) == "28/03/2027 06:30 BST"


def test_format_instant_round_trips():
    moment = datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC)
    assert parse_instant(format_instant(moment)) == moment
    assert format_instant(moment) == "2026-03-29T00:59:59Z"


def test_age_uses_the_london_date_not_the_utc_date():
    # 23:30 BST on 13 March is still 13 March in London although it is 22:30Z the same day;
    # 00:30 BST on 14 July is 23:30Z on 13 July: in London the child has turned 18.
    dob = date(2008, 7, 14)
    assert age_on(dob, datetime(2026, 7, 13, 23, 30, tzinfo=UTC)) == 18
    assert age_on(dob, datetime(2026, 7, 13, 22, 59, tzinfo=UTC)) == 17


def test_age_the_day_before_the_18th_birthday_is_17():
    assert age_on(date(2008, 11, 26), datetime(2026, 11, 25, 12, tzinfo=UTC)) == 17
    assert age_on(date(2008, 11, 25), datetime(2026, 11, 25, 12, tzinfo=UTC)) == 18


def test_leap_day_birthday_is_reached_on_1_march_in_a_common_year():
    assert age_on(date(2008, 2, 29), datetime(2026, 2, 28, 12, tzinfo=UTC)) == 17
    assert age_on(date(2008, 2, 29), datetime(2026, 3, 1, 12, tzinfo=UTC)) == 18


def test_local_date_matches_the_time_zone_every_minute_around_both_2026_clock_changes():
    """The cached local date (per UTC hour) must agree with zoneinfo at the changes:
    local midnight is 23:00 UTC in summer time and 00:00 UTC in winter."""
    for start in (datetime(2026, 3, 28, 20, 0, tzinfo=UTC), datetime(2026, 10, 24, 20, 0, tzinfo=UTC)):
        for minute in range(0, 2 * 24 * 60, 7):
            moment = start + timedelta(minutes=minute, seconds=minute % 60)
            assert local_date(moment) == moment.astimezone(LONDON).date(), moment


def test_local_date_of_2300_utc_in_summer_is_the_next_day_in_london():
    assert local_date(datetime(2026, 7, 1, 22, 59, 59, tzinfo=UTC)) == date(2026, 7, 1)
    assert local_date(datetime(2026, 7, 1, 23, 0, tzinfo=UTC)) == date(2026, 7, 2)
    assert local_date(datetime(2026, 12, 1, 23, 59, 59, tzinfo=UTC)) == date(2026, 12, 1)


def test_format_duration_rounds_down_to_whole_minutes_either_side_of_zero():
    assert format_duration(timedelta(hours=5, minutes=7, seconds=59, microseconds=999_999)) == "5 h 07 min"
    assert format_duration(timedelta(0)) == "0 h 00 min"
    assert format_duration(timedelta(seconds=-1)) == "-0 h 01 min"
    assert format_duration(timedelta(hours=-2, seconds=-30)) == "-2 h 01 min"
    assert format_duration(timedelta(days=2, minutes=1)) == "48 h 01 min"


def _reference_format_local(moment: datetime, *, with_zone: bool = True) -> str:
    """A plain zoneinfo + strftime-style rendering, without any cache."""
    local = moment.astimezone(LONDON)
    text = f"{local.day:02d}/{local.month:02d}/{local.year:04d} {local.hour:02d}:{local.minute:02d}"
    return f"{text} {local.tzname()}" if with_zone else text


def test_format_local_matches_zoneinfo_every_minute_around_both_2026_clock_changes():
    for start in (datetime(2026, 3, 28, 20, 0, tzinfo=UTC), datetime(2026, 10, 24, 20, 0, tzinfo=UTC)):
        for minute in range(2 * 24 * 60):
            _assert_formats_as_reference(start + timedelta(minutes=minute, seconds=minute % 60))


def test_format_local_matches_zoneinfo_every_hour_of_a_year():
    start = datetime(2026, 1, 1, 0, 17, 42, tzinfo=UTC)
    for hour in range(366 * 24):
        _assert_formats_as_reference(start + timedelta(hours=hour, minutes=hour % 43))


def _assert_formats_as_reference(moment: datetime) -> None:
    assert format_local(moment) == _reference_format_local(moment), moment
    assert format_local(moment, with_zone=False) == _reference_format_local(moment, with_zone=False), moment


def test_format_local_accepts_other_offsets_and_refuses_naive_times():
    bst = timezone(timedelta(hours=1))
    assert format_local(datetime(2026, 10, 24, 23, 30, tzinfo=bst)) == "24/10/2026 23:30 BST"
    assert format_local(datetime(2026, 10, 24, 23, 30, tzinfo=LONDON)) == "24/10/2026 23:30 BST"
    assert format_local(None) == "Not recorded"
    with pytest.raises(TimeFormatError):
        format_local(datetime(2026, 10, 24, 23, 30))


def test_before_1848_london_kept_local_mean_time_and_is_not_cached_per_hour():
    # LMT was 1 min 15 s behind UTC: 00:00:30 UTC was still the previous day in London.
    moment = datetime(1800, 6, 1, 0, 0, 30, tzinfo=UTC)
    assert local_date(moment) == date(1800, 5, 31)
    assert format_local(moment) == _reference_format_local(moment)
    assert local_date(datetime(1, 1, 1, 0, 30, tzinfo=UTC)) == date(1, 1, 1)
    # GMT began at 00:01:15 UTC on 1 December 1847.
    assert local_date(datetime(1847, 12, 1, 0, 0, 30, tzinfo=UTC)) == date(1847, 11, 30)
    assert local_date(datetime(1847, 12, 1, 0, 1, 15, tzinfo=UTC)) == date(1847, 12, 1)
    for moment in (datetime(1847, 12, 31, 23, 59, tzinfo=UTC), datetime(1848, 1, 1, 0, 0, tzinfo=UTC)):
        assert local_date(moment) == moment.astimezone(LONDON).date()
        assert format_local(moment) == _reference_format_local(moment)


@pytest.mark.parametrize(
    ("dob", "local_day", "expected"),
    [
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        (date(2008, 11, 26), date(2026, 11, 25), 17),  # 17 years 364 days
        (date(2008, 11, 26), date(2026, 11, 26), 18),  # the 18th birthday
        (date(2008, 12, 31), date(2026, 12, 30), 17),
        (date(2008, 12, 31), date(2026, 12, 31), 18),
        (date(2009, 1, 1), date(2026, 12, 31), 17),
        (date(2009, 1, 1), date(2027, 1, 1), 18),
    ],
)
def test_age_on_birthday_boundaries_for_dates_and_date_subclasses(dob, local_day, expected):
    moment = datetime(local_day.year, local_day.month, local_day.day, 12, tzinfo=LONDON)
    assert age_on(dob, moment.astimezone(UTC)) == expected
    # A date subclass takes the general path (this year's birthday built with replace()).
    assert age_on(_Day(dob.year, dob.month, dob.day), moment.astimezone(UTC)) == expected


class _Day(date):
    pass
