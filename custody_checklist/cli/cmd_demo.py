"""``demo``: load the invented demo dataset (several suites, dozens of children)."""

from __future__ import annotations

import argparse
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="load the invented demo dataset into the database (refused if it holds records)"
    )
    parser.add_argument("--force", action="store_true", help="load even if records already exist")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.services.errors import ServiceError

    services = context.services()
    if not args.force and not services.is_empty():
        raise CliError("the database already holds records; use --force to add the demo data anyway")
    try:
        count = services.load_demo()
    except ServiceError as exc:
        raise CliError(f"demo data could not be loaded: {exc}") from exc
    print(f"Loaded {count} invented demo records")
    return 0
