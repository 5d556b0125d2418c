"""``demo``: load the invented demo dataset (several suites, dozens of children)."""

from __future__ import annotations

import argparse
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="load the invented demo dataset into an empty database (administrator; refused if "
             "it holds records or real user accounts)",
        description="The demo users log in with a published password, so the demo is only ever "
                    "loaded into an empty training or evaluation database.",
    )
    # --force once added the demo to a database with records; it is refused now, always.
    parser.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.services.errors import DemoRefused, PermissionDenied, ServiceError

    services = context.services()
    try:
        count = services.load_demo()
    except PermissionDenied:
        raise  # words and exit 4, like every refusal by the services
    except DemoRefused as exc:
        raise CliError(f"demo data not loaded: {exc}"
                       + (" (--force no longer overrides this)" if args.force else "")) from exc
    except ServiceError as exc:
        raise CliError(f"demo data could not be loaded: {exc}") from exc
    print(f"Loaded {count} invented demo records")
    return 0
