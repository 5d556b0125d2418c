"""Every severity and board state has its own word, tint and shape: never colour alone."""

from __future__ import annotations

from typing import Any

from custody_checklist.domain.findings import Severity
from custody_checklist.gui import icons


def test_each_severity_and_board_state_has_its_own_word_tint_and_icon(qapp: Any) -> None:
    states = [*Severity, "ok", "overnight"]
    words = [icons.state_text(state) for state in states]
    assert words == ["Info", "Due", "Warning", "Breach", "On track", "Overnight"]
    assert len({icons.state_tint(state).name() for state in states}) == len(states)
    assert all(not icons.state_icon(state).isNull() for state in states)
    assert icons.state_text(Severity.BREACH) == icons.state_text("breach")  # the enum or its name


def test_an_unknown_state_reads_info_and_none_reads_on_track(qapp: Any) -> None:
    assert icons.state_text("no-such-state") == "Info"
    assert icons.state_text(None) == "On track"
