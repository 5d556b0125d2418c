"""``pdf RECORD... [-o FILE.pdf | --out-dir DIR]``: detention summaries as PDF files.

One record goes to ``-o FILE.pdf`` (or a safe name in the current folder); several go to
``--out-dir`` with names made from the custody number and the date of arrival. Every
reference is looked up before anything is written, so a typo does not leave half a batch.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pdf",
        help="write the detention summary of one or more records as PDF",
        description=(
            "Writes the printable summary (OFFICIAL-SENSITIVE) of each record. RECORD is a "
            "record id or a custody number."
        ),
    )
    parser.add_argument("records", nargs="+", metavar="RECORD", help="record id or custody number")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE.pdf", help="output file (one record only)")
    target.add_argument(
        "--out-dir",
        metavar="DIR",
        help="folder for the PDFs; names come from the custody number and date",
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.domain.rules import evaluate
    from custody_checklist.domain.timeutil import utc_now
    from custody_checklist.reports.pdf_summary import build_summary_pdf, summary_filename
    from custody_checklist.services.errors import ServiceError

    if args.output and len(args.records) > 1:
        raise CliError("-o takes one record; use --out-dir DIR for several")
    service = context.record_service()
    records = []
    for reference in dict.fromkeys(args.records):  # in order, without repeats
        try:
            record = service.get_by_reference(reference)
        except ServiceError as exc:  # e.g. no permission for this suite
            raise CliError(f"{reference}: {exc}") from exc
        if record is None:
            raise CliError(f"no record with id or custody number '{reference}'", exit_code=2)
        records.append(record)

    targets = _targets(args, records, summary_filename)
    existing = [str(t) for t in targets if t.exists()]
    if existing and not args.force:
        raise CliError(f"{existing[0]} already exists (use --force to overwrite)")

    definitions = context.definitions()
    settings = context.rule_settings()
    app = context.services()
    for record, target in zip(records, targets, strict=True):
        now = utc_now()
        definition = definitions.get(record.definition_id, record.definition_version)
        _write_atomically(
            target,
            lambda out, record=record, definition=definition, now=now: build_summary_pdf(
                record,
                definition,
                evaluate(record, now, settings),
                force_name=app.force_name(record.suite),
                suite_name=service.suite_name(record.suite),
                generated_at=now,
                content_hash=service.content_hash(record),
                output=out,
            ),
        )
        service.log_disclosure(record.id, "pdf", {"file": str(target)})
        print(f"{record.custody_number}: {target}")
    if len(records) > 1:
        print(f"Wrote {len(records)} summaries", file=sys.stderr)
    return 0


def _targets(args: argparse.Namespace, records: list, summary_filename: Any) -> list[Path]:
    if args.output:
        return [Path(args.output)]
    folder = Path(args.out_dir) if args.out_dir else Path.cwd()
    if args.out_dir:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CliError(f"cannot create {folder}: {exc.strerror}") from exc
    used: set[str] = set()
    targets = []
    for record in records:
        day = record.arrival_at or record.created_at
        name = summary_filename(record.custody_number, day)
        stem, number = name.removesuffix(".pdf"), 2
        while name in used:  # two records with the same custody number and day
            name, number = f"{stem}-{number}.pdf", number + 1
        used.add(name)
        targets.append(folder / name)
    return targets


def _write_atomically(target: Path, write: Any) -> None:
    """Write through a temporary file in the same folder, so a failure leaves no half PDF."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".summary-", suffix=".pdf", dir=folder)
    except OSError as exc:
        raise CliError(f"cannot write in {folder}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temp_name, target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
