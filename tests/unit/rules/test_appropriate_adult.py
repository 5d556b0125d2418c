"""Appropriate adult: delay against the local standard at the thresholds, eligibility."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules import RuleSettings

from .conftest import H, M, at, base_events, codes, make_record, only, run

START = at("2026-11-24T20:00:00Z")
NOW = START + 5 * H
DELAY = {"aa_delay_reason": "Mother at work, arranged cover."}


def aa_codes(result):
    return codes(result) & {"aa_arrival_delayed", "aa_arrival_late", "aa_awaited"}


def test_aa_arrived_exactly_1h_after_authorisation_is_within_standard():
    assert aa_codes(run(make_record(base_events(START, aa_after=H)), NOW)) == set()


def test_aa_arrived_1h01_is_warning_local_standard():
    finding = only(run(make_record(base_events(START, aa_after=H + M), DELAY), NOW), "aa_arrival_delayed")
    assert finding.severity is Severity.WARNING
    assert finding.source.startswith("local standard")


def test_aa_arrived_exactly_2h_is_warning_not_breach():
    result = run(make_record(base_events(START, aa_after=2 * H), DELAY), NOW)
    assert aa_codes(result) == {"aa_arrival_delayed"}


def test_aa_arrived_2h01_is_breach():
    result = run(make_record(base_events(START, aa_after=2 * H + M), DELAY), NOW)
    assert only(result, "aa_arrival_late").severity is Severity.BREACH
    assert "aa_delay_reason_missing" not in codes(result)


def test_aa_delay_reason_required_when_late():
    result = run(make_record(base_events(START, aa_after=90 * M)), NOW)
    assert "aa_delay_reason_missing" in codes(result)


def test_aa_still_awaited_graded_on_now():
    events = [e for e in base_events(START) if e.kind not in ("aa_arrived", "rights_given")]
    record = make_record(events)
    assert only(run(record, START + 20 * M), "aa_awaited").severity is Severity.DUE
    assert only(run(record, START + 40 * M), "aa_awaited").severity is Severity.WARNING
    assert "aa_arrival_delayed" in codes(run(record, START + H + M))
    assert "aa_arrival_late" in codes(run(record, START + 2 * H + M))


def test_aa_thresholds_come_from_settings():
    settings = RuleSettings.from_mapping({"aa_warning_after": "30 min", "aa_breach_after": "45 min"})
    result = run(make_record(base_events(START, aa_after=46 * M), DELAY), NOW, settings)
    assert "aa_arrival_late" in codes(result)


def test_aa_not_requested_is_due_then_warning():
    events = [e for e in base_events(START) if not e.kind.startswith("aa_")]
    record = make_record(events)
    assert only(run(record, START + 30 * M), "aa_not_requested").severity is Severity.DUE
    assert only(run(record, START + 2 * H), "aa_not_requested").severity is Severity.WARNING


def test_aa_deadline_listed_and_met():
    deadline = next(d for d in run(make_record(base_events(START)), NOW).deadlines if d.code == "aa_arrival")
    assert deadline.due_at == START + H and deadline.met_at == START + 40 * M


def test_aa_ineligible_victim_is_breach_naming_reason():
    record = make_record(base_events(START), {"aa_disqualifiers": ["victim"]})
    finding = only(run(record, NOW), "aa_ineligible")
    assert finding.severity is Severity.BREACH and "victim" in finding.message
    assert finding.question_id == "aa_disqualifiers"


def test_aa_each_disqualifier_is_ineligible():
    for value in ("under_18", "police", "suspect", "witness", "involved_in_investigation",
                  "received_admissions", "estranged_parent_objected_to", "solicitor_acting"):
        record = make_record(base_events(START), {"aa_disqualifiers": [value]})
        assert "aa_ineligible" in codes(run(record, NOW)), value


def test_aa_eligibility_not_recorded_after_arrival():
    record = make_record(base_events(START), {"aa_disqualifiers": None})
    assert "aa_eligibility_not_recorded" in codes(run(record, NOW))


def test_aa_parent_when_child_to_parent_violence_flagged():
    record = make_record(base_events(START), {"vulnerability_flags": ["child_to_parent_violence"],
                                              "csc_referral_made": True,
                                              "csc_referral_reference": "R1"})
    assert "aa_parent_possible_victim" in codes(run(record, NOW))
