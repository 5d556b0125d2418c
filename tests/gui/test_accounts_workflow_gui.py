"""Login, lock / switch user, and the Workflow menu driven through the real widgets."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from custody_checklist.domain.record import RecordStatus
from custody_checklist.gui.amendment_dialog import AmendmentDialog
from custody_checklist.gui.login_dialog import LoginDialog
from custody_checklist.gui.main_window import MainWindow
from custody_checklist.gui.signoff_dialog import SignOffDialog
from custody_checklist.gui.workflow_panel import history_html
from tests.gui.conftest import child_record

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch):
    monkeypatch.setattr("custody_checklist.services.accounts.make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def people(services):
    accounts = services.accounts
    accounts.add_user("admin", "Ada Admin", roles=["administrator"], password=PASSWORD)
    services.login("admin", PASSWORD)
    services.accounts.add_user("ps.a", "Priya Alpha", rank="sergeant", collar_number="2001",
                               roles=["sergeant"], password=PASSWORD)
    services.accounts.add_user("insp.a", "Ines Alpha", rank="inspector", collar_number="1001",
                               roles=["inspector"], password=PASSWORD)
    return services


def test_login_dialog_refuses_a_wrong_password_then_logs_in(qtbot, people):
    dialog = LoginDialog(people)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("ps.a")
    dialog.ui.passwordEdit.setText("wrong password 123")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.actor is None and "Wrong login name" in dialog.ui.messageLabel.text()
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.actor.username == "ps.a"


def test_lock_keeps_windows_for_the_same_user_and_closes_them_for_another(qtbot, people, add_records):
    [record] = add_records(child_record("TST-A/000001/26", "Nowak"))
    people.login("ps.a", PASSWORD)
    window = MainWindow(people)
    qtbot.addWidget(window)
    editor = window.open_record(record.id)
    window.session.lock()
    screen = window.session.lock_screen
    assert screen is not None and not editor.isVisible()
    screen.login.ui.passwordEdit.setText(PASSWORD)
    screen._on_unlock()
    assert editor.isVisible() and people.actor.username == "ps.a"
    window.session.lock()
    screen = window.session.lock_screen
    screen.login.ui.usernameEdit.setText("insp.a")
    screen.login.ui.passwordEdit.setText(PASSWORD)
    screen._on_unlock()
    assert people.actor.username == "insp.a"
    assert record.id not in window.open_editors()
    assert "Ines Alpha" in window.session.user_label.text()


def test_submit_sign_amend_through_the_dialogs(qtbot, people, add_records):
    [record] = add_records(child_record("TST-A/000002/26", "Nowak", released=True))
    people.login("ps.a", PASSWORD)
    record = people.workflow.submit(record.id, people.records.get(record.id).version)
    people.login("insp.a", PASSWORD)
    dialog = SignOffDialog(people, record)
    qtbot.addWidget(dialog)
    for edit in dialog.ack_edits.values():
        edit.setText("Seen and discussed with the sergeant.")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.signed is not None and dialog.signed.status is RecordStatus.SIGNED
    signed = dialog.signed
    people.login("ps.a", PASSWORD)
    definition = people.definitions.get(signed.definition_id, signed.definition_version)
    amend = AmendmentDialog(people, signed, definition)
    qtbot.addWidget(amend)
    amend.field_combo.setCurrentIndex(amend.field_combo.findData("child.forenames"))
    amend.value_text.setText("Samuel")
    amend._on_accepted()
    assert amend.amended is None and "reason" in amend.error.text()
    amend.reason_edit.setPlainText("Forename spelt wrongly at booking in")
    amend._on_accepted()
    assert amend.amended.status is RecordStatus.SUBMITTED
    page = history_html(amend.amended)
    assert "Signed" in page and "Sam" in page and "Samuel" in page and "spelt wrongly" in page
