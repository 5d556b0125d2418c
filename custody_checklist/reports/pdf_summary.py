"""The A4 detention summary of one child's record, as a PDF (reportlab, no Qt).

Public entry points: ``build_summary_pdf`` (to a path or binary file) and
``summary_pdf_bytes``. The caller supplies everything that is not in the record (force
and suite names, the rules evaluation, the content hash, the generation time), so this
module depends on the domain only and the same inputs always give the same document.

Every page carries the protective marking at top and bottom, the custody number,
"Page x of y", the generation time and the record's content hash, so a single loose
page can be traced and checked against the database.
"""

from __future__ import annotations

import io
from datetime import datetime
from os import PathLike
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from custody_checklist.domain.definition import ChecklistDefinition
from custody_checklist.domain.findings import Evaluation
from custody_checklist.domain.record import Record
from custody_checklist.domain.timeutil import format_local
from custody_checklist.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts
from custody_checklist.reports.formatting import summary_filename
from custody_checklist.reports.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARKING,
    MUTED,
    NAVY,
    PAGE_SIZE,
    RULE,
)
from custody_checklist.reports.summary_story import SummaryInput, build_story

__all__ = ["build_summary_pdf", "summary_pdf_bytes", "summary_filename"]

CREATOR = "Custody Child Checklist"


class _Furniture:
    """What is drawn on every page around the flowing content."""

    def __init__(self, data: SummaryInput):
        self.marking = MARKING
        self.heading = f"Child detention summary  ·  Custody number {data.record.custody_number}"
        self.force = data.force_name
        self.generated = f"Generated {format_local(data.generated_at)}"
        self.content_hash = data.content_hash or "not supplied"

    def draw(self, canvas: rl_canvas.Canvas, page: int, total: int) -> None:
        width, height = PAGE_SIZE
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        canvas.saveState()
        # top: marking, then a running head over a rule
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 10)
        canvas.drawCentredString(width / 2, height - 10 * mm, self.marking)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(left, height - 16.5 * mm, self.heading)
        canvas.drawRightString(
            right, height - 16.5 * mm, _fit(canvas, self.force, SANS, 7.5, 70 * mm)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, height - 18 * mm, right, height - 18 * mm)
        # bottom: rule, generated-at and page, hash, marking
        canvas.line(left, 20 * mm, right, 20 * mm)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(left, 16.5 * mm, self.generated)
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawRightString(right, 16.5 * mm, f"Page {page} of {total}")
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 6.5)
        label = "Record content hash (SHA-256): "
        canvas.drawString(left, 13 * mm, label)
        canvas.setFont(MONO, 6.5)
        canvas.drawString(left + canvas.stringWidth(label, SANS, 6.5), 13 * mm, self.content_hash)
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 10)
        canvas.drawCentredString(width / 2, 6.5 * mm, self.marking)
        canvas.restoreState()


def _fit(canvas: rl_canvas.Canvas, text: str, font: str, size: float, width: float) -> str:
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _canvas_class(furniture: _Furniture) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end, so each can say "of y"."""

    class _NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture.draw(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def build_summary_pdf(
    record: Record,
    definition: ChecklistDefinition,
    evaluation: Evaluation,
    *,
    force_name: str,
    suite_name: str,
    generated_at: datetime,
    content_hash: str,
    output: str | PathLike[str] | BinaryIO,
) -> None:
    """Write the detention summary of ``record`` to ``output`` (a path or binary file).

    ``evaluation`` is the rules engine's result for the record (findings and deadlines);
    ``content_hash`` is the hash the database holds for the record's current content.
    """
    register_fonts()
    data = SummaryInput(
        record=record,
        definition=definition,
        evaluation=evaluation,
        force_name=force_name,
        suite_name=suite_name,
        generated_at=generated_at,
        content_hash=content_hash,
    )
    target = output if hasattr(output, "write") else str(output)
    doc = BaseDocTemplate(
        target,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Child detention summary {record.custody_number}",
        author=force_name,
        subject=f"{MARKING}: detention summary for custody number {record.custody_number}",
        creator=CREATOR,
        producer=CREATOR,
        initialFontName=SANS,
        lang="en-GB",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="summary", frames=[frame])])
    doc.build(build_story(data), canvasmaker=_canvas_class(_Furniture(data)))


def summary_pdf_bytes(
    record: Record,
    definition: ChecklistDefinition,
    evaluation: Evaluation,
    *,
    force_name: str,
    suite_name: str,
    generated_at: datetime,
    content_hash: str,
) -> bytes:
    """The same document as ``build_summary_pdf``, returned as bytes (for a preview)."""
    buffer = io.BytesIO()
    build_summary_pdf(
        record,
        definition,
        evaluation,
        force_name=force_name,
        suite_name=suite_name,
        generated_at=generated_at,
        content_hash=content_hash,
        output=buffer,
    )
    return buffer.getvalue()
