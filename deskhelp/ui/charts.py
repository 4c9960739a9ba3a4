"""The one module that draws charts: plain data in, a widget (or an image for a PDF) out.

Everything of Qt Charts stays here, so that the dashboard and the PDF report can move to Qt Graphs by changing
this file only (a test keeps ``PySide6.QtCharts`` out of every other module). No animation: a team lead
switching periods wants the numbers, not a show.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPicture
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

# Blue for this period, a muted grey-blue for the period before: distinguishable without colour vision too
# (the previous period's line is dashed).
COLOURS = ("#1d5f99", "#9aa9b8", "#d08a2c", "#4c8c4a", "#8a4c8c", "#b24a4a")
TEXT = QColor("#222222")
GRID = QColor("#e3e6ea")
BAR_ROW_PX = 26  # height per category in a horizontal bar chart
MAX_BAR_LABEL_CHARS = 34  # longer category names are shortened in the chart (the table shows them whole)


def _font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setLocalizeNumbers(True)  # axis and bar labels as the language writes them: 20 000, not 20000
    chart.setMargins(QMargins(4, 4, 8, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    if title:
        chart.setTitle(title)
        chart.setTitleFont(_font(1.1, bold=True))
        chart.setTitleBrush(TEXT)
    chart.legend().setFont(_font())
    chart.legend().setLabelColor(TEXT)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QChartView.Shape.NoFrame)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the numbers behind a chart are reached by its Numbers button
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


def nice_axis(largest: float) -> tuple[float, int]:
    """An axis maximum in whole steps of 1, 2 or 5 times a power of ten, at most 6 steps, and the number of ticks."""
    if largest <= 0:
        return 1.0, 2
    power = 10 ** max(0, math.floor(math.log10(largest)) - 1)
    while True:
        for multiple in (1, 2, 5):
            step = multiple * power
            steps = max(1, math.ceil(largest / step))
            if steps <= 6:
                return float(step * steps), steps + 1
        power *= 10


def _value_axis(largest: float) -> QValueAxis:
    axis = QValueAxis()
    top, ticks = nice_axis(largest)
    axis.setRange(0, top)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(_font(0.95))
    axis.setLabelsColor(TEXT)
    axis.setGridLineColor(GRID)
    return axis


def _short(label: str) -> str:
    return label if len(label) <= MAX_BAR_LABEL_CHARS else label[: MAX_BAR_LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(
    title: str, labels: Sequence[str], series: dict[str, Sequence[float]], horizontal: bool = True
) -> QChartView:
    """Bars per label, one set per entry of ``series`` (a legend when more than one). Horizontal bars list the
    labels top to bottom in the order given."""
    chart = _chart(title)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    order = list(reversed(range(len(labels)))) if horizontal else list(range(len(labels)))  # Qt draws bottom-up
    largest = 0.0
    for index, (name, values) in enumerate(series.items()):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        bar_set.setBorderColor(QColor(COLOURS[index % len(COLOURS)]))
        bar_set.setLabelColor(TEXT)
        bar_set.setLabelFont(_font(0.9))
        bar_set.append([float(values[i]) for i in order])
        largest = max([largest, *(float(v) for v in values)])
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsFormat("@value")
    bars.setBarWidth(0.75 if len(labels) > 4 else 0.5 if len(labels) > 2 else 0.3)  # no slabs in a tall chart
    chart.addSeries(bars)
    categories = QBarCategoryAxis()
    categories.append([_short(labels[i]) or "–" for i in order])
    categories.setLabelsFont(_font(0.9 if not horizontal and len(labels) > 8 else 1.0))
    categories.setLabelsColor(TEXT)
    categories.setGridLineVisible(False)
    values_axis = _value_axis(largest * 1.08)  # room for the number at the end of the longest bar
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(categories)
    bars.attachAxis(values_axis)
    chart.legend().setVisible(len(series) > 1)
    view = _view(chart)
    if horizontal:
        view.setMinimumHeight(bar_chart_height(len(labels), len(series)))
    return view


def line_chart(
    title: str,
    points: Sequence[tuple[dt.date, int]],
    previous: Sequence[tuple[dt.date, int]] | None = None,
    names: tuple[str, str] = ("", ""),
    date_format: str = "d MMM",
    locale: QLocale | None = None,
) -> QChartView:
    """Counts over time, one point per bucket of ``points`` (dates in order), labelled with their own dates in
    ``locale`` (the default locale: Swedish month names in a Swedish window). ``previous`` is drawn dashed on the
    same dates: the caller moves the previous period's points onto this period's; ``names`` label the two lines."""
    chart = _chart(title)
    locale = locale or QLocale()
    days = [day for day, _count in points]
    position = {day: index for index, day in enumerate(days)}
    lines = [(points, names[0], COLOURS[0], Qt.PenStyle.SolidLine)]
    if previous is not None:
        lines.append(([p for p in previous if p[0] in position], names[1], COLOURS[1], Qt.PenStyle.DashLine))
    series_list = []
    for data, name, colour, style in lines:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(colour))
        pen.setWidthF(2.5)
        pen.setStyle(style)
        series.setPen(pen)
        series.setPointsVisible(len(data) <= 40)
        for day, count in data:
            series.append(float(position[day]), float(count))
        chart.addSeries(series)
        series_list.append(series)
    # Labels at the buckets' own dates (a date-time axis would put its ticks between them), at most about ten.
    dates = QCategoryAxis()
    dates.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    every = max(1, math.ceil(len(days) / 10))
    for index in range(0, len(days), every):
        day = days[index]
        dates.append(locale.toString(QDate(day.year, day.month, day.day), date_format), float(index))
    dates.setRange(-0.3, max(len(days) - 1, 1) + 0.3)
    dates.setLabelsFont(_font(0.95))
    dates.setLabelsColor(TEXT)
    dates.setGridLineColor(GRID)
    largest = max([0, *(count for data, *_ in lines for _day, count in data)])
    values_axis = _value_axis(largest * 1.08)  # the highest point clear of the frame
    chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    for series in series_list:
        series.attachAxis(dates)
        series.attachAxis(values_axis)
    chart.legend().setVisible(previous is not None and any(names))
    return _view(chart)


def pie_chart(title: str, labels: Sequence[str], values: Sequence[float], locale: QLocale | None = None) -> QChartView:
    """Slices with a legend beside them ("Telefon (1 234)"): labels at the slices overlapped one another where
    slices are thin (issue 17)."""
    chart = _chart(title)
    locale = locale or QLocale()
    pie = QPieSeries()
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        shown = locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "f", 1)
        piece = pie.append(f"{_short(label)} ({shown})", float(value))
        piece.setColor(QColor(COLOURS[index % len(COLOURS)]))
        piece.setBorderColor(QColor("white"))
    pie.setLabelsVisible(False)
    pie.setPieSize(0.85)
    pie.setHorizontalPosition(0.3)
    chart.addSeries(pie)
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setFont(_font())
    return _view(chart)


def chart_picture(chart: QWidget, size: QSize) -> QPicture:
    """The chart (a widget from this module) recorded as drawing commands at ``size`` logical pixels: played into a
    PDF it stays vector shapes and text (a few kilobytes, where an image was hundreds)."""
    if not isinstance(chart, QChartView):
        raise TypeError("chart_picture draws the charts made by deskhelp.ui.charts")
    picture = QPicture()
    qchart = chart.chart()
    qchart.setBackgroundVisible(False)
    qchart.resize(size.width(), size.height())
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    area = QRectF(0, 0, size.width(), size.height())
    try:
        qchart.scene().render(painter, area, area)
    finally:
        painter.end()
    return picture


def bar_chart_height(categories: int, series: int = 1, most: int = 900) -> int:
    """A readable height, in logical pixels, for a horizontal bar chart of ``categories`` labels."""
    return int(min(70 + (30 if series > 1 else 0) + BAR_ROW_PX * max(categories, 2) * max(1, series * 0.7), most))
