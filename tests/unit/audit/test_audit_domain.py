"""Audit domain: London ISO weeks, sample sizes, allocation, reproducible draws, criteria."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from custody_checklist.domain.audit import Outcome, Period, load_criteria, sampling, suggest_grade
from custody_checklist.domain.audit.criteria import CriteriaError, criteria_from_dict


def test_iso_week_of_the_autumn_clock_change_is_169_hours_in_london():
    week = Period.iso_week(2026, 43)  # Mon 19 Oct - Sun 25 Oct 2026; clocks go back 25 Oct
    assert week.start == datetime(2026, 10, 18, 23, 0, tzinfo=UTC)  # Mon 00:00 BST
    assert week.end == datetime(2026, 10, 26, 0, 0, tzinfo=UTC)  # Mon 00:00 GMT
    assert week.end - week.start == timedelta(hours=169)
    assert Period.week_containing(date(2026, 10, 25)) == week
    # 00:30 GMT on Monday 26 Oct is the next week; 23:30 BST on Sunday 18 Oct the previous one
    assert not week.contains(datetime(2026, 10, 26, 0, 30, tzinfo=UTC))
    assert not week.contains(datetime(2026, 10, 18, 22, 30, tzinfo=UTC))
    assert week.contains(datetime(2026, 10, 18, 23, 0, tzinfo=UTC))
    assert Period.week_containing(datetime(2026, 10, 18, 23, 30, tzinfo=UTC)) == week  # 00:30 BST Monday


def test_spring_week_is_167_hours_and_parse_accepts_weeks_and_dates():
    spring = Period.parse("2027-W12")  # 22-28 Mar 2027; clocks go forward 28 Mar
    assert spring.end - spring.start == timedelta(hours=167)
    days = Period.parse("2026-10-19..2026-10-25")
    assert (days.start, days.end) == (Period.iso_week(2026, 43).start, Period.iso_week(2026, 43).end)
    for bad in ("2026-W54", "last week", "2026-10-25..2026-10-19"):
        with pytest.raises(ValueError):
            Period.parse(bad)


def test_weeks_ending_here_gives_twelve_consecutive_weeks():
    weeks = Period.iso_week(2026, 2).weeks_ending_here(12)
    assert [w.label for w in weeks][:2] == ["2025-W43", "2025-W44"] and weeks[-1].label == "2026-W02"
    assert all(a.end == b.start for a, b in zip(weeks, weeks[1:], strict=False))


@pytest.mark.parametrize(("n", "kwargs", "expected"), [
    (100, {"count": 10, "minimum": 5}, 10),
    (100, {"count": 3, "minimum": 5}, 5),  # minimum wins
    (4, {"count": 10, "minimum": 5}, 4),  # never more than the population
    (101, {"percent": 10, "minimum": 5}, 11),  # ceil(10.1)
    (30, {"percent": 10, "minimum": 5}, 5),
    (40, {"percent": 10, "minimum": 0}, 4),
])
def test_sample_size(n, kwargs, expected):
    assert sampling.sample_size(n, **kwargs) == expected


def test_sample_size_refuses_nonsense():
    for kwargs in ({}, {"count": 1, "percent": 5}, {"count": 0}, {"percent": 0}, {"percent": 101}):
        with pytest.raises(ValueError):
            sampling.sample_size(10, **kwargs)


def test_largest_remainder_allocation():
    # quotas 10*50/100=5, 10*30/100=3, 10*20/100=2 exactly
    assert sampling.allocate({"A": 50, "B": 30, "C": 20}, 10) == {"A": 5, "B": 3, "C": 2}
    # quotas 7*6/13=3.23, 7*4/13=2.15, 7*3/13=1.62 -> floors 3,2,1 (6); one left goes to C (.62)
    assert sampling.allocate({"A": 6, "B": 4, "C": 3}, 7) == {"A": 3, "B": 2, "C": 2}
    # ties go to the code sorting first
    assert sampling.allocate({"B": 1, "A": 1}, 1) == {"A": 1, "B": 0}
    assert sum(sampling.allocate({"A": 7, "B": 5, "C": 1}, 13).values()) == 13


def test_draw_is_reproducible_independent_of_order_and_of_later_records():
    population = [f"id-{i:03d}" for i in range(200)]
    first = sampling.draw("seed-1", population, 12)
    assert sampling.draw("seed-1", list(reversed(population)), 12) == first
    assert sampling.draw("seed-2", population, 12) != first
    assert len(set(first)) == 12 and set(first) <= set(population)
    # the documented algorithm, written out independently
    import hashlib

    expected = sorted(population, key=lambda r: hashlib.sha256(f"seed-1:{r}".encode()).hexdigest())[:12]
    assert first == expected


def test_stratified_draw_takes_each_suites_share():
    strata = {"A": [f"a{i}" for i in range(60)], "B": [f"b{i}" for i in range(30)], "C": [f"c{i}" for i in range(10)]}
    chosen, allocation = sampling.draw_stratified("s", strata, 10)
    assert allocation == {"A": 6, "B": 3, "C": 1}
    assert sum(1 for c in chosen if c.startswith("a")) == 6 and sum(1 for c in chosen if c.startswith("c")) == 1
    assert sampling.draw_stratified("s", strata, 10)[0] == chosen


def test_shipped_criteria_load_and_cover_the_issue_groups():
    criteria = load_criteria()
    assert criteria.id == "dip-sample" and criteria.version == 1
    groups = {c.group for c in criteria.criteria}
    assert {"appropriate adult", "welfare", "voice of the child", "needs and health", "care and treatment",
            "reviews", "safeguarding", "post-charge transfer", "overnight"} <= groups
    assert criteria.get("transfer_requested").applies_when == "bail_refused"
    assert len(set(criteria.ids)) == len(criteria.ids)


def test_every_criterion_code_is_a_documented_rule_or_audit_check():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[3] / "docs" / "rules.md").read_text(encoding="utf-8")
    for criterion in load_criteria().criteria:
        for code in criterion.not_met_codes:
            assert code.startswith("audit.") or f"`{code}`" in text, code


def test_bad_criteria_are_refused_with_the_reason():
    good = {"id": "x", "version": 1, "groups": ["g"], "criteria": [
        {"id": "a", "label": "A", "group": "g", "source": "s", "not_met_codes": ["c"]}]}
    criteria_from_dict(good)
    for change, word in ((lambda d: d["criteria"].append(dict(d["criteria"][0])), "duplicate"),
                         (lambda d: d["criteria"][0].update(group="nope"), "group"),
                         (lambda d: d["criteria"][0].update(applies_when="sometimes"), "applies_when"),
                         (lambda d: d["criteria"][0].update(not_met_codes=[]), "not_met_codes")):
        import copy

        data = copy.deepcopy(good)
        change(data)
        with pytest.raises(CriteriaError, match=word):
            criteria_from_dict(data)


def test_suggested_grade():
    criteria = load_criteria()
    all_met = {c.id: Outcome.MET for c in criteria.criteria}
    assert suggest_grade(criteria, all_met).value == "good"
    assert suggest_grade(criteria, all_met | {"welfare_told": Outcome.NOT_MET}).value == "good"
    two = all_met | {"welfare_told": Outcome.NOT_MET, "voc_demeanour": Outcome.NOT_MET}
    assert suggest_grade(criteria, two).value == "requires_improvement"
    assert suggest_grade(criteria, all_met | {"aa_prompt": Outcome.NOT_MET}).value == "inadequate"
