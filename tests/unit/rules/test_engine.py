"""The engine's own guarantees: one failing family never hides the others."""

from __future__ import annotations

import custody_checklist.domain.rules as engine
from custody_checklist.domain.findings import Severity

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
