"""The PACE rules engine for children in custody: a record and "now" in, findings out.

``evaluate(record, now, settings=None) -> Evaluation`` is pure: no clock, no database,
no Qt, no dependence on the machine's time zone. It judges the record as it stood at
``now`` (timeline entries after ``now`` are left out and reported), and never raises
because of what the record contains: a missing, mistyped or out-of-order fact becomes a
finding. Each rule family is a small module with ``check(ctx)``; docs/rules.md lists
every finding code, its trigger, severity, source and tuning settings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from custody_checklist.domain.findings import Deadline, Evaluation, Finding, Severity
from custody_checklist.domain.record import Record
from custody_checklist.domain.rules import (
    age,
    appropriate_adult,
    care,
    charge,
    clock,
    interview,
    overnight,
    reviews,
    rights,
    safeguarding,
    timeline,
    voice,
    welfare,
)
from custody_checklist.domain.rules.context import Context, index_events
from custody_checklist.domain.rules.settings import RuleSettings
from custody_checklist.domain.timeutil import ensure_utc

__all__ = ["RuleSettings", "evaluate", "FAMILIES", "CHILD_ONLY"]

Rule = Callable[[Context], None]

#: Rule families in the order they run (age first: the others read its verdict).
FAMILIES: tuple[tuple[str, Rule], ...] = (
    ("age", age.check),
    ("clock", clock.check),
    ("reviews", reviews.check),
    ("welfare", welfare.check),
    ("appropriate_adult", appropriate_adult.check),
    ("rights", rights.check),
    ("interview", interview.check),
    ("care", care.check),
    ("charge", charge.check),
    ("overnight", overnight.check),
    ("safeguarding", safeguarding.check),
    ("voice", voice.check),
)
#: Families that only apply to a child; skipped once the age rule finds an adult.
CHILD_ONLY = frozenset(
    {"welfare", "appropriate_adult", "rights", "interview", "charge", "overnight",
     "safeguarding", "voice"}
)
_DEFAULT_SETTINGS = RuleSettings()


def evaluate(record: Record, now: datetime, settings: RuleSettings | None = None) -> Evaluation:
    """Findings and deadlines for ``record`` as at ``now`` (an aware datetime).

    A naive ``now`` is a programming error and raises ``TimeFormatError``; nothing in the
    record can make this raise.
    """
    if now.tzinfo is not UTC:  # ensure_utc's own fast case, without the call
        now = ensure_utc(now)
    settings = settings or _DEFAULT_SETTINGS
    try:
        events = record.events
    except AttributeError:
        events = None
    if type(events) is not list and not isinstance(events, (list, tuple)):  # noqa: UP038
        events = []
    by_kind, bad, future = index_events(events, now)
    ctx = Context(record, now, settings, by_kind)
    # The try/except is written out here rather than in a helper: this loop runs once per
    # record in bulk evaluation, and a call per family is measurable there.
    try:
        timeline.check(ctx, bad, future)
    except Exception as exc:  # noqa: BLE001 - reported as a finding, never swallowed
        _rule_error(ctx, "timeline", exc)
    families = FAMILIES
    # The cached plan is looked at here rather than in _plans: one call less per record.
    plan = _plan_cache[1] if _plan_cache[0] is families else _plans(families)
    (first_name, first_rule), child_plan, adult_plan = plan
    try:
        first_rule(ctx)  # the age family: it decides which of the others apply
    except Exception as exc:  # noqa: BLE001
        _rule_error(ctx, first_name, exc)
    for name, rule in child_plan if ctx.is_child else adult_plan:
        try:
            rule(ctx)
        except Exception as exc:  # noqa: BLE001 - reported as a finding, never swallowed
            _rule_error(ctx, name, exc)
    # Sorted in place: the lists are this evaluation's own, and most hold 0-3 items.
    findings = ctx.findings
    if len(findings) > 1:
        findings.sort(key=_finding_order)
    deadlines = ctx.deadlines
    if len(deadlines) > 1:
        _sort_deadlines(deadlines)
    return Evaluation(findings, deadlines)


_Plan = tuple[tuple[str, Rule], tuple[tuple[str, Rule], ...], tuple[tuple[str, Rule], ...]]
#: [the FAMILIES tuple the plan was made from, the plan]
_plan_cache: list[Any] = [None, None]


def _plans(families: tuple[tuple[str, Rule], ...]) -> _Plan:
    """(first family, the rest for a child, the rest for an adult), worked out once.

    Rebuilt only when ``FAMILIES`` is replaced (tests do), so the per-record loop does not
    test every family against ``CHILD_ONLY``. An adult keeps only the rest rules of care.
    """
    if _plan_cache[0] is families:
        return _plan_cache[1]
    first, rest = families[0], families[1:]
    child = tuple(rest)
    adult = tuple(
        (name, care._rest if name == "care" else rule)
        for name, rule in rest
        if name not in CHILD_ONLY
    )
    plan = (first, child, adult)
    _plan_cache[:] = [families, plan]
    return plan


def _rule_error(ctx: Context, name: str, exc: Exception) -> None:
    """A bug in one family must not hide every other finding at 3 a.m."""
    ctx.add(
        "rule_error",
        Severity.WARNING,
        f"The '{name}' checks could not be completed ({type(exc).__name__}: {exc}). "
        "Check this part of the record by hand and report the problem.",
        "software",
    )


def _finding_order(f: Finding) -> tuple:
    """Most severe first, then by due time (none last), code, event and question.

    ``due is None`` before ``due`` puts findings without a due time last without turning
    every due time into a timestamp: aware datetimes compare as their instants do.
    """
    due = f.due_at
    return (_SEVERITY_DESCENDING[f.severity], due is None, due, f.code, f.event_id or "",
            f.question_id or "")


_SEVERITY_DESCENDING = {severity: -severity.rank for severity in Severity}


def _sort_deadlines(deadlines: list[Deadline]) -> None:
    """Sort by due time, then code, then label (in place).

    Due times rarely tie, and a key of one attribute is several times cheaper than a tuple
    of three, so the list is sorted by due time alone and only re-sorted by the full key
    if two due times are equal. Both sorts are stable, so ties on all three keep their
    original order either way.
    """
    deadlines.sort(key=_due_at)
    previous = None
    for deadline in deadlines:
        due = deadline.due_at
        if due == previous:
            deadlines.sort(key=_deadline_order)
            return
        previous = due


_due_at = attrgetter("due_at")
_deadline_order = attrgetter("due_at", "code", "label")
