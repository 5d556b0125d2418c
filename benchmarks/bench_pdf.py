"""Time the detention summary PDF for one fully completed record.

Beside it, in the same run, a minimal reportlab document carrying the same text (one
paragraph per line, same embedded DejaVu font, no tables or page furniture), so the
figure can be read against what reportlab itself costs on this machine.
Target: median under 100 ms for the summary.

    .venv/bin/python benchmarks/bench_pdf.py [--runs 30]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from custody_checklist.domain.definition import (  # noqa: E402
    ChecklistDefinition,
    Question,
    load_definition,
)
from custody_checklist.domain.events import EventKind  # noqa: E402
from custody_checklist.domain.findings import Deadline, Evaluation, Finding, Severity  # noqa: E402
from custody_checklist.domain.record import (  # noqa: E402
    Amendment,
    Child,
    DobStatus,
    Event,
    Gender,
    Record,
    RecordStatus,
    SignOff,
)
from custody_checklist.paths import resource  # noqa: E402
from custody_checklist.reports.fonts import register_fonts  # noqa: E402
from custody_checklist.reports.pdf_summary import summary_pdf_bytes  # noqa: E402
from custody_checklist.reports.styles import styles  # noqa: E402

T0 = datetime(2026, 10, 24, 21, 10, tzinfo=UTC)
SHORT = "Recorded at booking-in; see custody record entry."
PROSE = (
    "He said he had been at his friend's house since the afternoon and did not know the "
    "bag was there. He asked twice whether his mum had been told and whether he could "
    "phone his sister. "
)


def _value(question: Question, index: int) -> object:
    if question.type == "yesno":
        return index % 3 != 0
    if question.type == "choice":
        return question.options[index % len(question.options)].value
    if question.type == "multichoice":
        plain = [o.value for o in question.options if not o.exclusive]
        return plain[:2]
    if question.type == "datetime":
        return (T0 + timedelta(minutes=10 * index)).isoformat().replace("+00:00", "Z")
    if question.type == "person":
        return {
            "name": f"Person {index} Ŵyn-Łukasz",
            "rank": "sergeant",
            "number": f"{1000 + index}",
        }
    if question.type == "number":
        return index
    return PROSE if question.multiline else SHORT


def realistic_record(definition: ChecklistDefinition) -> Record:
    answers = {q.id: _value(q, i) for i, q in enumerate(definition.questions())}
    answers["age_basis"] = "documents"
    answers["voc_own_words"] = PROSE * 3
    record = Record(
        custody_number="NSH-C/012345/26",
        suite="NSH-C",
        child=Child(
            "Nguyễn",
            "Rhys Ŷr",
            date(2010, 3, 14),
            DobStatus.VERIFIED,
            Gender.MALE,
            "White Welsh",
        ),
        definition_id=definition.id,
        definition_version=definition.version,
        answers=answers,
        status=RecordStatus.SIGNED,
    )
    minutes = 0
    for form in definition.events:
        repeats = 3 if form.kind == EventKind.REVIEW else 1
        for _ in range(repeats):
            details = {f.id: _value(f, i) for i, f in enumerate(form.fields)}
            record.events.append(Event(form.kind, T0 + timedelta(minutes=minutes), details))
            minutes += 35
    record.signoffs = [
        SignOff("submitted", T0 + timedelta(hours=20), "Sarah Ellis", "sergeant", "1234"),
        SignOff(
            "signed",
            T0 + timedelta(hours=22),
            "Tomasz Łążyński",
            "inspector",
            "4402",
            comment="Reviewed against the custody record.",
            content_hash="ab" * 32,
            acknowledgements={"aa_delay": "Mother lives 40 minutes away."},
        ),
    ]
    record.amendments = [
        Amendment(
            T0 + timedelta(days=1),
            "Sarah Ellis",
            "Wrong category recorded",
            [{"field": "answers.aa_category", "old": "la_social_worker", "new": "parent_guardian"}],
        )
    ]
    return record


def evaluation() -> Evaluation:
    return Evaluation(
        findings=[
            Finding(
                "aa_delay",
                Severity.WARNING,
                "AA arrived 1 h 20 min after request.",
                "Local standard",
            ),
            Finding("cell_used", Severity.BREACH, "Child held in a cell.", "PACE Code C 8.8"),
            Finding("rest", Severity.INFO, "Rest period recorded.", "PACE Code C 12.2"),
        ],
        deadlines=[Deadline("first_review", "First review", T0 + timedelta(hours=6), "PACE s.40")],
    )


def minimal_pdf(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    body = styles()["body"]
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph(escape(line), body) for line in lines])
    return buffer.getvalue()


def _median_ms(fn, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    register_fonts()
    definition = load_definition(resource("checklists", "child-detention-v1.json"))
    record = realistic_record(definition)
    result = evaluation()
    generated = T0 + timedelta(days=2)

    def summary() -> bytes:
        return summary_pdf_bytes(
            record,
            definition,
            result,
            force_name="Northshire Police",
            suite_name="Northshire Central",
            generated_at=generated,
            content_hash="ab" * 32,
        )

    pdf = summary()  # warm-up: font parsing and style caches are per process
    reader = PdfReader(io.BytesIO(pdf))
    lines = [ln for page in reader.pages for ln in page.extract_text().splitlines() if ln.strip()]
    chars = sum(len(ln) for ln in lines)
    minimal_pdf(lines)

    summary_ms, summary_all = _median_ms(summary, args.runs)
    minimal_ms, minimal_all = _median_ms(lambda: minimal_pdf(lines), args.runs)

    print(
        f"record: {len(record.answers)} answers, {len(record.events)} events, "
        f"{len(reader.pages)} pages, {chars:,} characters of text, {len(pdf):,} bytes"
    )
    print(f"runs: {args.runs} each, after one warm-up")
    print(
        f"detention summary   median {summary_ms:7.1f} ms   "
        f"(min {min(summary_all):.1f}, max {max(summary_all):.1f})"
    )
    print(
        f"minimal reportlab   median {minimal_ms:7.1f} ms   "
        f"(min {min(minimal_all):.1f}, max {max(minimal_all):.1f})"
    )
    print(f"ratio summary/minimal: {summary_ms / minimal_ms:.1f}x")
    verdict = "PASS" if summary_ms < 100 else "OVER TARGET"
    print(f"target < 100 ms median: {verdict}")
    return 0 if summary_ms < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
