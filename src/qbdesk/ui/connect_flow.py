"""Connecting a company to QuickBooks from the window: the steps that leave the GUI thread.

The same sequence as ``qbdesk connect`` (``qbdesk.cli.connect``), split where the
window has to step in: :func:`prepare_sign_in` reads the discovery document (an
HTTP request intuit-oauth makes when its client is built) and starts the loopback
listener; the window then opens the browser; :func:`complete_sign_in` waits for
the browser to come back — or for the address the user pasted — checks
``state``, exchanges the code, saves the tokens (first, they are live), the client
secret (keychain only) and the configuration (company file), and reads
CompanyInfo. Every function here runs through ``BackgroundOp``; none touches a
widget.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from qbdesk.ui.background import Cancelled, TaskContext
from qbdesk.ui.logs import logger

if TYPE_CHECKING:
    from intuitlib.client import AuthClient

    from qbdesk.qbo.connection import Connection, ConnectionConfig, Health
    from qbdesk.qbo.oauth import CallbackResult, LoopbackReceiver
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop

log = logger("qbo")

SIGN_IN_TIMEOUT = 600.0  # the user may take a while in the browser (two-factor sign-in…)
SANDBOX_REDIRECT = "http://127.0.0.1/callback"  # any free port: the qbdesk sandbox accepts it (RFC 8252)


class KeychainUnavailable(Exception):
    """No usable OS keychain: tokens and the client secret have nowhere safe to go."""


class WrongCompany(Exception):
    """The browser signed in to another QuickBooks company than the one this file is linked to."""

    def __init__(self, expected: str, got: str) -> None:
        super().__init__(f"signed in to company {got}, but this file is linked to {expected}")
        self.expected = expected
        self.got = got


class MissingSecret(Exception):
    """No client secret typed and none in the keychain for this client ID."""


@dataclass(frozen=True)
class ConnectRequest:
    """What the Connect dialog collected. ``secret`` None means "the one already in the keychain"."""

    environment: str                 # "production" | "sandbox" | "qbdesk-sandbox"
    client_id: str
    secret: str | None
    redirect_uri: str
    sandbox_url: str | None = None   # base URL of a qbdesk sandbox ("http://127.0.0.1:53127")
    time_scale: float = 1.0


def keychain_available() -> bool:
    """False when keyring found no backend (its ``fail`` keyring), e.g. a headless Linux without Secret Service."""
    import keyring
    import keyring.backends.fail

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring)


def build_config(request: ConnectRequest) -> ConnectionConfig:
    from qbdesk.qbo.connection import ConnectionConfig

    if request.environment == "qbdesk-sandbox":
        base = (request.sandbox_url or "").rstrip("/")
        if not base.startswith(("http://", "https://")):
            raise ValueError("sandbox address")
        config = ConnectionConfig.for_environment(
            "qbdesk-sandbox", request.client_id, discovery_url=f"{base}/.well-known/openid_configuration",
            api_base=f"{base}/v3", redirect_uri=request.redirect_uri)
    else:
        config = ConnectionConfig.for_environment(request.environment, request.client_id,
                                                  redirect_uri=request.redirect_uri)
    return dataclasses.replace(config, time_scale=request.time_scale)


class PendingSignIn:
    """A sign-in waiting for the browser: the OAuth client, the one-shot listener, the expected state.

    :meth:`paste` and :meth:`cancel` are called from the GUI thread; they wake the
    background wait through the listener, so nothing blocks.
    """

    def __init__(self, auth: AuthClient, receiver: LoopbackReceiver, state: str, url: str,
                 config: ConnectionConfig, secret: str) -> None:
        self.auth = auth
        self.receiver = receiver
        self.state = state
        self.url = url
        self.config = config
        self.secret = secret
        self._lock = threading.Lock()
        self.pasted: CallbackResult | None = None
        self.cancelled = False

    def paste(self, address: str) -> bool:
        """Use the address the browser ended on; False if it holds no answer at all."""
        from qbdesk.qbo.oauth import parse_callback_url

        result = parse_callback_url(address)
        if not (result.code or result.error):
            return False
        with self._lock:
            self.pasted = result
        self.receiver.cancel()
        return True

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
        self.receiver.cancel()


def _loopback_port(redirect_uri: str) -> tuple[bool, int | None, str]:
    """(is a loopback redirect, its port or None, its path)."""
    parsed = urlparse(redirect_uri)
    loop = parsed.scheme == "http" and parsed.hostname in ("localhost", "127.0.0.1")
    return loop, parsed.port, parsed.path or "/callback"


def prepare_sign_in(request: ConnectRequest, ctx: TaskContext) -> PendingSignIn:
    """Build the OAuth client (reads the discovery document) and start listening for the browser."""
    from intuitlib.enums import Scopes

    from qbdesk.qbo.oauth import LoopbackReceiver, make_auth_client, new_state
    from qbdesk.qbo.tokens import TokenStore

    if not keychain_available():
        raise KeychainUnavailable
    config = build_config(request)
    secret = request.secret or TokenStore().client_secret(request.client_id)
    if not secret:
        raise MissingSecret
    ctx.progress(0, 0, "discovery")
    auth = make_auth_client(config.client_id, secret, config.redirect_uri, config.discovery)
    loop, port, path = _loopback_port(config.redirect_uri)
    receiver = LoopbackReceiver(port or 0, path) if loop else LoopbackReceiver(0, "/callback")
    if loop and port is None:
        host = urlparse(config.redirect_uri).hostname
        auth.redirect_uri = f"http://{host}:{receiver.port}{path}"
    state = new_state(receiver.port)
    receiver.expect(state)
    url = auth.get_authorization_url([Scopes.ACCOUNTING], state_token=state)
    return PendingSignIn(auth, receiver, state, url, config, secret)


def complete_sign_in(pending: PendingSignIn, company: Company, lock_dir: Path, previous_realm: str | None,
                     ctx: TaskContext, timeout: float = SIGN_IN_TIMEOUT, *, desktop: Desktop | None = None
                     ) -> Connection:
    """Wait for the browser (or the pasted address), then save everything and open the connection.

    The tokens now live in this desktop's keychain, so this desktop becomes the company's sync host (as
    ``qbdesk connect`` does): another desktop's engine would spend tokens QuickBooks rotates."""
    from qbdesk.qbo.connection import Connection, save_config
    from qbdesk.qbo.oauth import finish_sign_in, revoke
    from qbdesk.qbo.tokens import TokenStore

    result = pending.receiver.wait(timeout)
    if pending.pasted is not None:
        result = pending.pasted
    elif pending.cancelled or ctx.cancelled:
        raise Cancelled
    ctx.progress(0, 0, "exchange")
    tokens = finish_sign_in(pending.auth, result, pending.state, time.time())
    if previous_realm and tokens.realm_id != previous_realm:
        revoke(pending.auth, tokens.refresh_token)  # not this file's company: leave nothing behind
        raise WrongCompany(previous_realm, tokens.realm_id)
    store = TokenStore()
    store.save(tokens)  # before anything else: these tokens are live now
    store.save_client_secret(pending.config.client_id, pending.secret)
    config = dataclasses.replace(pending.config, realm_id=tokens.realm_id)
    with company.session() as s:
        save_config(s, config)
    if desktop is not None:
        from qbdesk.sync.office import set_sign_in_needed, take_over

        take_over(company, desktop)
        set_sign_in_needed(company, False)
    connection = Connection(config, secret=pending.secret, store=store, lock_dir=lock_dir)
    try:
        info = connection.client.company_info()
    except Exception:
        connection.close()
        raise
    config = dataclasses.replace(config, company_name=info.get("CompanyName"))
    with company.session() as s:
        save_config(s, config)
    connection.config = config
    log.info("connected to QuickBooks company %s (%s)", config.realm_id, config.environment)
    return connection


def disconnect(connection: Connection, company: Company, _ctx: TaskContext) -> None:
    """Revoke the sign-in, forget the tokens, keep the rest of the configuration for a later reconnect."""
    from qbdesk.qbo.connection import save_config
    from qbdesk.qbo.errors import QboError, ReconnectNeeded
    from qbdesk.qbo.oauth import revoke

    realm = connection.config.realm_id or ""
    tokens = connection.store.load(realm)
    if tokens is not None:
        try:
            revoke(connection.auth, tokens.refresh_token)
        except (QboError, ReconnectNeeded) as exc:  # the server may be gone: forgetting is what matters
            log.info("revoke failed (%s); forgetting the tokens anyway", type(exc).__name__)
    connection.store.delete(realm)
    with company.session() as s:
        save_config(s, dataclasses.replace(connection.config, realm_id=None))
    connection.close()
    log.info("disconnected from QuickBooks company %s", realm)


def read_health(connection: Connection, check: bool, _ctx: TaskContext) -> Health:
    """The health figures (the keychain read stays off the GUI thread); ``check`` calls QuickBooks first.

    A refused sign-in (invalid_grant) raises ``ReconnectNeeded`` for the caller to show.
    """
    if check:
        connection.client.company_info()
    return connection.health()
