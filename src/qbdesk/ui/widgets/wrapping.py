"""A tree or table column whose long texts wrap onto more lines instead of being cut.

Qt's views draw wrapped text when ``wordWrap`` is on but size their rows from the
unwrapped text, so a long label is cut all the same. This delegate measures the text
at the column's width; the view lays its rows out again when a column changes width
(:func:`wrap_column`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_PADDING = 10  # the delegate's margins around the text, and a little air


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(self.view.columnWidth(index.column()) - _PADDING, 1)
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(base.width(), max(base.height(), bounds.height() + 4))


def wrap_column(view: QTreeView, column: int) -> None:
    """Let ``column`` of ``view`` wrap its texts, rows growing to fit, at any column width."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setItemDelegateForColumn(column, WrappingDelegate(view))
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())  # Qt keeps heights from the first layout
