"""QuickBooks Desktop in the window: the Web Connector service runs while the app is open, and shows its state.

The choice next to QuickBooks Online's connection (QuickBooks ▸ QuickBooks Desktop…):
start the service for the open company file, set the password the Web Connector
signs in with, save the ``.qwc`` file to add to the Web Connector, and see when the
Web Connector last called and what waits for its next update. The service
(:mod:`qbdesk.desktop.service`) answers in its own threads; it keeps running when
the dialog is closed, until the company is closed or the app quits.
"""

from __future__ import annotations

import weakref
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qbdesk.desktop.config import (
    DesktopConfig,
    NoPassword,
    connected_to_online,
    load_config,
    password,
    set_password,
)
from qbdesk.desktop.qwc import QwcError, qwc_document
from qbdesk.desktop.service import DesktopService, serve
from qbdesk.desktop.status import DesktopStatus, read_status
from qbdesk.desktop.windows_task import serve_task
from qbdesk.store import Company
from qbdesk.store.summary import company_name
from qbdesk.ui.base.moments import format_moment

DEFAULT_PORT = 8088
MIN_PASSWORD = 8


class DesktopLink(QObject):
    """The running service of one company file (one per window)."""

    def __init__(self, company: Company, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self.config: DesktopConfig = load_config(company)
        self.service: DesktopService | None = None
        self._server: object | None = None
        self.url: str | None = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self.service is not None

    def has_password(self) -> bool:
        try:
            password(self.config)
        except NoPassword:
            return False
        return True

    def start(self, port: int) -> None:
        """Listen on this computer (the Web Connector accepts plain HTTP only from localhost)."""
        if self.service is not None:
            return
        service = DesktopService(self.company, self.config, lambda: password(self.config))
        server, url = serve(service, "127.0.0.1", port)
        self.service, self._server, self.url = service, server, url

    @Slot()
    def stop(self) -> None:
        if self.service is None:
            return
        self.service.stop()
        server = self._server
        if server is not None:
            server.shutdown()  # type: ignore[attr-defined]
            server.server_close()  # type: ignore[attr-defined]
        self.service, self._server, self.url = None, None, None


_LINKS: weakref.WeakKeyDictionary[QObject, DesktopLink] = weakref.WeakKeyDictionary()


def link_for(window: QObject, company: Company) -> DesktopLink:
    """The window's service for ``company`` (a new one when the window opened another company)."""
    link = _LINKS.get(window)
    if link is None or link.company is not company:
        if link is not None:
            link.stop()
        link = DesktopLink(company, window)
        _LINKS[window] = link
    return link


class DesktopDialog(QDialog):
    def __init__(self, link: DesktopLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setObjectName("desktopDialog")
        self.setWindowTitle(self.tr("QuickBooks Desktop"))
        self.setMinimumWidth(600)
        intro = QLabel(self.tr("QuickBooks Desktop syncs through Intuit's QuickBooks Web Connector, on the computer "
                               "where QuickBooks runs: start the service here, add the .qwc file to the Web "
                               "Connector, and each of its updates syncs this company file."))
        intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("desktopState")
        self.state.setWordWrap(True)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.start_button = QPushButton()
        self.start_button.setObjectName("desktopStart")
        self.start_button.clicked.connect(self._start_or_stop)
        service_row = QHBoxLayout()
        service_row.addWidget(self.port)
        service_row.addWidget(self.start_button)
        service_row.addStretch(1)
        self.username = QLabel(link.config.username)
        self.password_button = QPushButton()
        self.password_button.setObjectName("desktopPassword")
        self.password_button.clicked.connect(self._set_password)
        self.qwc_button = QPushButton(self.tr("Save the .qwc file…"))
        self.qwc_button.setObjectName("desktopQwc")
        self.qwc_button.clicked.connect(self._save_qwc)
        self.task_button = QPushButton(self.tr("Save a background task for Windows…"))
        self.task_button.setObjectName("desktopTask")
        self.task_button.setToolTip(self.tr("A Task Scheduler task that starts the service at every log on and "
                                            "restarts it if it stops, so the Web Connector finds it even when "
                                            "qbdesk is closed."))
        self.task_button.clicked.connect(self._save_task)
        self.last_call = QLabel()
        self.last_call.setObjectName("desktopLastCall")
        self.last_call.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setObjectName("desktopPending")
        self.pending.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Service:"), self.state)
        form.addRow(self.tr("Port:"), service_row)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password_button)
        form.addRow(self.tr("Web Connector file:"), self.qwc_button)
        form.addRow(self.tr("Without the window:"), self.task_button)
        form.addRow(self.tr("Last update:"), self.last_call)
        form.addRow(self.tr("Next update:"), self.pending)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        link = self.link
        online = not link.running and connected_to_online(link.company)
        if online:
            self.state.setText(self.tr("This company file is connected to QuickBooks Online, and a company file "
                                       "syncs with one QuickBooks. To move a Desktop company to Online, sync it in "
                                       "its own company file, then make the Online copy (docs/desktop.md)."))
            self.start_button.setText(self.tr("Start the service"))
        elif link.running:
            self.state.setText(self.tr("Running at {url} as long as this window stays open.").format(url=link.url))
            self.start_button.setText(self.tr("Stop the service"))
        elif not link.has_password():
            self.state.setText(self.tr("Not running. Set a password first: the Web Connector signs in with it."))
            self.start_button.setText(self.tr("Start the service"))
        else:
            self.state.setText(self.tr("Not running: the Web Connector cannot sync this company file."))
            self.start_button.setText(self.tr("Start the service"))
        self.port.setEnabled(not link.running)
        self.start_button.setEnabled(link.running or (link.has_password() and not online))
        self.password_button.setText(self.tr("Change the password…") if link.has_password()
                                     else self.tr("Set a password…"))
        self.qwc_button.setEnabled(link.running)
        self.show_status(read_status(link.company))
        self._fit()

    def _fit(self) -> None:
        """Grow to the wrapped texts' height (a longer translation, a longer status), never clip them."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(max(self.width(), self.minimumWidth()))
            if needed > self.height():
                self.resize(max(self.width(), self.minimumWidth()), needed)

    def show_status(self, status: DesktopStatus) -> None:
        self.last_call.setText(self.last_call_text(status))
        parts = [self.tr("%n change(s) made here", "", status.changes_here),
                 self.tr("%n request(s) from the problem list or approvals", "", status.requests)]
        text = self.tr("Waiting: {parts}.").format(parts="; ".join(parts))
        if status.with_problems:
            text += " " + self.tr("%n more wait(s) on a problem.", "", status.with_problems)
        if status.approvals:
            text += " " + self.tr("%n change(s) wait for your approval first.", "", status.approvals)
        self.pending.setText(text)

    def last_call_text(self, status: DesktopStatus) -> str:
        if status.last_call_at is None:
            return self.tr("The Web Connector has not called yet.")
        moment = QDateTime.fromSecsSinceEpoch(int(datetime.fromisoformat(status.last_call_at).timestamp()))
        when = format_moment(moment)  # four-digit years, the user's locale
        c = status.counts
        if status.last_call_kind == "started":
            what = self.tr("syncing now…")
        elif status.last_call_kind == "refused":
            what = self.tr("the sign-in was refused: the password typed in the Web Connector is not the one set "
                           "here.")
        elif status.last_call_kind == "finished":
            what = self.tr("synced — sent to QuickBooks Desktop: {sent} · received here: {received} · updated: "
                           "{updated} · problems: {problems}").format(
                sent=c.get("created_in_qbo", 0), received=c.get("created_here", 0), updated=c.get("updated", 0),
                problems=c.get("problems", 0))
        elif status.last_call_kind == "failed":
            what = self.tr("the sync did not finish; the next update continues it.")
        else:
            what = status.last_call_what
        return self.tr("{when} — {what}").format(when=when, what=what)

    @Slot()
    def _start_or_stop(self) -> None:
        if self.link.running:
            self.link.stop()
        else:
            try:
                self.link.start(self.port.value())
            except OSError as exc:
                self.state.setText(self.tr("Port {port} is in use ({reason}): choose another port and start "
                                           "again.").format(port=self.port.value(), reason=exc.strerror or exc))
                return
        self.refresh()

    @Slot()
    def _set_password(self) -> None:
        value, ok = QInputDialog.getText(self, self.tr("Web Connector password"),
                                         self.tr("The password the Web Connector signs in with (at least "
                                                 "{n} characters). Type the same one in the Web Connector's "
                                                 "Password column.").format(n=MIN_PASSWORD),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return
        if len(value) < MIN_PASSWORD:
            self.state.setText(self.tr("That password is too short: use at least {n} characters.")
                               .format(n=MIN_PASSWORD))
            return
        try:
            set_password(self.link.config, value)
        except Exception as exc:
            self.state.setText(self.tr("The password store could not keep the password ({reason}).")
                               .format(reason=exc))
            return
        self.refresh()

    @Slot()
    def _save_qwc(self) -> None:
        if self.link.url is None:
            return
        with self.link.company.session() as s:
            name = company_name(s) or self.tr("This company")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the .qwc file"), str(Path.home() / "qbdesk.qwc"),
                                                self.tr("Web Connector files (*.qwc)"))
        if not target:
            return
        path = Path(target) if target.lower().endswith(".qwc") else Path(target + ".qwc")
        try:
            path.write_text(qwc_document(self.link.config, self.link.url, company_name=name), encoding="utf-8")
        except (OSError, QwcError) as exc:
            self.state.setText(self.tr("The file could not be saved ({reason}).").format(reason=exc))
            return
        self.state.setText(self.tr("Saved {file}. In the Web Connector, click Add an application and choose it.")
                           .format(file=path.name))


    @Slot()
    def _save_task(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the background task"),
                                                str(Path.home() / "qbdesk-task.xml"),
                                                self.tr("Task Scheduler files (*.xml)"))
        if not target:
            return
        path = Path(target) if target.lower().endswith(".xml") else Path(target + ".xml")
        try:
            path.write_bytes(serve_task(self.link.company.identity, self.port.value()))
        except OSError as exc:
            self.state.setText(self.tr("The file could not be saved ({reason}).").format(reason=exc.strerror or exc))
            return
        self.state.setText(self.tr("Saved {file}. On this PC, open Task Scheduler, choose Import Task… and pick it "
                                   "(or run schtasks /Create /XML with it); close the service here first, as the "
                                   "task runs it on port {port}.").format(file=path.name, port=self.port.value()))


def open_desktop_dialog(window: QWidget, company: Company) -> DesktopDialog:
    """Show the QuickBooks Desktop dialog of ``window``'s company (its service outlives the dialog)."""
    dialog = DesktopDialog(link_for(window, company), window)
    dialog.show()
    return dialog
