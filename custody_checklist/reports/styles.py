"""Look of the printed documents: page geometry, colours, paragraph and table styles.

Kept apart from the content code so a force can restyle the summary without touching
what it says. Colours are chosen to stay legible when printed in greyscale: every
coloured cue (breach, warning) is also spelt out in words.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from custody_checklist.reports.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC

PAGE_SIZE = A4
MARGIN_LEFT = 17 * mm
MARGIN_RIGHT = 17 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 25 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

MARKING = "OFFICIAL-SENSITIVE"

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6368")
RULE = colors.HexColor("#B8C2CC")
HEADER_FILL = colors.HexColor("#E4E9EF")
LABEL_FILL = colors.HexColor("#F4F6F8")
VOICE_FILL = colors.HexColor("#EEF3FA")
BREACH = colors.HexColor("#A4161A")
BREACH_FILL = colors.HexColor("#FBE9EA")
WARNING = colors.HexColor("#8A5300")
WARNING_FILL = colors.HexColor("#FFF3DC")
OK_FILL = colors.HexColor("#EAF4EC")

# Smallest cell padding used. Not 0: with splitInRow, reportlab 4.x never finishes laying
# out a table whose split rows have zero padding (found while testing 50,000-char text).
MIN_PADDING = 0.5

BODY_SIZE = 9
BODY_LEADING = 11.5


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles by name; built once (fonts must be registered first)."""
    base = ParagraphStyle(
        "body", fontName=SANS, fontSize=BODY_SIZE, leading=BODY_LEADING, textColor=INK
    )
    s: dict[str, ParagraphStyle] = {"body": base}
    s["small"] = ParagraphStyle("small", base, fontSize=7.5, leading=9.5)
    s["muted"] = ParagraphStyle("muted", base, textColor=MUTED, fontName=SANS_ITALIC)
    s["label"] = ParagraphStyle("label", base, fontName=SANS_BOLD, fontSize=8.5, leading=11)
    s["small_label"] = ParagraphStyle("small_label", s["small"], fontName=SANS_BOLD)
    s["cell_head"] = ParagraphStyle(
        "cell_head", base, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=NAVY
    )
    s["force"] = ParagraphStyle(
        "force", base, fontName=SANS_BOLD, fontSize=10, leading=13, textColor=MUTED
    )
    s["title"] = ParagraphStyle(
        "title", base, fontName=SANS_BOLD, fontSize=17, leading=21, textColor=NAVY, spaceAfter=2
    )
    s["subtitle"] = ParagraphStyle("subtitle", base, fontSize=9.5, leading=13, textColor=MUTED)
    s["h1"] = ParagraphStyle(
        "h1",
        base,
        fontName=SANS_BOLD,
        fontSize=12.5,
        leading=16,
        textColor=NAVY,
        spaceBefore=12,
        spaceAfter=5,
        keepWithNext=1,
    )
    s["h2"] = ParagraphStyle(
        "h2",
        base,
        fontName=SANS_BOLD,
        fontSize=10,
        leading=13,
        textColor=NAVY,
        spaceBefore=7,
        spaceAfter=3,
        keepWithNext=1,
    )
    s["voice_head"] = ParagraphStyle(
        "voice_head", base, fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=NAVY
    )
    s["voice"] = ParagraphStyle("voice", base, fontSize=10, leading=13.5)
    s["voice_muted"] = ParagraphStyle("voice_muted", s["voice"], textColor=MUTED)
    s["certificate_title"] = ParagraphStyle(
        "certificate_title",
        base,
        fontName=SANS_BOLD,
        fontSize=14,
        leading=18,
        textColor=NAVY,
        alignment=TA_CENTER,
    )
    s["centred"] = ParagraphStyle("centred", s["subtitle"], alignment=TA_CENTER)
    s["note"] = ParagraphStyle(
        "note", base, fontSize=8.5, leading=11, textColor=INK, fontName=SANS_ITALIC
    )
    s["mono"] = ParagraphStyle("mono", base, fontName=MONO, fontSize=7.5, leading=9.5)
    return s


def table_base() -> list[tuple]:
    """Every table starts here: reportlab's default cell font is Helvetica, which is
    neither embedded nor Unicode, so it is replaced even for cells that hold flowables."""
    return [("FONTNAME", (0, 0), (-1, -1), SANS)]


def grid_style(*, header: bool) -> list[tuple]:
    """Table commands for a boxed table (optionally with a shaded header row); the rules
    between rows are added by ``tables.Grid`` per group of rows."""
    commands: list[tuple] = [
        *table_base(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ]
    return commands
