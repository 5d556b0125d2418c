"""The findings panel counts down only what is still outstanding while the child is here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtTest import QTest

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Evaluation, Finding, Severity
from custody_checklist.domain.record import Event
from custody_checklist.gui.findings_panel import FindingsPanel
from tests.factories import make_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
LATE_AA = Finding("aa_arrival_delayed", Severity.WARNING, "The AA arrived late.", "local standard",
                  due_at=NOW - timedelta(days=20))
REVIEW = Finding("review_due", Severity.DUE, "First review due.", "PACE s.40(3)(a)",
                 due_at=NOW + timedelta(hours=2))


def _panel(qtbot, record, *findings):
    panel = FindingsPanel(lambda _record, _now: Evaluation(findings=list(findings)))
    qtbot.addWidget(panel)
    panel._record = record
    panel.refresh(NOW)
    return [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]


def test_a_late_aa_who_has_arrived_is_not_shown_as_hundreds_of_hours_overdue(qtbot):
    rows = _panel(qtbot, make_record(), LATE_AA, REVIEW)
    assert not any("OVERDUE" in row for row in rows)
    assert any("was due" in row for row in rows if "AA" in row)
    assert any("in 2 h 00 min" in row for row in rows if "review" in row)


def test_a_closed_record_shows_due_times_not_countdowns(qtbot):
    record = make_record()
    record.events.append(Event(EventKind.RELEASED, record.arrival_at + timedelta(hours=3)))
    rows = _panel(qtbot, record, REVIEW)
    assert rows and all("in 2 h" not in row for row in rows)
    assert "was due" in rows[0]


def _shown_wide(qtbot, findings) -> FindingsPanel:
    """A 700 px panel on screen, filled with ``findings`` for a record."""
    panel = FindingsPanel(lambda _record, _now: Evaluation(findings=list(findings)))
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    assert QTest.qWaitForWindowExposed(panel)
    panel._record = make_record()
    panel.refresh(NOW)
    return panel


def test_rows_grow_taller_when_the_panel_gets_narrower(qtbot):
    panel = _shown_wide(qtbot, [LATE_AA, REVIEW])
    wide = panel.tree.topLevelItem(0).sizeHint(1).height()
    panel.resize(260, 400)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).sizeHint(1).height() > wide)
    panel.resize(700, 400)  # back to a width measured before: the same height again
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).sizeHint(1).height() == wide)


def test_the_severity_column_fits_its_words_after_each_fill(qtbot):
    panel = _shown_wide(qtbot, [REVIEW])
    narrow = panel.tree.columnWidth(0)
    assert narrow >= panel.tree.sizeHintForColumn(0)
    panel._evaluate = lambda _record, _now: Evaluation(findings=[REVIEW, LATE_AA])
    panel.refresh(NOW)  # "Warning" is wider than "Due"
    assert panel.tree.columnWidth(0) == panel.tree.sizeHintForColumn(0) > narrow


def test_rows_filled_while_hidden_are_fitted_when_shown(qtbot):
    """Opening a record fills the panel before its window shows (and the lock screen hides
    an editor while the panel refreshes): the rows fit once it is on screen."""
    long_text = Finding("aa_arrival_delayed", Severity.WARNING, "The AA arrived late. " * 12,
                        "local standard", due_at=NOW - timedelta(days=20))
    panel = FindingsPanel(lambda _record, _now: Evaluation(findings=[long_text]))
    qtbot.addWidget(panel)
    panel.resize(360, 400)
    panel._record = make_record()
    panel.refresh(NOW)  # hidden: nothing measured yet
    panel.show()
    assert QTest.qWaitForWindowExposed(panel)
    item = panel.tree.topLevelItem(0)
    metrics = panel.tree.fontMetrics()
    assert item.sizeHint(1).height() > 4 * metrics.lineSpacing()  # wrapped over many lines
    panel.hide()
    panel._evaluate = lambda _record, _now: Evaluation(findings=[REVIEW])
    panel.refresh(NOW)
    panel.show()
    assert QTest.qWaitForWindowExposed(panel)
    assert 0 < panel.tree.topLevelItem(0).sizeHint(1).height() < 4 * metrics.lineSpacing()
