"""``users``: list, add and change user accounts, reset passwords, unlock.

``users add`` on a database without accounts creates the first administrator (it must
hold the administrator role); after that only an administrator (``--user``) may. The
new password comes from ``CUSTODY_CHECKLIST_NEW_PASSWORD`` or is typed twice. No command
ever prints a password hash.
"""

from __future__ import annotations

import argparse
from typing import Any

from custody_checklist.cli.context import CliError

NEW_PASSWORD_ENV = "CUSTODY_CHECKLIST_NEW_PASSWORD"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("users", help="manage user accounts (administrators)")
    commands = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list the accounts (never the passwords)")
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("add", help="add an account (the first one must be an administrator)")
    add.add_argument("username", help="login name, e.g. ps.rahman")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--rank", default="", help="e.g. sergeant, inspector, staff")
    add.add_argument("--collar", default="", help="collar or staff number")
    _roles_and_suites(add, required=True)
    add.set_defaults(handler=run_add)

    change = commands.add_parser("set", help="change roles, suites or details of an account")
    change.add_argument("username")
    change.add_argument("--name")
    change.add_argument("--rank")
    change.add_argument("--collar")
    _roles_and_suites(change, required=False)
    active = change.add_mutually_exclusive_group()
    active.add_argument("--disable", dest="active", action="store_false", default=None)
    active.add_argument("--enable", dest="active", action="store_true", default=None)
    change.set_defaults(handler=run_set)

    reset = commands.add_parser("passwd", help="set a new password for an account (clears a lockout)")
    reset.add_argument("username")
    reset.set_defaults(handler=run_passwd)

    unlock = commands.add_parser("unlock", help="clear a lockout after repeated wrong passwords")
    unlock.add_argument("username")
    unlock.set_defaults(handler=run_unlock)


def _roles_and_suites(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--role", dest="roles", action="append", required=required,
                        choices=("sergeant", "inspector", "auditor", "administrator"),
                        help="a role; repeat for several")
    parser.add_argument("--suite", dest="suites", action="append",
                        help="a suite code the person works in; repeat; none means every suite")


def _service_call(call: Any) -> Any:
    from custody_checklist.services.errors import PermissionDenied, ServiceError

    try:
        return call()
    except PermissionDenied:
        raise
    except ServiceError as exc:
        raise CliError(str(exc)) from exc


def run_list(args: argparse.Namespace, context: Any) -> int:
    users = _service_call(lambda: context.services().accounts.list_users())
    for user in users:
        state = "active" if user.active else "disabled"
        if user.locked_until:
            state += ", locked"
        if not user.has_password:
            state += ", no password"
        print(f"{user.username:<20} {user.full_name:<28} {user.rank:<14} {user.collar_number:<8} "
              f"{','.join(user.roles):<30} {','.join(user.suites) or 'all suites':<20} {state}")
    return 0


def run_add(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.cli.login import read_secret

    accounts = context.services().accounts
    password = read_secret(NEW_PASSWORD_ENV, f"New password for {args.username}: ", confirm=True)
    user = _service_call(lambda: accounts.add_user(
        args.username, args.name, rank=args.rank, collar_number=args.collar, roles=args.roles,
        suites=args.suites or (), password=password))
    print(f"Added {user.username} ({', '.join(user.roles)})")
    return 0


def run_set(args: argparse.Namespace, context: Any) -> int:
    accounts = context.services().accounts
    user = _service_call(lambda: accounts.update_user(
        args.username, full_name=args.name, rank=args.rank, collar_number=args.collar,
        roles=args.roles, suites=args.suites, active=args.active))
    print(f"Changed {user.username}: {', '.join(user.roles)}; "
          f"{', '.join(user.suites) or 'all suites'}; {'active' if user.active else 'disabled'}")
    return 0


def run_passwd(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.cli.login import read_secret

    accounts = context.services().accounts
    password = read_secret(NEW_PASSWORD_ENV, f"New password for {args.username}: ", confirm=True)
    _service_call(lambda: accounts.reset_password(args.username, password))
    print(f"Password of {args.username} changed")
    return 0


def run_unlock(args: argparse.Namespace, context: Any) -> int:
    _service_call(lambda: context.services().accounts.unlock(args.username))
    print(f"{args.username} unlocked")
    return 0
