"""Autosave of one answer (RecordService.save_answer) on SQLite and PostgreSQL.

save_answer reads and writes with plain statements rather than the ORM, for speed
(benchmarks/bench_autosave.py); these tests hold it to what every change must do: the
record it returns is the record as stored, a stale version is refused with nothing
written, and every save is one entry in an audit chain that verifies, even with two
terminals saving the same record at once.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from custody_checklist.services.errors import ConflictError, RecordNotFound, ValidationFailed
from custody_checklist.services.records import RecordService
from custody_checklist.storage import audit
from custody_checklist.storage.database import Database
from custody_checklist.storage.models import AuditEntryRow
from tests.factories import make_record
from tests.integration.accounts_helpers import add_people


def _draft(services):
    services.records.import_records([make_record("TST-A/000001/26")])
    return services.records.get_by_reference("TST-A/000001/26")


def _changes(services, record_id: str) -> int:
    with services.database.reading() as session:
        return session.execute(select(func.count()).select_from(AuditEntryRow).where(
            AuditEntryRow.record_id == record_id, AuditEntryRow.action == "change")).scalar_one()


def _other_terminal(services) -> tuple[Database, RecordService]:
    database = Database(services.database.url)
    return database, RecordService(database, services.definitions, services.actor, services.settings)


def test_the_record_returned_is_the_record_as_stored(services):
    """Timeline, sign-offs (submitted, returned), answers, version and time all match a fresh read."""
    people = add_people(services)
    sergeant, inspector = people["ps.alpha"], people["insp.alpha"]
    record = _draft(services)
    record = sergeant.workflow.submit(record.id, record.version, "Complete.")
    record = inspector.workflow.return_record(record.id, record.version, "Add the offence.")
    assert record.events and len(record.signoffs) == 2

    saved = sergeant.records.save_answer(record.id, "offence", "Theft of a bicycle", record.version)
    assert saved.version == record.version + 1
    assert saved.answers["offence"] == "Theft of a bicycle"
    assert saved.updated_at > record.updated_at
    assert saved == sergeant.records.get(record.id)

    cleared = sergeant.records.save_answer(record.id, "offence", None, saved.version)
    assert "offence" not in cleared.answers
    assert cleared == sergeant.records.get(record.id)


def test_a_save_from_another_terminal_is_detected_and_nothing_is_overwritten(services):
    record = _draft(services)
    database, other = _other_terminal(services)
    try:
        theirs = other.save_answer(record.id, "offence", "Criminal damage", record.version)
    finally:
        database.close()
    changes = _changes(services, record.id)
    with pytest.raises(ConflictError) as caught:
        services.records.save_answer(record.id, "offence", "Theft", record.version)
    assert caught.value.current == services.records.get(record.id)
    assert caught.value.current.version == theirs.version
    assert caught.value.current.answers["offence"] == "Criminal damage"
    assert caught.value.attempted == "answer offence"
    assert _changes(services, record.id) == changes  # the refused save logged nothing
    # A version from the future is refused too, not taken as "newer is fine".
    with pytest.raises(ConflictError):
        services.records.save_answer(record.id, "offence", "Theft", theirs.version + 1)


def test_an_unknown_record_is_reported(services):
    with pytest.raises(RecordNotFound):
        services.records.save_answer("no-such-record", "offence", "Theft", 1)


def test_many_saves_each_leave_one_entry_in_a_chain_that_verifies(services):
    record = _draft(services)
    first = record.version
    for index in range(60):
        record = services.records.save_answer(record.id, "voc_behaviour_demeanour", f"Calm ({index})",
                                              record.version)
    assert record.version == first + 60
    assert services.records.get(record.id).answers["voc_behaviour_demeanour"] == "Calm (59)"
    assert _changes(services, record.id) == 60
    with services.database.reading() as session:
        assert audit.verify_chain(session) == []


def test_two_terminals_saving_one_record_at_once_never_lose_a_save_or_fork_the_chain(services):
    """Each save either lands (one version step, one audit entry) or is refused as a conflict."""
    record = _draft(services)
    terminals = [_other_terminal(services) for _ in range(2)]
    saved: list[int] = []
    errors: list[BaseException] = []

    def autosave(service: RecordService, name: str) -> None:
        version = record.version
        try:
            for index in range(25):
                try:
                    version = service.save_answer(record.id, "voc_behaviour_demeanour",
                                                  f"{name} ({index})", version).version
                    saved.append(version)
                except ConflictError as exc:
                    version = exc.current.version  # the editor's conflict path: take theirs, go on
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=autosave, args=(service, f"terminal {i}"))
               for i, (_, service) in enumerate(terminals)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for database, _ in terminals:
        database.close()
    assert errors == []
    assert len(saved) == len(set(saved)), "two saves were given the same version"
    final = services.records.get(record.id)
    assert final.version == record.version + len(saved)
    assert _changes(services, record.id) == len(saved)
    with services.database.reading() as session:
        assert audit.verify_chain(session) == []


def test_an_answer_invalid_before_does_not_block_saving_another_but_a_new_one_is_refused(services):
    """E.g. an answer stored under an older definition: the save of another field still lands."""
    services.records.import_records([make_record("TST-A/000002/26", welfare_informed="maybe")])
    record = services.records.get_by_reference("TST-A/000002/26")
    record = services.records.save_answer(record.id, "offence", "Theft", record.version)
    assert record == services.records.get(record.id)
    with pytest.raises(ValidationFailed, match="yes or no") as caught:
        services.records.save_answer(record.id, "interpreter_required", "perhaps", record.version)
    assert [where for where, _ in caught.value.problems] == ["interpreter_required"]
    assert services.records.get(record.id).version == record.version


def test_the_versioned_update_writes_nothing_unless_the_version_is_the_one_expected(services):
    """The statement's own guard, behind the version check save_answer makes first."""
    from custody_checklist.domain.timeutil import utc_now
    from custody_checklist.storage import records_repo

    record = _draft(services)
    with services.database.transaction() as session:
        for stale in (record.version - 1, record.version + 1):
            assert not records_repo.update_answers(session, record.id, stale, {"offence": "x"}, utc_now())
        assert not records_repo.update_answers(session, "no-such-record", record.version, {}, utc_now())
    assert services.records.get(record.id) == record
    with services.database.transaction() as session:
        assert records_repo.update_answers(session, record.id, record.version, {"offence": "x"}, utc_now())
    stored = services.records.get(record.id)
    assert (stored.version, stored.answers) == (record.version + 1, {"offence": "x"})
