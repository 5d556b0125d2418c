"""The record editor keeps its size and splitter positions in QSettings between records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from custody_checklist.gui.record_editor import LAYOUT_KEYS
from tests.gui import editor_fixtures

booked_in = editor_fixtures.booked_in
open_editor = editor_fixtures.open_editor


def test_splitters_and_size_come_back_next_time(qtbot: Any, open_editor: Any,
                                                booked_in: Any) -> None:
    editor = open_editor(booked_in.id)
    main, side = editor.ui.mainSplitter, editor.ui.sideSplitter
    total, side_total = sum(main.sizes()), sum(side.sizes())
    wanted_main = [total // 5, total // 2, total - total // 5 - total // 2]
    wanted_side = [side_total // 3, side_total - side_total // 3]
    main.setSizes(wanted_main)
    side.setSizes(wanted_side)
    qtbot.wait(10)
    wanted_main, wanted_side = main.sizes(), side.sizes()
    editor.close()
    assert all(QSettings().value(key) is not None for key in LAYOUT_KEYS.values())

    again = open_editor(booked_in.id)
    assert again is not editor
    assert again.size() == editor.size()
    assert again.ui.mainSplitter.sizes() == wanted_main
    assert again.ui.sideSplitter.sizes() == wanted_side
    again.close()
