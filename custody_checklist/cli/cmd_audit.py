"""``audit``: the weekly dip sample and the multi-agency figures, headless.

    audit draw --period 2026-W43 (--count N | --percent P) [--minimum 5] [--suite S]... [--stratify] [--seed X]
    audit list
    audit show SAMPLE
    audit score SAMPLE RECORD (--confirm | CRITERION OUTCOME [--comment TEXT]) | --grade GRADE [--comment TEXT]
    audit report SAMPLE [-o FILE.pdf] [--csv FILE.csv] [--weeks 12]
    audit figures --period P [--suite S]... [-o FILE.pdf] [--csv FILE.csv]
    audit export --period P [--suite S]... -o FILE [--format csv|json] [--include-free-text]

Exit status: 0 done, 2 bad input (unknown sample, record or criterion; an override
without a comment; a period with no records), 4 refused (not an auditor/administrator).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from custody_checklist.cli.context import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="dip-sample audit, multi-agency figures, pseudonymised export")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    draw = sub.add_parser("draw", help="draw a reproducible random sample of records for a period")
    _period_args(draw)
    size = draw.add_mutually_exclusive_group(required=True)
    size.add_argument("--count", type=int, help="number of records")
    size.add_argument("--percent", type=float, help="percentage of the eligible records")
    draw.add_argument("--minimum", type=int, default=5, help="smallest sample (default 5)")
    draw.add_argument("--stratify", action="store_true", help="share the sample between suites in proportion")
    draw.add_argument("--seed", help="seed (default: a new random seed, printed and recorded)")
    draw.add_argument("--format", choices=("table", "json"), default="table")
    draw.set_defaults(handler=run_draw)

    listing = sub.add_parser("list", help="samples drawn, newest first")
    listing.set_defaults(handler=run_list)

    show = sub.add_parser("show", help="a sample's records and pre-assessment")
    show.add_argument("sample")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=run_show)

    score = sub.add_parser("score", help="confirm or override a pre-assessment, or grade a record")
    score.add_argument("sample")
    score.add_argument("record", help="record id or custody number")
    score.add_argument("criterion", nargs="?")
    score.add_argument("outcome", nargs="?", choices=("met", "not_met", "not_applicable"))
    score.add_argument("--comment", default="")
    score.add_argument("--confirm", action="store_true", help="confirm every criterion not yet scored")
    score.add_argument("--grade", choices=("good", "requires_improvement", "inadequate"))
    score.set_defaults(handler=run_score)

    report = sub.add_parser("report", help="results of a sample as PDF and/or CSV (with the 12-week trend)")
    report.add_argument("sample")
    report.add_argument("-o", "--output", metavar="FILE.pdf")
    report.add_argument("--csv", metavar="FILE.csv")
    report.add_argument("--weeks", type=int, default=12)
    report.set_defaults(handler=run_report)

    figures = sub.add_parser("figures", help="Concordat figures for a period (children held overnight, transfers)")
    _period_args(figures)
    figures.add_argument("-o", "--output", metavar="FILE.pdf")
    figures.add_argument("--csv", metavar="FILE.csv")
    figures.set_defaults(handler=run_figures)

    export = sub.add_parser("export", help="pseudonymised records for partner agencies (logged as a disclosure)")
    _period_args(export)
    export.add_argument("-o", "--output", metavar="FILE", required=True)
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--include-free-text", action="store_true",
                        help="include free text (may identify the child: check before sharing)")
    export.set_defaults(handler=run_export)


def _period_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", help="ISO week such as 2026-W43 (default: the current week) "
                        "or London dates 2026-10-19..2026-10-25")
    parser.add_argument("--suite", action="append", default=[], help="suite code (repeat for several; default all)")


def _service(context: Any) -> Any:
    from custody_checklist.services.audit import AuditService

    return AuditService.for_app(context.services())


def _period(args: argparse.Namespace, service: Any) -> Any:
    from custody_checklist.domain.audit import Period

    if not args.period:
        return service.current_week()
    try:
        return Period.parse(args.period)
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def _call(function: Any, *args: Any, **kwargs: Any) -> Any:
    from custody_checklist.services.errors import PermissionDenied, ServiceError

    try:
        return function(*args, **kwargs)
    except PermissionDenied:
        raise  # the CLI's own handler: words and exit 4
    except ServiceError as exc:
        raise CliError(str(exc)) from exc


def _write_binary(path: str, writer: Any) -> None:
    from pathlib import Path

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            writer(handle)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {exc.strerror}") from exc


def _write_text(path: str, writer: Any) -> Any:
    from pathlib import Path

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            result = writer(handle)
        partial.replace(target)
        return result
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {exc.strerror}") from exc


def _sample_json(detail: Any) -> dict:
    from custody_checklist.domain.timeutil import format_instant

    s = detail.summary
    return {
        "sample": s.id, "period": s.label, "period_start": format_instant(s.period_start),
        "period_end": format_instant(s.period_end), "suites": list(s.suites), "seed": s.seed,
        "algorithm": s.algorithm, "population": s.population_size, "allocation": detail.allocation,
        "records": [{"position": i.position, "record_id": i.record_id, "custody_number": i.custody_number,
                     "suite": i.suite, "suggested_grade": i.suggested_grade.value,
                     "not_met": [c for c, p in i.pre.items() if p.outcome.value == "not_met"]}
                    for i in detail.items],
    }


def _print_sample(detail: Any, fmt: str) -> None:
    data = _sample_json(detail)
    if fmt == "json":
        print(json.dumps(data, indent=1, ensure_ascii=False))
        return
    print(f"Sample {data['sample']}  period {data['period']}  seed {data['seed']}")
    print(f"  {data['algorithm']}; population {data['population']}; sampled {len(data['records'])}"
          + (f"; allocation {data['allocation']}" if data["allocation"] else ""))
    for r in data["records"]:
        print(f"  {r['position']:>3}  {r['custody_number']:<20} {r['suite']:<8} {r['suggested_grade']:<22} "
              f"not met: {', '.join(r['not_met']) or '-'}")


def run_draw(args: argparse.Namespace, context: Any) -> int:
    service = _service(context)
    period = _period(args, service)
    detail = _call(service.draw_sample, period, args.suite or None, count=args.count, percent=args.percent,
                   minimum=args.minimum, stratify_by_suite=args.stratify, seed=args.seed)
    _print_sample(detail, args.format)
    return 0


def run_list(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.domain.timeutil import format_local

    for s in _call(_service(context).list_samples):
        print(f"{s.id}  {s.label:<24} drawn {format_local(s.drawn_at)} by {s.drawn_by}; "
              f"{s.sample_size} of {s.population_size}; graded {s.graded_items}")
    return 0


def run_show(args: argparse.Namespace, context: Any) -> int:
    _print_sample(_call(_service(context).get_sample, args.sample), args.format)
    return 0


def _record_id(detail: Any, reference: str) -> str:
    for item in detail.items:
        if reference in (item.record_id, item.custody_number):
            return item.record_id
    raise CliError(f"record {reference} is not in sample {detail.summary.id}")


def run_score(args: argparse.Namespace, context: Any) -> int:
    service = _service(context)
    detail = _call(service.get_sample, args.sample)
    record_id = _record_id(detail, args.record)
    did = False
    if args.confirm:
        item = _call(service.confirm_pre_assessment, args.sample, record_id)
        did = True
    if args.criterion or args.outcome:
        if not (args.criterion and args.outcome):
            raise CliError("give both CRITERION and OUTCOME (met, not_met, not_applicable)")
        item = _call(service.score, args.sample, record_id, args.criterion, args.outcome, args.comment)
        did = True
    if args.grade:
        item = _call(service.set_grade, args.sample, record_id, args.grade, args.comment)
        did = True
    if not did:
        raise CliError("nothing to do: give CRITERION OUTCOME, --confirm or --grade")
    print(f"{item.custody_number}: {len(item.scores)} of {len(item.pre)} criteria scored; "
          f"grade {item.grade.value if item.grade else 'not set'} (suggested {item.suggested_grade.value})")
    return 0


def run_report(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.domain.audit import format_percent

    service = _service(context)
    if args.weeks < 1 or args.weeks > 104:
        raise CliError("--weeks must be between 1 and 104")
    report = _call(service.report, args.sample, args.weeks)
    if args.output:
        _write_binary(args.output, lambda handle: service.write_report_pdf(report, handle))
        print(f"Wrote {args.output}", file=sys.stderr)
    if args.csv:
        _write_text(args.csv, lambda handle: service.write_report_csv(report, handle))
        print(f"Wrote {args.csv}", file=sys.stderr)
    if not args.output and not args.csv:
        for r in report.results.criteria:
            print(f"{r.label:<60} {r.met:>3}/{r.denominator:<3} {format_percent(r.percent):>5}  (N/A {r.not_applicable})")
    return 0


def run_figures(args: argparse.Namespace, context: Any) -> int:
    service = _service(context)
    figures = _call(service.figures, _period(args, service), args.suite or None)
    if args.output:
        _write_binary(args.output, lambda handle: service.write_figures_pdf(figures, handle))
        print(f"Wrote {args.output}", file=sys.stderr)
    if args.csv:
        _write_text(args.csv, lambda handle: service.write_figures_csv(figures, handle))
        print(f"Wrote {args.csv}", file=sys.stderr)
    if not args.output and not args.csv:
        from custody_checklist.reports.audit_csv import write_figures_csv

        write_figures_csv(figures, sys.stdout)
    return 0


def run_export(args: argparse.Namespace, context: Any) -> int:
    from custody_checklist.services.audit_export import FREE_TEXT_WARNING

    service = _service(context)
    period = _period(args, service)
    if args.include_free_text:
        print(FREE_TEXT_WARNING, file=sys.stderr)
    summary = _write_text(args.output, lambda handle: _call(
        service.export_pseudonymised, period, handle, args.suite or None,
        include_free_text=args.include_free_text, fmt=args.format))
    print(f"Exported {summary.rows} pseudonymised record(s) to {args.output} (logged as a disclosure)",
          file=sys.stderr)
    return 0
