"""``import FILE``: all-or-nothing import of an interchange file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import records from an interchange JSON file (all or nothing)",
        description="Every problem is reported with its JSON path; on any problem nothing is stored.",
    )
    parser.add_argument("file", help="interchange JSON file, or - for standard input")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.domain.interchange import (
        InterchangeError,
        decode_json_bytes,
        parse_document,
    )
    from custody_checklist.services.errors import ServiceError, ValidationFailed

    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from exc
    services = context.services()
    try:
        records = parse_document(decode_json_bytes(raw), services.definitions)
        notes = services.records.import_records(records)
    except InterchangeError as exc:
        _report(args.file, exc.problems)
        return 2
    except ValidationFailed as exc:
        _report(args.file, exc.problems)
        return 2
    except ServiceError as exc:
        raise CliError(str(exc)) from exc
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"Imported {len(records)} record(s) from {args.file}")
    return 0


def _report(name: str, problems: list[tuple[str, str]]) -> None:
    print(f"custody-checklist: {name}: {len(problems)} problem(s); nothing was imported", file=sys.stderr)
    for path, message in problems:
        print(f"  {path}: {message}", file=sys.stderr)
