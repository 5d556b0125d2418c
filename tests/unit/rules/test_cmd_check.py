"""`custody-checklist check`: file and database input, JSON and table output, exit codes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from custody_checklist.cli import main
from custody_checklist.cli.cmd_check import register, run
from custody_checklist.cli.context import CliError
from custody_checklist.domain.definition import DefinitionRegistry
from custody_checklist.domain.interchange import decode_json_bytes, parse_document
from custody_checklist.domain.rules import RuleSettings
from custody_checklist.paths import resource

CASES = Path(__file__).resolve().parents[2] / "cases"
AUTUMN = CASES / "autumn_clock_change_review_overdue.json"
COMPLIANT = CASES / "compliant_released_before_review.json"


def parse(argv):
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["check", *argv])


class FakeService:
    def __init__(self, records):
        self.records = records

    def get_by_reference(self, reference):
        return next((r for r in self.records if reference in (r.id, r.custody_number)), None)


class FakeContext:
    def __init__(self, records=(), settings=None):
        self.service = FakeService(list(records))
        self.settings = settings or RuleSettings()

    def rule_settings(self):
        return self.settings

    def record_service(self):
        return self.service

    def definitions(self):
        return DefinitionRegistry.from_folder(resource("checklists"))


def test_check_file_json_output_and_breach_exit_1(capsys):
    code = main(["check", str(AUTUMN), "--now", "2026-10-25T05:00:00Z"])
    assert code == 1
    out = json.loads(capsys.readouterr().out)
    assert out["record"] == "CHE/000102/26"
    assert out["evaluated_at"] == "2026-10-25T05:00:00Z"
    assert out["evaluated_at_local"] == "25/10/2026 05:00 GMT"
    overdue = next(f for f in out["findings"] if f["code"] == "review_overdue")
    assert overdue["due_at"] == "2026-10-25T04:30:00Z"
    assert overdue["due_at_local"] == "25/10/2026 04:30 GMT"
    assert overdue["severity"] == "breach" and overdue["source"] == "PACE s.40(3)(a)"
    assert any(d["code"] == "detention_limit_24h" for d in out["deadlines"])


def test_check_file_before_review_due_exit_0(capsys):
    assert main(["check", str(AUTUMN), "--now", "2026-10-25T04:30:00Z"]) == 0
    assert main(["check", str(COMPLIANT), "--now", "2026-11-24T21:00:00Z", "--format", "table"]) == 0
    assert "No findings." in capsys.readouterr().out


def test_check_table_output_lists_findings_and_deadlines(capsys):
    main(["check", str(AUTUMN), "--now", "2026-10-25T05:00:00Z", "--format", "table"])
    out = capsys.readouterr().out
    assert "BREACH" in out and "review_overdue" in out and "DEADLINES" in out and "04:30 GMT" in out


def test_check_by_custody_number_from_database(capsys):
    [record] = parse_document(decode_json_bytes(AUTUMN.read_bytes()))
    context = FakeContext([record])
    assert run(parse(["CHE/000102/26", "--now", "2026-10-25T05:00:00Z"]), context) == 1
    assert run(parse([record.id, "--now", "2026-10-25T04:00:00Z"]), context) == 0
    capsys.readouterr()


def test_check_uses_thresholds_from_settings(capsys):
    [record] = parse_document(decode_json_bytes(AUTUMN.read_bytes()))
    lenient = RuleSettings.from_mapping({"first_review_after": 7})
    assert run(parse(["CHE/000102/26", "--now", "2026-10-25T05:00:00Z"]), FakeContext([record], lenient)) == 0
    capsys.readouterr()


def test_check_unknown_record_is_exit_2():
    with pytest.raises(CliError) as info:
        run(parse(["CHE/999/26"]), FakeContext())
    assert info.value.exit_code == 2


def test_check_bad_now_is_exit_2():
    with pytest.raises(CliError) as info:
        run(parse([str(AUTUMN), "--now", "2026-10-25 05:00"]), FakeContext())
    assert info.value.exit_code == 2 and "offset" in str(info.value)


def test_check_missing_or_invalid_file_is_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.json")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"custody_number": "X"}', encoding="utf-8")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "not a valid interchange file" in err
    bad.write_text("{not json", encoding="utf-8")
    assert main(["check", str(bad)]) == 2
