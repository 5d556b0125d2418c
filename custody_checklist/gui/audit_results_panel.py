"""Step 3 of the dip sample: compliance, failings, charts and the files for the meeting.

Compliance is shown exactly as the service counts it: met / applicable (records where
the criterion did not apply are out of the denominator and shown in their own column),
with how many outcomes are still only pre-assessed. The PDF, the CSV and the
pseudonymised export are written by the service (which logs each as a disclosure);
this panel only asks where to save, and warns before free text leaves the force.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from custody_checklist.domain.audit import Outcome
from custody_checklist.gui.audit_charts import SuiteChart, TrendChart
from custody_checklist.gui.audit_common import (
    RECORD_ID_ROLE,
    fit_columns,
    item,
    new_model,
    outcome_icon,
    period_text,
    prepare_table,
    show_error,
    summary_period,
)
from custody_checklist.gui.forms.ui_audit_results_panel import Ui_AuditResultsPanel
from custody_checklist.services.errors import ServiceError

COMPLIANCE_HEADERS = ["Criterion", "Met / applicable", "Compliance", "N/A", "Provisional"]
COMPLIANCE_TIPS = [
    "The audit criterion",
    "Records that met it, out of the records it applied to",
    "Met as a percentage of the records it applied to",
    "Not applicable: records it did not apply to (left out of the denominator)",
    "Outcomes still only pre-assessed by the rules, not yet confirmed by the auditor",
]
FAILING_HEADERS = ["Custody no.", "Suite", "Criterion not met", "Comment or rule finding"]
ALL_CRITERIA = "__all__"

FREE_TEXT_WARNING = (
    "Free text (notes, reasons, the child's own words) can name the child, family members, "
    "officers and addresses. Pseudonymisation cannot remove names written in free text.\n\n"
    "Include free text only if the partner agency needs it and the data sharing agreement "
    "allows it. The export is logged as a disclosure in your name.\n\nInclude free text?"
)


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}%"


class AuditResultsPanel(QWidget):
    """Results of the open sample; emits ``record_open_requested(record_id)`` from a failing."""

    record_open_requested = Signal(str)
    file_written = Signal(str)  # path of a PDF, CSV or export just written

    def __init__(self, audit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditResultsPanel()
        self.ui.setupUi(self)
        self._audit = audit
        self.sample_id: str | None = None
        self.report: Any = None
        self._stale = False
        self.compliance_model = new_model(self, COMPLIANCE_HEADERS)
        self.failings_model = new_model(self, FAILING_HEADERS)
        self.trend_chart = TrendChart(self.ui.trendTab)
        self.suite_chart = SuiteChart(self.ui.suiteTab)
        self._build()
        self._connect_callbacks()
        self._set_enabled(False)

    def _build(self) -> None:
        ui = self.ui
        prepare_table(ui.complianceTable, self.compliance_model, stretch_column=0)
        for column, tip in enumerate(COMPLIANCE_TIPS):
            self.compliance_model.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)
        prepare_table(ui.failingsTable, self.failings_model)
        ui.trendLayout.addWidget(self.trend_chart, 1)
        ui.suiteLayout.addWidget(self.suite_chart, 1)
        ui.trendCombo.addItem("All criteria together", ALL_CRITERIA)
        for criterion in self._audit.criteria().criteria:
            ui.trendCombo.addItem(criterion.label, criterion.id)
        ui.trendCombo.setSizeAdjustPolicy(ui.trendCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.trendCombo.setMinimumContentsLength(24)
        em = self.fontMetrics().horizontalAdvance("M")
        ui.tablesLayout.setStretch(1, 3)  # compliance: the longer list
        ui.tablesLayout.setStretch(3, 2)
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 4)
        ui.splitter.setSizes([em * 50, em * 40])

    def _connect_callbacks(self) -> None:
        ui = self.ui
        ui.refreshButton.clicked.connect(self.refresh)
        ui.pdfButton.clicked.connect(self.save_pdf)
        ui.csvButton.clicked.connect(self.save_csv)
        ui.exportButton.clicked.connect(self.save_export)
        ui.failingsTable.activated.connect(self._on_failing_activated)
        ui.failingsTable.doubleClicked.connect(self._on_failing_activated)
        ui.trendCombo.currentIndexChanged.connect(self._on_criterion_changed)
        ui.complianceTable.selectionModel().currentRowChanged.connect(self._on_compliance_row_changed)

    def _set_enabled(self, enabled: bool) -> None:
        ui = self.ui
        for widget in (ui.refreshButton, ui.pdfButton, ui.csvButton, ui.exportButton, ui.freeTextCheck,
                       ui.trendCombo):
            widget.setEnabled(enabled)

    # -- loading -------------------------------------------------------------------
    def set_sample(self, sample_id: str | None) -> None:
        self.sample_id = sample_id
        self.report = None
        self._stale = True
        if sample_id is None:
            self._set_enabled(False)

    def mark_stale(self) -> None:
        """A score changed: re-read when the panel is next shown (or on Refresh)."""
        self._stale = True

    def ensure_fresh(self) -> None:
        if self._stale and self.sample_id is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.sample_id is None:
            return
        try:
            self.report = self._audit.report(self.sample_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._stale = False
        self._set_enabled(True)
        results = self.report.results
        sample = results.sample
        graded = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in results.grades.items() if count)
        self.ui.resultsTitleLabel.setText(
            f"<b>{period_text(summary_period(sample))}</b> · {sample.sample_size} records sampled of "
            f"{sample.population_size} · seed {sample.seed} · grades: {graded or 'none yet'}"
        )
        self._fill_compliance(results)
        self._fill_failings(results)
        self._on_criterion_changed()

    def _fill_compliance(self, results: Any) -> None:
        model = self.compliance_model
        model.removeRows(0, model.rowCount())
        for result in results.criteria:
            percent = result.percent
            icon = None
            if percent is not None:
                icon = outcome_icon(Outcome.MET if result.not_met == 0 else Outcome.NOT_MET)
            model.appendRow([
                item(result.label, data=result.criterion_id, tooltip=result.group.capitalize()),
                item(f"{result.met} / {result.denominator}", align_right=True),
                item(_percent(percent), icon=icon, align_right=True,
                     tooltip="All applicable records met it" if result.not_met == 0 else
                     f"{result.not_met} not met"),
                item(result.not_applicable, align_right=True),
                item(result.provisional, align_right=True),
            ])
        fit_columns(self.ui.complianceTable, skip=0)

    def _fill_failings(self, results: Any) -> None:
        model = self.failings_model
        model.removeRows(0, model.rowCount())
        names = results.suite_names
        for failing in results.failings:
            why = failing.comment or ", ".join(failing.finding_codes)
            model.appendRow([
                item(failing.custody_number, data=failing.record_id,
                     tooltip="Press Enter or double-click to open the record read-only"),
                item(names.get(failing.suite, failing.suite)),
                item(failing.label, icon=outcome_icon(Outcome.NOT_MET)),
                item(why, tooltip=why),
            ])
        fit_columns(self.ui.failingsTable, skip=3)
        self.ui.failingsLabel.setText(
            f"F&ailings: {model.rowCount()} (Enter or double-click opens the record read-only)"
        )

    # -- charts --------------------------------------------------------------------
    def _on_compliance_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        criterion_id = self.compliance_model.item(current.row(), 0).data(RECORD_ID_ROLE)
        index = self.ui.trendCombo.findData(criterion_id)
        if index >= 0:
            self.ui.trendCombo.setCurrentIndex(index)

    def _on_criterion_changed(self, *_args: object) -> None:
        if self.report is None:
            return
        trend, results = self.report.trend, self.report.results
        criterion_id = self.ui.trendCombo.currentData()
        label = self.ui.trendCombo.currentText()
        if criterion_id == ALL_CRITERIA:
            values = list(trend.overall) or [None] * len(trend.weeks)
        else:
            values = list(trend.series.get(criterion_id, ()))
        weeks = [week.label for week in trend.weeks]
        self.trend_chart.set_data(label, weeks, values)
        self._fill_suite_chart(results, criterion_id, label)

    def _fill_suite_chart(self, results: Any, criterion_id: str, label: str) -> None:
        suites = sorted(results.by_suite)
        names = [results.suite_names.get(code, code) for code in suites]
        chosen: list[float | None] = []
        overall: list[float | None] = []
        for code in suites:
            rows = results.by_suite[code]
            met = sum(r.met for r in rows)
            denominator = sum(r.denominator for r in rows)
            overall.append(None if denominator == 0 else 100.0 * met / denominator)
            match = next((r for r in rows if r.criterion_id == criterion_id), None)
            chosen.append(match.percent if match is not None else None)
        sets: list[tuple[str, list[float | None]]] = [("All criteria", overall)]
        if criterion_id != ALL_CRITERIA:
            sets.insert(0, (label, chosen))
        self.suite_chart.set_data(f"Compliance by suite in this sample ({len(suites)} suites)", names, sets)

    # -- files ---------------------------------------------------------------------
    def _default_name(self, kind: str, suffix: str) -> str:
        label = self.report.results.sample.label if self.report else "audit"
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in str(label))
        return str(Path.home() / f"dip-sample-{safe}-{kind}.{suffix}")

    def _ask_path(self, title: str, default: str, filters: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, title, default, filters)
        return path

    def _write(self, path: str, writer: Callable[[str], Any], what: str) -> bool:
        try:
            writer(path)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        except OSError as exc:
            QMessageBox.warning(self, f"{what} not saved", f"Could not write {path}:\n{exc.strerror or exc}")
            return False
        self.file_written.emit(path)
        return True

    def save_pdf(self) -> str | None:
        self.ensure_fresh()
        if self.report is None:
            return None
        path = self._ask_path("Save the audit report (PDF)", self._default_name("report", "pdf"), "PDF (*.pdf)")
        if not path:
            return None
        return path if self._write(path, lambda p: self._audit.write_report_pdf(self.report, p), "Report") else None

    def save_csv(self) -> str | None:
        self.ensure_fresh()
        if self.report is None:
            return None
        path = self._ask_path("Save the audit results (CSV)", self._default_name("results", "csv"), "CSV (*.csv)")
        if not path:
            return None

        def write(target: str) -> None:
            with open(target, "w", newline="", encoding="utf-8") as handle:
                self._audit.write_report_csv(self.report, handle)

        return path if self._write(path, write, "CSV") else None

    def save_export(self) -> str | None:
        """The pseudonymised export of the sample's period and suites, for partner agencies."""
        self.ensure_fresh()
        if self.report is None:
            return None
        include = self.ui.freeTextCheck.isChecked()
        if include:
            answer = QMessageBox.warning(
                self, "Free text may identify people", FREE_TEXT_WARNING,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        path = self._ask_path("Save the pseudonymised export", self._default_name("pseudonymised", "csv"),
                              "CSV (*.csv);;JSON (*.json)")
        if not path:
            return None
        sample = self.report.results.sample
        fmt = "json" if path.lower().endswith(".json") else "csv"

        def write(target: str) -> None:
            with open(target, "w", newline="", encoding="utf-8") as handle:
                summary = self._audit.export_pseudonymised(summary_period(sample), handle, list(sample.suites) or None,
                                                           include_free_text=include, fmt=fmt)
            self.ui.exportNoteLabel.setText(
                f"Exported {summary.rows} rows to {Path(target).name} {'with' if include else 'without'} "
                "free text; logged as a disclosure."
            )

        return path if self._write(path, write, "Export") else None

    # -- handlers ------------------------------------------------------------------
    def _on_failing_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        record_id = self.failings_model.item(index.row(), 0).data(RECORD_ID_ROLE)
        if record_id:
            self.record_open_requested.emit(str(record_id))

    def failing_rows(self) -> list[tuple[str, str]]:
        model = self.failings_model
        return [(model.item(row, 0).text(), model.item(row, 2).text()) for row in range(model.rowCount())]
