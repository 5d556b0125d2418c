"""Tampering by raw SQL is caught by ``verify``; ``users`` bootstraps and manages accounts."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from custody_checklist.cli import main
from custody_checklist.services.workflow import keyed_breaches
from custody_checklist.storage.models import RecordRow, SignOffRow
from tests.factories import make_record
from tests.integration.accounts_helpers import PASSWORD, add_people


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def signed(services):
    """A database with accounts and one record signed off through the services."""
    people = add_people(services)
    services.records.import_records([make_record("TST-A/000001/26")])
    record = services.records.get_by_reference("TST-A/000001/26")
    record = people["ps.alpha"].workflow.submit(record.id, record.version)
    insp = people["insp.alpha"]
    acks = {k: "Noted." for k, _ in keyed_breaches(insp.workflow.open_breaches(record))}
    return insp.workflow.sign(record.id, record.version, PASSWORD, "Signed.", acks)


@pytest.fixture
def as_auditor(monkeypatch, database_url):
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", PASSWORD)
    return ["--database", database_url, "--user", "auditor"]


def test_an_untouched_database_verifies_clean(capsys, services, signed, as_auditor):
    code, out, _ = _run(capsys, *as_auditor, "verify")
    assert code == 0, out
    assert "OK" in out
    assert services.audit_log.verify() == []


def test_changing_a_signed_answer_is_caught(capsys, services, signed, as_auditor):
    with services.database.engine.begin() as connection:
        answers = dict(signed.answers, rationale_to_detain="Nothing to see here.")
        connection.execute(update(RecordRow.__table__).where(RecordRow.id == signed.id).values(answers=answers))
    code, out, _ = _run(capsys, *as_auditor, "verify")
    assert code == 1
    assert "record TST-A/000001/26" in out and "content hash differs" in out


def test_changing_the_signed_snapshot_is_caught(capsys, services, signed, as_auditor):
    with services.database.engine.begin() as connection:
        row = connection.execute(select(SignOffRow.id, SignOffRow.snapshot).where(
            SignOffRow.record_id == signed.id, SignOffRow.action == "signed")).one()
        snapshot = dict(row.snapshot, answers={"age_basis": "appearance"})
        connection.execute(update(SignOffRow.__table__).where(SignOffRow.id == row.id).values(snapshot=snapshot))
    code, out, _ = _run(capsys, *as_auditor, "verify")
    assert code == 1
    assert "no longer matches its signature" in out


def test_deleting_a_log_row_is_caught(capsys, services, signed, as_auditor):
    with services.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE id = 3"))
    code, out, _ = _run(capsys, *as_auditor, "verify")
    assert code == 1
    assert "audit entry 4" in out and "missing" in out


def test_editing_a_log_row_is_caught(capsys, services, signed, as_auditor):
    with services.database.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET user_name = 'someone.else' WHERE id = 5"))
    code, out, _ = _run(capsys, *as_auditor, "verify")
    assert code == 1
    assert "audit entry 5: content was changed after it was logged" in out


def test_a_sergeant_may_not_verify_and_a_wrong_password_is_refused(capsys, services, signed, monkeypatch,
                                                                   database_url):
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", PASSWORD)
    code, _, err = _run(capsys, "--database", database_url, "--user", "ps.alpha", "verify")
    assert code == 4 and "may not verify" in err
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", "not the password")
    code, _, err = _run(capsys, "--database", database_url, "--user", "auditor", "verify")
    assert code == 4 and "wrong login name or password" in err
    code, _, err = _run(capsys, "--database", database_url, "verify")
    assert code == 4 and "--user NAME" in err


def test_users_add_bootstraps_the_first_administrator_then_needs_one(capsys, database_url, monkeypatch):
    db = ["--database", database_url]
    monkeypatch.setenv("CUSTODY_CHECKLIST_NEW_PASSWORD", "short")
    code, _, err = _run(capsys, *db, "users", "add", "ada", "--name", "Ada Admin", "--role", "administrator")
    assert code == 2 and "at least 12" in err
    monkeypatch.setenv("CUSTODY_CHECKLIST_NEW_PASSWORD", PASSWORD)
    code, _, err = _run(capsys, *db, "users", "add", "sam", "--name", "Sam Sergeant", "--role", "sergeant")
    assert code == 2 and "first account must hold the administrator role" in err
    code, out, err = _run(capsys, *db, "users", "add", "ada", "--name", "Ada Admin", "--role", "administrator")
    assert code == 0, err
    assert "local operator" in err
    # Now accounts exist: anonymous is refused, the administrator may add people.
    code, _, err = _run(capsys, *db, "users", "add", "sam", "--name", "Sam Sergeant", "--role", "sergeant")
    assert code == 4
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", PASSWORD)
    admin = [*db, "--user", "ada"]
    code, out, err = _run(capsys, *admin, "users", "add", "sam", "--name", "Sam Sergeant", "--role", "sergeant",
                          "--suite", "MAIN", "--collar", "2044")
    assert code == 0, err
    code, out, _ = _run(capsys, *admin, "users", "list")
    assert "sam" in out and "Sam Sergeant" in out and "argon2" not in out and "$" not in out
    code, out, _ = _run(capsys, *admin, "users", "set", "sam", "--role", "sergeant", "--role", "inspector")
    assert code == 0 and "inspector" in out
    monkeypatch.setenv("CUSTODY_CHECKLIST_NEW_PASSWORD", "another long password")
    code, out, _ = _run(capsys, *admin, "users", "passwd", "sam")
    assert code == 0
    code, _, err = _run(capsys, *admin, "users", "set", "ada", "--role", "sergeant")
    assert code == 2 and "administrator must remain" in err
