"""Intuit's "Connect to QuickBooks" button, as Intuit's guidelines describe it.

Intuit asks apps to use its own button graphics (green, with the QuickBooks logo;
base and hover states; used at their size, never restyled), shown only to people
who are not connected, and replaced once connected by a "Disconnect from
QuickBooks" control that calls the revoke endpoint (qbo-api.md Part 2 §6.2). The
official asset set (``Connect_to_QuickBooks_buttons.zip``, English and French) could
not be downloaded here, so the button is drawn faithfully instead: QuickBooks
green (#2CA01C), the logo from ``resources/intuit/quickbooks-logo.svg`` (redrawn
from the published graphics' proportions), white text, Intuit's corner radius and
its "tall" proportions (48 px high at 100 %), a darker green on hover. The text is
translated (Intuit ships French; Spanish follows the glossary). Replace the
painting with the official SVGs when they are available; nothing else depends on it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QEnterEvent, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

GREEN = QColor("#2CA01C")
GREEN_HOVER = QColor("#238016")
GREEN_PRESSED = QColor("#1C6B12")
DISABLED = QColor("#9AA5A0")
HEIGHT = 48          # Intuit's "tall" button: 274 × 48 at 100 %
RADIUS = 4           # 8 of 132 in Intuit's graphics, at 48 px


def intuit_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "intuit"
    return Path(__file__).resolve().parents[4] / "resources" / "intuit"


@cache
def _logo() -> QSvgRenderer:
    return QSvgRenderer(str(intuit_dir() / "quickbooks-logo.svg"))


class ConnectToQuickBooksButton(QAbstractButton):
    """The green Intuit button; keyboard focus, hover and pressed states like any button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectToQuickBooks")
        self.setText(self.tr("Connect to QuickBooks"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self._hovered = False

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(17)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def sizeHint(self) -> QSize:
        text = QFontMetrics(self._font()).horizontalAdvance(self.text())
        logo = HEIGHT - 14
        return QSize(max(274, 14 + logo + 14 + text + 22), HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if not self.isEnabled():
            fill = DISABLED
        elif self.isDown():
            fill = GREEN_PRESSED
        elif self._hovered:
            fill = GREEN_HOVER
        else:
            fill = GREEN
        shape = QPainterPath()
        shape.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(shape, fill)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#0B3D91"), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)
        logo = rect.height() - 14
        _logo().render(painter, QRectF(rect.left() + 14, rect.top() + 7, logo, logo))
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self._font())
        text_rect = QRectF(rect.left() + 14 + logo + 14, rect.top(), rect.width() - logo - 42, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text())
        painter.end()
