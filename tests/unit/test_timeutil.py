"""Instants in UTC, shown in Europe/London, across both clock changes."""

from datetime import UTC, date, datetime, timedelta

import pytest

from custody_checklist.domain.timeutil import (
    TimeFormatError,
    age_on,
    format_instant,
    format_local,
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
