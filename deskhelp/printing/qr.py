"""QR codes for patron slips: the actor's web address, for the patron to open with a phone camera."""

from __future__ import annotations

from io import BytesIO

import segno
from PySide6.QtGui import QImage


def qr_image(data: str, scale: int = 8, border: int = 2) -> QImage:
    """``data`` as a black-on-white QR code (error correction level M), ``scale`` pixels a module."""
    buffer = BytesIO()
    segno.make(data, error="m").save(buffer, kind="png", scale=scale, border=border)
    image = QImage.fromData(buffer.getvalue(), "PNG")
    if image.isNull():
        raise ValueError(f"could not make a QR code image for {data!r}")
    return image
