"""Errors the services raise; each carries a message fit to show a user."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custody_checklist.domain.record import Record


class ServiceError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user."""


class RecordNotFound(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


class RecordLocked(ServiceError):
    """The record is signed off: changes must go through an amendment."""


class ValidationFailed(ServiceError):
    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{where}: {message}" for where, message in problems[:10]))


class ConflictError(ServiceError):
    """Someone saved the record since this copy was read; nothing was overwritten."""

    def __init__(self, current: Record, attempted: str):
        self.current = current
        self.attempted = attempted
        super().__init__(
            f"record {current.custody_number} was changed on another terminal "
            f"(now version {current.version}); your change ({attempted}) was not saved"
        )


class AuthenticationFailed(ServiceError):
    """Wrong login name or password (the same words for both, so names cannot be probed)."""


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords: the account is locked for a while."""


class DemoRefused(ServiceError):
    """The demo dataset (public passwords) is only ever loaded into an empty database."""


class WorkflowError(ServiceError):
    """The step is not possible from the record's current state (e.g. signing a draft)."""
