"""The detention timeline: events in time order, and one keystroke to record one "now".

Kinds with no details are recorded at once at the current time; the others open their
form with the time already set to now (editable, and checked: not more than 2 minutes
ahead, not before the arrest). A banner follows the s.38(6) path after bail is refused
so the next step is never forgotten. Saving is the editor's job: this panel calls the
``save_event`` / ``delete_event`` callbacks it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.definition import ChecklistDefinition
from custody_checklist.domain.events import EventKind, event_label
from custody_checklist.domain.record import Event, Record
from custody_checklist.domain.timeutil import format_local, to_local, utc_now
from custody_checklist.gui.event_dialog import EventDialog

#: The kinds a sergeant records most, with their shortcuts (all kinds are in the menu).
QUICK_KINDS: list[tuple[EventKind, str, str]] = [
    (EventKind.AA_ARRIVED, "AA arrived", "Ctrl+Shift+A"),
    (EventKind.RIGHTS_GIVEN, "Rights given", "Ctrl+Shift+R"),
    (EventKind.REVIEW, "Review", "Ctrl+Shift+V"),
    (EventKind.CHARGED, "Charged", "Ctrl+Shift+C"),
    (EventKind.BAIL_DECISION, "Bail decision", "Ctrl+Shift+B"),
    (EventKind.LA_TRANSFER_REQUESTED, "LA request", "Ctrl+Shift+L"),
    (EventKind.TRANSFERRED, "Transferred", "Ctrl+Shift+T"),
    (EventKind.RELEASED, "Released", "Ctrl+Shift+X"),
    (EventKind.NOTE, "Note", "Ctrl+Shift+N"),
]

#: What ``save_event`` returns when the conflict dialog has taken the change over.
CONFLICT = "changed on another terminal: compare the two versions in the window shown"

SaveEvent = Callable[[Event, bool], str | None]  # (event, is_new) -> error message or None
DeleteEvent = Callable[[str], str | None]


def s38_next_step(record: Record) -> tuple[str, list[EventKind]] | None:
    """After bail is refused: what s.38(6) asks next, or None when the path is complete."""
    refused = [e for e in record.events_of(EventKind.BAIL_DECISION)
               if e.details.get("bail_granted") is False]
    if not refused:
        return None
    since = refused[-1].at
    done = [e for e in record.events if e.at >= since and e.kind in
            (EventKind.TRANSFERRED, EventKind.CERTIFICATE_ISSUED, EventKind.RELEASED)]
    if done:
        return None
    when = format_local(since)
    requests = [e for e in record.events_of(EventKind.LA_TRANSFER_REQUESTED) if e.at >= since]
    if not requests:
        return (f"Bail refused at {when}. PACE s.38(6): ask the local authority now to "
                "accommodate the child (secure or non-secure).", [EventKind.LA_TRANSFER_REQUESTED])
    return (f"Local authority asked at {format_local(requests[-1].at)}. Next: record their "
            "response and the transfer. If the child is not transferred, a s.38(7) certificate "
            "must say why (Code C Note 16D).",
            [EventKind.LA_RESPONSE, EventKind.TRANSFERRED, EventKind.CERTIFICATE_ISSUED])


def summarise(definition: ChecklistDefinition, event: Event) -> str:
    form = definition.event_form(event.kind)
    fields = {q.id: q for q in form.fields} if form else {}
    parts = []
    for key, value in event.details.items():
        question = fields.get(key)
        # the field id reads shorter than the question ("AA present" vs "Was the AA present?")
        label = " ".join("AA" if w == "aa" else w for w in key.split("_")).capitalize()
        label = label.replace("Aa ", "AA ")
        if isinstance(value, bool):
            text = "yes" if value else "no"
        elif isinstance(value, dict):
            text = " ".join(str(value.get(k, "")) for k in ("rank", "name", "number")).strip()
        elif isinstance(value, list):
            text = ", ".join(question.option_label(v) if question else v for v in value)
        elif question and question.type == "choice":
            text = question.option_label(str(value))
        else:
            text = str(value)
        parts.append(f"{label}: {text}")
    return "; ".join(parts)


class TimelinePanel(QWidget):
    event_saved = Signal(object)  # the Event, after the editor saved it

    def __init__(self, definition: ChecklistDefinition, save_event: SaveEvent,
                 delete_event: DeleteEvent, parent: QWidget | None = None):
        super().__init__(parent)
        self.definition = definition
        self._save_event = save_event
        self._delete_event = delete_event
        self.record: Record | None = None
        self.child_age: int | None = None
        self.dialog: EventDialog | None = None
        self.actions_by_kind: dict[EventKind, QAction] = {}
        self._build()
        self._connect_callbacks()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind in EventKind:
            action = QAction(event_label(kind), self)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=kind: self.record_now(k))
            self.actions_by_kind[kind] = action
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.quick_buttons: dict[EventKind, QToolButton] = {}
        flow = QVBoxLayout()
        rows = [QHBoxLayout(), QHBoxLayout()]
        for index, (kind, text, keys) in enumerate(QUICK_KINDS):
            action = self.actions_by_kind[kind]
            action.setShortcut(QKeySequence(keys))
            self.addAction(action)
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(f"Record '{event_label(kind)}' now ({keys})")
            button.setAccessibleName(f"Record {event_label(kind)} now")
            button.clicked.connect(action.trigger)
            rows[0 if index < 5 else 1].addWidget(button)
            self.quick_buttons[kind] = button
        self.more_button = QToolButton(self)
        self.more_button.setText("Other event…")
        self.more_button.setAccessibleName("Record another kind of event")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self)
        for action in self.actions_by_kind.values():
            self.kind_menu.addAction(action)
        self.more_button.setMenu(self.kind_menu)
        rows[1].addWidget(self.more_button)
        for row in rows:
            row.addStretch(1)
            flow.addLayout(row)
        bar.addLayout(flow)
        layout.addLayout(bar)

        self._banner: QFrame | None = None  # the s.38(6) banner, made when first needed
        self._banner_at = layout.count()

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Timeline of events")
        self.tree.setHeaderLabels(["Time (UK)", "Event", "Details"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        # Time and event are sized to their contents after each fill (show_record), not
        # ResizeToContents: that measured every row again at each layout pass.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The time always shows in full; the event name at most 3/5 of the width left
        # (_fit_columns), so Details keeps room on a 1366x768 laptop. Cut text ends in "…"
        # rather than scrolling sideways: the whole of the selected event is spelt out in
        # the line under the list, and in each cell's tooltip.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 4)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.tree, 1)
        self._event_width = 0  # the event names' full width, measured at each fill

        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAccessibleName("Details of the selected event")
        layout.addWidget(self.details_label)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton("&Edit event…", self)
        self.edit_button.setAccessibleName("Edit the selected event")
        self.delete_button = QPushButton("Delete event", self)
        self.delete_button.setAccessibleName("Delete the selected event")
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName("Timeline status")
        buttons.addWidget(self.status_label, 2)
        layout.addLayout(buttons)

    def _connect_callbacks(self) -> None:
        self.tree.itemActivated.connect(lambda item, _col: self.edit_event(self._item_id(item)))
        self.tree.currentItemChanged.connect(lambda _item, _previous: self._show_details())
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)

    # ------------------------------------------------------------------ showing

    def show_record(self, record: Record, child_age: int | None = None) -> None:
        self.record = record
        self.child_age = child_age
        selected = self.selected_event_id()
        self.tree.clear()
        for event in sorted(record.events, key=lambda e: e.at):
            local = to_local(event.at)
            item = QTreeWidgetItem([f"{local:%d/%m %H:%M} {local.tzname()}",
                                    event_label(event.kind), summarise(self.definition, event)])
            item.setToolTip(0, format_local(event.at))
            item.setData(0, Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(1, item.text(1))
            item.setToolTip(2, item.text(2))
            self.tree.addTopLevelItem(item)
            if event.id == selected:
                self.tree.setCurrentItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self._event_width = self.tree.columnWidth(1)
        self._fit_columns()
        self._show_details()
        self._update_banner(record)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The event column as wide as its names, but no more than three fifths of what the
        time column leaves, so the details are never pushed out of sight."""
        if not self._event_width:
            return
        room = self.tree.viewport().width() - self.tree.columnWidth(0)
        self.tree.setColumnWidth(1, max(min(self._event_width, room * 3 // 5),
                                        self.tree.header().minimumSectionSize()))

    def _show_details(self) -> None:
        """The selected event in full under the list: the columns may have cut it short."""
        event = self._event(self.selected_event_id())
        if event is None:
            self.details_label.setText("Select an event to see all of its details here." if
                                       self.tree.topLevelItemCount() else "No events recorded yet.")
            return
        summary = summarise(self.definition, event)
        self.details_label.setText(f"{format_local(event.at)}: {event_label(event.kind)}"
                                   + (f". {summary}" if summary else ""))

    @property
    def banner(self) -> QFrame:
        """The s.38(6) next-step banner above the events. Made the first time a record needs
        it: most never do, and a frame with its own style sheet is costly to style."""
        return self._made_banner()

    @property
    def banner_label(self) -> QLabel:
        self._made_banner()
        return self._banner_label

    @property
    def banner_buttons(self) -> QHBoxLayout:
        self._made_banner()
        return self._banner_buttons

    def _made_banner(self) -> QFrame:
        if self._banner is None:
            banner = QFrame(self)
            banner.setObjectName("s38Banner")
            banner.setStyleSheet("QFrame#s38Banner { border: 2px solid #b35c00; border-radius: 4px; }")
            banner_layout = QVBoxLayout(banner)
            self._banner_label = QLabel(banner)
            self._banner_label.setWordWrap(True)
            self._banner_label.setAccessibleName("Next step after bail refused")
            banner_layout.addWidget(self._banner_label)
            self._banner_buttons = QHBoxLayout()
            banner_layout.addLayout(self._banner_buttons)
            banner.hide()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(self._banner_at, banner)
            self._banner = banner
        return self._banner

    def _update_banner(self, record: Record) -> None:
        step = s38_next_step(record)
        if step is None and self._banner is None:
            return  # no s.38(6) path on this record: no banner made
        while self.banner_buttons.count():
            widget = self.banner_buttons.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.banner.setVisible(step is not None)
        if step is None:
            return
        text, kinds = step
        self.banner_label.setText(f"⚠ {text}")
        for kind in kinds:
            button = QPushButton(f"Record: {event_label(kind)}", self.banner)
            button.setAccessibleName(f"Record {event_label(kind)} now")
            button.clicked.connect(lambda _=False, k=kind: self.record_now(k))
            self.banner_buttons.addWidget(button)
        self.banner_buttons.addStretch(1)

    def banner_button(self, kind: EventKind) -> QPushButton | None:
        if self._banner is None:
            return None
        for index in range(self.banner_buttons.count()):
            widget = self.banner_buttons.itemAt(index).widget()
            if isinstance(widget, QPushButton) and widget.text().endswith(event_label(kind)):
                return widget
        return None

    def select_event(self, event_id: str | None = None, kind: str | None = None) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            event = self._event(self._item_id(item))
            if event and (event.id == event_id or (event_id is None and event.kind == kind)):
                self.tree.setCurrentItem(item)
                self.tree.setFocus()
                return True
        return False

    def offer(self, kind: str) -> None:
        """Nothing of ``kind`` is recorded yet: put focus where one key records it."""
        event_kind = EventKind(kind)
        button = self.quick_buttons.get(event_kind, self.more_button)
        button.setFocus()
        keys = self.actions_by_kind[event_kind].shortcut().toString()
        how = f"press Space (or {keys})" if keys else "press Space and choose it"
        self._say(f"No '{event_label(event_kind)}' recorded yet: {how} to record it now.")

    def selected_event_id(self) -> str | None:
        item = self.tree.currentItem()
        return self._item_id(item) if item is not None else None

    @staticmethod
    def _item_id(item: QTreeWidgetItem) -> str:
        return item.data(0, Qt.ItemDataRole.UserRole)

    def _event(self, event_id: str | None) -> Event | None:
        if self.record is None:
            return None
        return next((e for e in self.record.events if e.id == event_id), None)

    def _arrest_at(self) -> datetime | None:
        arrest = self.record.first(EventKind.ARREST) if self.record else None
        return arrest.at if arrest else None

    # ------------------------------------------------------------------ recording

    def record_now(self, kind: EventKind) -> None:
        """Record ``kind`` at the current time: at once if it asks nothing, else via its form."""
        form = self.definition.event_form(kind)
        if form is None or not form.fields:
            event = Event(kind=kind, at=utc_now().replace(microsecond=0))
            error = self._save_event(event, True)
            self._say(error or f"Recorded '{event_label(kind)}' at {format_local(event.at)}. "
                      "Press Enter on it to change the time.")
            if error is None:
                self.select_event(event.id)
                self.event_saved.emit(event)
            return
        self._open_dialog(kind, None)

    def edit_event(self, event_id: str | None) -> None:
        event = self._event(event_id)
        if event is not None:
            self._open_dialog(event.kind, event)

    def _open_dialog(self, kind: EventKind, event: Event | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = EventDialog(self.definition, kind, event=event, arrest_at=self._arrest_at(),
                                  child_age=self.child_age, parent=self)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.event_submitted.connect(
            lambda e, new=event is None: self._on_dialog_submitted(e, new))
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_submitted(self, event: Event, is_new: bool) -> None:
        dialog = self.dialog
        error = self._save_event(event, is_new)
        if dialog is None:
            return
        if error == CONFLICT:
            dialog.accept()
            self._say(f"Not saved yet: {CONFLICT}.")
            return
        if error:
            dialog.show_error(error)
            return
        dialog.accept()
        self._say(f"Saved '{event_label(event.kind)}' at {format_local(event.at)}.")
        self.select_event(event.id)
        self.event_saved.emit(event)
        if not self.banner.isHidden() and self.banner_buttons.count():
            self.banner_buttons.itemAt(0).widget().setFocus()  # the next s.38(6) step

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_edit_clicked(self) -> None:
        self.edit_event(self.selected_event_id())

    def _on_delete_clicked(self) -> None:
        event = self._event(self.selected_event_id())
        if event is None:
            return
        answer = QMessageBox.question(
            self, "Delete event",
            f"Delete '{event_label(event.kind)}' at {format_local(event.at)} from the timeline?\n"
            "It will be gone from this record (the audit log notes the deletion).",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        error = self._delete_event(event.id)
        self._say(error or f"Deleted '{event_label(event.kind)}' at {format_local(event.at)}.")

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (*self.quick_buttons.values(), self.more_button, self.edit_button,
                       self.delete_button):
            widget.setEnabled(not read_only)
        for action in self.actions_by_kind.values():
            action.setEnabled(not read_only)

