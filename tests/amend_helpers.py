"""The shipped checklist with one ``datetime`` question added (the shipped one has none), so
amending a date-time answer can be tested against real services."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from custody_checklist.domain.definition import load_definition
from custody_checklist.paths import resource

WHEN_QUESTION = "aa_contacted_at"


def with_datetime_question(services: Any, monkeypatch: Any, tmp_path: Path) -> Any:
    """Put the shipped definition plus a date-time question in place of the shipped one."""
    data = json.loads(resource("checklists", "child-detention-v1.json").read_text(encoding="utf-8"))
    section = next(s for s in data["sections"] if s["id"] == "appropriate_adult")
    section["questions"].append({
        "id": WHEN_QUESTION, "type": "datetime", "label": "When was the appropriate adult first contacted?",
        "help": "The time of the first call, UK local time.", "source": "PACE Code C 3.15"})
    path = tmp_path / "child-detention-v1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    definition = load_definition(path)
    monkeypatch.setitem(services.definitions._by_key, definition.key, definition)
    return definition
