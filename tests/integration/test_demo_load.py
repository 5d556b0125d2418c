"""The demo dataset (users with a published password) goes only into an empty database,
by an administrator, in one transaction; the ``demo`` command says why when it refuses."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from custody_checklist.cli import main
from custody_checklist.services.actor import Actor
from custody_checklist.services.errors import DemoRefused, PermissionDenied
from custody_checklist.storage.models import AuditEntryRow, RecordRow, SuiteRow, UserRow
from tests.factories import make_record
from tests.integration.accounts_helpers import PASSWORD, add_people


def _counts(services):
    with services.database.reading() as session:
        return {
            "records": session.scalar(select(func.count()).select_from(RecordRow)),
            "users": sorted(session.execute(select(UserRow.username)).scalars()),
            "suites": sorted(session.execute(select(SuiteRow.code)).scalars()),
            "demo_log": session.scalar(select(func.count()).select_from(AuditEntryRow)
                                       .where(AuditEntryRow.action == "demo")),
        }


def test_the_first_run_local_operator_loads_the_demo_into_an_empty_database(services):
    assert services.demo_refusal() is None
    assert services.load_demo() > 0
    assert "admin.whitlock" in _counts(services)["users"]
    assert "already holds records" in services.demo_refusal()


def test_loading_the_demo_needs_the_administrator_role(services):
    before = _counts(services)
    services.set_actor(Actor("Sgt Test", frozenset({"sergeant", "auditor"})))
    assert "administrator" in services.demo_refusal()
    with pytest.raises(PermissionDenied, match="administrator"):
        services.load_demo()
    assert _counts(services) == before


def test_the_demo_is_refused_on_a_database_with_records(services):
    services.records.import_records([make_record("TST-A/000001/26")])
    before = _counts(services)
    with pytest.raises(DemoRefused, match="already holds records"):
        services.load_demo()
    assert _counts(services) == before


def test_the_demo_is_refused_on_a_database_with_real_accounts(services):
    add_people(services)  # services now acts as the administrator "admin"
    before = _counts(services)
    with pytest.raises(DemoRefused, match="user accounts"):
        services.load_demo()
    assert _counts(services) == before


def test_a_failed_demo_load_stores_nothing_not_even_its_users(services, monkeypatch):
    before = _counts(services)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("custody_checklist.storage.records_repo.bulk_insert", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        services.load_demo()
    assert _counts(services) == before


# -- the CLI -----------------------------------------------------------------------------
def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_demo_loads_an_empty_database_once_and_force_no_longer_overrides(capsys, monkeypatch,
                                                                              database_url):
    from custody_checklist.services.accounts import DEMO_PASSWORD

    db = ["--database", database_url]
    code, out, err = _run(capsys, *db, "demo")
    assert code == 0, err
    assert "invented demo records" in out
    code, _, err = _run(capsys, *db, "demo")  # the demo users exist now: nobody logged in
    assert code == 4
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", DEMO_PASSWORD)
    for extra in ((), ("--force",)):
        code, _, err = _run(capsys, *db, "--user", "admin.whitlock", "demo", *extra)
        assert code == 2
        assert "already holds records" in err


def test_cli_demo_is_refused_with_real_accounts_even_for_an_administrator(capsys, services, monkeypatch,
                                                                          database_url):
    add_people(services)
    before = _counts(services)
    monkeypatch.setenv("CUSTODY_CHECKLIST_PASSWORD", PASSWORD)
    code, _, err = _run(capsys, "--database", database_url, "--user", "admin", "demo", "--force")
    assert code == 2
    assert "user accounts" in err
    code, _, err = _run(capsys, "--database", database_url, "--user", "ps.alpha", "demo")
    assert code == 4
    assert "administrator" in err
    assert _counts(services) == before
