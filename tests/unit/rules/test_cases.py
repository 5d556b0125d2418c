"""Realistic interchange files under tests/cases/: each has an .expected.json sidecar
(``now``, ``has_breach``, the exact set of finding ``codes``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custody_checklist.domain.definition import DefinitionRegistry
from custody_checklist.domain.interchange import decode_json_bytes, parse_document
from custody_checklist.domain.rules import evaluate
from custody_checklist.domain.timeutil import parse_instant
from custody_checklist.paths import resource

CASES = Path(__file__).resolve().parents[2] / "cases"
CASE_FILES = sorted(p for p in CASES.glob("*.json") if not p.name.endswith(".expected.json"))


def expected_for(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))


def test_there_are_realistic_cases():
    assert len(CASE_FILES) >= 8


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_file_gives_expected_findings(path: Path):
    expected = expected_for(path)
    now = parse_instant(expected["now"])
    definitions = DefinitionRegistry.from_folder(resource("checklists"))
    [record] = parse_document(decode_json_bytes(path.read_bytes()), definitions, now=now)
    result = evaluate(record, now)
    assert sorted({f.code for f in result.findings}) == expected["codes"]
    assert result.has_breach is expected["has_breach"]
