"""Open shared company…: a company kept in a PostgreSQL database on the office server.

The user gives the server, port, database, user name and password (or pastes the
connection address an administrator gave them). The company is then named by a
URL **without** a password (``postgresql+psycopg://anna@office-server/acme``):
that is what the dialog hands back, and what the window may keep in its recent
list and settings. The password goes to the OS keychain only
(:mod:`qbdesk.store.credentials`), from where ``open_company`` reads it.

Opening happens in the background (:class:`~qbdesk.ui.base.background.BackgroundOp`)
through the ``open_fn`` the window passes, so this module knows nothing of what
the window does with the company; failures are explained in the dialog, which
stays open for another try. SQLAlchemy and the store are imported when first
needed, not when this module is imported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.background import BackgroundOp, Cancelled, Failure, TaskContext
from qbdesk.ui.base.logs import logger, redact
from qbdesk.ui.base.palette import text_style
from qbdesk.ui.connect.flow import keychain_available
from qbdesk.ui.office.shared_address import (
    DEFAULT_PORT,
    classify,
    compose_address,
    driver_message,
    parse_address,
    url_text,
)
from qbdesk.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

log = logger("ui")



OpenFn = Callable[[str, bool], object]


def _discard(result: object) -> None:
    """Close what an abandoned open returned (a Company, or a tuple holding one)."""
    for item in result if isinstance(result, tuple | list) else (result,):
        close = getattr(item, "close", None)
        if callable(close):
            with suppress(Exception):
                close()


# --- the work done off the GUI thread ------------------------------------------------------------------


@dataclass(frozen=True)
class _Opened:
    target: str
    result: object
    password_kept: bool | None  # None: no password was typed (the keychain's, if any, was used)


def _open_shared(open_fn: OpenFn, url: URL, password: str | None, create: bool, abandoned: threading.Event,
                 ctx: TaskContext) -> _Opened:
    """Keep the typed password in the keychain, then open; forget a password the server refused."""
    import keyring.errors

    from qbdesk.store.credentials import forget_password, save_password

    target = url_text(url)
    connect_to = target
    kept: bool | None = None
    if password:
        kept = False
        if keychain_available():
            try:
                save_password(url, password)
                kept = True
            except keyring.errors.KeyringError as exc:
                log.warning("the keychain refused the database password (%s); opening without keeping it",
                            type(exc).__name__)
        if not kept:
            connect_to = url_text(url.set(password=password))  # open_company strips it from Company.url
    if abandoned.is_set():
        raise Cancelled
    try:
        result = open_fn(connect_to, create)
    except Exception as exc:
        if classify(exc) == "wrong_password":
            with suppress(keyring.errors.KeyringError):
                forget_password(url)  # the next attempt asks again instead of retrying a wrong one
        raise
    if abandoned.is_set() or ctx.cancelled:
        _discard(result)
        raise Cancelled
    return _Opened(target, result, kept)


# --- the dialog ----------------------------------------------------------------------------------------------


class _Field(QWidget):
    """An input with its message underneath (hidden while the value is fine)."""

    def __init__(self, editor: QLineEdit, name: str, accessible: str, *, narrow: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        editor.setObjectName(f"{name}Edit")
        editor.setAccessibleName(accessible)
        if narrow:
            editor.setMaximumWidth(editor.fontMetrics().horizontalAdvance("0" * 8) + 24)
        self.message = QLabel()
        self.message.setObjectName(f"{name}Error")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style("error"))
        self.message.hide()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        if narrow:
            self.column.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.column.addWidget(editor)
        self.column.addWidget(self.message)

    def set_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.editor.setAccessibleDescription(text or "")
        self.editor.setProperty("invalid", bool(text))


def _label(text: str, buddy: QLineEdit) -> QLabel:
    """A form label level with its input's text, not with the message under the input."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, max((buddy.sizeHint().height() - label.sizeHint().height()) // 2, 0), 0, 0)
    return label


def _plain(label_text: str) -> str:
    """A form label as an accessible name: no mnemonic, no colon."""
    return label_text.replace("&", "").rstrip(" :\u00a0")


class SharedCompanyDialog(QDialog):
    """Open a company kept in PostgreSQL on the office server.

    ``open_fn(target, create)`` runs off the GUI thread (it must not touch widgets) and opens the company,
    raising on failure; ``create`` asks to set up a new company in an empty database. ``target`` is the
    password-less URL, the password being in the keychain where ``open_company`` finds it — except when
    this computer has no usable keychain: the password then has nowhere to be kept, so ``target`` carries it
    (``open_company`` gives it to the driver and strips it from ``Company.url``), which is the only way to
    open at all without one. ``open_fn`` must therefore never log or store ``target``: keep the target that
    :attr:`opened` carries, which never holds a password.

    Signals:
        opened(str, object): the company opened: its URL without a password, and what ``open_fn`` returned.
            The dialog then closes (accepted).

    Closing the dialog while it connects abandons the attempt: if ``open_fn`` still returns, what it
    returned is closed (its ``close()``, or that of each item of a returned tuple) and never reported.
    """

    opened = Signal(str, object)

    def __init__(self, open_fn: Callable[[str, bool], object], parent: QWidget | None = None, *,
                 url: str | None = None, error: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedCompanyDialog")
        self.setWindowTitle(self.tr("Open shared company"))
        self.open_fn = open_fn
        self.target: str | None = None  # once opened: the password-less URL
        self.password_kept: bool | None = None  # once opened: False when the keychain could not keep it
        self.keychain_usable: bool | None = None  # None until checked
        self._query: dict[str, str | tuple[str, ...]] = {}
        self._attempt: threading.Event | None = None  # the running attempt's "abandoned" flag
        self._password: str | None = None  # of the last attempt, to keep it out of messages

        self.message = MessageBar()
        intro = QLabel(self.tr("Open a company kept in a PostgreSQL database on your office server. "
                               "Your administrator can tell you what to fill in."))
        intro.setObjectName("sharedCompanyIntro")
        intro.setWordWrap(True)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("For example: office-server"))
        self.port = QLineEdit(str(DEFAULT_PORT))
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        server_label = self.tr("&Server:")
        port_label = self.tr("&Port:")
        database_label = self.tr("&Database:")
        user_label = self.tr("&User name:")
        password_label = self.tr("Pass&word:")
        self.host_field = _Field(self.host, "server", _plain(server_label))
        self.port_field = _Field(self.port, "port", _plain(port_label), narrow=True)
        self.database_field = _Field(self.database, "database", _plain(database_label))
        self.user_field = _Field(self.user, "user", _plain(user_label))
        self.password_field = _Field(self.password, "password", _plain(password_label))
        self.password_hint = QLabel(self.tr("Leave empty to use the saved password."))
        self.password_hint.setObjectName("passwordHint")
        self.password_hint.setWordWrap(True)
        self.password_hint.setStyleSheet(text_style("muted"))
        self.keychain_note = QLabel(self.tr("This computer has no keychain to keep the password in: you will "
                                            "type it each time you open this company."))
        self.keychain_note.setObjectName("keychainNote")
        self.keychain_note.setWordWrap(True)
        self.keychain_note.setStyleSheet(text_style("warning"))
        self.keychain_note.hide()
        self.password_field.column.addWidget(self.password_hint)
        self.password_field.column.addWidget(self.keychain_note)

        self.create_box = QCheckBox(self.tr("Set up a new qbdesk company in this empty database"))
        self.create_box.setObjectName("createCompany")

        self.paste_toggle = QCheckBox(self.tr("Advanced: paste a connection address"))
        self.paste_toggle.setObjectName("pasteAddressToggle")
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("postgresql://user@server:5432/database"))
        address_label = self.tr("&Address:")
        self.address_field = _Field(self.address, "address", _plain(address_label))
        address_hint = QLabel(self.tr("Pasting fills in the fields above; a password in it moves to the "
                                      "password field."))
        address_hint.setObjectName("addressHint")
        address_hint.setWordWrap(True)
        address_hint.setStyleSheet(text_style("muted"))
        self.address_field.column.addWidget(address_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        self.address_label = _label(address_label, self.address)
        for text, field in ((server_label, self.host_field), (port_label, self.port_field),
                            (database_label, self.database_field), (user_label, self.user_field),
                            (password_label, self.password_field)):
            form.addRow(_label(text, field.editor), field)
        form.addRow("", self.create_box)
        form.setRowVisible(self.create_box, False)
        form.addRow("", self.paste_toggle)
        form.addRow(self.address_label, self.address_field)
        self.form = form

        self.busy = QWidget()
        self.busy.setObjectName("connectingBox")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("connectingBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.setAccessibleName(self.tr("Connecting"))
        self.busy_label = QLabel()
        self.busy_label.setObjectName("connectingLabel")
        self.busy_label.setWordWrap(True)
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        busy_row.addWidget(self.busy_label, 1)
        self.busy.hide()

        self.buttons = QDialogButtonBox()  # Open first: Tab reaches the primary action first, as it is drawn
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.open_company)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.message)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (self.host, self.port, self.database, self.user):
            edit.textEdited.connect(self._fields_edited)
        self.address.textEdited.connect(self._address_edited)
        self.address.editingFinished.connect(self._check_address)
        self.paste_toggle.toggled.connect(self._show_address)
        self.create_box.toggled.connect(self._create_toggled)

        if url:
            self.set_address(url)
        self._show_address(self.paste_toggle.isChecked())
        if error:
            self.message.show_message(redact(error), "error")
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        (BackgroundOp(self, lambda _ctx: keychain_available(), label="keychain check")
         .success(self._keychain_checked).failure(lambda _failure: self._keychain_checked(False)).run())
        first = next((e for e in (self.host, self.database, self.user) if not e.text().strip()), self.password)
        first.setFocus()

    # --- the fields and the address ------------------------------------------------------------------------

    def set_address(self, text: str, *, rewrite: bool = True) -> bool:
        """Fill the fields from a connection address (a password in it goes to the password field only).
        False, and nothing changed, when it is not a PostgreSQL address.

        The address field then shows the address without its password, normalized to psycopg; with
        ``rewrite`` False (while the user types in it) it is left as typed unless it held a password.
        """
        try:
            url, password = parse_address(text)
        except ValueError:
            return False
        before = self.address_url()
        self.host.setText(url.host or "")
        self.port.setText(str(url.port or DEFAULT_PORT))
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        if password:
            self.password.setText(password)
        self._query = dict(url.query)
        if rewrite or password:
            self.address.setText(url_text(url))
        if self._query:
            self.paste_toggle.setChecked(True)  # what the fields cannot show stays in sight
        self.address_field.set_message(None)
        if self.address_url() != before:
            self._connection_changed()
        return True

    def address_url(self) -> URL | None:
        """The password-less URL the fields name; None while they do not name one (see :meth:`validate`)."""
        port = self._port()
        if port is None or not all((self.host.text().strip(), self.database.text().strip(),
                                    self.user.text().strip())):
            return None
        return compose_address(self.host.text().strip(), port, self.database.text().strip(),
                               self.user.text().strip(), self._query)

    def _port(self) -> int | None:
        text = self.port.text().strip()
        if not text:
            return DEFAULT_PORT
        if not text.isdigit() or not 1 <= int(text) <= 65535:
            return None
        return int(text)

    @Slot(str)
    def _fields_edited(self, _text: str) -> None:
        self._connection_changed()
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        if host or database or user:
            port = self._port() or DEFAULT_PORT
            self.address.setText(url_text(compose_address(host, port, database, user, self._query)))
        else:
            self.address.clear()
        self.address_field.set_message(None)

    @Slot(str)
    def _address_edited(self, text: str) -> None:
        if not text.strip():
            self._query = {}
            return
        self.set_address(text, rewrite=False)

    @Slot()
    def _check_address(self) -> None:
        text = self.address.text().strip()
        if text and not self.set_address(text):
            self.address_field.set_message(self.tr("This is not a PostgreSQL address. It looks like "
                                                   "postgresql://user@server:5432/database."))

    @Slot(bool)
    def _show_address(self, shown: bool) -> None:
        if shown and not self.address.text().strip() and self.host.text().strip():
            self._fields_edited("")
        self.form.setRowVisible(self.address_field, shown)
        self._fit()

    def _connection_changed(self) -> None:
        """Another database may be named now: "set up a new company" was about the previous one."""
        if not self.create_box.isHidden() or self.create_box.isChecked():
            self.create_box.setChecked(False)
            self.form.setRowVisible(self.create_box, False)
            self._fit()

    @Slot(bool)
    def _create_toggled(self, checked: bool) -> None:
        self.open_button.setText(self.tr("&Set up") if checked else self.tr("&Open"))

    @Slot(object)
    def _keychain_checked(self, usable: object) -> None:
        self.keychain_usable = bool(usable)
        self.password_hint.setVisible(self.keychain_usable)
        self.keychain_note.setVisible(not self.keychain_usable)
        self._fit()

    def _fit(self) -> None:
        QTimer.singleShot(0, self, self._resize_to_content)

    @Slot()
    def _resize_to_content(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
            width = max(self.width(), layout.minimumSize().width())
            height = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
            self.resize(width, max(height, layout.minimumSize().height()))

    # --- opening ---------------------------------------------------------------------------------------------

    def validate(self) -> bool:
        """Show a message next to each field that needs one; True when the fields name a database."""
        checks = (
            (self.host_field, self.tr("Enter the server's name or address.") if not self.host.text().strip()
             else None),
            (self.port_field, self.tr("Enter a port number from 1 to 65535.") if self._port() is None else None),
            (self.database_field, self.tr("Enter the database name.") if not self.database.text().strip()
             else None),
            (self.user_field, self.tr("Enter your user name.") if not self.user.text().strip() else None),
        )
        first: QLineEdit | None = None
        for field, text in checks:
            field.set_message(text)
            if text and first is None:
                first = field.editor
        self.password_field.set_message(None)
        if first is not None:
            first.setFocus()
            self._fit()
            return False
        return True

    @property
    def connecting(self) -> bool:
        """An attempt to open is running (and the dialog still waits for it)."""
        return self._attempt is not None

    @Slot()
    def open_company(self) -> None:
        """Validate, then keep the password and open in the background."""
        if self.connecting:
            return
        address = self.address.text().strip()
        if self.paste_toggle.isChecked() and address and not self.set_address(address):
            self._check_address()
            self.address.setFocus()
            return
        if not self.validate():
            return
        url = self.address_url()
        assert url is not None  # validate() said so
        password = self.password.text() or None
        create = self.create_box.isVisibleTo(self) and self.create_box.isChecked()
        self._password = password
        self.message.clear()
        self._set_connecting(self.tr("Connecting to {server}…").format(server=url.host))
        open_fn, abandoned = self.open_fn, threading.Event()
        self._attempt = abandoned
        (BackgroundOp(self, lambda ctx: _open_shared(open_fn, url, password, create, abandoned, ctx),
                      label="open shared company")
         .success(lambda outcome: self._opened(outcome, abandoned))
         .failure(lambda failure: self._failed(failure, abandoned))
         .on_cancel(lambda: self._cancelled(abandoned))
         .run())

    def _set_connecting(self, text: str | None) -> None:
        working = text is not None
        self.busy_label.setText(text or "")
        self.busy.setVisible(working)
        for widget in (self.host, self.port, self.database, self.user, self.password, self.create_box,
                       self.paste_toggle, self.address, self.open_button):
            widget.setEnabled(not working)
        self._fit()

    def _ended(self, attempt: threading.Event) -> bool:
        """An attempt is over; True if the dialog still waited for it (it was not abandoned)."""
        if self._attempt is attempt:
            self._attempt = None
            self._set_connecting(None)
        return not attempt.is_set()

    def _opened(self, outcome: _Opened, attempt: threading.Event) -> None:
        if not self._ended(attempt):
            _discard(outcome.result)
            return
        self.target = outcome.target
        self.password_kept = outcome.password_kept
        self.password.clear()
        if outcome.password_kept is False:
            log.warning("opened %s; the keychain could not keep its password", outcome.target)
        else:
            log.info("opened shared company %s", outcome.target)
        self.opened.emit(outcome.target, outcome.result)
        self.accept()

    def _cancelled(self, attempt: threading.Event) -> None:
        self._ended(attempt)  # abandoned before open_fn was called: nothing to close

    def _failed(self, failure: Failure, attempt: threading.Event) -> None:
        if self._ended(attempt):
            self.show_failure(failure.error)

    def show_failure(self, error: BaseException) -> None:
        """Explain why opening failed, at the top, and put the cursor where the fix goes.

        The window may call it too, for a shared company from the recent list that failed to open.
        """
        kind = classify(error)
        url = self.address_url()
        user = url.username if url is not None and url.username else self.user.text().strip()
        database = url.database if url is not None and url.database else self.database.text().strip()
        server = url.host if url is not None and url.host else self.host.text().strip()
        focus: QLineEdit | None = None
        if kind == "no_company":
            text = self.tr("The database {database} holds no qbdesk company yet. If it is the right one, tick "
                           "“{option}” and open it again.").format(
                database=database, option=self.create_box.text().replace("&", ""))
            self.form.setRowVisible(self.create_box, True)
            self._fit()
        elif kind == "no_database":
            text = self.tr("There is no database {database} on {server}. Check its name, or ask your "
                           "administrator to create it.").format(database=database, server=server)
            focus = self.database
        elif kind == "wrong_password":
            text = self.tr("The server did not accept the password for {user}. Check the user name and type "
                           "the password again.").format(user=user)
            self.password.clear()
            focus = self.password
        elif kind == "no_password":
            text = self.tr("Enter the password for {user}.").format(user=user)
            focus = self.password
        elif kind == "no_user":
            text = self.tr("There is no user {user} on {server}. Check the user name.").format(
                user=user, server=server)
            focus = self.user
        elif kind == "not_allowed_here":
            text = self.tr("{server} does not accept {user} from this computer. Ask your administrator to allow "
                           "it (pg_hba.conf).").format(server=server, user=user)
        elif kind == "permission" and self.create_box.isChecked():
            text = self.tr("{user} may not set up a company in {database}. Ask your administrator to make "
                           "{user} the database's owner.").format(user=user, database=database)
        elif kind == "permission":
            text = self.tr("{user} may not use the database {database}. Ask your administrator for "
                           "access.").format(user=user, database=database)
        elif kind == "unknown_host":
            text = self.tr("No server named {server} was found. Check the server's name, and that this computer "
                           "is on the office network.").format(server=server)
            focus = self.host
        elif kind == "unreachable":
            text = self.tr("{server} did not answer on port {port}. Check that the server is on, the port is "
                           "right, and this computer is on the office network.").format(
                server=server, port=self.port.text().strip() or DEFAULT_PORT)
        else:
            text = self.tr("The company could not be opened: {message}").format(
                message=driver_message(error, self._password))
        log.warning("opening a shared company failed (%s): %s", kind, driver_message(error, self._password))
        self.message.show_message(text, "error")
        if focus is not None:
            focus.setFocus()
        self._fit()

    def done(self, result: int) -> None:
        """Closing while connecting abandons the attempt: whatever it still returns is closed, not reported."""
        if self._attempt is not None:
            # Not BackgroundOp.cancel(): that would turn a late success into "cancelled" and drop its result
            # unclosed. The attempt notices the flag itself, and so does _opened.
            self._attempt.set()
            self._attempt = None
            self._set_connecting(None)  # shown again, the dialog is ready for another try
        super().done(result)
