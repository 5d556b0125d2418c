"""Storage benchmark: import throughput, database size, paged list and search times.

Run: .venv/bin/python benchmarks/bench_storage.py [--records 100000] [--database URL]
Prints figures; it is not a test. Targets (2-core machine): import of 10,000 records
under 10 s; a page of 100 of 100,000 under 20 ms; search under 50 ms; database under
300 MB for 100,000 records.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custody_checklist.config import DeploymentConfig, NamedEntry  # noqa: E402
from custody_checklist.domain.events import EventKind  # noqa: E402
from custody_checklist.domain.interchange import document_to_dict, parse_document  # noqa: E402
from custody_checklist.domain.record import Child, DobStatus, Event, Gender, Record  # noqa: E402
from custody_checklist.services.app_services import open_services  # noqa: E402
from custody_checklist.storage.records_repo import RecordFilter  # noqa: E402

SURNAMES = ["Jones", "Smith", "Nguyễn", "Kowalczyk", "Hoxha", "Ahmed", "O'Brien", "Davies",
            "Popescu", "Shevchenko", "Williams", "Evans", "Khan", "Brown", "Taylor", "Wilson"]
SUITES = ["BEN-A", "BEN-B", "BEN-C"]


def synthetic(index: int, rng: random.Random, end: datetime) -> Record:
    arrival = end - timedelta(days=1, minutes=rng.randrange(0, 60 * 24 * 365 * 3))
    events = [
        Event(EventKind.ARREST, arrival - timedelta(minutes=rng.randrange(10, 90))),
        Event(EventKind.ARRIVAL, arrival),
        Event(EventKind.DETENTION_AUTHORISED, arrival + timedelta(minutes=15)),
        Event(EventKind.AA_REQUESTED, arrival + timedelta(minutes=20)),
        Event(EventKind.AA_ARRIVED, arrival + timedelta(minutes=rng.randrange(30, 200))),
        Event(EventKind.RIGHTS_GIVEN, arrival + timedelta(minutes=25), {"aa_present": False}),
        Event(EventKind.REVIEW, arrival + timedelta(hours=5, minutes=50),
              {"reviewer_rank": "inspector", "reviewer_involved": False, "method": "in_person",
               "decision": "continue", "rationale": "Interview pending; AA present."}),
        Event(EventKind.RELEASED, arrival + timedelta(hours=rng.randrange(3, 20))),
    ]
    return Record(
        custody_number=f"{SUITES[index % 3]}/{index:07d}/26",
        suite=SUITES[index % 3],
        child=Child(surname=f"{rng.choice(SURNAMES)}{index % 997}", forenames="Alex",
                    date_of_birth=date(2009, 1, 1) + timedelta(days=rng.randrange(0, 1500)),
                    dob_status=DobStatus.VERIFIED, gender=rng.choice(list(Gender))),
        definition_id="child-detention",
        definition_version=1,
        answers={
            "age_basis": "documents",
            "welfare_informed": True,
            "rationale_to_detain": "Arrested for theft; interview needed with AA present. " * 3,
            "voc_own_words": "I want my mum to know where I am. I didn't take it.",
            "voc_behaviour_demeanour": "Calm but anxious, fidgeting, made eye contact when spoken to.",
            "accommodation": "detention_room",
        },
        events=events,
        created_at=arrival,
        updated_at=arrival,
    )


def timed_ms(fn, repeat: int = 20) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cc-bench-"))
    url = args.database or f"sqlite:///{folder / 'bench.sqlite3'}"
    config = DeploymentConfig(suites=tuple(NamedEntry(s, s) for s in SUITES))
    services = open_services(url, config=config)
    rng = random.Random(7)
    end = datetime(2026, 11, 1, tzinfo=UTC)
    print(f"database: {url}")

    # The first 10,000 go through the full interchange path: JSON parse and validation.
    batch = [synthetic(i, rng, end) for i in range(10_000)]
    document = json.loads(json.dumps(document_to_dict(batch)))
    start = time.perf_counter()
    parsed = parse_document(document, services.definitions, now=end)
    validated = time.perf_counter()
    services.records.import_records(parsed)
    stored = time.perf_counter()
    print(f"import 10,000 records: {stored - start:.2f} s "
          f"(validate {validated - start:.2f} s, store {stored - validated:.2f} s; target < 10 s)")

    total_start = time.perf_counter()
    for offset in range(10_000, args.records, 10_000):
        chunk = [synthetic(i, rng, end) for i in range(offset, min(offset + 10_000, args.records))]
        services.records.import_records(chunk)
    if args.records > 10_000:
        elapsed = time.perf_counter() - total_start
        print(f"store remaining {args.records - 10_000:,} records: {elapsed:.1f} s "
              f"({(args.records - 10_000) / elapsed:,.0f} records/s)")

    if url.startswith("sqlite"):
        with services.database.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in folder.glob("bench.sqlite3*"))
        print(f"database size: {size / 1e6:.1f} MB for {args.records:,} records (target < 300 MB)")

    records = services.records
    for offset in (0, args.records // 2, max(args.records - 100, 0)):
        median, worst = timed_ms(lambda o=offset: records.list_page(RecordFilter(), o, 100))
        print(f"page of 100 at offset {offset:,}: median {median:.1f} ms, worst {worst:.1f} ms (target < 20 ms)")
    median, worst = timed_ms(lambda: records.count(RecordFilter()))
    print(f"count all: median {median:.1f} ms")
    median, worst = timed_ms(lambda: records.list_page(RecordFilter(surname="kowalczyk12"), 0, 100))
    print(f"search by surname prefix: median {median:.1f} ms, worst {worst:.1f} ms (target < 50 ms)")
    number = f"{SUITES[1]}/{args.records // 3:07d}/26"
    median, worst = timed_ms(lambda: records.list_page(RecordFilter(custody_number=number), 0, 100))
    print(f"search by custody number: median {median:.1f} ms, worst {worst:.1f} ms (target < 50 ms)")
    median, worst = timed_ms(lambda: records.get_by_reference(number), repeat=10)
    print(f"open one record by custody number: median {median:.1f} ms")
    services.close()


if __name__ == "__main__":
    main()
