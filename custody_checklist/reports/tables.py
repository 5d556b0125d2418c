"""A ruled table that can carry long text safely across pages.

reportlab splits a table only between rows, and a row taller than the page cannot be
laid out at all. ``Grid`` therefore puts long values into several rows: continuation
rows of the same group (no rule between them) and full-width "tail" rows for notes such
as a review's rationale. Every piece comes from ``formatting.chunk_text`` so it is small.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from custody_checklist.reports.formatting import NOT_RECORDED, chunk_text, clean_text
from custody_checklist.reports.styles import LABEL_FILL, MIN_PADDING, RULE, grid_style, styles

Cell = str | Flowable | None


def markup(text: str) -> str:
    """Literal text as reportlab paragraph markup: nothing in it is interpreted."""
    return escape(clean_text(text)).replace("\n", "<br/>")


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of literal text; ``Not recorded`` is shown muted so gaps stand out."""
    if text == NOT_RECORDED:
        return Paragraph(NOT_RECORDED, styles()["muted"])
    return Paragraph(markup(text), styles()[style])


def paras(text: str, style: str = "body") -> list[Paragraph]:
    """Long text as several paragraphs (one per chunk) so it flows over pages."""
    if text == NOT_RECORDED:
        return [para(text)]
    return [Paragraph(markup(chunk), styles()[style]) for chunk in chunk_text(text)]


class Grid:
    def __init__(
        self,
        col_widths: list[float],
        header: list[str] | None = None,
        *,
        label_column: bool = False,
        style: str = "body",
    ):
        self.col_widths = col_widths
        self.ncols = len(col_widths)
        self.style = style
        self.label_column = label_column
        self.rows: list[list[Cell]] = []
        self.commands: list[tuple] = grid_style(header=header is not None)
        self._group_ends: list[int] = []
        self._fill: Color | None = None
        self.has_header = header is not None
        if header is not None:
            self.rows.append([para(h, "cell_head") for h in header])

    def _cell(self, value: Cell) -> Cell:
        if isinstance(value, str):
            return para(value, self.style)
        return value

    def _close_group(self) -> None:
        if len(self.rows) > (1 if self.has_header else 0):
            self._group_ends.append(len(self.rows) - 1)

    def row(self, cells: list[Cell], *, fill: Color | None = None) -> None:
        """Start a new group with one row; a text cell longer than a chunk continues
        in further rows of the same group."""
        self._close_group()
        chunked = [
            chunk_text(c) if isinstance(c, str) and c != NOT_RECORDED else [c] for c in cells
        ]
        height = max(len(c) for c in chunked)
        start = len(self.rows)
        for i in range(height):
            self.rows.append([self._cell(c[i]) if i < len(c) else "" for c in chunked])
        # continuation rows read as one block: no padding between the pieces
        if height > 1:
            last = len(self.rows) - 1
            self.commands += [
                ("BOTTOMPADDING", (0, start), (-1, last - 1), MIN_PADDING),
                ("TOPPADDING", (0, start + 1), (-1, last), MIN_PADDING),
            ]
        if fill is not None:
            self.commands.append(("BACKGROUND", (0, start), (-1, len(self.rows) - 1), fill))
        self._fill = fill

    def tail(self, label: str, text: str, *, style: str | None = None) -> None:
        """Full-width rows under the current group: ``label: text``, chunked."""
        style_name = style or self.style
        for index, chunk in enumerate(chunk_text(text)):
            prefix = f"<b>{markup(label)}:</b> " if label and index == 0 else ""
            if text == NOT_RECORDED:
                cell = Paragraph(f"{prefix}<i>{NOT_RECORDED}</i>", styles()[style_name])
            else:
                cell = Paragraph(prefix + markup(chunk), styles()[style_name])
            r = len(self.rows)
            self.rows.append([cell] + [""] * (self.ncols - 1))
            self.commands += [
                ("SPAN", (0, r), (-1, r)),
                ("TOPPADDING", (0, r), (-1, r), MIN_PADDING),
            ]
            if self._fill is not None:
                self.commands.append(("BACKGROUND", (0, r), (-1, r), self._fill))

    def build(self) -> Table:
        self._close_group()
        commands = list(self.commands)
        for end in self._group_ends:
            commands.append(("LINEBELOW", (0, end), (-1, end), 0.4, RULE))
        if self.label_column:
            first = 1 if self.has_header else 0
            commands.append(("BACKGROUND", (0, first), (0, -1), LABEL_FILL))
        table = Table(
            self.rows,
            colWidths=self.col_widths,
            repeatRows=1 if self.has_header else 0,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(TableStyle(commands))
        return table
