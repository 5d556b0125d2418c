"""Audit benchmark: draw and pre-assess a dip sample and build the 12-week report over
100,000 synthetic records (target: under 5 s), plus the Concordat figures.

Prints figures; it is not a test. The records are bench_storage's synthetic ones (three
suites, arrivals spread over three years, so about 640 per ISO week).

    .venv/bin/python benchmarks/bench_audit.py [--records 100000] [--database URL]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_storage import SUITES, synthetic  # noqa: E402
from custody_checklist.config import DeploymentConfig, NamedEntry  # noqa: E402
from custody_checklist.domain.audit import Period  # noqa: E402
from custody_checklist.services.app_services import open_services  # noqa: E402
from custody_checklist.services.audit import AuditService  # noqa: E402


def timed(label: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"  {label:<58} {elapsed * 1000:9.0f} ms")
    return result, elapsed


def main() -> None:
    from datetime import UTC, datetime

    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-audit-")
    url = args.database or f"sqlite:///{os.path.join(folder, 'bench.sqlite3')}"
    config = DeploymentConfig(force_name="Benchmark Constabulary",
                              suites=tuple(NamedEntry(code, f"Suite {code}") for code in SUITES))
    services = open_services(url, config=config)
    end = datetime(2026, 11, 1, tzinfo=UTC)
    rng = random.Random(7)
    print(f"Audit benchmark on {url.split(':')[0]} with {args.records:,} records")
    start = time.perf_counter()
    for offset in range(0, args.records, 10_000):
        services.records.import_records([synthetic(i, rng, end) for i in range(offset, min(offset + 10_000, args.records))])
    print(f"  {'(setup) import':<58} {(time.perf_counter() - start) * 1000:9.0f} ms")
    audit = AuditService.for_app(services)
    week = Period.week_containing(datetime(2026, 10, 25, tzinfo=UTC))  # the clock-change week
    history = week.weeks_ending_here(12)[:-1]
    start = time.perf_counter()
    for earlier in history:
        audit.draw_sample(earlier, percent=10, minimum=5, stratify_by_suite=True, seed=f"bench-{earlier.label}")
    print(f"  {'(setup) 11 earlier weekly samples drawn':<58} {(time.perf_counter() - start) * 1000:9.0f} ms")

    print("Timed: draw + pre-assess + 12-week report")
    population, t_pop = timed("population of the week", audit.population, week)
    sample, t_draw = timed(f"draw + pre-assess 10% of {len(population)} (stratified)", audit.draw_sample, week,
                           percent=10, minimum=5, stratify_by_suite=True, seed="bench")
    report, t_report = timed("12-week report (results, trend, by suite)", audit.report, sample.summary.id)
    pdf = io.BytesIO()
    _, t_pdf = timed("report PDF (charts)", audit.write_report_pdf, report, pdf)
    text = io.StringIO()
    _, t_csv = timed("report CSV", audit.write_report_csv, report, text)
    total = t_draw + t_report + t_pdf + t_csv
    print(f"  {'TOTAL draw + pre-assess + report + PDF + CSV':<58} {total * 1000:9.0f} ms "
          f"({'meets' if total < 5 else 'MISSES'} the 5 s target)")
    print(f"  sample: {len(sample.items)} records, allocation {sample.allocation}, PDF {len(pdf.getvalue()) // 1024} KB")
    overall = report.trend.overall
    print("  overall compliance per week: " + ", ".join("-" if v is None else f"{v:.0f}%" for v in overall))

    print("Concordat figures")
    figures, _ = timed("one week", audit.figures, week)
    twelve = Period(history[0].start, week.end, "12 weeks")
    figures12, _ = timed("twelve weeks", audit.figures, twelve)
    for f in (figures, figures12):
        print(f"  {f.period.label}: detained {f.children_detained}, held overnight {f.held_overnight} "
              f"(post-charge {f.overnight_post_charge}), LA requests {f.la_requests_secure} secure / "
              f"{f.la_requests_non_secure} non-secure, transfers {f.transfers_achieved}, "
              f"AA wait avg {f.aa_wait_average_minutes or 0:.0f} min, longest {f.aa_wait_longest_minutes} min")
    services.close()


if __name__ == "__main__":
    main()
