"""CSC referral decision, Voice of the Child, welfare person informed."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity

from .conftest import H, at, base_events, codes, ev, make_record, only, run

START = at("2026-11-24T20:00:00Z")
NOW = START + H


def test_csc_decision_required_for_flags_open_case_or_looked_after():
    for answers in ({"vulnerability_flags": ["county_lines"]}, {"csc_open_case": True}, {"looked_after": True}):
        finding = only(run(make_record(base_events(START), answers), NOW), "csc_referral_decision_missing")
        assert finding.severity is Severity.DUE and finding.question_id == "csc_referral_made"


def test_csc_no_flags_none_selected_needs_no_decision():
    assert "csc_referral_decision_missing" not in codes(run(make_record(base_events(START)), NOW))


def test_csc_referral_not_made_needs_reason():
    answers = {"vulnerability_flags": ["missing_from_home"], "csc_referral_made": False}
    assert "csc_referral_reason_missing" in codes(run(make_record(base_events(START), answers), NOW))
    answers["csc_referral_not_made_reason"] = "Already open to CSC; social worker informed"
    assert "csc_referral_reason_missing" not in codes(run(make_record(base_events(START), answers), NOW))


def test_csc_referral_event_counts_as_decision():
    events = base_events(START) + [ev("csc_referral", START + H / 2, reference="MASH-123", team="mash")]
    result = run(make_record(events, {"vulnerability_flags": ["cce"], "nrm_referral": False}), NOW)
    assert not {c for c in codes(result) if c.startswith(("csc", "nrm"))}


def test_nrm_prompt_for_exploitation_flags():
    answers = {"vulnerability_flags": ["county_lines"], "csc_referral_made": True, "csc_referral_reference": "R"}
    assert "nrm_referral_not_considered" in codes(run(make_record(base_events(START), answers), NOW))


def test_voice_needs_own_words_or_declined_plus_demeanour():
    result = run(make_record(base_events(START), {"voc_own_words": "", "voc_behaviour_demeanour": None}), NOW)
    assert {"voc_own_words_missing", "voc_demeanour_missing"} <= codes(result)
    declined = {"voc_own_words": "", "voc_declined_to_speak": True}
    assert not {c for c in codes(run(make_record(base_events(START), declined), NOW)) if c.startswith("voc")}


def test_voice_missing_after_release_is_warning():
    events = base_events(START) + [ev("released", START + 2 * H)]
    result = run(make_record(events, {"voc_behaviour_demeanour": ""}), START + 3 * H)
    assert only(result, "voc_demeanour_missing").severity is Severity.WARNING


def test_welfare_missing_then_not_practicable_needs_reason():
    events = [e for e in base_events(START) if e.kind != "welfare_informed"]
    assert "welfare_informed_missing" in codes(run(make_record(events, {"welfare_informed": None}), NOW))
    result = run(make_record(events, {"welfare_informed": False}), NOW)
    assert "welfare_not_informed_no_reason" in codes(result)
    ok = {"welfare_informed": False, "welfare_not_practicable_reason": "No contact details; LA EDT asked"}
    assert not {c for c in codes(run(make_record(events, ok), NOW)) if c.startswith("welfare")}


def test_welfare_told_incomplete():
    result = run(make_record(base_events(START), {"welfare_told": ["arrest"]}), NOW)
    assert "where the child is held" in only(result, "welfare_told_incomplete").message
