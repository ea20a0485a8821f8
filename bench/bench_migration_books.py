"""A complete migration, both ways: do the books agree afterwards?

A generated business (every record type of issue 18) is synced into an empty sandbox
realm, and a generated practice company into an empty company file. Then what an
accountant checks is compared, QuickBooks' side read with plain HTTP requests (not the
engine's client): each bank, Undeposited Funds, receivables, payables and credit-card
account's balance (``CurrentBalance``), open receivables (customers' ``Balance``) and
open payables (vendors' ``Balance``) against the company file's own books
(:mod:`qbdesk.store.ledger`).

    .venv/bin/python bench/bench_migration_books.py [--size 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
import requests
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.tokens import TokenSet, TokenStore
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Account, AccountType, Company, open_company
from qbdesk.store.demo import generate
from qbdesk.store.ledger import books_of
from qbdesk.store.summary import summarize
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.settings import SyncSettings, save_settings

CHECKED = (AccountType.BANK, AccountType.OTHER_CURRENT_ASSET, AccountType.ACCOUNTS_RECEIVABLE,
           AccountType.ACCOUNTS_PAYABLE, AccountType.CREDIT_CARD)


def _query(server: SandboxServer, realm: str, token: str, statement: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    start = 1
    while True:
        resp = requests.get(f"{server.api_base}/company/{realm}/query", timeout=60,
                            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
                            params={"query": f"{statement} STARTPOSITION {start} MAXRESULTS 1000"})
        resp.raise_for_status()
        page = resp.json()["QueryResponse"].get(statement.split()[3], [])
        rows.extend(page)
        if len(page) < 1000:
            return rows
        start += 1000


def compare(company: Company, server: SandboxServer, realm: str, token: str) -> bool:
    accounts = {a["FullyQualifiedName"]: Decimal(str(a.get("CurrentBalance", 0)))
                for a in _query(server, realm, token, "SELECT * FROM Account")}
    owed_by = sum((Decimal(str(c.get("Balance", 0))) for c in _query(
        server, realm, token, "SELECT * FROM Customer WHERE Active IN (true, false)")), Decimal(0))
    owed_to = sum((Decimal(str(v.get("Balance", 0))) for v in _query(
        server, realm, token, "SELECT * FROM Vendor WHERE Active IN (true, false)")), Decimal(0))
    agree = True
    with company.session() as s:
        books = books_of(s)
        rows = [(a.name, books.shown(a), accounts.get(a.name, Decimal(0)))
                for a in s.scalars(select(Account).where(Account.account_type.in_(CHECKED)).order_by(Account.name))]
    rows += [("open receivables", books.receivables, owed_by), ("open payables", books.payables, owed_to)]
    for name, here, there in rows:
        same = here == there
        agree &= same
        print(f"    {name:<28} here {here:>14,}   QuickBooks {there:>14,}   {'equal' if same else 'DIFFERENT'}")
    return agree


def _connect(server: SandboxServer, realm: str, tmp: Path) -> Connection:
    app = server.create_app()
    store = TokenStore()
    store.save(TokenSet.from_response(realm, server.connect(app, realm), time.time()))
    config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                              realm_id=realm, time_scale=1000.0)
    return Connection(config, secret=app.client_secret, store=store, lock_dir=tmp)


def migrate(server: SandboxServer, tmp: Path, name: str, *, here: int, qbo: int) -> bool:
    company = open_company(tmp / f"{name}.qbdesk", create=True)
    with company.session() as s:
        generate(s, here, seed=1, anchor=date(2026, 6, 30))
    realm = server.create_company(size=qbo, seed=2, anchor=date(2026, 6, 30)).realm_id
    conn = _connect(server, realm, tmp)
    try:
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        with company.session() as s:
            save_settings(s, SyncSettings(refund_account=bank))
        t0 = time.perf_counter()
        summary = SyncEngine(company, conn.client).run()
        elapsed = time.perf_counter() - t0
        with company.session() as s:
            counts = summarize(s).counts
        print(f"{name}: {summary.status}, {summary.created_in_qbo} created in QuickBooks, {summary.created_here} "
              f"here, {summary.problems} problems, {elapsed:.1f} s; the company file holds {sum(counts.values())} "
              f"records of {sum(1 for v in counts.values() if v)} types")
        return compare(company, server, realm, conn.tokens.access_token())
    finally:
        conn.close()
        company.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        backend = PlaintextKeyring()
        backend.file_path = str(tmp / "keychain.cfg")
        keyring.set_keyring(backend)
        with SandboxServer(throttle=False) as server:
            into = migrate(server, tmp, "into QuickBooks", here=args.size, qbo=0)
            out = migrate(server, tmp, "out of QuickBooks", here=0, qbo=args.size)
    print(f"books agree: into QuickBooks {into}, out of QuickBooks {out}")


if __name__ == "__main__":
    main()
