"""Who a CLI command acts as.

Before any account has a password (first run) the command acts as the local operator,
with a warning, so ``users add`` can create the first administrator and CI scripts on a
fresh database keep working. Once accounts exist, ``--user NAME`` (or
``CUSTODY_CHECKLIST_USER``) names the account; its password is read from
``CUSTODY_CHECKLIST_PASSWORD`` or asked for when stdin is a terminal. Without a user the
command runs with no roles, so only what needs no permission (e.g. ``init``) works.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from custody_checklist.cli.context import CliError

USER_ENV = "CUSTODY_CHECKLIST_USER"
PASSWORD_ENV = "CUSTODY_CHECKLIST_PASSWORD"


def resolve_actor(services: Any, user: str | None) -> Any:
    from custody_checklist.services.actor import Actor, local_operator
    from custody_checklist.services.errors import AuthenticationFailed

    user = user or os.environ.get(USER_ENV)
    if not services.accounts.accounts_exist():
        operator = local_operator()
        print(f"custody-checklist: note: no user accounts yet; acting as the local operator "
              f"'{operator.name}'. Create the first administrator with "
              "'custody-checklist users add'.", file=sys.stderr)
        return operator
    if not user:
        return Actor(name="(not logged in)", roles=frozenset())
    password = read_secret(PASSWORD_ENV, f"Password for {user}: ")
    try:
        return services.accounts.authenticate(user, password)
    except AuthenticationFailed as exc:
        raise CliError(str(exc), exit_code=4) from exc


def read_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from the environment, else typed without echo at a terminal."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"no terminal to ask for the password: set {env}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passwords differ")
    return first
