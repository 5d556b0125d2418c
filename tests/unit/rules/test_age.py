"""Juvenile status and age: at arrest, Europe/London date, never downgraded when disputed."""

from __future__ import annotations

from datetime import date, datetime

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.record import DobStatus

from .conftest import at, codes, ev, make_record, only, run

ARREST = at("2026-11-24T20:00:00Z")
NOW = at("2026-11-24T21:00:00Z")


def events(arrest=ARREST):
    return [ev("arrest", arrest), ev("arrival", arrest)]


def test_age_17y364d_at_arrest_is_a_child():
    record = make_record(events(), dob=date(2008, 11, 25))  # 18 tomorrow
    result = run(record, NOW)
    assert not {"age_out_of_scope", "age_below_criminal_responsibility"} & codes(result)
    assert "voc_own_words_missing" not in codes(result)  # child rules ran and were satisfied


def test_age_18th_birthday_on_arrest_date_is_out_of_scope():
    record = make_record(events(), dob=date(2008, 11, 24))
    finding = only(run(record, NOW), "age_out_of_scope")
    assert finding.severity is Severity.WARNING
    assert "CJCA 2015 s.42" in finding.source


def test_age_taken_at_arrest_not_now_child_stays_child_after_birthday():
    record = make_record(events(), dob=date(2008, 11, 25))
    assert "age_out_of_scope" not in codes(run(record, at("2026-11-26T12:00:00Z")))


def test_age_uses_arrival_when_no_arrest():
    record = make_record([ev("arrival", ARREST)], dob=date(2008, 11, 24))
    assert "age_out_of_scope" in codes(run(record, NOW))


def test_age_uses_london_date_in_bst_not_utc_date():
    # 23:30Z on 24 Oct 2026 is 00:30 BST on 25 Oct: the 18th birthday in London.
    arrest = at("2026-10-24T23:30:00Z")
    record = make_record(events(arrest), dob=date(2008, 10, 25))
    assert "age_out_of_scope" in codes(run(record, at("2026-10-25T01:00:00Z")))
    arrest_day_before = at("2026-10-24T22:59:00Z")  # 23:59 BST on 24 Oct
    record = make_record(events(arrest_day_before), dob=date(2008, 10, 25))
    assert "age_out_of_scope" not in codes(run(record, at("2026-10-25T01:00:00Z")))


def test_age_disputed_never_downgrades_to_adult():
    record = make_record(events(), {"age_disputed": True}, dob=date(2000, 1, 1))
    result = run(record, NOW)
    assert "age_out_of_scope" not in codes(result)
    assert only(result, "age_disputed_treated_as_child").severity is Severity.WARNING
    assert "voc_own_words_missing" not in codes(result)


def test_appears_under_18_with_adult_dob_is_treated_as_child():
    record = make_record(events(), {"appears_under_18": True}, dob=date(2000, 1, 1))
    assert "age_disputed_treated_as_child" in codes(run(record, NOW))


def test_no_dob_and_appears_under_18_is_a_child():
    record = make_record(events(), {"appears_under_18": True}, dob=None)
    result = run(record, NOW)
    assert only(result, "age_unknown_treated_as_child").severity is Severity.INFO
    assert "age_out_of_scope" not in codes(result)


def test_no_dob_and_appearance_not_recorded_is_not_established_but_child():
    record = make_record(events(), dob=None)
    result = run(record, NOW)
    assert "age_not_established" in codes(result)
    assert "age_out_of_scope" not in codes(result)


def test_age_9_at_arrest_is_below_criminal_responsibility_breach():
    record = make_record(events(), dob=date(2016, 11, 25))
    finding = only(run(record, NOW), "age_below_criminal_responsibility")
    assert finding.severity is Severity.BREACH


def test_age_10th_birthday_at_arrest_is_not_below_criminal_responsibility():
    record = make_record(events(), dob=date(2016, 11, 24))
    assert "age_below_criminal_responsibility" not in codes(run(record, NOW))


def test_adult_skips_child_only_rules():
    record = make_record(events(), dob=date(1990, 1, 1), complete=False)
    result = run(record, NOW)
    assert "age_out_of_scope" in codes(result)
    assert not {"voc_own_words_missing", "aa_not_requested", "welfare_informed_missing"} & codes(result)


def test_dob_after_arrest_is_flagged_and_treated_as_child():
    record = make_record(events(), dob=date(2027, 1, 1))
    assert "age_dob_after_arrest" in codes(run(record, NOW))


def test_age_basis_missing_is_due_in_custody():
    record = make_record(events(), {"age_basis": None})
    assert only(run(record, NOW), "age_basis_missing").severity is Severity.DUE


def test_a_stated_adult_date_of_birth_is_not_clear_evidence_so_still_a_child():
    """Code C 1.5: an unverified DOB giving 18 does not downgrade while appearance is unrecorded."""
    record = make_record(events(), dob=date(2008, 11, 24), dob_status=DobStatus.STATED)
    result = run(record, NOW)
    assert "age_out_of_scope" not in codes(result)
    assert "age_disputed_treated_as_child" in codes(result)


def test_a_stated_adult_date_of_birth_with_adult_appearance_recorded_is_out_of_scope():
    record = make_record(events(), {"appears_under_18": False}, dob=date(2008, 11, 24),
                         dob_status=DobStatus.STATED)
    assert "age_out_of_scope" in codes(run(record, NOW))


def test_a_date_of_birth_given_as_a_date_and_time_is_read_as_its_date():
    """A bad import may give the date of birth as a datetime: judged on its date (the
    18th birthday on the arrest date is still out of scope), never a rule_error."""
    as_datetime = make_record(events(), dob=datetime(2008, 11, 24, 0, 0))
    result = run(as_datetime, NOW)
    assert "rule_error" not in codes(result)
    assert result == run(make_record(events(), dob=date(2008, 11, 24)), NOW)
    assert "age_out_of_scope" in codes(result)
