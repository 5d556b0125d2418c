"""The dip-sample audit report and the Concordat figures as PDFs (reportlab, no Qt).

Same look as the detention summary: DejaVu fonts, OFFICIAL-SENSITIVE at top and bottom
of every page, "Page x of y". Charts are reportlab.graphics drawings: the 12-week trend
of overall compliance (line chart) and compliance by suite (bars). Every figure in a
chart is also printed in a table, so nothing depends on reading a chart or on colour.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from custody_checklist.domain.audit import GRADE_LABELS, Grade, format_percent
from custody_checklist.domain.timeutil import format_local, to_local
from custody_checklist.reports.fonts import SANS, SANS_BOLD, register_fonts
from custody_checklist.reports.pdf_summary import CREATOR, _canvas_class
from custody_checklist.reports.styles import (
    BREACH,
    BREACH_FILL,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARKING,
    MUTED,
    NAVY,
    OK_FILL,
    PAGE_SIZE,
    RULE,
    WARNING_FILL,
    grid_style,
    styles,
)
from custody_checklist.reports.tables import markup, para


class _Furniture:
    def __init__(self, heading: str, force: str, generated_at: datetime):
        self.heading, self.force = heading, force
        self.generated = f"Generated {format_local(generated_at)}"

    def draw(self, canvas: Any, page: int, total: int) -> None:
        width, height = PAGE_SIZE
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 10)
        canvas.drawCentredString(width / 2, height - 10 * mm, MARKING)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(left, height - 16.5 * mm, self.heading)
        canvas.drawRightString(right, height - 16.5 * mm, self.force[:80])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, height - 18 * mm, right, height - 18 * mm)
        canvas.line(left, 20 * mm, right, 20 * mm)
        canvas.drawString(left, 16.5 * mm, self.generated)
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawRightString(right, 16.5 * mm, f"Page {page} of {total}")
        canvas.setFont(SANS_BOLD, 10)
        canvas.drawCentredString(width / 2, 6.5 * mm, MARKING)
        canvas.restoreState()


def _build(story: list, output: Any, *, title: str, heading: str, force: str, generated_at: datetime) -> None:
    register_fonts()
    target = output if hasattr(output, "write") else str(output)
    doc = BaseDocTemplate(
        target, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=force, subject=f"{MARKING}: {title}",
        creator=CREATOR, producer=CREATOR, initialFontName=SANS, lang="en-GB",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="audit", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(_Furniture(heading, force, generated_at)))


def _head(text: str, right: bool) -> Paragraph:
    return Paragraph(f'<para alignment="{"right" if right else "left"}">{markup(text)}</para>',
                     styles()["cell_head"])


def _table(rows: list[list[Any]], widths: list[float], *, extra: list[tuple] | None = None,
           align_right_from: int | None = 1) -> Table:
    """A boxed table; header cells from ``align_right_from`` on are right-aligned (numbers)."""
    right_from = len(widths) if align_right_from is None else align_right_from
    cells = [[_head(c, j >= right_from) if i == 0 and isinstance(c, str)
              else (para(c, "small") if isinstance(c, str) else c) for j, c in enumerate(row)]
             for i, row in enumerate(rows)]
    commands = grid_style(header=True) + [("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE)]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def _num(text: Any, bold: bool = False) -> Paragraph:
    style = "small_label" if bold else "small"
    return Paragraph(f'<para alignment="right">{markup(str(text))}</para>', styles()[style])


def _period_text(start: datetime, end: datetime) -> str:
    from datetime import timedelta

    first = to_local(start).strftime("%a %d/%m/%Y")
    last = to_local(end - timedelta(seconds=1)).strftime("%a %d/%m/%Y")
    return f"{first} to {last} (Europe/London)"


def _fill(percent: float | None) -> Any:
    if percent is None:
        return None
    if percent >= 90:
        return OK_FILL
    if percent >= 75:
        return WARNING_FILL
    return BREACH_FILL


# ---------------------------------------------------------------------- charts
class _Drawing(Drawing):
    """A chart drawing whose renderer starts in DejaVu, not Helvetica: reportlab's graphics
    state begins with Helvetica (neither embedded nor Unicode) whatever the labels use."""

    def draw(self, *args: Any, **kwargs: Any) -> None:
        from reportlab.graphics import renderbase

        saved = renderbase.STATE_DEFAULTS["fontName"]
        renderbase.STATE_DEFAULTS["fontName"] = SANS
        try:
            super().draw(*args, **kwargs)
        finally:
            renderbase.STATE_DEFAULTS["fontName"] = saved


def trend_chart(labels: list[str], values: list[float | None], title: str) -> Drawing:
    width, height = FRAME_WIDTH, 62 * mm
    drawing = _Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = width - 20 * mm, height - 22 * mm
    chart.data = [[v if v is not None else None for v in values]]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = NAVY
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=NAVY)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0
    chart.lineLabelFormat = lambda v: "" if v is None else f"{v:.0f}%"
    chart.lineLabels.fontName = SANS
    chart.lineLabels.fontSize = 6.5
    chart.lineLabels.dy = 5
    drawing.add(chart)
    drawing.add(String(0, height - 6, title, fontName=SANS_BOLD, fontSize=8.5, fillColor=NAVY))
    if all(v is None for v in values):
        drawing.add(String(width / 2, height / 2, "No samples in these weeks", fontName=SANS, fontSize=9,
                           fillColor=MUTED, textAnchor="middle"))
    return drawing


def suite_bars(names: list[str], values: list[float], title: str) -> Drawing:
    bar_height = 7 * mm
    height = max(30 * mm, len(names) * bar_height + 20 * mm)
    width = FRAME_WIDTH
    drawing = _Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 45 * mm, 10 * mm
    chart.width, chart.height = width - 60 * mm, height - 20 * mm
    chart.data = [values or [0]]
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.categoryAxis.categoryNames = names or ["(none)"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 6, title, fontName=SANS_BOLD, fontSize=8.5, fillColor=NAVY))
    return drawing


# ---------------------------------------------------------------------- audit report
def _overall(results: Any) -> float | None:
    met = sum(r.met for r in results)
    denominator = sum(r.denominator for r in results)
    return None if denominator == 0 else 100.0 * met / denominator


def build_audit_story(report: Any) -> list:
    register_fonts()  # paragraphs resolve their fonts when made
    s = styles()
    res, trend, criteria = report.results, report.trend, report.criteria
    sample = res.sample
    story: list = [
        Paragraph(markup(report.force_name), s["force"]),
        Paragraph(markup(f"Dip-sample audit {sample.label}"), s["title"]),
        Paragraph(markup(f"{_period_text(sample.period_start, sample.period_end)} · "
                         f"suites: {', '.join(sample.suites) if sample.suites else 'all'}"), s["subtitle"]),
        Spacer(0, 3 * mm),
    ]
    facts = [
        ["Sample", "Value"],
        ["Drawn", f"{format_local(sample.drawn_at)} by {sample.drawn_by}"],
        ["Population (eligible records)", str(sample.population_size)],
        ["Records sampled", str(sample.sample_size)],
        ["Seed / algorithm", f"{sample.seed} · {sample.algorithm}"],
        ["Criteria", f"{criteria.title} ({criteria.id} version {criteria.version})"],
        ["Scored / graded", f"{sample.scored_items} / {sample.graded_items} of {sample.sample_size} records"],
    ]
    story.append(_table(facts, [55 * mm, FRAME_WIDTH - 55 * mm], align_right_from=None))
    grades = res.grades
    story += [Paragraph("Grades", s["h1"]), _table(
        [["Good", "Requires improvement", "Inadequate", "Not yet graded"],
         [_num(grades.get(Grade.GOOD.value, 0)), _num(grades.get(Grade.REQUIRES_IMPROVEMENT.value, 0)),
          _num(grades.get(Grade.INADEQUATE.value, 0)), _num(grades.get("ungraded", 0))]],
        [FRAME_WIDTH / 4] * 4, align_right_from=0)]
    overall = _overall(res.criteria)
    story += [
        Paragraph("Compliance by criterion", s["h1"]),
        Paragraph(markup(
            f"Overall {format_percent(overall)} of applicable criteria met. Percentage = met / (met + not met); "
            "records where a criterion is not applicable are left out of its denominator. "
            "'Provisional' counts outcomes only pre-assessed by the rules engine, not yet confirmed."), s["small"]),
        Spacer(0, 2 * mm),
    ]
    rows: list[list[Any]] = [["Group", "Criterion", "Met", "Not met", "N/A", "Compliance", "Provisional"]]
    extra: list[tuple] = []
    for index, result in enumerate(res.criteria, start=1):
        fill = _fill(result.percent)
        if fill is not None:
            extra.append(("BACKGROUND", (5, index), (5, index), fill))
        rows.append([para(result.group.capitalize(), "small"), para(result.label, "small"), _num(result.met),
                     _num(result.not_met), _num(result.not_applicable),
                     _num(f"{format_percent(result.percent)} ({result.met}/{result.denominator})", True),
                     _num(result.provisional)])
    widths = [30 * mm, 66 * mm, 11 * mm, 13 * mm, 10 * mm, 24 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    story.append(_table(rows, widths, extra=extra, align_right_from=2))

    # trend
    labels = [w.label.split("-")[-1] for w in trend.weeks]
    story += [Paragraph(f"Trend over the last {len(trend.weeks)} weeks", s["h1"]),
              trend_chart(labels, list(trend.overall), "Overall compliance per ISO week (all criteria)"),
              Paragraph(markup("Samples per week: " + ", ".join(
                  f"{w.label} {n}" for w, n in zip(trend.weeks, trend.samples_per_week, strict=True) if n)
                  or "none"), s["small"]),
              Spacer(0, 2 * mm)]
    week_cols = len(trend.weeks)
    label_width = 52 * mm
    col = (FRAME_WIDTH - label_width) / max(week_cols, 1)
    trend_rows: list[list[Any]] = [["Criterion", *labels]]
    for criterion in criteria.criteria:
        values = trend.series.get(criterion.id, ())
        trend_rows.append([para(criterion.label, "small"),
                           *[_num("–" if v is None else f"{v:.0f}") for v in values]])
    trend_rows.append([para("All criteria", "small_label"),
                       *[_num("–" if v is None else f"{v:.0f}", True) for v in trend.overall]])
    story.append(Paragraph("Compliance % per criterion and week (– no applicable records sampled)", s["h2"]))
    story.append(_table(trend_rows, [label_width] + [col] * week_cols))

    # by suite
    story.append(Paragraph("Comparison by suite", s["h1"]))
    suites = list(res.by_suite)
    names = [res.suite_names.get(code, code) for code in suites]
    values = [(_overall(res.by_suite[code]) or 0.0) for code in suites]
    story.append(suite_bars(list(reversed(names)), list(reversed(values)),
                            "Overall compliance by suite (this sample)"))
    groups = criteria.groups
    suite_rows: list[list[Any]] = [["Group", *names]]
    for group in groups:
        cells = []
        for code in suites:
            members = [r for r in res.by_suite[code] if r.group == group]
            cells.append(_num(format_percent(_overall(members))))
        suite_rows.append([para(group.capitalize(), "small"), *cells])
    suite_rows.append([para("All criteria", "small_label"), *[_num(format_percent(v), True) for v in
                                                               [_overall(res.by_suite[c]) for c in suites]]])
    story.append(Spacer(0, 2 * mm))
    story.append(_table(suite_rows, [50 * mm] + [(FRAME_WIDTH - 50 * mm) / max(len(suites), 1)] * len(suites)))

    # failings
    story.append(Paragraph(f"Failings ({len(res.failings)} in "
                           f"{len({f.record_id for f in res.failings})} records)", s["h1"]))
    if not res.failings:
        story.append(Paragraph("No criterion was found not met.", s["muted"]))
    else:
        by_record: dict[str, list[Any]] = {}
        for failing in res.failings:
            by_record.setdefault(failing.record_id, []).append(failing)
        fail_rows: list[list[Any]] = [["Custody number", "Suite", "Criteria not met, and why"]]
        for failings in by_record.values():
            lines = "<br/>".join(f"<b>{markup(f.label)}</b>: {markup(f.comment or '')}" for f in failings)
            fail_rows.append([para(failings[0].custody_number, "small"), para(failings[0].suite, "small"),
                              Paragraph(lines, s["small"])])
        story.append(_table(fail_rows, [34 * mm, 18 * mm, FRAME_WIDTH - 52 * mm],
                            extra=[("TEXTCOLOR", (0, 1), (0, -1), BREACH)], align_right_from=None))
    return story


def build_audit_pdf(report: Any, output: Any) -> None:
    sample = report.results.sample
    _build(build_audit_story(report), output, title=f"Dip-sample audit {sample.label}",
           heading=f"Dip-sample audit  ·  {sample.label}", force=report.force_name,
           generated_at=report.generated_at)


# ---------------------------------------------------------------------- Concordat figures
def _count_table(title: str, counts: dict[str, int], total: int | None = None) -> list:
    rows: list[list[Any]] = [[title, "Children"]]
    for key, value in counts.items():
        rows.append([para(key.replace("_", " ").capitalize() if key[0].isalpha() else key, "small"), _num(value)])
    if total is not None:
        rows.append([para("Total", "small_label"), _num(total, True)])
    return [_table(rows, [FRAME_WIDTH - 35 * mm, 35 * mm]), Spacer(0, 3 * mm)]


def build_figures_story(f: Any) -> list:
    register_fonts()
    s = styles()
    story: list = [
        Paragraph(markup(f.force_name), s["force"]),
        Paragraph("Children in custody: multi-agency figures", s["title"]),
        Paragraph(markup(f"{f.period.label} · {_period_text(f.period.start, f.period.end)} · suites: "
                         f"{', '.join(f.suite_names.get(c, c) for c in f.suites) if f.suites else 'all'}"),
                  s["subtitle"]),
        Paragraph(markup("Figures the Concordat on Children in Custody (Home Office, 2017) asks forces to keep. "
                         f"Held overnight means {f.overnight_definition} (local definition; there is no "
                         "statutory one). A child counts in the period when they arrived in it."), s["small"]),
        Spacer(0, 3 * mm),
    ]
    wait = ("not recorded" if f.aa_wait_average_minutes is None else
            f"{f.aa_wait_average_minutes:.0f} min average, {f.aa_wait_longest_minutes} min longest "
            f"({f.aa_wait_count} children)")
    headline = [
        ["Measure", "Number"],
        [para("Children detained", "small"), _num(f.children_detained, True)],
        [para("Held overnight", "small"), _num(f.held_overnight, True)],
        [Paragraph("of whom held overnight after charge (bail refused)", ParagraphStyle("indent", s["small"], leftIndent=12)), _num(f.overnight_post_charge)],
        [para("Charged and refused bail", "small"), _num(f.bail_refused)],
        [para("Local authority asked for secure accommodation", "small"), _num(f.la_requests_secure)],
        [para("Local authority asked for non-secure accommodation", "small"), _num(f.la_requests_non_secure)],
        [para("Transfers achieved (secure / non-secure)", "small"),
         _num(f"{f.transfers_achieved} ({f.transfers_secure} / {f.transfers_non_secure})")],
        [para("Appropriate adult wait (detention authorised to arrival)", "small"), _num(wait)],
    ]
    story += [_table(headline, [FRAME_WIDTH - 70 * mm, 70 * mm]), Spacer(0, 3 * mm)]
    story.append(Paragraph("Held overnight", s["h1"]))
    story += _count_table("Age band (at arrest)", f.overnight_by_age_band, f.held_overnight)
    story += _count_table("Gender", f.overnight_by_gender, f.held_overnight)
    story += _count_table("Ethnicity (broad category)", f.overnight_by_ethnicity, f.held_overnight)
    story.append(Paragraph("Refused bail and not transferred", s["h1"]))
    if f.non_transfer_reasons:
        story += _count_table("Reason for non-transfer", f.non_transfer_reasons)
        story += _count_table("Local authority response", f.la_responses)
    else:
        story.append(Paragraph("Every child refused bail was transferred (or none was refused bail).", s["muted"]))
    return story


def build_figures_pdf(figures: Any, output: Any) -> None:
    _build(build_figures_story(figures), output, title=f"Children in custody figures {figures.period.label}",
           heading=f"Multi-agency figures  ·  {figures.period.label}", force=figures.force_name,
           generated_at=figures.generated_at)


__all__ = ["build_audit_pdf", "build_figures_pdf", "GRADE_LABELS"]
