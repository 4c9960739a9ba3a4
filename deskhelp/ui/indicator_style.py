"""Check boxes and radio buttons whose boxes grow with the text (Ctrl +).

Qt sizes a button's box from the style's pixel metrics, which follow the screen, not the font: at 2.5 times
the text, a 13-pixel box sits beside letters twice its height, hard to see and to hit. While the text is
scaled, the desk's buttons get a proxy of the application's style that multiplies those metrics; the style is
set on the buttons only, so nothing else pays for a metric asked through Python.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QProxyStyle, QStyle

_Metric = QStyle.PixelMetric
SCALED_METRICS = frozenset({
    _Metric.PM_IndicatorWidth, _Metric.PM_IndicatorHeight,  # check box
    _Metric.PM_ExclusiveIndicatorWidth, _Metric.PM_ExclusiveIndicatorHeight,  # radio button
    _Metric.PM_CheckBoxLabelSpacing, _Metric.PM_RadioButtonLabelSpacing,
})  # fmt: skip


class ScaledIndicatorStyle(QProxyStyle):
    def __init__(self, scale: float) -> None:
        super().__init__(QApplication.style().name())  # a base of its own, owned by the proxy
        self.scale = scale

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in SCALED_METRICS else value


def scale_indicators(
    buttons: list[QAbstractButton], scale: float, owner: QObject, previous: ScaledIndicatorStyle | None
) -> ScaledIndicatorStyle | None:
    """Give ``buttons`` boxes ``scale`` times their size, or the application's style again at 1.0.

    A widget does not own the style set on it, so the new style is ``owner``'s child (deleted after the buttons
    when the window goes) and ``previous`` is deleted once no button uses it. Returns the style now in use."""
    style = None
    if scale != 1.0:
        style = ScaledIndicatorStyle(scale)
        style.setParent(owner)
    for button in buttons:
        button.setStyle(style)
    if previous is not None:
        previous.deleteLater()
    return style
