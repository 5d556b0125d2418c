"""The shipped Unicode fonts, registered with reportlab once per process.

PDFs must print any child's name exactly (Welsh Ŵ, Polish Ł, Vietnamese ễ, Cyrillic,
Albanian ë), so every text run uses DejaVu from ``resources/fonts/``, embedded as a
TrueType subset; the standard PDF fonts (Latin-1 only, not embedded) are never used.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from custody_checklist.paths import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu family (idempotent, thread-safe).

    ``<b>`` and ``<i>`` inside paragraphs map to the bold and oblique faces; there is no
    bold-oblique file, so bold italic falls back to bold.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"PDF font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        _registered = True
