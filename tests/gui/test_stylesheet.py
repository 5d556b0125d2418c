"""The stylesheets: style.qss stays free of descendant selectors (Qt then walks every
widget's ancestors while styling it: a twentieth of opening a record), and the rules that
moved out of it still give the toolbar and status bar the look they had."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from custody_checklist.gui.app import load_stylesheet
from custody_checklist.gui.main_window import MainWindow
from custody_checklist.paths import resource

WHITE = QColor("#ffffff")
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def selectors(qss: str) -> list[str]:
    """Every selector of a stylesheet (comma-separated groups split, comments dropped)."""
    text = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    heads = re.findall(r"([^{}]+)\{[^}]*\}", text)
    return [part.strip() for head in heads for part in head.split(",") if part.strip()]


def test_the_application_stylesheet_has_no_descendant_selectors() -> None:
    found = selectors(resource("style.qss").read_text(encoding="utf-8"))
    assert len(found) > 30  # the parser sees the whole file
    descendant = [s for s in found if any(" " in step for step in re.split(r"\s*>\s*", s))]
    assert descendant == []


def test_the_selector_parser_sees_a_descendant_selector() -> None:
    """The check above would notice one (and lets the child combinator through)."""
    found = selectors("QToolBar QLabel { color: red; } /* a { b } */ QStatusBar > QLabel, QLabel { x: 1; }")
    assert found == ["QToolBar QLabel", "QStatusBar > QLabel", "QLabel"]
    assert [s for s in found if any(" " in step for step in re.split(r"\s*>\s*", s))] == ["QToolBar QLabel"]


@pytest.fixture
def styled(qapp: Any) -> Iterator[None]:
    """The application's stylesheet, as the app sets it (the test application has none)."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(load_stylesheet())
    try:
        yield
    finally:
        qapp.setStyleSheet(before)


def test_the_toolbar_keeps_white_bold_text_and_grey_disabled_buttons(
        qtbot: Any, services: Any, styled: None) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    assert window.suite_label.palette().color(Role.WindowText) == WHITE
    assert window.suite_label.font().bold()
    buttons = window.ui.toolBar.findChildren(QToolButton)
    assert len(buttons) >= 4
    for button in buttons:
        assert button.palette().color(Group.Active, Role.ButtonText) == WHITE, button.text()
        assert button.palette().color(Group.Disabled, Role.ButtonText) == QColor("#8a8f98")
        assert button.palette().color(Group.Disabled, Role.Button) == QColor("#eceef1")
    # Outside the toolbar the toolbar's rules do not apply.
    assert window.clock_label.palette().color(Role.WindowText) != WHITE
    assert not window.clock_label.font().bold()


def test_status_bar_labels_keep_their_padding(qtbot: Any, services: Any, styled: None) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    margins = window.clock_label.contentsMargins()
    assert (margins.left(), margins.right()) == (8, 8)  # QStatusBar > QLabel { padding: 0 8px }
