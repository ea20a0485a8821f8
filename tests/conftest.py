"""Shared fixtures: real company files in a temporary folder, and real PostgreSQL databases when a server is given.

``new_database`` is parametrized over the two backends a company can live in. The
``sqlite`` case is a file in ``tmp_path``; the ``postgres`` case is a fresh
database (``CREATE DATABASE`` with a unique name, dropped after the test) on the
server named by ``QBDESK_TEST_DATABASE_URL``, and is skipped, with the reason
shown, when that variable is not set. ``.ci/run`` starts a throwaway server and
sets it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy.engine import URL, make_url

from qbdesk.store import Company, open_company
from qbdesk.store.demo import generate
from tests.office.databases import DATABASE_ENV, PostgresServer

ANCHOR = date(2026, 6, 30)
BACKENDS = ("sqlite", pytest.param("postgres", marks=pytest.mark.postgres))

NewDatabase = Callable[[str], "str | Path"]

# Tests about SQLite itself rather than the store; their PostgreSQL case is skipped, with the reason.
SQLITE_ONLY = {
    "tests/store/test_demo.py::test_every_reference_resolves":
        "PRAGMA foreign_key_check is SQLite's; PostgreSQL checks every foreign key as rows are written",
    "tests/qbo/test_client_sandbox.py::test_no_secret_reaches_the_log_file_the_company_file_or_settings":
        "searches the company file's bytes for secrets",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        reason = SQLITE_ONLY.get(item.nodeid.split("[")[0])
        if reason and callspec is not None and callspec.params.get("new_database") == "postgres":
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    raw = os.environ.get(DATABASE_ENV)
    if not raw:
        pytest.skip(f"PostgreSQL cases need a server: set {DATABASE_ENV}=postgresql+psycopg://USER@HOST:PORT/postgres "
                    "(.ci/run starts a throwaway one)")
    server = PostgresServer(make_url(raw))
    yield server
    server.admin.dispose()


@pytest.fixture(params=BACKENDS)
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NewDatabase]:
    """Where a new company lives: a SQLite file, or a fresh PostgreSQL database dropped after the test."""
    if request.param == "sqlite":
        yield lambda name: tmp_path / f"{name}.qbdesk"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    made: list[URL] = []

    def make(name: str) -> str:
        made.append(server.create(name))
        return made[-1].render_as_string(hide_password=False)

    yield make
    for url in made:
        server.drop(url)


@pytest.fixture
def company(new_database: NewDatabase) -> Iterator[Company]:
    """A new, empty company."""
    c = open_company(new_database("company"), create=True)
    yield c
    c.close()


@pytest.fixture
def demo_company(new_database: NewDatabase) -> Iterator[Company]:
    """A company holding a generated business of about 600 records."""
    c = open_company(new_database("demo"), create=True)
    with c.session() as s:
        generate(s, 600, seed=7, anchor=ANCHOR)
    yield c
    c.close()


@pytest.fixture
def keychain(tmp_path: Path) -> Iterator[Path]:
    """A real keyring backend (keyrings.alt's file backend) in a temporary folder, never the user's keychain."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keychain.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield tmp_path / "keychain.cfg"
    keyring.set_keyring(previous)
