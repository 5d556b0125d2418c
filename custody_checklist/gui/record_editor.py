"""One child's record: checklist, timeline and live findings in one window.

Every change is saved as it is made through ``services.records``; the editor keeps the
record version it last saw and passes it with each save, so a change made meanwhile on
another terminal is refused by the service and shown side by side in the conflict
dialog, never overwritten. Closing the window first saves whatever is being typed.

Never lose a change: an answer counts as saved only once the service stored it. A save the
database could not take (busy, locked) stays pending and is retried; a conflict carries
every unsaved answer into the comparison window; and the window will not close while a
change is unsaved, unless the user explicitly discards it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from custody_checklist.domain.definition import ChecklistDefinition
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Deadline, Finding
from custody_checklist.domain.record import Child, Event, Record, RecordStatus
from custody_checklist.domain.timeutil import age_on, format_duration, format_local, utc_now
from custody_checklist.gui.checklist_form import ChecklistForm, same_answer
from custody_checklist.gui.conflict_dialog import (
    REAPPLY,
    ConflictDialog,
    PendingChange,
    format_answer,
)
from custody_checklist.gui.findings_panel import FindingsPanel
from custody_checklist.gui.forms.ui_record_editor import Ui_RecordEditor
from custody_checklist.gui.section_navigator import SectionNavigator
from custody_checklist.gui.timeline_panel import CONFLICT, TimelinePanel
from custody_checklist.gui.widgets_common import scaled_font
from custody_checklist.services.errors import ConflictError, ServiceError, ValidationFailed

log = logging.getLogger(__name__)

HEADER_REFRESH_MS = 30_000
#: How soon an answer the database could not take (busy, locked) is tried again.
RETRY_MS = 3_000
DATABASE_BUSY = "the database is busy"
#: Window size and the splitters between navigator, form and side panels (QSettings).
LAYOUT_KEYS = {"geometry": "record_editor/geometry", "main": "record_editor/main_splitter",
               "side": "record_editor/side_splitter"}


def child_as_dict(child: Child) -> dict[str, Any]:
    """The child's details as ``show_if`` conditions read them."""
    return {
        "gender": child.gender.value,
        "dob_status": child.dob_status.value,
        "ethnicity_category": child.ethnicity_category.value,
        "date_of_birth": child.date_of_birth.isoformat() if child.date_of_birth else None,
    }


def child_age(record: Record) -> int | None:
    if record.child.date_of_birth is None:
        return None
    anchor = record.first(EventKind.ARREST) or record.first(EventKind.ARRIVAL)
    return age_on(record.child.date_of_birth, anchor.at if anchor else utc_now())


class RecordEditor(QMainWindow):
    record_saved = Signal(object)  # the Record after each successful save
    closed = Signal(str)  # record id
    record: Record  # set once the record is loaded (a spare editor has none yet)

    def __init__(self, services: Any, record_id: str | None, parent: QWidget | None = None, *,
                 read_only: bool = False, definition: ChecklistDefinition | None = None,
                 record: Record | None = None):
        """``read_only``: show the record as a signed one is shown (e.g. opened from the
        audit); the services still refuse any write the actor may not make. ``record``:
        the record ``record_id`` names, already read (each read is logged as a view).

        ``record_id`` None, with a ``definition``: a *spare* editor, built and styled ahead
        of time while nobody waits for it, and kept hidden until :meth:`load` fills it
        with a record (the main window keeps two: gui/spare_editors.py). A spare
        has never shown a record, so nothing of another child can be left in it, and it
        is filled once only.
        """
        super().__init__(parent)
        self.read_only = read_only
        self._focused_once = False
        self.ui = Ui_RecordEditor()
        self.ui.setupUi(self)
        self.services = services
        if record is None and record_id is not None:
            record = services.records.get(record_id)
        if record is not None:
            definition = services.definitions.get(record.definition_id, record.definition_version)
        if definition is None:
            raise TypeError("a record id or, for a spare editor, a definition is needed")
        self.definition = definition
        self.conflict_dialog: ConflictDialog | None = None
        self.pdf_preview: QWidget | None = None
        self.last_error = ""
        self.close_prompt: QMessageBox | None = None  # "not saved yet" when closing
        self._discarding = False  # the user chose to discard unsaved changes and close
        self._retry: set[str] = set()  # answers the database could not take yet
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry_saves)
        self.header_timer = QTimer(self)
        self.header_timer.setInterval(HEADER_REFRESH_MS)
        self.header_timer.timeout.connect(self._update_header)
        self.workflow_panel: Any = None
        self._build()
        self._connect_callbacks()
        if record is not None:
            self._fill(record)
        else:  # a spare: build the first page (no answers yet) and style it all now
            self.form.ensure_page(self.form.currentIndex())
            self.ensurePolished()

    @property
    def loaded(self) -> bool:
        return self.workflow_panel is not None

    def fits(self, record: Record) -> bool:
        """An unfilled spare built for the checklist definition the record uses."""
        return not self.loaded and (record.definition_id, record.definition_version) == self.definition.key

    def load(self, record: Record) -> None:
        """Fill a spare editor with a record already read (see :meth:`fits`)."""
        if not self.fits(record):
            raise ValueError(f"this editor cannot show record {record.id}: already filled, "
                             f"or built for another checklist than {record.definition_id} "
                             f"v{record.definition_version}")
        self._fill(record)

    def _fill(self, record: Record) -> None:
        self.record = record
        self._restore_layout()
        self._show_record(reload_form=True)
        self.navigator.setCurrentRow(0)
        self.header_timer.start()
        from custody_checklist.gui.workflow_panel import install as install_workflow

        self.workflow_panel = install_workflow(self)  # Workflow menu and state banner

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        ui = self.ui
        self.navigator = SectionNavigator(self.definition, ui.navigatorHost)
        ui.navigatorLayout.addWidget(self.navigator)
        ui.sectionsLabel.setBuddy(self.navigator)
        self.form = ChecklistForm(self.definition, ui.formHost)
        ui.formLayout.insertWidget(0, self.form, 1)
        self.findings = FindingsPanel(self.services.records.evaluate, ui.findingsBox)
        ui.findingsLayout.addWidget(self.findings)
        self.timeline = TimelinePanel(self.definition, self._save_event, self._delete_event,
                                      ui.timelineBox)
        ui.timelineLayout.addWidget(self.timeline)
        for action in self.timeline.actions_by_kind.values():
            ui.menuEvents.addAction(action)
        ui.nameLabel.setFont(scaled_font(ui.nameLabel, 1.35, bold=True))
        for label in (ui.ageLabel, ui.custodyNumberLabel, ui.statusLabel, ui.timeInCustodyLabel):
            label.setFont(scaled_font(label, 1.1))
        em = self.fontMetrics().horizontalAdvance("M")
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setSizes([em * 22, em * 44, em * 40])
        ui.sideSplitter.setStretchFactor(0, 4)
        ui.sideSplitter.setStretchFactor(1, 5)
        ui.sideSplitter.setSizes([em * 30, em * 36])
        self.navigator.setMinimumWidth(em * 12)
        self.resize(min(1340, self.width()), min(740, self.height()))

    def _connect_callbacks(self) -> None:
        ui = self.ui
        self.navigator.section_selected.connect(self.form.go_to_section)
        self.form.section_changed.connect(self._on_section_changed)
        self.form.answer_committed.connect(self._on_answer_committed)
        self.form.answers_edited.connect(self._on_answers_edited)
        self.findings.finding_activated.connect(self._on_finding_activated)
        ui.nextButton.clicked.connect(self.form.next_section)
        ui.previousButton.clicked.connect(self.form.previous_section)
        ui.actionNextSection.triggered.connect(self.form.next_section)
        ui.actionPreviousSection.triggered.connect(self.form.previous_section)
        ui.actionGoChecklist.triggered.connect(self.form.focus_first)
        ui.actionGoFindings.triggered.connect(self.findings.tree.setFocus)
        ui.actionGoTimeline.triggered.connect(self.timeline.tree.setFocus)
        ui.actionQuestionHelp.triggered.connect(self.form.show_help_for_focus)
        ui.actionClose.triggered.connect(self.close)
        ui.actionPrintSummary.triggered.connect(self._on_print_summary_triggered)

    # ------------------------------------------------------------------ showing

    def child_dict(self) -> dict[str, Any]:
        return child_as_dict(self.record.child)

    def _show_record(self, *, reload_form: bool = False) -> None:
        record = self.record
        if reload_form:
            self.form.load(record.answers, self.child_dict())
        workflow = getattr(self.services, "workflow", None)  # submitted/signed, or a role that may not edit
        read_only = self.read_only or record.status in (RecordStatus.SIGNED, RecordStatus.SUBMITTED) \
            or (workflow is not None and not workflow.can("edit", record))
        self.form.set_read_only(read_only)
        self.timeline.set_read_only(read_only)
        self.navigator.update_progress(self.form.live_answers(), self.child_dict())
        self.findings.show_record(record)
        self.timeline.show_record(record, child_age(record))
        self._update_header()
        panel = getattr(self, "workflow_panel", None)  # the banner says why it is read only
        if panel is not None:
            panel.refresh()

    def _update_header(self) -> None:
        record, ui = self.record, self.ui
        child = record.child
        ui.nameLabel.setText(child.display_name)
        age = child_age(record)
        if age is None:
            ui.ageLabel.setText("Age not known (DOB unknown)")
        else:
            ui.ageLabel.setText(f"Age {age} (DOB {child.date_of_birth:%d/%m/%Y}, "
                                f"{child.dob_status.value})")
        ui.custodyNumberLabel.setText(f"Custody no. {record.custody_number}")
        status = record.status.value.capitalize()
        if record.status is RecordStatus.SIGNED:
            status += " (read only: changes need an amendment)"
        ui.statusLabel.setText(f"Status: {status}")
        start = record.arrival_at or record.relevant_time
        if start is None:
            ui.timeInCustodyLabel.setText("Arrival not recorded")
        elif record.released_at is not None:
            ui.timeInCustodyLabel.setText(
                f"Was in custody {format_duration(record.released_at - start)} (left "
                f"{format_local(record.released_at)})")
        else:
            ui.timeInCustodyLabel.setText(
                f"In custody {format_duration(utc_now() - start)} (since {format_local(start)})")
        self.setWindowTitle(f"{record.custody_number} · {child.display_name} · "
                            f"Custody Child Checklist{' (read-only)' if self.read_only else ''}")

    def _on_section_changed(self, index: int) -> None:
        self.navigator.set_current(index)

    def _on_answers_edited(self) -> None:
        self.navigator.update_progress(self.form.live_answers(), self.child_dict())

    def _on_finding_activated(self, payload: Finding | Deadline) -> None:
        if (isinstance(payload, Finding) and payload.question_id
                and self.form.focus_question(payload.question_id)):
            return
        event_id = getattr(payload, "event_id", None)
        kind = getattr(payload, "event_kind", None)
        if self.timeline.select_event(event_id, kind):
            return
        if kind:
            self.timeline.offer(kind)
        else:
            self.timeline.tree.setFocus()

    # ------------------------------------------------------------------ saving

    def _on_answer_committed(self, question_id: str) -> None:
        value = self.form.value_to_save(question_id)
        self.apply(PendingChange("answer", question_id=question_id, value=value))

    def _save_event(self, event: Event, is_new: bool) -> str | None:
        return self.apply(PendingChange("add_event" if is_new else "update_event", event=event))

    def _delete_event(self, event_id: str) -> str | None:
        return self.apply(PendingChange("delete_event", event_id=event_id))

    def _call(self, change: PendingChange, version: int) -> Record:
        records, record_id = self.services.records, self.record.id
        if change.kind == "answer":
            return records.save_answer(record_id, change.question_id, change.value, version)
        if change.kind == "add_event":
            return records.add_event(record_id, change.event, version)
        if change.kind == "update_event":
            return records.update_event(record_id, change.event, version)
        return records.delete_event(record_id, change.event_id, version)

    def apply(self, change: PendingChange, carry: list[PendingChange] | None = None) -> str | None:
        """Save one change. None when saved; else why not (``CONFLICT`` if the dialog took it,
        with ``carry``: changes still to be made after this one)."""
        self.statusBar().showMessage("Saving…")
        try:
            saved = self._call(change, self.record.version)
        except ConflictError as exc:
            self._on_conflict([change, *(carry or [])], exc.current)
            return CONFLICT
        except ValidationFailed as exc:
            return self._refused(change, exc.problems)
        except ServiceError as exc:
            return self._refused(change, [(change.question_id, str(exc))])
        except SQLAlchemyError as exc:  # busy/locked, disk, connection: nothing was stored
            return self._database_failed(change, exc)
        self.record = saved
        self.last_error = ""
        if change.kind == "answer":
            self._retry.discard(change.question_id)
            self.form.mark_saved(change.question_id, change.value)
            self.form.set_server_problem(change.question_id, None)
        self._show_record()
        self.statusBar().showMessage(f"✓ All changes saved ({format_local(utc_now())})")
        self.record_saved.emit(saved)
        if self.close_prompt is not None and not self.form.unsaved() and self.conflict_dialog is None:
            QTimer.singleShot(0, self._close_now_saved)  # the close the user asked for
        return None

    def _refused(self, change: PendingChange, problems: list[tuple[str, str]]) -> str:
        message = "; ".join(m for _, m in problems) or "the change was refused"
        self.last_error = message
        if change.kind == "answer":  # the value stays in its row, not saved, with the reason
            self._retry.discard(change.question_id)
            self.form.show_unsaved(change.question_id, change.value)
            self.form.set_server_problem(change.question_id, message)
        self.statusBar().showMessage(f"✕ Not saved: {message}")
        return message

    def _database_failed(self, change: PendingChange, exc: SQLAlchemyError) -> str:
        """The database did not take the change: keep it pending and try again soon."""
        log.warning("Save of %s on record %s failed: %s", change.kind, self.record.id, exc)
        if change.kind == "answer":
            self._retry.add(change.question_id)
            self.form.show_unsaved(change.question_id, change.value)
            self.retry_timer.start()
            message = f"{DATABASE_BUSY}; it will retry"
            self.statusBar().showMessage(f"⚠ Not saved yet: {message} in a few seconds "
                                         "(keep working: nothing you type is lost).")
        else:
            message = f"{DATABASE_BUSY}; try again in a moment"
            self.statusBar().showMessage(f"⚠ Not saved yet: {message}.")
        self.last_error = message
        return f"Not saved yet: {message}"

    def _retry_saves(self) -> None:
        for question_id in sorted(self._retry):
            self._retry.discard(question_id)
            self.form.commit(question_id)  # nothing to do if it was saved or changed back

    # ------------------------------------------------------------------ conflicts

    def _on_conflict(self, changes: list[PendingChange], current: Record) -> None:
        """Show the other terminal's version; every unsaved change goes into the choice."""
        mine = self.record
        self.record = current
        if self.conflict_dialog is not None:  # still undecided: its changes come along
            changes = [*self.conflict_dialog.changes, *changes]
            self.conflict_dialog.deleteLater()
        answers = {c.question_id for c in changes if c.kind == "answer"}
        for question_id, value in self.form.take_unsaved().items():
            if question_id not in answers and not same_answer(value, current.answers.get(question_id)):
                changes.append(PendingChange("answer", question_id=question_id, value=value))
        by_question = {c.question_id: c for c in changes if c.kind == "answer"}  # latest wins
        changes = [c for c in changes if c.kind != "answer" or by_question[c.question_id] is c]
        self._retry.difference_update(by_question)
        self._show_record(reload_form=True)
        self.statusBar().showMessage("⚠ Changed on another terminal: your change is not saved "
                                     "yet. Choose what to do in the comparison window.")
        self.conflict_dialog = ConflictDialog(self.definition, changes, mine, current, self)
        self.conflict_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.conflict_dialog.resolved.connect(
            lambda choice, c=changes: self._on_conflict_resolved(choice, c))
        self.conflict_dialog.open()

    def _on_conflict_resolved(self, choice: str, changes: list[PendingChange]) -> None:
        self.conflict_dialog = None
        if choice != REAPPLY:
            self.statusBar().showMessage("Your change was discarded; the other terminal's version "
                                         "is shown.")
            return
        for change in changes:  # back in their rows first: a refusal leaves them there
            if change.kind == "answer":
                self.form.show_unsaved(change.question_id, change.value)
        for index, change in enumerate(changes):
            if change.kind == "delete_event" and not any(e.id == change.event_id
                                                         for e in self.record.events):
                self.statusBar().showMessage("That event was already deleted on the other terminal.")
                continue
            if change.kind == "update_event" and not any(e.id == change.event.id
                                                         for e in self.record.events):
                change = PendingChange("add_event", event=change.event)
            if self.apply(change, carry=changes[index + 1:]) == CONFLICT:
                return  # a newer conflict: the new comparison window has the rest
        self._show_record(reload_form=True)

    # ------------------------------------------------------------------ summary

    def _on_print_summary_triggered(self) -> None:
        """Preview the PDF summary of what is saved now (typing is saved first)."""
        from custody_checklist.gui.pdf_preview_dialog import PdfPreviewDialog

        self.flush()
        if self.pdf_preview is not None:
            self.pdf_preview.close()
        dialog = PdfPreviewDialog(self.services, self.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(
            lambda *_, d=dialog: setattr(self, "pdf_preview", None) if self.pdf_preview is d else None)
        self.pdf_preview = dialog
        dialog.show()

    # ------------------------------------------------------------------ closing

    def flush(self) -> None:
        """Save whatever is being typed now."""
        self.form.flush()

    def _restore_layout(self) -> None:
        """The size and splitter positions the user last left an editor with."""
        settings = QSettings()
        geometry = settings.value(LAYOUT_KEYS["geometry"])
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in (("main", self.ui.mainSplitter), ("side", self.ui.sideSplitter)):
            state = settings.value(LAYOUT_KEYS[key])
            if state is not None:
                splitter.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(LAYOUT_KEYS["geometry"], self.saveGeometry())
        settings.setValue(LAYOUT_KEYS["main"], self.ui.mainSplitter.saveState())
        settings.setValue(LAYOUT_KEYS["side"], self.ui.sideSplitter.saveState())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._focused_once:
            # The sergeant opens a record to answer it: the keyboard starts in the first
            # question of the section shown, not on whichever button Qt picks.
            self._focused_once = True
            self.form.focus_first()

    def closeEvent(self, event: Any) -> None:
        self.save_layout()
        if not self._discarding:
            self.flush()
            if self.conflict_dialog is not None or self.form.unsaved():
                event.ignore()  # closing (and WA_DeleteOnClose) would lose the change
                self._keep_open()
                return
        self.header_timer.stop()
        self.findings.timer.stop()
        self.retry_timer.stop()
        self.closed.emit(self.record.id)
        super().closeEvent(event)

    def _keep_open(self) -> None:
        """Closing was refused: say why, and let the user resolve or explicitly discard."""
        self.show()
        self.raise_()
        if self.conflict_dialog is not None:
            dialog = self.conflict_dialog
            change = "changes are" if len(dialog.changes) > 1 else "change is"
            dialog.ui.explanationLabel.setText(
                f"This window was not closed: your {change} not saved yet. Choose first: keep "
                "their version and re-apply, or discard.")
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            self.statusBar().showMessage("⚠ Not closed: choose what to do with your change in the "
                                         "comparison window first.")
            return
        lines = []
        for question_id, value in self.form.unsaved().items():
            question = self.definition.question(question_id)
            label = question.label if question else question_id
            why = self.form.problem(question_id) or (
                f"{DATABASE_BUSY}; it will retry" if question_id in self._retry else self.last_error)
            lines.append(f"• {label}: {format_answer(question, value)}" + (f"\n   ({why})" if why else ""))
        text = ("This window was not closed because these answers are not saved yet:\n\n"
                + "\n".join(lines)
                + "\n\nKeep the window open to put them right (or let the save retry), "
                "or discard them and close.")
        self.statusBar().showMessage("⚠ Not closed: some answers are not saved yet.")
        if self.close_prompt is not None:
            self.close_prompt.setText(text)
            self.close_prompt.raise_()
            return
        prompt = QMessageBox(QMessageBox.Icon.Warning, "Not saved yet", text,
                             QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                             self)
        prompt.button(QMessageBox.StandardButton.Cancel).setText("&Keep the window open")
        prompt.button(QMessageBox.StandardButton.Discard).setText("&Discard them and close")
        prompt.setDefaultButton(QMessageBox.StandardButton.Cancel)
        prompt.setEscapeButton(QMessageBox.StandardButton.Cancel)
        prompt.setWindowModality(Qt.WindowModality.WindowModal)
        prompt.finished.connect(lambda *_: self._on_close_prompt_finished(prompt))
        self.close_prompt = prompt
        prompt.open()

    def _close_now_saved(self) -> None:
        """Everything the close was waiting for is saved now: finish closing."""
        prompt = self.close_prompt
        if prompt is None or self.form.unsaved() or self.conflict_dialog is not None:
            return
        self.close_prompt = None
        prompt.done(QMessageBox.StandardButton.Cancel)
        self.close()

    def _on_close_prompt_finished(self, prompt: QMessageBox) -> None:
        prompt.deleteLater()
        if self.close_prompt is not prompt:  # closed because everything got saved
            return
        self.close_prompt = None
        if prompt.clickedButton() is not prompt.button(QMessageBox.StandardButton.Discard):
            self.statusBar().showMessage("Kept open: the answers marked are not saved yet.")
            return
        log.info("Unsaved answers on record %s discarded by the user on closing", self.record.id)
        self.form.take_unsaved()
        self._retry.clear()
        self.retry_timer.stop()
        self._discarding = True
        if not self.close():
            self._discarding = False
