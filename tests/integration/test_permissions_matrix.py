"""Every service action x every role (and a wrong suite): allowed, or PermissionDenied.

The GUI hides what a role cannot do, but the services decide: this calls them directly.
Each action gets a record in the state it needs, so a refusal can only come from the
permission check.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest

from custody_checklist.domain.record import Child
from custody_checklist.services.errors import DemoRefused, PermissionDenied
from custody_checklist.services.workflow import keyed_breaches
from tests.factories import make_record
from tests.integration.accounts_helpers import PASSWORD, add_people, as_user

# Each role's account; the "wrong suite" ones hold the role but work only at TST-B.
ROLE_USERS = {
    "sergeant": "ps.alpha",
    "inspector": "insp.alpha",
    "auditor": "auditor",
    "administrator": "admin",
    "sergeant@wrong-suite": "ps.beta",
    "inspector@wrong-suite": "insp.beta",
}

ALL = set(ROLE_USERS)
# action -> roles allowed (the wrong-suite accounts are refused anything about TST-A records)
EXPECTED: dict[str, set[str]] = {
    "records.get": {"sergeant", "inspector", "auditor", "administrator"},
    "records.list": ALL,  # lists are scoped to the actor's suites, not refused
    "records.create": {"sergeant", "administrator"},
    "records.save_answer": {"sergeant", "administrator"},
    "records.log_disclosure": {"sergeant", "inspector", "auditor", "administrator"},
    "records.import": {"administrator"},
    "records.export": {"auditor", "administrator"},
    "workflow.submit": {"sergeant"},
    "workflow.return": {"inspector"},
    "workflow.sign": {"inspector"},
    "workflow.amend": {"sergeant", "inspector"},
    "workflow.review_queue": {"inspector", "inspector@wrong-suite"},
    "workflow.submissions": {"inspector", "inspector@wrong-suite"},
    "workflow.amend_event": {"sergeant", "inspector"},
    "accounts.list_users": {"auditor", "administrator"},
    "accounts.add_user": {"administrator"},
    "accounts.update_user": {"administrator"},
    "accounts.reset_password": {"administrator"},
    "accounts.unlock": {"administrator"},
    "audit_log.entries": {"auditor", "administrator"},
    "audit_log.verify": {"auditor", "administrator"},
    "app.load_demo": {"administrator"},  # and then refused: this database has real accounts
}


class World:
    """A database with every account; makes records in the state an action needs."""

    def __init__(self, services: Any):
        self.services = services
        self.people = add_people(services)
        admin = self.people["admin"]
        admin.accounts.add_user("ps.beta", "Bo Beta", roles=["sergeant"], suites=["TST-B"], password=PASSWORD)
        self.counter = 0

    def record(self, state: str = "draft") -> Any:
        self.counter += 1
        number = f"TST-A/{self.counter:06d}/26"
        self.services.records.import_records([make_record(number)])
        record = self.services.records.get_by_reference(number)
        if state in ("submitted", "signed"):
            record = self.people["ps.alpha"].workflow.submit(record.id, record.version)
        if state == "signed":
            insp = self.people["insp.second"]
            acks = {k: "Noted." for k, _ in keyed_breaches(insp.workflow.open_breaches(record))}
            record = insp.workflow.sign(record.id, record.version, PASSWORD, "", acks)
        return record


def _actions(world: World) -> dict[str, Callable[[Any], Any]]:
    def with_record(state: str, call: Callable[[Any, Any], Any]) -> Callable[[Any], Any]:
        return lambda s: call(s, world.record(state))

    def sign(s: Any, r: Any) -> Any:
        acks = {k: "Noted." for k, _ in keyed_breaches(world.services.workflow.open_breaches(r))}
        return s.workflow.sign(r.id, r.version, PASSWORD, "", acks)

    return {
        "records.get": with_record("draft", lambda s, r: s.records.get(r.id)),
        "records.list": lambda s: s.records.list_page(None, 0, 10),
        "records.create": lambda s: s.records.create(f"TST-A/9{world.counter:05d}/26", "TST-A", Child("New", "Kid")),
        "records.save_answer": with_record("draft", lambda s, r: s.records.save_answer(r.id, "offence", "x", r.version)),
        "records.log_disclosure": with_record("draft", lambda s, r: s.records.log_disclosure(r.id, "print")),
        "records.import": lambda s: s.records.import_records([make_record(f"TST-A/8{world.counter:05d}/26")]),
        "records.export": lambda s: list(s.records.iter_export()),
        "workflow.submit": with_record("draft", lambda s, r: s.workflow.submit(r.id, r.version)),
        "workflow.return": with_record("submitted", lambda s, r: s.workflow.return_record(r.id, r.version, "Fix")),
        "workflow.sign": with_record("submitted", sign),
        "workflow.amend": with_record("signed", lambda s, r: s.workflow.amend(
            r.id, r.version, {"answers.offence": "Amended"}, "Correction")),
        "workflow.review_queue": lambda s: s.workflow.review_queue(),
        "workflow.submissions": with_record("submitted", lambda s, r: s.workflow.submissions([r.id])),
        "workflow.amend_event": with_record("signed", lambda s, r: s.workflow.amend(
            r.id, r.version, {f"events.{r.first('arrest').id}": {"details": {"location": "Market Street"}}},
            "Correction")),
        "accounts.list_users": lambda s: s.accounts.list_users(),
        "accounts.add_user": lambda s: s.accounts.add_user(
            f"new{world.counter}", "New Person", roles=["sergeant"], password=PASSWORD),
        "accounts.update_user": lambda s: s.accounts.update_user("ps.other", rank="sergeant"),
        "accounts.reset_password": lambda s: s.accounts.reset_password("ps.other", PASSWORD),
        "accounts.unlock": lambda s: s.accounts.unlock("ps.other"),
        "audit_log.entries": lambda s: s.audit_log.entries(),
        "audit_log.verify": lambda s: s.audit_log.verify(),
        "app.load_demo": _load_demo,
    }


def _load_demo(s: Any) -> None:
    with contextlib.suppress(DemoRefused):  # refused only after the permission check
        s.load_demo()


@pytest.mark.parametrize("role", list(ROLE_USERS))
def test_every_action_for_the_role(services, role):
    world = World(services)
    acting = as_user(services, ROLE_USERS[role])
    actions = _actions(world)
    assert set(actions) == set(EXPECTED)
    wrong = []
    for name, call in actions.items():
        world.counter += 1
        try:
            call(acting)
            allowed = True
        except PermissionDenied:
            allowed = False
        if allowed != (role in EXPECTED[name]):
            wrong.append(f"{name}: {'allowed' if allowed else 'refused'}")
    assert wrong == []
