"""Care: girl with a named woman, cell reason, never with an adult, 8 h rest in 24."""

from __future__ import annotations

from datetime import timedelta

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules import RuleSettings

from .conftest import H, M, at, base_events, codes, ev, make_record, only, review, run

START = at("2026-11-24T20:00:00Z")
ARRIVAL = START - 15 * M


def test_girl_without_named_woman_is_warning_in_custody_breach_after():
    record = make_record(base_events(START), gender="female")
    finding = only(run(record, START + H), "girl_no_female_care_officer")
    assert finding.severity is Severity.WARNING and finding.source == "PACE Code C 3.20A"
    released = make_record(base_events(START) + [ev("released", START + 2 * H)], gender="female")
    assert only(run(released, START + 3 * H), "girl_no_female_care_officer").severity is Severity.BREACH


def test_girl_with_named_woman_is_fine_and_boy_needs_none():
    record = make_record(base_events(START), {"female_care_officer": {"name": "PC 77 Evans"}}, gender="female")
    assert "girl_no_female_care_officer" not in codes(run(record, START + H))
    assert "girl_no_female_care_officer" not in codes(run(make_record(base_events(START)), START + H))


def test_cell_needs_reason():
    record = make_record(base_events(START), {"accommodation": "cell"})
    assert "unverified" in only(run(record, START + H), "cell_reason_missing").source
    ok = make_record(base_events(START), {"accommodation": "cell", "cell_reason": "Detention room out of use"})
    assert "cell_reason_missing" not in codes(run(ok, START + H))


def test_held_with_adult_is_breach():
    record = make_record(base_events(START), {"held_with_adult": True})
    assert only(run(record, START + H), "held_with_adult").severity is Severity.BREACH


def long_stay(extra):
    reviews = [review(START + 5 * H), review(START + 13 * H), review(START + 21 * H)]
    return make_record(base_events(START) + reviews + extra, {"overnight_reasons": "x", "joint_risk_assessment": True})


def test_rest_deadline_16h_after_arrival_without_rest():
    result = run(long_stay([]), ARRIVAL + 15 * H)
    assert [d.due_at for d in result.deadlines if d.code == "rest"] == [ARRIVAL + 16 * H]
    assert "rest_start_overdue" not in codes(result)
    assert "rest_due_soon" in codes(run(long_stay([]), ARRIVAL + 15 * H + 45 * M))


def test_rest_not_started_16h01_after_arrival_is_warning():
    assert only(run(long_stay([]), ARRIVAL + 16 * H + M), "rest_start_overdue").severity is Severity.WARNING


def test_rest_started_exactly_16h_after_arrival_is_in_time():
    result = run(long_stay([ev("rest_started", ARRIVAL + 16 * H)]), ARRIVAL + 20 * H)
    assert not {"rest_start_overdue", "rest_period_missing"} & codes(result)


def test_no_8h_rest_in_first_24h_is_breach():
    result = run(long_stay([]), ARRIVAL + 24 * H + M)
    assert only(result, "rest_period_missing").severity is Severity.BREACH


def test_rest_7h59_is_not_enough_8h_is():
    short = long_stay([ev("rest_started", ARRIVAL + 2 * H), ev("rest_ended", ARRIVAL + 9 * H + 59 * M)])
    assert "rest_period_missing" in codes(run(short, ARRIVAL + 24 * H + M))
    enough = long_stay([ev("rest_started", ARRIVAL + 2 * H), ev("rest_ended", ARRIVAL + 10 * H)])
    assert "rest_period_missing" not in codes(run(enough, ARRIVAL + 24 * H + M))


def test_released_before_24h_without_rest_is_no_breach():
    record = make_record(base_events(START) + [review(START + 5 * H), ev("released", ARRIVAL + 20 * H)],
                         {"overnight_reasons": "x", "joint_risk_assessment": True})
    assert "rest_period_missing" not in codes(run(record, ARRIVAL + 30 * H))


def _two_rests(second_start_after_first_end):
    first_end = ARRIVAL + 8 * H
    return long_stay([
        ev("rest_started", ARRIVAL), ev("rest_ended", first_end),
        ev("rest_started", first_end + second_start_after_first_end),
        ev("rest_ended", first_end + second_start_after_first_end + 8 * H),
    ])


def test_rest_gap_of_exactly_16h_between_rests_is_allowed():
    record = _two_rests(16 * H)
    assert "rest_gap_too_long" not in codes(run(record, ARRIVAL + 40 * H))


def test_rest_gap_of_16h01_between_rests_is_a_breach_even_when_each_24h_block_has_rest():
    """Code C 12.2 'any 24 hours': rests at 0-8 h and 40-48 h leave 32 h awake."""
    record = _two_rests(32 * H)
    result = run(record, ARRIVAL + 49 * H)
    assert "rest_period_missing" not in codes(result)  # each block from arrival has a rest
    assert only(result, "rest_gap_too_long").severity is Severity.BREACH
    assert "rest_gap_too_long" in codes(run(_two_rests(16 * H + M), ARRIVAL + 40 * H))


def test_the_same_rest_recorded_twice_is_judged_not_reported_as_a_rule_error():
    """Two terminals can record the same rest: identical starts and ends must still be
    ordered (they were compared as events, a TypeError, so the rest checks were lost)."""
    record = _two_rests(32 * H)
    record.events += [ev("rest_started", ARRIVAL), ev("rest_ended", ARRIVAL + 8 * H)]
    result = run(record, ARRIVAL + 49 * H)
    assert "rule_error" not in codes(result)
    assert only(result, "rest_gap_too_long").severity is Severity.BREACH
    twice_in_order = _two_rests(16 * H)
    twice_in_order.events += [ev("rest_started", ARRIVAL), ev("rest_ended", ARRIVAL + 8 * H)]
    result = run(twice_in_order, ARRIVAL + 40 * H)
    assert "rule_error" not in codes(result) and "rest_gap_too_long" not in codes(result)


def test_rest_texts_follow_the_configured_rest_and_window():
    """Code C 12.2 numbers are settings: a force that tunes them sees its own numbers."""
    settings = RuleSettings(rest_hours=timedelta(hours=7, minutes=30), rest_window=timedelta(hours=20))
    result = run(long_stay([]), ARRIVAL + 21 * H, settings)
    labels = [d.label for d in result.deadlines if d.code == "rest"]
    assert labels and labels[0].startswith("Start of 7 h 30 min rest in the 20 h from ")
    assert "rest is recorded in the 20 h from" in only(result, "rest_period_missing").message
    default = [d.label for d in run(long_stay([]), ARRIVAL + 15 * H).deadlines if d.code == "rest"]
    assert default[0].startswith("Start of 8 h rest in the 24 h from ")
