"""PACE s.40 reviews: due times, lateness at the minute, postponement, reviewer, clock changes."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.timeutil import format_local

from .conftest import (
    INSPECTOR,
    SERGEANT,
    H,
    M,
    at,
    base_events,
    codes,
    ev,
    make_record,
    only,
    review,
    run,
)

START = at("2026-11-24T20:00:00Z")


def test_first_review_exactly_6h00_after_authorisation_is_on_time():
    record = make_record(base_events(START) + [review(START + 6 * H)])
    result = run(record, START + 7 * H)
    assert "review_late" not in codes(result)


def test_first_review_6h01_after_authorisation_is_late_breach():
    record = make_record(base_events(START) + [review(START + 6 * H + M)])
    finding = only(run(record, START + 7 * H), "review_late")
    assert finding.severity is Severity.BREACH
    assert finding.due_at == START + 6 * H
    assert finding.source == "PACE s.40(3)(a)"
    assert finding.event_kind == "review" and finding.event_id


def test_first_review_due_from_first_detention_authorised_not_a_later_one():
    events = base_events(START) + [ev("detention_authorised", START + 3 * H)]
    result = run(make_record(events), START + 6 * H + M)
    assert only(result, "review_overdue").due_at == START + 6 * H


def test_review_not_yet_due_is_due_then_warning_within_lead():
    record = make_record(base_events(START))
    due = only(run(record, START + 5 * H), "review_due")
    assert due.severity is Severity.DUE and due.due_at == START + 6 * H
    soon = only(run(record, START + 5 * H + 30 * M), "review_due_soon")
    assert soon.severity is Severity.WARNING


def test_review_overdue_in_custody_at_6h01_not_at_6h00():
    record = make_record(base_events(START))
    assert "review_overdue" not in codes(run(record, START + 6 * H))
    assert only(run(record, START + 6 * H + M), "review_overdue").severity is Severity.BREACH


def test_second_review_due_9h_after_actual_first_review():
    events = base_events(START) + [review(START + 4 * H)]
    result = run(make_record(events), START + 5 * H)
    assert only(result, "review_due").due_at == START + 13 * H
    late = make_record(events + [review(START + 13 * H + M)])
    assert only(run(late, START + 14 * H), "review_late").due_at == START + 13 * H
    on_time = make_record(events + [review(START + 13 * H)])
    assert "review_late" not in codes(run(on_time, START + 14 * H))


def test_second_review_after_late_first_measured_from_actual_first():
    events = base_events(START) + [review(START + 7 * H)]
    result = run(make_record(events), START + 8 * H)
    assert only(result, "review_due").due_at == START + 16 * H


def test_postponed_review_with_reason_is_not_late_and_does_not_move_next_due():
    events = base_events(START) + [
        ev("review_postponed", START + 6 * H, reason="Child asleep", postponed_by=INSPECTOR),
        review(START + 7 * H),
    ]
    result = run(make_record(events), START + 8 * H)
    assert "review_late" not in codes(result)
    assert only(result, "review_postponed").severity is Severity.INFO
    # Next review stays 9 h after the original due time (6 h + 9 h), not after 7 h.
    assert only(result, "review_due").due_at == START + 15 * H


def test_postponed_review_pending_is_due_not_breach():
    events = base_events(START) + [ev("review_postponed", START + 5 * H, reason="In interview")]
    result = run(make_record(events), START + 6 * H + 30 * M)
    assert "review_overdue" not in codes(result)
    assert only(result, "review_postponed").severity is Severity.DUE


def test_postponement_without_reason_does_not_excuse_late_review():
    events = base_events(START) + [ev("review_postponed", START + 5 * H), review(START + 7 * H)]
    result = run(make_record(events), START + 8 * H)
    assert {"review_late", "review_postponement_reason_missing"} <= codes(result)


def test_postponement_recorded_after_due_does_not_excuse():
    events = base_events(START) + [
        ev("review_postponed", START + 6 * H + M, reason="late entry"),
        review(START + 7 * H),
    ]
    result = run(make_record(events), START + 8 * H)
    assert {"review_late", "review_postponement_after_due"} <= codes(result)


def test_no_review_finding_for_child_released_before_first_review_due():
    events = base_events(START) + [ev("released", START + 5 * H + 59 * M)]
    result = run(make_record(events), START + 20 * H)
    assert not {c for c in codes(result) if c.startswith("review")}


def test_released_exactly_at_review_due_time_needs_no_review():
    events = base_events(START) + [ev("released", START + 6 * H)]
    assert not {c for c in codes(run(make_record(events), START + 20 * H)) if c.startswith("review")}


def test_released_after_review_due_without_review_is_breach():
    events = base_events(START) + [ev("released", START + 6 * H + M)]
    finding = only(run(make_record(events), START + 20 * H), "review_overdue")
    assert finding.severity is Severity.BREACH


def test_transfer_to_la_ends_review_schedule():
    events = base_events(START) + [ev("transferred", START + 5 * H)]
    assert "review_overdue" not in codes(run(make_record(events), START + 20 * H))


def test_pre_charge_review_by_sergeant_is_rank_breach():
    events = base_events(START) + [review(START + 5 * H, reviewer=SERGEANT, reviewer_rank="sergeant")]
    assert only(run(make_record(events), START + 6 * H), "review_rank_too_low").source == "PACE s.40(1)(b)"


def test_pre_charge_review_by_chief_inspector_is_fine():
    events = base_events(START) + [review(START + 5 * H, reviewer_rank="chief_inspector")]
    assert "review_rank_too_low" not in codes(run(make_record(events), START + 6 * H))


def test_pre_charge_reviewer_involved_in_investigation_is_breach():
    events = base_events(START) + [review(START + 5 * H, reviewer_involved=True)]
    assert only(run(make_record(events), START + 6 * H), "review_officer_involved").severity is Severity.BREACH


def test_post_charge_review_by_custody_sergeant_is_fine():
    events = base_events(START) + [
        review(START + 5 * H),
        ev("charged", START + 8 * H, aa_present=True, charges="Robbery"),
        ev("bail_decision", START + 8 * H + 10 * M, bail_granted=True),
        review(START + 14 * H, reviewer=SERGEANT, reviewer_rank="sergeant", after_charge=True),
    ]
    result = run(make_record(events), START + 15 * H)
    assert not {"review_rank_too_low", "review_post_charge_not_custody_officer"} & codes(result)


def test_post_charge_review_by_police_staff_is_breach():
    events = base_events(START) + [
        ev("charged", START + 2 * H, aa_present=True),
        review(START + 5 * H, reviewer={"name": "DDO Brown", "rank": "staff"}, reviewer_rank="staff"),
    ]
    finding = only(run(make_record(events), START + 6 * H), "review_post_charge_not_custody_officer")
    assert finding.severity is Severity.BREACH


def test_review_missing_rank_and_rationale_is_incomplete_warning():
    events = base_events(START) + [review(START + 5 * H, reviewer_rank=None, reviewer={"name": "X"}, rationale="")]
    finding = only(run(make_record(events), START + 6 * H), "review_record_incomplete")
    assert "rank" in finding.message and "rationale" in finding.message


def test_autumn_clock_change_first_review_due_0430_gmt():
    # 23:30 BST on Saturday 24 Oct 2026 = 22:30Z; the clocks go back at 02:00 BST.
    authorised = at("2026-10-24T23:30:00+01:00")
    assert authorised == at("2026-10-24T22:30:00Z")
    record = make_record(base_events(authorised))
    finding = only(run(record, at("2026-10-25T01:00:00Z")), "review_due")
    assert finding.due_at == at("2026-10-25T04:30:00Z")
    assert format_local(finding.due_at) == "25/10/2026 04:30 GMT"
    late = make_record(base_events(authorised) + [review(at("2026-10-25T04:31:00Z"))])
    assert "review_late" in codes(run(late, at("2026-10-25T06:00:00Z")))
    on_time = make_record(base_events(authorised) + [review(at("2026-10-25T04:30:00Z"))])
    assert "review_late" not in codes(run(on_time, at("2026-10-25T06:00:00Z")))


def test_spring_clock_change_first_review_due_0630_bst():
    # 23:30 GMT on Saturday 27 Mar 2027 = 23:30Z; the clocks go forward at 01:00 GMT.
    authorised = at("2027-03-27T23:30:00Z")
    record = make_record(base_events(authorised))
    finding = only(run(record, at("2027-03-28T01:30:00Z")), "review_due")
    assert finding.due_at == at("2027-03-28T05:30:00Z")
    assert format_local(finding.due_at) == "28/03/2027 06:30 BST"
    second = make_record(base_events(authorised) + [review(at("2027-03-28T05:30:00Z"))])
    assert only(run(second, at("2027-03-28T06:00:00Z")), "review_due").due_at == at(
        "2027-03-28T14:30:00Z"
    )


def test_review_deadlines_listed_with_met_times():
    events = base_events(START) + [review(START + 5 * H)]
    deadlines = [d for d in run(make_record(events), START + 6 * H).deadlines if d.code == "review"]
    assert [(d.due_at, d.met_at) for d in deadlines] == [
        (START + 6 * H, START + 5 * H),
        (START + 14 * H, None),
    ]
