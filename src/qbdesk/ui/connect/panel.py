"""The connection's details: which QuickBooks company, how long the sign-in lasts, how busy the API is.

Shown under "Details" in the Connect dialog and on the home page — an owner needs
none of it day to day. Figures come from
:meth:`qbdesk.qbo.connection.Connection.health` (which reads the keychain, so it
runs in the background every few seconds while the panel is visible); "Check
now" also calls QuickBooks. A refused sign-in (``invalid_grant``) marks the
controller "reconnect needed" (its one message and button show where this panel
sits) — never an error dialog, never a crash.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.moments import format_date, format_moment, format_time
from qbdesk.ui.base.palette import text_style

if TYPE_CHECKING:
    from qbdesk.qbo.connection import Health
    from qbdesk.ui.sync.controller import SyncController

log = logger("qbo")

REFRESH_MS = 5000
WARN_DAYS = 30


def environment_name(environment: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "production": QCoreApplication.translate("Connection", "QuickBooks Online"),
        "sandbox": QCoreApplication.translate("Connection", "Intuit sandbox (development keys)"),
        "qbdesk-sandbox": QCoreApplication.translate("Connection", "Practice company (qbdesk sandbox)"),
        "custom": QCoreApplication.translate("Connection", "QuickBooks Online (through another server)"),
    }
    return names.get(environment, environment)


class ConnectionPanel(QWidget):
    """Health of the open company's QuickBooks connection.

    Signals:
        health_shown(): new figures are on screen (tests wait for it).
    """

    health_shown = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionPanel")
        self.controller = controller
        self.health: Health | None = None
        self._shown_for: object = None  # the connection the figures were read for
        self._op: BackgroundOp[Health] | None = None
        self._check_pending = False

        self.state = QLabel()
        self.state.setObjectName("connectionState")
        self.state.setWordWrap(True)
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        for key, caption in (("company", self.tr("QuickBooks company")), ("realm", self.tr("Company ID (realm)")),
                             ("environment", self.tr("Environment")),
                             ("access", self.tr("Access token expires")),
                             ("refresh", self.tr("Refresh token expires")),
                             ("hard", self.tr("Sign-in valid until")),
                             ("last", self.tr("Last successful call")),
                             ("requests", self.tr("Requests this minute"))):
            value = QLabel("—")
            value.setObjectName(f"health_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(caption, value)
        self.warning = QLabel()
        self.warning.setObjectName("hardExpiryWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(text_style("warning"))
        self.warning.hide()
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.setToolTip(self.tr("Ask QuickBooks now whether the connection works"))
        self.check_button.clicked.connect(self.check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        controller.connectionChanged.connect(self._connection_changed)
        controller.finished.connect(self._job_finished)
        self._connection_changed()

    # --- loading ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """New figures from the keychain and the client's counters (in the background)."""
        self._load(check=False)

    @Slot()
    def check(self) -> None:
        """Call QuickBooks now (CompanyInfo), then show the figures."""
        self._load(check=True)

    def _load(self, check: bool) -> None:
        from qbdesk.ui.connect.flow import read_health

        connection = self.controller.connection
        if connection is None:
            return
        if self._op is not None and self._op.is_running:
            self._check_pending = self._check_pending or check  # once the running read is done
            return
        if check:
            self.state.setText(self.tr("Checking the connection…"))
        op = BackgroundOp(self, lambda ctx: read_health(connection, check, ctx), label="connection health")
        op.success(lambda health: self._show(health, connection))
        op.failure(self._failed)
        op.finished.connect(self._load_finished)
        self._op = op.run()

    @Slot()
    def _load_finished(self) -> None:
        if self._check_pending:
            self._check_pending = False
            self._load(check=True)

    def _show(self, health: Health, connection: object = None) -> None:
        if self.controller.connection is None or (connection is not None
                                                  and connection is not self.controller.connection):
            return  # read for a connection replaced meanwhile (a new sign-in): says nothing about this one
        self.health = health
        self._render()
        self.health_shown.emit()

    def _failed(self, failure: Failure) -> None:
        from qbdesk.qbo.errors import ReconnectNeeded

        if isinstance(failure.error, ReconnectNeeded):
            self.controller.mark_reconnect_needed()
        else:
            log.warning("connection check failed: %s", failure.info.message)
            self.state.setText(self.tr("QuickBooks could not be reached: {message}").format(
                message=failure.info.message))
            self.state.setStyleSheet(text_style("error"))
        self.health_shown.emit()

    @Slot()
    def _connection_changed(self) -> None:
        if self.controller.connection is not self._shown_for:
            self.health = None  # figures of another connection (before a new sign-in) say nothing about this one
            self._shown_for = self.controller.connection
        self._render()
        if self.controller.connection is not None:
            self.refresh()

    @Slot(object)
    def _job_finished(self, _result: object) -> None:
        if self.isVisible():
            self.refresh()

    # --- display ---------------------------------------------------------------------------------

    def _render(self) -> None:
        connection = self.controller.connection
        reconnect = self.controller.reconnect_needed
        for value in self.fields.values():
            value.setText("—")
        self.warning.hide()
        self.check_button.setEnabled(connection is not None)
        if connection is None:
            self.state.setText(self.tr("Not connected to QuickBooks Online."))
            self.state.setStyleSheet("")
            return
        config = connection.config
        if reconnect:  # the one message with its button is shown where the panel sits; here, just the state
            self.state.setText(self.tr("Sign-in needed"))
            self.state.setStyleSheet("")
        else:
            self.state.setText(self.tr("Connected"))
            self.state.setStyleSheet(text_style("success"))
        self.fields["company"].setText(config.company_name or "—")
        self.fields["realm"].setText(config.realm_id or "—")
        self.fields["environment"].setText(environment_name(config.environment))
        health = self.health
        if health is None or health.realm_id != config.realm_id:
            return
        now = time.time()
        self.fields["access"].setText(self._when(health.access_expires_at, now))
        self.fields["refresh"].setText(self._when(health.refresh_expires_at, now))
        self.fields["hard"].setText(self._when(health.hard_expires_at, now))
        self.fields["last"].setText(self._when(health.last_success, now) if health.last_success
                                    else self.tr("none since qbdesk started"))
        self.fields["requests"].setText(self.tr("{used} of 500").format(
            used=QLocale().toString(health.requests_this_minute)))
        if health.hard_expiry_near and health.hard_expires_at is not None:
            days = max(0, int((health.hard_expires_at - now) // 86400))
            self.warning.setText(self.tr("QuickBooks ends every sign-in after five years: this one ends in %n "
                                         "day(s). Reconnect before then to keep syncing.", "", days))
            self.warning.show()
        if health.reconnect_needed and not reconnect:
            self.controller.mark_reconnect_needed()

    def _when(self, epoch: float | None, now: float) -> str:
        if epoch is None:
            return self.tr("unknown")
        moment = QDateTime.fromSecsSinceEpoch(int(epoch))
        locale = QLocale()
        delta = epoch - now
        if abs(delta) < 36 * 3600:
            when = format_time(moment.time(), locale)
            if abs(delta) >= 20 * 3600 or moment.date() != QDateTime.currentDateTime().date():
                when = format_moment(moment, locale)
        else:
            when = format_date(moment.date(), locale)
        if delta > 0:
            minutes = int(delta // 60)
            if minutes < 120:
                relative = self.tr("in %n minute(s)", "", max(minutes, 1))
            elif minutes < 48 * 60:
                relative = self.tr("in %n hour(s)", "", minutes // 60)
            else:
                relative = self.tr("in %n day(s)", "", minutes // 1440)
            return f"{when} ({relative})"
        if -delta < 90:
            return self.tr("{when} (just now)").format(when=when)
        return when

    # --- visibility ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.controller.connection is not None:
            self.timer.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
