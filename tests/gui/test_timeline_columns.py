"""The timeline's time and event columns fit what they show after every fill (they are sized
when the record is shown, not re-measured at every layout pass)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Event
from custody_checklist.gui.timeline_panel import TimelinePanel
from tests.factories import make_record


def test_time_and_event_columns_fit_their_contents_after_each_fill(qtbot: Any, services: Any) -> None:
    definition = services.definitions.latest("child-detention")
    panel = TimelinePanel(definition, lambda *_: None, lambda *_: None)
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
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
