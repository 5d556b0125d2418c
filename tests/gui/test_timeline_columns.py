"""The timeline's time and event columns fit what they show after every fill (they are sized
when the record is shown, not re-measured at every layout pass) unless the panel is too
narrow for the details, which then keep room and are spelt out for the selected event; the
s.38(6) banner is made only for a record that needs it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtTest import QTest

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Event
from custody_checklist.gui.timeline_panel import TimelinePanel
from tests.factories import make_record


def _panel(qtbot: Any, services: Any, width: int) -> TimelinePanel:
    definition = services.definitions.latest("child-detention")
    panel = TimelinePanel(definition, lambda *_: None, lambda *_: None)
    qtbot.addWidget(panel)
    panel.resize(width, 400)
    panel.show()
    assert QTest.qWaitForWindowExposed(panel)
    return panel


def test_time_and_event_columns_fit_their_contents_after_each_fill(qtbot: Any, services: Any) -> None:
    panel = _panel(qtbot, services, 900)
    record = make_record()
    panel.show_record(record)
    tree = panel.tree
    before = tree.columnWidth(1)
    for column in (0, 1):
        assert tree.columnWidth(column) == max(tree.sizeHintForColumn(column),
                                               tree.header().sectionSizeHint(column))
    record.events.append(Event(EventKind.WELFARE_INFORMED, record.arrival_at + timedelta(minutes=5)))
    panel.show_record(record)  # "Person responsible for welfare informed" is a long label
    assert tree.columnWidth(1) == tree.sizeHintForColumn(1) > before


def test_on_a_narrow_timeline_the_details_keep_room_and_the_selected_event_is_spelt_out(
        qtbot: Any, services: Any) -> None:
    """At 1366x768 the timeline is about 420 px wide: the long event names must not push the
    Details column out of sight, and what the columns cut short is shown in full below."""
    panel = _panel(qtbot, services, 420)
    record = make_record()
    welfare = Event(EventKind.WELFARE_INFORMED, record.arrival_at + timedelta(minutes=5),
                    {"person": {"name": "Aunt Mary Example"}, "method": "phone"})
    record.events.append(welfare)
    panel.show_record(record)
    tree = panel.tree
    viewport = tree.viewport().width()
    assert tree.columnWidth(1) < tree.sizeHintForColumn(1)  # the long name is cut ("…")
    details_left = tree.columnWidth(0) + tree.columnWidth(1)
    assert viewport - details_left >= (viewport - tree.columnWidth(0)) * 2 // 5
    assert "Select an event" in panel.details_label.text()

    assert panel.select_event(welfare.id)
    text = panel.details_label.text()
    assert "Person responsible for welfare informed" in text and "Aunt Mary Example" in text
    assert panel.details_label.accessibleName() == "Details of the selected event"

    panel.resize(1000, 400)  # widened: the event names show in full again
    qtbot.waitUntil(lambda: tree.columnWidth(1) == tree.sizeHintForColumn(1))


def test_the_s38_banner_is_made_only_for_a_record_on_that_path(qtbot: Any, services: Any) -> None:
    definition = services.definitions.latest("child-detention")
    panel = TimelinePanel(definition, lambda *_: None, lambda *_: None)
    qtbot.addWidget(panel)
    panel.show()
    record = make_record()
    panel.show_record(record)
    assert panel._banner is None and panel.banner_button(EventKind.LA_TRANSFER_REQUESTED) is None
    record.events.append(Event(EventKind.BAIL_DECISION, record.arrival_at + timedelta(hours=2),
                               {"bail_granted": False}))
    panel.show_record(record)
    assert panel.banner.isVisible() and "ask the local authority" in panel.banner_label.text()
    layout = panel.layout()
    assert layout.indexOf(panel.banner) < layout.indexOf(panel.tree)  # above the events
    assert panel.banner_button(EventKind.LA_TRANSFER_REQUESTED) is not None
    record.events.pop()
    panel.show_record(record)
    assert panel.banner.isHidden()
