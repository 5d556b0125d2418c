"""User accounts: passwords (Argon2id), login with lockout, administration of users.

Passwords are hashed with argon2-cffi's ``PasswordHasher`` (Argon2id). No call returns a
hash: :class:`UserInfo` carries ``has_password`` only. A login that fails
``max_failed_logins`` times in a row locks the account for ``lockout_minutes``; every
login, failed login and lockout is written to the audit log.

Bootstrap: while no account has a password, the terminal acts as the local operator
(see :func:`custody_checklist.services.actor.local_operator`) and may create the first
account, which must hold the administrator role. After that only administrators manage
users.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from custody_checklist.domain.timeutil import format_local, utc_now
from custody_checklist.services.actor import ADMINISTRATOR, ALL_ROLES, AUDITOR, Actor
from custody_checklist.services.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationFailed,
)
from custody_checklist.storage import audit
from custody_checklist.storage.database import Database
from custody_checklist.storage.models import SuiteRow, UserRow

if TYPE_CHECKING:  # argon2 is loaded on the first hash or check, not at every start
    from argon2 import PasswordHasher

DEMO_PASSWORD = "demo-password-1"  # documented; only ever set on the invented demo users


def make_hasher() -> PasswordHasher:
    """Argon2id with argon2-cffi's default (RFC 9106 low-memory) parameters."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class AccountPolicy:
    min_password_length: int = 12
    max_failed_logins: int = 5
    lockout_minutes: int = 15

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> AccountPolicy:
        """From the config file's ``[accounts]`` table; the minimum length never drops below 12."""
        data = dict(data or {})
        unknown = set(data) - {"min_password_length", "max_failed_logins", "lockout_minutes"}
        if unknown:
            raise ValueError(f"[accounts] has unknown settings: {', '.join(sorted(unknown))}")
        values = {}
        for key, low, high in (("min_password_length", 12, 128), ("max_failed_logins", 1, 100),
                               ("lockout_minutes", 1, 24 * 60)):
            if key in data:
                value = data[key]
                if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                    raise ValueError(f"[accounts] {key} must be a whole number from {low} to {high}")
                values[key] = value
        return cls(**values)


@dataclass(frozen=True)
class UserInfo:
    """A user as services show it: never the password hash."""

    username: str
    full_name: str
    rank: str
    collar_number: str
    roles: tuple[str, ...]
    suites: tuple[str, ...]
    active: bool
    has_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    def actor(self) -> Actor:
        return actor_for(self)


def actor_for(user: UserRow | UserInfo) -> Actor:
    return Actor(
        name=user.full_name,
        roles=frozenset(user.roles or ()),
        rank=user.rank,
        collar_number=user.collar_number,
        suites=frozenset(user.suites or ()),
        username=user.username,
    )


def _info(row: UserRow) -> UserInfo:
    return UserInfo(
        username=row.username, full_name=row.full_name, rank=row.rank,
        collar_number=row.collar_number, roles=tuple(row.roles or ()), suites=tuple(row.suites or ()),
        active=row.active, has_password=bool(row.password_hash), locked_until=row.locked_until,
        last_login_at=row.last_login_at,
    )


class AccountService:
    def __init__(self, database: Database, actor: Actor, policy: AccountPolicy | None = None,
                 hasher: PasswordHasher | None = None):
        self.database = database
        self.actor = actor
        self.policy = policy or AccountPolicy()
        self._hasher = hasher

    @property
    def hasher(self) -> PasswordHasher:
        """Made on first use: starting the app (``accounts_exist``) needs no Argon2."""
        if self._hasher is None:
            self._hasher = make_hasher()
        return self._hasher

    @hasher.setter
    def hasher(self, hasher: PasswordHasher) -> None:
        self._hasher = hasher

    # ------------------------------------------------------------------ bootstrap
    def accounts_exist(self) -> bool:
        """True once any active account has a password: from then on people must log in."""
        with self.database.reading() as session:
            query = select(UserRow.id).where(UserRow.password_hash.is_not(None), UserRow.active).limit(1)
            return session.execute(query).first() is not None

    def _require_admin(self, action: str) -> None:
        if self.actor.username == "" and not self.accounts_exist():
            return  # first run: the local operator creates the first administrator
        self.actor.require(ADMINISTRATOR, action=action)

    # ------------------------------------------------------------------ reading
    def list_users(self, include_inactive: bool = True) -> list[UserInfo]:
        self.actor.require(ADMINISTRATOR, AUDITOR, action="list user accounts")
        with self.database.reading() as session:
            query = select(UserRow).order_by(UserRow.username)
            if not include_inactive:
                query = query.where(UserRow.active)
            return [_info(row) for row in session.execute(query).scalars()]

    def get_user(self, username: str) -> UserInfo:
        if username != self.actor.username:
            self.actor.require(ADMINISTRATOR, AUDITOR, action="see other user accounts")
        with self.database.reading() as session:
            return _info(self._row(session, username))

    def login_names(self) -> list[str]:
        """Active login names, for the login dialog's completer. Needs no actor: a terminal
        shows who may log in, as a paper signing-in sheet would; nothing secret."""
        with self.database.reading() as session:
            return list(session.execute(select(UserRow.username).where(UserRow.active)
                                        .order_by(UserRow.username)).scalars())

    # ------------------------------------------------------------------ administration
    def add_user(self, username: str, full_name: str, *, roles: Iterable[str], password: str,
                 rank: str = "", collar_number: str = "", suites: Iterable[str] = ()) -> UserInfo:
        self._require_admin("add user accounts")
        first = not self.accounts_exist()
        roles, suites = sorted(set(roles)), sorted(set(suites))
        username = username.strip().lower()
        problems = self._user_problems(username, full_name, roles)
        problems += self._password_problems(password)
        if first and ADMINISTRATOR not in roles:
            problems.append(("roles", "the first account must hold the administrator role"))
        now = utc_now()
        with self.database.transaction() as session:
            problems += self._suite_problems(session, suites)
            if session.execute(select(UserRow.id).where(UserRow.username == username)).first():
                problems.append(("username", f"the login name {username} is already taken"))
            if problems:
                raise ValidationFailed(problems)
            row = UserRow(
                username=username, full_name=full_name.strip(), rank=rank.strip(),
                collar_number=collar_number.strip(), roles=roles, suites=suites,
                password_hash=self.hasher.hash(password), active=True, failed_logins=0,
                created_at=now, password_changed_at=now,
            )
            session.add(row)
            audit.append(session, at=now, user=self.actor.audit_name, action="user_add",
                         detail={"username": username, "roles": roles, "suites": suites})
            session.flush()
            return _info(row)

    def update_user(self, username: str, *, full_name: str | None = None, rank: str | None = None,
                    collar_number: str | None = None, roles: Iterable[str] | None = None,
                    suites: Iterable[str] | None = None, active: bool | None = None) -> UserInfo:
        self.actor.require(ADMINISTRATOR, action="change user accounts")
        now = utc_now()
        with self.database.transaction() as session:
            row = self._row(session, username)
            changes: dict[str, Any] = {}
            new_roles = sorted(set(roles)) if roles is not None else list(row.roles)
            problems = self._user_problems(row.username, full_name if full_name is not None else row.full_name,
                                           new_roles)
            if suites is not None:
                problems += self._suite_problems(session, sorted(set(suites)))
            if problems:
                raise ValidationFailed(problems)
            for key, value in (("full_name", full_name), ("rank", rank), ("collar_number", collar_number)):
                if value is not None and getattr(row, key) != value.strip():
                    changes[key] = {"old": getattr(row, key), "new": value.strip()}
                    setattr(row, key, value.strip())
            if roles is not None and list(row.roles) != new_roles:
                changes["roles"] = {"old": list(row.roles), "new": new_roles}
                row.roles = new_roles
            if suites is not None and list(row.suites) != sorted(set(suites)):
                changes["suites"] = {"old": list(row.suites), "new": sorted(set(suites))}
                row.suites = sorted(set(suites))
            if active is not None and row.active != active:
                changes["active"] = {"old": row.active, "new": active}
                row.active = active
            self._keep_an_administrator(session, row)
            if changes:
                audit.append(session, at=now, user=self.actor.audit_name, action="user_change",
                             detail={"username": row.username, "changes": changes})
            return _info(row)

    def reset_password(self, username: str, new_password: str) -> None:
        """An administrator sets a new password (and clears any lockout)."""
        self.actor.require(ADMINISTRATOR, action="reset passwords")
        self._set_password(username, new_password, "password_reset")

    def change_own_password(self, old_password: str, new_password: str) -> None:
        if not self.actor.username:
            raise PermissionDenied("log in with an account to change its password")
        self.authenticate(self.actor.username, old_password)
        self._set_password(self.actor.username, new_password, "password_change")

    def unlock(self, username: str) -> None:
        self.actor.require(ADMINISTRATOR, action="unlock accounts")
        with self.database.transaction() as session:
            row = self._row(session, username)
            row.failed_logins, row.locked_until = 0, None
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action="user_unlock",
                         detail={"username": row.username})

    def _set_password(self, username: str, new_password: str, action: str) -> None:
        problems = self._password_problems(new_password)
        if problems:
            raise ValidationFailed(problems)
        now = utc_now()
        with self.database.transaction() as session:
            row = self._row(session, username)
            row.password_hash = self.hasher.hash(new_password)
            row.password_changed_at, row.failed_logins, row.locked_until = now, 0, None
            audit.append(session, at=now, user=self.actor.audit_name, action=action,
                         detail={"username": row.username})

    # ------------------------------------------------------------------ authentication
    def authenticate(self, username: str, password: str, *, purpose: str = "login") -> Actor:
        """The actor for a correct password; else ``AuthenticationFailed`` / ``AccountLocked``.

        ``purpose`` is ``"login"``, ``"unlock"`` or ``"signature"`` (password re-entry to
        sign); all count towards the lockout and are logged. The message for an unknown
        name and a wrong password is the same, so names cannot be probed.
        """
        username = username.strip().lower()
        now = utc_now()
        with self.database.transaction() as session:
            row = session.execute(select(UserRow).where(UserRow.username == username)).scalar_one_or_none()
            if row is not None and row.locked_until is not None and row.locked_until > now:
                audit.append(session, at=now, user=username, action="login_refused",
                             detail={"purpose": purpose, "reason": "locked"})
                error: Exception = AccountLocked(
                    f"the account {username} is locked after repeated wrong passwords until "
                    f"{format_local(row.locked_until)}; an administrator can unlock it")
            elif row is None or not row.active or not row.password_hash or not self._verify(row, password):
                error = AuthenticationFailed("wrong login name or password")
                detail: dict[str, Any] = {"purpose": purpose}
                if row is not None:
                    row.failed_logins = (row.failed_logins or 0) + 1
                    detail["failures"] = row.failed_logins
                    if not row.active:
                        detail["reason"] = "inactive"
                    if row.failed_logins >= self.policy.max_failed_logins:
                        row.locked_until = now + timedelta(minutes=self.policy.lockout_minutes)
                        row.failed_logins = 0
                        detail["locked_until"] = row.locked_until.isoformat()
                        error = AccountLocked(
                            f"too many wrong passwords: the account {username} is locked for "
                            f"{self.policy.lockout_minutes} minutes")
                audit.append(session, at=now, user=username, action="login_failed", detail=detail)
                if "locked_until" in detail:
                    audit.append(session, at=now, user=username, action="account_locked",
                                 detail={"minutes": self.policy.lockout_minutes})
            else:
                row.failed_logins, row.locked_until = 0, None
                if purpose == "login":
                    row.last_login_at = now
                if self.hasher.check_needs_rehash(row.password_hash):
                    row.password_hash = self.hasher.hash(password)
                audit.append(session, at=now, user=username, action=purpose, detail={})
                return actor_for(row)
        # Outside the transaction so the failure count and the log entry are committed.
        raise error

    def verify_password(self, actor: Actor, password: str) -> None:
        """Password re-entry as an electronic signature: raises like :meth:`authenticate`."""
        if not actor.username:
            raise PermissionDenied("a signature needs a user account: create accounts first")
        self.authenticate(actor.username, password, purpose="signature")

    def log_session_event(self, action: str, detail: dict[str, Any] | None = None) -> None:
        """Record a terminal event for the acting user: ``lock``, ``logout``, ``switch_user``."""
        with self.database.transaction() as session:
            audit.append(session, at=utc_now(), user=self.actor.audit_name, action=action,
                         detail=dict(detail or {}))

    def _verify(self, row: UserRow, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        try:
            return self.hasher.verify(row.password_hash or "", password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    # ------------------------------------------------------------------ checks
    @staticmethod
    def _row(session: Any, username: str) -> UserRow:
        row = session.execute(select(UserRow).where(UserRow.username == username.strip().lower())).scalar_one_or_none()
        if row is None:
            raise ValidationFailed([("username", f"no user account {username}")])
        return row

    def _password_problems(self, password: str) -> list[tuple[str, str]]:
        if len(password) < self.policy.min_password_length:
            return [("password", f"the password must be at least {self.policy.min_password_length} characters")]
        if not password.strip():
            return [("password", "the password must not be blank")]
        return []

    @staticmethod
    def _user_problems(username: str, full_name: str, roles: list[str]) -> list[tuple[str, str]]:
        problems = []
        if not username or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
            problems.append(("username", "the login name may hold letters, digits, '.', '-' and '_' only"))
        if not full_name.strip():
            problems.append(("full_name", "enter the person's full name"))
        unknown = set(roles) - set(ALL_ROLES)
        if unknown:
            problems.append(("roles", f"unknown role {', '.join(sorted(unknown))} (roles: {', '.join(ALL_ROLES)})"))
        if not roles:
            problems.append(("roles", "give the account at least one role"))
        return problems

    @staticmethod
    def _suite_problems(session: Any, suites: list[str]) -> list[tuple[str, str]]:
        known = set(session.execute(select(SuiteRow.code)).scalars())
        return [("suites", f"unknown suite {code}") for code in suites if code not in known]

    def _keep_an_administrator(self, session: Any, row: UserRow) -> None:
        session.flush()
        admins = [u for u in session.execute(select(UserRow).where(UserRow.active)).scalars()
                  if ADMINISTRATOR in (u.roles or []) and u.password_hash]
        if not admins:
            raise ValidationFailed([("roles", "at least one active administrator must remain")])
