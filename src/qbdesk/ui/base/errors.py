"""No exception goes unseen: every unhandled error reaches the log and one dialog.

``sys.excepthook`` (the GUI thread, Qt slots) and ``threading.excepthook`` (any
other thread) both hand the error to :class:`ErrorRouter`, whose signal is
delivered on the GUI thread whatever thread raised. The log is written first, so
the details survive even if showing the dialog fails too.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.dispatch import dispatcher, on_gui_thread
from qbdesk.ui.base.error_words import plain_words
from qbdesk.ui.base.logs import logger, redact

log = logger("errors")


@dataclass(frozen=True)
class ErrorInfo:
    """A plain description of an error, safe to pass between threads."""

    kind: str
    message: str
    details: str
    thread: str
    context: str = ""

    @classmethod
    def from_exception(cls, exc: BaseException, *, context: str = "", thread: str | None = None) -> ErrorInfo:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return cls(kind=type(exc).__name__, message=redact(str(exc)), details=redact(details),
                   thread=thread or threading.current_thread().name, context=context)


class ErrorRouter(QObject):
    """Collects unhandled errors from every thread.

    Signals:
        error_reported(ErrorInfo): an error was logged; emitted on the GUI thread.
    """

    error_reported = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dispatcher = dispatcher()

    def report(self, info: ErrorInfo) -> None:
        """Log, then notify on the GUI thread. Safe to call from any thread."""
        log.error("unhandled %s in %s%s: %s\n%s", info.kind, info.thread,
                  f" ({info.context})" if info.context else "", info.message, info.details)
        if on_gui_thread():
            self.error_reported.emit(info)
        else:
            self._dispatcher.call_soon(self.error_reported.emit, info)


class ExceptHooks:
    """Installs (and can restore) the two process-wide hooks."""

    def __init__(self, router: ErrorRouter) -> None:
        self.router = router
        self._previous_sys: Callable[..., Any] | None = None
        self._previous_threading: Callable[..., Any] | None = None

    def install(self) -> None:
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous_sys is not None:
            sys.excepthook = self._previous_sys
        if self._previous_threading is not None:
            threading.excepthook = self._previous_threading

    def _sys_hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self._previous_sys is not None:
                self._previous_sys(kind, value, tb)
            return
        value.__traceback__ = tb
        self.router.report(ErrorInfo.from_exception(value))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "thread"
        self.router.report(ErrorInfo.from_exception(args.exc_value, thread=name))


class ErrorDialog(QDialog):
    """The one dialog for unexpected errors; later errors add to it instead of stacking windows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setObjectName("errorDialog")
        self.resize(520, 200)
        self._extra = 0
        self._info: ErrorInfo | None = None

        icon = QLabel()
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel()
        self.headline.setObjectName("errorHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.explanation = QLabel()
        self.explanation.setObjectName("errorAdvice")
        self.explanation.setWordWrap(True)
        self.message = QLabel()  # the exception's own words (English, technical): under Details, for support
        self.message.setObjectName("errorTechnical")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(160)
        self.details.hide()

        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.explanation)
        text.addWidget(self.more)
        text.addStretch(1)  # the words together at the top, whatever room the dialog has
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox()
        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self._copy)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def show_error(self, info: ErrorInfo) -> None:
        if self.isVisible() and self._info is not None:
            self._extra += 1
            self.more.setText(self.tr("%n more error(s) happened since; they are in the log.", "", self._extra))
            self.more.show()
            return
        self._info = info
        self._extra = 0
        self.more.hide()
        words = plain_words(info.kind, info.message)
        self.headline.setText(words.headline)
        self.explanation.setText(words.advice)
        self.message.setText(f"{info.kind}: {info.message}" if info.message else info.kind)
        self.details.setPlainText(info.details)
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # which warns that it cannot raise windows
            self.raise_()

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.message.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.adjustSize()

    @Slot()
    def _copy(self) -> None:
        if self._info is not None:
            QGuiApplication.clipboard().setText(f"{self._info.kind}: {self._info.message}\n\n{self._info.details}")


class ErrorPresenter(QObject):
    """Shows routed errors in one :class:`ErrorDialog` parented to the main window."""

    def __init__(self, router: ErrorRouter, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        router.error_reported.connect(self.present)

    @Slot(object)
    def present(self, info: ErrorInfo) -> None:
        if self.dialog is None:
            self.dialog = ErrorDialog(self._parent_widget)
        self.dialog.show_error(info)
