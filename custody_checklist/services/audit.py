"""Dip-sample audit use cases: draw, score, grade, results, trend, reports, figures, export.

Only auditors and administrators may use it (checked on every call). It reads records
and never writes them: scores, grades and comments live on the sample's items. The
sample stores its population, seed and algorithm, so it can be re-drawn and checked at
any time (``redraw_check``) whatever happened to the records since.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from typing import IO, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from custody_checklist.domain.audit import (
    AuditCriteria,
    CriteriaError,
    Grade,
    Outcome,
    Period,
    PreAssessment,
    compliance,
    evaluation_time,
    load_criteria,
    pre_assess,
    sampling,
    suggest_grade,
)
from custody_checklist.domain.interchange import content_hash
from custody_checklist.domain.record import Record
from custody_checklist.domain.timeutil import format_instant, parse_instant, utc_now
from custody_checklist.services.actor import ADMINISTRATOR, AUDITOR, Actor
from custody_checklist.services.audit_types import (
    AuditReport,
    ConcordatFigures,
    ExportSummary,
    Failing,
    PopulationEntry,
    SampleDetail,
    SampleItem,
    SampleResults,
    SampleSummary,
    Score,
    Trend,
)
from custody_checklist.services.errors import PermissionDenied, RecordNotFound, ValidationFailed
from custody_checklist.storage import audit as audit_log
from custody_checklist.storage.database import Database
from custody_checklist.storage.mapping import row_to_record
from custody_checklist.storage.models import DipSampleItemRow, DipSampleRow, RecordRow, SuiteRow

AUDITORS = (AUDITOR, ADMINISTRATOR)
DEFAULT_CRITERIA = "dip-sample"


@cache
def criteria_version(criteria_id: str, version: int) -> AuditCriteria:
    from custody_checklist.paths import resource

    return load_criteria(resource("audit", f"{criteria_id}-v{version}.json"))


def load_records(session: Any, ids: Sequence[str]) -> dict[str, Record]:
    """Full records (timeline included) for ``ids``, in batches."""
    found: dict[str, Record] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        query = select(RecordRow).options(selectinload(RecordRow.events)).where(RecordRow.id.in_(chunk))
        for row in session.execute(query).scalars():
            found[row.id] = row_to_record(row)
    return found


class AuditService:
    def __init__(self, database: Database, actor: Actor, rule_settings: Any = None,
                 force_name: str = "", criteria_id: str = DEFAULT_CRITERIA, criteria_version: int = 1):
        self.database = database
        self.actor = actor
        self.rule_settings = rule_settings
        self.force_name = force_name
        self._criteria_key = (criteria_id, criteria_version)

    @classmethod
    def for_app(cls, services: Any) -> AuditService:
        suites = services.records.suites()
        force = services.force_name(suites[0].code if suites else None)
        return cls(services.database, services.actor, services.settings, force_name=force)

    # ------------------------------------------------------------------ helpers
    def _require(self, action: str) -> None:
        self.actor.require(*AUDITORS, action=action)

    def _user(self) -> str:
        return getattr(self.actor, "audit_name", self.actor.name)

    def criteria(self) -> AuditCriteria:
        return criteria_version(*self._criteria_key)

    def _evaluate(self, record: Record, now: datetime) -> Any:
        from custody_checklist.domain.rules import evaluate

        return evaluate(record, now, self.rule_settings)

    def _scope_suites(self, suites: Sequence[str] | None) -> tuple[str, ...]:
        chosen = tuple(sorted(set(suites or ())))
        if chosen:
            known = set(self.suite_names())
            unknown = [s for s in chosen if s not in known]
            if unknown:
                raise ValidationFailed([("suites", f"unknown suite {', '.join(unknown)}")])
        if self.actor.suites:
            if not chosen:
                return tuple(sorted(self.actor.suites))
            for suite in chosen:
                self.actor.require_suite(suite, "audit records")
        return chosen

    def _sample_suites(self, session: Any, row: DipSampleRow) -> set[str]:
        """The suites a sample covers: those chosen at the draw, else (drawn over every
        suite) the suites of the records in its stored population."""
        if row.suites:
            return set(row.suites)
        population = list(row.population or ())
        found: set[str] = set()
        for start in range(0, len(population), 900):
            found.update(session.execute(select(RecordRow.suite_code).distinct().where(
                RecordRow.id.in_(population[start:start + 900]))).scalars())
        return found

    def _may_see(self, session: Any, row: DipSampleRow) -> bool:
        """An auditor limited to some suites sees only samples wholly inside them."""
        if not self.actor.suites:
            return True
        covered = self._sample_suites(session, row)
        return bool(covered) and covered <= set(self.actor.suites)

    def _require_sample(self, session: Any, row: DipSampleRow) -> None:
        if not self._may_see(session, row):
            raise PermissionDenied(f"{self.actor.name} may not see dip sample {row.id}: it covers suites "
                                   f"outside {', '.join(sorted(self.actor.suites))}")

    def current_week(self, today: date | None = None) -> Period:
        return Period.week_containing(today or utc_now())

    def suite_names(self) -> dict[str, str]:
        with self.database.reading() as session:
            return {row.code: row.name for row in session.execute(select(SuiteRow)).scalars()}

    # ------------------------------------------------------------------ population and draw
    def population(self, period: Period, suites: Sequence[str] | None = None) -> list[PopulationEntry]:
        """Records whose arrival falls inside the period at the given suites (None: all)."""
        self._require("see the audit population")
        suites = self._scope_suites(suites)
        with self.database.reading() as session:
            return self._population(session, period, suites)

    def _population(self, session: Any, period: Period, suites: tuple[str, ...]) -> list[PopulationEntry]:
        query = select(RecordRow.id, RecordRow.custody_number, RecordRow.suite_code, RecordRow.arrival_at).where(
            RecordRow.arrival_at >= period.start, RecordRow.arrival_at < period.end)
        if suites:
            query = query.where(RecordRow.suite_code.in_(suites))
        rows = session.execute(query.order_by(RecordRow.id)).all()
        return [PopulationEntry(*row) for row in rows]

    def draw_sample(self, period: Period, suites: Sequence[str] | None = None, *, count: int | None = None,
                    percent: float | None = None, minimum: int = 5, stratify_by_suite: bool = False,
                    seed: str | None = None) -> SampleDetail:
        self._require("draw a dip sample")
        suites = self._scope_suites(suites)
        seed = sampling.new_seed() if seed is None else str(seed).strip()
        problems: list[tuple[str, str]] = []
        if not seed or len(seed) > 64:
            problems.append(("seed", "the seed must be 1 to 64 characters"))
        if (count is None) == (percent is None):
            problems.append(("size", "give either a count or a percentage"))
        if problems:
            raise ValidationFailed(problems)
        criteria = self.criteria()
        now = utc_now()
        with self.database.transaction() as session:
            known = {code for code in session.execute(select(SuiteRow.code)).scalars()}
            unknown = [s for s in suites if s not in known]
            if unknown:
                raise ValidationFailed([("suites", f"unknown suite {', '.join(unknown)}")])
            population = self._population(session, period, suites)
            if not population:
                raise ValidationFailed([("period", f"no records arrived in {period.label}"
                                         + (f" at {', '.join(suites)}" if suites else ""))])
            try:
                size = sampling.sample_size(len(population), count=count, percent=percent, minimum=minimum)
            except ValueError as exc:
                raise ValidationFailed([("size", str(exc))]) from exc
            ids = [p.record_id for p in population]
            if stratify_by_suite:
                strata: dict[str, list[str]] = {}
                for entry in population:
                    strata.setdefault(entry.suite, []).append(entry.record_id)
                chosen, allocation = sampling.draw_stratified(seed, strata, size)
            else:
                chosen, allocation = sampling.draw(seed, ids, size), {}
            rule = f"count={count}" if count is not None else f"percent={percent:g}"
            algorithm = f"{sampling.ALGORITHM}{' strata=suite' if stratify_by_suite else ''} {rule},min={minimum}"
            sample = DipSampleRow(
                id=_new_id(), drawn_at=now, drawn_by=self._user(), period_start=period.start,
                period_end=period.end, suites=list(suites), seed=seed, algorithm=algorithm,
                population=ids, criteria_id=criteria.id, criteria_version=criteria.version,
            )
            session.add(sample)
            records = load_records(session, chosen)
            for position, record_id in enumerate(chosen, start=1):
                record = records[record_id]
                when = evaluation_time(record, now)
                pre = pre_assess(criteria, record, self._evaluate(record, when))
                suggested = suggest_grade(criteria, {cid: p.outcome for cid, p in pre.items()})
                session.add(DipSampleItemRow(
                    sample_id=sample.id, record_id=record_id, position=position, comment="",
                    scores={
                        "pre": {cid: p.to_dict() for cid, p in pre.items()},
                        "auditor": {},
                        "custody_number": record.custody_number,
                        "suite": record.suite,
                        "record_hash": content_hash(record),
                        "evaluated_at": format_instant(when),
                        "suggested_grade": suggested.value,
                        "period_label": period.label,
                    },
                ))
            audit_log.append(session, at=now, user=self._user(), action="audit_draw", detail={
                "sample": sample.id, "period": period.label, "period_start": format_instant(period.start),
                "period_end": format_instant(period.end), "suites": list(suites), "seed": seed,
                "algorithm": algorithm, "population": len(ids), "sampled": chosen,
                "allocation": allocation, "criteria": f"{criteria.id} v{criteria.version}",
            })
            sample_id = sample.id
        return self.get_sample(sample_id)

    def redraw_check(self, sample_id: str) -> bool:
        """Re-run the recorded algorithm on the stored population and seed."""
        self._require("check a dip sample")
        detail = self.get_sample(sample_id)
        stored = [item.record_id for item in sorted(detail.items, key=lambda i: i.position)]
        size = len(stored)
        if detail.stratify_by_suite:
            suites = {item.record_id: item.suite for item in detail.items}
            with self.database.reading() as session:
                rows = session.execute(select(RecordRow.id, RecordRow.suite_code).where(
                    RecordRow.id.in_(list(detail.population)))).all()
            # a record's suite is read as it was at the draw where the item recorded it
            by_id = {rid: suites.get(rid, suite) for rid, suite in rows}
            strata: dict[str, list[str]] = {}
            for rid in detail.population:
                strata.setdefault(by_id.get(rid, "?"), []).append(rid)
            again, _ = sampling.draw_stratified(detail.summary.seed, strata, size)
        else:
            again = sampling.draw(detail.summary.seed, detail.population, size)
        return again == stored

    # ------------------------------------------------------------------ reading samples
    def list_samples(self, limit: int = 100) -> list[SampleSummary]:
        self._require("list dip samples")
        with self.database.reading() as session:
            query = select(DipSampleRow).order_by(DipSampleRow.drawn_at.desc())
            if not self.actor.suites:
                query = query.limit(limit)
            result: list[SampleSummary] = []
            for row in session.execute(query).scalars().all():
                if len(result) >= limit:
                    break
                if not self._may_see(session, row):
                    continue  # another suite's sample: not even listed
                items = session.execute(select(DipSampleItemRow).where(DipSampleItemRow.sample_id == row.id)).scalars()
                result.append(_summary(row, list(items)))
            return result

    def get_sample(self, sample_id: str) -> SampleDetail:
        self._require("view a dip sample")
        with self.database.reading() as session:
            row = session.get(DipSampleRow, sample_id)
            if row is None:
                raise RecordNotFound(f"no dip sample with id {sample_id}")
            self._require_sample(session, row)
            items = list(session.execute(select(DipSampleItemRow).where(
                DipSampleItemRow.sample_id == sample_id).order_by(DipSampleItemRow.position)).scalars())
            criteria = criteria_version(row.criteria_id, row.criteria_version)
            return _detail(row, items, criteria)

    # ------------------------------------------------------------------ scoring
    def score(self, sample_id: str, record_id: str, criterion_id: str, outcome: Outcome | str,
              comment: str = "") -> SampleItem:
        """Confirm (same outcome as the pre-assessment) or override (comment required)."""
        self._require("score a dip sample")
        try:
            outcome = Outcome(outcome)
        except ValueError as exc:
            raise ValidationFailed([("outcome", f"'{outcome}' is not met, not_met or not_applicable")]) from exc
        comment = (comment or "").strip()
        now = utc_now()
        with self.database.transaction() as session:
            sample, item = self._item_for_update(session, sample_id, record_id)
            criteria = criteria_version(sample.criteria_id, sample.criteria_version)
            try:
                criteria.get(criterion_id)
            except KeyError:
                raise ValidationFailed([("criterion", f"unknown criterion '{criterion_id}'")]) from None
            scores = copy.deepcopy(item.scores)
            pre = scores["pre"][criterion_id]["outcome"]
            overridden = outcome.value != pre
            if overridden and not comment:
                raise ValidationFailed([("comment", "say why you override the pre-assessment "
                                         f"({pre.replace('_', ' ')} -> {outcome.value.replace('_', ' ')})")])
            scores["auditor"][criterion_id] = {"outcome": outcome.value, "comment": comment,
                                               "overridden": overridden, "by": self._user(),
                                               "at": format_instant(now)}
            suggested = _resuggest(scores, criteria)
            item.scores = scores
            item.scored_by, item.scored_at = self._user(), now
            audit_log.append(session, at=now, user=self._user(), action="audit_score", record_id=record_id,
                             detail={"sample": sample_id, "criterion": criterion_id, "outcome": outcome.value,
                                     "pre": pre, "overridden": overridden, "suggested_grade": suggested.value})
            session.flush()
            return _item(item, criteria)

    def confirm_pre_assessment(self, sample_id: str, record_id: str) -> SampleItem:
        """Confirm the pre-assessment of every criterion not yet scored on this record."""
        self._require("score a dip sample")
        now = utc_now()
        with self.database.transaction() as session:
            sample, item = self._item_for_update(session, sample_id, record_id)
            criteria = criteria_version(sample.criteria_id, sample.criteria_version)
            scores = copy.deepcopy(item.scores)
            confirmed = []
            for cid, pre in scores["pre"].items():
                if cid not in scores["auditor"]:
                    scores["auditor"][cid] = {"outcome": pre["outcome"], "comment": "", "overridden": False,
                                              "by": self._user(), "at": format_instant(now)}
                    confirmed.append(cid)
            suggested = _resuggest(scores, criteria)
            item.scores = scores
            item.scored_by, item.scored_at = self._user(), now
            audit_log.append(session, at=now, user=self._user(), action="audit_score", record_id=record_id,
                             detail={"sample": sample_id, "confirmed": confirmed,
                                     "suggested_grade": suggested.value})
            session.flush()
            return _item(item, criteria)

    def set_grade(self, sample_id: str, record_id: str, grade: Grade | str, comment: str = "") -> SampleItem:
        """Overall grade; a comment is required when it differs from the suggested grade."""
        self._require("grade a dip sample")
        try:
            grade = Grade(grade)
        except ValueError as exc:
            raise ValidationFailed([("grade", f"'{grade}' is not good, requires_improvement or inadequate")]) from exc
        comment = (comment or "").strip()
        now = utc_now()
        with self.database.transaction() as session:
            sample, item = self._item_for_update(session, sample_id, record_id)
            criteria = criteria_version(sample.criteria_id, sample.criteria_version)
            current = _item(item, criteria)
            if grade is not current.suggested_grade and not comment:
                raise ValidationFailed([("comment", "say why the grade differs from the suggested "
                                         f"'{current.suggested_grade.value.replace('_', ' ')}'")])
            item.grade, item.comment = grade.value, comment
            item.scored_by, item.scored_at = self._user(), now
            audit_log.append(session, at=now, user=self._user(), action="audit_grade", record_id=record_id,
                             detail={"sample": sample_id, "grade": grade.value,
                                     "suggested": current.suggested_grade.value})
            session.flush()
            return _item(item, criteria)

    def _item_for_update(self, session: Any, sample_id: str, record_id: str) -> tuple[DipSampleRow, DipSampleItemRow]:
        sample = session.get(DipSampleRow, sample_id)
        if sample is None:
            raise RecordNotFound(f"no dip sample with id {sample_id}")
        self._require_sample(session, sample)
        query = select(DipSampleItemRow).where(DipSampleItemRow.sample_id == sample_id,
                                               DipSampleItemRow.record_id == record_id)
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()
        item = session.execute(query).scalar_one_or_none()
        if item is None:
            raise RecordNotFound(f"record {record_id} is not in sample {sample_id}")
        return sample, item

    # ------------------------------------------------------------------ results
    def results(self, sample_id: str) -> SampleResults:
        detail = self.get_sample(sample_id)
        criteria = criteria_version(detail.summary.criteria_id, detail.summary.criteria_version)
        return _results(detail, criteria, self.suite_names())

    def trend(self, period: Period, weeks: int = 12, suites: Sequence[str] | None = None) -> Trend:
        """Compliance per criterion per ISO week over the samples drawn for those weeks.

        A record sampled twice in one week counts once (the latest sample's scores)."""
        self._require("see audit results")
        criteria = self.criteria()
        span = period.weeks_ending_here(weeks)
        suites = set(self._scope_suites(suites))
        with self.database.reading() as session:
            samples = [s for s in session.execute(select(DipSampleRow).where(
                DipSampleRow.period_start >= span[0].start, DipSampleRow.period_start < span[-1].end,
            ).order_by(DipSampleRow.drawn_at)).scalars().all() if self._may_see(session, s)]
            items_by_sample: dict[str, list[DipSampleItemRow]] = {}
            if samples:
                for item in session.execute(select(DipSampleItemRow).where(
                        DipSampleItemRow.sample_id.in_([s.id for s in samples]))).scalars():
                    items_by_sample.setdefault(item.sample_id, []).append(item)
            per_week: list[dict[str, SampleItem]] = [{} for _ in span]
            counts = [0] * len(span)
            for sample in samples:
                index = next((i for i, w in enumerate(span) if w.contains(sample.period_start)), None)
                if index is None:
                    continue
                counts[index] += 1
                sample_criteria = criteria_version(sample.criteria_id, sample.criteria_version)
                for row in items_by_sample.get(sample.id, []):
                    item = _item(row, sample_criteria)
                    if suites and item.suite not in suites:
                        continue
                    per_week[index][item.record_id] = item
        series: dict[str, list[float | None]] = {c.id: [] for c in criteria.criteria}
        overall: list[float | None] = []
        for week_items in per_week:
            results = compliance(criteria, ((i.outcomes(), frozenset(i.scores)) for i in week_items.values()))
            met = sum(r.met for r in results)
            denominator = sum(r.denominator for r in results)
            overall.append(None if denominator == 0 else 100.0 * met / denominator)
            for result in results:
                series[result.criterion_id].append(result.percent)
        return Trend(span, {k: tuple(v) for k, v in series.items()}, tuple(counts), tuple(overall))

    def report(self, sample_id: str, weeks: int = 12) -> AuditReport:
        results = self.results(sample_id)
        period = _sample_period(results.sample)
        trend = self.trend(period, weeks, results.sample.suites or None)
        criteria = criteria_version(results.sample.criteria_id, results.sample.criteria_version)
        return AuditReport(results, trend, criteria, self.force_name, utc_now())

    def write_report_pdf(self, report: AuditReport, output: str | Any | BinaryIO) -> None:
        from custody_checklist.reports.audit_pdf import build_audit_pdf

        build_audit_pdf(report, output)
        self._log_disclosure("audit_report", report.results.sample.id, {"format": "pdf", "to": _name(output)})

    def write_report_csv(self, report: AuditReport, handle: IO[str]) -> int:
        from custody_checklist.reports.audit_csv import write_audit_csv

        rows = write_audit_csv(report, handle)
        self._log_disclosure("audit_report", report.results.sample.id, {"format": "csv", "to": _name(handle)})
        return rows

    def _log_disclosure(self, what: str, sample_id: str | None, detail: dict[str, Any]) -> None:
        with self.database.transaction() as session:
            audit_log.append(session, at=utc_now(), user=self._user(), action="disclosure",
                             detail={"what": what, "sample": sample_id, **detail})

    # ------------------------------------------------------------------ figures and export
    def figures(self, period: Period, suites: Sequence[str] | None = None) -> ConcordatFigures:
        from custody_checklist.services.audit_figures import compute_figures

        self._require("produce the multi-agency figures")
        suites = self._scope_suites(suites)
        with self.database.reading() as session:
            figures = compute_figures(session, period, suites, self.rule_settings, utc_now())
        names = self.suite_names()
        from dataclasses import replace

        return replace(figures, force_name=self.force_name, suite_names=names)

    def write_figures_pdf(self, figures: ConcordatFigures, output: Any) -> None:
        from custody_checklist.reports.audit_pdf import build_figures_pdf

        build_figures_pdf(figures, output)
        self._log_disclosure("concordat_figures", None, {"format": "pdf", "period": figures.period.label,
                                                          "to": _name(output)})

    def write_figures_csv(self, figures: ConcordatFigures, handle: IO[str]) -> int:
        from custody_checklist.reports.audit_csv import write_figures_csv

        rows = write_figures_csv(figures, handle)
        self._log_disclosure("concordat_figures", None, {"format": "csv", "period": figures.period.label,
                                                          "to": _name(handle)})
        return rows

    def pseudonym(self, custody_number: str) -> str:
        from custody_checklist.services.audit_export import pseudonymiser

        self._require("pseudonymise records")
        return pseudonymiser(self.database)(custody_number)

    def export_pseudonymised(self, period: Period, handle: IO[str], suites: Sequence[str] | None = None, *,
                             include_free_text: bool = False, fmt: str = "csv") -> ExportSummary:
        from custody_checklist.services.audit_export import export_pseudonymised

        self._require("export pseudonymised records")
        if fmt not in ("csv", "json"):
            raise ValidationFailed([("format", "csv or json")])
        suites = self._scope_suites(suites)
        return export_pseudonymised(self, period, suites, handle, include_free_text=include_free_text, fmt=fmt)


# ---------------------------------------------------------------------- row -> value helpers
def _new_id() -> str:
    from custody_checklist.domain.record import new_id

    return new_id()


def _name(target: Any) -> str:
    return str(getattr(target, "name", target)) if not hasattr(target, "getvalue") else "memory"


def _sample_period(summary: SampleSummary) -> Period:
    return Period(summary.period_start, summary.period_end, summary.label)


def _label(row: DipSampleRow, items: Iterable[DipSampleItemRow]) -> str:
    for item in items:
        label = (item.scores or {}).get("period_label")
        if label:
            return label
    start = Period.week_containing(row.period_start)
    if start.start == row.period_start and start.end == row.period_end:
        return start.label
    return f"{format_instant(row.period_start)}..{format_instant(row.period_end)}"


def _summary(row: DipSampleRow, items: list[DipSampleItemRow]) -> SampleSummary:
    scored = sum(1 for i in items if (i.scores or {}).get("auditor"))
    graded = sum(1 for i in items if i.grade)
    return SampleSummary(
        id=row.id, label=_label(row, items), period_start=row.period_start, period_end=row.period_end,
        suites=tuple(row.suites or ()), drawn_at=row.drawn_at, drawn_by=row.drawn_by, seed=row.seed,
        algorithm=row.algorithm, population_size=len(row.population or ()), sample_size=len(items),
        scored_items=scored, graded_items=graded, criteria_id=row.criteria_id,
        criteria_version=row.criteria_version,
    )


def _current_outcomes(scores: dict[str, Any]) -> dict[str, Outcome]:
    """Each criterion's outcome now: the auditor's (confirmed or overridden), else the pre-assessment."""
    auditor = scores.get("auditor", {})
    return {cid: Outcome(auditor[cid]["outcome"] if cid in auditor else pre["outcome"])
            for cid, pre in scores.get("pre", {}).items()}


def _resuggest(scores: dict[str, Any], criteria: AuditCriteria) -> Grade:
    """Recompute the suggested grade from the current outcomes and keep it on the item, so
    the stored suggestion follows every confirmation and override (not only the draw)."""
    suggested = suggest_grade(criteria, _current_outcomes(scores))
    scores["suggested_grade"] = suggested.value
    return suggested


def _item(row: DipSampleItemRow, criteria: AuditCriteria) -> SampleItem:
    data = row.scores or {}
    pre = {cid: PreAssessment.from_dict(cid, value) for cid, value in data.get("pre", {}).items()}
    scores = {
        cid: Score(Outcome(v["outcome"]), v.get("comment", ""), bool(v.get("overridden")), v.get("by", ""),
                   parse_instant(v["at"]))
        for cid, v in data.get("auditor", {}).items()
    }
    outcomes = _current_outcomes(data)  # the suggestion always follows the current outcomes
    return SampleItem(
        sample_id=row.sample_id, record_id=row.record_id, custody_number=data.get("custody_number", ""),
        suite=data.get("suite", ""), position=row.position, pre=pre, scores=scores,
        grade=Grade(row.grade) if row.grade else None, suggested_grade=suggest_grade(criteria, outcomes),
        comment=row.comment or "", scored_by=row.scored_by, scored_at=row.scored_at,
        record_hash_at_draw=data.get("record_hash", ""),
    )


def _detail(row: DipSampleRow, items: list[DipSampleItemRow], criteria: AuditCriteria) -> SampleDetail:
    values = tuple(_item(i, criteria) for i in items)
    stratified = " strata=suite" in row.algorithm
    allocation: dict[str, int] = {}
    if stratified:
        for item in values:
            allocation[item.suite] = allocation.get(item.suite, 0) + 1
    rule = row.algorithm.split(" ")[-1]
    return SampleDetail(_summary(row, items), tuple(row.population or ()), values, stratified, rule,
                        dict(sorted(allocation.items())))


def _results(detail: SampleDetail, criteria: AuditCriteria, suite_names: dict[str, str]) -> SampleResults:
    items = detail.items
    overall = compliance(criteria, ((i.outcomes(), frozenset(i.scores)) for i in items))
    failings = []
    for item in items:
        for criterion in criteria.criteria:
            if criterion.id in item.pre and item.outcome(criterion.id) is Outcome.NOT_MET:
                score = item.scores.get(criterion.id)
                pre = item.pre[criterion.id]
                failings.append(Failing(item.record_id, item.custody_number, item.suite, criterion.id,
                                        criterion.label, score.comment if score and score.comment else pre.reason,
                                        pre.finding_codes))
    grades = {g.value: 0 for g in Grade} | {"ungraded": 0}
    for item in items:
        grades[item.grade.value if item.grade else "ungraded"] += 1
    by_suite = {}
    for suite in sorted({i.suite for i in items}):
        chosen = [i for i in items if i.suite == suite]
        by_suite[suite] = compliance(criteria, ((i.outcomes(), frozenset(i.scores)) for i in chosen))
    return SampleResults(detail.summary, overall, tuple(failings), grades, by_suite,
                         {s: suite_names.get(s, s) for s in by_suite})


__all__ = ["AuditService", "CriteriaError"]
