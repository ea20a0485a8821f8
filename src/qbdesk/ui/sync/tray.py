"""A system-tray notice when a sync in the background finds new problems.

Someone working in another program does not see the banner; a tray message says
"2 new sync problems" and clicking it brings the window back on the Problems page.
The tray icon exists only while problems are open, and only where the desktop has
a system tray at all (``QSystemTrayIcon.isSystemTrayAvailable``): elsewhere this
quietly does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from qbdesk.ui.base.icons import app_icon
from qbdesk.ui.sync.labels import banner_text


class TrayNotifier(QObject):
    """Owns the tray icon (created on first need) and its messages.

    Signals:
        review_requested(): the user clicked the message or the icon: show the problems.
    """

    review_requested = Signal()

    def __init__(self, parent: QObject | None = None,
                 available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 make_icon: Callable[[QObject], QSystemTrayIcon] | None = None) -> None:
        super().__init__(parent)
        self.is_available = available
        # A seam: platforms without a tray (and the offscreen test platform) cannot create a real icon.
        self.make_icon = make_icon or (lambda owner: QSystemTrayIcon(app_icon(), owner))
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.last_message: tuple[str, str] | None = None

    @property
    def available(self) -> bool:
        return bool(self.is_available())

    def _ensure_icon(self) -> QSystemTrayIcon:
        if self.icon is None:
            self.icon = self.make_icon(self)
            self.menu = QMenu()
            self.menu.addAction(self.tr("Review sync problems"), self.review_requested.emit)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.review_requested)
        return self.icon

    def show_counts(self, counts: Mapping[str, int]) -> None:
        """Keep the icon's tooltip current; the icon shows only while problems are open."""
        if not self.available:
            return
        sentence = banner_text(counts)
        if not sentence:
            if self.icon is not None:
                self.icon.hide()
            return
        icon = self._ensure_icon()
        icon.setToolTip(f"qbdesk — {sentence}")
        icon.show()

    def notify_new(self, new: int, counts: Mapping[str, int]) -> bool:
        """Tell the user a background sync found ``new`` problems; False where there is no tray."""
        if new <= 0 or not self.available:
            return False
        icon = self._ensure_icon()
        icon.show()
        title = self.tr("%n new sync problem(s)", "", new)
        text = banner_text(counts) or title
        icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
        self.last_message = (title, text)
        return True

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.review_requested.emit()

    def close(self) -> None:
        if self.icon is not None:
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
