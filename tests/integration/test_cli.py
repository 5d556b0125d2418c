"""The headless CLI end to end: exit codes, all-or-nothing import, round trips, CSV safety."""

from __future__ import annotations

import csv
import io
import json

import pytest

from custody_checklist.cli import main
from custody_checklist.domain.interchange import document_to_dict
from tests.factories import make_record


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(database_url):
    return ["--database", database_url]


def _write_doc(path, records):
    path.write_text(json.dumps(document_to_dict(records)), encoding="utf-8")
    return str(path)


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert "custody-checklist 0.1.0" in capsys.readouterr().out


def test_init_creates_the_database(capsys, db):
    code, out, _ = _run(capsys, *db, "init")
    assert code == 0
    from alembic.script import ScriptDirectory

    from custody_checklist.storage.database import alembic_config

    assert f"schema {ScriptDirectory.from_config(alembic_config()).get_current_head()}" in out


def test_import_then_export_round_trips_unchanged(capsys, db, tmp_path):
    records = [make_record("TST-A/000001/26"), make_record("TST-A/000002/26", surname="Nguyễn")]
    source = _write_doc(tmp_path / "in.json", records)
    assert _run(capsys, *db, "import", source)[0] == 0
    first = tmp_path / "first.json"
    assert _run(capsys, *db, "export", "-o", str(first))[0] == 0
    exported = json.loads(first.read_text(encoding="utf-8"))
    original = json.loads((tmp_path / "in.json").read_text(encoding="utf-8"))
    assert exported["records"] == original["records"]


def test_a_bad_file_stores_nothing_and_exits_2_with_every_path(capsys, db, tmp_path):
    good, bad = make_record("TST-A/000001/26"), make_record("TST-A/000002/26")
    bad.answers["welfare_informed"] = "perhaps"
    bad.answers["bogus"] = 1
    code, _, err = _run(capsys, *db, "import", _write_doc(tmp_path / "bad.json", [good, bad]))
    assert code == 2
    assert "$.records[1].answers.welfare_informed" in err
    assert "$.records[1].answers.bogus" in err
    assert "nothing was imported" in err
    code, out, _ = _run(capsys, *db, "export")
    assert json.loads(out)["records"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{not json", "not valid JSON at line 1"), (b"\xff\xfe\x00junk", "not UTF-8")],
)
def test_malformed_files_exit_2_with_a_clear_message(capsys, db, tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    code, _, err = _run(capsys, *db, "import", str(path))
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_a_missing_file_exits_2(capsys, db, tmp_path):
    code, _, err = _run(capsys, *db, "import", str(tmp_path / "nope.json"))
    assert code == 2
    assert "cannot read" in err


def test_an_unreachable_database_exits_3_without_a_traceback(capsys):
    code, _, err = _run(capsys, "--database", "postgresql://u:pw@127.0.0.1:1/x", "init")
    assert code == 3
    assert "cannot use the database" in err
    assert "pw@" not in err


def test_csv_export_neutralises_spreadsheet_formulas(capsys, db, tmp_path):
    record = make_record("TST-A/000001/26", surname="=HYPERLINK(\"http://x\")")
    record.child.forenames = "@SUM(A1)"
    record.child.ethnicity_self_defined = "-2+3"
    _run(capsys, *db, "import", _write_doc(tmp_path / "in.json", [record]))
    code, out, _ = _run(capsys, *db, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["surname"] == "'=HYPERLINK(\"http://x\")"
    assert rows[0]["forenames"] == "'@SUM(A1)"
    assert rows[0]["ethnicity_self_defined"] == "'-2+3"
    assert rows[0]["aa_wait_minutes"] == "50"


def test_export_filters_by_suite(capsys, db, tmp_path):
    records = [make_record("TST-A/000001/26"), make_record("TST-B/000002/26", suite="TST-B")]
    _run(capsys, *db, "import", _write_doc(tmp_path / "in.json", records))
    _, out, _ = _run(capsys, *db, "export", "--suite", "TST-B")
    assert [r["custody_number"] for r in json.loads(out)["records"]] == ["TST-B/000002/26"]


def test_export_with_an_unreadable_date_exits_2(capsys, db):
    code, _, err = _run(capsys, *db, "export", "--from", "last tuesday")
    assert code == 2
    assert "last tuesday" in err


def test_check_a_record_in_the_database_by_custody_number(capsys, db, tmp_path):
    """`check` exits 1 when the record has a breach: here the AA arrived after 2 h (local standard)."""
    from datetime import timedelta

    from custody_checklist.domain.events import EventKind

    late = make_record("TST-A/000001/26")
    aa_arrived = next(e for e in late.events if e.kind == EventKind.AA_ARRIVED)
    aa_arrived.at = aa_arrived.at + timedelta(hours=3)
    _run(capsys, *db, "import", _write_doc(tmp_path / "in.json", [late]))
    code, out, _ = _run(capsys, *db, "check", "TST-A/000001/26", "--now", "2026-11-21T12:00:00Z")
    assert code == 1
    report = json.loads(out)
    codes = {f["code"] for f in report["findings"]}
    assert "aa_arrival_late" in codes
    assert report["record"] == "TST-A/000001/26"


def test_check_an_unknown_record_exits_2(capsys, db):
    code, _, err = _run(capsys, *db, "check", "NOPE/1/26")
    assert code == 2
    assert "NOPE/1/26" in err


def test_an_export_file_is_private_to_its_owner(capsys, db, tmp_path):
    _run(capsys, *db, "import", _write_doc(tmp_path / "in.json", [make_record()]))
    target = tmp_path / "out.json"
    assert _run(capsys, *db, "export", "-o", str(target))[0] == 0
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_failed_export_leaves_no_partial_file(capsys, db, tmp_path, monkeypatch):
    from custody_checklist.reports import csv_export

    _run(capsys, *db, "import", _write_doc(tmp_path / "in.json", [make_record()]))

    def broken_row(record):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(csv_export, "record_row", broken_row)
    code, _, err = _run(capsys, *db, "export", "--format", "csv", "-o", str(tmp_path / "out.csv"))
    assert code != 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == []
