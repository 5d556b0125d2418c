"""The dip-sample audit service on the demo data (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from custody_checklist.domain.audit import Outcome, Period
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Child, Event
from custody_checklist.domain.timeutil import LONDON
from custody_checklist.services.actor import Actor
from custody_checklist.services.audit import AuditService
from custody_checklist.services.demo_data import build_demo_dataset
from custody_checklist.services.errors import PermissionDenied, ValidationFailed
from custody_checklist.storage.models import AuditEntryRow

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def demo(services):
    services.load_demo(NOW)
    return services


@pytest.fixture
def audit(demo):
    return AuditService.for_app(demo)


@pytest.fixture(scope="module")
def dataset():
    return build_demo_dataset(NOW)


def _aa_wait(record) -> timedelta | None:
    start = record.first(EventKind.DETENTION_AUTHORISED) or record.first(EventKind.ARRIVAL)
    arrived = record.first(EventKind.AA_ARRIVED)
    return arrived.at - start.at if start and arrived else None


def _last_log(services, action):
    """(record_id, detail) of the newest audit-log entry with this action."""
    with services.database.reading() as session:
        row = session.execute(select(AuditEntryRow).where(AuditEntryRow.action == action)
                              .order_by(AuditEntryRow.id.desc()).limit(1)).scalar_one()
        return row.record_id, dict(row.detail)


def test_same_seed_same_sample_and_later_records_do_not_change_it(audit, demo, dataset):
    week = Period.iso_week(2026, 47)
    first = audit.draw_sample(week, count=3, minimum=1, seed="weekly-47")
    again = audit.draw_sample(week, count=3, minimum=1, seed="weekly-47")
    assert [i.record_id for i in again.items] == [i.record_id for i in first.items]
    assert audit.draw_sample(week, count=3, minimum=1, seed="other").population == first.population
    expected_population = sorted(r.id for r in dataset.records if week.contains(r.arrival_at))
    assert list(first.population) == expected_population
    # a record added to the week after the draw is not in the stored sample or population
    late = demo.records.create("NSH-C/999999/26", dataset.records[0].suite, Child("Later", "Added", date(2011, 5, 1)))
    demo.records.add_event(late.id, Event(EventKind.ARRIVAL, week.start + timedelta(hours=30)), late.version)
    stored = audit.get_sample(first.summary.id)
    assert late.id not in stored.population and stored.items == first.items
    assert audit.redraw_check(first.summary.id)
    # a draw made now does include it
    assert late.id in audit.draw_sample(week, count=3, minimum=1, seed="weekly-47").population


def test_edits_after_the_draw_do_not_change_the_sample_or_its_pre_assessment(audit, demo):
    week = Period.iso_week(2026, 46)
    sample = audit.draw_sample(week, count=2, minimum=1, seed="s46")
    item = sample.items[0]
    record = demo.records.get(item.record_id)
    if record.status.value != "signed":
        demo.records.save_answer(record.id, "voc_behaviour_demeanour", None, record.version)
    after = audit.get_sample(sample.summary.id)
    assert after.items == sample.items and after.population == sample.population


def test_stratified_draw_shares_the_sample_by_suite_and_is_logged(audit, demo):
    week = Period.iso_week(2026, 45)
    population = audit.population(week)
    by_suite: dict[str, int] = {}
    for entry in population:
        by_suite[entry.suite] = by_suite.get(entry.suite, 0) + 1
    sample = audit.draw_sample(week, percent=50, minimum=1, stratify_by_suite=True, seed="strat")
    size = -(-len(population) // 2)
    assert len(sample.items) == size
    from custody_checklist.domain.audit.sampling import allocate

    assert sample.allocation == {k: v for k, v in allocate(by_suite, size).items() if v}
    assert sample.stratify_by_suite and audit.redraw_check(sample.summary.id)
    _, detail = _last_log(demo, "audit_draw")
    assert detail["seed"] == "strat" and detail["sampled"] == [i.record_id for i in sample.items]


def test_minimum_size_and_bad_input(audit):
    week = Period.iso_week(2026, 44)
    n = len(audit.population(week))
    assert len(audit.draw_sample(week, count=1, minimum=3, seed="m").items) == min(3, n)
    with pytest.raises(ValidationFailed):
        audit.draw_sample(week, seed="m")  # neither count nor percent
    with pytest.raises(ValidationFailed):
        audit.draw_sample(Period.iso_week(2025, 1), count=5)  # nobody arrived
    with pytest.raises(ValidationFailed):
        audit.draw_sample(week, ["NOPE"], count=5)


def test_generated_seed_is_recorded_and_reproduces(audit):
    week = Period.iso_week(2026, 43)
    sample = audit.draw_sample(week, count=3, minimum=1)
    assert sample.summary.seed
    assert [i.record_id for i in audit.draw_sample(week, count=3, minimum=1, seed=sample.summary.seed).items] == \
        [i.record_id for i in sample.items]


def test_pre_assessment_follows_the_rules_engine_on_the_demo_data(audit, dataset):
    late = [r for r in dataset.records if (w := _aa_wait(r)) is not None and w > timedelta(hours=2)]
    prompt = [r for r in dataset.records if (w := _aa_wait(r)) is not None and w <= timedelta(hours=1)]
    assert late, "the demo data has a child whose AA came after 2 h"
    record = late[0]
    week = Period.week_containing(record.arrival_at)
    sample = audit.draw_sample(week, percent=100, seed="all")
    item = sample.item(record.id)
    assert item.pre["aa_prompt"].outcome is Outcome.NOT_MET
    assert "aa_arrival_late" in item.pre["aa_prompt"].finding_codes
    for other in sample.items:
        if other.record_id in {r.id for r in prompt}:
            assert other.pre["aa_prompt"].outcome is Outcome.MET
    # post-charge criteria are not applicable unless bail was refused
    by_id = {r.id: r for r in dataset.records}
    for other in sample.items:
        refused = any(e.details.get("bail_granted") is False for e in by_id[other.record_id].events_of("bail_decision"))
        assert (other.pre["transfer_requested"].outcome is Outcome.NOT_APPLICABLE) == (not refused)


def test_override_needs_a_comment_and_the_record_is_never_changed(audit, demo):
    sample = audit.draw_sample(Period.iso_week(2026, 40), count=2, minimum=1, seed="o")
    item = sample.items[0]
    before = demo.records.get(item.record_id)
    pre = item.pre["voc_demeanour"].outcome
    other = Outcome.NOT_MET if pre is Outcome.MET else Outcome.MET
    with pytest.raises(ValidationFailed, match="override"):
        audit.score(sample.summary.id, item.record_id, "voc_demeanour", other)
    scored = audit.score(sample.summary.id, item.record_id, "voc_demeanour", other, "demeanour is a single word")
    assert scored.scores["voc_demeanour"].overridden and scored.outcome("voc_demeanour") is other
    confirmed = audit.score(sample.summary.id, item.record_id, "age_basis", item.pre["age_basis"].outcome)
    assert not confirmed.scores["age_basis"].overridden
    with pytest.raises(ValidationFailed):
        audit.score(sample.summary.id, item.record_id, "no_such_criterion", "met")
    done = audit.confirm_pre_assessment(sample.summary.id, item.record_id)
    assert set(done.scores) == set(done.pre) and done.scores["voc_demeanour"].outcome is other
    wrong = next(g for g in ("good", "requires_improvement", "inadequate") if g != done.suggested_grade.value)
    with pytest.raises(ValidationFailed):
        audit.set_grade(sample.summary.id, item.record_id, wrong)
    graded = audit.set_grade(sample.summary.id, item.record_id, done.suggested_grade)
    assert graded.is_complete
    after = demo.records.get(item.record_id)
    assert after.version == before.version and demo.records.content_hash(after) == demo.records.content_hash(before)
    assert _last_log(demo, "audit_grade")[0] == item.record_id


def test_denominators_leave_out_not_applicable(audit):
    sample = audit.draw_sample(Period.iso_week(2026, 42), percent=100, seed="d")
    results = audit.results(sample.summary.id)
    for r in results.criteria:
        outcomes = [i.outcome(r.criterion_id) for i in sample.items]
        assert r.met == outcomes.count(Outcome.MET) and r.not_met == outcomes.count(Outcome.NOT_MET)
        assert r.not_applicable == outcomes.count(Outcome.NOT_APPLICABLE)
        assert r.denominator == r.met + r.not_met
        assert r.percent == (None if r.denominator == 0 else 100 * r.met / r.denominator)
    assert {f.criterion_id for f in results.failings} == {r.criterion_id for r in results.criteria if r.not_met}
    assert sum(len(v) and 1 for v in results.by_suite.values()) == len({i.suite for i in sample.items})


def test_trend_covers_twelve_weeks_and_uses_each_weeks_sample(audit):
    for week in range(36, 48):
        audit.draw_sample(Period.iso_week(2026, week), count=2, minimum=1, seed=f"t{week}")
    trend = audit.trend(Period.iso_week(2026, 47))
    assert [w.label for w in trend.weeks][0] == "2026-W36" and len(trend.weeks) == 12
    assert trend.samples_per_week == (1,) * 12
    assert all(v is not None for v in trend.overall)


def test_sergeants_cannot_draw_or_score(demo):
    sergeant = AuditService(demo.database, Actor("Sgt Test", frozenset({"sergeant"})))
    with pytest.raises(PermissionDenied):
        sergeant.draw_sample(Period.iso_week(2026, 47), count=3)
    with pytest.raises(PermissionDenied):
        sergeant.score("x", "y", "age_basis", "met")
    with pytest.raises(PermissionDenied):
        sergeant.figures(Period.iso_week(2026, 47))


def demo_settings(audit):
    from custody_checklist.domain.rules import RuleSettings

    return audit.rule_settings or RuleSettings()


def _overnight(record, end) -> bool:
    """Independent: 4 h or more of custody inside one night's 00:00-08:00 London window."""
    start = record.arrival_at
    day = start.astimezone(LONDON).date() - timedelta(days=1)
    while day <= end.astimezone(LONDON).date():
        ws = datetime.combine(day, time(0), tzinfo=LONDON).astimezone(UTC)
        we = datetime.combine(day, time(8), tzinfo=LONDON).astimezone(UTC)
        if min(end, we) - max(start, ws) >= timedelta(hours=4):
            return True
        day += timedelta(days=1)
    return False


def test_concordat_figures_match_a_simple_count(audit, dataset):
    period = Period.dates(date(2026, 8, 10), date(2026, 11, 1))  # every child here has left custody
    figures = audit.figures(period)
    inside = [r for r in dataset.records if period.contains(r.arrival_at)]
    assert all(r.released_at for r in inside)
    assert figures.children_detained == len(inside)
    overnight = [r for r in inside if _overnight(r, r.released_at)]
    from custody_checklist.domain.rules import evaluate
    from custody_checklist.services.audit_figures import overnight_codes

    for record in inside:  # the fast overnight-only path agrees with the whole engine
        codes = {f.code for f in evaluate(record, record.released_at).findings}
        fast = overnight_codes(record, record.released_at, demo_settings(audit))
        assert ("held_overnight" in codes) == ("held_overnight" in fast) == (record in overnight)
        assert ("held_overnight_post_charge" in codes) == ("held_overnight_post_charge" in fast)
    assert figures.held_overnight == len(overnight) > 0
    assert sum(figures.overnight_by_gender.values()) == len(overnight)
    assert figures.overnight_by_gender["female"] == sum(r.child.gender.value == "female" for r in overnight)
    assert sum(figures.overnight_by_age_band.values()) == len(overnight)
    assert sum(figures.overnight_by_ethnicity.values()) == len(overnight)
    requests = [r.first("la_transfer_requested") for r in inside]
    assert figures.la_requests_secure == sum(1 for e in requests if e and e.details.get("accommodation_type") == "secure")
    assert figures.la_requests_non_secure == sum(1 for e in requests
                                                 if e and e.details.get("accommodation_type") == "non_secure")
    assert figures.transfers_achieved == sum(1 for r in inside if r.first("transferred"))
    waits = [int(w.total_seconds() // 60) for r in inside if (w := _aa_wait(r)) is not None]
    assert figures.aa_wait_longest_minutes == max(waits)
    assert figures.aa_wait_average_minutes == pytest.approx(sum(waits) / len(waits))
    refused_not_transferred = [r for r in inside if r.first("charged") and not r.first("transferred") and any(
        e.details.get("bail_granted") is False for e in r.events_of("bail_decision"))]
    assert sum(figures.non_transfer_reasons.values()) == len(refused_not_transferred)


def test_pseudonymised_export_hides_identity_is_stable_and_logged(audit, demo, dataset):
    period = Period.dates(date(2026, 8, 10), date(2026, 11, 20))
    first, second = io.StringIO(), io.StringIO()
    summary = audit.export_pseudonymised(period, first)
    audit.export_pseudonymised(period, second)
    text = first.getvalue()
    assert text == second.getvalue() and summary.rows == len(list(csv.reader(io.StringIO(text)))) - 1
    inside = [r for r in dataset.records if period.contains(r.arrival_at)]
    assert summary.rows == len(inside)
    for record in inside:
        assert record.custody_number not in text
        assert record.child.surname not in text and record.child.forenames not in text
        if record.child.date_of_birth:
            assert record.child.date_of_birth.isoformat() not in text
            assert record.child.date_of_birth.strftime("%d/%m/%Y") not in text
    assert "offence" not in text.splitlines()[0]
    assert audit.pseudonym(inside[0].custody_number) in text
    _, detail = _last_log(demo, "disclosure")
    assert detail["what"] == "pseudonymised_export" and detail["records"] == len(inside)
    with_text = io.StringIO()
    audit.export_pseudonymised(period, with_text, include_free_text=True, fmt="json")
    document = json.loads(with_text.getvalue())
    assert document["free_text_included"] and "offence" in document["fields"]


def test_report_pdf_and_csv_contents(audit, demo, tmp_path):
    from pypdf import PdfReader

    sample = audit.draw_sample(Period.iso_week(2026, 43), percent=100, seed="r")
    report = audit.report(sample.summary.id)
    path = tmp_path / "audit.pdf"
    audit.write_report_pdf(report, path)
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "OFFICIAL-SENSITIVE" in text and f"Page 1 of {len(reader.pages)}" in text
    assert "Dip-sample audit 2026-W43" in text
    for result in report.results.criteria:
        assert result.label.split()[0] in text
        if result.percent is not None:
            assert f"{result.percent:.0f}% ({result.met}/{result.denominator})" in text
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()
             for f in [f.get_object()["/BaseFont"]]}
    assert all("DejaVu" in f for f in fonts)
    out = io.StringIO()
    audit.write_report_csv(report, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][0] == "section" and any(r[0] == "trend" for r in rows)
    figures_pdf = tmp_path / "figures.pdf"
    audit.write_figures_pdf(audit.figures(Period.iso_week(2026, 43)), figures_pdf)
    figures_text = "\n".join(p.extract_text() for p in PdfReader(str(figures_pdf)).pages)
    assert "Held overnight" in figures_text and "OFFICIAL-SENSITIVE" in figures_text


def test_pseudonymised_export_coarsens_times_to_dates_and_sorts_by_pseudonym(audit, dataset):
    """Exact arrival/release instants beside suite, age, gender and ethnicity re-identify a
    child: the export gives London dates only, keeps the durations, and orders rows by
    pseudonym so row order leaks nothing about arrival order."""
    from custody_checklist.domain.timeutil import format_instant, to_local

    period = Period.dates(date(2026, 8, 10), date(2026, 11, 20))
    out = io.StringIO()
    summary = audit.export_pseudonymised(period, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert "arrival_date" in summary.fields and "release_date" in summary.fields
    assert "arrival" not in summary.fields and "released" not in summary.fields
    text = out.getvalue()
    by_pseudonym = {audit.pseudonym(r.custody_number): r for r in dataset.records if period.contains(r.arrival_at)}
    assert {row["pseudonym"] for row in rows} == set(by_pseudonym)
    for row in rows:
        record = by_pseudonym[row["pseudonym"]]
        assert format_instant(record.arrival_at) not in text
        assert row["arrival_date"] == to_local(record.arrival_at).date().isoformat()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["arrival_date"])
        if record.released_at:
            assert format_instant(record.released_at) not in text
            assert row["release_date"] == to_local(record.released_at).date().isoformat()
            hours = (record.released_at - record.arrival_at).total_seconds() / 3600
            assert float(row["hours_in_custody"]) == pytest.approx(round(hours, 1))
        wait = _aa_wait(record)
        if wait is not None:
            assert int(row["aa_wait_minutes"]) == int(wait.total_seconds() // 60)
    assert [row["pseudonym"] for row in rows] == sorted(row["pseudonym"] for row in rows)
    as_json = io.StringIO()
    audit.export_pseudonymised(period, as_json, fmt="json")
    document = json.loads(as_json.getvalue())
    assert document["format_version"] == 2
    assert [r["pseudonym"] for r in document["records"]] == sorted(by_pseudonym)
    assert all("T" not in r["arrival_date"] for r in document["records"])


def test_an_auditor_limited_to_some_suites_sees_only_their_samples(audit, demo):
    """Actor.suites confines the audit: samples covering other suites are not listed and are
    refused (with their record ids) on direct access; draws, trend, figures and export stay
    inside the auditor's suites."""
    week = Period.iso_week(2026, 47)
    everywhere = audit.draw_sample(week, percent=100, minimum=1, seed="all-suites")
    central = audit.draw_sample(week, ["NSH-C"], percent=100, minimum=1, seed="central")
    west = audit.draw_sample(week, ["NSH-W"], percent=100, minimum=1, seed="west")
    limited = AuditService(demo.database, Actor("Aud Central", frozenset({"auditor"}), suites=frozenset({"NSH-C"})),
                           demo.settings)
    assert [s.id for s in limited.list_samples()] == [central.summary.id]
    assert limited.get_sample(central.summary.id).items == central.items
    record_id = west.items[0].record_id
    for hidden in (everywhere, west):
        sample_id, first = hidden.summary.id, hidden.items[0].record_id
        for method, args in ((limited.get_sample, ()), (limited.results, ()), (limited.report, ()),
                             (limited.redraw_check, ()), (limited.confirm_pre_assessment, (first,)),
                             (limited.score, (first, "age_basis", "met")),
                             (limited.set_grade, (first, "good", "x"))):
            with pytest.raises(PermissionDenied):
                method(sample_id, *args)
    assert "auditor" not in audit.get_sample(west.summary.id).item(record_id).scores  # nothing was written
    with pytest.raises(PermissionDenied):
        limited.draw_sample(week, ["NSH-W"], count=1, minimum=1, seed="x")
    with pytest.raises(PermissionDenied):
        limited.draw_sample(week, ["NSH-C", "NSH-W"], count=1, minimum=1, seed="x")
    own = limited.draw_sample(week, count=1, minimum=1, seed="own")  # no suites given: theirs
    assert own.summary.suites == ("NSH-C",) and {i.suite for i in own.items} == {"NSH-C"}
    # the trend counts only the samples the auditor may see
    assert limited.trend(week).samples_per_week[-1] == 2 and audit.trend(week).samples_per_week[-1] == 4
    with pytest.raises(PermissionDenied):
        limited.trend(week, suites=["NSH-W"])
    # figures and export: their suites only
    assert limited.figures(week).children_detained == audit.figures(week, ["NSH-C"]).children_detained == 2
    with pytest.raises(PermissionDenied):
        limited.figures(week, ["NSH-W"])
    out = io.StringIO()
    limited.export_pseudonymised(week, out)
    assert {row["suite"] for row in csv.DictReader(io.StringIO(out.getvalue()))} == {"NSH-C"}
    with pytest.raises(PermissionDenied):
        limited.export_pseudonymised(week, io.StringIO(), ["NSH-W"])


def test_suggested_grade_follows_overrides_and_is_stored(audit, demo):
    """The suggestion is recomputed from the current (confirmed/overridden) outcomes at every
    score, returned on the item, kept on the stored item and logged, not frozen at the draw."""
    from custody_checklist.domain.audit import Grade
    from custody_checklist.storage.models import DipSampleItemRow

    sample = audit.draw_sample(Period.iso_week(2026, 46), percent=100, seed="grade")
    item = next(i for i in sample.items
                if i.pre["care_cell"].outcome is Outcome.MET and i.suggested_grade is not Grade.INADEQUATE)
    sid, rid = sample.summary.id, item.record_id

    def stored_suggestion():
        with demo.database.reading() as session:
            row = session.get(DipSampleItemRow, (sid, rid))
            return row.scores["suggested_grade"]

    failed = audit.score(sid, rid, "care_cell", Outcome.NOT_MET, "held in a cell with no reason recorded")
    assert failed.suggested_grade is Grade.INADEQUATE  # a critical criterion is now not met
    assert audit.get_sample(sid).item(rid).suggested_grade is Grade.INADEQUATE
    assert stored_suggestion() == "inadequate"
    assert _last_log(demo, "audit_score")[1]["suggested_grade"] == "inadequate"
    with pytest.raises(ValidationFailed):  # the old suggestion now needs a comment
        audit.set_grade(sid, rid, item.suggested_grade)
    back = audit.score(sid, rid, "care_cell", Outcome.MET)  # confirmed after all
    assert back.suggested_grade is item.suggested_grade and stored_suggestion() == item.suggested_grade.value
    done = audit.confirm_pre_assessment(sid, rid)
    assert stored_suggestion() == done.suggested_grade.value
    assert audit.set_grade(sid, rid, done.suggested_grade).grade is done.suggested_grade
