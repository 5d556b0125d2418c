"""Record use cases against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Child, Event, Gender, RecordStatus
from custody_checklist.domain.timeutil import utc_now
from custody_checklist.services.actor import Actor
from custody_checklist.services.errors import (
    ConflictError,
    PermissionDenied,
    RecordLocked,
    ValidationFailed,
)
from custody_checklist.services.records import RecordService
from custody_checklist.storage import audit
from custody_checklist.storage.models import RecordRow
from custody_checklist.storage.records_repo import RecordFilter
from tests.factories import make_record


def _child(surname: str = "Kowalczyk", **kw) -> Child:
    return Child(surname=surname, forenames="Łucja", date_of_birth=date(2011, 2, 3),
                 gender=Gender.FEMALE, **kw)


def _create(services, number="TST-A/000100/26", surname="Kowalczyk"):
    return services.records.create(number, "TST-A", _child(surname))


def test_create_and_read_back(services):
    created = _create(services)
    loaded = services.records.get(created.id)
    assert loaded.child.forenames == "Łucja"
    assert loaded.definition_id == "child-detention"
    assert loaded.definition_version == services.definitions.latest("child-detention").version
    assert services.records.get_by_reference("TST-A/000100/26").id == created.id


def test_create_refuses_a_duplicate_custody_number_and_an_empty_surname(services):
    _create(services)
    with pytest.raises(ValidationFailed, match="already in use"):
        _create(services)
    with pytest.raises(ValidationFailed, match="surname"):
        services.records.create("TST-A/000101/26", "TST-A", _child(surname="  "))


def test_each_answer_is_saved_at_once_and_the_version_moves_on(services):
    record = _create(services)
    saved = services.records.save_answer(record.id, "welfare_informed", True, record.version)
    assert saved.version == record.version + 1
    assert services.records.get(record.id).answers["welfare_informed"] is True


def test_clearing_an_answer_removes_it(services):
    record = _create(services)
    record = services.records.save_answer(record.id, "offence", "Theft", record.version)
    record = services.records.save_answer(record.id, "offence", "", record.version)
    assert "offence" not in services.records.get(record.id).answers


def test_a_stale_save_from_another_terminal_is_refused_and_shows_the_current_record(services):
    record = _create(services)
    theirs = services.records.save_answer(record.id, "offence", "Criminal damage", record.version)
    with pytest.raises(ConflictError) as caught:
        services.records.save_answer(record.id, "offence", "Theft", record.version)
    assert caught.value.current.answers["offence"] == "Criminal damage"
    assert caught.value.current.version == theirs.version
    assert services.records.get(record.id).answers["offence"] == "Criminal damage"


def test_an_invalid_answer_is_refused_and_nothing_is_saved(services):
    record = _create(services)
    with pytest.raises(ValidationFailed, match="yes or no"):
        services.records.save_answer(record.id, "welfare_informed", "maybe", record.version)
    with pytest.raises(ValidationFailed, match="unknown question"):
        services.records.save_answer(record.id, "not_a_question", "x", record.version)
    assert services.records.get(record.id).version == record.version


def test_events_are_added_updated_and_deleted(services):
    record = _create(services)
    arrival = Event(EventKind.ARRIVAL, utc_now() - timedelta(hours=1))
    record = services.records.add_event(record.id, arrival, record.version)
    assert [e.kind for e in record.events] == [EventKind.ARRIVAL]
    assert record.events[0].recorded_by == services.actor.name
    moved = Event(EventKind.ARRIVAL, arrival.at - timedelta(minutes=5), id=arrival.id)
    record = services.records.update_event(record.id, moved, record.version)
    assert services.records.get(record.id).events[0].at == moved.at
    record = services.records.delete_event(record.id, arrival.id, record.version)
    assert services.records.get(record.id).events == []


def test_an_event_in_the_future_is_refused(services):
    record = _create(services)
    with pytest.raises(ValidationFailed, match="in the future"):
        services.records.add_event(record.id, Event(EventKind.ARRIVAL, utc_now() + timedelta(hours=1)),
                                   record.version)


def test_arrival_before_arrest_is_refused(services):
    record = _create(services)
    now = utc_now()
    record = services.records.add_event(record.id, Event(EventKind.ARREST, now - timedelta(hours=1)),
                                        record.version)
    with pytest.raises(ValidationFailed, match="before the arrest"):
        services.records.add_event(record.id, Event(EventKind.ARRIVAL, now - timedelta(hours=2)),
                                   record.version)


def test_event_details_are_checked_against_the_definition(services):
    record = _create(services)
    bad = Event(EventKind.REVIEW, utc_now() - timedelta(minutes=5), {"reviewer_rank": "general"})
    with pytest.raises(ValidationFailed, match="general"):
        services.records.add_event(record.id, bad, record.version)


def test_a_signed_record_is_read_only(services):
    services.records.import_records([make_record(status=None) if False else _signed()])
    record = services.records.get_by_reference("TST-A/000009/26")
    with pytest.raises(RecordLocked, match="amendment"):
        services.records.save_answer(record.id, "offence", "x", record.version)


def _signed():
    record = make_record("TST-A/000009/26")
    record.status = RecordStatus.SIGNED
    return record


def test_in_custody_lists_only_children_not_yet_released(services):
    here = make_record("TST-A/000001/26")
    gone = make_record("TST-A/000002/26")
    gone.events.append(Event(EventKind.RELEASED, gone.arrival_at + timedelta(hours=5)))
    elsewhere = make_record("TST-B/000003/26", suite="TST-B")
    services.records.import_records([here, gone, elsewhere])
    assert [r.custody_number for r in services.records.in_custody("TST-A")] == ["TST-A/000001/26"]


def test_search_by_surname_prefix_ignores_case_and_handles_accents(services):
    services.records.import_records([
        make_record("TST-A/000001/26", surname="Ŵyn-Jones"),
        make_record("TST-A/000002/26", surname="ŵynne"),
        make_record("TST-A/000003/26", surname="Williams"),
    ])
    found = services.records.list_page(RecordFilter(surname="ŴYN"), 0, 10)
    assert sorted(s.surname for s in found) == ["Ŵyn-Jones", "ŵynne"]
    assert services.records.count(RecordFilter(custody_number="TST-A/000003")) == 1


def test_list_page_pages_through_newest_arrival_first(services):
    from tests.factories import ARRIVAL

    records = [make_record(f"TST-A/{i:06d}/26", arrival=ARRIVAL - timedelta(hours=i)) for i in range(25)]
    services.records.import_records(records)
    first = services.records.list_page(RecordFilter(), 0, 10)
    third = services.records.list_page(RecordFilter(), 20, 10)
    assert [s.custody_number for s in first][:2] == ["TST-A/000000/26", "TST-A/000001/26"]
    assert len(third) == 5
    window = RecordFilter(arrived_from=ARRIVAL - timedelta(hours=4, minutes=30), arrived_to=ARRIVAL)
    assert services.records.count(window) == 4


def test_import_is_all_or_nothing(services):
    services.records.import_records([make_record("TST-A/000001/26")])
    with pytest.raises(ValidationFailed, match="already in the database"):
        services.records.import_records([make_record("TST-A/000002/26"), make_record("TST-A/000001/26")])
    assert services.records.count() == 1


def test_import_adds_unknown_suites_with_a_note(services):
    notes = services.records.import_records([make_record("NEW/1/26", suite="NEW")])
    assert any("NEW" in note for note in notes)
    assert services.records.suite_name("TST-A") == "Testshire Alpha"


def test_every_view_and_change_is_logged_in_a_chain_that_verifies(services):
    record = _create(services)
    services.records.get(record.id)
    services.records.save_answer(record.id, "offence", "Theft", record.version)
    with services.database.reading() as session:
        from custody_checklist.storage.models import AuditEntryRow

        actions = [row.action for row in session.execute(
            select(AuditEntryRow).where(AuditEntryRow.record_id == record.id).order_by(AuditEntryRow.id)
        ).scalars()]
        assert actions == ["create", "view", "change"]
        assert audit.verify_chain(session) == []


def test_editing_an_audit_row_breaks_the_chain(services):
    from sqlalchemy import text

    _create(services)
    _create(services, "TST-A/000200/26")
    with services.database.transaction() as session:
        session.execute(text("UPDATE audit_log SET user_name = 'someone else' WHERE id = 1"))
    with services.database.reading() as session:
        problems = audit.verify_chain(session)
    assert [p.entry_id for p in problems] == [1]


def test_an_auditor_cannot_change_records(services):
    record = _create(services)
    auditor = RecordService(services.database, services.definitions,
                            Actor("Audit Clerk", frozenset({"auditor"})), services.settings)
    with pytest.raises(PermissionDenied, match="may not change records"):
        auditor.save_answer(record.id, "offence", "x", record.version)


def test_an_actor_limited_to_one_suite_cannot_open_another_suites_record(services):
    services.records.import_records([make_record("TST-B/000001/26", suite="TST-B")])
    record_id = services.records.get_by_reference("TST-B/000001/26").id
    alpha_only = RecordService(services.database, services.definitions,
                               Actor("PS Alpha", frozenset({"sergeant"}), suites=frozenset({"TST-A"})))
    with pytest.raises(PermissionDenied):
        alpha_only.get(record_id)


def test_denormalised_arrival_and_release_follow_the_timeline(services):
    record = _create(services)
    when = utc_now() - timedelta(hours=3)
    record = services.records.add_event(record.id, Event(EventKind.ARRIVAL, when), record.version)
    services.records.add_event(record.id, Event(EventKind.RELEASED, when + timedelta(hours=2)), record.version)
    with services.database.reading() as session:
        row = session.execute(select(RecordRow).where(RecordRow.id == record.id)).scalar_one()
        assert row.arrival_at == when
        assert row.released_at == when + timedelta(hours=2)


def test_suites_are_plain_values_usable_after_the_session_closes(services):
    suites = services.records.suites()
    assert [(s.code, s.name) for s in suites] == [("TST-A", "Testshire Alpha"), ("TST-B", "Testshire Beta")]


def test_loading_the_demo_hides_the_unused_placeholder_suite(tmp_path):
    from custody_checklist.services.app_services import DEFAULT_SUITE, open_services

    services = open_services(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        assert [s.code for s in services.records.suites()] == [DEFAULT_SUITE[0]]
        services.load_demo()
        codes = [s.code for s in services.records.suites()]
        assert DEFAULT_SUITE[0] not in codes
        assert len(codes) >= 3
    finally:
        services.close()


def test_lists_counts_and_exports_are_confined_to_the_actors_suites(services):
    """An officer posted to some suites never sees another suite's children in a list."""
    services.records.import_records([
        make_record("TST-A/000001/26"),
        make_record("TST-B/000002/26", suite="TST-B"),
        make_record("TST-C/000003/26", suite="TST-C"),
    ])
    posted = RecordService(services.database, services.definitions,
                           Actor("PS Posted", frozenset({"sergeant", "auditor"}),
                                 suites=frozenset({"TST-A", "TST-B"})))
    listed = {s.custody_number for s in posted.list_page(RecordFilter(), 0, 50)}
    assert listed == {"TST-A/000001/26", "TST-B/000002/26"}
    assert posted.count() == 2
    assert {r.custody_number for r in posted.iter_export()} == listed
    with pytest.raises(PermissionDenied):
        posted.list_page(RecordFilter(suite="TST-C"), 0, 50)


def test_documents_name_the_configured_force_else_the_suites_own(tmp_path):
    from custody_checklist.config import DeploymentConfig
    from custody_checklist.services.app_services import open_services

    unconfigured = open_services(f"sqlite:///{tmp_path / 'a.sqlite3'}", config=DeploymentConfig())
    try:
        unconfigured.load_demo()
        assert unconfigured.force_name("NSH-C") == "Northshire Police"
    finally:
        unconfigured.close()


def test_the_config_files_force_name_wins(services):
    assert services.force_name("TST-A") == "Testshire Police"
