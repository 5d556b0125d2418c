"""The dip-sample audit window, driven through its widgets against the real services.

Every test runs on a fresh SQLite database with the demo dataset loaded (about seventy
invented children over the last fourteen weeks). Sampling uses last week's records,
which the demo always has; the files are written through a patched QFileDialog and
read back (pypdf for the PDF).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from custody_checklist.domain.audit import Outcome, Period
from custody_checklist.gui.audit_window import FIGURES_TAB, RESULTS_TAB, SCORING_TAB, AuditWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(services: Any) -> Any:
    services.load_demo()
    return services


@pytest.fixture
def window(qtbot: Any, demo: Any) -> Iterator[AuditWindow]:
    win = AuditWindow(demo)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()


def _last_week(window: AuditWindow) -> None:
    edit = window.sample_panel.ui.weekDate
    edit.setDate(QDate.currentDate().addDays(-7))


def _draw(qtbot: Any, window: AuditWindow, seed: str | None = None) -> list[str]:
    ui = window.sample_panel.ui
    _last_week(window)
    ui.seedCheck.setChecked(seed is not None)
    ui.seedEdit.setText(seed or "")
    qtbot.mouseClick(ui.drawButton, Qt.MouseButton.LeftButton)
    return window.sample_panel.sampled_custody_numbers()


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(_parent: Any, title: str, _default: str = "", _filters: str = "") -> tuple[str, str]:
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


# -- drawing ----------------------------------------------------------------------------
def test_draw_lists_the_sampled_records_and_shows_seed_and_population(qtbot: Any, window: AuditWindow) -> None:
    numbers = _draw(qtbot, window)
    detail = window.detail
    assert detail is not None and numbers, window.sample_panel.ui.drawErrorLabel.text()
    assert numbers == [i.custody_number for i in detail.items]
    text = window.sample_panel.ui.drawnLabel.text()
    assert f"Seed {detail.summary.seed}" in text
    assert f"population <b>{detail.summary.population_size}</b>" in text
    assert detail.summary.label == Period.week_containing(QDate.currentDate().addDays(-7).toPython()).label
    # the draw appears in the list of earlier samples, and in the other tabs
    assert window.sample_panel.earlier_model.rowCount() == 1
    assert window.scoring_panel.record_model.rowCount() == len(numbers)


def test_the_same_seed_draws_the_same_records(qtbot: Any, window: AuditWindow) -> None:
    first = _draw(qtbot, window, seed="dip-2026-week")
    second = _draw(qtbot, window, seed="dip-2026-week")
    assert first and first == second
    assert window.sample_panel.earlier_model.rowCount() == 2
    # "Use this seed again" puts a random draw's seed back into the form
    random_draw = _draw(qtbot, window)
    seed = window.detail.summary.seed
    qtbot.mouseClick(window.sample_panel.ui.reuseSeedButton, Qt.MouseButton.LeftButton)
    assert window.sample_panel.ui.seedCheck.isChecked()
    assert window.sample_panel.ui.seedEdit.text() == seed
    qtbot.mouseClick(window.sample_panel.ui.drawButton, Qt.MouseButton.LeftButton)
    assert window.sample_panel.sampled_custody_numbers() == random_draw
    qtbot.mouseClick(window.sample_panel.ui.checkButton, Qt.MouseButton.LeftButton)
    assert "the same records were picked" in window.sample_panel.ui.drawErrorLabel.text()


def test_an_earlier_sample_reopens(qtbot: Any, window: AuditWindow) -> None:
    first = _draw(qtbot, window)
    first_id = window.detail.summary.id
    _draw(qtbot, window)
    panel = window.sample_panel
    panel.refresh_earlier()
    row = next(r for r in range(panel.earlier_model.rowCount())
               if panel.earlier_model.item(r, 4).text() != window.detail.summary.seed)
    panel.ui.earlierTable.selectRow(row)
    qtbot.mouseClick(panel.ui.openEarlierButton, Qt.MouseButton.LeftButton)
    assert window.detail.summary.id == first_id
    assert panel.sampled_custody_numbers() == first


def test_a_week_with_no_children_is_refused_in_words(qtbot: Any, window: AuditWindow) -> None:
    ui = window.sample_panel.ui
    ui.weekDate.setDate(QDate.currentDate().addYears(-3))
    qtbot.mouseClick(ui.drawButton, Qt.MouseButton.LeftButton)
    assert window.detail is None
    assert "Not drawn" in ui.drawErrorLabel.text() and "no records" in ui.drawErrorLabel.text()


# -- scoring ----------------------------------------------------------------------------
def test_an_override_needs_a_comment(qtbot: Any, window: AuditWindow) -> None:
    _draw(qtbot, window)
    window.show_tab(SCORING_TAB)
    panel = window.scoring_panel
    panel.select(0, "age_basis")
    sample_item = panel.current_item()
    pre = sample_item.pre["age_basis"].outcome
    other = Outcome.NOT_MET if pre != Outcome.NOT_MET else Outcome.MET
    panel.set_outcome(other)
    panel.ui.commentEdit.clear()
    qtbot.mouseClick(panel.ui.saveScoreButton, Qt.MouseButton.LeftButton)
    assert "Not saved" in panel.ui.scoreMessageLabel.text()
    assert "comment" in panel.ui.scoreMessageLabel.text().lower()
    stored = window.audit.get_sample(window.detail.summary.id).item(sample_item.record_id)
    assert "age_basis" not in stored.scores

    panel.select(0, "age_basis")
    panel.set_outcome(other)
    qtbot.keyClicks(panel.ui.commentEdit, "Age basis not in the record: only said by the child")
    qtbot.keyClick(panel.ui.commentEdit, Qt.Key.Key_Return)
    stored = window.audit.get_sample(window.detail.summary.id).item(sample_item.record_id)
    score = stored.scores["age_basis"]
    assert score.overridden and score.outcome == other
    assert score.comment.startswith("Age basis not in the record")
    assert "Overridden" in panel.ui.scoreMessageLabel.text()
    assert panel.criteria_model.item(0, 3).text().startswith("Overridden")


def test_confirming_and_grading_a_record(qtbot: Any, window: AuditWindow) -> None:
    _draw(qtbot, window)
    panel = window.scoring_panel
    panel.select(0)
    qtbot.mouseClick(panel.ui.confirmAllButton, Qt.MouseButton.LeftButton)
    suggested = panel.current_item().suggested_grade
    assert panel.ui.gradeCombo.currentData() == suggested.value
    qtbot.mouseClick(panel.ui.saveGradeButton, Qt.MouseButton.LeftButton)
    stored = window.audit.get_sample(window.detail.summary.id).item(panel.current_item().record_id)
    assert stored.is_complete and stored.grade == suggested
    assert "1 of" in panel.ui.progressLabel.text()
    # the sample tab's list shows the grade in words
    grade_cell = window.sample_panel.sampled_model.item(0, 4)
    assert grade_cell.text() != "Not graded" and not grade_cell.icon().isNull()


# -- results ----------------------------------------------------------------------------
def test_results_show_numerator_over_denominator(qtbot: Any, window: AuditWindow) -> None:
    _draw(qtbot, window)
    window.show_tab(RESULTS_TAB)
    panel = window.results_panel
    results = window.audit.results(window.detail.summary.id)
    model = panel.compliance_model
    assert model.rowCount() == len(results.criteria)
    for row, result in enumerate(results.criteria):
        assert model.item(row, 1).text() == f"{result.met} / {result.denominator}"
        assert model.item(row, 3).text() == str(result.not_applicable)
        expected = "n/a" if result.percent is None else f"{result.percent:.0f}%"
        assert model.item(row, 2).text() == expected
    assert len(panel.failing_rows()) == len(results.failings)


def test_failing_opens_the_record_read_only(qtbot: Any, window: AuditWindow) -> None:
    _draw(qtbot, window)
    scoring = window.scoring_panel
    scoring.select(0, "age_basis")
    scoring.set_outcome(Outcome.NOT_MET)
    scoring.ui.commentEdit.setText("Auditor: basis for age not recorded")
    assert scoring.save_score()
    window.show_tab(RESULTS_TAB)
    panel = window.results_panel
    row = next(r for r, (_number, label) in enumerate(panel.failing_rows()) if label.startswith("Age"))
    index = panel.failings_model.index(row, 0)
    panel.ui.failingsTable.doubleClicked.emit(index)
    record_id = scoring.current_item().record_id
    editor = window.editors[record_id]
    assert "read-only" in editor.windowTitle()
    assert not editor.timeline.edit_button.isEnabled()


def test_an_auditor_opened_record_cannot_be_saved(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    """Opened from the audit, the editor is read-only through its own ``read_only`` mode (no
    locking from outside), and the services are the real guard: the auditor has no edit
    role, so a direct write is refused and the record is unchanged."""
    from custody_checklist.services.actor import AUDITOR, Actor
    from custody_checklist.services.app_services import open_services
    from custody_checklist.services.errors import PermissionDenied

    auditor = open_services(database_url=f"sqlite:///{tmp_path}/t.db",
                            actor=Actor(name="Aud Test", roles=frozenset({AUDITOR}), username="aud"))
    try:
        win = AuditWindow(auditor)
        qtbot.addWidget(win)
        _draw(qtbot, win)
        record_id = win.scoring_panel.items[next(iter(win.scoring_panel.items))].record_id
        before = auditor.records.get(record_id)
        editor = win.open_record(record_id)
        assert editor is not None and editor.read_only
        assert "read-only" in editor.windowTitle()
        form = editor.form
        for index in range(form.count()):
            form.go_to_section(index)
            for question in editor.definition.sections[index].questions:
                answer_input = form.rows[question.id].input
                edit = getattr(answer_input, "edit", None)
                assert (edit.isReadOnly() if hasattr(edit, "isReadOnly") else not answer_input.isEnabled()), \
                    question.id
        assert not editor.timeline.more_button.isEnabled() and not editor.timeline.edit_button.isEnabled()
        assert not any(b.isEnabled() for b in editor.timeline.quick_buttons.values())
        with pytest.raises(PermissionDenied):
            auditor.records.save_answer(record_id, "voc_own_words", "changed by the audit", before.version)
        editor.close()
        after = demo.records.get(record_id)
        assert after.version == before.version and after.answers == before.answers
        win.close()
        win.deleteLater()
        qtbot.wait(1)
    finally:
        auditor.close()


def test_the_suggested_grade_follows_an_override(qtbot: Any, window: AuditWindow) -> None:
    """The scoring panel shows (and preselects) the service's suggestion recomputed from the
    current outcomes: failing a critical criterion makes it inadequate."""
    _draw(qtbot, window)
    panel = window.scoring_panel
    row = next(r for r, i in enumerate(panel.items.values())
               if i.pre["care_cell"].outcome == Outcome.MET and i.suggested_grade.value != "inadequate")
    panel.select(row, "care_cell")
    panel.set_outcome(Outcome.NOT_MET)
    panel.ui.commentEdit.setText("Placed in a cell with no reason recorded")
    assert panel.save_score()
    assert panel.current_item().suggested_grade.value == "inadequate"
    assert panel.ui.gradeCombo.currentData() == "inadequate"
    assert "suggested from the outcomes: Inadequate" in panel.ui.gradeGroup.title()


def test_trend_chart_has_a_point_for_each_of_twelve_weeks(qtbot: Any, window: AuditWindow) -> None:
    audit = window.audit
    last_week = audit.current_week().previous(1)
    for weeks_back in range(11, -1, -1):
        audit.draw_sample(last_week.previous(weeks_back), count=3, minimum=1, seed=f"trend-{weeks_back}")
    latest = audit.list_samples(limit=1)[0]
    window.sample_panel.open_sample(latest.id)
    window.show_tab(RESULTS_TAB)
    panel = window.results_panel
    combo = panel.ui.trendCombo
    combo.setCurrentIndex(combo.findData("age_basis"))
    points = panel.trend_chart.points()
    assert len(points) == 12
    assert [x for x, _y in points] == list(range(12))
    assert len(panel.trend_chart.week_labels) == 12
    # the suite comparison is a bar chart with the chosen criterion and all criteria
    assert panel.suite_chart.series.count() == 2


# -- figures ----------------------------------------------------------------------------
def test_figures_show_the_overnight_counts(qtbot: Any, window: AuditWindow) -> None:
    window.show_tab(FIGURES_TAB)
    panel = window.figures_panel
    panel.ui.fromDate.setDate(QDate.currentDate().addDays(-100))
    panel.ui.toDate.setDate(QDate.currentDate())
    qtbot.mouseClick(panel.ui.showButton, Qt.MouseButton.LeftButton)
    figures = window.audit.figures(panel.period())
    shown = panel.values()
    assert figures.held_overnight > 0
    assert shown["Held overnight"] == str(figures.held_overnight)
    assert shown["Held overnight after charge"] == str(figures.overnight_post_charge)
    assert shown["Children detained"] == str(figures.children_detained)
    overnight = panel.ui.figuresTree.topLevelItem(1)
    bands = overnight.child(0)
    assert bands.text(0) == "By age band"
    assert sum(int(bands.child(i).text(1)) for i in range(bands.childCount())) == figures.held_overnight


# -- files ------------------------------------------------------------------------------
def test_pdf_and_csv_report_are_written_and_read_back(
    qtbot: Any, window: AuditWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    _draw(qtbot, window)
    seed = window.detail.summary.seed
    pdf = tmp_path / "report.pdf"
    asked = _save_to(monkeypatch, pdf)
    window.show_tab(RESULTS_TAB)
    qtbot.mouseClick(window.results_panel.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert asked and pdf.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert seed in text.replace("\n", "")
    assert "Age and the basis for it recorded" in text.replace("\n", " ")

    target = tmp_path / "results.csv"
    _save_to(monkeypatch, target)
    qtbot.mouseClick(window.results_panel.ui.csvButton, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    result = next(r for r in window.audit.results(window.detail.summary.id).criteria if r.criterion_id == "age_basis")
    row = next(r for r in rows if r["section"] == "compliance" and r["criterion_id"] == "age_basis")
    assert row["criterion"] == "Age and the basis for it recorded"
    assert (int(row["met"]), int(row["denominator"])) == (result.met, result.denominator)


def test_figures_pdf_and_csv(qtbot: Any, window: AuditWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    window.show_tab(FIGURES_TAB)  # first visit shows the default period
    panel = window.figures_panel
    assert panel.figures is not None
    pdf = tmp_path / "figures.pdf"
    _save_to(monkeypatch, pdf)
    qtbot.mouseClick(panel.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert "overnight" in "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages).lower()
    target = tmp_path / "figures.csv"
    _save_to(monkeypatch, target)
    qtbot.mouseClick(panel.ui.csvButton, Qt.MouseButton.LeftButton)
    assert len(list(csv.reader(target.open(encoding="utf-8", newline="")))) > 3


def test_pseudonymised_export_warns_before_free_text(
    qtbot: Any, window: AuditWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _draw(qtbot, window)
    window.show_tab(RESULTS_TAB)
    panel = window.results_panel
    warnings: list[str] = []
    answer = {"value": QMessageBox.StandardButton.No}

    def fake_warning(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        warnings.append(title + text)
        return answer["value"]

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    target = tmp_path / "export.csv"
    _save_to(monkeypatch, target)
    panel.ui.freeTextCheck.setChecked(True)
    qtbot.mouseClick(panel.ui.exportButton, Qt.MouseButton.LeftButton)
    assert warnings and "free text" in warnings[0].lower()
    assert not target.exists()  # declined: nothing written

    answer["value"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.ui.exportButton, Qt.MouseButton.LeftButton)
    assert target.exists()

    panel.ui.freeTextCheck.setChecked(False)
    warnings.clear()
    plain = tmp_path / "plain.csv"
    _save_to(monkeypatch, plain)
    qtbot.mouseClick(panel.ui.exportButton, Qt.MouseButton.LeftButton)
    assert warnings == []
    text = plain.read_text(encoding="utf-8")
    for number in window.sample_panel.sampled_custody_numbers():
        assert number not in text  # custody numbers are replaced by the keyed hash
    assert "logged as a disclosure" in panel.ui.exportNoteLabel.text()


# -- permissions, keyboard, accessibility -----------------------------------------------
def test_a_sergeant_is_told_the_audit_is_not_for_them(qtbot: Any, tmp_path: Path) -> None:
    from custody_checklist.services.actor import SERGEANT, Actor
    from custody_checklist.services.app_services import open_services

    services = open_services(database_url=f"sqlite:///{tmp_path}/sgt.db",
                             actor=Actor(name="Sgt Test", roles=frozenset({SERGEANT})))
    try:
        win = AuditWindow(services)
        text = win.ui.sampleBanner.text()
        assert "auditors and administrators" in text
        assert not win.ui.tabs.isEnabled()
        assert not win.ui.actionReportPdf.isEnabled()
        win.close()
        win.deleteLater()
        qtbot.wait(1)  # deleted before its database closes
    finally:
        services.close()


def test_tabs_have_shortcuts_and_the_main_window_opens_the_audit(qtbot: Any, window: AuditWindow, demo: Any) -> None:
    ui = window.ui
    for action, keys in ((ui.actionShowSample, "Ctrl+1"), (ui.actionShowScoring, "Ctrl+2"),
                         (ui.actionShowResults, "Ctrl+3"), (ui.actionShowFigures, "Ctrl+4"),
                         (ui.actionReportPdf, "Ctrl+P"), (ui.actionClose, "Ctrl+W")):
        assert action.shortcut() == QKeySequence(keys), action.text()
    ui.actionShowScoring.trigger()
    assert ui.tabs.currentIndex() == SCORING_TAB

    from custody_checklist.gui.main_window import MainWindow

    main = MainWindow(demo)
    qtbot.addWidget(main)
    action = next(a for a in main.ui.menuTools.actions() if a.text().replace("&", "").startswith("Dip-sample"))
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D")
    action.trigger()
    opened = main.findChild(AuditWindow)
    assert opened is not None and opened.isVisible()
    opened.close()


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QListWidget, QChartView)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.window() is not root:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QLineEdit) or type(parent).__name__ in (
            "QTabBar", "QCalendarWidget", "QComboBoxPrivateContainer",
        ):
            continue
        if type(widget).__name__ in ("QComboBoxListView", "QTableCornerButton") or widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def test_every_control_has_an_accessible_name(qtbot: Any, window: AuditWindow) -> None:
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in _controls(window) if not w.accessibleName()]
    assert unnamed == [], "\n".join(unnamed)


def test_forms_set_no_font_sizes() -> None:
    for path in sorted((ROOT / "ui").glob("audit_*.ui")):
        text = path.read_text(encoding="utf-8")
        assert "pointsize" not in text.lower() and "font-size" not in text.lower(), path.name
    for path in sorted((ROOT / "custody_checklist" / "gui").glob("audit_*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"setPointSize\(|setPixelSize\(|font-size", text), path.name


def test_period_label_names_the_iso_week(window: AuditWindow) -> None:
    _last_week(window)
    day = QDate.currentDate().addDays(-7).toPython()
    label = window.sample_panel.ui.weekLabel.text()
    assert label.startswith(Period.week_containing(day).label)
    monday = day - timedelta(days=day.weekday())
    assert f"{monday:%d/%m/%Y}" in label
