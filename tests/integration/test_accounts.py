"""Accounts: login, lockout after repeated failures, no hash ever returned, all logged."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from sqlalchemy import select

from custody_checklist.services.accounts import AccountPolicy, AccountService
from custody_checklist.services.errors import AccountLocked, AuthenticationFailed, ValidationFailed
from custody_checklist.storage.models import AuditEntryRow
from tests.integration.accounts_helpers import PASSWORD, add_people


def test_login_returns_the_person_with_roles_and_suites(services):
    add_people(services)
    actor = services.accounts.authenticate("PS.Alpha", PASSWORD)
    assert (actor.username, actor.name, actor.roles, actor.suites) == (
        "ps.alpha", "Priya Alpha", frozenset({"sergeant"}), frozenset({"TST-A"}))
    assert actor.display_name == "Sgt Priya Alpha (2001)"


def test_no_service_returns_a_password_hash(services):
    add_people(services)
    for user in services.accounts.list_users():
        assert not any("argon2" in str(value) for value in asdict(user).values())
        assert user.has_password


def test_five_wrong_passwords_lock_the_account_for_the_configured_time(services):
    add_people(services)
    accounts = AccountService(services.database, services.actor, AccountPolicy(max_failed_logins=3))
    for _ in range(2):
        with pytest.raises(AuthenticationFailed, match="wrong login name or password"):
            accounts.authenticate("ps.alpha", "not my password")
    with pytest.raises(AccountLocked, match="locked for 15 minutes"):
        accounts.authenticate("ps.alpha", "not my password")
    with pytest.raises(AccountLocked, match="locked"):
        accounts.authenticate("ps.alpha", PASSWORD)  # even the right password, until unlocked
    services.accounts.unlock("ps.alpha")
    assert accounts.authenticate("ps.alpha", PASSWORD).username == "ps.alpha"
    with services.database.reading() as session:
        actions = list(session.execute(select(AuditEntryRow.action).where(
            AuditEntryRow.user_name == "ps.alpha")).scalars())
    assert actions.count("login_failed") == 3
    assert "account_locked" in actions and "login_refused" in actions and "login" in actions


def test_unknown_and_disabled_users_get_the_same_answer(services):
    add_people(services)
    services.accounts.update_user("ps.other", active=False)
    for name in ("nobody", "ps.other"):
        with pytest.raises(AuthenticationFailed, match="wrong login name or password"):
            services.accounts.authenticate(name, PASSWORD)


def test_passwords_shorter_than_twelve_are_refused(services):
    add_people(services)
    with pytest.raises(ValidationFailed, match="at least 12"):
        services.accounts.reset_password("ps.alpha", "elevenchars")


def test_demo_users_can_log_in_with_the_documented_demo_password(services):
    from custody_checklist.services.accounts import DEMO_PASSWORD

    assert DEMO_PASSWORD == "demo-password-1"
    services.load_demo()
    actor = services.login("insp.adebayo", DEMO_PASSWORD)
    assert "inspector" in actor.roles and services.records.actor is actor
