"""What a CLI command needs, opened lazily so ``--version`` and ``--help`` stay instant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custody_checklist.config import DeploymentConfig
    from custody_checklist.domain.definition import DefinitionRegistry
    from custody_checklist.services.app_services import AppServices
    from custody_checklist.services.records import RecordService


class CliError(Exception):
    """A failure to report as one line on stderr with an exit code (2: bad input)."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


class CliContext:
    def __init__(self, database: str | None = None, config_file: str | None = None,
                 user: str | None = None):
        self.database_url = database
        self.config_file = config_file
        self.user = user
        self._config: DeploymentConfig | None = None
        self._services: AppServices | None = None

    def config(self) -> DeploymentConfig:
        from custody_checklist.config import ConfigError, load_config

        if self._config is None:
            try:
                self._config = load_config(self.config_file)
            except ConfigError as exc:
                raise CliError(str(exc)) from exc
        return self._config

    def services(self) -> AppServices:
        """Open the database (migrating it) once; clear errors instead of tracebacks."""
        from custody_checklist.domain.definition import DefinitionError
        from custody_checklist.services.app_services import open_services
        from custody_checklist.storage.database import DatabaseError

        if self._services is None:
            try:
                self._services = open_services(self.database_url, config=self.config())
            except (DatabaseError, DefinitionError) as exc:
                raise CliError(str(exc), exit_code=3) from exc
            from custody_checklist.cli.login import resolve_actor

            self._services.set_actor(resolve_actor(self._services, self.user))
        return self._services

    def login_hint(self) -> str:
        """Appended to a refusal: how to act as a user with the right role."""
        if self._services is not None and not self._services.actor.username and not self.user:
            return " (this database has user accounts: run with --user NAME)"
        return ""

    def record_service(self) -> RecordService:
        return self.services().records

    def definitions(self) -> DefinitionRegistry:
        from custody_checklist.domain.definition import DefinitionError
        from custody_checklist.services.app_services import load_definitions

        if self._services is not None:
            return self._services.definitions
        try:
            return load_definitions()
        except DefinitionError as exc:
            raise CliError(str(exc), exit_code=3) from exc

    def rule_settings(self) -> Any:
        from custody_checklist.domain.rules import RuleSettings

        try:
            return RuleSettings.from_mapping(self.config().thresholds)
        except ValueError as exc:
            raise CliError(f"[thresholds] in the config file: {exc}") from exc

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None
