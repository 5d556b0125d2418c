"""``export``: records as interchange JSON (what ``import`` takes back) or as CSV."""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("export", help="export records as JSON (default) or CSV")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--suite", help="only this suite (code)")
    parser.add_argument("--from", dest="arrived_from", metavar="DATE",
                        help="arrived on or after this date-time (ISO 8601 with offset)")
    parser.add_argument("--to", dest="arrived_to", metavar="DATE", help="arrived before this date-time")
    parser.set_defaults(handler=run)


@contextmanager
def _open_output(path: str | None, newline: str | None = None):  # type: ignore[no-untyped-def]
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    temporary = target.with_name(target.name + ".partial")
    try:
        # OFFICIAL-SENSITIVE: readable by the owner only, whatever the umask.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)  # never leave a half-written export under the real name
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {exc.strerror}") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)  # a refused or failed export leaves nothing behind
        raise


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.domain.timeutil import TimeFormatError, parse_instant
    from custody_checklist.storage.records_repo import RecordFilter

    try:
        filters = RecordFilter(
            suite=args.suite,
            arrived_from=parse_instant(args.arrived_from) if args.arrived_from else None,
            arrived_to=parse_instant(args.arrived_to) if args.arrived_to else None,
        )
    except TimeFormatError as exc:
        raise CliError(str(exc)) from exc
    records = context.record_service().iter_export(filters)
    if args.format == "csv":
        from custody_checklist.reports.csv_export import write_records_csv

        with _open_output(args.output, newline="") as handle:
            count = write_records_csv(records, handle)
    else:
        with _open_output(args.output) as handle:
            count = _write_json(records, handle)
    if args.output and args.output != "-":
        print(f"Exported {count} record(s) to {args.output}", file=sys.stderr)
    return 0


def _write_json(records: Any, handle: IO[str]) -> int:
    """Stream the document record by record so 100,000 records need little memory."""
    from custody_checklist.domain.interchange import FORMAT, FORMAT_VERSION, record_to_dict
    from custody_checklist.domain.timeutil import format_instant, utc_now

    handle.write("{\n")
    handle.write(f'  "format": {json.dumps(FORMAT)},\n  "format_version": {FORMAT_VERSION},\n')
    handle.write(f'  "exported_at": {json.dumps(format_instant(utc_now()))},\n  "records": [')
    count = 0
    for record in records:
        handle.write(",\n    " if count else "\n    ")
        handle.write(json.dumps(record_to_dict(record), ensure_ascii=False))
        count += 1
    handle.write("\n  ]\n}\n" if count else "]\n}\n")
    return count
