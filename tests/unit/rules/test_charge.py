"""s.38(6) transfer to local-authority accommodation and the s.38(7) certificate."""

from __future__ import annotations

from datetime import date

from custody_checklist.domain.findings import Severity

from .conftest import H, M, at, base_events, codes, ev, make_record, only, review, run

START = at("2026-11-24T14:00:00Z")
CHARGED = START + 4 * H
ANSWERS = {"overnight_reasons": "Awaiting LA", "joint_risk_assessment": True}


def charged_refused(extra=(), dob=date(2010, 3, 14)):
    events = base_events(START) + [
        ev("charged", CHARGED, aa_present=True, charges="Robbery"),
        ev("bail_decision", CHARGED + 10 * M, bail_granted=False, refusal_grounds="Risk of further offences"),
        review(START + 5 * H, reviewer={"name": "PS Smith"}, reviewer_rank="sergeant"),
        *extra,
    ]
    return make_record(events, ANSWERS, dob=dob)


def request():
    return ev("la_transfer_requested", CHARGED + 20 * M, accommodation_type="non_secure",
              local_authority="Northshire Council", contact={"name": "EDT duty"})


def certificate(ground="a_impracticable", **overrides):
    details = {"ground": ground, "circumstances": "LA has no carer available tonight (EDT 21:40)",
               "note_16d_acknowledged": True, "issued_by": {"name": "PS Smith"}}
    details.update(overrides)
    return ev("certificate_issued", CHARGED + 3 * H, **details)


def test_bail_refused_without_la_request_is_warning_then_breach():
    assert only(run(charged_refused(), CHARGED + H), "la_transfer_not_requested").severity is Severity.WARNING
    left = charged_refused([ev("released", CHARGED + 10 * H, outcome="other")])
    result = run(left, CHARGED + 11 * H)
    assert only(result, "la_transfer_not_requested").severity is Severity.BREACH
    assert only(result, "transfer_or_certificate_missing").source == "PACE s.38(6)-(7)"


def test_bail_refused_request_then_transfer_is_compliant():
    record = charged_refused([request(), ev("transferred", CHARGED + 2 * H, accommodation_type="non_secure")])
    result = run(record, CHARGED + 3 * H)
    assert not {"la_transfer_not_requested", "la_transfer_pending", "transfer_or_certificate_missing"} & codes(result)


def test_bail_refused_request_pending_is_due():
    assert only(run(charged_refused([request()]), CHARGED + H), "la_transfer_pending").severity is Severity.DUE


def test_certificate_ground_a_with_circumstances_is_valid():
    result = run(charged_refused([request(), certificate()]), CHARGED + 4 * H)
    assert not {c for c in codes(result) if c.startswith(("certificate", "la_transfer", "transfer"))}


def test_certificate_ground_a_without_circumstances_is_breach():
    result = run(charged_refused([request(), certificate(circumstances="")]), CHARGED + 4 * H)
    assert only(result, "certificate_circumstances_missing").severity is Severity.BREACH


def test_certificate_ground_b_at_11y364d_is_invalid():
    dob = date(2014, 11, 25)  # 12 on 25 Nov 2026; certificate on 24 Nov
    result = run(charged_refused([request(), certificate("b_no_secure_serious_harm")], dob=dob), CHARGED + 4 * H)
    assert only(result, "certificate_ground_b_under_12").severity is Severity.BREACH


def test_certificate_ground_b_on_12th_birthday_is_allowed():
    dob = date(2014, 11, 24)
    result = run(charged_refused([request(), certificate("b_no_secure_serious_harm")], dob=dob), CHARGED + 4 * H)
    assert "certificate_ground_b_under_12" not in codes(result)


def test_certificate_ground_b_when_la_says_secure_available():
    extra = [request(), ev("la_response", CHARGED + H, response="accepted", secure_available=True),
             certificate("b_no_secure_serious_harm")]
    assert "certificate_ground_b_secure_available" in codes(run(charged_refused(extra), CHARGED + 4 * H))


def test_certificate_without_ground_or_note_16d():
    result = run(charged_refused([request(), certificate(None, note_16d_acknowledged=False)]), CHARGED + 4 * H)
    assert {"certificate_ground_missing", "certificate_note_16d_not_acknowledged"} <= codes(result)


def test_bail_granted_needs_no_transfer():
    events = base_events(START) + [ev("charged", CHARGED, aa_present=True),
                                   ev("bail_decision", CHARGED + 5 * M, bail_granted=True),
                                   ev("released", CHARGED + 30 * M)]
    result = run(make_record(events), CHARGED + H)
    assert not {c for c in codes(result) if c.startswith(("la_", "transfer", "certificate", "bail"))}


def test_charged_without_bail_decision_and_without_aa():
    events = base_events(START) + [ev("charged", CHARGED, aa_present=False)]
    result = run(make_record(events), CHARGED + H)
    assert {"bail_decision_missing", "charge_without_aa"} <= codes(result)


def test_certificate_ground_b_without_a_date_of_birth_warns_that_12_or_over_is_not_shown():
    result = run(charged_refused([request(), certificate("b_no_secure_serious_harm")], dob=None),
                 CHARGED + 4 * H)
    assert only(result, "certificate_ground_b_age_unknown").severity is Severity.WARNING
    assert "certificate_ground_b_under_12" not in codes(result)
