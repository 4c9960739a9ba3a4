"""Draw DeskHelp's icon (a speech bubble with a signpost arrow: conversation, then referral) as PNG and ICO.

QT_QPA_PLATFORM=offscreen python tools/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5f99"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(40 * s, 48 * s, 176 * s, 120 * s), 28 * s, 28 * s)
    p.drawPolygon(QPolygonF([QPointF(76 * s, 140 * s), QPointF(64 * s, 208 * s), QPointF(124 * s, 140 * s)]))
    pen = QPen(QColor("#1f5f99"), 18 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawLine(QPointF(76 * s, 108 * s), QPointF(172 * s, 108 * s))
    p.drawPolyline(QPolygonF([QPointF(144 * s, 80 * s), QPointF(176 * s, 108 * s), QPointF(144 * s, 136 * s)]))
    p.end()
    return image


def main() -> None:
    _app = QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "deskhelp.png"))
    draw(256).save(str(OUT / "deskhelp.ico"))
    print(f"wrote {OUT / 'deskhelp.png'} and .ico")


if __name__ == "__main__":
    main()
