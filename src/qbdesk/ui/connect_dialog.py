"""Connect (or reconnect, or disconnect) the open company to QuickBooks Online.

The user brings their Intuit app's client ID and secret; the secret goes to the
OS keychain only, never to the company file. Signing in happens in the system
browser: the dialog opens it, waits in the background (with Cancel) for the
browser to come back to the loopback listener, and offers a fallback field for
the address the browser ended on when it cannot come back by itself (an HTTPS
relay blocked, another machine's browser…). Building intuit-oauth's client reads
a discovery document over HTTP, so that happens in the background too.

Real QuickBooks connections need a keychain: without one the dialog explains how
to get one instead of storing secrets anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.background import BackgroundOp, Failure
from qbdesk.ui.connect_flow import (
    SANDBOX_REDIRECT,
    ConnectRequest,
    KeychainUnavailable,
    MissingSecret,
    PendingSignIn,
    WrongCompany,
    complete_sign_in,
    disconnect,
    prepare_sign_in,
)
from qbdesk.ui.connection_panel import ConnectionPanel, environment_name
from qbdesk.ui.logs import logger

if TYPE_CHECKING:
    from qbdesk.qbo.connection import Connection
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.ui.sync_controller import SyncController

log = logger("qbo")

ENVIRONMENTS = ("production", "sandbox", "qbdesk-sandbox")
DEFAULT_REDIRECT = "http://localhost:8765/callback"


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class SandboxDefaults:
    """What ``--sandbox`` mode knows about its running practice company (pre-fills the dialog)."""

    def __init__(self, base_url: str, client_id: str, client_secret: str, time_scale: float = 1.0) -> None:
        self.base_url = base_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.time_scale = time_scale


class ConnectDialog(QDialog):
    """The QuickBooks connection of the open company.

    Signals:
        connected(object): a sign-in completed; the new :class:`~qbdesk.qbo.connection.Connection`.
        disconnected(): the connection was revoked and forgotten.
        sign_in_failed(str): a sign-in did not complete; the message shown.
    """

    connected = Signal(object)
    disconnected = Signal()
    sign_in_failed = Signal(str)

    def __init__(self, controller: SyncController, company: Company, lock_dir: Path,
                 parent: QWidget | None = None, *, sandbox: SandboxDefaults | None = None,
                 browser: Callable[[str], object] | None = None, desktop: Desktop | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.desktop = desktop  # signing in makes it the company's sync host (office mode)
        self.setWindowTitle(self.tr("Connect to QuickBooks Online"))
        self.controller = controller
        self.company = company
        self.lock_dir = lock_dir
        self.sandbox = sandbox
        self.browser: Callable[[str], object] = browser or open_in_browser
        self.pending: PendingSignIn | None = None
        self._op: BackgroundOp[object] | None = None
        config = controller.connection.config if controller.connection else (
            controller.status.config if controller.status else None)
        self.previous_realm = config.realm_id if config else None

        intro = QLabel(self.tr("qbdesk signs in to QuickBooks Online with your Intuit app's keys (from "
                               "developer.intuit.com → your app → Keys and credentials). Your browser opens "
                               "QuickBooks' sign-in page; approve access and come back here. The client secret and "
                               "the sign-in are kept in this computer's keychain, never in the company file."))
        intro.setWordWrap(True)

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
        self.redirect_hint = QLabel(self.tr("Must be listed exactly under your app's redirect URIs. Production keys "
                                            "need an HTTPS address: use the relay page shipped with qbdesk."))
        self.redirect_hint.setWordWrap(True)
        self.redirect_hint.setObjectName("hint")
        self.advanced = QCheckBox(self.tr("Show advanced settings"))
        self.advanced.toggled.connect(self._update_visibility)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Environment"), self.environment)
        form.addRow(self.sandbox_url_label, self.sandbox_url)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("Client secret"), self.secret)
        form.addRow("", self.advanced)
        self.redirect_box = QWidget()
        redirect_layout = QVBoxLayout(self.redirect_box)
        redirect_layout.setContentsMargins(0, 0, 0, 0)
        redirect_layout.setSpacing(4)
        redirect_layout.addWidget(self.redirect)
        redirect_layout.addWidget(self.redirect_hint)
        form.addRow(self.redirect_label, self.redirect_box)
        self.form = form

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
        self.paste.setPlaceholderText("http://localhost:8765/callback?code=…&state=…&realmId=…")
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

        self.health_box = QGroupBox(self.tr("Connection"))
        self.health = ConnectionPanel(controller, show_reconnect_button=False)
        health_layout = QVBoxLayout(self.health_box)
        health_layout.addWidget(self.health)

        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.start_sign_in)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setObjectName("disconnectButton")
        self.disconnect_button.clicked.connect(self.disconnect_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.waiting)
        layout.addWidget(self.message)
        layout.addWidget(self.health_box)
        layout.addLayout(buttons)

        self._prefill(config)
        self.environment.currentIndexChanged.connect(self._environment_changed)
        controller.connectionChanged.connect(self._update_buttons)
        controller.runningChanged.connect(self._update_buttons)
        self._update_visibility()
        self._update_buttons()
        self.setMinimumWidth(600)

    # --- form ------------------------------------------------------------------------------------

    def _prefill(self, config: object) -> None:
        from qbdesk.qbo.connection import ConnectionConfig

        if isinstance(config, ConnectionConfig):
            self.environment.setCurrentIndex(max(0, self.environment.findData(config.environment)))
            self.client_id.setText(config.client_id)
            self.redirect.setText(config.redirect_uri)
            if config.environment == "qbdesk-sandbox":
                self.sandbox_url.setText(config.api_base.removesuffix("/v3"))
            self.secret.setPlaceholderText(self.tr("Saved in the keychain (type a new one to replace it)"))
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

    @Slot()
    def _update_visibility(self) -> None:
        sandbox = self.environment.currentData() == "qbdesk-sandbox"
        self.form.setRowVisible(self.sandbox_url, sandbox)
        advanced = self.advanced.isChecked()
        self.form.setRowVisible(self.redirect_box, advanced)
        QTimer.singleShot(0, self, self._fit)

    @Slot()
    def _update_buttons(self) -> None:
        connection = self.controller.connection
        waiting = self.pending is not None or (self._op is not None and self._op.is_running)
        running = self.controller.is_running
        self.connect_button.setText(self.tr("Reconnect") if connection is not None or self.previous_realm
                                    else self.tr("Connect"))
        self.connect_button.setEnabled(not waiting and not running)
        self.disconnect_button.setVisible(connection is not None)
        self.disconnect_button.setEnabled(not waiting and not running)
        if self.health_box.isHidden() == (connection is not None):
            self.health_box.setVisible(connection is not None)
            QTimer.singleShot(0, self, self._fit)  # grow (or shrink) around the health panel
        for widget in (self.environment, self.client_id, self.secret, self.sandbox_url, self.redirect):
            widget.setEnabled(not waiting)
        if running:
            self._say(self.tr("A sync is running: connect or disconnect after it ends."), error=False)

    @Slot()
    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
            width = max(self.width(), self.minimumWidth())
            height = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
            self.resize(width, max(height, layout.minimumSize().height()))

    def request(self) -> ConnectRequest:
        environment = str(self.environment.currentData())
        time_scale = self.sandbox.time_scale if self.sandbox is not None and environment == "qbdesk-sandbox" else 1.0
        return ConnectRequest(environment, self.client_id.text().strip(), self.secret.text().strip() or None,
                              self.redirect.text().strip() or DEFAULT_REDIRECT,
                              self.sandbox_url.text().strip() or None, time_scale)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setVisible(bool(text))

    # --- signing in ------------------------------------------------------------------------------

    @Slot()
    def start_sign_in(self) -> None:
        request = self.request()
        if not request.client_id:
            self._say(self.tr("Enter your Intuit app's client ID."))
            self.client_id.setFocus()
            return
        if request.environment == "qbdesk-sandbox" and not request.sandbox_url:
            self._say(self.tr("Enter the sandbox address (the base_url `qbdesk sandbox serve` prints)."))
            self.sandbox_url.setFocus()
            return
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
        self.previous_realm = connection.config.realm_id
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("Saved in the keychain (type a new one to replace it)"))
        self.controller.set_connection(connection)
        self._say(self.tr("Connected to {company}.").format(company=connection.config.company_name or
                                                             connection.config.realm_id), error=False)
        self._update_buttons()
        self.connected.emit(connection)

    def _sign_in_cancelled(self) -> None:
        self.pending = None
        self.waiting.hide()
        self._say(self.tr("Sign-in cancelled."), error=False)
        self._update_buttons()

    def _sign_in_failed(self, failure: Failure) -> None:
        from qbdesk.qbo.errors import QboError, ReconnectNeeded, TransportError
        from qbdesk.qbo.oauth import OAuthError

        if self.pending is not None:
            self.pending.cancel()
        self.pending = None
        self.waiting.hide()
        error = failure.error
        if isinstance(error, KeychainUnavailable):
            text = self.tr("This computer has no keychain qbdesk can use, so the sign-in could not be kept safely. "
                           "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet, e.g. "
                           "the gnome-keyring package) and start qbdesk again; on Windows and macOS the system "
                           "keychain is used.")
        elif isinstance(error, MissingSecret):
            text = self.tr("Enter the client secret of your Intuit app (it is kept in the keychain afterwards).")
        elif isinstance(error, WrongCompany):
            text = self.tr("You signed in to another QuickBooks company ({got}) than the one this company file is "
                           "linked to ({expected}). Sign in to that company, or disconnect first to link this file "
                           "to another one.").format(got=error.got, expected=error.expected)
        elif isinstance(error, TransportError):
            text = self.tr("QuickBooks could not be reached. Check the internet connection (or the sandbox "
                           "address) and try again.")
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

    # --- disconnecting ---------------------------------------------------------------------------

    @Slot()
    def disconnect_now(self) -> None:
        connection = self.controller.connection
        if connection is None:
            return
        company = self.company
        self._say(self.tr("Disconnecting…"), error=False)
        op = BackgroundOp(self, lambda ctx: disconnect(connection, company, ctx), label=self.tr("Disconnect"))
        op.success(self._disconnected)
        op.failure(self._sign_in_failed)
        op.finished.connect(self._update_buttons)
        self._op = op.run()  # type: ignore[assignment]
        self._update_buttons()

    def _disconnected(self, _none: object) -> None:
        self.controller.set_connection(None)
        self._say(self.tr("Disconnected: the sign-in was revoked and removed from the keychain."), error=False)
        self._update_buttons()
        self.disconnected.emit()

    def done(self, result: int) -> None:
        """Closing while waiting for the browser stops the listener."""
        self.cancel_sign_in()
        super().done(result)
