"""The PostgreSQL test server: fresh databases per test, and what a second desktop or a subprocess needs.

The server is the one named by ``QBDESK_TEST_DATABASE_URL`` (a maintenance URL,
password included when the server asks for one); ``.ci/run`` starts a throwaway
one. Fixtures in ``tests/conftest.py`` use it.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from qbdesk.store import Company, open_company

DATABASE_ENV = "QBDESK_TEST_DATABASE_URL"


class PostgresServer:
    """Makes uniquely named databases and drops them again."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")

    def create(self, name: str) -> URL:
        database = f"qbdesk_test_{name}_{uuid.uuid4().hex[:12]}".lower()
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{database}"'))
        return self.url.set(database=database)

    def drop(self, url: URL) -> None:
        with self.admin.connect() as conn:  # FORCE: a connection a failed test leaked must not keep it alive
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))


def reopen(company: Company) -> Company:
    """The same company opened again, as a second desktop would: its own engine and connections."""
    if company.path is not None:
        return open_company(company.path)
    password = make_url(os.environ[DATABASE_ENV]).password  # Company.url never carries one
    return open_company(company.url.set(password=password) if password else company.url)


def server_env() -> dict[str, str]:
    """What a ``qbdesk`` subprocess needs to log in to the test server (``PGPASSWORD``, as a script would)."""
    password = make_url(os.environ[DATABASE_ENV]).password if os.environ.get(DATABASE_ENV) else None
    return {"PGPASSWORD": str(password)} if password else {}
