"""The audit results and the Concordat figures as CSV (formula cells neutralised)."""

from __future__ import annotations

import csv
from typing import IO, Any

from custody_checklist.domain.timeutil import format_instant
from custody_checklist.reports.csv_export import neutralise


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def write_audit_csv(report: Any, handle: IO[str]) -> int:
    """Long format, one table: section, key columns, values. Returns rows written."""
    res, trend = report.results, report.trend
    writer = csv.writer(handle)
    rows = 0

    def row(*values: Any) -> None:
        nonlocal rows
        writer.writerow([neutralise(v) for v in values])
        rows += 1

    sample = res.sample
    row("section", "sample", "period", "suite", "criterion_id", "criterion", "group", "met", "not_met",
        "not_applicable", "denominator", "percent", "provisional", "custody_number", "comment")
    for r in res.criteria:
        row("compliance", sample.id, sample.label, "", r.criterion_id, r.label, r.group, r.met, r.not_met,
            r.not_applicable, r.denominator, _pct(r.percent), r.provisional, "", "")
    for suite, results in res.by_suite.items():
        for r in results:
            row("by_suite", sample.id, sample.label, suite, r.criterion_id, r.label, r.group, r.met, r.not_met,
                r.not_applicable, r.denominator, _pct(r.percent), r.provisional, "", "")
    for week, overall in zip(trend.weeks, trend.overall, strict=True):
        index = trend.weeks.index(week)
        for criterion_id, values in trend.series.items():
            row("trend", "", week.label, "", criterion_id, "", "", "", "", "", "", _pct(values[index]), "", "", "")
        row("trend", "", week.label, "", "all", "", "", "", "", "", "", _pct(overall), "", "", "")
    for f in res.failings:
        row("failing", sample.id, sample.label, f.suite, f.criterion_id, f.label, "", "", "", "", "", "", "",
            f.custody_number, f.comment)
    for grade, count in res.grades.items():
        row("grades", sample.id, sample.label, "", grade, "", "", count, "", "", "", "", "", "", "")
    return rows


def write_figures_csv(figures: Any, handle: IO[str]) -> int:
    writer = csv.writer(handle)
    rows = [("measure", "category", "value")]
    f = figures
    rows += [
        ("period", "", f.period.label), ("period_start", "", format_instant(f.period.start)),
        ("period_end", "", format_instant(f.period.end)), ("suites", "", " ".join(f.suites) or "all"),
        ("overnight_definition", "", f.overnight_definition), ("children_detained", "", f.children_detained),
        ("held_overnight", "", f.held_overnight), ("held_overnight_post_charge", "", f.overnight_post_charge),
        ("bail_refused", "", f.bail_refused), ("la_requests", "secure", f.la_requests_secure),
        ("la_requests", "non_secure", f.la_requests_non_secure), ("transfers_achieved", "", f.transfers_achieved),
        ("transfers_achieved", "secure", f.transfers_secure),
        ("transfers_achieved", "non_secure", f.transfers_non_secure),
    ]
    rows += [("held_overnight_by_age_band", k, v) for k, v in f.overnight_by_age_band.items()]
    rows += [("held_overnight_by_gender", k, v) for k, v in f.overnight_by_gender.items()]
    rows += [("held_overnight_by_ethnicity", k, v) for k, v in f.overnight_by_ethnicity.items()]
    rows += [("non_transfer_reason", k, v) for k, v in f.non_transfer_reasons.items()]
    rows += [("la_response_when_not_transferred", k, v) for k, v in f.la_responses.items()]
    rows += [
        ("aa_wait_minutes", "average", "" if f.aa_wait_average_minutes is None else f"{f.aa_wait_average_minutes:.1f}"),
        ("aa_wait_minutes", "longest", "" if f.aa_wait_longest_minutes is None else f.aa_wait_longest_minutes),
        ("aa_wait_minutes", "children", f.aa_wait_count),
    ]
    for r in rows:
        writer.writerow([neutralise(v) for v in r])
    return len(rows)
