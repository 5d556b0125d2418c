"""Signatures survive export and import: who acted, the signed snapshots and the signed
hash come back unchanged, and a signature that no longer covers its content is refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from custody_checklist.cli import main
from custody_checklist.services.workflow import keyed_breaches
from custody_checklist.storage.models import RecordRow
from tests.factories import make_record
from tests.integration.accounts_helpers import PASSWORD, add_people


@pytest.fixture
def second_database_url(database_url, tmp_path):
    """Another empty database of the same kind as ``database_url``."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'second.sqlite3'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    name = f"{url.database}_second"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _sign(person, record):
    acks = {k: "Seen." for k, _ in keyed_breaches(person.workflow.open_breaches(record))}
    return person.workflow.sign(record.id, record.version, PASSWORD, "Signed.", acks)


@pytest.fixture
def signed_database(services):
    """Records signed, amended and re-signed, amended and awaiting sign-off, and a draft."""
    people = add_people(services)
    services.records.import_records([make_record(f"TST-A/00000{n}/26") for n in (1, 2, 3)])
    sgt, insp, second = people["ps.alpha"], people["insp.alpha"], people["insp.second"]
    for number in ("TST-A/000001/26", "TST-A/000002/26"):
        record = services.records.get_by_reference(number)
        record = _sign(insp, sgt.workflow.submit(record.id, record.version))
        record = sgt.workflow.amend(record.id, record.version, {"answers.offence": "Theft of a scooter"},
                                    "Corrected after CCTV review")
        if number.endswith("1/26"):
            _sign(second, record)
    return services


def _export(capsys, url, tmp_path, name, *user):
    target = tmp_path / name
    code, _, err = _run(capsys, "--database", url, *user, "export", "-o", str(target))
    assert code == 0, err
    return json.loads(target.read_text(encoding="utf-8"))


def _signed_hashes(url):
    from custody_checklist.storage.database import open_database

    database = open_database(url)
    try:
        with database.reading() as session:
            return dict(session.execute(select(RecordRow.id, RecordRow.signed_content_hash)).all())
    finally:
        database.close()


def test_export_then_import_keeps_every_signature_and_verifies_clean(
        capsys, monkeypatch, tmp_path, signed_database, database_url, second_database_url):
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", PASSWORD)
    first = _export(capsys, database_url, tmp_path, "first.json", "--user", "admin")
    by_number = {r["custody_number"]: r for r in first["records"]}
    resigned = by_number["TST-A/000001/26"]
    signatures = [s for s in resigned["signoffs"] if s["action"] == "signed"]
    assert [s["username"] for s in signatures] == ["insp.alpha", "insp.second"]
    assert signatures[0]["snapshot"]["answers"].get("offence") != "Theft of a scooter"
    assert signatures[1]["snapshot"]["answers"]["offence"] == "Theft of a scooter"
    assert resigned["amendments"][0]["username"] == "ps.alpha"
    assert [s["username"] for s in resigned["signoffs"] if s["action"] == "submitted"] == ["ps.alpha"]

    monkeypatch.delenv("CUSTODY_CHECKLIST_PASSWORD")
    code, _, err = _run(capsys, "--database", second_database_url, "import", str(tmp_path / "first.json"))
    assert code == 0, err
    second = _export(capsys, second_database_url, tmp_path, "second.json")
    key = lambda r: r["id"]  # noqa: E731
    assert sorted(second["records"], key=key) == sorted(first["records"], key=key)
    assert _signed_hashes(second_database_url) == _signed_hashes(database_url)
    assert _signed_hashes(second_database_url)[resigned["id"]] == signatures[-1]["content_hash"]
    code, out, err = _run(capsys, "--database", second_database_url, "verify")
    assert code == 0, out + err


def test_a_signed_record_whose_content_or_snapshot_was_changed_is_refused(
        capsys, monkeypatch, tmp_path, signed_database, database_url, second_database_url):
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", PASSWORD)
    document = _export(capsys, database_url, tmp_path, "first.json", "--user", "admin")
    monkeypatch.delenv("CUSTODY_CHECKLIST_PASSWORD")
    numbers = [r["custody_number"] for r in document["records"]]
    resigned = numbers.index("TST-A/000001/26")
    awaiting = numbers.index("TST-A/000002/26")
    document["records"][resigned]["answers"]["offence"] = "Something else"
    snapshot_signoff = next(i for i, s in enumerate(document["records"][awaiting]["signoffs"])
                            if s["action"] == "signed")
    document["records"][awaiting]["signoffs"][snapshot_signoff]["snapshot"]["answers"]["offence"] = "Altered"
    last_signature = max(i for i, s in enumerate(document["records"][resigned]["signoffs"])
                         if s["action"] == "signed")
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document), encoding="utf-8")

    code, _, err = _run(capsys, "--database", second_database_url, "import", str(tampered))
    assert code == 2
    assert f"$.records[{resigned}].signoffs[{last_signature}].content_hash" in err
    assert f"$.records[{awaiting}].signoffs[{snapshot_signoff}].snapshot" in err
    assert "nothing was imported" in err
    assert _signed_hashes(second_database_url) == {}
