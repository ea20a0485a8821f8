"""A window whose company file is connected to a sandbox QuickBooks company over real HTTP.

The sync itself runs in the foreground (the engine, exactly as ``qbdesk sync``
runs it), then the window hears ``syncStarted`` / ``syncFinished`` as it would
from its sync controller: the tests are about what the window shows and does
with the results, and stay deterministic.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.qbo.connection import Connection
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Company, Link, SyncIssue, open_company
from qbdesk.store.demo import generate
from qbdesk.store.summary import set_company_name
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.progress import RunSummary
from qbdesk.sync.settings import SyncSettings, load_settings, save_settings
from qbdesk.ui.main_window import MainWindow
from tests.sync.conftest import connect

ANCHOR = date(2026, 6, 30)


@dataclass
class WindowRig:
    window: MainWindow
    server: SandboxServer
    realm_id: str
    connection: Connection
    path: Path

    @property
    def company(self) -> Company:
        assert self.window.company is not None
        return self.window.company

    def qbo(self, entity: str) -> list[dict[str, Any]]:
        return self.server.sandbox.entities(self.realm_id, entity)

    def settings(self, **changes: Any) -> None:
        with self.company.session() as s:
            save_settings(s, dataclasses.replace(load_settings(s), **changes))

    def sync(self) -> RunSummary:
        """One sync now, then the window's signals as the sync controller sends them."""
        self.window.syncStarted.emit()
        summary = SyncEngine(self.company, self.connection.client).run()
        self.server.advance(60)  # the next CDC window starts after this one
        self.window.syncFinished.emit(summary)
        self.window.problemsChanged.emit()
        return summary

    def issues(self, **where: Any) -> list[SyncIssue]:
        with self.company.sessions() as s:
            query = select(SyncIssue)
            for name, value in where.items():
                query = query.where(getattr(SyncIssue, name) == value)
            return list(s.scalars(query.order_by(SyncIssue.id)))

    def link(self, entity: str, local_id: int) -> Link | None:
        with self.company.sessions() as s:
            return s.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).first()


@contextmanager
def connected_window(make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch, *, qbo_size: int = 40, here_size: int = 40,
                     prepare: Callable[[Session, SandboxServer, str], None] | None = None,
                     custom_numbers: bool = False, language: str = "en",
                     settings: SyncSettings | None = None, controller: bool = False) -> Iterator[WindowRig]:
    """A window with a generated company open and connected to a fresh sandbox realm.

    By default the window's ``connection`` is simply this connection (its sync
    controller is left alone and the tests run the engine themselves); with
    ``controller`` the connection is handed to the window's real sync controller,
    which then syncs in its worker thread when asked.
    """
    with SandboxServer(throttle=False) as server:
        realm = server.create_company(size=qbo_size, seed=1, anchor=ANCHOR).realm_id
        if custom_numbers:
            server.sandbox.set_preferences(realm, custom_txn_numbers=True)
        path = tmp_path / "synced.qbdesk"
        company = open_company(path, create=True)
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        with company.session() as s:
            set_company_name(s, "Green Leaf Landscaping")
            generate(s, here_size, seed=2, anchor=ANCHOR)
            save_settings(s, settings or SyncSettings(refund_account=bank))
            if prepare is not None:
                prepare(s, server, realm)
        company.close()
        connection = connect(server, realm, company, tmp_path / "locks")
        if not controller:
            monkeypatch.setattr(MainWindow, "connection", property(lambda _self: connection))
        window = make_window(language)
        with qtbot.waitSignal(window.summary_shown, timeout=15000):
            window.open_company(str(path))
        if controller:
            qtbot.waitUntil(lambda: window.sync_controller.status is not None, timeout=15000)
            window.sync_controller.set_connection(connection)
        try:
            yield WindowRig(window, server, realm, connection, path)
        finally:
            window.close()
            connection.close()


_PLURAL = re.compile(r"(\d+) ([\w ]+?)\(s\)")


def english(text: str) -> str:
    """English plural forms as ``qbdesk_en.ts`` gives them, for strings not yet in the catalogue."""
    def one(match: re.Match[str]) -> str:
        n, word = match.group(1), match.group(2)
        return f"{n} {word}" if n == "1" else f"{n} {word}s"

    return _PLURAL.sub(one, text)
