"""The dip-sample audit window: sample, score, results, multi-agency figures.

Four tabs in the order an auditor works (Ctrl+1..4); each tab is its own panel module
and this window only wires them together: a sample drawn or opened in the first tab is
what the second scores and the third reports on. Records open read-only from the
scoring list and from the failings. Every service call is checked by the service
(auditor or administrator); when the actor lacks the role the window says so at once,
in words, instead of failing on the first click.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from custody_checklist.gui import icons
from custody_checklist.gui.audit_common import error_text, period_text, show_message, summary_period
from custody_checklist.gui.audit_figures_panel import AuditFiguresPanel
from custody_checklist.gui.audit_results_panel import AuditResultsPanel
from custody_checklist.gui.audit_sample_panel import AuditSamplePanel
from custody_checklist.gui.audit_scoring_panel import AuditScoringPanel
from custody_checklist.gui.forms.ui_audit_window import Ui_AuditWindow
from custody_checklist.services.errors import PermissionDenied, ServiceError

GEOMETRY_KEY = "audit_window/geometry"
SAMPLE_TAB, SCORING_TAB, RESULTS_TAB, FIGURES_TAB = range(4)


class AuditWindow(QMainWindow):
    """Weekly dip sample on ``services``; ``audit`` defaults to ``AuditService.for_app``."""

    sample_opened = Signal(str)  # sample id
    record_opened = Signal(str)  # record id shown read-only

    def __init__(self, services: Any, audit: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditWindow()
        self.ui.setupUi(self)
        if audit is None:
            from custody_checklist.services.audit import AuditService

            audit = AuditService.for_app(services)
        self.services = services
        self.audit = audit
        self.detail: Any = None
        self.editors: dict[str, QWidget] = {}
        self.setWindowIcon(icons.app_icon())
        ui = self.ui
        self.sample_panel = AuditSamplePanel(services, audit, ui.sampleTab)
        ui.sampleLayout.addWidget(self.sample_panel)
        try:
            suite_names = dict(audit.suite_names())
        except ServiceError:
            suite_names = {}
        self.scoring_panel = AuditScoringPanel(audit, suite_names, ui.scoringTab)
        ui.scoringLayout.addWidget(self.scoring_panel)
        self.results_panel = AuditResultsPanel(audit, ui.resultsTab)
        ui.resultsLayout.addWidget(self.results_panel)
        self.figures_panel = AuditFiguresPanel(services, audit, ui.figuresTab)
        ui.figuresLayout.addWidget(self.figures_panel)
        self._figures_shown = False
        self._connect_callbacks()
        self._show_banner()
        self._check_permission()
        self._restore_geometry()

    def _connect_callbacks(self) -> None:
        ui = self.ui
        ui.actionShowSample.triggered.connect(lambda: self.show_tab(SAMPLE_TAB))
        ui.actionShowScoring.triggered.connect(lambda: self.show_tab(SCORING_TAB))
        ui.actionShowResults.triggered.connect(lambda: self.show_tab(RESULTS_TAB))
        ui.actionShowFigures.triggered.connect(lambda: self.show_tab(FIGURES_TAB))
        ui.actionReportPdf.triggered.connect(self.results_panel.save_pdf)
        ui.actionReportCsv.triggered.connect(self.results_panel.save_csv)
        ui.actionExport.triggered.connect(self.results_panel.save_export)
        ui.actionClose.triggered.connect(self.close)
        ui.tabs.currentChanged.connect(self._on_tab_changed)
        self.sample_panel.sample_opened.connect(self._on_sample_opened)
        self.sample_panel.scoring_requested.connect(lambda: self.show_tab(SCORING_TAB))
        self.scoring_panel.item_scored.connect(self._on_item_scored)
        self.scoring_panel.record_open_requested.connect(self.open_record)
        self.results_panel.record_open_requested.connect(self.open_record)
        self.results_panel.file_written.connect(self._on_file_written)
        self.figures_panel.file_written.connect(self._on_file_written)

    # -- state ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(min(int(available.width() * 0.94), 1500), min(int(available.height() * 0.92), 950))

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors.values()):
            editor.close()
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _check_permission(self) -> None:
        """Ask the service once; a sergeant sees why the audit is closed to them."""
        try:
            self.audit.list_samples(limit=1)
        except PermissionDenied as exc:
            show_message(self.ui.sampleBanner, f"{error_text(exc)}. The dip-sample audit is open to auditors "
                         "and administrators only: ask your administrator for the role.", error=True)
            self.ui.tabs.setEnabled(False)
            for action in (self.ui.actionReportPdf, self.ui.actionReportCsv, self.ui.actionExport):
                action.setEnabled(False)
        except ServiceError as exc:
            show_message(self.ui.sampleBanner, error_text(exc), error=True)

    def show_tab(self, index: int) -> None:
        self.ui.tabs.setCurrentIndex(index)
        focus = {
            SAMPLE_TAB: self.sample_panel.ui.weekDate,
            SCORING_TAB: self.scoring_panel.ui.recordsTable,
            RESULTS_TAB: self.results_panel.ui.complianceTable,
            FIGURES_TAB: self.figures_panel.ui.fromDate,
        }[index]
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_banner(self) -> None:
        banner = self.ui.sampleBanner
        banner.setStyleSheet("")
        if self.detail is None:
            banner.setText("No sample open: draw one (Sample tab) or open an earlier sample.")
            return
        summary = self.detail.summary
        banner.setText(
            f"Open sample: <b>{period_text(summary_period(summary))}</b> · seed {summary.seed} · "
            f"{summary.sample_size} of {summary.population_size} records · drawn by {summary.drawn_by}"
        )
        self.setWindowTitle(f"Dip-sample audit · {summary.label} · Custody Child Checklist")

    # -- records -------------------------------------------------------------------
    def open_record(self, record_id: str) -> QWidget | None:
        """Show a sampled record read-only: the audit never changes the sergeant's record.

        The editor's own ``read_only`` mode locks every input (as for a signed record); the
        real guard is the services: an auditor has no edit role, so any write is refused."""
        editor = self.editors.get(record_id)
        if editor is not None:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        from custody_checklist.gui.record_editor import RecordEditor

        try:
            editor = RecordEditor(self.services, record_id, parent=self, read_only=True)
        except ServiceError as exc:
            QMessageBox.warning(self, "Cannot open the record", str(exc))
            return None
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.statusBar().showMessage("Read-only: opened from the dip-sample audit. The audit never changes "
                                       "the custody record.")
        editor.destroyed.connect(lambda *_args, rid=record_id: self.editors.pop(rid, None))
        self.editors[record_id] = editor
        editor.show()
        self.record_opened.emit(record_id)
        return editor

    # -- handlers ------------------------------------------------------------------
    def _on_sample_opened(self, detail: Any) -> None:
        self.detail = detail
        sample_id = detail.summary.id
        self.scoring_panel.set_sample(detail)
        self.results_panel.set_sample(sample_id)
        self._show_banner()
        self.statusBar().showMessage(f"Sample {detail.summary.label} open, seed {detail.summary.seed}", 10_000)
        if self.ui.tabs.currentIndex() == RESULTS_TAB:
            self.results_panel.ensure_fresh()
        self.sample_opened.emit(sample_id)

    def _on_item_scored(self, _item: Any) -> None:
        self.results_panel.mark_stale()
        self.sample_panel.update_items(self.scoring_panel.items.values())

    def _on_tab_changed(self, index: int) -> None:
        if index == RESULTS_TAB:
            self.results_panel.ensure_fresh()
        elif index == FIGURES_TAB and not self._figures_shown:
            self._figures_shown = True
            self.figures_panel.show_figures()

    def _on_file_written(self, path: str) -> None:
        self.statusBar().showMessage(f"Saved {path} (logged as a disclosure)", 15_000)
