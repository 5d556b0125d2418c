"""Time the rules engine per record on synthetic, fully completed records.

    .venv/bin/python benchmarks/bench_rules.py [--records 100000] [--seed 1]

Prints the median and p99 time of one ``evaluate`` call, and the total for all records
(target: median under 1 ms, 100,000 records under 10 s). Records are generated here:
a child detained for 4-40 hours with arrest, arrival, authorisation, welfare, AA,
rights (sometimes repeated), legal advice, interviews, reviews on time (sometimes late),
rest, and for about a third a charge with bail refused, LA request, response and
transfer or certificate; every contract answer is filled in.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
import timeit
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from custody_checklist.domain.events import EventKind as K  # noqa: E402
from custody_checklist.domain.record import Child, Event, Gender, Record  # noqa: E402
from custody_checklist.domain.rules import RuleSettings, evaluate  # noqa: E402

H = timedelta(hours=1)
M = timedelta(minutes=1)
SGT = {"name": "PS 1234 Smith", "rank": "sergeant"}
INSP = {"name": "Insp 4021 Patel", "rank": "inspector"}
ANSWERS = {
    "age_basis": "documents", "age_disputed": False, "looked_after": False,
    "csc_open_case": False, "vulnerability_flags": ["none"], "offence": "Theft",
    "detention_grounds": "obtain_evidence_by_questioning",
    "rationale_to_detain": "Needs interview; no safer alternative.",
    "rationale_to_continue": "Interview outstanding.",
    "welfare_informed": True, "welfare_person": {"name": "Parent"},
    "welfare_told": ["arrest", "reason", "where_held"], "aa_category": "parent_guardian",
    "aa_person": {"name": "Parent"}, "aa_disqualifiers": ["none"],
    "legal_advice_requested": True, "voc_own_words": "I want to go home.",
    "voc_behaviour_demeanour": "Quiet, co-operative.", "voc_captured_how": ["aa_present"],
    "accommodation": "detention_room", "held_with_adult": False, "meals_offered": True,
    "female_care_officer": {"name": "PC Evans"}, "overnight_reasons": "Awaiting interview.",
    "joint_risk_assessment": True, "csc_referral_made": True, "csc_referral_reference": "R1",
    "delay_reasons": "", "aa_delay_reason": "Traffic", "interview_planned": True,
    "pre_release_risk_assessment": True, "info_shared_with_la": True,
}


def synthetic_record(rng: random.Random, index: int) -> tuple[Record, datetime]:
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 525_600))
    hours = rng.uniform(4, 40)
    end = start + timedelta(hours=hours)
    events = [
        Event(K.ARREST, start - 40 * M, {"arresting_officer": {"name": "PC X"}}),
        Event(K.ARRIVAL, start - 15 * M),
        Event(K.DETENTION_AUTHORISED, start, {"authorised_by": SGT, "grounds": "Questioning"}),
        Event(K.WELFARE_INFORMED, start + 5 * M, {"person": {"name": "Parent"}, "method": "phone"}),
        Event(K.AA_REQUESTED, start + 5 * M, {"category": "parent_guardian"}),
        Event(K.RIGHTS_GIVEN, start + 10 * M, {"aa_present": False}),
        Event(K.AA_ARRIVED, start + rng.randint(20, 150) * M, {"person": {"name": "Parent"}}),
    ]
    events.append(Event(K.RIGHTS_GIVEN, events[-1].at + 5 * M, {"aa_present": True}))
    events.append(Event(K.LEGAL_ADVICE, start + 90 * M, {"in_private": True}))
    events.append(Event(K.INTERVIEW_STARTED, start + 2 * H, {"aa_present": True}))
    events.append(Event(K.INTERVIEW_ENDED, start + 3 * H))
    review_at = start + timedelta(minutes=rng.randint(300, 365))
    while review_at < end:
        events.append(Event(K.REVIEW, review_at, {
            "reviewer": INSP, "reviewer_rank": "inspector", "reviewer_involved": False,
            "method": "in_person", "aa_present": True, "decision": "continue",
            "rationale": "Necessary.",
        }))
        review_at += timedelta(minutes=rng.randint(400, 545))
    if hours > 12:
        events.append(Event(K.REST_STARTED, start + 6 * H))
        events.append(Event(K.REST_ENDED, start + 14 * H + 10 * M))
    if hours > 24:
        events.append(Event(K.EXTENSION_AUTHORISED, start + 22 * H, {
            "authorised_by": {"name": "Supt", "rank": "superintendent"},
            "rank": "superintendent", "indictable_offence": True, "reasons": "Forensics",
        }))
    if rng.random() < 0.35:
        charged = end - 2 * H
        events += [
            Event(K.CHARGED, charged, {"aa_present": True, "charges": "Robbery"}),
            Event(K.BAIL_DECISION, charged + 10 * M, {"bail_granted": False, "refusal_grounds": "Risk"}),
            Event(K.LA_TRANSFER_REQUESTED, charged + 20 * M, {"accommodation_type": "non_secure"}),
            Event(K.LA_RESPONSE, charged + H, {"response": "accepted", "secure_available": False}),
            Event(K.TRANSFERRED, end, {"accommodation_type": "non_secure", "to": "Foster carer"}),
        ]
    else:
        events.append(Event(K.RELEASED, end, {"outcome": "released_under_investigation"}))
    rng.shuffle(events)  # the engine must not rely on stored order
    child = Child("Child", f"No{index}", date(2010, 1, 1) + timedelta(days=rng.randrange(0, 2000)),
                  gender=rng.choice([Gender.FEMALE, Gender.MALE]))
    record = Record(f"BEN/{index:06d}/26", "BEN", child, "child-detention", 1, dict(ANSWERS), events)
    return record, end + H


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-freeze-gc", dest="freeze_gc", action="store_false",
                        help="leave the generated records in the garbage collector's scans")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    settings = RuleSettings()
    t0 = time.perf_counter()
    records = [synthetic_record(rng, i) for i in range(args.records)]
    built = time.perf_counter() - t0
    for record, now in records[:200]:  # warm up
        evaluate(record, now, settings)
    timings = []
    breaches = findings = 0
    perf = time.perf_counter
    if args.freeze_gc:
        gc.collect()
        gc.freeze()  # the generated records are long-lived: keep them out of GC scans
    cpu_start = time.process_time()
    total_start = perf()
    for record, now in records:
        t = perf()
        result = evaluate(record, now, settings)
        timings.append(perf() - t)
        findings += len(result.findings)
        breaches += result.has_breach
    total = perf() - total_start
    cpu = time.process_time() - cpu_start
    timings.sort()
    median = statistics.median(timings) * 1000
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))] * 1000
    print(f"records:            {args.records:,} (generated in {built:.1f} s, not timed)")
    print(f"median per record:  {median:.3f} ms  (target < 1 ms)")
    print(f"p99 per record:     {p99:.3f} ms")
    print(f"max per record:     {timings[-1] * 1000:.3f} ms")
    print(f"total wall:         {total:.2f} s  (target < 10 s for 100,000; includes timing overhead)")
    print(f"total CPU:          {cpu:.2f} s  (this process only; excludes time other processes ran)")
    print(f"gc frozen:          {args.freeze_gc}")
    print(f"findings: {findings:,}; records with a breach: {breaches:,}")
    calibration = min(timeit.repeat("sum(range(100))", number=20_000, repeat=5)) / 20_000 * 1e6
    print(f"machine calibration: sum(range(100)) = {calibration:.2f} us "
          "(about 0.7 us on an idle modern desktop; scale the figures above by it)")
    with contextlib.suppress(OSError):
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
