"""24 h / 36 h detention clock (PACE s.41, s.42) and detention authorised."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity

from .conftest import H, M, at, base_events, codes, ev, make_record, only, review, run

START = at("2026-11-24T20:00:00Z")  # detention authorised; arrival 15 min earlier
ARRIVAL = START - 15 * M


def reviews():
    return [review(START + 5 * H), review(START + 13 * H), review(START + 21 * H)]


def superintendent_extension(when, **overrides):
    details = {
        "authorised_by": {"name": "Supt 12 Green", "rank": "superintendent"},
        "rank": "superintendent",
        "indictable_offence": True,
        "reasons": "Further interviews needed; evidence being examined.",
        "limit_hours": 36,
    }
    details.update(overrides)
    return ev("extension_authorised", when, **details)


def test_24h_limit_exactly_reached_at_charge_is_not_breach():
    events = base_events(START) + reviews() + [ev("charged", ARRIVAL + 24 * H, aa_present=True)]
    assert "detention_limit_exceeded" not in codes(run(make_record(events), ARRIVAL + 25 * H))


def test_24h_limit_exceeded_by_one_minute_is_breach():
    events = base_events(START) + reviews() + [ev("released", ARRIVAL + 24 * H + M)]
    finding = only(run(make_record(events), ARRIVAL + 25 * H), "detention_limit_exceeded")
    assert finding.severity is Severity.BREACH and finding.source == "PACE s.41(1)"
    assert finding.due_at == ARRIVAL + 24 * H


def test_24h_limit_runs_from_explicit_relevant_time():
    relevant = ARRIVAL - 2 * H
    events = base_events(START) + reviews() + [ev("relevant_time", relevant, reason="arrested out of area")]
    finding = only(run(make_record(events), relevant + 24 * H + M), "detention_limit_exceeded")
    assert finding.due_at == relevant + 24 * H


def test_24h_limit_due_soon_warning_then_breach_while_detained():
    events = base_events(START) + reviews()
    assert only(run(make_record(events), ARRIVAL + 23 * H + 45 * M), "detention_limit_due_soon")
    assert "detention_limit_exceeded" in codes(run(make_record(events), ARRIVAL + 24 * H + M))


def test_valid_superintendent_extension_moves_limit_to_36h():
    events = base_events(START) + reviews() + [superintendent_extension(START + 22 * H)]
    result = run(make_record(events), ARRIVAL + 30 * H)
    assert "detention_limit_exceeded" not in codes(result)
    assert [d.due_at for d in result.deadlines if d.code == "detention_limit_36h"] == [ARRIVAL + 36 * H]
    assert "extended_limit_exceeded" in codes(run(make_record(events), ARRIVAL + 36 * H + M))


def test_extension_by_chief_inspector_is_invalid():
    events = base_events(START) + reviews() + [
        superintendent_extension(START + 22 * H, rank="chief_inspector", authorised_by={"name": "CI"})
    ]
    result = run(make_record(events), ARRIVAL + 30 * H)
    assert {"extension_invalid", "detention_limit_exceeded"} <= codes(result)


def test_extension_before_second_review_is_invalid():
    events = base_events(START) + [review(START + 5 * H), superintendent_extension(START + 6 * H)]
    assert "superintendent" not in only(run(make_record(events), START + 7 * H), "extension_invalid").message
    assert "second review" in only(run(make_record(events), START + 7 * H), "extension_invalid").message


def test_extension_after_24h_expired_is_invalid():
    events = base_events(START) + reviews() + [superintendent_extension(ARRIVAL + 24 * H + M)]
    assert "extension_invalid" in codes(run(make_record(events), ARRIVAL + 25 * H))


def test_extension_for_non_indictable_offence_is_invalid():
    events = base_events(START) + reviews() + [
        superintendent_extension(START + 22 * H, indictable_offence=False)
    ]
    assert "extension_invalid" in codes(run(make_record(events), ARRIVAL + 23 * H))


def test_extension_to_30h_sets_30h_limit():
    events = base_events(START) + reviews() + [superintendent_extension(START + 22 * H, limit_hours=30)]
    assert "extended_limit_exceeded" in codes(run(make_record(events), ARRIVAL + 30 * H + M))


def test_detention_authorised_missing_and_arrival_missing():
    assert "detention_authorised_missing" in codes(run(make_record([ev("arrival", ARRIVAL)]), START))
    assert "relevant_time_missing" in codes(run(make_record([ev("arrest", ARRIVAL)]), START))


def test_rationale_to_detain_missing():
    record = make_record(base_events(START), {"rationale_to_detain": "  "})
    assert "rationale_to_detain_missing" in codes(run(record, START + H))
