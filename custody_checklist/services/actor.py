"""Who is acting. Every service call is made on behalf of an actor and checked here."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from custody_checklist.services.errors import PermissionDenied

SERGEANT = "sergeant"
INSPECTOR = "inspector"
AUDITOR = "auditor"
ADMINISTRATOR = "administrator"
ALL_ROLES = (SERGEANT, INSPECTOR, AUDITOR, ADMINISTRATOR)


@dataclass(frozen=True)
class Actor:
    name: str
    roles: frozenset[str]
    rank: str = ""
    collar_number: str = ""
    suites: frozenset[str] = field(default_factory=frozenset)  # empty: every suite
    username: str = ""  # the account's login name; empty for the local operator

    @property
    def audit_name(self) -> str:
        """How the audit log names this actor: the unique login name when there is one."""
        return self.username or self.name

    @property
    def display_name(self) -> str:
        """``Insp Nkechi Adebayo (1102)``: for sign-offs and status bars."""
        rank = {"sergeant": "Sgt", "inspector": "Insp", "superintendent": "Supt"}.get(self.rank.lower(), "")
        number = f" ({self.collar_number})" if self.collar_number else ""
        return f"{rank + ' ' if rank else ''}{self.name}{number}"

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def require(self, *roles: str, action: str) -> None:
        if not self.roles.intersection(roles):
            raise PermissionDenied(
                f"{self.name} may not {action}: it needs the role {' or '.join(roles)}"
            )

    def require_suite(self, suite: str, action: str) -> None:
        if self.suites and suite not in self.suites:
            raise PermissionDenied(f"{self.name} may not {action} at suite {suite}")


def local_operator() -> Actor:
    """The actor for a terminal before accounts exist: the operating-system user.

    Accounts, login and per-role permissions are introduced with the sign-off work;
    until then the single-suite terminal user may do everything a sergeant and an
    administrator may.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "local user"
    return Actor(name=user, roles=frozenset({SERGEANT, ADMINISTRATOR, AUDITOR}))
