"""The question the window asks when a company file names other QuickBooks addresses than its sign-in.

A company file can come from anyone; if it says "sync with this server" and the
sign-in in the password store was issued for another one, following the file
would hand that server a live token (and at the next refresh the refresh token).
qbdesk has sent nothing when this question appears. The owner chooses between
putting back the addresses the sign-in was issued for, and leaving the file
disconnected (to connect it afresh, to wherever they choose, with the Connect
dialog). Plain HTTP to another computer is not a question: it is refused, and the
message says so.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused


def _hosts(urls: list[str]) -> str:
    return ", ".join(dict.fromkeys(urlsplit(u).netloc or u for u in urls))


def endpoint_box(problem: Exception, parent: QWidget, use_signed_in: Callable[[], None]) -> QMessageBox:
    """The question (or, for plain HTTP, the refusal) for ``problem``; not yet shown."""
    translate = QCoreApplication.translate
    if isinstance(problem, EndpointMismatch):
        title = translate("EndpointQuestion", "Where should this company file sync?")
        text = translate("EndpointQuestion", "This company file asks qbdesk to send your QuickBooks sign-in to "
                         "{asked}, but the sign-in was issued for {bound}. qbdesk has sent nothing. If you did not "
                         "change this yourself, the file may have been tampered with.").format(
            asked=_hosts(problem.asked.urls()), bound=_hosts(problem.bound.urls()))
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(translate("EndpointQuestion", "Use the addresses the sign-in was issued for, or "
                                         "keep this file disconnected and connect it again later."))
        use = box.addButton(translate("EndpointQuestion", "Use the sign-in's addresses"),
                            QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("EndpointQuestion", "Keep it disconnected"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def answered() -> None:
            if box.clickedButton() is use:
                use_signed_in()

        box.finished.connect(answered)
    else:
        host = problem.host if isinstance(problem, EndpointRefused) else ""
        title = translate("EndpointQuestion", "This company file is not connected")
        text = translate("EndpointQuestion", "This company file asks qbdesk to reach QuickBooks at {host} over plain "
                         "HTTP. qbdesk never sends a QuickBooks sign-in unencrypted to another computer, so nothing "
                         "was sent. Connect the file again to choose where it syncs.").format(host=host)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
