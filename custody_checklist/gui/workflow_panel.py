"""The record editor's workflow: a banner with the state (and the inspector's comments when
a record is returned), and the Workflow menu: Submit, Return, Sign off, Amend, History.

Installed on :class:`RecordEditor` by :func:`install`; actions are enabled by
``services.workflow.can`` (what the role and state allow), and the services check again.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.events import event_label
from custody_checklist.domain.record import Record, RecordStatus
from custody_checklist.domain.timeutil import format_local, parse_instant
from custody_checklist.services.errors import ServiceError

BANNER_STYLE = {
    RecordStatus.DRAFT: "",
    RecordStatus.SUBMITTED: "background:#fff4ce; padding:6px;",
    RecordStatus.RETURNED: "background:#fde7e9; padding:6px;",
    RecordStatus.SIGNED: "background:#dff6dd; padding:6px;",
}


class WorkflowPanel(QObject):
    def __init__(self, editor: Any):
        super().__init__(editor)
        self.editor = editor
        self.services = editor.services
        self.banner = QLabel(editor)
        self.banner.setObjectName("workflowBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Record workflow state")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        editor.ui.centralLayout.insertWidget(0, self.banner)
        menu = editor.menuBar().addMenu("&Workflow")
        self.actions = {}
        for key, text, shortcut, slot in (
            ("submit", "&Submit for review…", "Ctrl+Shift+U", self.submit),
            ("return", "&Return to the sergeant…", "", self.return_record),
            ("sign", "Sign &off…", "Ctrl+Shift+O", self.sign),
            ("amend", "&Amend (signed record)…", "", self.amend),
            ("history", "&History and amendments…", "Ctrl+Shift+H", self.history),
        ):
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda *_a, s=slot: s())
            self.actions[key] = action
        editor.record_saved.connect(lambda *_: self.refresh())
        self.refresh()

    @property
    def record(self) -> Record:
        return self.editor.record

    def refresh(self) -> None:
        record, workflow = self.record, self.services.workflow
        read_only = bool(getattr(self.editor, "read_only", False))  # e.g. opened from the audit
        for key, action in self.actions.items():
            action.setEnabled(key == "history" or (not read_only and workflow.can(key, record)))
        text = {
            RecordStatus.DRAFT: "",
            RecordStatus.SUBMITTED: "<b>Submitted for review</b>: read only until an inspector signs it off or returns it.",
            RecordStatus.SIGNED: "<b>Signed off</b>: read only. Changes need an amendment (Workflow ▸ Amend).",
            RecordStatus.RETURNED: "<b>Returned by the inspector</b>: put it right and submit again.",
        }[record.status]
        last = record.signoffs[-1] if record.signoffs else None
        if last is not None and last.comment and record.status is not RecordStatus.DRAFT:
            who = " ".join(p for p in (last.rank, last.user_name) if p)
            text += f"<br>{html.escape(last.action.capitalize())} by {html.escape(who)} " \
                    f"{format_local(last.at)}: “{html.escape(last.comment)}”"
        if record.amendments:
            text += f"<br>{len(record.amendments)} amendment(s) after sign-off: see Workflow ▸ History."
        self.banner.setText(text)
        style = BANNER_STYLE[record.status]
        if self.banner.styleSheet() != style:  # setting one re-styles the label: only on a change
            self.banner.setStyleSheet(style)
        self.banner.setVisible(bool(text))

    def _done(self, record: Record, message: str) -> None:
        self.editor.record = record
        self.editor._show_record(reload_form=True)
        self.editor.record_saved.emit(record)
        self.editor.statusBar().showMessage(message, 10_000)
        self.refresh()

    def _refused(self, exc: Exception) -> None:
        QMessageBox.warning(self.editor, "Not possible", str(exc))

    def submit(self) -> None:
        self.editor.flush()
        # Never send an inspector a record with an answer still unsaved or a conflict
        # undecided: what they sign must be what the sergeant meant.
        if self.editor.conflict_dialog is not None or self.editor.form.unsaved():
            QMessageBox.warning(
                self.editor,
                "Not submitted",
                "Some answers are not saved yet (or another terminal changed this record). "
                "Resolve that first; the record was not submitted.",
            )
            return
        comment, ok = QInputDialog.getMultiLineText(self.editor, "Submit for review",
                                                    "Note for the inspector (optional):")
        if not ok:
            return
        try:
            record = self.services.workflow.submit(self.record.id, self.editor.record.version, comment)
        except ServiceError as exc:
            return self._refused(exc)
        self._done(record, "Submitted for review")

    def return_record(self) -> None:
        comment, ok = QInputDialog.getMultiLineText(self.editor, "Return to the sergeant",
                                                    "What needs putting right (the sergeant sees this):")
        if not ok:
            return
        try:
            record = self.services.workflow.return_record(self.record.id, self.record.version, comment)
        except ServiceError as exc:
            return self._refused(exc)
        self._done(record, "Returned to the sergeant")

    def sign(self) -> None:
        from custody_checklist.gui.signoff_dialog import SignOffDialog

        dialog = SignOffDialog(self.services, self.record, self.editor)
        if dialog.exec() and dialog.signed is not None:
            self._done(dialog.signed, "Signed off")

    def amend(self) -> None:
        from custody_checklist.gui.amendment_dialog import AmendmentDialog

        dialog = AmendmentDialog(self.services, self.record, self.editor.definition, self.editor)
        if dialog.exec() and dialog.amended is not None:
            self._done(dialog.amended, "Amendment saved: the record goes back for sign-off")

    def history(self) -> None:
        HistoryDialog(self.record, self.editor, definition=self.editor.definition).exec()


def history_html(record: Record, definition: Any = None) -> str:
    """The workflow steps and every amendment with old and new values, oldest first.

    With the record's ``definition`` (its own version) a changed field is named by its
    question's label (the id is in a tooltip) and a choice by its option's label; an
    amended or added timeline event by its form's label, with its time and details."""
    items: list[tuple[Any, str]] = []
    for s in record.signoffs:
        who = html.escape(" ".join(p for p in (s.rank, s.user_name, f"({s.collar_number})" if s.collar_number else "") if p))
        extra = f"<br><i>“{html.escape(s.comment)}”</i>" if s.comment else ""
        if s.acknowledgements:
            extra += "<br>Breaches acknowledged: " + "; ".join(
                f"{html.escape(k)}: {html.escape(v)}" for k, v in s.acknowledgements.items())
        if s.content_hash:
            extra += f"<br><small>content hash {s.content_hash[:16]}…</small>"
        items.append((s.at, f"<p><b>{html.escape(s.action.capitalize())}</b> {format_local(s.at)} by {who}{extra}</p>"))
    for a in record.amendments:
        rows = "".join(_change_row(definition, c) for c in a.changes)
        items.append((a.at, f"<p><b>Amended</b> {format_local(a.at)} by {html.escape(a.user_name)}<br>"
                            f"Reason: <i>{html.escape(a.reason)}</i></p><table border='1' cellpadding='3'>"
                            f"<tr><th>Field</th><th>Original (as signed)</th><th>Amended to</th></tr>{rows}</table>"))
    items.sort(key=lambda item: item[0])
    return "".join(body for _, body in items) or "<p>No workflow steps yet: this record is a draft.</p>"


def _show(value: Any, question: Any = None, field_id: str = "") -> str:
    if value is None or value == "" or value == []:
        return "(not answered)"
    if value is True:
        return "Yes"
    if value is False:
        return "No"
    if question is not None or isinstance(value, dict | list):
        from custody_checklist.reports.formatting import format_answer

        return format_answer(question, value, field_id)
    return str(value)


def _change_row(definition: Any, change: dict[str, Any]) -> str:
    """One row of an amendment's table: the field's label (id in the tooltip), old, new."""
    field = str(change.get("field", ""))
    section, _, key = field.partition(".")
    question, label = None, field
    if section == "answers" and definition is not None:
        question = definition.question(key)
        label = question.label if question is not None else field
    elif section == "child":
        label = "Child: " + key.replace("_", " ")
    elif section == "events":
        kind = str(change.get("kind") or (change.get("new") or change.get("old") or {}).get("kind", ""))
        form = definition.event_form(kind) if definition is not None else None
        label = "Event: " + (form.label if form is not None else event_label(kind))
        if change.get("old") is None:
            label += " (added)"
        old, new = (_event_text(definition, kind, change.get(k)) for k in ("old", "new"))
        tip = html.escape(f"{field} ({kind})", quote=True)
        return (f"<tr><td><span title=\"{tip}\">{html.escape(label)}</span></td>"
                f"<td>{old}</td><td>{new}</td></tr>")
    tip = html.escape(field, quote=True)
    return (f"<tr><td><span title=\"{tip}\">{html.escape(label)}</span></td>"
            f"<td>{html.escape(_show(change.get('old'), question))}</td>"
            f"<td>{html.escape(_show(change.get('new'), question))}</td></tr>")


def _event_text(definition: Any, kind: str, value: Any) -> str:
    """An event as kept in an amendment (at, details) as HTML: its time, then each detail."""
    if not isinstance(value, dict):
        return "(not on the record: added by this amendment)"
    try:
        when = format_local(parse_instant(str(value.get("at"))))
    except ValueError:
        when = str(value.get("at"))
    form = definition.event_form(kind) if definition is not None else None
    fields = {q.id: q for q in form.fields} if form is not None else {}
    lines = [f"<b>{html.escape(when)}</b>"]
    for key, detail in (value.get("details") or {}).items():
        question = fields.get(key)
        name = question.label if question is not None else key.replace("_", " ")
        lines.append(f"{html.escape(name)}: {html.escape(_show(detail, question, key))}")
    return "<br>".join(lines)


class HistoryDialog(QDialog):
    def __init__(self, record: Record, parent: QWidget | None = None, *, definition: Any = None):
        super().__init__(parent)
        self.setWindowTitle(f"History of {record.custody_number}")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(history_html(record, definition))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)


def install(editor: Any) -> WorkflowPanel:
    return WorkflowPanel(editor)
