"""``qbdesk connect`` and ``qbdesk disconnect``: sign in to QuickBooks, or revoke and forget."""

from __future__ import annotations

import argparse
import time
import webbrowser
from urllib.parse import urlparse

import requests

from qbdesk.cli.common import EXIT_NOT_CONNECTED, EXIT_OK, UsageError, fail, print_json, with_company
from qbdesk.cli.connection import client_secret, lock_dir, open_connection, this_desktop
from qbdesk.qbo.connection import DEFAULT_REDIRECT, ConnectionConfig, load_config, save_config
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.qbo.oauth import OAuthError, make_auth_client, revoke, sign_in
from qbdesk.qbo.tokens import TokenStore
from qbdesk.store import Company
from qbdesk.sync.office import take_over


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("connect", help="sign in to QuickBooks Online and keep the connection in the keychain")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--environment", choices=("production", "sandbox"), default="production",
                   help="Intuit environment (ignored with --discovery-url)")
    p.add_argument("--discovery-url", help="OAuth discovery document URL (e.g. the qbdesk sandbox's)")
    p.add_argument("--api-base", help="API base URL ending in /v3 (with --discovery-url)")
    p.add_argument("--client-id", help="client ID of your Intuit app (default: the one used last time)")
    p.add_argument("--redirect-uri", default=None, help=f"registered redirect URI (default {DEFAULT_REDIRECT})")
    p.add_argument("--auto-consent", action="store_true",
                   help="skip the consent page (only the qbdesk sandbox supports this)")
    p.add_argument("--time-scale", type=float, default=1.0, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_connect)

    d = sub.add_parser("disconnect", help="revoke the QuickBooks connection and forget its tokens")
    d.add_argument("--company", required=True, help="company file (path) or database URL")
    d.set_defaults(func=run_disconnect)


def _auto_consent_browser(url: str) -> None:
    """Follow the authorize URL like a browser would, straight to the loopback listener."""
    requests.get(url + "&auto_consent=true", timeout=30, allow_redirects=True)


@with_company
def run_connect(args: argparse.Namespace, company: Company) -> int:
    store = TokenStore()
    try:
        with company.session() as s:
            previous = load_config(s)
        client_id = args.client_id or (previous.client_id if previous else None)
        if not client_id:
            return fail("--client-id is required the first time")
        if args.discovery_url or args.api_base:
            if not (args.discovery_url and args.api_base):
                return fail("--discovery-url and --api-base go together")
            host = urlparse(args.discovery_url).hostname or ""
            environment = "qbdesk-sandbox" if host in ("127.0.0.1", "localhost") else "custom"
            config = ConnectionConfig.for_environment(environment, client_id, discovery_url=args.discovery_url,
                                                      api_base=args.api_base,
                                                      redirect_uri=args.redirect_uri or DEFAULT_REDIRECT)
        else:
            config = ConnectionConfig.for_environment(args.environment, client_id,
                                                      redirect_uri=args.redirect_uri or DEFAULT_REDIRECT)
        if args.auto_consent and config.environment != "qbdesk-sandbox":
            return fail("--auto-consent only works against the qbdesk sandbox")
        config = ConnectionConfig(**{**config.to_json(), "time_scale": args.time_scale})
        secret = client_secret(store, client_id, ask=not args.auto_consent)
        auth = make_auth_client(client_id, secret, config.redirect_uri, config.discovery)
        browser = _auto_consent_browser if args.auto_consent else webbrowser.open
        if not args.auto_consent:
            print("Your browser opens QuickBooks' sign-in page; approve access to finish connecting.")
        tokens = sign_in(auth, browser, now=time.time)
        store.save(tokens)  # before anything else: the tokens are live now
        store.save_client_secret(client_id, secret)
        config = ConnectionConfig(**{**config.to_json(), "realm_id": tokens.realm_id})
        with company.session() as s:
            save_config(s, config)
        from qbdesk.qbo.connection import Connection

        conn = Connection(config, secret=secret, store=store, lock_dir=lock_dir(args))
        info = conn.client.company_info()
        conn.close()
        config = ConnectionConfig(**{**config.to_json(), "company_name": info.get("CompanyName")})
        with company.session() as s:
            save_config(s, config)
        take_over(company, this_desktop(args))  # the tokens are in this desktop's keychain: it syncs now
    except (OAuthError, QboError, ReconnectNeeded, UsageError) as exc:
        return fail(str(exc), EXIT_NOT_CONNECTED)
    if args.json:
        print_json({"connected": True, "realm_id": config.realm_id, "company_name": config.company_name,
                    "environment": config.environment})
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
    tokens = store.load(config.realm_id)
    if tokens is not None:
        try:
            conn = open_connection(company, args)
            revoke(conn.auth, tokens.refresh_token)
            conn.close()
        except (QboError, ReconnectNeeded, UsageError):
            pass  # the server may be gone; forgetting locally is what matters
    store.delete(config.realm_id)
    with company.session() as s:
        save_config(s, ConnectionConfig(**{**config.to_json(), "realm_id": None}))
    print("Disconnected: the tokens were revoked and removed from the keychain.")
    return EXIT_OK
