"""Severity and status icons, colours and words, in one place.

The board and the findings never rely on colour alone: every state has a distinct
*shape* (octagon, triangle, clock, circle, tick), a tint and a word. The shapes live as
SVG files in ``resources/icons/`` so an administrator or designer can see them; if a
file is missing (a broken install) a plain QPainter shape is drawn instead, so the app
still starts at 3 a.m.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from custody_checklist.paths import resource

if TYPE_CHECKING:  # the main window needs this module before its first paint; the rules
    # engine's findings module (with dataclasses and time zones) is not needed by then
    from custody_checklist.domain.findings import Severity

# State name -> (word shown beside the icon, tint for the row, strong colour for the shape)
STATES: dict[str, tuple[str, str, str]] = {
    "breach": ("Breach", "#fbe3e1", "#b3261e"),
    "warning": ("Warning", "#fff1cc", "#f2a900"),
    "due": ("Due", "#e3ecfb", "#0b57d0"),
    "info": ("Info", "#eeeeee", "#5f6368"),
    "ok": ("On track", "#e3f1e5", "#1e7d32"),
    "overnight": ("Overnight", "#e9e7f7", "#3f3a8c"),
}


def _state_name(state: Severity | str | None) -> str:
    if state is None:
        return "ok"
    name = str(getattr(state, "value", state))  # a Severity, or a board state's name
    return name if name in STATES else "info"


def state_text(state: Severity | str | None) -> str:
    """The word for a state, e.g. ``Breach``; always shown with the icon."""
    return STATES[_state_name(state)][0]


@cache
def state_tint(state: Severity | str | None) -> QColor:
    """A light background tint (dark text stays readable on every one)."""
    return QColor(STATES[_state_name(state)][1])


@cache
def state_colour(state: Severity | str | None) -> QColor:
    return QColor(STATES[_state_name(state)][2])


@cache
def state_icon(state: Severity | str | None) -> QIcon:
    """Icon for a severity or a board state (``ok``, ``overnight``)."""
    name = _state_name(state)
    return _svg_icon(name) or _drawn_icon(name)


@cache
def app_icon() -> QIcon:
    return _svg_icon("app") or _drawn_icon("ok")


def _svg_icon(name: str) -> QIcon | None:
    try:
        path = resource("icons", f"{name}.svg")
    except FileNotFoundError:
        return None
    if not path.is_file():
        return None
    icon = QIcon(str(path))
    return None if icon.isNull() else icon


def _drawn_icon(name: str) -> QIcon:
    """Fallback shapes drawn with QPainter at a few sizes so they stay sharp."""
    icon = QIcon()
    colour = QColor(STATES.get(name, STATES["info"])[2])
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        s = float(size)
        if name == "breach":
            k = s * 0.29
            points = [
                QPointF(k, 0), QPointF(s - k, 0), QPointF(s, k), QPointF(s, s - k),
                QPointF(s - k, s), QPointF(k, s), QPointF(0, s - k), QPointF(0, k),
            ]
            painter.drawPolygon(QPolygonF(points))
        elif name == "warning":
            painter.drawPolygon(QPolygonF([QPointF(s / 2, 0), QPointF(s, s), QPointF(0, s)]))
        else:
            painter.drawEllipse(QRectF(0, 0, s, s))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
