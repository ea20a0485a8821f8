"""Office mode's questions to the user: taking over as sync host.

Taking over is explicit and asks first, because it changes what another person's
computer does: the old host stops syncing (its engine refuses from then on) and
this computer must sign in to QuickBooks (tokens never travel between desktops).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from qbdesk.ui.sync.text import moment_text

if TYPE_CHECKING:
    from qbdesk.sync.office import OfficeStatus


def confirm_take_over(office: OfficeStatus, parent: QWidget, on_accept: Callable[[], object]) -> QMessageBox:
    """The question before this desktop becomes the sync host; ``on_accept`` runs if the user goes ahead."""
    host = office.host
    if host is None:
        text = QCoreApplication.translate("OfficeDialogs", "Make this computer the sync host of this company?")
        detail = QCoreApplication.translate(
            "OfficeDialogs", "It keeps the connection to QuickBooks and syncs; the other computers see its progress "
            "and send it what needs QuickBooks. You sign in to QuickBooks here next.")
    else:
        text = QCoreApplication.translate(
            "OfficeDialogs", "Make this computer the sync host instead of {computer}?").format(
            computer=host.desktop_name)
        detail = QCoreApplication.translate(
            "OfficeDialogs", "{computer} stops syncing this company: it has been the sync host since {time}. You "
            "sign in to QuickBooks here next; the sign-in is never copied from one computer to another.").format(
            computer=host.desktop_name, time=moment_text(host.since))
    if office.syncing is not None and not office.syncing_here:
        detail += "\n\n" + QCoreApplication.translate(
            "OfficeDialogs", "{computer} is syncing right now: that sync finishes first, then this computer takes "
            "over.").format(computer=office.syncing.host)
    if office.waiting:
        detail += "\n\n" + QCoreApplication.translate(
            "OfficeDialogs", "Requests waiting for the sync host are carried out by this computer from now on.")
    title = QCoreApplication.translate("OfficeDialogs", "Take over as sync host")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("takeOverBox")
    box.setInformativeText(detail)
    take = box.addButton(QCoreApplication.translate("OfficeDialogs", "Take over and sign in…"),
                         QMessageBox.ButtonRole.AcceptRole)
    take.setObjectName("takeOverButton")
    take.clicked.connect(on_accept)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
