"""Connecting a company to QuickBooks from the window: the steps that leave the GUI thread.

The same sequences as ``qbdesk connect`` (``qbdesk.cli.connect``), split where the
window has to step in. Three ways in (:class:`ConnectRequest`):

* ``relay`` — the one button: the build's sign-in relay (:mod:`qbdesk.qbo.relay_client`),
  no keys, no secret in the app;
* ``practice`` — the practice QuickBooks of ``qbdesk --sandbox``, no keys either;
* ``own-keys`` — the owner's own Intuit developer keys (Advanced).

:func:`prepare_sign_in` checks where the sign-in may go and be kept (before anything
is sent), reads the discovery document and starts the loopback listener; the
window then opens the browser; :func:`complete_sign_in` waits for the browser to
come back — or for the address the user pasted — checks ``state``, unseals or
exchanges, binds the tokens to their endpoints and saves them (first: they are
live), then the configuration, and reads CompanyInfo. Every function here runs
through ``BackgroundOp``; none touches a widget.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from qbdesk.ui.base.background import Cancelled, TaskContext
from qbdesk.ui.base.logs import logger

if TYPE_CHECKING:
    from qbdesk.qbo.connection import Connection, ConnectionConfig, Health
    from qbdesk.qbo.distribution import Distribution
    from qbdesk.qbo.endpoints import Endpoints
    from qbdesk.qbo.oauth import CallbackResult, LoopbackReceiver
    from qbdesk.qbo.tokens import TokenSet
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop

log = logger("qbo")

SIGN_IN_TIMEOUT = 600.0  # the user may take a while in the browser (two-factor sign-in…)
SANDBOX_REDIRECT = "http://127.0.0.1/callback"  # any free port: the qbdesk sandbox accepts it (RFC 8252)
RELAY, PRACTICE, OWN_KEYS = "relay", "practice", "own-keys"


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


class NoRelay(Exception):
    """This build has no sign-in relay: only the owner's own keys (or the practice company) can connect."""


@dataclass(frozen=True)
class ConnectRequest:
    """What the Connect dialog collected. ``secret`` None means "the one already in the keychain"."""

    environment: str                 # "production" | "sandbox" | "qbdesk-sandbox"
    client_id: str
    secret: str | None
    redirect_uri: str
    sandbox_url: str | None = None   # base URL of a qbdesk sandbox ("http://127.0.0.1:53127")
    time_scale: float = 1.0
    mode: str = OWN_KEYS             # RELAY | PRACTICE | OWN_KEYS
    allow_custom: bool = False       # the user confirmed a host that is neither Intuit's nor this computer
    plain_file: Path | None = None   # where sign-ins go if the user agreed to a plain file (no password store)


def keychain_available() -> bool:
    """False when keyring found no backend (its ``fail`` keyring), e.g. a headless Linux without Secret Service."""
    import keyring
    import keyring.backends.fail

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring)


def relay_distribution() -> Distribution | None:
    """This build's sign-in relay, or None (a source checkout)."""
    from qbdesk.qbo import distribution

    return distribution.load()


def build_config(request: ConnectRequest) -> ConnectionConfig:
    from qbdesk.qbo.connection import ConnectionConfig

    if request.mode == RELAY:
        build = relay_distribution()
        if build is None:
            raise NoRelay
        return ConnectionConfig(build.environment, build.client_id, build.api_base, build.discovery,
                                relay_url=build.relay_url.rstrip("/"), time_scale=request.time_scale)
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


def custom_hosts(request: ConnectRequest) -> list[str]:
    """Hosts the request would send the sign-in to that are neither Intuit's nor this computer (ask first).

    Raises :class:`~qbdesk.qbo.endpoints.EndpointRefused` for plain HTTP to another computer."""
    config = build_config(request)
    config.endpoints.check(allow_custom=True)
    return config.endpoints.custom_hosts()


class PendingSignIn:
    """A sign-in waiting for the browser: the one-shot listener, the expected state, how to finish.

    :meth:`paste` and :meth:`cancel` are called from the GUI thread; they wake the
    background wait through the listener, so nothing blocks.
    """

    def __init__(self, receiver: LoopbackReceiver, state: str, url: str, config: ConnectionConfig,
                 secret: str | None, finish: Callable[[CallbackResult | None], TokenSet],
                 close: Callable[[], None] = lambda: None) -> None:
        self.receiver = receiver
        self.state = state
        self.url = url
        self.config = config
        self.secret = secret
        self.finish = finish
        self.close = close
        self._lock = threading.Lock()
        self.pasted: CallbackResult | None = None
        self.cancelled = False

    def paste(self, address: str) -> bool:
        """Use the address the browser ended on; False if it holds no answer at all."""
        from qbdesk.qbo.oauth import parse_callback_url

        result = parse_callback_url(address)
        if not result.has_answer:
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


def _check_keychain(config: ConnectionConfig, request: ConnectRequest) -> None:
    """Real QuickBooks needs a password store, a configured keyring, or the user's agreement to a plain file."""
    from qbdesk.qbo.endpoints import is_loopback
    from qbdesk.qbo.keychain import require

    if all(is_loopback(urlparse(url).hostname) for url in config.endpoints.urls()):
        if not keychain_available():  # the practice company: nothing real at stake, but somewhere to keep it
            raise KeychainUnavailable
        return
    if request.plain_file is None:
        if not keychain_available():
            raise KeychainUnavailable
        return
    require(request.plain_file)


def prepare_sign_in(request: ConnectRequest, ctx: TaskContext) -> PendingSignIn:
    """Check where the sign-in may go and be kept, then start listening for the browser."""
    config = build_config(request)
    config.endpoints.check(allow_custom=request.allow_custom)  # before anything is sent
    _check_keychain(config, request)
    ctx.progress(0, 0, "discovery")
    if config.relay_url:
        from qbdesk.qbo.relay_client import begin_relay_sign_in, finish_relay_sign_in

        relay = begin_relay_sign_in(config.relay_url, config.client_id, config.discovery, config.api_base,
                                    allow_custom=request.allow_custom)
        return PendingSignIn(relay.receiver, relay.state, relay.url, config, None,
                             lambda result: finish_relay_sign_in(relay, result))

    from intuitlib.enums import Scopes

    from qbdesk.qbo.oauth import LoopbackReceiver, finish_sign_in, make_auth_client, new_state
    from qbdesk.qbo.tokens import TokenStore

    secret = request.secret or TokenStore().client_secret(request.client_id)
    if not secret:
        raise MissingSecret
    auth = make_auth_client(config.client_id, secret, config.redirect_uri, config.discovery,
                            allow_custom=request.allow_custom)
    loop, port, path = _loopback_port(config.redirect_uri)
    receiver = LoopbackReceiver(port or 0, path) if loop else LoopbackReceiver(0, "/callback")
    if loop and port is None:
        host = urlparse(config.redirect_uri).hostname
        auth.redirect_uri = f"http://{host}:{receiver.port}{path}"
    state = new_state(receiver.port)
    receiver.expect(state)
    url = auth.get_authorization_url([Scopes.ACCOUNTING], state_token=state)
    return PendingSignIn(receiver, state, url, config, secret,
                         lambda result: finish_sign_in(auth, result, state, time.time()), auth.close)


def complete_sign_in(pending: PendingSignIn, company: Company, lock_dir: Path, previous_realm: str | None,
                     ctx: TaskContext, timeout: float = SIGN_IN_TIMEOUT, *, desktop: Desktop | None = None
                     ) -> Connection:
    """Wait for the browser (or the pasted address), then save everything and open the connection.

    The tokens now live in this desktop's keychain, so this desktop becomes the company's sync host (as
    ``qbdesk connect`` does): another desktop's engine would spend tokens QuickBooks rotates."""
    from qbdesk.qbo.connection import Connection
    from qbdesk.qbo.tokens import TokenStore, bind_new_sign_in
    from qbdesk.sync.connection_config import save_config

    try:
        result = pending.receiver.wait(timeout)
        if pending.pasted is not None:
            result = pending.pasted
        elif pending.cancelled or ctx.cancelled:
            raise Cancelled
        ctx.progress(0, 0, "exchange")
        tokens = pending.finish(result)
    finally:
        pending.close()
    store = TokenStore()
    config = pending.config
    if previous_realm and tokens.realm_id != previous_realm:
        _revoke_unwanted(config, tokens, pending.secret)  # not this file's company: leave nothing behind
        raise WrongCompany(previous_realm, tokens.realm_id)
    tokens = bind_new_sign_in(tokens, config.endpoints, store.load(tokens.realm_id), company.identity)
    store.save(tokens)  # before anything else: these tokens are live now
    if pending.secret is not None:
        store.save_client_secret(config.client_id, pending.secret)
    config = dataclasses.replace(config, realm_id=tokens.realm_id)
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


def _revoke_unwanted(config: ConnectionConfig, tokens: TokenSet, secret: str | None) -> None:
    from qbdesk.qbo.oauth import make_auth_client, revoke
    from qbdesk.qbo.relay_client import relay_revoke

    try:
        if config.relay_url:
            relay_revoke(config.relay_url, tokens.refresh_token)
        elif secret:
            auth = make_auth_client(config.client_id, secret, config.redirect_uri, config.discovery,
                                    allow_custom=True)
            try:
                revoke(auth, tokens.refresh_token)
            finally:
                auth.close()
    except Exception as exc:  # the tokens were never saved: nothing is left behind here either way
        log.info("could not revoke the sign-in to the other company: %s", type(exc).__name__)


@dataclass(frozen=True)
class Sharing:
    """Who else on this desktop uses a connection (QuickBooks has one per app and company)."""

    others: tuple[str, ...]


def sharing(connection: Connection, company: Company, _ctx: TaskContext) -> Sharing:
    """The other company files using this connection (a keychain read: in the background)."""
    tokens = connection.store.load(connection.config.realm_id or "")
    users = tokens.users if tokens is not None else ()
    return Sharing(tuple(u for u in users if u != company.identity))


@dataclass(frozen=True)
class Disconnected:
    """What a disconnect did: whether QuickBooks confirmed the revocation, and which files lost the connection."""

    revoked: bool
    only_here: bool
    others: tuple[str, ...]


def disconnect(connection: Connection, company: Company, _ctx: TaskContext, *, only_here: bool = False
               ) -> Disconnected:
    """Revoke the sign-in (all company files sharing it lose it) and forget the tokens; or, ``only_here``,
    unlink this company file and leave the connection to the others. The rest of the configuration stays
    for a later reconnect."""
    from qbdesk.qbo.errors import QboError, ReconnectNeeded
    from qbdesk.sync.connection_config import save_config

    realm = connection.config.realm_id or ""
    me = company.identity
    tokens = connection.store.load(realm)
    others = tuple(u for u in (tokens.users if tokens else ()) if u != me)
    revoked = False
    if only_here:
        connection.tokens.remove_user(me)
    else:
        if tokens is not None:
            try:
                revoked = connection.revoke()
            except (QboError, ReconnectNeeded) as exc:  # the server may be gone: forgetting is what matters
                log.info("revoke failed (%s); forgetting the tokens anyway", type(exc).__name__)
        connection.store.delete(realm)
    with company.session() as s:
        save_config(s, dataclasses.replace(connection.config, realm_id=None))
    connection.close()
    log.info("disconnected company file from QuickBooks company %s (revoked: %s, only here: %s)", realm, revoked,
             only_here)
    return Disconnected(revoked, only_here, others)


def use_signed_in_endpoints(company: Company, endpoints: Endpoints, _ctx: TaskContext) -> None:
    """Answer to "this file names other addresses than its sign-in": put the sign-in's addresses back."""
    from qbdesk.sync.connection_config import load_config, save_config

    with company.session() as s:
        config = load_config(s)
        if config is None:
            return
        save_config(s, dataclasses.replace(config, discovery=endpoints.discovery, api_base=endpoints.api_base,
                                           relay_url=endpoints.relay))
    log.info("the company file's QuickBooks addresses were set back to those of its sign-in")


def agree_to_plain_file(path: Path, _ctx: TaskContext) -> None:
    from qbdesk.qbo.keychain import agree_to_plain_file as agree

    agree(path)


def read_health(connection: Connection, check: bool, _ctx: TaskContext) -> Health:
    """The health figures (the keychain read stays off the GUI thread); ``check`` calls QuickBooks first.

    A refused sign-in (invalid_grant) raises ``ReconnectNeeded`` for the caller to show.
    """
    if check:
        connection.client.company_info()
    return connection.health()
