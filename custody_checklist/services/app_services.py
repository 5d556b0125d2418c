"""Everything a front end needs, opened in one call: database, definitions, settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import select

from custody_checklist.config import DeploymentConfig, load_config, resolve_database_url
from custody_checklist.domain.definition import DefinitionRegistry
from custody_checklist.domain.timeutil import utc_now
from custody_checklist.paths import resource
from custody_checklist.services.actor import ADMINISTRATOR, Actor, local_operator
from custody_checklist.services.errors import DemoRefused
from custody_checklist.services.records import RecordService
from custody_checklist.storage import audit
from custody_checklist.storage.database import Database, open_database
from custody_checklist.storage.models import LocalAuthorityRow, RecordRow, SuiteRow, UserRow

DEFAULT_SUITE = ("MAIN", "Custody suite")


@dataclass
class AppServices:
    database: Database
    definitions: DefinitionRegistry
    config: DeploymentConfig
    actor: Actor
    _records: RecordService | None = field(default=None, repr=False)
    _accounts: Any = field(default=None, repr=False)
    _workflow: Any = field(default=None, repr=False)
    _audit_log: Any = field(default=None, repr=False)

    @cached_property
    def settings(self) -> Any:
        """The rules engine thresholds, from the config file's [thresholds] table."""
        from custody_checklist.domain.rules import RuleSettings

        return RuleSettings.from_mapping(self.config.thresholds)

    @property
    def records(self) -> RecordService:
        if self._records is None:
            self._records = RecordService(self.database, self.definitions, self.actor, self.settings)
        return self._records

    @property
    def accounts(self) -> Any:
        """AccountService (services/accounts.py): users, passwords, login."""
        if self._accounts is None:
            from custody_checklist.services.accounts import AccountPolicy, AccountService

            self._accounts = AccountService(self.database, self.actor, AccountPolicy.from_mapping(self.config.accounts))
        return self._accounts

    @property
    def workflow(self) -> Any:
        """WorkflowService (services/workflow.py): submit, return, sign off, amend, review queue."""
        if self._workflow is None:
            from custody_checklist.services.workflow import WorkflowService

            self._workflow = WorkflowService(self.records, self.accounts)
        return self._workflow

    @property
    def audit_log(self) -> Any:
        """AuditLogService (services/audit_log.py): read and filter the log, verify."""
        if self._audit_log is None:
            from custody_checklist.services.audit_log import AuditLogService

            self._audit_log = AuditLogService(self.database, self.actor)
        return self._audit_log

    def set_actor(self, actor: Actor) -> None:
        """Act as someone else from now on (login, switch user); services are rebuilt."""
        self.actor = actor
        self._records = self._accounts = self._workflow = self._audit_log = None

    def login(self, username: str, password: str) -> Actor:
        """Check the password and act as that user; raises AuthenticationFailed/AccountLocked."""
        actor = self.accounts.authenticate(username, password)
        self.set_actor(actor)
        return actor

    def force_name(self, suite_code: str | None = None) -> str:
        """The force to print on documents: the config file's, else the suite's own."""
        if self.config.force_name != DeploymentConfig.force_name or not suite_code:
            return self.config.force_name
        with self.database.reading() as session:
            suite = session.get(SuiteRow, suite_code)
            return suite.force if suite is not None and suite.force else self.config.force_name

    def is_empty(self) -> bool:
        return self.records.count() == 0

    def demo_refusal(self) -> str | None:
        """Why the demo dataset may not be loaded now (None: it may): see :meth:`load_demo`."""
        if not self.actor.has(ADMINISTRATOR):
            return f"{self.actor.name} may not load the demo dataset: it needs the role administrator"
        with self.database.reading() as session:
            return _demo_refusal(session)

    def load_demo(self, now: Any = None) -> int:
        """Load the invented demo dataset (suites, authorities, users, records).

        The demo users log in with a published password, so this is for training and
        evaluation databases only: it needs the administrator role (on first run, the local
        operator has it) and is refused on a database that already holds records or any
        account that is not a demo user. Everything is stored in one transaction: a failure
        leaves nothing behind.
        """
        from custody_checklist.services.demo_data import build_demo_dataset

        self.actor.require(ADMINISTRATOR, action="load the demo dataset")
        dataset = build_demo_dataset(now or utc_now())
        # Hashed before the transaction (Argon2 is slow on purpose); one hash for all demo
        # users: it is the same public password anyway.
        from custody_checklist.services.accounts import DEMO_PASSWORD

        demo_hash = self.accounts.hasher.hash(DEMO_PASSWORD)
        with self.database.transaction() as session:
            refusal = _demo_refusal(session)
            if refusal:
                raise DemoRefused(refusal)
            for suite in dataset.suites:
                if session.get(SuiteRow, suite.code) is None:
                    session.add(SuiteRow(code=suite.code, name=suite.name, force=suite.force))
            # The placeholder suite made for an unconfigured terminal would only confuse
            # the demo's suite picker; it is hidden (not deleted): the database has no records.
            placeholder = session.get(SuiteRow, DEFAULT_SUITE[0])
            if placeholder is not None:
                placeholder.active = False
            for authority in dataset.local_authorities:
                if session.get(LocalAuthorityRow, authority.code) is None:
                    session.add(LocalAuthorityRow(code=authority.code, name=authority.name))
            # Demo users get the documented demo password so a newcomer can log in as each role.
            existing = {u.username: u for u in session.query(UserRow)}
            for user in dataset.users:
                if user.username not in existing:
                    session.add(UserRow(
                        username=user.username, full_name=user.full_name, rank=user.rank,
                        collar_number=user.collar_number, roles=list(user.roles),
                        suites=list(user.suites), created_at=utc_now(),
                        password_hash=demo_hash, password_changed_at=utc_now(),
                    ))
                elif not existing[user.username].password_hash:
                    existing[user.username].password_hash = demo_hash
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action="demo",
                         detail={"records": len(dataset.records)})
            session.flush()
            self.records._import_in_session(session, dataset.records, utc_now())
        return len(dataset.records)

    def release_connections(self) -> None:
        """Close the database connections this thread made; new ones are made on next use."""
        self.database.release_connections()

    def close(self) -> None:
        self.database.close()


def _demo_refusal(session: Any) -> str | None:
    """Why the database may not take the demo dataset: it holds records or real accounts."""
    from custody_checklist.services.demo_data import USERS

    if session.execute(select(RecordRow.id).limit(1)).first() is not None:
        return ("the database already holds records: the demo dataset (whose users have a "
                "published password) is only ever loaded into an empty database")
    demo_names = {user.username for user in USERS}
    real = sorted(set(session.execute(select(UserRow.username)).scalars()) - demo_names)
    if real:
        return (f"the database has user accounts ({', '.join(real[:5])}{', ...' if len(real) > 5 else ''}): "
                "demo users with a published password are never added to a live database")
    return None


def load_definitions() -> DefinitionRegistry:
    return DefinitionRegistry.from_folder(resource("checklists"))


def sync_reference_data(database: Database, config: DeploymentConfig) -> None:
    """Make the suites and local authorities named in the config file exist in the database.

    Checked with a read first: most starts change nothing, and a write transaction would
    take SQLite's write lock, so a terminal starting while another one saves would wait.
    """
    with database.reading() as session:
        if not _reference_data_differs(session, config):
            return
    with database.transaction() as session:
        for entry in config.suites:
            row = session.get(SuiteRow, entry.code)
            if row is None:
                session.add(SuiteRow(code=entry.code, name=entry.name, force=config.force_name))
            elif row.name != entry.name:
                row.name = entry.name
        for entry in config.local_authorities:
            if session.get(LocalAuthorityRow, entry.code) is None:
                session.add(LocalAuthorityRow(code=entry.code, name=entry.name))
        if session.query(SuiteRow).count() == 0:
            session.add(SuiteRow(code=DEFAULT_SUITE[0], name=DEFAULT_SUITE[1], force=config.force_name))


def _reference_data_differs(session: Any, config: DeploymentConfig) -> bool:
    """Whether :func:`sync_reference_data` has anything to add or rename."""
    suites = {code: name for code, name in session.execute(select(SuiteRow.code, SuiteRow.name))}
    if not suites or any(suites.get(entry.code) != entry.name for entry in config.suites):
        return True
    authorities = set(session.execute(select(LocalAuthorityRow.code)).scalars())
    return any(entry.code not in authorities for entry in config.local_authorities)


def open_services(
    database_url: str | None = None,
    config_file: str | Path | None = None,
    actor: Actor | None = None,
    config: DeploymentConfig | None = None,
) -> AppServices:
    """Open and migrate the database and load definitions; raises DatabaseError/ConfigError."""
    config = config or load_config(config_file)
    definitions = load_definitions()
    database = open_database(resolve_database_url(database_url, config))
    try:
        sync_reference_data(database, config)
    except Exception:
        database.close()
        raise
    return AppServices(database, definitions, config, actor or local_operator())
