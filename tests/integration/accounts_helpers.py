"""Accounts for the workflow, audit and permission tests: one person per role, all invented."""

from __future__ import annotations

from typing import Any

from custody_checklist.services.app_services import AppServices

PASSWORD = "correct horse battery"

PEOPLE = {
    # username: (full name, rank, collar, roles, suites)
    "admin": ("Ada Admin", "staff", "S1", ("administrator",), ()),
    "ps.alpha": ("Priya Alpha", "sergeant", "2001", ("sergeant",), ("TST-A",)),
    "ps.other": ("Owen Other", "sergeant", "2002", ("sergeant",), ("TST-A",)),
    "insp.alpha": ("Ines Alpha", "inspector", "1001", ("inspector",), ("TST-A",)),
    "insp.second": ("Ian Second", "inspector", "1002", ("inspector",), ("TST-A",)),
    "insp.beta": ("Bea Beta", "inspector", "1003", ("inspector",), ("TST-B",)),
    "ps.insp": ("Sam Both", "sergeant", "2003", ("sergeant", "inspector"), ("TST-A",)),
    "auditor": ("Audrey Auditor", "staff", "S2", ("auditor",), ()),
}


def add_people(services: AppServices) -> dict[str, AppServices]:
    """Create the accounts (the first as the local operator) and services acting as each."""
    for username, (name, rank, collar, roles, suites) in PEOPLE.items():
        services.accounts.add_user(username, name, rank=rank, collar_number=collar, roles=roles,
                                   suites=suites, password=PASSWORD)
        if username == "admin":
            services.set_actor(services.accounts.authenticate("admin", PASSWORD))
    return {username: as_user(services, username) for username in PEOPLE}


def as_user(services: AppServices, username: str) -> AppServices:
    other = AppServices(services.database, services.definitions, services.config, services.actor)
    other.set_actor(services.accounts.get_user(username).actor())
    return other


def any_actor(services: Any, username: str) -> Any:
    return services.accounts.get_user(username).actor()
