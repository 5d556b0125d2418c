"""The main window, suite board, records search, new-child dialog and start-up, driven with qtbot."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from custody_checklist.gui import app as gui_app
from custody_checklist.gui.board_model import Column as BoardColumn
from custody_checklist.gui.conflict_dialog import PendingChange
from custody_checklist.gui.main_window import RECORDS_TAB, MainWindow
from custody_checklist.gui.new_record_dialog import NewRecordDialog
from custody_checklist.gui.records_model import PAGE_SIZE, RecordsModel
from custody_checklist.gui.settings_dialog import SettingsDialog
from custody_checklist.services.records import RecordFilter
from tests.gui.conftest import SUITE_A, SUITE_B, child_record, shown_main_window


@pytest.fixture
def window(qtbot: Any, services: Any) -> MainWindow:
    return shown_main_window(qtbot, services)


def board_column(win: MainWindow, column: BoardColumn) -> list[str]:
    model = win.board.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


# -- suite board -----------------------------------------------------------------------
def test_board_lists_children_in_custody_most_urgent_first(qtbot: Any, services: Any, add_records: Any) -> None:
    add_records(
        child_record("A-1", "Recent", hours_ago=1),  # first review in ~5 h
        child_record("A-2", "Older", hours_ago=4),  # first review in ~2 h
        child_record("A-3", "Waiting", hours_ago=3, aa_arrived=False),  # AA overdue: a breach
        child_record("A-4", "Gone", hours_ago=5, released=True),  # released: not on the board
        child_record("B-1", "Elsewhere", suite=SUITE_B),  # another suite
    )
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.suite_combo.setCurrentIndex(win.suite_combo.findData(SUITE_A))

    assert board_column(win, BoardColumn.CUSTODY_NUMBER) == ["A-3", "A-2", "A-1"]
    model = win.board.model
    breach_row = 0
    assert model.data(model.index(breach_row, BoardColumn.STATUS)) == "Breach"
    assert not model.data(model.index(breach_row, BoardColumn.STATUS), Qt.ItemDataRole.DecorationRole).isNull()
    breaches = model.data(model.index(breach_row, BoardColumn.BREACHES))
    assert "appropriate adult" in breaches.lower()
    assert not model.data(model.index(breach_row, BoardColumn.BREACHES), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(breach_row, BoardColumn.AA)) == "Not requested"
    assert model.data(model.index(1, BoardColumn.BREACHES)) == "None"
    assert model.data(model.index(1, BoardColumn.BREACHES), Qt.ItemDataRole.DecorationRole) is None
    assert "Testshire Alpha: 3 children in custody, 1 with a breach" in win.board.heading.text()


def test_board_enter_opens_the_selected_record(qtbot: Any, window: MainWindow, services: Any, add_records: Any) -> None:
    (record,) = add_records(child_record("A-9", "Keyboard"))
    window.suite_combo.setCurrentIndex(window.suite_combo.findData(SUITE_A))
    window.ui.actionRefreshBoard.trigger()
    opened: list[str] = []
    window.board.record_activated.disconnect()
    window.board.record_activated.connect(opened.append)
    window.board.table.setFocus()
    window.board.table.selectRow(0)
    qtbot.keyClick(window.board.table, Qt.Key.Key_Return)
    assert opened == [record.id]


def test_board_refresh_shows_a_newly_booked_child(window: MainWindow, services: Any, add_records: Any) -> None:
    window.suite_combo.setCurrentIndex(window.suite_combo.findData(SUITE_A))
    assert window.board.model.rowCount() == 0
    assert window.board.empty_label.isVisibleTo(window)
    add_records(child_record("A-5", "Later"))
    window.ui.actionRefreshBoard.trigger()
    assert board_column(window, BoardColumn.CUSTODY_NUMBER) == ["A-5"]


def test_saves_in_an_editor_refresh_the_board_once_typing_pauses_and_closing_at_once(
        qtbot: Any, window: MainWindow, services: Any, add_records: Any) -> None:
    """Re-reading the board at every autosave doubled what a save cost the GUI thread: the
    board follows once typing pauses (one re-read for a burst of saves), and at once when
    the editor closes."""
    from custody_checklist.gui.main_window import VIEWS_AFTER_SAVE_MS

    (record,) = add_records(child_record("A-7", "Typing"))
    window.suite_combo.setCurrentIndex(window.suite_combo.findData(SUITE_A))
    reads: list[int] = []
    window.board.refreshed.connect(lambda: reads.append(1))
    editor = window.open_record(record.id)
    assert QTest.qWaitForWindowExposed(editor)
    reads.clear()
    for text in ("Theft", "Theft of a bicycle", "Theft of a bicycle from a shed"):
        assert editor.apply(PendingChange("answer", question_id="offence", value=text)) is None
    assert reads == []  # not once per save
    qtbot.waitUntil(lambda: reads == [1], timeout=VIEWS_AFTER_SAVE_MS * 5)
    qtbot.wait(VIEWS_AFTER_SAVE_MS // 2)
    assert reads == [1]  # one re-read for the burst

    assert editor.apply(PendingChange("answer", question_id="offence", value="Robbery")) is None
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        editor.close()
    assert len(reads) == 2  # the close re-read the board at once...
    qtbot.wait(VIEWS_AFTER_SAVE_MS + 200)
    assert len(reads) == 2  # ...and the pending one was dropped


# -- records ---------------------------------------------------------------------------
def test_records_search_by_surname_and_custody_number_narrows_the_table(
    qtbot: Any, window: MainWindow, add_records: Any
) -> None:
    add_records(
        *(child_record(f"A-{n:03d}", name, hours_ago=30 + n, released=True)
          for n, name in enumerate(["Adams", "Adamson", "Baker", "Carter", "Adair", "Evans"]))
    )
    window.ui.actionShowRecords.trigger()
    view = window.records
    assert window.ui.tabs.currentIndex() == RECORDS_TAB
    assert view.model.rowCount() == 6

    qtbot.keyClicks(view.surname_edit, "adam")
    qtbot.keyClick(view.surname_edit, Qt.Key.Key_Return)
    surnames = {view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())}
    assert surnames == {"ADAMS", "ADAMSON"}
    assert view.result_label.text() == "2 records"

    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 6
    qtbot.keyClicks(view.custody_edit, "A-003")
    qtbot.keyClick(view.custody_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 1)) == "CARTER"


def test_records_model_pages_lazily(qtbot: Any, services: Any, add_records: Any) -> None:
    add_records(*(child_record(f"P-{n:04d}", f"Page{n:04d}", hours_ago=24 + n, released=True) for n in range(450)))
    calls: list[tuple[int, int]] = []
    real_list_page = services.records.list_page

    def counting_list_page(filters: Any, offset: int, limit: int) -> Any:
        calls.append((offset, limit))
        return real_list_page(filters, offset, limit)

    services.records.list_page = counting_list_page
    model = RecordsModel(services)
    model.set_filters(RecordFilter())

    assert model.rowCount() == 450  # from count(), no page read yet
    assert calls == []
    assert model.data(model.index(0, 0)) is not None
    assert calls == [(0, PAGE_SIZE)]
    model.data(model.index(PAGE_SIZE - 1, 1))
    assert calls == [(0, PAGE_SIZE)]  # same page: cached
    model.data(model.index(449, 0))
    assert calls == [(0, PAGE_SIZE), (2 * PAGE_SIZE, PAGE_SIZE)]  # page 1 never needed
    assert model.cached_pages() == [0, 2]


# -- new child -------------------------------------------------------------------------
def fill_new_child(qtbot: Any, dialog: NewRecordDialog, number: str, surname: str) -> None:
    qtbot.keyClicks(dialog.ui.custodyNumberEdit, number)
    qtbot.keyClicks(dialog.ui.surnameEdit, surname)
    qtbot.keyClicks(dialog.ui.forenamesEdit, "Alex")


def click_create(qtbot: Any, dialog: NewRecordDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_new_child_dialog_validates_and_creates(qtbot: Any, services: Any, add_records: Any) -> None:
    add_records(child_record("A-100", "Existing"))
    dialog = NewRecordDialog(services, default_suite=SUITE_B)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.suite() == SUITE_B

    qtbot.keyClicks(dialog.ui.custodyNumberEdit, "A-101")
    click_create(qtbot, dialog)
    assert "surname" in dialog.error_text().lower()
    assert dialog.created_record is None
    assert services.records.get_by_reference("A-101") is None

    dialog.ui.custodyNumberEdit.clear()
    fill_new_child(qtbot, dialog, "A-100", "Newcomer")
    click_create(qtbot, dialog)
    assert "already used" in dialog.error_text()
    assert "EXISTING" in dialog.error_text()
    assert dialog.created_record is None

    dialog.ui.custodyNumberEdit.clear()
    qtbot.keyClicks(dialog.ui.custodyNumberEdit, "B-200")
    dialog.ui.dobStatusCombo.setCurrentIndex(dialog.ui.dobStatusCombo.findData("stated"))
    dialog.ui.genderCombo.setCurrentIndex(dialog.ui.genderCombo.findData("female"))
    click_create(qtbot, dialog)
    assert dialog.result() == NewRecordDialog.DialogCode.Accepted
    stored = services.records.get_by_reference("B-200")
    assert stored is not None and stored.id == dialog.created_record.id
    assert (stored.suite, stored.child.surname, stored.child.gender.value) == (SUITE_B, "Newcomer", "female")
    assert stored.child.date_of_birth is not None


# -- start-up --------------------------------------------------------------------------
def test_first_run_offers_the_demo_and_loads_it_when_accepted(services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer_yes(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[1])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    loaded = gui_app.offer_demo(services)
    assert asked == ["Load demo records?"]
    assert loaded > 0
    assert services.records.count(RecordFilter()) == loaded
    assert gui_app.offer_demo(services) == 0  # not empty any more: not asked again
    assert len(asked) == 1


def test_first_run_demo_declined_loads_nothing(services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert gui_app.offer_demo(services) == 0
    assert services.records.count(RecordFilter()) == 0


def test_database_from_a_newer_version_is_explained_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    from custody_checklist.cli.context import CliError

    class BrokenContext:
        def services(self) -> Any:
            raise CliError("the database x.db was created by a newer version of Custody Child Checklist", 3)

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    assert gui_app.open_services_or_explain(BrokenContext()) is None
    assert shown and shown[0][0] == "Database made by a newer version"
    assert "newer version" in shown[0][1]


def test_unexpected_errors_are_logged_and_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Any, caplog: Any) -> None:
    monkeypatch.setattr(gui_app, "log_file", lambda: tmp_path / "gui.log")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    try:
        raise RuntimeError("boom at 3 a.m.")
    except RuntimeError as exc:
        gui_app.show_exception(type(exc), exc, exc.__traceback__)
    assert shown and "boom at 3 a.m." in shown[0]
    assert "boom at 3 a.m." in caplog.text


# -- window state, menus, accessibility ------------------------------------------------
def test_window_geometry_tab_and_suite_are_restored(qtbot: Any, services: Any) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    first.resize(761, 555)  # the offscreen screen is 800x600
    first.suite_combo.setCurrentIndex(first.suite_combo.findData(SUITE_B))
    first.ui.tabs.setCurrentIndex(RECORDS_TAB)
    first.close()
    assert QSettings().value("board/last_suite") == SUITE_B

    second = MainWindow(services)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (761, 555)
    assert second.current_suite() == SUITE_B
    assert second.board.model.suite == SUITE_B
    assert second.ui.tabs.currentIndex() == RECORDS_TAB


def test_every_menu_action_has_its_shortcut(window: MainWindow) -> None:
    ui = window.ui
    expected = {
        ui.actionNewChild: "Ctrl+N",
        ui.actionOpenRecord: "Ctrl+O",
        ui.actionQuit: "Ctrl+Q",
        ui.actionRefreshBoard: "F5",
        ui.actionShowRecords: "Ctrl+F",
        ui.actionSettings: "Ctrl+,",
        ui.actionShortcuts: "F1",
    }
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
    menus = [a.text() for a in ui.menubar.actions()]
    assert menus == ["&File", "&View", "&Tools", "&Help"]
    assert "Ctrl+N" in window.shortcuts_html()


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QAbstractItemView)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        parent = widget.parentWidget()
        if widget.window() is not root:
            continue  # a popup (a combo box's list), named by the combo box
        if isinstance(parent, QComboBox | QDateEdit | QAbstractItemView | QLineEdit) or type(parent).__name__ in (
            "QTabBar", "QToolBar", "QCalendarWidget", "QComboBoxPrivateContainer",
        ):
            continue  # Qt's own sub-widgets (popups, headers, scroll buttons), named by their owner
        if type(widget).__name__ in ("QToolBarExtension", "QComboBoxListView", "QTableCornerButton"):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def test_every_control_has_an_accessible_name(qtbot: Any, window: MainWindow, services: Any) -> None:
    dialogs = [NewRecordDialog(services), SettingsDialog(services)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    unnamed = [
        f"{type(w).__name__} {w.objectName()} in {type(w.parentWidget()).__name__}"
        for root in (window, *dialogs)
        for w in _controls(root)
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == [], "\n".join(unnamed)


def test_settings_show_the_deployment_read_only(qtbot: Any, services: Any) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    suites = {dialog.ui.suitesTable.item(r, 0).text() for r in range(dialog.ui.suitesTable.rowCount())}
    assert {SUITE_A, SUITE_B} <= suites
    assert dialog.ui.authoritiesTable.rowCount() == 1
    assert dialog.ui.thresholdsTable.rowCount() > 0
    assert dialog.ui.suitesTable.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "built-in defaults" in dialog.ui.configFileValue.text()  # no config file in the tests


def test_no_two_actions_of_the_main_window_share_a_shortcut(window: MainWindow) -> None:
    """Qt fires neither action of an ambiguous shortcut: Lock and Choose suite both had Ctrl+L."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString()
            if not keys:
                continue
            assert keys not in seen, f"{keys}: {seen[keys]!r} and {action.text()!r}"
            seen[keys] = action.text()
    assert window.ui.actionChooseSuite.shortcut() == QKeySequence("F6")
