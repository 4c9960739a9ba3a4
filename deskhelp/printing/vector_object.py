"""Charts in a text document as vector drawings: a QPicture (recorded painter commands) played into the page.

A chart inserted as an image made each chart a few hundred kilobytes of pixels (the actors report: 15 MB over
54 pages, issue 17). Recorded as a QPicture and played onto the PDF painter it stays lines, shapes and text: a few
kilobytes, sharp at any zoom, its labels searchable. Qt has no built-in "picture" text object, so this registers
a handler for one (``QPyTextObject``) with the document's layout and inserts the object character with the
picture's number and size in its format.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPicture, QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

PICTURE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_NUMBER = int(QTextFormat.Property.UserProperty) + 1
_WIDTH = _NUMBER + 1
_HEIGHT = _NUMBER + 2
_DEFAULT_DPI = 96.0  # sizes are given in Qt's 96-to-the-inch pixels, as an image's are


class _Pictures(QPyTextObject):
    """The pictures of one document, and how to size and draw them."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.pictures: list[QPicture] = []

    def intrinsicSize(self, document: QTextDocument, _position: int, text_format: QTextFormat) -> QSizeF:  # noqa: N802
        scale = _device_scale(document)
        return QSizeF(text_format.doubleProperty(_WIDTH) * scale, text_format.doubleProperty(_HEIGHT) * scale)

    def drawObject(self, painter, rect, _document, _position, text_format) -> None:  # noqa: N802
        picture = self.pictures[text_format.intProperty(_NUMBER)]
        width, height = text_format.doubleProperty(_WIDTH), text_format.doubleProperty(_HEIGHT)
        if width <= 0 or height <= 0:
            return
        # QPainter.drawPicture already scales a picture to the device's resolution: only the rest is asked for.
        device = painter.device()
        dpi_x = device.logicalDpiX() / picture.logicalDpiX() if device is not None else 1.0
        dpi_y = device.logicalDpiY() / picture.logicalDpiY() if device is not None else 1.0
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / width / dpi_x, rect.height() / height / dpi_y)
        painter.drawPicture(0, 0, picture)
        painter.restore()


def _device_scale(document: QTextDocument) -> float:
    device = document.documentLayout().paintDevice()
    return device.logicalDpiX() / _DEFAULT_DPI if device is not None else 1.0


def _handler(document: QTextDocument) -> _Pictures:
    handler = document.findChild(_Pictures)
    if handler is None:
        handler = _Pictures(document)  # the document owns it: it lives as long as the document
        document.documentLayout().registerHandler(PICTURE_OBJECT, handler)
    return handler


def insert_picture(cursor: QTextCursor, picture: QPicture, width: float, height: float) -> None:
    """Insert ``picture`` at ``cursor``, shown ``width`` × ``height`` (96-to-the-inch pixels) on paper."""
    handler = _handler(cursor.document())
    handler.pictures.append(picture)
    text_format = QTextCharFormat()
    text_format.setObjectType(PICTURE_OBJECT)
    text_format.setProperty(_NUMBER, len(handler.pictures) - 1)
    text_format.setProperty(_WIDTH, float(width))
    text_format.setProperty(_HEIGHT, float(height))
    cursor.insertText("\ufffc", text_format)


def pictures_in(document: QTextDocument) -> int:
    """How many pictures ``document`` holds (for tests)."""
    handler = document.findChild(_Pictures)
    return 0 if handler is None else len(handler.pictures)
