"""The interchange format: round trip, and a clear error with a JSON path for bad input."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from custody_checklist.domain.interchange import (
    InterchangeError,
    content_hash,
    decode_json_bytes,
    document_to_dict,
    parse_document,
    record_to_dict,
)
from custody_checklist.services.app_services import load_definitions
from tests.factories import make_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def definitions():
    return load_definitions()


def _doc(**changes):
    data = document_to_dict([make_record()], exported_at=NOW)
    record = data["records"][0]
    for path, value in changes.items():
        target = record
        *parents, last = path.split("__")
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
    return data


_DELETE = object()


def _problems(data, definitions):
    with pytest.raises(InterchangeError) as caught:
        parse_document(data, definitions, now=NOW)
    return dict(caught.value.problems)


def test_a_record_round_trips_unchanged(definitions):
    original = make_record()
    data = document_to_dict([original], exported_at=NOW)
    (parsed,) = parse_document(json.loads(json.dumps(data)), definitions, now=NOW)
    assert record_to_dict(parsed) == record_to_dict(original)
    assert content_hash(parsed) == content_hash(original)


def test_a_bare_record_object_is_accepted(definitions):
    bare = record_to_dict(make_record())
    (parsed,) = parse_document(bare, definitions, now=NOW)
    assert parsed.custody_number == "TST-A/000001/26"


def test_malformed_json_names_line_and_column():
    with pytest.raises(InterchangeError, match="line 2, column"):
        decode_json_bytes(b'{"records": [\n  oops]}')


def test_non_utf8_bytes_are_refused_with_the_offset():
    with pytest.raises(InterchangeError, match="not UTF-8 text .*offset 14"):
        decode_json_bytes(b'{"surname": "M\xfcller"}')


def test_unknown_question_id_is_reported_at_its_path(definitions):
    problems = _problems(_doc(answers__no_such_question=True), definitions)
    assert "unknown question id" in problems["$.records[0].answers.no_such_question"]


def test_wrong_answer_type_is_reported(definitions):
    problems = _problems(_doc(answers__welfare_informed="perhaps"), definitions)
    assert "yes or no" in problems["$.records[0].answers.welfare_informed"]


def test_wrong_structure_types_are_reported_by_the_schema(definitions):
    problems = _problems(_doc(events__0__at=12345, child__gender="boy"), definitions)
    assert "$.records[0].events[0].at" in problems
    assert "$.records[0].child.gender" in problems


def test_a_time_without_offset_is_refused(definitions):
    problems = _problems(_doc(events__1__at="2026-11-20T21:00:00"), definitions)
    assert "offset" in problems["$.records[0].events[1].at"]


def test_arrival_before_arrest_is_impossible(definitions):
    data = _doc()
    data["records"][0]["events"][0]["at"] = "2026-11-20T22:00:00Z"  # arrest after arrival
    problems = _problems(data, definitions)
    assert "before the arrest" in problems["$.records[0].events[1].at"]


def test_events_in_the_future_beyond_the_clock_skew_allowance_are_refused(definitions):
    data = _doc()
    data["records"][0]["events"][4]["at"] = (NOW + timedelta(minutes=6)).isoformat()
    problems = _problems(data, definitions)
    assert "in the future" in problems["$.records[0].events[4].at"]


def test_events_within_five_minutes_of_clock_skew_are_accepted(definitions):
    data = _doc()
    data["records"][0]["events"][4]["at"] = (NOW + timedelta(minutes=4)).isoformat()
    assert parse_document(data, definitions, now=NOW)


def test_date_of_birth_after_arrest_is_refused(definitions):
    problems = _problems(_doc(child__date_of_birth="2026-11-21"), definitions)
    assert "after the arrest" in problems["$.records[0].child.date_of_birth"]


def test_over_long_text_is_refused_with_the_limit(definitions):
    problems = _problems(_doc(answers__rationale_to_detain="x" * 20_001), definitions)
    assert "limit is 20,000" in problems["$.records[0].answers.rationale_to_detain"]


def test_over_long_surname_is_refused_by_the_schema(definitions):
    problems = _problems(_doc(child__surname="y" * 201), definitions)
    assert "too long" in problems["$.records[0].child.surname"]


def test_missing_required_fields_and_unknown_fields_are_reported(definitions):
    data = _doc(child__surname=_DELETE)
    data["records"][0]["colour"] = "blue"
    problems = _problems(data, definitions)
    assert "'surname' is required" in problems["$.records[0].child"]
    assert "unknown field" in problems["$.records[0]"]


def test_duplicate_custody_numbers_in_one_file_are_refused(definitions):
    data = document_to_dict([make_record(), make_record()], exported_at=NOW)
    problems = _problems(data, definitions)
    assert "also appears at records[0]" in problems["$.records[1].custody_number"]


def test_unknown_definition_version_is_refused(definitions):
    problems = _problems(_doc(definition={"id": "child-detention", "version": 99}), definitions)
    assert "not installed" in problems["$.records[0].definition"]


def test_every_problem_is_reported_not_just_the_first(definitions):
    problems = _problems(
        _doc(answers__welfare_informed="x", answers__bogus=1, child__date_of_birth="2026-11-21"),
        definitions,
    )
    assert len(problems) >= 3


def test_impossible_early_dates_are_refused(definitions):
    data = _doc(child__date_of_birth="0001-01-01")
    data["records"][0]["events"][0]["at"] = "1026-11-20T20:20:00Z"
    problems = _problems(data, definitions)
    assert "not a possible date of birth" in problems["$.records[0].child.date_of_birth"]
    assert "before 1990" in problems["$.records[0].events[0].at"]


def test_custody_ends_at_the_earlier_of_release_and_transfer():
    from datetime import timedelta

    from custody_checklist.domain.events import EventKind
    from custody_checklist.domain.record import Event

    record = make_record()
    arrival = record.arrival_at
    record.events.append(Event(EventKind.RELEASED, arrival + timedelta(hours=9)))
    record.events.append(Event(EventKind.TRANSFERRED, arrival + timedelta(hours=5)))
    assert record.released_at == arrival + timedelta(hours=5)
