"""The rules engine's fast constructors build exactly what the dataclasses would."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

import pytest

from custody_checklist.domain.findings import (
    Deadline,
    Finding,
    Severity,
    new_deadline,
    new_finding,
)

DUE = datetime(2026, 10, 25, 4, 30, tzinfo=UTC)


def test_new_finding_sets_every_field_the_dataclass_has():
    values = ("review_late", Severity.BREACH, "Late.", "PACE s.40(3)(a)", DUE, "q1", "review", "e1")
    fast = new_finding(*values)
    assert fast == Finding(*values)
    assert hash(fast) == hash(Finding(*values))
    # A field added to Finding without being added to new_finding would be missing here.
    assert [getattr(fast, f.name) for f in fields(Finding)] == list(values)


def test_new_deadline_sets_every_field_the_dataclass_has():
    values = ("review", "First review", DUE, "PACE s.40(3)(a)", None)
    fast = new_deadline(*values)
    assert fast == Deadline(*values)
    assert [getattr(fast, f.name) for f in fields(Deadline)] == list(values)


def test_findings_stay_immutable():
    finding = new_finding("x", Severity.INFO, "m", "s", None, None, None, None)
    with pytest.raises(AttributeError):
        finding.code = "y"  # type: ignore[misc]
