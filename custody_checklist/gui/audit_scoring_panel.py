"""Step 2 of the dip sample: score each sampled record, criterion by criterion.

For the selected record the table lists every criterion with the rules engine's
pre-assessment (met, not met, not applicable) and the rule findings behind it; the
auditor confirms it or overrides it, and the service refuses an override without a
comment (the refusal is shown under the buttons, the comment box gets the focus). Then
an overall grade, with the service's suggestion preselected. Nothing here changes the
sergeant's record: "Open record" shows it read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QWidget

from custody_checklist.domain.audit import Grade, Outcome
from custody_checklist.domain.timeutil import format_local
from custody_checklist.gui.audit_common import (
    GRADES,
    RECORD_ID_ROLE,
    error_text,
    fit_columns,
    grade_icon,
    grade_text,
    item,
    new_model,
    outcome_icon,
    outcome_text,
    prepare_table,
    show_error,
    show_message,
)
from custody_checklist.gui.forms.ui_audit_scoring_panel import Ui_AuditScoringPanel
from custody_checklist.gui.widgets_common import scaled_font
from custody_checklist.services.errors import PermissionDenied, ServiceError, ValidationFailed

RECORD_HEADERS = ["Custody no.", "Scored", "Grade"]
CRITERIA_HEADERS = ["Criterion", "Pre-assessment", "Rule finding", "Auditor", "Comment"]


class AuditScoringPanel(QWidget):
    """Scores one sample; emits ``item_scored(SampleItem)`` after every accepted change."""

    item_scored = Signal(object)
    record_open_requested = Signal(str)

    def __init__(self, audit: Any, suite_names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditScoringPanel()
        self.ui.setupUi(self)
        self._audit = audit
        self.criteria = audit.criteria()
        self.suite_names = dict(suite_names or {})
        self.detail: Any = None
        self.items: dict[str, Any] = {}  # record id -> latest SampleItem
        self.record_model = new_model(self, RECORD_HEADERS)
        self.criteria_model = new_model(self, CRITERIA_HEADERS)
        self._order = self._criteria_in_order()
        self._build()
        self._connect_callbacks()
        self._show_item(None)

    def _criteria_in_order(self) -> list[Any]:
        groups = list(getattr(self.criteria, "groups", ()) or ())
        rank = {name: index for index, name in enumerate(groups)}
        listed = list(self.criteria.criteria)
        return sorted(listed, key=lambda c: (rank.get(c.group, len(rank)), listed.index(c)))

    def _build(self) -> None:
        ui = self.ui
        prepare_table(ui.recordsTable, self.record_model, stretch_column=0)
        prepare_table(ui.criteriaTable, self.criteria_model, stretch_column=0)
        for grade in Grade:
            ui.gradeCombo.addItem(grade_icon(grade), GRADES[grade.value][0], grade.value)
        ui.recordTitleLabel.setFont(scaled_font(ui.recordTitleLabel, 1.15, bold=True))
        ui.recordTitleLabel.setWordWrap(False)
        ui.metRadio.setIcon(outcome_icon(Outcome.MET))
        ui.notMetRadio.setIcon(outcome_icon(Outcome.NOT_MET))
        ui.naRadio.setIcon(outcome_icon(Outcome.NOT_APPLICABLE))
        em = self.fontMetrics().horizontalAdvance("M")
        ui.splitter.setStretchFactor(1, 1)
        ui.recordsHost.setMinimumWidth(em * 30)
        ui.splitter.setSizes([em * 30, em * 70])
        show_message(ui.scoreMessageLabel, "", error=False)

    def _connect_callbacks(self) -> None:
        ui = self.ui
        ui.recordsTable.selectionModel().selectionChanged.connect(self._on_record_selected)
        ui.criteriaTable.selectionModel().selectionChanged.connect(self._on_criterion_selected)
        ui.saveScoreButton.clicked.connect(self.save_score)
        ui.commentEdit.returnPressed.connect(self.save_score)
        ui.confirmAllButton.clicked.connect(self._on_confirm_all_clicked)
        ui.saveGradeButton.clicked.connect(self.save_grade)
        ui.gradeCommentEdit.returnPressed.connect(self.save_grade)
        ui.openRecordButton.clicked.connect(self._on_open_record_clicked)
        ui.recordsTable.activated.connect(lambda _i: ui.criteriaTable.setFocus(Qt.FocusReason.OtherFocusReason))

    # -- public --------------------------------------------------------------------
    def set_sample(self, detail: Any) -> None:
        self.detail = detail
        self.items = {sample_item.record_id: sample_item for sample_item in detail.items}
        self._fill_records()
        if self.record_model.rowCount():
            self.ui.recordsTable.selectRow(0)
        else:
            self._show_item(None)

    def current_item(self) -> Any:
        index = self.ui.recordsTable.currentIndex()
        if not index.isValid():
            return None
        record_id = self.record_model.item(index.row(), 0).data(RECORD_ID_ROLE)
        return self.items.get(record_id)

    def current_criterion(self) -> Any:
        index = self.ui.criteriaTable.currentIndex()
        return self._order[index.row()] if index.isValid() and index.row() < len(self._order) else None

    def select(self, record_row: int, criterion_id: str | None = None) -> None:
        """Select a sampled record (and a criterion): keyboard users and tests start here."""
        self.ui.recordsTable.selectRow(record_row)
        if criterion_id is not None:
            ids = [c.id for c in self._order]
            self.ui.criteriaTable.selectRow(ids.index(criterion_id))

    def chosen_outcome(self) -> Outcome | None:
        ui = self.ui
        for radio, outcome in ((ui.metRadio, Outcome.MET), (ui.notMetRadio, Outcome.NOT_MET),
                               (ui.naRadio, Outcome.NOT_APPLICABLE)):
            if radio.isChecked():
                return outcome
        return None

    def set_outcome(self, outcome: Outcome | str) -> None:
        value = str(getattr(outcome, "value", outcome))
        ui = self.ui
        {Outcome.MET.value: ui.metRadio, Outcome.NOT_MET.value: ui.notMetRadio,
         Outcome.NOT_APPLICABLE.value: ui.naRadio}[value].setChecked(True)

    # -- actions -------------------------------------------------------------------
    def save_score(self) -> bool:
        """Confirm or override the selected criterion; False (with the reason shown) if refused."""
        sample_item, criterion, outcome = self.current_item(), self.current_criterion(), self.chosen_outcome()
        if sample_item is None or criterion is None or outcome is None:
            show_message(self.ui.scoreMessageLabel, "Select a record, a criterion and an outcome first.", error=True)
            return False
        comment = self.ui.commentEdit.text().strip()
        try:
            saved = self._audit.score(self.detail.summary.id, sample_item.record_id, criterion.id, outcome, comment)
        except ServiceError as exc:
            self._refused(exc, self.ui.commentEdit)
            return False
        row = self.ui.criteriaTable.currentIndex().row()
        self._accept(saved)
        verb = "Overridden" if saved.scores[criterion.id].overridden else "Confirmed"
        show_message(self.ui.scoreMessageLabel, f"{verb}: {criterion.label} – {outcome_text(outcome)}.", error=False)
        if row + 1 < self.criteria_model.rowCount():
            self.ui.criteriaTable.selectRow(row + 1)
        return True

    def save_grade(self) -> bool:
        sample_item = self.current_item()
        if sample_item is None:
            return False
        grade = self.ui.gradeCombo.currentData()
        comment = self.ui.gradeCommentEdit.text().strip()
        try:
            saved = self._audit.set_grade(self.detail.summary.id, sample_item.record_id, grade, comment)
        except ServiceError as exc:
            self._refused(exc, self.ui.gradeCommentEdit)
            return False
        self._accept(saved)
        show_message(self.ui.scoreMessageLabel, f"Grade saved: {grade_text(grade)}.", error=False)
        return True

    def _refused(self, exc: ServiceError, focus: QWidget) -> None:
        text = error_text(exc)
        if isinstance(exc, ValidationFailed) and any(field == "comment" for field, _m in exc.problems):
            text = f"a comment is required to override ({text})"
        show_message(self.ui.scoreMessageLabel, f"Not saved: {text}", error=True)
        if isinstance(exc, PermissionDenied):
            show_error(self, exc)
        elif isinstance(exc, ValidationFailed):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept(self, saved: Any) -> None:
        self.items[saved.record_id] = saved
        self._update_record_row(saved)
        self._fill_criteria(saved, keep_row=True)
        self._show_grade(saved)
        self.item_scored.emit(saved)

    def _on_confirm_all_clicked(self) -> None:
        sample_item = self.current_item()
        if sample_item is None:
            return
        try:
            saved = self._audit.confirm_pre_assessment(self.detail.summary.id, sample_item.record_id)
        except ServiceError as exc:
            self._refused(exc, self.ui.criteriaTable)
            return
        self._accept(saved)
        show_message(self.ui.scoreMessageLabel, "Every criterion not yet scored was confirmed as pre-assessed.",
                     error=False)

    # -- filling -------------------------------------------------------------------
    def _fill_records(self) -> None:
        model = self.record_model
        model.removeRows(0, model.rowCount())
        for sample_item in self.items.values():
            model.appendRow(self._record_row(sample_item))
        fit_columns(self.ui.recordsTable, skip=0)
        self._update_progress()

    def _record_row(self, sample_item: Any) -> list[Any]:
        rid = sample_item.record_id
        return [
            item(sample_item.custody_number, data=rid,
                 tooltip=f"{sample_item.position}. {self.suite_names.get(sample_item.suite, sample_item.suite)}"),
            item(f"{len(sample_item.scores)}/{len(sample_item.pre)}", align_right=True),
            item(grade_text(sample_item.grade), icon=grade_icon(sample_item.grade)),
        ]

    def _update_record_row(self, sample_item: Any) -> None:
        model = self.record_model
        for row in range(model.rowCount()):
            if model.item(row, 0).data(RECORD_ID_ROLE) == sample_item.record_id:
                for column, cell in enumerate(self._record_row(sample_item)):
                    model.setItem(row, column, cell)
        self._update_progress()

    def _update_progress(self) -> None:
        total = len(self.items)
        complete = sum(1 for sample_item in self.items.values() if sample_item.is_complete)
        self.ui.progressLabel.setText(f"{complete} of {total} records fully scored and graded.")

    def _fill_criteria(self, sample_item: Any, keep_row: bool = False) -> None:
        table = self.ui.criteriaTable
        row = table.currentIndex().row() if keep_row else 0
        model = self.criteria_model
        model.removeRows(0, model.rowCount())
        for criterion in self._order:
            pre = sample_item.pre.get(criterion.id)
            score = sample_item.scores.get(criterion.id)
            pre_outcome = pre.outcome if pre else Outcome.NOT_APPLICABLE
            finding = self._finding_text(pre)
            if score is None:
                auditor = item("Not yet scored", icon=grade_icon(None))
            elif score.overridden:
                auditor = item(f"Overridden: {outcome_text(score.outcome)}", icon=outcome_icon(score.outcome),
                               tooltip=f"{score.by}, {format_local(score.at)}")
            else:
                auditor = item(f"Confirmed: {outcome_text(score.outcome)}", icon=outcome_icon(score.outcome),
                               tooltip=f"{score.by}, {format_local(score.at)}")
            model.appendRow([
                item(criterion.label, tooltip=self._criterion_tooltip(criterion)),
                item(outcome_text(pre_outcome), icon=outcome_icon(pre_outcome)),
                item(finding, tooltip=finding),
                auditor,
                item(score.comment if score else "", tooltip=score.comment if score else ""),
            ])
        fit_columns(table, skip=0)
        em = table.fontMetrics().horizontalAdvance("M")
        table.setColumnWidth(2, min(table.columnWidth(2), em * 18))
        table.setColumnWidth(4, min(max(table.columnWidth(4), em * 6), em * 14))
        if model.rowCount():
            table.selectRow(max(0, min(row, model.rowCount() - 1)))

    @staticmethod
    def _finding_text(pre: Any) -> str:
        if pre is None:
            return ""
        reason = str(pre.reason or "")
        codes = ", ".join(pre.finding_codes)
        if codes and codes not in reason:
            return f"{reason} ({codes})" if reason else codes
        return reason

    @staticmethod
    def _criterion_tooltip(criterion: Any) -> str:
        parts = [f"{criterion.group.capitalize()} · {criterion.source}"]
        if criterion.help:
            parts.append(criterion.help)
        return "\n".join(parts)

    def _show_item(self, sample_item: Any) -> None:
        ui = self.ui
        has = sample_item is not None
        for widget in (ui.openRecordButton, ui.criteriaTable, ui.decisionGroup, ui.gradeGroup):
            widget.setEnabled(has)
        if not has:
            ui.recordTitleLabel.setText("Select a sampled record." if self.detail else "No sample open: draw one first.")
            self.criteria_model.removeRows(0, self.criteria_model.rowCount())
            ui.criterionLabel.setText("")
            return
        suite = self.suite_names.get(sample_item.suite, sample_item.suite)
        ui.recordTitleLabel.setText(f"{sample_item.position}. Custody no. {sample_item.custody_number} · {suite}")
        self._fill_criteria(sample_item)
        self._show_grade(sample_item)

    def _show_grade(self, sample_item: Any) -> None:
        ui = self.ui
        grade = sample_item.grade or sample_item.suggested_grade
        ui.gradeCombo.setCurrentIndex(max(0, ui.gradeCombo.findData(str(getattr(grade, "value", grade)))))
        ui.gradeCommentEdit.setText(sample_item.comment or "")
        suggested = grade_text(sample_item.suggested_grade)
        ui.gradeGroup.setTitle(f"Overall grade for this record (suggested from the outcomes: {suggested}; "
                               f"saved: {grade_text(sample_item.grade)})")

    # -- handlers ------------------------------------------------------------------
    def _on_record_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        show_message(self.ui.scoreMessageLabel, "", error=False)
        self._show_item(self.current_item())

    def _on_criterion_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ui = self.ui
        sample_item, criterion = self.current_item(), self.current_criterion()
        if sample_item is None or criterion is None:
            ui.criterionLabel.setText("Select a criterion above.")
            return
        pre = sample_item.pre.get(criterion.id)
        score = sample_item.scores.get(criterion.id)
        pre_outcome = pre.outcome if pre else Outcome.NOT_APPLICABLE
        finding = self._finding_text(pre) or "no rule finding"
        help_text = f"<br>{criterion.help}" if criterion.help else ""
        ui.criterionLabel.setText(
            f"<b>{criterion.label}</b> ({criterion.source}){help_text}<br>"
            f"Pre-assessed from the rules: <b>{outcome_text(pre_outcome)}</b> – {finding}"
        )
        self.set_outcome(score.outcome if score else pre_outcome)
        ui.commentEdit.setText(score.comment if score else "")

    def _on_open_record_clicked(self) -> None:
        sample_item = self.current_item()
        if sample_item is not None:
            self.record_open_requested.emit(sample_item.record_id)
