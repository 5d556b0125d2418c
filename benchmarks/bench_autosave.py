"""Autosave of one answer through the services on SQLite: the p99 goal is under 10 ms.

Run: .venv/bin/python benchmarks/bench_autosave.py [--saves 500] [--database URL]
Each save is what the editor does when a field is left: one transaction (BEGIN IMMEDIATE)
that reads the record, checks the version and the answer, writes the answers with one
versioned UPDATE and appends the hash-chained audit entry, committed with synchronous=FULL
(one fsync of the WAL). The record read has no timeline; each event adds a little.

Wall time counts waiting for the CPU and the disk, so on a busy machine it says as much
about the other work as about the save; the CPU time of the process per save is printed
too, as the steadier figure to compare changes by.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custody_checklist.config import DeploymentConfig, NamedEntry  # noqa: E402
from custody_checklist.domain.record import Child  # noqa: E402
from custody_checklist.services.app_services import open_services  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    url = args.database or f"sqlite:///{Path(tempfile.mkdtemp(prefix='cc-autosave-')) / 'a.sqlite3'}"
    services = open_services(url, config=DeploymentConfig(suites=(NamedEntry("BEN", "Bench"),)))
    record = services.records.create("BEN/000001/26", "BEN", Child(surname="Bench", forenames="Alex"))
    texts = ["Quiet and tearful at first.", "Asked for his mum.", "Calmer after food."]
    times, cpu_times = [], []
    for index in range(args.saves):
        start, cpu_start = time.perf_counter(), time.process_time()
        record = services.records.save_answer(
            record.id, "voc_behaviour_demeanour", texts[index % 3] + f" ({index})", record.version
        )
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
    times.sort()
    cpu_times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"database: {url}")
    print(f"autosave of one answer, {args.saves} saves: median {statistics.median(times):.2f} ms, "
          f"p99 {p99:.2f} ms, max {times[-1]:.2f} ms (goal: p99 under 10 ms on SQLite)")
    print(f"CPU time per save: median {statistics.median(cpu_times):.2f} ms, "
          f"p99 {cpu_times[int(len(cpu_times) * 0.99) - 1]:.2f} ms")
    services.close()


if __name__ == "__main__":
    main()
