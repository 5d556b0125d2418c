"""Everything a front end needs, opened in one call: database, definitions, settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from custody_checklist.config import DeploymentConfig, load_config, resolve_database_url
from custody_checklist.domain.definition import DefinitionRegistry
from custody_checklist.domain.timeutil import utc_now
from custody_checklist.paths import resource
from custody_checklist.services.actor import Actor, local_operator
from custody_checklist.services.records import RecordService
from custody_checklist.storage import audit
from custody_checklist.storage.database import Database, open_database
from custody_checklist.storage.models import LocalAuthorityRow, SuiteRow, UserRow
from custody_checklist.storage.records_repo import RecordFilter

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

    def load_demo(self, now: Any = None) -> int:
        """Load the invented demo dataset (suites, authorities, users, records)."""
        from custody_checklist.services.demo_data import build_demo_dataset

        dataset = build_demo_dataset(now or utc_now())
        with self.database.transaction() as session:
            for suite in dataset.suites:
                if session.get(SuiteRow, suite.code) is None:
                    session.add(SuiteRow(code=suite.code, name=suite.name, force=suite.force))
            # The placeholder suite made for an unconfigured terminal would only confuse
            # the demo's suite picker; it is hidden (not deleted) when nothing uses it.
            placeholder = session.get(SuiteRow, DEFAULT_SUITE[0])
            if placeholder is not None and self.records.count(RecordFilter(suite=placeholder.code)) == 0:
                placeholder.active = False
            for authority in dataset.local_authorities:
                if session.get(LocalAuthorityRow, authority.code) is None:
                    session.add(LocalAuthorityRow(code=authority.code, name=authority.name))
            # Demo users get the documented demo password so a newcomer can log in as
            # each role (one hash for all: it is the same public password anyway).
            from custody_checklist.services.accounts import DEMO_PASSWORD

            demo_hash = self.accounts.hasher.hash(DEMO_PASSWORD)
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
        self.records.import_records(dataset.records)
        return len(dataset.records)

    def close(self) -> None:
        self.database.close()


def load_definitions() -> DefinitionRegistry:
    return DefinitionRegistry.from_folder(resource("checklists"))


def sync_reference_data(database: Database, config: DeploymentConfig) -> None:
    """Make the suites and local authorities named in the config file exist in the database."""
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
