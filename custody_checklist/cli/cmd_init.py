"""``init``: create the database, or upgrade it to this version's schema."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("init", help="create or upgrade the database")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.storage.database import describe_url  # SQLAlchemy: not for --help

    services = context.services()
    revision = services.database.current_revision()
    print(f"Database ready: {describe_url(services.database.url)} (schema {revision})")
    return 0
