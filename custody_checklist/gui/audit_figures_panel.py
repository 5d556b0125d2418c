"""Step 4: the multi-agency figures (Concordat on Children in Custody) for a chosen period.

A tree, not a chart: the meeting reads numbers. Each headline figure is a top-level row
and its breakdown (age band, gender, ethnicity, reasons) sits under it, expanded, so a
screen reader reads "Held overnight, 9" and then the bands. PDF and CSV come from the
service, which logs them as disclosures.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from custody_checklist.domain.audit import Period
from custody_checklist.gui.audit_common import period_text, show_error
from custody_checklist.gui.forms.ui_audit_figures_panel import Ui_AuditFiguresPanel
from custody_checklist.services.errors import ServiceError

WORDS = {
    "not_stated": "Not stated", "female": "Female", "male": "Male", "other": "Other",
    "asian": "Asian", "black": "Black", "mixed": "Mixed", "white": "White", "unknown": "Unknown",
}


def _word(key: str) -> str:
    text = WORDS.get(key, key.replace("_", " "))
    return text[:1].upper() + text[1:]


class AuditFiguresPanel(QWidget):
    """Concordat figures for a period; ``figures`` holds the last ``ConcordatFigures`` shown."""

    file_written = Signal(str)

    def __init__(self, services: Any, audit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditFiguresPanel()
        self.ui.setupUi(self)
        self._audit = audit
        self.figures: Any = None
        ui = self.ui
        ui.suiteCombo.addItem("All suites", None)
        for suite in services.records.suites():
            ui.suiteCombo.addItem(f"{suite.name} ({suite.code})", suite.code)
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1).addMonths(-2)
        ui.fromDate.setDate(first)
        ui.toDate.setDate(today)
        ui.figuresTree.setHeaderLabels(["Figure", "Children"])
        ui.figuresTree.setColumnCount(2)
        header = ui.figuresTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ui.showButton.setDefault(True)
        ui.pdfButton.setEnabled(False)
        ui.csvButton.setEnabled(False)
        ui.showButton.clicked.connect(self.show_figures)
        ui.pdfButton.clicked.connect(self.save_pdf)
        ui.csvButton.clicked.connect(self.save_csv)

    def period(self) -> Period:
        first, last = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        if last < first:
            raise ValueError("The period ends before it starts: check the two dates.")
        return Period.parse(f"{first.isoformat()}..{last.isoformat()}")

    def set_period(self, period: Period) -> None:
        """Show the same period as an opened sample (used when a sample is opened)."""
        from custody_checklist.gui.audit_common import local_dates

        first, last = local_dates(period)
        self.ui.fromDate.setDate(QDate(first.year, first.month, first.day))
        self.ui.toDate.setDate(QDate(last.year, last.month, last.day))

    def show_figures(self) -> Any:
        try:
            period = self.period()
        except ValueError as exc:
            self.ui.figuresTitleLabel.setText(f"✖ {exc}")
            return None
        suite = self.ui.suiteCombo.currentData()
        try:
            figures = self._audit.figures(period, [suite] if suite else None)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        self.figures = figures
        self._fill(figures)
        self.ui.pdfButton.setEnabled(True)
        self.ui.csvButton.setEnabled(True)
        return figures

    # -- tree ----------------------------------------------------------------------
    def _fill(self, f: Any) -> None:
        ui = self.ui
        tree = ui.figuresTree
        tree.clear()
        suites = ", ".join(f.suite_names.get(code, code) for code in f.suites) if f.suites else "all suites"
        ui.figuresTitleLabel.setText(f"<b>{period_text(f.period)}</b> · {suites}")
        ui.definitionLabel.setText(f"Held overnight means {f.overnight_definition}. A child counts in the "
                                   "period when they arrived in it.")

        def row(text: str, value: Any, parent: QTreeWidgetItem | None = None,
                breakdown: Mapping[str, int] | None = None) -> QTreeWidgetItem:
            entry = QTreeWidgetItem([text, "" if value is None else str(value)])
            entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if parent is None:
                tree.addTopLevelItem(entry)
                font = entry.font(0)
                font.setBold(True)
                entry.setFont(0, font)
                entry.setFont(1, font)
            else:
                parent.addChild(entry)
            for key, count in (breakdown or {}).items():
                row(_word(key), count, entry)
            return entry

        row("Children detained", f.children_detained)
        overnight = row("Held overnight", f.held_overnight)
        row("By age band", None, overnight, f.overnight_by_age_band)
        row("By gender", None, overnight, f.overnight_by_gender)
        row("By ethnicity", None, overnight, f.overnight_by_ethnicity)
        row("Held overnight after charge", f.overnight_post_charge)
        row("Bail refused after charge", getattr(f, "bail_refused", None))
        row("Local authority asked for secure accommodation", f.la_requests_secure)
        row("Local authority asked for non-secure accommodation", f.la_requests_non_secure)
        transfers = row("Transfers achieved", f.transfers_achieved)
        row("to secure accommodation", f.transfers_secure, transfers)
        row("to non-secure accommodation", f.transfers_non_secure, transfers)
        row("Reasons for no transfer", sum(f.non_transfer_reasons.values()), breakdown=f.non_transfer_reasons)
        row("Local authority responses", sum(f.la_responses.values()), breakdown=f.la_responses)
        average = "no waits recorded" if f.aa_wait_average_minutes is None else _minutes(f.aa_wait_average_minutes)
        longest = "no waits recorded" if f.aa_wait_longest_minutes is None else _minutes(f.aa_wait_longest_minutes)
        waits = row("Appropriate adult waits recorded", f.aa_wait_count)
        row("Average wait for the appropriate adult", average, waits)
        row("Longest wait for the appropriate adult", longest, waits)
        tree.expandAll()
        tree.setCurrentItem(tree.topLevelItem(0))

    def values(self) -> dict[str, str]:
        """Top-level figure -> value, as shown (for tests and the status bar)."""
        tree = self.ui.figuresTree
        return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}

    # -- files ---------------------------------------------------------------------
    def _ask(self, title: str, suffix: str, filters: str) -> str:
        label = self.figures.period.label if self.figures else "period"
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in label)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"children-in-custody-{safe}.{suffix}"),
                                              filters)
        return path

    def save_pdf(self) -> str | None:
        if self.figures is None:
            return None
        path = self._ask("Save the multi-agency figures (PDF)", "pdf", "PDF (*.pdf)")
        if path and self._write(path, lambda p: self._audit.write_figures_pdf(self.figures, p)):
            return path
        return None

    def save_csv(self) -> str | None:
        if self.figures is None:
            return None
        path = self._ask("Save the multi-agency figures (CSV)", "csv", "CSV (*.csv)")

        def write(target: str) -> None:
            with open(target, "w", newline="", encoding="utf-8") as handle:
                self._audit.write_figures_csv(self.figures, handle)

        if path and self._write(path, write):
            return path
        return None

    def _write(self, path: str, writer: Any) -> bool:
        try:
            writer(path)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        except OSError as exc:
            QMessageBox.warning(self, "Not saved", f"Could not write {path}:\n{exc.strerror or exc}")
            return False
        self.file_written.emit(path)
        return True


def _minutes(value: float) -> str:
    minutes = int(round(value))
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"
