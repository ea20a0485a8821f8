"""Connect (or reconnect, or disconnect) the open company to QuickBooks Online.

For an owner it is one button: Intuit's green "Connect to QuickBooks". The browser
opens QuickBooks' sign-in, the owner picks the company, and the answer comes back
through qbdesk's sign-in relay — no keys, no secret in the app. The practice
company (``qbdesk --sandbox``) needs no keys either. A build without a relay (a
source checkout) says so plainly and offers the owner's own Intuit developer
keys, which live under **Advanced** with a short how-to; their client secret goes
to the keychain only.

Once connected the button gives way to "Disconnect from QuickBooks" (which revokes;
closing qbdesk never disconnects), and the dialog shows what an owner cares about —
the QuickBooks company, that it is connected, the last sync — with realm ids,
token expiries and request counters under **Details**. A sign-in QuickBooks no
longer accepts is one calm message with one button.

Every address is checked before anything is sent: a host that is neither Intuit's
nor this computer needs a confirmation (and HTTPS); without a password store the
sign-in is kept in a plain file only after the owner agrees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.palette import text_style
from qbdesk.ui.connect.flow import (
    OWN_KEYS,
    PRACTICE,
    RELAY,
    SANDBOX_REDIRECT,
    ConnectRequest,
    Disconnected,
    KeychainUnavailable,
    MissingSecret,
    NoRelay,
    PendingSignIn,
    Sharing,
    WrongCompany,
    agree_to_plain_file,
    complete_sign_in,
    custom_hosts,
    disconnect,
    prepare_sign_in,
    relay_distribution,
    sharing,
)
from qbdesk.ui.connect.intuit_button import ConnectToQuickBooksButton
from qbdesk.ui.connect.panel import ConnectionPanel, environment_name
from qbdesk.ui.connect.reconnect_notice import ReconnectNotice

if TYPE_CHECKING:
    from qbdesk.qbo.connection import Connection, ConnectionConfig
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.ui.sync.controller import SyncController

log = logger("qbo")

ENVIRONMENTS = ("production", "sandbox", "qbdesk-sandbox")
DEFAULT_REDIRECT = "http://localhost:8765/callback"


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class SandboxDefaults:
    """What ``--sandbox`` mode knows about its running practice company (the dialog needs no keys from the user)."""

    def __init__(self, base_url: str, client_id: str, client_secret: str, time_scale: float = 1.0) -> None:
        self.base_url = base_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.time_scale = time_scale


def _heading(text: str = "", scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ConnectDialog(QDialog):
    """The QuickBooks connection of the open company.

    Signals:
        connected(object): a sign-in completed; the new :class:`~qbdesk.qbo.connection.Connection`.
        disconnected(): the connection was revoked (or this file unlinked) and forgotten here.
        sign_in_failed(str): a sign-in did not complete; the message shown.
    """

    connected = Signal(object)
    disconnected = Signal()
    sign_in_failed = Signal(str)

    def __init__(self, controller: SyncController, company: Company, lock_dir: Path,
                 parent: QWidget | None = None, *, sandbox: SandboxDefaults | None = None,
                 browser: Callable[[str], object] | None = None, desktop: Desktop | None = None,
                 plain_file: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.desktop = desktop  # signing in makes it the company's sync host (office mode)
        self.setWindowTitle(self.tr("Connect to QuickBooks"))
        self.controller = controller
        self.company = company
        self.lock_dir = lock_dir
        self.sandbox = sandbox
        self.plain_file = plain_file
        self.browser: Callable[[str], object] = browser or open_in_browser
        self.pending: PendingSignIn | None = None
        self._op: BackgroundOp[object] | None = None
        self._last_request: ConnectRequest | None = None
        self.distribution = relay_distribution()
        config = controller.connection.config if controller.connection else (
            controller.status.config if controller.status else None)
        self.previous: ConnectionConfig | None = config
        self.previous_realm = config.realm_id if config else None

        self.title = _heading(scale=1.3)
        self.title.setObjectName("connectTitle")
        self.intro = QLabel()
        self.intro.setObjectName("connectIntro")
        self.intro.setWordWrap(True)

        # connected: the company, that it is connected, the last sync; the rest under Details
        self.status_box = QFrame()
        self.status_box.setObjectName("connectedBox")
        self.status_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.company_label = _heading(scale=1.1)
        self.company_label.setObjectName("connectedCompany")
        self.state_line = QLabel()
        self.state_line.setObjectName("connectedState")
        self.state_line.setWordWrap(True)
        self.shared_label = QLabel()
        self.shared_label.setObjectName("sharedNotice")
        self.shared_label.setWordWrap(True)
        self.shared_label.hide()
        self.details_button = QToolButton()
        self.details_button.setObjectName("connectionDetails")
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.health_box = QWidget()
        self.health = ConnectionPanel(controller)
        health_layout = QVBoxLayout(self.health_box)
        health_layout.setContentsMargins(18, 0, 0, 0)
        health_layout.addWidget(self.health)
        self.health_box.hide()
        status_layout = QVBoxLayout(self.status_box)
        status_layout.setContentsMargins(14, 10, 14, 10)
        status_layout.setSpacing(4)
        status_layout.addWidget(self.company_label)
        status_layout.addWidget(self.state_line)
        status_layout.addWidget(self.shared_label)
        status_layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        status_layout.addWidget(self.health_box)

        self.notice = ReconnectNotice()
        self.notice.reconnect_requested.connect(self.start_primary)

        # the one button
        self.intuit_button = ConnectToQuickBooksButton()
        self.intuit_button.clicked.connect(self.start_primary)
        self.no_relay = QLabel(self.tr(
            "This copy of qbdesk has no QuickBooks sign-in service configured (it was built from the source "
            "code), so it cannot connect with one button. You can connect with your own Intuit developer keys "
            "instead, or try everything with the practice company first."))
        self.no_relay.setObjectName("noRelay")
        self.no_relay.setWordWrap(True)
        self.own_keys_button = QPushButton(self.tr("Use your own Intuit developer keys…"))
        self.own_keys_button.setObjectName("useOwnKeys")
        self.own_keys_button.clicked.connect(self._show_own_keys)

        # Advanced: the owner's own Intuit developer keys
        self.advanced = QToolButton()
        self.advanced.setObjectName("advancedKeys")
        self.advanced.setText(self.tr("Advanced: use your own Intuit developer keys"))
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced.setCheckable(True)
        self.advanced.setAutoRaise(True)
        self.advanced.toggled.connect(self._update_visibility)
        self.how_to = QLabel(self.tr(
            "1. At developer.intuit.com, create an app for QuickBooks Online with the Accounting scope.\n"
            "2. Under Keys and credentials, add the redirect URI below (production keys need an HTTPS address).\n"
            "3. Copy the client ID and client secret here. The secret is kept in this computer's password "
            "store, never in the company file."))
        self.how_to.setObjectName("howTo")
        self.how_to.setWordWrap(True)
        self.environment = QComboBox()
        self.environment.setObjectName("environment")
        for key in ENVIRONMENTS:
            self.environment.addItem(environment_name(key), key)
        self.client_id = QLineEdit()
        self.client_id.setObjectName("clientId")
        self.client_id.setPlaceholderText(self.tr("e.g. ABcd1234…"))
        self.secret = QLineEdit()
        self.secret.setObjectName("clientSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.sandbox_url = QLineEdit()
        self.sandbox_url.setObjectName("sandboxUrl")
        self.sandbox_url.setPlaceholderText("http://127.0.0.1:53127")
        self.sandbox_url_label = QLabel(self.tr("Sandbox address"))
        self.redirect = QLineEdit()
        self.redirect.setObjectName("redirectUri")
        self.redirect_label = QLabel(self.tr("Redirect URI"))
        self.redirect_box = self.redirect
        self.connect_button = QPushButton(self.tr("Connect with these keys"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.clicked.connect(self.start_own_keys)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Environment"), self.environment)
        form.addRow(self.sandbox_url_label, self.sandbox_url)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("Client secret"), self.secret)
        form.addRow(self.redirect_label, self.redirect)
        self.form = form
        self.advanced_box = QWidget()
        self.advanced_box.setObjectName("advancedBox")
        advanced_layout = QVBoxLayout(self.advanced_box)
        advanced_layout.setContentsMargins(18, 0, 0, 0)
        advanced_layout.addWidget(self.how_to)
        advanced_layout.addLayout(form)
        advanced_layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignRight)

        # waiting for the browser
        self.waiting = QFrame()
        self.waiting.setObjectName("waitingBox")
        self.waiting.setFrameShape(QFrame.Shape.StyledPanel)
        self.waiting_label = QLabel(self.tr("Waiting for QuickBooks: finish signing in in your browser…"))
        self.waiting_label.setWordWrap(True)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumHeight(10)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_sign_in)
        self.open_again = QPushButton(self.tr("Open the browser again"))
        self.open_again.clicked.connect(self._open_browser_again)
        paste_label = QLabel(self.tr("Browser did not come back? Paste the address it ended on:"))
        paste_label.setWordWrap(True)
        self.paste = QLineEdit()
        self.paste.setObjectName("pastedAddress")
        self.paste.setPlaceholderText("http://127.0.0.1:…/callback?…")
        self.paste_button = QPushButton(self.tr("Use this address"))
        self.paste_button.clicked.connect(self.use_pasted_address)
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addWidget(busy, 1)
        waiting_buttons.addWidget(self.open_again)
        waiting_buttons.addWidget(self.cancel_button)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.paste_button)
        waiting_layout = QVBoxLayout(self.waiting)
        waiting_layout.addWidget(self.waiting_label)
        waiting_layout.addLayout(waiting_buttons)
        waiting_layout.addWidget(paste_label)
        waiting_layout.addLayout(paste_row)
        self.waiting.hide()

        self.message = QLabel()
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.disconnect_button = QPushButton(self.tr("Disconnect from QuickBooks"))
        self.disconnect_button.setObjectName("disconnectButton")
        self.disconnect_button.clicked.connect(self.disconnect_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.status_box)
        layout.addWidget(self.notice)
        layout.addWidget(self.intuit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.no_relay)
        layout.addWidget(self.own_keys_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced_box)
        layout.addWidget(self.waiting)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._prefill(config)
        self.environment.currentIndexChanged.connect(self._environment_changed)
        controller.connectionChanged.connect(self._update_buttons)
        controller.runningChanged.connect(self._update_buttons)
        controller.statusChanged.connect(self._update_buttons)
        self.setMinimumWidth(600)
        if self.primary == OWN_KEYS and controller.connection is None:
            self.advanced.setChecked(True)  # connecting again with the owner's own keys: they are right here
        self._update_visibility()
        self._update_buttons()

    # --- what the one button does ------------------------------------------------------------------

    @property
    def primary(self) -> str | None:
        """RELAY, PRACTICE or OWN_KEYS: what "Connect" (or "Reconnect") does here; None when only own keys can."""
        previous = self.previous
        if self.sandbox is not None and (previous is None or previous.environment == "qbdesk-sandbox"):
            return PRACTICE
        if previous is not None and previous.realm_id is not None and not previous.uses_relay:
            return OWN_KEYS  # reconnecting a company connected with its owner's own keys
        if self.distribution is not None:
            return RELAY
        return None

    def _prefill(self, config: ConnectionConfig | None) -> None:
        if config is not None and not config.uses_relay:
            self.environment.setCurrentIndex(max(0, self.environment.findData(config.environment)))
            self.client_id.setText(config.client_id)
            self.redirect.setText(config.redirect_uri)
            if config.environment == "qbdesk-sandbox":
                self.sandbox_url.setText(config.api_base.removesuffix("/v3"))
            self.secret.setPlaceholderText(self.tr("Saved in the password store (type a new one to replace it)"))
        elif self.sandbox is not None:
            self.environment.setCurrentIndex(self.environment.findData("qbdesk-sandbox"))
            self.redirect.setText(SANDBOX_REDIRECT)
        else:
            self.redirect.setText(DEFAULT_REDIRECT)
        if self.sandbox is not None and self.environment.currentData() == "qbdesk-sandbox":
            self.sandbox_url.setText(self.sandbox.base_url)
            self.client_id.setText(self.sandbox.client_id)
            self.secret.setText(self.sandbox.client_secret)

    @Slot()
    def _environment_changed(self) -> None:
        sandbox = self.environment.currentData() == "qbdesk-sandbox"
        if sandbox and self.redirect.text() in ("", DEFAULT_REDIRECT):
            self.redirect.setText(SANDBOX_REDIRECT)
        elif not sandbox and self.redirect.text() == SANDBOX_REDIRECT:
            self.redirect.setText(DEFAULT_REDIRECT)
        if sandbox and self.sandbox is not None and not self.sandbox_url.text():
            self.sandbox_url.setText(self.sandbox.base_url)
            self.client_id.setText(self.sandbox.client_id)
            self.secret.setText(self.sandbox.client_secret)
        self._update_visibility()

    # --- what is shown ---------------------------------------------------------------------------------

    @Slot()
    def _update_visibility(self) -> None:
        sandbox = self.environment.currentData() == "qbdesk-sandbox"
        self.form.setRowVisible(self.sandbox_url, sandbox)
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if self.advanced.isChecked() else Qt.ArrowType.RightArrow)
        self.advanced_box.setVisible(self.advanced.isChecked() and not self.advanced.isHidden())
        self.own_keys_button.setVisible(not self.no_relay.isHidden() and not self.advanced.isChecked())
        QTimer.singleShot(0, self, self._fit)

    @Slot()
    def _show_own_keys(self) -> None:
        self.advanced.setChecked(True)
        self.client_id.setFocus()

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.health_box.setVisible(shown)
        QTimer.singleShot(0, self, self._fit)

    @Slot()
    def _update_buttons(self) -> None:
        controller = self.controller
        connection = controller.connection
        reconnect = controller.reconnect_needed
        waiting = self.pending is not None or (self._op is not None and self._op.is_running)
        running = controller.is_running
        primary = self.primary
        connected = connection is not None and not reconnect
        if connected:
            self.title.setText(self.tr("Connected to QuickBooks"))
            self.intro.setText(self.tr("This company file syncs with the QuickBooks Online company below. "
                                       "Closing qbdesk, or signing out of your computer, keeps the connection."))
        elif reconnect:
            self.title.setText(self.tr("Sign in to QuickBooks again"))
            self.intro.setText("")
        else:
            self.title.setText(self.tr("Connect to QuickBooks"))
            if primary == PRACTICE:
                self.intro.setText(self.tr("Connect this company file to the practice QuickBooks company: no "
                                           "account and no keys needed."))
            else:
                self.intro.setText(self.tr(
                    "Connect this company file to your QuickBooks Online company. Your browser opens QuickBooks' "
                    "sign-in page: sign in, choose the company, and you are done. qbdesk keeps the sign-in in this "
                    "computer's password store, never in the company file."))
        self.intro.setVisible(bool(self.intro.text()))
        self._show_status(connection)
        self.notice.setVisible(reconnect)
        # While the browser is out, the wait box is the only thing to act on (Intuit's button is never greyed).
        self.intuit_button.setVisible(not connected and not reconnect and primary in (RELAY, PRACTICE)
                                      and not waiting)
        self.no_relay.setVisible(not connected and not reconnect and primary is None)
        self.advanced.setVisible(not connected and primary != PRACTICE and (not reconnect or primary == OWN_KEYS)
                                 and (not waiting or self.advanced.isChecked()))
        self.disconnect_button.setVisible(connection is not None)
        for button in (self.intuit_button, self.connect_button, self.notice.button, self.own_keys_button,
                       self.disconnect_button):
            button.setEnabled(not waiting and not running)
        for field in (self.environment, self.client_id, self.secret, self.sandbox_url, self.redirect):
            field.setEnabled(not waiting)
        if running:
            self._say(self.tr("A sync is running: connect or disconnect after it ends."), error=False)
        self._update_visibility()

    def _show_status(self, connection: Connection | None) -> None:
        from qbdesk.ui.sync.text import moment_text

        self.status_box.setVisible(connection is not None)
        self.details_button.setVisible(connection is not None)
        if connection is None:
            self.health_box.hide()
            self.details_button.setChecked(False)
            return
        config = connection.config
        name = config.company_name or self.tr("QuickBooks company {realm}").format(realm=config.realm_id or "")
        self.company_label.setText(name)
        status = self.controller.status
        last = status.last_run if status is not None else None
        if last is not None and last.finished_at is not None:
            synced = self.tr("Last sync: {when}").format(when=moment_text(last.finished_at))
        else:
            synced = self.tr("No sync yet")
        state = self.tr("Sign-in needed") if self.controller.reconnect_needed else self.tr("Connected")
        self.state_line.setText(f"{state} · {environment_name(config.environment)} · {synced}")
        self._load_sharing(connection)

    def _load_sharing(self, connection: Connection) -> None:
        company = self.company
        op = BackgroundOp(self, lambda ctx: sharing(connection, company, ctx), label="connection sharing")
        op.success(self._show_sharing)
        op.run()

    def _show_sharing(self, shared: Sharing) -> None:
        count = len(shared.others)
        self.shared_label.setText(self.tr("%n other company file(s) on this computer use this connection too.",
                                          "", count))
        self.shared_label.setVisible(count > 0 and self.status_box.isVisibleTo(self))
        self.shared_label.setToolTip("\n".join(shared.others))

    @Slot()
    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
            width = max(self.width(), self.minimumWidth())
            height = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
            self.resize(width, max(height, layout.minimumSize().height()))

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_style("error") if error else "")
        self.message.setVisible(bool(text))

    # --- requests --------------------------------------------------------------------------------------

    def primary_request(self) -> ConnectRequest | None:
        primary = self.primary
        if primary == RELAY:
            return ConnectRequest("production", "", None, "", mode=RELAY, plain_file=self.plain_file)
        if primary == PRACTICE and self.sandbox is not None:
            return ConnectRequest("qbdesk-sandbox", self.sandbox.client_id, self.sandbox.client_secret,
                                  SANDBOX_REDIRECT, self.sandbox.base_url, self.sandbox.time_scale, mode=PRACTICE)
        if primary == OWN_KEYS:
            return self.request()
        return None

    def request(self) -> ConnectRequest:
        """The own-keys request the Advanced fields describe."""
        environment = str(self.environment.currentData())
        time_scale = self.sandbox.time_scale if self.sandbox is not None and environment == "qbdesk-sandbox" else 1.0
        return ConnectRequest(environment, self.client_id.text().strip(), self.secret.text().strip() or None,
                              self.redirect.text().strip() or DEFAULT_REDIRECT,
                              self.sandbox_url.text().strip() or None, time_scale, mode=OWN_KEYS,
                              plain_file=self.plain_file)

    # --- signing in ------------------------------------------------------------------------------------

    def open_and_start(self) -> None:
        """Shown from the one button elsewhere (the home page): sign in at once when one click can."""
        self.open()
        controller = self.controller
        if (controller.connection is None and self.primary in (RELAY, PRACTICE)) or \
                (controller.reconnect_needed and self.primary is not None):
            QTimer.singleShot(0, self, self.start_primary)

    @Slot()
    def start_primary(self) -> None:
        request = self.primary_request()
        if request is None:
            self.advanced.setChecked(True)
            return
        if request.mode == OWN_KEYS:
            self.start_own_keys()
        else:
            self.start_sign_in(request)

    @Slot()
    def start_own_keys(self) -> None:
        from qbdesk.qbo.endpoints import EndpointRefused

        request = self.request()
        if not request.client_id:
            self._say(self.tr("Enter your Intuit app's client ID."))
            self.client_id.setFocus()
            return
        if request.environment == "qbdesk-sandbox" and not request.sandbox_url:
            self._say(self.tr("Enter the sandbox address (the base_url `qbdesk sandbox serve` prints)."))
            self.sandbox_url.setFocus()
            return
        try:
            hosts = custom_hosts(request)
        except EndpointRefused as exc:
            self._say(self.tr("{host} would be reached over plain HTTP. qbdesk never sends a QuickBooks sign-in "
                              "unencrypted to another computer: use an https:// address.").format(host=exc.host))
            return
        except ValueError:
            self._say(self.tr("The sandbox address should look like http://127.0.0.1:53127."))
            return
        if hosts:
            self._confirm_custom_host(request, hosts)
            return
        self.start_sign_in(request)

    def _confirm_custom_host(self, request: ConnectRequest, hosts: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Send your sign-in to another server?"),
                          self.tr("{hosts} is not one of Intuit's QuickBooks servers. qbdesk would send your "
                                  "QuickBooks sign-in and your client secret there. Do this only if you run that "
                                  "server yourself.").format(hosts=", ".join(hosts)),
                          QMessageBox.StandardButton.NoButton, self)
        send = box.addButton(self.tr("Send it there"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is send:
                self.start_sign_in(dataclasses.replace(request, allow_custom=True))

        box.finished.connect(answered)
        box.open()
        self.custom_host_box = box

    @Slot()
    def start_sign_in(self, request: ConnectRequest | None = None) -> None:
        if request is None:
            self.start_own_keys()
            return
        self._last_request = request
        self._say(self.tr("Preparing the sign-in…"), error=False)
        op = BackgroundOp(self, lambda ctx: prepare_sign_in(request, ctx), label=self.tr("Connect to QuickBooks"))
        op.success(self._prepared)
        op.failure(self._sign_in_failed)
        op.finished.connect(self._update_buttons)
        self._op = op.run()  # type: ignore[assignment]
        self._update_buttons()

    def _prepared(self, pending: PendingSignIn) -> None:
        self.pending = pending
        self.waiting.show()
        self.paste.clear()
        self._say("", error=False)
        self._update_buttons()
        company, lock_dir, realm, desktop = self.company, self.lock_dir, self.previous_realm, self.desktop
        op = BackgroundOp(self, lambda ctx: complete_sign_in(pending, company, lock_dir, realm, ctx,
                                                             desktop=desktop),
                          label=self.tr("Connect to QuickBooks"))
        op.success(self._signed_in)
        op.failure(self._sign_in_failed)
        op.on_cancel(self._sign_in_cancelled)
        op.finished.connect(self._update_buttons)
        self._op = op.run()  # type: ignore[assignment]
        log.info("sign-in: opening the browser on QuickBooks' authorization page")
        self.browser(pending.url)

    @Slot()
    def _open_browser_again(self) -> None:
        if self.pending is not None:
            self.browser(self.pending.url)

    @Slot()
    def use_pasted_address(self) -> None:
        if self.pending is None:
            return
        if not self.pending.paste(self.paste.text()):
            self._say(self.tr("That address holds no answer from QuickBooks: copy the whole address from the "
                              "browser's address bar, starting with http."))

    @Slot()
    def cancel_sign_in(self) -> None:
        if self.pending is not None:
            self.pending.cancel()
        if self._op is not None:
            self._op.cancel()

    def _signed_in(self, connection: Connection) -> None:
        self.pending = None
        self.waiting.hide()
        self.previous = connection.config
        self.previous_realm = connection.config.realm_id
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("Saved in the password store (type a new one to replace it)"))
        self.advanced.setChecked(False)
        self.controller.set_connection(connection)
        self._say("", error=False)  # the connected state says it: the company, connected, the last sync
        self._update_buttons()
        self.connected.emit(connection)

    def _sign_in_cancelled(self) -> None:
        self.pending = None
        self.waiting.hide()
        self._say(self.tr("Sign-in cancelled."), error=False)
        self._update_buttons()

    def _sign_in_failed(self, failure: Failure) -> None:
        from qbdesk.qbo.endpoints import EndpointRefused
        from qbdesk.qbo.errors import QboError, ReconnectNeeded, TransportError
        from qbdesk.qbo.keychain import PlainFileNeeded
        from qbdesk.qbo.oauth import OAuthError

        if self.pending is not None:
            self.pending.cancel()
        self.pending = None
        self.waiting.hide()
        error = failure.error
        if isinstance(error, PlainFileNeeded):
            self._say("", error=False)
            self._update_buttons()
            self._ask_plain_file(error.path)
            return
        if isinstance(error, KeychainUnavailable):
            text = self.tr("This computer has no password store qbdesk can use, so the sign-in could not be kept "
                           "safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or "
                           "KWallet, e.g. the gnome-keyring package) and start qbdesk again; on Windows and macOS "
                           "the system's password store is used.")
        elif isinstance(error, MissingSecret):
            text = self.tr("Enter the client secret of your Intuit app (it is kept in the password store "
                           "afterwards).")
        elif isinstance(error, NoRelay):
            text = self.tr("This copy of qbdesk has no QuickBooks sign-in service: use your own Intuit developer "
                           "keys under Advanced.")
        elif isinstance(error, WrongCompany):
            text = self.tr("You signed in to another QuickBooks company ({got}) than the one this company file is "
                           "linked to ({expected}). Sign in to that company, or disconnect first to link this file "
                           "to another one.").format(got=error.got, expected=error.expected)
        elif isinstance(error, EndpointRefused):
            text = self.tr("{host} would be reached over plain HTTP, or is not one of Intuit's servers: nothing was "
                           "sent there.").format(host=error.host)
        elif isinstance(error, TransportError):
            text = self.tr("QuickBooks could not be reached. Check the internet connection and try again.")
        elif isinstance(error, OAuthError | ReconnectNeeded | QboError):
            text = self.tr("The sign-in did not complete: {message}").format(message=failure.info.message)
        elif isinstance(error, ValueError):
            text = self.tr("The sandbox address should look like http://127.0.0.1:53127.")
        else:
            text = self.tr("The sign-in failed: {message}").format(message=failure.info.message)
        log.warning("sign-in failed: %s", failure.info.message)
        self._say(text)
        self._update_buttons()
        self.sign_in_failed.emit(text)

    def _ask_plain_file(self, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep the sign-in in a file?"),
                          self.tr("This computer has no password store (on Linux: GNOME Keyring or KWallet), so "
                                  "qbdesk cannot keep your QuickBooks sign-in encrypted. It can keep it in a file "
                                  "only you can read:\n{path}\nAnyone who can read your files (an administrator, a "
                                  "backup) could use it. Keep the sign-in in this file?").format(path=path),
                          QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Keep it in the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            request = self._last_request
            if box.clickedButton() is keep and request is not None:
                op = BackgroundOp(self, lambda ctx: agree_to_plain_file(path, ctx), label="plain-file keychain")
                op.success(lambda _none: self.start_sign_in(request))
                op.run()
            else:
                text = self.tr("Nothing was stored. To keep the sign-in encrypted, install and unlock a password "
                               "store (GNOME Keyring or KWallet), then connect again.")
                self._say(text)
                self.sign_in_failed.emit(text)

        box.finished.connect(answered)
        box.open()
        self.plain_file_box = box

    # --- disconnecting ---------------------------------------------------------------------------------

    @Slot()
    def disconnect_now(self) -> None:
        connection = self.controller.connection
        if connection is None:
            return
        company = self.company
        op = BackgroundOp(self, lambda ctx: sharing(connection, company, ctx), label="connection sharing")
        op.success(lambda shared: self._ask_disconnect(connection, shared))
        op.failure(self._sign_in_failed)
        op.run()

    def _ask_disconnect(self, connection: Connection, shared: Sharing) -> None:
        if not shared.others:
            self._disconnect(connection, only_here=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disconnect from QuickBooks"),
                          self.tr("%n other company file(s) on this computer use this QuickBooks connection. "
                                  "Disconnecting revokes it for them too.", "", len(shared.others)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setDetailedText("\n".join(shared.others))
        everyone = box.addButton(self.tr("Disconnect all"), QMessageBox.ButtonRole.DestructiveRole)
        only_here = box.addButton(self.tr("Only this company file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is everyone:
                self._disconnect(connection, only_here=False)
            elif box.clickedButton() is only_here:
                self._disconnect(connection, only_here=True)

        box.finished.connect(answered)
        box.open()
        self.disconnect_box = box

    def _disconnect(self, connection: Connection, *, only_here: bool) -> None:
        company = self.company
        self._say(self.tr("Disconnecting…"), error=False)
        op = BackgroundOp(self, lambda ctx: disconnect(connection, company, ctx, only_here=only_here),
                          label=self.tr("Disconnect from QuickBooks"))
        op.success(self._disconnected)
        op.failure(self._sign_in_failed)
        op.finished.connect(self._update_buttons)
        self._op = op.run()  # type: ignore[assignment]
        self._update_buttons()

    def _disconnected(self, result: Disconnected) -> None:
        self.controller.set_connection(None)
        if result.only_here:
            text = self.tr("This company file is no longer connected. The connection stays for the other company "
                           "files that use it.")
        elif result.revoked:
            text = self.tr("Disconnected. QuickBooks confirmed that the connection is revoked, and the sign-in was "
                           "removed from this computer.")
        else:
            text = self.tr("Disconnected here: the sign-in was removed from this computer, but QuickBooks did not "
                           "confirm that it revoked the connection. To be sure, disconnect qbdesk in QuickBooks "
                           "too (Settings › Apps).")
        if self.previous is not None:
            self.previous = dataclasses.replace(self.previous, realm_id=None)
        self.previous_realm = None  # the file may now be linked to another QuickBooks company
        self._say(text, error=False)
        self._update_buttons()
        self.disconnected.emit()

    def done(self, result: int) -> None:
        """Closing while waiting for the browser stops the listener."""
        self.cancel_sign_in()
        super().done(result)
