"""Two terminals logging at once must never fork the audit log's hash chain."""

from __future__ import annotations

import threading

from custody_checklist.domain.timeutil import utc_now
from custody_checklist.storage import audit
from custody_checklist.storage.database import Database, open_database


def test_concurrent_appends_from_two_terminals_keep_one_chain(database_url):
    open_database(database_url).close()
    terminals = [Database(database_url), Database(database_url)]
    errors: list[BaseException] = []

    def log_many(database: Database, name: str) -> None:
        try:
            for index in range(40):
                with database.transaction() as session:
                    audit.append(session, at=utc_now(), user=name, action="view",
                                 detail={"n": index})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=log_many, args=(db, f"terminal {i}"))
               for i, db in enumerate(terminals)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with terminals[0].reading() as session:
        assert audit.verify_chain(session) == []
        from sqlalchemy import func, select

        from custody_checklist.storage.models import AuditEntryRow

        assert session.execute(select(func.count()).select_from(AuditEntryRow)).scalar() == 80
    for database in terminals:
        database.close()
