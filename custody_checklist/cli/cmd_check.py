"""``check RECORD``: the PACE rules' findings and deadlines for one record.

RECORD is a record id or custody number in the database, or a path to an interchange
JSON file (a document, or one bare record). Exit 0 when there is no breach, 1 when any
record has a breach, 2 on bad input. Times are printed in UTC (``Z``) with a
Europe/London display string beside them.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check a record against the PACE rules (findings and deadlines)",
        description="Print the rules engine's findings and deadlines for a record in the "
        "database (id or custody number) or in an interchange JSON file. Exit status: 0 no "
        "breach, 1 a breach, 2 bad input.",
    )
    parser.add_argument("record", metavar="RECORD",
                        help="record id, custody number, or path to an interchange .json file")
    parser.add_argument("--now", metavar="ISO",
                        help="evaluate as at this instant, with an offset "
                        "(e.g. 2026-10-25T05:00:00Z); default: the current time")
    parser.add_argument("--format", choices=("json", "table"), default="json",
                        help="output format (default: json)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.domain.rules import evaluate
    from custody_checklist.domain.timeutil import TimeFormatError, parse_instant, utc_now

    if args.now:
        try:
            now = parse_instant(args.now)
        except TimeFormatError as exc:
            raise CliError(f"--now: {exc}") from exc
    else:
        now = utc_now()
    settings = context.rule_settings()
    records = _load(args.record, context, now)
    results = [(record, evaluate(record, now, settings)) for record in records]
    if args.format == "table":
        sys.stdout.write(render_table(results, now))
    else:
        payload = [evaluation_to_dict(record, evaluation, now) for record, evaluation in results]
        json.dump(payload[0] if len(payload) == 1 else payload, sys.stdout, indent=2,
                  ensure_ascii=False)
        sys.stdout.write("\n")
    return 1 if any(evaluation.has_breach for _record, evaluation in results) else 0


def _looks_like_file(reference: str) -> bool:
    return reference == "-" or reference.lower().endswith(".json") or Path(reference).is_file()


def _load(reference: str, context: Any, now: datetime) -> list[Any]:
    if _looks_like_file(reference):
        return _load_file(reference, context, now)
    from custody_checklist.services.errors import ServiceError

    try:
        record = context.record_service().get_by_reference(reference)
    except ServiceError as exc:
        raise CliError(str(exc)) from exc
    if record is None:
        raise CliError(f"no record with id or custody number '{reference}' (and no such file)")
    return [record]


def _load_file(reference: str, context: Any, now: datetime) -> list[Any]:
    from custody_checklist.domain.interchange import (
        InterchangeError,
        decode_json_bytes,
        parse_document,
    )
    from custody_checklist.domain.timeutil import utc_now

    try:
        raw = sys.stdin.buffer.read() if reference == "-" else Path(reference).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {reference}: {exc.strerror or exc}") from exc
    definitions = context.definitions() if hasattr(context, "definitions") else None
    try:
        # Events later than the real clock are refused by the parser; with --now in the
        # future (a what-if), allow up to that instant.
        records = parse_document(decode_json_bytes(raw), definitions, now=max(utc_now(), now))
    except InterchangeError as exc:
        lines = "\n".join(f"  {path}: {message}" for path, message in exc.problems[:20])
        more = f"\n  ... and {len(exc.problems) - 20} more" if len(exc.problems) > 20 else ""
        raise CliError(f"{reference} is not a valid interchange file:\n{lines}{more}") from exc
    if not records:
        raise CliError(f"{reference} contains no records")
    return records


def _instant(moment: datetime | None) -> tuple[str | None, str | None]:
    from custody_checklist.domain.timeutil import format_instant, format_local

    if moment is None:
        return None, None
    return format_instant(moment), format_local(moment)


def evaluation_to_dict(record: Any, evaluation: Any, now: datetime) -> dict[str, Any]:
    """The JSON form of one record's evaluation (documented in docs/rules.md)."""
    at_utc, at_local = _instant(now)
    findings = []
    for f in evaluation.findings:
        due, due_local = _instant(f.due_at)
        findings.append({
            "code": f.code, "severity": str(f.severity), "message": f.message,
            "source": f.source, "due_at": due, "due_at_local": due_local,
            "question_id": f.question_id, "event_kind": f.event_kind, "event_id": f.event_id,
        })
    deadlines = []
    for d in evaluation.deadlines:
        due, due_local = _instant(d.due_at)
        met, met_local = _instant(d.met_at)
        deadlines.append({
            "code": d.code, "label": d.label, "due_at": due, "due_at_local": due_local,
            "met_at": met, "met_at_local": met_local, "source": d.source,
        })
    return {
        "record": record.custody_number,
        "record_id": record.id,
        "evaluated_at": at_utc,
        "evaluated_at_local": at_local,
        "has_breach": evaluation.has_breach,
        "findings": findings,
        "deadlines": deadlines,
    }


def render_table(results: list[tuple[Any, Any]], now: datetime) -> str:
    """A readable plain-text table per record for a terminal."""
    from custody_checklist.domain.timeutil import format_local

    out: list[str] = []
    for record, evaluation in results:
        out.append(f"Record {record.custody_number}  (evaluated {format_local(now)})")
        out.append("")
        if evaluation.findings:
            width = max(len(f.code) for f in evaluation.findings)
            out.append(f"{'SEVERITY':<8}  {'CODE':<{width}}  {'DUE':<20}  MESSAGE / SOURCE")
            for f in evaluation.findings:
                due = format_local(f.due_at) if f.due_at else ""
                out.append(f"{str(f.severity).upper():<8}  {f.code:<{width}}  {due:<20}  {f.message}")
                out.append(f"{'':<8}  {'':<{width}}  {'':<20}  [{f.source}]")
        else:
            out.append("No findings.")
        out.append("")
        if evaluation.deadlines:
            out.append("DEADLINES")
            for d in evaluation.deadlines:
                status = f"met {format_local(d.met_at)}" if d.met_at else "open"
                out.append(f"  {format_local(d.due_at):<20}  {d.label}  ({status}; {d.source})")
            out.append("")
        breaches = len([f for f in evaluation.findings if str(f.severity) == "breach"])
        out.append(f"{breaches} breach(es), {len(evaluation.findings)} finding(s).")
        out.append("")
    return "\n".join(out)
