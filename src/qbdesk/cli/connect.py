"""``qbdesk connect`` and ``qbdesk disconnect``: sign in to QuickBooks, or revoke and forget.

Three ways to connect, picked in this order:

* ``--client-id`` (or a company already connected with its owner's keys): **your own
  Intuit developer keys** — the client secret comes from the keychain, from
  ``QBDESK_CLIENT_SECRET``, or is asked for; never from the command line;
* otherwise **the sign-in relay** this build ships with (:mod:`qbdesk.qbo.distribution`):
  the browser opens, you pick the company, done — no keys at all;
* a build without a relay (a source checkout) says so, and how to use your own keys.

Every address is checked before anything is sent (:mod:`qbdesk.qbo.endpoints`):
Intuit's hosts and this computer are accepted; another host needs
``--allow-custom-host`` and HTTPS; plain HTTP to another computer is refused (exit
2). Without a password store on this computer the sign-in is kept in a plain file
only if you agree (``--keep-sign-in-in-file``, or a question on a terminal).
"""

from __future__ import annotations

import argparse
import sys
import time
import webbrowser

import requests

from qbdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    exit_for,
    fail,
    fail_for,
    print_json,
    with_company,
)
from qbdesk.cli.connection import app_dirs, client_secret, lock_dir, this_desktop
from qbdesk.desktop.config import DESKTOP_TOO, has_synced_with_desktop
from qbdesk.qbo import distribution
from qbdesk.qbo.connection import DEFAULT_REDIRECT, Connection, ConnectionConfig
from qbdesk.qbo.endpoints import EndpointRefused, is_loopback
from qbdesk.qbo.keychain import Choice, PlainFileNeeded, agree_to_plain_file, choose
from qbdesk.qbo.oauth import OAuthError, make_auth_client, sign_in
from qbdesk.qbo.relay_client import sign_in_through_relay
from qbdesk.qbo.tokens import TokenSet, TokenStore, bind_new_sign_in
from qbdesk.store import Company
from qbdesk.sync.connection_config import load_config, save_config
from qbdesk.sync.office import take_over

NO_RELAY = ("This build of qbdesk has no sign-in relay configured (a source checkout), so it cannot connect with "
            "one click. Connect with your own Intuit developer keys instead: "
            "`qbdesk connect --company PATH --client-id YOUR_CLIENT_ID` (the client secret is asked for, or read "
            "from QBDESK_CLIENT_SECRET; README.md, \"Your own Intuit developer keys\"). To try qbdesk without "
            "QuickBooks, open the practice company: `qbdesk --sandbox`.")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("connect", help="sign in to QuickBooks Online and keep the connection in the keychain")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--environment", choices=("production", "sandbox"), default="production",
                   help="Intuit environment of your own keys (ignored with --discovery-url)")
    p.add_argument("--discovery-url", help="OAuth discovery document URL (e.g. the qbdesk sandbox's)")
    p.add_argument("--api-base", help="API base URL ending in /v3 (with --discovery-url)")
    p.add_argument("--client-id", help="client ID of your own Intuit app (default: the one used last time; "
                                       "without one, the build's sign-in relay is used)")
    p.add_argument("--redirect-uri", default=None, help=f"registered redirect URI of your own app "
                                                        f"(default {DEFAULT_REDIRECT})")
    p.add_argument("--allow-custom-host", action="store_true",
                   help="send the sign-in to a host that is neither Intuit's nor this computer (HTTPS only)")
    p.add_argument("--keep-sign-in-in-file", action="store_true",
                   help="without a password store on this computer, agree to keep the sign-in in a plain file "
                        "only you can read")
    p.add_argument("--auto-consent", action="store_true",
                   help="skip the consent page (only the qbdesk sandbox supports this)")
    p.add_argument("--time-scale", type=float, default=1.0, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_connect)

    d = sub.add_parser("disconnect", help="revoke the QuickBooks connection and forget its tokens")
    d.add_argument("--company", required=True, help="company file (path) or database URL")
    d.add_argument("--yes", action="store_true",
                   help="revoke even when other company files on this computer use the same connection")
    d.add_argument("--keep-for-others", action="store_true",
                   help="only unlink this company file; other company files keep using the connection")
    d.add_argument("--json", action="store_true", help="print one JSON document")
    d.set_defaults(func=run_disconnect)


def _auto_consent_browser(url: str) -> None:
    """Follow the authorize URL like a browser would, straight to the loopback listener."""
    requests.get(url + "&auto_consent=true", timeout=30, allow_redirects=True)


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes", "o", "oui", "s", "sí", "si")


def _ensure_keychain(args: argparse.Namespace) -> Choice:
    """Where the sign-in will be kept; the plain file only with the user's agreement."""
    plain = app_dirs(args).plain_keyring
    choice = choose(plain)
    if choice is not Choice.NONE:
        return choice
    needed = PlainFileNeeded(plain)
    if args.keep_sign_in_in_file or _ask(f"{needed}. Keep it in that file?"):
        agree_to_plain_file(plain)
        return Choice.PLAIN_FILE
    raise UsageError(f"{needed}. Nothing was stored. Install and unlock a password store (GNOME Keyring, "
                     f"KWallet), or agree to the file with --keep-sign-in-in-file")


def _config(args: argparse.Namespace, previous: ConnectionConfig | None) -> ConnectionConfig:
    """The connection to make, from the arguments, the previous one, and the build's relay."""
    client_id = args.client_id or (previous.client_id if previous and not previous.uses_relay else None)
    if (args.discovery_url or args.api_base) and not (args.discovery_url and args.api_base):
        raise UsageError("--discovery-url and --api-base go together")
    build = distribution.load()
    if client_id is None and not (args.discovery_url or args.api_base) and build is not None:
        return ConnectionConfig(build.environment, build.client_id, build.api_base, build.discovery,
                                relay_url=build.relay_url.rstrip("/"), time_scale=args.time_scale)
    if client_id is None:
        raise UsageError(NO_RELAY)
    redirect = args.redirect_uri or (previous.redirect_uri if previous and not previous.uses_relay
                                     else DEFAULT_REDIRECT)
    if args.discovery_url:
        host_is_local = is_loopback(_host(args.discovery_url))
        environment = "qbdesk-sandbox" if host_is_local else "custom"
        config = ConnectionConfig.for_environment(environment, client_id, discovery_url=args.discovery_url,
                                                  api_base=args.api_base, redirect_uri=redirect)
    else:
        config = ConnectionConfig.for_environment(args.environment, client_id, redirect_uri=redirect)
    return ConnectionConfig(**{**config.to_json(), "time_scale": args.time_scale})


def _host(url: str) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def _sign_in(args: argparse.Namespace, config: ConnectionConfig, store: TokenStore) -> tuple[TokenSet, str | None]:
    browser = _auto_consent_browser if args.auto_consent else webbrowser.open
    if not args.auto_consent:
        print("Your browser opens QuickBooks' sign-in page; choose the company and approve access to finish "
              "connecting.", file=sys.stderr)
    if config.relay_url:
        tokens = sign_in_through_relay(config.relay_url, config.client_id, config.discovery, config.api_base,
                                       browser, allow_custom=args.allow_custom_host)
        return tokens, None
    secret = client_secret(store, config.client_id, ask=True)
    auth = make_auth_client(config.client_id, secret, config.redirect_uri, config.discovery,
                            allow_custom=args.allow_custom_host)
    try:
        return sign_in(auth, browser, now=time.time), secret
    finally:
        auth.close()


@with_company
def run_connect(args: argparse.Namespace, company: Company) -> int:
    if has_synced_with_desktop(company):  # its links are Desktop's: Online would take them for its own
        return fail(DESKTOP_TOO)
    store = TokenStore()
    try:
        with company.session() as s:
            previous = load_config(s)
        config = _config(args, previous)
        endpoints = config.endpoints
        endpoints.check(allow_custom=args.allow_custom_host)  # before anything is sent: exit 2 if refused
        if args.auto_consent and config.environment != "qbdesk-sandbox":
            return fail("--auto-consent only works against the qbdesk sandbox")
        if not all(is_loopback(_host(url)) for url in endpoints.urls()):
            _ensure_keychain(args)  # real QuickBooks: a password store, or the user's agreement to a file
        tokens, secret = _sign_in(args, config, store)
        tokens = bind_new_sign_in(tokens, endpoints, store.load(tokens.realm_id), company.identity)
        store.save(tokens)  # before anything else: the tokens are live now
        if secret is not None:
            store.save_client_secret(config.client_id, secret)
        config = ConnectionConfig(**{**config.to_json(), "realm_id": tokens.realm_id})
        with company.session() as s:
            save_config(s, config)
        conn = Connection(config, secret=secret, store=store, lock_dir=lock_dir(args))
        try:
            info = conn.client.company_info()
        finally:
            conn.close()
        config = ConnectionConfig(**{**config.to_json(), "company_name": info.get("CompanyName")})
        with company.session() as s:
            save_config(s, config)
        take_over(company, this_desktop(args))  # the tokens are in this desktop's keychain: it syncs now
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except OAuthError as exc:
        return fail(str(exc), 3)
    except EndpointRefused as exc:
        return fail(str(exc), EXIT_USAGE)
    except Exception as exc:
        if exit_for(exc) is None:
            raise
        return fail_for(exc)
    if args.json:
        print_json({"connected": True, "realm_id": config.realm_id, "company_name": config.company_name,
                    "environment": config.environment, "relay": bool(config.relay_url),
                    "shared_with": [u for u in tokens.users if u != company.identity]})
    else:
        print(f"Connected to {config.company_name or 'QuickBooks'} (company {config.realm_id}).")
    return EXIT_OK


@with_company
def run_disconnect(args: argparse.Namespace, company: Company) -> int:
    with company.session() as s:
        config = load_config(s)
    if config is None or not config.realm_id:
        print("This company is not connected.")
        return EXIT_OK
    store = TokenStore()
    me = company.identity
    tokens = store.load(config.realm_id)
    others = [u for u in (tokens.users if tokens else ()) if u != me]
    if args.keep_for_others:
        _unlink(company, config, store, me)
        print("This company file is no longer connected; the connection stays for the other company files "
              "that use it.")
        return EXIT_OK
    if others and not args.yes:
        listed = "\n".join(f"  {u}" for u in others)
        question = (f"{len(others)} other company file(s) on this computer use this QuickBooks connection:\n"
                    f"{listed}\nDisconnecting revokes it for them too. Disconnect all of them?")
        if not _ask(question):
            return fail(f"{question.removesuffix(' Disconnect all of them?')} Nothing was changed: add --yes to "
                        f"disconnect all of them, or --keep-for-others to unlink only this company file.",
                        EXIT_USAGE)
    revoked = False
    if tokens is not None:
        secret = None if config.uses_relay else store.client_secret(config.client_id)
        try:
            conn = Connection(config, secret=secret, store=store, lock_dir=lock_dir(args))
            try:
                revoked = conn.revoke()
            finally:
                conn.close()
        except Exception as exc:  # the sign-in is forgotten here whatever QuickBooks says
            if exit_for(exc) is None:
                raise
            print(f"qbdesk: QuickBooks was not asked to revoke the sign-in: {exc}", file=sys.stderr)
    store.delete(config.realm_id)
    with company.session() as s:
        save_config(s, ConnectionConfig(**{**config.to_json(), "realm_id": None}))
    if args.json:
        print_json({"disconnected": True, "revoked": revoked, "also_disconnected": others})
    elif revoked:
        print("Disconnected: QuickBooks confirmed that the connection is revoked, and the sign-in was removed from "
              "this computer.")
    else:
        print("Disconnected here: the sign-in was removed from this computer, but QuickBooks did not confirm that "
              "it revoked the connection. To be sure, disconnect qbdesk in QuickBooks too (Settings › Apps).")
    return EXIT_OK


def _unlink(company: Company, config: ConnectionConfig, store: TokenStore, me: str) -> None:
    tokens = store.load(config.realm_id or "")
    if tokens is not None:
        from dataclasses import replace

        store.save(replace(tokens, users=tuple(u for u in tokens.users if u != me)))
    with company.session() as s:
        save_config(s, ConnectionConfig(**{**config.to_json(), "realm_id": None}))
