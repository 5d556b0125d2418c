"""``custody-checklist audit`` end to end: exit codes 0 and 2, files written."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from custody_checklist.cli import main
from custody_checklist.services.accounts import DEMO_PASSWORD

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SERGEANT = "ps.prydderch"  # a demo sergeant


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(database_url, monkeypatch):
    from custody_checklist.services.app_services import open_services

    services = open_services(database_url)
    services.load_demo(NOW)
    services.close()
    monkeypatch.setenv("CUSTODY_CHECKLIST_USER", "audit.okonjo")  # the demo auditor
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", DEMO_PASSWORD)
    return ["--database", database_url]


def test_draw_score_report_figures_export(capsys, db, tmp_path):
    code, out, _ = _run(capsys, *db, "audit", "draw", "--period", "2026-W43", "--count", "3", "--minimum", "1",
                        "--seed", "cli", "--format", "json")
    assert code == 0
    sample = json.loads(out)
    assert sample["seed"] == "cli" and len(sample["records"]) == 3
    code, again, _ = _run(capsys, *db, "audit", "draw", "--period", "2026-W43", "--count", "3", "--minimum", "1",
                          "--seed", "cli", "--format", "json")
    assert [r["record_id"] for r in json.loads(again)["records"]] == [r["record_id"] for r in sample["records"]]
    number = sample["records"][0]["custody_number"]
    assert _run(capsys, *db, "audit", "score", sample["sample"], number, "--confirm")[0] == 0
    code, _, err = _run(capsys, *db, "audit", "score", sample["sample"], number, "age_basis", "not_met")
    assert code == 2 and "override" in err  # an override needs a comment
    assert _run(capsys, *db, "audit", "score", sample["sample"], number, "age_basis", "not_met",
                "--comment", "basis was a guess")[0] == 0
    pdf, table = tmp_path / "audit.pdf", tmp_path / "audit.csv"
    code, _, _ = _run(capsys, *db, "audit", "report", sample["sample"], "-o", str(pdf), "--csv", str(table))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and table.read_text().startswith("section")
    code, out, _ = _run(capsys, *db, "audit", "figures", "--period", "2026-08-10..2026-11-01")
    assert code == 0 and "held_overnight" in out
    export = tmp_path / "partners.csv"
    code, _, err = _run(capsys, *db, "audit", "export", "--period", "2026-W43", "-o", str(export),
                        "--include-free-text")
    assert code == 0 and "WARNING" in err and number not in export.read_text()
    code, out, _ = _run(capsys, *db, "audit", "list")
    assert code == 0 and sample["sample"] in out


@pytest.mark.parametrize("argv", [
    ("audit", "draw", "--period", "2026-W99", "--count", "3"),
    ("audit", "draw", "--period", "2025-W01", "--count", "3"),  # nobody arrived
    ("audit", "draw", "--period", "2026-W43", "--count", "3", "--suite", "NOPE"),
    ("audit", "show", "no-such-sample"),
    ("audit", "report", "no-such-sample"),
    ("audit", "figures", "--period", "yesterday"),
])
def test_bad_input_exits_2(capsys, db, argv):
    code, _, err = _run(capsys, *db, *argv)
    assert code == 2 and err.startswith("custody-checklist:")


def test_score_unknown_record_or_criterion_exits_2(capsys, db):
    code, out, _ = _run(capsys, *db, "audit", "draw", "--period", "2026-W43", "--count", "1", "--minimum", "1",
                        "--format", "json")
    sample = json.loads(out)
    assert _run(capsys, *db, "audit", "score", sample["sample"], "NOT/IN/SAMPLE", "--confirm")[0] == 2
    number = sample["records"][0]["custody_number"]
    assert _run(capsys, *db, "audit", "score", sample["sample"], number, "bogus", "met")[0] == 2
    assert _run(capsys, *db, "audit", "score", sample["sample"], number)[0] == 2


def test_a_sergeant_is_refused_with_exit_4(capsys, db, monkeypatch):
    monkeypatch.setenv("CUSTODY_CHECKLIST_USER", SERGEANT)
    code, _, err = _run(capsys, *db, "audit", "draw", "--period", "2026-W43", "--count", "1")
    assert code == 4 and "auditor" in err
