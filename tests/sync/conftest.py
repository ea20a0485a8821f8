"""A sandbox QuickBooks company over real HTTP and a company file connected to it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import NewDatabase

from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.tokens import TokenSet, TokenStore
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Company, open_company
from qbdesk.store.demo import generate
from qbdesk.sync.engine import SyncEngine

ANCHOR = date(2026, 6, 30)


@dataclass
class Rig:
    server: SandboxServer
    realm_id: str
    company: Company
    connection: Connection

    @property
    def target(self) -> str:
        """What `qbdesk --company` takes to open this company: its file, or its URL (password left out)."""
        return str(self.company.path or self.company.display_url)

    def engine(self) -> SyncEngine:
        return SyncEngine(self.company, self.connection.client)

    def qbo(self, entity: str) -> list[dict]:  # type: ignore[type-arg]
        return self.server.sandbox.entities(self.realm_id, entity)

    def prepare_for_cli(self) -> None:
        """What `qbdesk sync` reads: the connection and settings in the company, secret and tokens in the keychain."""
        from qbdesk.sync.connection_config import save_config
        from qbdesk.sync.settings import SyncSettings, save_settings

        bank = next(a["Id"] for a in self.qbo("Account") if a["AccountType"] == "Bank")
        with self.company.session() as s:
            save_config(s, self.connection.config)
            save_settings(s, SyncSettings(refund_account=bank))
        store = TokenStore()
        store.save_client_secret(self.connection.config.client_id, self.connection._secret)
        store.save(self.connection.tokens.current())


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(throttle=False) as server:
        yield server


def connect(server: SandboxServer, realm_id: str, company: Company, lock_dir: Path) -> Connection:
    app = server.create_app()
    doc = server.connect(app, realm_id)
    store = TokenStore()
    store.save(TokenSet.from_response(realm_id, doc, time.time()))
    config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                              redirect_uri="http://127.0.0.1/callback", realm_id=realm_id)
    return Connection(config, secret=app.client_secret, store=store, lock_dir=lock_dir)


@pytest.fixture
def make_rig(sandbox: SandboxServer, keychain: Path, tmp_path: Path, new_database: NewDatabase) -> Iterator[object]:
    made: list[Rig] = []

    def make(qbo_size: int = 0, here_size: int = 0, *, qbo_seed: int = 1, here_seed: int = 2,
             qbo_locale: str = "en") -> Rig:
        realm = sandbox.create_company(size=qbo_size, seed=qbo_seed, anchor=ANCHOR, locale=qbo_locale).realm_id
        company = open_company(new_database(f"rig{len(made)}"), create=True)
        with company.session() as s:
            generate(s, here_size, seed=here_seed, anchor=ANCHOR)
        rig = Rig(sandbox, realm, company, connect(sandbox, realm, company, tmp_path / "locks"))
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.connection.close()
        rig.company.close()


@pytest.fixture
def shared_keychain(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A file keychain this process and a `qbdesk` subprocess both use (keyring's standard configuration)."""
    import os

    import keyring
    from keyrings.alt.file import PlaintextKeyring

    data_home = tmp_path / "xdg"
    backend = PlaintextKeyring()
    backend.file_path = str(data_home / "python_keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(data_home), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    server = os.environ.get("QBDESK_TEST_DATABASE_URL")
    if server:  # a company on PostgreSQL: its password, as a script gives it (rig.target carries none)
        from sqlalchemy.engine import make_url

        env["PGPASSWORD"] = make_url(server).password or ""
    yield env
    keyring.set_keyring(previous)
