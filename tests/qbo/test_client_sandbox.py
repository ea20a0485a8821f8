"""The QuickBooks client and sign-in against the sandbox over real HTTP (issue: connecting)."""

from __future__ import annotations

import logging
import threading
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from intuitlib.enums import Scopes

from qbdesk.qbo.client import BatchItem, QboClient
from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.errors import ReconnectNeeded, ValidationError
from qbdesk.qbo.governor import Governor
from qbdesk.qbo.oauth import OAuthError, finish_sign_in, make_auth_client, parse_callback_url, sign_in
from qbdesk.qbo.tokens import TokenManager, TokenStore
from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Company
from qbdesk.sync.connection_config import save_config


@pytest.fixture
def server() -> object:
    with SandboxServer(throttle=False) as sb:
        yield sb


def _browser(url: str) -> None:
    requests.get(url + "&auto_consent=true", timeout=10)


def _signed_in(server: SandboxServer, tmp_path: Path, size: int = 0) -> tuple[Connection, str]:
    realm = server.create_company(size=size, seed=3).realm_id
    app = server.create_app()
    auth = make_auth_client(app.client_id, app.client_secret, "http://127.0.0.1/callback", server.discovery_url)
    tokens = sign_in(auth, _browser, now=time.time)
    assert tokens.realm_id == realm
    store = TokenStore()
    store.save(tokens)
    config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                              "http://127.0.0.1/callback", realm_id=realm)
    return Connection(config, secret=app.client_secret, store=store, lock_dir=tmp_path), app.client_secret


def test_whole_oauth_flow_then_an_api_call(server: SandboxServer, keychain: Path, tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path)
    saved = TokenStore().load(conn.config.realm_id or "")
    assert saved is not None and saved.hard_expires_at is not None  # we asked for the hard expiry
    info = conn.client.company_info()
    assert info["Id"] == conn.config.realm_id or info.get("CompanyName")
    prefs = conn.client.preferences()
    assert "SalesFormsPrefs" in prefs
    health = conn.health()
    assert health.connected and not health.reconnect_needed and health.last_success is not None
    conn.close()


def test_state_mismatch_is_rejected(server: SandboxServer, keychain: Path) -> None:
    server.create_company(size=0)
    app = server.create_app()
    auth = make_auth_client(app.client_id, app.client_secret, "http://127.0.0.1:9/callback", server.discovery_url)
    url = auth.get_authorization_url([Scopes.ACCOUNTING], state_token="real-state")
    answer = requests.get(url + "&auto_consent=true", allow_redirects=False, timeout=10)
    callback = parse_callback_url(answer.headers["Location"])
    forged = type(callback)(callback.code, "forged-state", callback.realm_id)
    with pytest.raises(OAuthError, match="state"):
        finish_sign_in(auth, forged, "real-state", time.time())
    tokens = finish_sign_in(auth, callback, "real-state", time.time())  # the genuine answer still works
    assert tokens.realm_id == callback.realm_id


def test_refresh_rotation_is_persisted_and_the_old_token_is_dead(server: SandboxServer, keychain: Path,
                                                                  tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path)
    realm = conn.config.realm_id or ""
    first = TokenStore().load(realm)
    assert first is not None
    refreshed = conn.tokens.refresh()
    saved = TokenStore().load(realm)
    assert saved is not None and saved.refresh_token == refreshed.refresh_token != first.refresh_token
    stale = TokenManager(realm, TokenStore(), conn._refresh, lock_dir=tmp_path)
    TokenStore().save(first)  # a client that kept the old refresh token…
    with pytest.raises(ReconnectNeeded):
        stale.refresh()  # …is told to reconnect, it does not crash
    conn.close()


def test_access_token_expiring_in_the_middle_of_a_long_query(server: SandboxServer, keychain: Path,
                                                              tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path, size=3000)
    pages = conn.client.query_pages("SELECT * FROM Invoice", page_size=200)
    first = next(pages)
    server.advance(3700)  # the access token is now expired on the server's clock
    rest = [row for page in pages for row in page]
    ids = [r["Id"] for r in first + rest]
    assert len(ids) == len(set(ids)) == conn.client.count("Invoice")
    assert conn.client.stats.refreshes == 1
    conn.close()


def test_two_threads_refreshing_at_once_make_one_refresh(server: SandboxServer, keychain: Path,
                                                          tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path)
    stale = TokenStore().load(conn.config.realm_id or "")
    assert stale is not None
    managers = [TokenManager(conn.config.realm_id or "", TokenStore(), conn._refresh, lock_dir=tmp_path)
                for _ in range(4)]
    errors: list[BaseException] = []

    def refresh(m: TokenManager) -> None:
        try:
            m.refresh(stale_access_token=stale.access_token)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=refresh, args=(m,)) for m in managers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(m.refreshes for m in managers) == 1
    conn.close()


def test_paging_reads_every_record_once(server: SandboxServer, keychain: Path, tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path, size=9000)
    total = conn.client.count("Invoice")
    assert total > 2000  # three pages
    pages = list(conn.client.query_pages("SELECT * FROM Invoice"))
    assert [len(p) for p in pages[:-1]] == [1000] * (len(pages) - 1)
    assert len({r["Id"] for p in pages for r in p}) == total
    conn.close()


def test_batch_with_mixed_successes_and_faults(server: SandboxServer, keychain: Path, tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path, size=50)
    taken = conn.client.query("SELECT * FROM Customer")[0]["DisplayName"]
    results = conn.client.batch([
        BatchItem("ok1", "Customer", "create", {"DisplayName": "Brand New Customer"}),
        BatchItem("dup", "Customer", "create", {"DisplayName": taken}),
        BatchItem("q", query="SELECT * FROM Term"),
        BatchItem("ok2", "Vendor", "create", {"DisplayName": "Brand New Vendor"}),
    ])
    assert results["ok1"].ok and results["ok1"].entity and results["ok1"].entity["Id"]
    assert results["ok2"].ok
    fault = results["dup"].fault
    assert isinstance(fault, ValidationError) and fault.code == "6240"
    assert results["q"].query and results["q"].query.get("Term")
    conn.close()


def test_cdc_reports_creates_updates_and_deletes(server: SandboxServer, keychain: Path, tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path, size=60)
    since = server.clock.now()
    server.advance(5)
    created = conn.client.create("Customer", {"DisplayName": "CDC Person"})
    # QuickBooks refuses to delete an invoice a payment is applied to (800): take one that has none.
    invoice = next(i for i in conn.client.query("SELECT * FROM Invoice") if not i.get("LinkedTxn"))
    conn.client.delete("Invoice", invoice["Id"], invoice["SyncToken"])
    changes = conn.client.cdc(["Customer", "Invoice"], since)
    assert created["Id"] in {c["Id"] for c in changes.entities.get("Customer", [])}
    deleted = [i for i in changes.entities.get("Invoice", []) if i.get("status") == "Deleted"]
    assert [i["Id"] for i in deleted] == [invoice["Id"]]
    conn.close()


def test_5xx_and_dropped_connections_are_retried(server: SandboxServer, keychain: Path, tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path, size=40)
    conn.client.backoff = 0.01
    server.faults(conn.config.realm_id or "").configure(FaultPlan(server_error=0.3, drop_before=0.2), seed=5)
    for _ in range(10):
        assert conn.client.count("Customer") > 0
    assert conn.client.stats.retries > 0
    conn.close()


def test_a_create_dropped_after_commit_then_retried_leaves_one_record(server: SandboxServer, keychain: Path,
                                                                       tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path)
    realm = conn.config.realm_id or ""
    conn.client.backoff = 0.01
    faults = server.faults(realm)
    faults.configure(FaultPlan(drop_after=1.0), seed=1)
    threading.Timer(0.3, lambda: faults.configure(FaultPlan())).start()
    row = conn.client.create("Customer", {"DisplayName": "Exactly Once"})
    assert row["DisplayName"] == "Exactly Once"
    assert len(server.sandbox.find(realm, "Customer", DisplayName="Exactly Once")) == 1
    conn.close()


def test_throttled_client_waits_and_succeeds(keychain: Path, tmp_path: Path) -> None:
    from qbdesk.sandbox.throttle import Limits as ServerLimits

    with SandboxServer(throttle=True, speedup=60.0, limits=ServerLimits(per_minute=20)) as sb:
        conn, _ = _signed_in(sb, tmp_path, size=10)
        conn.client.governor = Governor(time_scale=60.0)  # believes 500/min: the server allows 20
        for _ in range(60):
            conn.client.count("Customer")
        assert conn.client.governor.stats.throttled > 0
        conn.close()


def test_no_secret_reaches_the_log_file_the_company_file_or_settings(server: SandboxServer, keychain: Path,
                                                                      tmp_path: Path, company: Company,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    log_file = tmp_path / "qbdesk.log"
    handler = logging.FileHandler(log_file)
    logging.getLogger().addHandler(handler)
    try:
        conn, secret = _signed_in(server, tmp_path, size=30)
        with company.session() as s:
            save_config(s, conn.config)
        conn.client.query("SELECT * FROM Customer")
        conn.tokens.refresh()
        conn.client.backoff = 0.01
        server.advance(3700)
        conn.client.count("Invoice")
        tokens = TokenStore().load(conn.config.realm_id or "")
        conn.close()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert tokens is not None
    secrets = [secret, tokens.access_token, tokens.refresh_token]
    company.close()
    assert company.path is not None
    haystacks = {"log file": log_file.read_bytes(), "captured log": caplog.text.encode(),
                 "company file": company.path.read_bytes()}
    wal = company.path.with_name(company.path.name + "-wal")
    if wal.exists():
        haystacks["company WAL"] = wal.read_bytes()
    for where, data in haystacks.items():
        for secret_value in secrets:
            assert secret_value.encode() not in data, f"a secret leaked into the {where}"
    assert haystacks["log file"] and caplog.records  # the test did log (the searches above searched something)


def test_redirect_uri_carries_the_loopback_port(server: SandboxServer, keychain: Path) -> None:
    server.create_company(size=0)
    app = server.create_app()
    auth = make_auth_client(app.client_id, app.client_secret, "http://127.0.0.1/callback", server.discovery_url)
    seen: list[str] = []

    def browser(url: str) -> None:
        seen.append(url)
        _browser(url)

    sign_in(auth, browser, now=time.time)
    redirect = parse_qs(urlparse(seen[0]).query)["redirect_uri"][0]
    assert urlparse(redirect).hostname == "127.0.0.1" and urlparse(redirect).port


def test_money_read_from_quickbooks_is_decimal(server: SandboxServer, keychain: Path, tmp_path: Path) -> None:
    conn, _ = _signed_in(server, tmp_path, size=150)
    invoice = conn.client.query("SELECT * FROM Invoice")[0]
    assert isinstance(invoice["TotalAmt"], Decimal)
    conn.close()


def test_client_without_token_refresh_support_is_typed(server: SandboxServer) -> None:
    realm = server.create_company(size=0).realm_id

    class Static:
        def access_token(self) -> str:
            return "nonsense"

        def refresh(self, stale_access_token: str | None = None) -> None:
            raise ReconnectNeeded("no way to refresh")

    client = QboClient(realm, server.api_base, Static(), Governor())
    with pytest.raises(ReconnectNeeded):
        client.count("Customer")


def test_a_request_waiting_long_refreshes_each_expired_token_once(server: SandboxServer, keychain: Path,
                                                                   tmp_path: Path) -> None:
    """The access token expires, is refreshed, and expires again while the request waits to be retried."""
    conn, _ = _signed_in(server, tmp_path)
    realm = conn.config.realm_id or ""
    waits: list[float] = []

    def slow_wait(seconds: float) -> None:  # the back-off before the retry lasts over an hour, on QuickBooks' clock
        waits.append(seconds)
        server.advance(3700)

    client = QboClient(realm, server.api_base, conn.tokens, Governor(), sleep=slow_wait)
    server.advance(3700)  # the saved access token has expired on QuickBooks' side
    server.faults(realm).force("server_error")  # the first retry fails: the request waits again
    info = client.company_info()
    assert info.get("CompanyName")
    assert client.stats.refreshes == 2 and waits  # one refresh per expired token, within one request
    conn.close()


def test_the_same_token_refused_twice_stops_instead_of_looping(server: SandboxServer, keychain: Path) -> None:
    from qbdesk.qbo.errors import AuthenticationError

    realm = server.create_company(size=0).realm_id

    class StuckTokens:
        refreshed = 0

        def access_token(self) -> str:
            return "eyJ-not-a-token-QuickBooks-knows-0123456789"

        def refresh(self, stale_access_token: str | None = None) -> None:
            self.refreshed += 1  # gives nothing new

    tokens = StuckTokens()
    client = QboClient(realm, server.api_base, tokens, Governor())
    with pytest.raises(AuthenticationError):
        client.company_info()
    assert tokens.refreshed == 1
