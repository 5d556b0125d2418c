"""Fixtures for the record editor tests: a booked-in child and an open editor.

``tests/gui/conftest.py`` belongs to the main-window tests and provides the real
``services`` (SQLite file per test); these build on it. Import the fixtures by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Child, DobStatus, Event, Gender, Record
from custody_checklist.domain.timeutil import utc_now

SUITE = "TST-A"


def book_in(services: Any, *, gender: Gender = Gender.MALE, custody_number: str = "TSTA/000101/26",
            hours_ago: float = 3.0) -> Record:
    """Create a child's record through the service, arrested ``hours_ago`` and detained."""
    now = utc_now()
    born = date(now.year - 15, 1, 10)
    record = services.records.create(custody_number, SUITE,
                                     Child("Jones", "Rhys", born, DobStatus.VERIFIED, gender))
    arrest = now - timedelta(hours=hours_ago)
    for kind, minutes in ((EventKind.ARREST, 0), (EventKind.ARRIVAL, 30),
                          (EventKind.DETENTION_AUTHORISED, 40)):
        event = Event(kind, (arrest + timedelta(minutes=minutes)).replace(microsecond=0))
        record = services.records.add_event(record.id, event, record.version)
    return record


@pytest.fixture
def booked_in(services: Any) -> Record:
    return book_in(services)


@pytest.fixture
def open_editor(qtbot: Any, services: Any) -> Callable[..., Any]:
    """Open ``RecordEditor`` on a record at 1366x768, as the main window would."""
    from custody_checklist.gui.record_editor import RecordEditor

    def open_(record_id: str) -> RecordEditor:
        editor = RecordEditor(services, record_id)
        qtbot.addWidget(editor)
        editor.resize(1366, 768)
        editor.show()
        assert QTest.qWaitForWindowExposed(editor)
        editor.raise_()
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)  # keyboard focus needs the active window
        return editor

    return open_


@pytest.fixture
def second_terminal(tmp_path: Path, services: Any) -> Iterator[Any]:
    """Another ``AppServices`` on the same database file: a second custody terminal."""
    from custody_checklist.services.app_services import open_services

    other = open_services(database_url=f"sqlite:///{tmp_path}/t.db", config=services.config)
    yield other
    other.close()
