"""The window a custody sergeant lives in: suite board, records search, menus.

The frame, menus, actions and shortcuts come from ``ui/main_window.ui``; this class
puts the board and records views into it, wires the actions in
:meth:`_connect_callbacks`, opens records in the editor and keeps the window's size,
layout and last suite in QSettings.

At start-up the window is shown before the database is open (gui/startup.py): built
without services it says "Opening the database…", with the actions that need the
database disabled, and :meth:`attach_services` fills it in once they are ready.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from custody_checklist import __version__
from custody_checklist.domain.timeutil import to_local, utc_now
from custody_checklist.gui import icons
from custody_checklist.gui.app import load_stylesheet
from custody_checklist.gui.forms.ui_main_window import Ui_MainWindow
from custody_checklist.gui.spare_editors import SpareEditors

if TYPE_CHECKING:
    from custody_checklist.gui.board_view import BoardView
    from custody_checklist.gui.records_view import RecordsView

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
TAB_KEY = "main_window/tab"
SUITE_KEY = "board/last_suite"
# After an editor saves, the board and records list behind it are re-read once typing has
# paused this long, not at every autosave: re-reading the board (every child's record and
# rules) took about half of what each save cost the GUI thread.
VIEWS_AFTER_SAVE_MS = 1_000
BOARD_TAB, RECORDS_TAB = 0, 1


class MainWindow(QMainWindow):
    """Suite board + records; opens :class:`RecordEditor` windows for records."""

    record_opened = Signal(str)

    def __init__(self, services: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services: Any = None
        self._settings = QSettings()
        self._editors: dict[str, QWidget] = {}
        self._records_loaded = False
        self.board: BoardView = None  # type: ignore[assignment]  # both made by attach_services
        self.records: RecordsView = None  # type: ignore[assignment]
        self.session: Any = None
        self.spares: SpareEditors | None = None  # record windows built ahead (attach_services)
        self.setWindowIcon(icons.app_icon())

        self.suite_label = QLabel("&Suite:", self)
        self.suite_combo = QComboBox(self)
        self.suite_combo.setObjectName("suiteCombo")
        self.suite_combo.setAccessibleName("Custody suite shown on the board")
        self.suite_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.suite_label.setBuddy(self.suite_combo)
        self.ui.toolBar.insertWidget(self.ui.actionNewChild, self.suite_label)
        self.ui.toolBar.insertWidget(self.ui.actionNewChild, self.suite_combo)
        self.ui.toolBar.insertSeparator(self.ui.actionNewChild)
        self.ui.toolBar.setStyleSheet(load_stylesheet("toolbar.qss"))  # why there: toolbar.qss

        self.clock_label = QLabel(self)
        self.clock_label.setAccessibleName("Current time, Europe/London")
        self.ui.statusbar.addPermanentWidget(self.clock_label)
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._views_after_save = QTimer(self)
        self._views_after_save.setSingleShot(True)
        self._views_after_save.setInterval(VIEWS_AFTER_SAVE_MS)
        self._views_after_save.timeout.connect(self._refresh_after_saves)
        self.action_audit = self.ui.menuTools.addAction("&Dip-sample audit…")
        self.action_audit.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action_audit.setToolTip("Draw, score and report the weekly dip sample (auditors)")

        self._connect_callbacks()
        self._restore_geometry()
        self._on_clock_tick()
        self._clock.start()
        if services is None:
            self._waiting = self._waiting_label()
            self.show_waiting("Opening the database…")
        else:
            self._waiting = None
            self.attach_services(services)

    # -- before the database is open -------------------------------------------------
    def _needs_services(self) -> list[QAction]:
        ui = self.ui
        return [ui.actionNewChild, ui.actionOpenRecord, ui.actionRefreshBoard, ui.actionChooseSuite,
                ui.actionShowRecords, ui.actionSettings, self.action_audit]

    def _waiting_label(self) -> QLabel:
        label = QLabel(self.ui.boardTab)
        label.setObjectName("startupMessage")  # styled as the board's "no children" message
        label.setAccessibleName("Start-up status")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.ui.boardLayout.addWidget(label)
        for action in self._needs_services():
            action.setEnabled(False)
        self.suite_combo.setEnabled(False)
        self.ui.tabs.setTabEnabled(RECORDS_TAB, False)
        return label

    def show_waiting(self, text: str) -> None:
        """What the window says while it has no services yet (opening, logging in)."""
        if self._waiting is not None:
            self._waiting.setText(text)
            self.statusBar().showMessage(text)

    @property
    def services_ready(self) -> bool:
        return self._services is not None

    def attach_services(self, services: Any) -> None:
        """Show the database's contents: suites, board, records, the signed-in session."""
        from custody_checklist.gui.board_view import BoardView
        from custody_checklist.gui.records_view import RecordsView
        from custody_checklist.gui.session import install as install_session

        if self._services is not None:
            raise RuntimeError("the main window already has its services")
        self._services = services
        for suite in services.records.suites():
            self.suite_combo.addItem(f"{suite.name} ({suite.code})", suite.code)
        if self._waiting is not None:
            self._waiting.hide()
            self.ui.boardLayout.removeWidget(self._waiting)
            self._waiting.deleteLater()
            self._waiting = None
            self.statusBar().clearMessage()
            for action in self._needs_services():
                action.setEnabled(True)
            self.suite_combo.setEnabled(True)
            self.ui.tabs.setTabEnabled(RECORDS_TAB, True)
        self.board = BoardView(services, self.ui.boardTab)
        self.ui.boardLayout.addWidget(self.board)
        self.records = RecordsView(services, self.ui.recordsTab)
        self.ui.recordsLayout.addWidget(self.records)
        self.board.record_activated.connect(self.open_record)
        self.board.refreshed.connect(self._on_board_refreshed)
        self.records.record_activated.connect(self.open_record)
        self.session = install_session(self, services)  # login, lock, review queue, audit log
        self._restore_board()
        self.spares = SpareEditors(self, services)
        self.spares.schedule()

    def _connect_callbacks(self) -> None:
        ui = self.ui
        ui.actionNewChild.triggered.connect(self._on_new_child_triggered)
        ui.actionOpenRecord.triggered.connect(self._on_open_record_triggered)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionShowBoard.triggered.connect(self._on_show_board_triggered)
        ui.actionRefreshBoard.triggered.connect(self._on_refresh_board_triggered)
        ui.actionChooseSuite.triggered.connect(self._on_choose_suite_triggered)
        ui.actionShowRecords.triggered.connect(self._on_show_records_triggered)
        ui.actionSettings.triggered.connect(self._on_settings_triggered)
        self.action_audit.triggered.connect(self._on_audit_triggered)
        ui.actionShortcuts.triggered.connect(self._on_shortcuts_triggered)
        ui.actionAbout.triggered.connect(self._on_about_triggered)
        ui.tabs.currentChanged.connect(self._on_tab_changed)
        self.suite_combo.currentIndexChanged.connect(self._on_suite_changed)
        self._clock.timeout.connect(self._on_clock_tick)

    # -- state ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = self._settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def _restore_board(self) -> None:
        """The last suite and tab, once there are services to show them."""
        from custody_checklist.gui.settings_dialog import RESTORE_SUITE_KEY, _as_bool

        suite = self._settings.value(SUITE_KEY) if _as_bool(self._settings.value(RESTORE_SUITE_KEY, True)) else None
        index = self.suite_combo.findData(suite) if suite else -1
        self.suite_combo.blockSignals(True)
        self.suite_combo.setCurrentIndex(max(index, 0) if self.suite_combo.count() else -1)
        self.suite_combo.blockSignals(False)
        self.board.set_suite(self.current_suite())
        tab = int(self._settings.value(TAB_KEY, BOARD_TAB))
        self.ui.tabs.setCurrentIndex(tab if tab in (BOARD_TAB, RECORDS_TAB) else BOARD_TAB)

    def _default_geometry(self) -> None:
        """First run: most of the screen, so 1366x768 and large monitors both work."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width = min(int(available.width() * 0.94), 1600)
        height = min(int(available.height() * 0.92), 1000)
        self.resize(width, height)
        self.move(available.x() + (available.width() - width) // 2, available.y() + (available.height() - height) // 2)

    def save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        if self.services_ready:  # closed while opening: the tab was never restored
            self._settings.setValue(TAB_KEY, self.ui.tabs.currentIndex())
        if self.current_suite():
            self._settings.setValue(SUITE_KEY, self.current_suite())
        self._settings.sync()

    def reset_layout(self) -> None:
        self._settings.remove(GEOMETRY_KEY)
        self._settings.remove(STATE_KEY)
        self._settings.remove("record_editor")  # editor size and splitters too
        self._default_geometry()

    def current_suite(self) -> str | None:
        return self.suite_combo.currentData()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self._editors.values()):
            if not editor.close():  # an editor may refuse (e.g. a save still failing)
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)

    # -- records -------------------------------------------------------------------
    def open_record(self, record_id: str) -> QWidget | None:
        """Open (or bring forward) the editor window for a record."""
        editor = self._editors.get(record_id)
        if editor is not None:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        try:
            from custody_checklist.gui.record_editor import RecordEditor
        except ImportError as exc:
            QMessageBox.warning(self, "Record editor unavailable", f"The record editor could not be loaded: {exc}")
            return None
        from custody_checklist.services.errors import ServiceError

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            record = self._services.records.get(record_id)  # once: each read is a logged view
            spare = self.spares.take(record) if self.spares is not None else None
            editor = spare or RecordEditor(self._services, record_id, parent=self, record=record)
        except ServiceError as exc:  # not found, not permitted: words, not a traceback
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, "Cannot open the record", str(exc))
            return None
        except BaseException:  # a bug: the excepthook explains it, the pointer is not left busy
            QGuiApplication.restoreOverrideCursor()
            raise
        QGuiApplication.restoreOverrideCursor()
        if not editor.isWindow():
            editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        saved = getattr(editor, "record_saved", None)
        if saved is not None:
            saved.connect(self._on_editor_saved)
        closed = getattr(editor, "closed", None)
        if closed is not None:
            closed.connect(self._on_editor_closed)
        # destroyed may come while this window is itself being torn down: only forget it.
        editor.destroyed.connect(lambda *_args, rid=record_id: self._editors.pop(rid, None))
        self._editors[record_id] = editor
        editor.show()
        self.record_opened.emit(record_id)
        if self.spares is not None:
            self.spares.definition = editor.definition
            self.spares.schedule()
        return editor

    def open_editors(self) -> dict[str, QWidget]:
        return dict(self._editors)

    # -- handlers ------------------------------------------------------------------
    def _on_new_child_triggered(self) -> None:
        from custody_checklist.gui.new_record_dialog import NewRecordDialog

        dialog = NewRecordDialog(self._services, default_suite=self.current_suite(), parent=self)
        if dialog.exec() and dialog.created_record is not None:
            record = dialog.created_record
            self.statusBar().showMessage(f"Created record {record.custody_number} for {record.child.display_name}", 10_000)
            self.refresh_views()
            self.open_record(record.id)

    def _on_open_record_triggered(self) -> None:
        reference, ok = QInputDialog.getText(
            self, "Open record", "Custody number (or record id):"
        )
        reference = reference.strip()
        if not ok or not reference:
            return
        from custody_checklist.services.errors import ServiceError

        try:
            record = self._services.records.get_by_reference(reference)
        except ServiceError as exc:
            QMessageBox.warning(self, "Cannot open the record", str(exc))
            return
        if record is None:
            QMessageBox.information(
                self,
                "No such record",
                f"No record has the custody number or id “{reference}”. "
                "Use Search records (Ctrl+F) to look by surname or date.",
            )
            return
        self.open_record(record.id)

    def _on_show_board_triggered(self) -> None:
        self.ui.tabs.setCurrentIndex(BOARD_TAB)
        if self.board is not None:
            self.board.table.setFocus()

    def _on_refresh_board_triggered(self) -> None:
        self.ui.tabs.setCurrentIndex(BOARD_TAB)
        self.board.refresh()
        self.statusBar().showMessage("Board refreshed", 3_000)

    def _on_choose_suite_triggered(self) -> None:
        self.ui.tabs.setCurrentIndex(BOARD_TAB)
        self.suite_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.suite_combo.showPopup()

    def _on_show_records_triggered(self) -> None:
        self.ui.tabs.setCurrentIndex(RECORDS_TAB)
        self.records.focus_search()

    def _on_tab_changed(self, index: int) -> None:
        if index == RECORDS_TAB and not self._records_loaded and self.records is not None:
            self._records_loaded = True  # first visit: count + first page, not at start-up
            self.records.search()

    def _on_suite_changed(self, _index: int) -> None:
        if self.board is None:
            return
        self.board.set_suite(self.current_suite())
        if self.current_suite():
            self._settings.setValue(SUITE_KEY, self.current_suite())

    def refresh_views(self) -> None:
        """Re-read the board and (once opened) the records list now."""
        self._views_after_save.stop()
        self.board.refresh()
        if self._records_loaded:
            self.records.reload()

    def _on_editor_saved(self, *_args: object) -> None:
        self._views_after_save.start()  # (re)started: once typing pauses, not per save

    def _refresh_after_saves(self) -> None:
        if self.isVisible():  # not once the window is closing and the services with it
            self.refresh_views()

    def _on_editor_closed(self, record_id: str) -> None:
        self._editors.pop(record_id, None)
        if self.isVisible():
            self.refresh_views()  # what the editor saved, at once
            if self.spares is not None:
                self.spares.schedule()

    def _on_board_refreshed(self) -> None:
        self._on_clock_tick()

    def _on_clock_tick(self) -> None:
        now = to_local(utc_now())
        self.clock_label.setText(now.strftime("Now %a %d/%m %H:%M %Z"))

    def _on_audit_triggered(self) -> None:
        """One audit window per main window; the service checks the auditor role."""
        from custody_checklist.gui.audit_window import AuditWindow

        window = getattr(self, "_audit_window", None)
        if window is None:
            window = AuditWindow(self._services, parent=self)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda *_args: setattr(self, "_audit_window", None))
            self._audit_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_settings_triggered(self) -> None:
        from custody_checklist.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services, self)
        dialog.text_scale_changed.connect(self._on_text_scale_changed)
        dialog.layout_reset_requested.connect(self.reset_layout)
        dialog.exec()

    def _on_text_scale_changed(self, scale: float) -> None:
        from custody_checklist.gui.app import apply_text_scale

        apply_text_scale(scale)

    def _on_shortcuts_triggered(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", self.shortcuts_html())

    def shortcuts_html(self) -> str:
        rows = []
        for menu in (self.ui.menuFile, self.ui.menuView, self.ui.menuTools, self.ui.menuHelp):
            for action in menu.actions():
                if isinstance(action, QAction) and not action.isSeparator() and action.shortcut().toString():
                    name = action.text().replace("&", "").rstrip("…")
                    rows.append((name, action.shortcut().toString()))
        rows += [
            ("Open the selected child's record", "Enter"),
            ("Move between the search fields and tables", "Tab / Shift+Tab"),
            ("Jump to a labelled field", "Alt + underlined letter"),
        ]
        body = "".join(
            f"<tr><td>{html.escape(n)}</td><td>&nbsp;&nbsp;<b>{html.escape(k)}</b></td></tr>" for n, k in rows
        )
        return f"<table>{body}</table>"

    def _on_about_triggered(self) -> None:
        force = getattr(getattr(self._services, "config", None), "force_name", "") or ""
        QMessageBox.about(
            self,
            "About Custody Child Checklist",
            f"<p><b>Custody Child Checklist</b> {__version__}</p>"
            f"<p>{html.escape(force)}</p>"
            "<p>Checklist, PACE rules and audit for children (under 18) in police custody "
            "in England and Wales.</p>"
            "<p>Records are <b>OFFICIAL-SENSITIVE</b>. Every view and change is logged "
            "(Data Protection Act 2018, s.62).</p>",
        )
