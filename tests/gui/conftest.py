"""Shared GUI fixtures: offscreen Qt, isolated QSettings, real services on a SQLite file.

GUI tests drive real widgets with pytest-qt's ``qtbot`` against the real services (no
fakes), on a fresh SQLite database per test; PostgreSQL is covered by the integration
tests, so the ``services`` fixture here is SQLite only.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtTest import QTest

from custody_checklist.domain.events import EventKind  # noqa: E402
from custody_checklist.domain.record import Child, DobStatus, Event, Gender, Record  # noqa: E402
from custody_checklist.domain.timeutil import utc_now  # noqa: E402

SUITE_A, SUITE_B = "TST-A", "TST-B"


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path, qapp: Any) -> Iterator[Path]:
    """Every test gets its own empty QSettings (window geometry, last suite, prefs)."""
    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName("custody-checklist-tests")
    QCoreApplication.setApplicationName("custody-checklist-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Any]:
    """Real ``AppServices`` on a fresh SQLite database with two suites."""
    from custody_checklist.config import DeploymentConfig, NamedEntry
    from custody_checklist.services.app_services import open_services

    config = DeploymentConfig(
        force_name="Testshire Police",
        suites=(NamedEntry(SUITE_A, "Testshire Alpha"), NamedEntry(SUITE_B, "Testshire Beta")),
        local_authorities=(NamedEntry("TST-LA", "Testshire Council"),),
    )
    opened = open_services(database_url=f"sqlite:///{tmp_path}/t.db", config=config)
    yield opened
    opened.close()


def shown_main_window(qtbot: Any, services: Any) -> Any:
    """A MainWindow on ``services``, shown and exposed (closed by qtbot at the end)."""
    from custody_checklist.gui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


def child_record(
    custody_number: str,
    surname: str,
    *,
    suite: str = SUITE_A,
    hours_ago: float = 2.0,
    aa_arrived: bool = True,
    released: bool = False,
    forenames: str = "Sam",
    now: datetime | None = None,
) -> Record:
    """An invented child's record that arrived ``hours_ago``; AA requested (and arrived)."""
    now = now or utc_now()
    arrival = now - timedelta(hours=hours_ago)
    events = [
        Event(EventKind.ARRIVAL, arrival),
        Event(EventKind.DETENTION_AUTHORISED, arrival + timedelta(minutes=10), {"grounds": "questioning"}),
    ]
    if aa_arrived:
        events.append(Event(EventKind.AA_REQUESTED, arrival + timedelta(minutes=15)))
        events.append(Event(EventKind.AA_ARRIVED, arrival + timedelta(minutes=45)))
    if released:
        events.append(Event(EventKind.RELEASED, arrival + timedelta(hours=1), {"outcome": "nfa"}))
    return Record(
        custody_number=custody_number,
        suite=suite,
        child=Child(surname, forenames, date(now.year - 15, 1, 10), DobStatus.VERIFIED, Gender.MALE),
        definition_id="child-detention",
        definition_version=1,
        events=events,
        created_at=arrival,
        updated_at=arrival,
    )


@pytest.fixture
def add_records(services: Any) -> Callable[..., list[Record]]:
    """Store records through the real import service (one transaction, fast)."""

    def add(*records: Record) -> list[Record]:
        services.records.import_records(list(records))
        return list(records)

    return add
