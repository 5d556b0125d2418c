"""The two audit charts: a criterion's compliance over 12 weeks, and suites side by side.

Both are QtCharts views fed plain numbers by the results panel. Nothing relies on
colour: the trend line has a marker at every week with data and each week's value is
written under the week's name ("–" for a week without data), and the two bar sets of the suite
comparison differ in fill *pattern* as well as colour, with the value on each bar.
Fonts come from the widget (the system font), never a fixed size.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

NAVY = QColor("#1b2a4a")
BLUE = QColor("#0b57d0")
GREY = QColor("#5f6368")


def _chart(widget: QWidget) -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    title_font = QFont(widget.font())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.legend().setFont(widget.font())
    return chart


def _percent_axis(widget: QWidget) -> QCategoryAxis:
    """0-100 % in steps of 20, with head room above 100 % for the value labels."""
    axis = QCategoryAxis()
    axis.setRange(0, 118)
    axis.setStartValue(0)
    for value in range(0, 101, 20):
        axis.append(f"{value}%", value)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setLabelsFont(widget.font())
    axis.setTitleText("Compliance")
    axis.setTitleFont(widget.font())
    return axis


class TrendChart(QChartView):
    """One criterion's compliance per ISO week: a ``QLineSeries`` point per week with data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName("Trend chart: compliance per week")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.series = QLineSeries()
        self.week_labels: list[str] = []
        self.setChart(_chart(self))

    def set_data(self, title: str, week_labels: Sequence[str], values: Sequence[float | None]) -> None:
        """``values`` are percentages (None: no sample, or nothing applicable, that week)."""
        chart = _chart(self)
        self.week_labels = list(week_labels)
        series = QLineSeries()
        series.setName(title)
        pen = QPen(NAVY)
        pen.setWidthF(2.0)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setMarkerSize(max(6.0, self.fontMetrics().height() * 0.4))
        for index, value in enumerate(values):
            if value is not None:
                series.append(QPointF(index, round(float(value))))
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        # Each week's value is written under its name: readable without the line's colour
        # or position, and where point labels would collide at 100 %.
        axis_x.append([
            f"{_short_week(label)}<br>{'–' if value is None else f'{value:.0f}'}"
            for label, value in zip(self.week_labels, values, strict=False)
        ] or ["–"])
        axis_x.setLabelsFont(self.font())
        with_data = sum(1 for value in values if value is not None)
        axis_x.setTitleText(f"% met per ISO week (Europe/London) · {with_data} of "
                            f"{len(self.week_labels)} weeks with data")
        axis_x.setTitleFont(self.font())
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_y = _percent_axis(self)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        missing = [label for label, value in zip(self.week_labels, values, strict=False) if value is None]
        chart.setTitle(title)
        chart.legend().setVisible(False)
        self.series = series
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
        shown = series.count()
        self.setAccessibleDescription(
            f"{title}: {shown} of {len(self.week_labels)} weeks have a sampled record this applies to. "
            + ", ".join(f"{_short_week(self.week_labels[int(p.x())])} {p.y():.0f}%" for p in series.points())
            + (f". No data: {', '.join(_short_week(m) for m in missing)}." if missing else "")
        )

    def points(self) -> list[tuple[float, float]]:
        return [(p.x(), p.y()) for p in self.series.points()]


class SuiteChart(QChartView):
    """Compliance by suite: a ``QBarSeries`` with the chosen criterion and all criteria."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName("Comparison of suites")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.series = QBarSeries()
        self.setChart(_chart(self))

    def set_data(self, title: str, suites: Sequence[str],
                 sets: Sequence[tuple[str, Sequence[float | None]]]) -> None:
        """``sets``: (name, one percentage per suite, None when nothing applied)."""
        chart = _chart(self)
        series = QBarSeries()
        styles = [(NAVY, Qt.BrushStyle.SolidPattern), (BLUE, Qt.BrushStyle.BDiagPattern),
                  (GREY, Qt.BrushStyle.Dense4Pattern)]
        described = []
        for index, (name, values) in enumerate(sets):
            colour, pattern = styles[index % len(styles)]
            bar_set = QBarSet(name)
            bar_set.setBrush(QBrush(colour, pattern))
            bar_set.setPen(QPen(colour, 1.5))
            bar_set.setLabelColor(QColor("#1f1f1f"))
            bar_set.setLabelFont(self.font())
            for value in values:
                bar_set.append(0.0 if value is None else round(float(value)))
            series.append(bar_set)
            described.append(name + ": " + ", ".join(
                f"{suite} {'n/a' if v is None else f'{v:.0f}%'}" for suite, v in zip(suites, values, strict=False)))
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([_wrapped(name) for name in suites] or ["–"])
        axis_x.setLabelsFont(self.font())
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_y = _percent_axis(self)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.setTitle(title)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.series = series
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
        self.setAccessibleDescription("; ".join(described))


def _wrapped(name: str) -> str:
    """Long suite names on two lines so four suites fit side by side."""
    words = name.split()
    if len(name) <= 12 or len(words) < 2:
        return name
    half = (len(words) + 1) // 2
    return " ".join(words[:half]) + "<br>" + " ".join(words[half:])


def _short_week(label: str) -> str:
    """``2026-W43`` -> ``W43`` (the year is in the caption)."""
    return label.split("-", 1)[1] if "-W" in label else label
