"""The engine's own guarantees: one failing family never hides the others."""

from __future__ import annotations

import custody_checklist.domain.rules as engine
from custody_checklist.domain.findings import Severity
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import index_events

from .conftest import H, at, base_events, codes, make_record

START = at("2026-11-24T20:00:00Z")


def test_a_family_that_raises_becomes_a_rule_error_and_the_others_still_run(monkeypatch):
    def broken(ctx):
        raise KeyError("reviewer")

    families = tuple((name, broken if name == "reviews" else rule) for name, rule in engine.FAMILIES)
    monkeypatch.setattr(engine, "FAMILIES", families)
    record = make_record(base_events(START), {"held_with_adult": True})
    result = engine.evaluate(record, START + 7 * H)
    errors = [f for f in result.findings if f.code == "rule_error"]
    assert len(errors) == 1 and "'reviews'" in errors[0].message and "KeyError" in errors[0].message
    assert errors[0].severity is Severity.WARNING
    # the care family ran after the broken one
    assert "held_with_adult" in codes(result)


def test_a_timeline_check_that_raises_is_reported_too(monkeypatch):
    def broken(ctx, bad, future):
        raise ValueError("boom")

    monkeypatch.setattr(engine.timeline, "check", broken)
    result = engine.evaluate(make_record(base_events(START)), START + H)
    assert any(f.code == "rule_error" and "'timeline'" in f.message for f in result.findings)


def test_an_event_kind_that_cannot_be_hashed_is_set_aside_not_raised():
    """A bad import may give an event a list for its kind: nothing in a record may make
    evaluate raise (the event index runs outside the families' guards)."""
    events = base_events(START)
    events.append(Event(["released"], START + H))  # type: ignore[arg-type]
    result = engine.evaluate(make_record(events), START + 2 * H)
    assert "rule_error" not in codes(result)
    assert result == engine.evaluate(make_record(base_events(START)), START + 2 * H)


def test_events_of_a_kind_that_is_not_text_are_grouped_not_overwritten():
    """Two events whose kind is the number 5 both land in the index under '5' (one used to
    replace the other)."""
    events = [Event(5, START), Event(5, START + H), Event("5", START + 2 * H)]  # type: ignore[arg-type]
    by_kind, bad, future = index_events(events, START + 3 * H)
    assert [e.at for e in by_kind["5"]] == [START, START + H, START + 2 * H]
    assert not bad and not future
