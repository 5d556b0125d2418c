"""Step 1 of the dip sample: choose a period, suites and a size, draw, or re-open a sample.

The form is read into the arguments of ``AuditService.draw_sample`` and nothing else:
the service picks the records, records the seed and stores the population. After a draw
the seed and the population size are shown in words, so the auditor can write them in
the minutes, and "Use this seed again" puts them back into the form to repeat the draw.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QListWidgetItem, QWidget

from custody_checklist.domain.audit import Period
from custody_checklist.domain.timeutil import format_local
from custody_checklist.gui.audit_common import (
    RECORD_ID_ROLE,
    fit_columns,
    grade_icon,
    grade_text,
    item,
    local_dates,
    new_model,
    period_text,
    prepare_table,
    show_error,
    show_message,
)
from custody_checklist.gui.forms.ui_audit_sample_panel import Ui_AuditSamplePanel
from custody_checklist.services.errors import PermissionDenied, ServiceError

SAMPLED_HEADERS = ["#", "Custody no.", "Suite", "Criteria scored", "Grade"]
EARLIER_HEADERS = ["Period", "Suites", "Drawn", "By", "Seed", "Sampled", "Scored"]


class AuditSamplePanel(QWidget):
    """Draw a new sample or open an earlier one; emits ``sample_opened(SampleDetail)``."""

    sample_opened = Signal(object)
    scoring_requested = Signal()

    def __init__(self, services: Any, audit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditSamplePanel()
        self.ui.setupUi(self)
        self._services = services
        self._audit = audit
        self._suite_names: dict[str, str] = {}
        self.detail: Any = None
        self.sampled_model = new_model(self, SAMPLED_HEADERS)
        self.earlier_model = new_model(self, EARLIER_HEADERS)
        self._build()
        self._connect_callbacks()
        self._on_period_changed()
        self.refresh_earlier()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        prepare_table(ui.sampledTable, self.sampled_model, stretch_column=1)
        prepare_table(ui.earlierTable, self.earlier_model, stretch_column=1)
        today = QDate.currentDate()
        ui.weekDate.setDate(today)
        monday = today.addDays(1 - today.dayOfWeek())
        ui.fromDate.setDate(monday)
        ui.toDate.setDate(monday.addDays(6))
        ui.seedEdit.setMaxLength(64)
        # Two independent choices in one group box: each pair needs its own button group.
        self.period_group = QButtonGroup(self)
        self.size_group = QButtonGroup(self)
        for group, buttons in ((self.period_group, (ui.weekRadio, ui.customRadio)),
                               (self.size_group, (ui.countRadio, ui.percentRadio))):
            for button in buttons:
                group.addButton(button)
        ui.weekRadio.setChecked(True)
        ui.countRadio.setChecked(True)
        em = self.fontMetrics().horizontalAdvance("M")
        for spin in (ui.countSpin, ui.percentSpin, ui.minimumSpin):
            spin.setMaximumWidth(em * 8)
        date_width = self.fontMetrics().horizontalAdvance("00/00/00000") + em * 3  # text + calendar button
        for edit in (ui.weekDate, ui.fromDate, ui.toDate):
            edit.setMinimumWidth(date_width)
        allowed = getattr(getattr(self._services, "actor", None), "suites", None) or None
        for suite in self._services.records.suites():
            self._suite_names[suite.code] = suite.name
            if allowed is not None and suite.code not in allowed:
                continue
            entry = QListWidgetItem(f"{suite.name} ({suite.code})", ui.suitesList)
            entry.setData(Qt.ItemDataRole.UserRole, suite.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
        ui.suitesList.setCurrentRow(0)
        rows = max(2, min(ui.suitesList.count(), 6))
        ui.suitesList.setMaximumHeight(ui.suitesList.sizeHintForRow(0) * rows + 2 * ui.suitesList.frameWidth() + 4)
        for widget in (ui.drawErrorLabel,):
            show_message(widget, "", error=False)
        ui.drawButton.setDefault(True)
        self._sync_enabled()
        self._set_sample_buttons(False)

    def _connect_callbacks(self) -> None:
        ui = self.ui
        for radio in (ui.weekRadio, ui.customRadio, ui.countRadio, ui.percentRadio, ui.seedCheck):
            radio.toggled.connect(self._sync_enabled)
        for radio in (ui.weekRadio, ui.customRadio):
            radio.toggled.connect(self._on_period_changed)
        for edit in (ui.weekDate, ui.fromDate, ui.toDate):
            edit.dateChanged.connect(self._on_period_changed)
        ui.suitesList.itemChanged.connect(self._on_period_changed)
        ui.previousWeekButton.clicked.connect(lambda: ui.weekDate.setDate(ui.weekDate.date().addDays(-7)))
        ui.nextWeekButton.clicked.connect(lambda: ui.weekDate.setDate(ui.weekDate.date().addDays(7)))
        ui.drawButton.clicked.connect(self.draw)
        ui.seedEdit.returnPressed.connect(self.draw)
        ui.checkButton.clicked.connect(self._on_check_clicked)
        ui.reuseSeedButton.clicked.connect(self._on_reuse_seed_clicked)
        ui.scoreButton.clicked.connect(self.scoring_requested.emit)
        ui.sampledTable.activated.connect(lambda _index: self.scoring_requested.emit())
        ui.refreshEarlierButton.clicked.connect(self.refresh_earlier)
        ui.openEarlierButton.clicked.connect(self._on_open_earlier_clicked)
        ui.earlierTable.activated.connect(self._on_earlier_activated)

    def _sync_enabled(self, *_args: object) -> None:
        ui = self.ui
        week = ui.weekRadio.isChecked()
        for widget in (ui.weekDate, ui.previousWeekButton, ui.nextWeekButton):
            widget.setEnabled(week)
        for widget in (ui.fromDate, ui.toDate, ui.toLabel):
            widget.setEnabled(not week)
        ui.countSpin.setEnabled(ui.countRadio.isChecked())
        ui.percentSpin.setEnabled(ui.percentRadio.isChecked())
        ui.seedEdit.setEnabled(ui.seedCheck.isChecked())
        ui.seedLabel.setEnabled(ui.seedCheck.isChecked())

    def _set_sample_buttons(self, enabled: bool) -> None:
        for button in (self.ui.checkButton, self.ui.reuseSeedButton, self.ui.scoreButton):
            button.setEnabled(enabled)

    # -- reading the form ----------------------------------------------------------
    def period(self) -> Period:
        """The chosen period; ``ValueError`` (in words) when the dates are the wrong way round."""
        ui = self.ui
        if ui.weekRadio.isChecked():
            return Period.week_containing(ui.weekDate.date().toPython())
        first, last = ui.fromDate.date().toPython(), ui.toDate.date().toPython()
        if last < first:
            raise ValueError("The period ends before it starts: check the two dates.")
        return Period.parse(f"{first.isoformat()}..{last.isoformat()}")

    def suites(self) -> list[str]:
        suites_list = self.ui.suitesList
        return [
            suites_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(suites_list.count())
            if suites_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def draw_arguments(self) -> dict[str, Any]:
        """The form as keyword arguments of ``draw_sample``; ``ValueError`` in words."""
        ui = self.ui
        suites = self.suites()
        if not suites:
            raise ValueError("Tick at least one suite to sample from.")
        arguments: dict[str, Any] = {
            "minimum": ui.minimumSpin.value(),
            "stratify_by_suite": ui.stratifyCheck.isChecked(),
            "seed": None,
        }
        if ui.countRadio.isChecked():
            arguments["count"] = ui.countSpin.value()
        else:
            arguments["percent"] = ui.percentSpin.value()
        if ui.seedCheck.isChecked():
            text = ui.seedEdit.text().strip()
            if not text:
                raise ValueError("Type the seed to repeat a draw, or untick “Use a given seed”.")
            arguments["seed"] = text
        return {"period": self.period(), "suites": suites, **arguments}

    # -- actions -------------------------------------------------------------------
    def draw(self) -> Any:
        """Draw with the form's settings; returns the ``SampleDetail`` or None (shown why)."""
        try:
            arguments = self.draw_arguments()
        except ValueError as exc:
            show_message(self.ui.drawErrorLabel, str(exc), error=True)
            return None
        period = arguments.pop("period")
        suites = arguments.pop("suites")
        try:
            detail = self._audit.draw_sample(period, suites, **arguments)
        except ServiceError as exc:
            show_message(self.ui.drawErrorLabel, f"Not drawn: {exc}", error=True)
            if isinstance(exc, PermissionDenied):
                show_error(self, exc)
            return None
        except ValueError as exc:  # a bad period or size the domain refused
            show_message(self.ui.drawErrorLabel, f"Not drawn: {exc}", error=True)
            return None
        show_message(self.ui.drawErrorLabel, "", error=False)
        self.show_sample(detail)
        self.refresh_earlier()
        self.sample_opened.emit(detail)
        return detail

    def open_sample(self, sample_id: str) -> Any:
        try:
            detail = self._audit.get_sample(sample_id)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        self.show_sample(detail)
        self.sample_opened.emit(detail)
        return detail

    def refresh_earlier(self) -> None:
        model = self.earlier_model
        model.removeRows(0, model.rowCount())
        try:
            samples = self._audit.list_samples()
        except ServiceError as exc:
            show_message(self.ui.drawErrorLabel, str(exc), error=True)
            return
        for summary in samples:
            first, last = local_dates(Period(summary.period_start, summary.period_end, summary.label))
            period = summary.label if "W" in str(summary.label) else f"{first:%d/%m/%Y} to {last:%d/%m/%Y}"
            model.appendRow([
                item(period, data=summary.id, tooltip=f"{first:%d/%m/%Y} to {last:%d/%m/%Y}"),
                item(", ".join(self._suite_names.get(code, code) for code in summary.suites) or "All suites"),
                item(format_local(summary.drawn_at, with_zone=False)),
                item(summary.drawn_by),
                item(summary.seed),
                item(f"{summary.sample_size} of {summary.population_size}", align_right=True),
                item(f"{summary.graded_items} of {summary.sample_size} graded", align_right=True),
            ])
        fit_columns(self.ui.earlierTable, skip=1)
        if model.rowCount():
            self.ui.earlierTable.selectRow(0)
        self.ui.openEarlierButton.setEnabled(model.rowCount() > 0)

    def show_sample(self, detail: Any) -> None:
        """Show a drawn or re-opened sample: seed, population and the records picked."""
        self.detail = detail
        summary = detail.summary
        suites = ", ".join(self._suite_names.get(code, code) for code in summary.suites) or "all suites"
        period = period_text(Period(summary.period_start, summary.period_end, summary.label))
        allocation = ""
        if detail.stratify_by_suite and detail.allocation:
            allocation = "; by suite " + ", ".join(
                f"{self._suite_names.get(code, code)} {count}" for code, count in sorted(detail.allocation.items())
            )
        self.ui.drawnLabel.setText(
            f"<b>Seed {summary.seed}</b> · population <b>{summary.population_size}</b> eligible "
            f"record{'s' if summary.population_size != 1 else ''} · <b>{summary.sample_size}</b> sampled"
            f"<br>{period} · {suites}<br>Drawn {format_local(summary.drawn_at)} by {summary.drawn_by}"
            f" · size rule: {detail.size_rule}{allocation}"
        )
        self.ui.drawnLabel.setAccessibleDescription(
            f"Seed {summary.seed}, population {summary.population_size}, {summary.sample_size} sampled"
        )
        self.update_items(detail.items)
        self._set_sample_buttons(True)

    def update_items(self, items: Any) -> None:
        model = self.sampled_model
        model.removeRows(0, model.rowCount())
        for sample_item in items:
            scored = len(sample_item.scores)
            total = len(sample_item.pre)
            model.appendRow([
                item(sample_item.position, data=sample_item.record_id, align_right=True),
                item(sample_item.custody_number, data=sample_item.record_id),
                item(self._suite_names.get(sample_item.suite, sample_item.suite)),
                item(f"{scored} of {total}", align_right=True),
                item(grade_text(sample_item.grade), icon=grade_icon(sample_item.grade)),
            ])
        fit_columns(self.ui.sampledTable, skip=1)

    def sampled_custody_numbers(self) -> list[str]:
        model = self.sampled_model
        return [model.item(row, 1).text() for row in range(model.rowCount())]

    # -- handlers ------------------------------------------------------------------
    def _on_period_changed(self, *_args: object) -> None:
        ui = self.ui
        try:
            period = self.period()
        except ValueError as exc:
            ui.weekLabel.setText(str(exc))
            ui.populationLabel.setText("")
            return
        ui.weekLabel.setText(period_text(period) if ui.weekRadio.isChecked() else "")
        ui.weekLabel.setVisible(ui.weekRadio.isChecked())
        suites = self.suites()
        if not suites:
            ui.populationLabel.setText("No suite ticked: nothing to sample.")
            return
        try:
            size = len(self._audit.population(period, suites))
        except ServiceError as exc:
            ui.populationLabel.setText(str(exc))
            return
        ui.populationLabel.setText(
            f"{size} eligible record{'s' if size != 1 else ''} (children who arrived in the period "
            "at the ticked suites)."
        )

    def _on_check_clicked(self) -> None:
        if self.detail is None:
            return
        try:
            same = bool(self._audit.redraw_check(self.detail.summary.id))
        except ServiceError as exc:
            show_error(self, exc)
            return
        summary = self.detail.summary
        if same:
            show_message(self.ui.drawErrorLabel, f"Repeated the draw from seed {summary.seed} on the stored "
                         "population: the same records were picked.", error=False)
        else:
            show_message(self.ui.drawErrorLabel, f"Repeating the draw from seed {summary.seed} did NOT give "
                         "the stored sample. Report this to the administrator.", error=True)

    def _on_reuse_seed_clicked(self) -> None:
        if self.detail is None:
            return
        ui, summary = self.ui, self.detail.summary
        period = Period(summary.period_start, summary.period_end, summary.label)
        first, last = local_dates(period)
        if period.is_iso_week:
            ui.weekRadio.setChecked(True)
            ui.weekDate.setDate(QDate(first.year, first.month, first.day))
        else:
            ui.customRadio.setChecked(True)
            ui.fromDate.setDate(QDate(first.year, first.month, first.day))
            ui.toDate.setDate(QDate(last.year, last.month, last.day))
        wanted = set(summary.suites)
        ui.suitesList.blockSignals(True)
        for row in range(ui.suitesList.count()):
            entry = ui.suitesList.item(row)
            on = not wanted or entry.data(Qt.ItemDataRole.UserRole) in wanted
            entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        ui.suitesList.blockSignals(False)
        ui.stratifyCheck.setChecked(bool(self.detail.stratify_by_suite))
        ui.seedCheck.setChecked(True)
        ui.seedEdit.setText(str(summary.seed))
        self._on_period_changed()
        show_message(ui.drawErrorLabel, "The form now holds this sample's period, suites and seed: set the "
                     "same size and draw to get the same records.", error=False)
        ui.seedEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_open_earlier_clicked(self) -> None:
        index = self.ui.earlierTable.currentIndex()
        if index.isValid():
            self._on_earlier_activated(index)

    def _on_earlier_activated(self, index: QModelIndex) -> None:
        sample_id = self.earlier_model.item(index.row(), 0).data(RECORD_ID_ROLE)
        if sample_id:
            self.open_sample(str(sample_id))
