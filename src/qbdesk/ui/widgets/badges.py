"""Counts drawn on the sidebar's Problems and Approvals entries (SingleOps' "number next to the icon").

A delegate paints a small pill at the right end of an item whose ``BADGE_ROLE``
holds a count, so the item's text (and its translations, and the tests that read
it) stays exactly the page's name. The count is also put in the item's
accessible text, for screen readers.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from qbdesk.ui.base.palette import tones

BADGE_ROLE: Final = Qt.ItemDataRole.UserRole + 40
COLOR_ROLE: Final = Qt.ItemDataRole.UserRole + 41
PROBLEM_COLOR: Final = "badge_problem"  # roles of qbdesk.ui.base.palette, resolved when painted
APPROVAL_COLOR: Final = "badge_approval"


def set_badge(item: QListWidgetItem, count: int, color: str, accessible: str) -> None:
    """Show ``count`` on ``item`` (nothing when 0); ``accessible`` is read instead of the bare number."""
    item.setData(BADGE_ROLE, count if count > 0 else None)
    item.setData(COLOR_ROLE, color)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible if count > 0 else item.text())
    item.setToolTip(accessible if count > 0 else "")


def badge_count(item: QListWidgetItem) -> int:
    value = item.data(BADGE_ROLE)
    return int(value) if value else 0


def badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


class BadgeDelegate(QStyledItemDelegate):
    """Paints the item as usual, then its count in a rounded pill on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        text = badge_text(int(count))
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.82, 6.0))
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(metrics.horizontalAdvance(text) + 12, height)
        rect = option.rect
        pill = QRectF(rect.right() - width - 8, rect.center().y() - height / 2 + 0.5, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        surface = getattr(tones(), str(index.data(COLOR_ROLE) or PROBLEM_COLOR))
        painter.setBrush(QColor(surface.background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(surface.text))
        painter.setFont(font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
