"""Rights repeated with the AA; interview and strip search without the AA."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity

from .conftest import H, M, at, base_events, codes, ev, make_record, only, run

START = at("2026-11-24T20:00:00Z")
NOW = START + 4 * H


def without_rights():
    return [e for e in base_events(START) if e.kind != "rights_given"]


def test_rights_not_given_is_due():
    assert only(run(make_record(without_rights()), NOW), "rights_not_given").severity is Severity.DUE


def test_rights_given_before_aa_then_repeated_with_aa_is_fine():
    events = without_rights() + [
        ev("rights_given", START + 10 * M, aa_present=False),
        ev("rights_given", START + 45 * M, aa_present=True),
    ]
    assert not {"rights_not_repeated_with_aa", "rights_repeat_due"} & codes(run(make_record(events), NOW))


def test_rights_given_without_aa_not_repeated_after_aa_arrived():
    events = without_rights() + [ev("rights_given", START + 10 * M, aa_present=False)]
    assert only(run(make_record(events), NOW), "rights_not_repeated_with_aa").severity is Severity.WARNING
    released = make_record(events + [ev("released", START + 3 * H)])
    assert only(run(released, NOW), "rights_not_repeated_with_aa").severity is Severity.BREACH


def test_rights_marked_with_aa_before_aa_arrived_needs_repeat():
    events = without_rights() + [ev("rights_given", START + 10 * M, aa_present=True)]
    assert "rights_not_repeated_with_aa" in codes(run(make_record(events), NOW))


def test_rights_repeat_due_while_aa_awaited():
    events = [e for e in without_rights() if e.kind != "aa_arrived"] + [
        ev("rights_given", START + 10 * M, aa_present=False)
    ]
    assert only(run(make_record(events), START + 30 * M), "rights_repeat_due").severity is Severity.DUE


def test_interview_without_aa_and_no_urgent_authority_is_breach():
    events = base_events(START) + [ev("interview_started", START + 2 * H, aa_present=False)]
    finding = only(run(make_record(events), NOW), "interview_without_aa")
    assert finding.severity is Severity.BREACH and "unverified" in finding.source


def test_interview_with_aa_is_fine():
    events = base_events(START) + [ev("interview_started", START + 2 * H, aa_present=True)]
    assert not {c for c in codes(run(make_record(events), NOW)) if c.startswith("interview")}


def test_urgent_interview_authorised_by_superintendent_is_not_breach():
    events = base_events(START) + [ev(
        "interview_started", START + 2 * H, aa_present=False, urgent_interview_authorised=True,
        authorised_by={"name": "Supt Green", "rank": "superintendent"},
        urgent_reason="Risk to life: missing weapon",
    )]
    assert not {c for c in codes(run(make_record(events), NOW)) if c.startswith("interview")}


def test_urgent_interview_authorised_by_inspector_is_rank_breach():
    events = base_events(START) + [ev(
        "interview_started", START + 2 * H, aa_present=False, urgent_interview_authorised=True,
        authorised_by={"name": "Insp Patel", "rank": "inspector"}, urgent_reason="Risk",
    )]
    assert "interview_urgent_authority_rank" in codes(run(make_record(events), NOW))


def test_urgent_interview_without_reason_is_incomplete():
    events = base_events(START) + [ev(
        "interview_started", START + 2 * H, aa_present=False, urgent_interview_authorised=True,
    )]
    assert "interview_urgent_record_incomplete" in codes(run(make_record(events), NOW))


def test_strip_search_without_aa_needs_reason():
    bad = base_events(START) + [ev("strip_search", START + H, aa_present=False, searcher_sex="male")]
    assert "strip_search_without_aa_no_reason" in codes(run(make_record(bad), NOW))
    ok = base_events(START) + [ev("strip_search", START + H, aa_present=False,
                                  reason_without_aa="urgent_risk_of_harm", searcher_sex="male")]
    assert "strip_search_without_aa_no_reason" not in codes(run(make_record(ok), NOW))


def test_strip_search_by_opposite_sex_is_breach():
    events = base_events(START) + [ev("strip_search", START + H, aa_present=True, searcher_sex="male")]
    result = run(make_record(events, {"female_care_officer": {"name": "PC Evans"}}, gender="female"), NOW)
    assert "strip_search_searcher_sex" in codes(result)
