"""Autosave of one answer through the services on SQLite: the p99 goal is under 10 ms.

Run: .venv/bin/python benchmarks/bench_autosave.py [--saves 500] [--database URL]
Each save is what the editor does when a field is left: one transaction that checks the
version, writes the answer and appends the audit entry, committed with synchronous=FULL.
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
    times = []
    for index in range(args.saves):
        start = time.perf_counter()
        record = services.records.save_answer(
            record.id, "voc_behaviour_demeanour", texts[index % 3] + f" ({index})", record.version
        )
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"database: {url}")
    print(f"autosave of one answer, {args.saves} saves: median {statistics.median(times):.2f} ms, "
          f"p99 {p99:.2f} ms, max {times[-1]:.2f} ms (goal: p99 under 10 ms on SQLite)")
    services.close()


if __name__ == "__main__":
    main()
