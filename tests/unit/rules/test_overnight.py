"""Overnight detention: 4 h or more between 00:00 and 08:00 Europe/London, absolute time."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules import RuleSettings

from .conftest import H, at, codes, ev, make_record, only, run

REASONS = {"overnight_reasons": "Awaiting interview; AA unavailable until morning",
           "joint_risk_assessment": True}


def stay(arrive, leave=None, answers=None):
    events = [ev("arrival", arrive), ev("detention_authorised", arrive)]
    if leave is not None:
        events.append(ev("released", leave))
    return make_record(events, answers)


def test_overnight_exactly_4h_in_window_counts():
    # 22:00 GMT to 04:00 GMT: 00:00-04:00 is exactly 4 h.
    record = stay(at("2026-11-24T22:00:00Z"), at("2026-11-25T04:00:00Z"))
    result = run(record, at("2026-11-25T09:00:00Z"))
    assert only(result, "held_overnight").severity is Severity.INFO
    assert "overnight_reasons_missing" in codes(result)


def test_overnight_3h59_in_window_does_not_count():
    record = stay(at("2026-11-24T22:00:00Z"), at("2026-11-25T03:59:00Z"))
    assert not {"held_overnight", "overnight_reasons_missing"} & codes(run(record, at("2026-11-25T09:00:00Z")))


def test_overnight_arrival_at_0400_still_there_at_0800_counts():
    record = stay(at("2026-11-25T04:00:00Z"))
    assert "held_overnight" in codes(run(record, at("2026-11-25T08:00:00Z")))
    late = stay(at("2026-11-25T04:01:00Z"))
    assert "held_overnight" not in codes(run(late, at("2026-11-25T09:00:00Z")))


def test_overnight_with_reasons_recorded_has_no_reasons_finding():
    record = stay(at("2026-11-24T22:00:00Z"), at("2026-11-25T06:00:00Z"), REASONS)
    result = run(record, at("2026-11-25T09:00:00Z"))
    assert "held_overnight" in codes(result)
    assert not {"overnight_reasons_missing", "joint_risk_assessment_missing"} & codes(result)


def test_overnight_autumn_night_uses_absolute_time_window_is_9h():
    # 23:00 BST 24 Oct (22:00Z) to 03:00 GMT 25 Oct (03:00Z): wall clock 00:00-03:00 looks
    # like 3 h, but 4 h really passed (the hour 01:00-02:00 happens twice).
    record = stay(at("2026-10-24T22:00:00Z"), at("2026-10-25T03:00:00Z"))
    assert "held_overnight" in codes(run(record, at("2026-10-25T10:00:00Z")))


def test_overnight_spring_night_uses_absolute_time_window_is_7h():
    # 23:00 GMT 27 Mar to 04:30 BST 28 Mar (03:30Z): wall clock 00:00-04:30 looks like
    # 4 h 30 min, but only 3 h 30 min passed (01:00-02:00 does not exist).
    record = stay(at("2027-03-27T23:00:00Z"), at("2027-03-28T03:30:00Z"))
    assert "held_overnight" not in codes(run(record, at("2027-03-28T10:00:00Z")))
    longer = stay(at("2027-03-27T23:00:00Z"), at("2027-03-28T04:00:00Z"))
    assert "held_overnight" in codes(run(longer, at("2027-03-28T10:00:00Z")))


def test_overnight_in_summer_window_is_bst():
    # 00:00-08:00 BST is 23:00Z-07:00Z: 23:00Z to 03:00Z is 4 h inside.
    record = stay(at("2026-07-01T23:00:00Z"), at("2026-07-02T03:00:00Z"))
    assert "held_overnight" in codes(run(record, at("2026-07-02T09:00:00Z")))
    record = stay(at("2026-07-01T23:30:00Z"), at("2026-07-02T03:00:00Z"))
    assert "held_overnight" not in codes(run(record, at("2026-07-02T09:00:00Z")))


def test_overnight_possible_warns_before_threshold():
    record = stay(at("2026-11-24T21:00:00Z"))
    # Held overnight from 04:00 (4 h after 00:00); notice 4 h before that, i.e. from 00:00.
    early = run(record, at("2026-11-24T23:59:00Z"))
    assert "overnight_possible" not in codes(early)
    assert [d.due_at for d in early.deadlines if d.code == "overnight"] == [at("2026-11-25T04:00:00Z")]
    finding = only(run(record, at("2026-11-25T00:00:00Z")), "overnight_possible")
    assert finding.due_at == at("2026-11-25T04:00:00Z") == at("2026-11-25T00:00:00Z") + 4 * H
    at_threshold = codes(run(record, at("2026-11-25T04:00:00Z")))
    assert "held_overnight" in at_threshold and "overnight_possible" not in at_threshold


def test_overnight_window_and_minimum_configurable():
    settings = RuleSettings.from_mapping({"overnight_start": "22:00", "overnight_end": "07:00",
                                          "overnight_minimum": 2})
    record = stay(at("2026-11-24T21:00:00Z"), at("2026-11-25T00:00:00Z"))
    assert "held_overnight" in codes(run(record, at("2026-11-25T09:00:00Z"), settings))
    assert "held_overnight" not in codes(run(record, at("2026-11-25T09:00:00Z")))


def test_overnight_after_charge_and_bail_refused_is_warning():
    events = [ev("arrival", at("2026-11-24T15:00:00Z")), ev("detention_authorised", at("2026-11-24T15:00:00Z")),
              ev("charged", at("2026-11-24T21:00:00Z"), aa_present=True),
              ev("bail_decision", at("2026-11-24T21:10:00Z"), bail_granted=False),
              ev("released", at("2026-11-25T09:00:00Z"))]
    result = run(make_record(events, REASONS), at("2026-11-25T10:00:00Z"))
    assert only(result, "held_overnight_post_charge").severity is Severity.WARNING
