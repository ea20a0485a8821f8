"""A company in PostgreSQL: migrations (also several desktops at once), exact money, JSON, enums, the password.

Every test here needs the server named by ``QBDESK_TEST_DATABASE_URL`` and is
skipped without it (``.ci/run`` starts one). Each gets fresh databases.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, StatementError
from tests.office.databases import PostgresServer

from qbdesk.store import (
    Base,
    Company,
    CompanyNotFoundError,
    Customer,
    Invoice,
    InvoiceLine,
    Item,
    ItemType,
    Link,
    Payment,
    Setting,
    SyncIssue,
    open_company,
)
from qbdesk.store.credentials import forget_password, save_password, without_password
from qbdesk.store.database import MIGRATION_LOCK, alembic_config, current_revision, head_revision, make_engine
from qbdesk.store.syncdata import IssueStatus
from qbdesk.store.types import utcnow

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _schema_diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata))


@pytest.fixture
def database(postgres_server: PostgresServer) -> Iterator[Callable[[], URL]]:
    """Fresh, empty databases on the test server (the password, if any, stays in the URL here)."""
    made: list[URL] = []

    def make() -> URL:
        made.append(postgres_server.create("pg"))
        return made[-1]

    yield make
    for url in made:
        postgres_server.drop(url)


@pytest.mark.parametrize("revision", _revisions())
def test_a_database_at_any_older_revision_is_migrated_on_open(database: Callable[[], URL], revision: str) -> None:
    url = database()
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), revision)
    assert current_revision(engine) == revision
    engine.dispose()

    company = open_company(url)
    assert current_revision(company.engine) == head_revision()
    assert _schema_diff(company.engine) == []
    company.close()


def test_migrations_downgrade_to_empty_and_back(database: Callable[[], URL]) -> None:
    engine = make_engine(database())
    cfg = alembic_config(engine)
    command.upgrade(cfg, "head")
    command.downgrade(cfg, "base")
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    assert [t for t in tables if t != "alembic_version"] == []
    command.upgrade(cfg, "head")
    assert _schema_diff(engine) == []
    engine.dispose()


_OPEN_AND_REPORT = textwrap.dedent("""
    import logging, sys
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    from qbdesk.store import open_company
    from qbdesk.store.database import current_revision
    company = open_company(sys.argv[1])
    print(current_revision(company.engine))
    company.close()
""")


def test_two_desktops_opening_an_old_database_at_once_migrate_it_once(
        database: Callable[[], URL], postgres_server: PostgresServer) -> None:
    """Both processes find the database old and queue for the migration lock; one upgrades, the other finds
    the work done when it gets the lock (the revision is read again inside it)."""
    url = database()
    old = make_engine(url)
    command.upgrade(alembic_config(old), _revisions()[0])
    old.dispose()

    gate = create_engine(url)
    with gate.connect() as holder:  # hold the lock so that both processes are provably waiting for it
        holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        holder.commit()
        env = {**os.environ, **_password_env(url)}
        target = without_password(url).render_as_string(hide_password=False)
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AND_REPORT, target], env=env, cwd=ROOT, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
        _wait_for(lambda: _advisory_waiters(holder) == 2, procs)
        holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
        holder.commit()
    gate.dispose()

    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in results]
    assert [out.strip() for out, _err in results] == [head_revision()] * 2
    logs = "".join(err for _out, err in results)
    assert logs.count(f"Running upgrade {_revisions()[0]} -> {_revisions()[1]}") == 1, logs
    assert logs.count("was migrated by another process meanwhile") == 1, logs
    company = open_company(url)
    assert _schema_diff(company.engine) == []
    company.close()


def _advisory_waiters(conn: object) -> int:
    return int(conn.execute(text(  # type: ignore[attr-defined]
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).scalar_one())


def _wait_for(condition: Callable[[], bool], procs: list[subprocess.Popen[str]], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        for p in procs:
            if p.poll() is not None:
                raise AssertionError(f"a process ended early: {p.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def _password_env(url: URL) -> dict[str, str]:
    return {"PGPASSWORD": str(url.password)} if url.password else {}


@pytest.fixture
def pg_company(database: Callable[[], URL]) -> Iterator[Company]:
    company = open_company(database(), create=True)
    yield company
    company.close()


AMOUNTS = [Decimal("0.01"), Decimal("0.10"), Decimal("-0.03"), Decimal("99999.99"),
           Decimal("1234567890123456.78")]  # the last one: 18 digits, all of NUMERIC(18, 2)
PRICES = [Decimal("0.000001"), Decimal("3.333333"), Decimal("123456789012.123456")]


def test_money_round_trips_exactly_as_numeric(pg_company: Company) -> None:
    with pg_company.session() as s:
        customer = Customer(display_name="Exact Ltd")
        item = Item(name="Thing", item_type=ItemType.SERVICE)
        s.add_all([customer, item])
        s.add_all([Payment(customer=customer, txn_date=date(2026, 6, 30), total=amount) for amount in AMOUNTS])
        s.add_all([Item(name=f"Priced {i}", item_type=ItemType.SERVICE, unit_price=price)
                   for i, price in enumerate(PRICES)])
        invoice = Invoice(customer=customer, txn_date=date(2026, 6, 30), doc_number="P-1",
                          lines=[InvoiceLine(item=item, quantity=Decimal(3), unit_price=PRICES[1])])
        s.add(invoice)
    with pg_company.session() as s:
        assert sorted(s.scalars(select(Payment.total))) == sorted(AMOUNTS)
        assert sorted(s.scalars(select(Item.unit_price).where(Item.name.like("Priced%")))) == sorted(PRICES)
        stored = s.get(Invoice, invoice.id)
        assert stored is not None
        assert stored.total == Decimal("10.00")  # 3 × 3.333333 = 9.999999, half-up to the cent by the flush hook
        assert stored.lines[0].unit_price == PRICES[1]
    with pg_company.engine.connect() as conn:  # stored as those exact numbers, in NUMERIC columns
        assert sorted(conn.execute(text("SELECT total::text FROM payments")).scalars()) == sorted(map(str, AMOUNTS))
        kinds = dict(conn.execute(text(
            "SELECT column_name, data_type || '(' || numeric_precision || ',' || numeric_scale || ')' "
            "FROM information_schema.columns WHERE table_name = 'invoice_lines' "
            "AND column_name IN ('amount', 'unit_price')")).all())
    assert kinds == {"amount": "numeric(18,2)", "unit_price": "numeric(18,6)"}


def test_json_enums_and_long_engine_codes_are_stored(pg_company: Company) -> None:
    value = {"nested": [1, "two", {"three": None}], "n": 1.5, "text": "Café ✓"}
    with pg_company.session() as s:
        s.add(Setting(key="sync.example", value=value))
        s.add(SyncIssue(category="refunds", entity_type="RefundReceipt", local_id=1, source="preflight",
                        code="refund_account_missing", message="No refund bank account", status=IssueStatus.SKIPPED,
                        first_seen=utcnow(), last_seen=utcnow(), data={"reason": "refund_account_missing"}))
    with pg_company.session() as s:
        setting = s.get(Setting, "sync.example")
        assert setting is not None and setting.value == value
        issue = s.scalars(select(SyncIssue)).one()
        assert issue.status is IssueStatus.SKIPPED and issue.code == "refund_account_missing"
    with pg_company.engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM sync_issues")).scalar_one() == "skipped"
    with pytest.raises(StatementError, match="not among the defined enum values"), pg_company.session() as s:
        s.add(Link(entity_type="Customer", local_id=1, state="nonsense", created_at=utcnow(),  # type: ignore[arg-type]
                   updated_at=utcnow()))


def test_an_empty_or_missing_database_is_not_taken_for_a_company(database: Callable[[], URL]) -> None:
    url = database()
    with pytest.raises(CompanyNotFoundError, match="holds no qbdesk company"):
        open_company(url)
    engine = make_engine(url)
    with engine.connect() as conn:  # nothing was created in it
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar_one() == 0
    engine.dispose()
    with pytest.raises(CompanyNotFoundError, match="no database"):
        open_company(url.set(database=f"missing_{uuid.uuid4().hex[:8]}"))
    open_company(url, create=True).close()
    open_company(url).close()


@pytest.fixture
def clerk(postgres_server: PostgresServer) -> Iterator[tuple[URL, str]]:
    """A login role with a password and a database it owns; skipped when the server does not check passwords."""
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    password = f"pw-{uuid.uuid4().hex}"
    with postgres_server.admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
        conn.execute(text(f"CREATE DATABASE {name} OWNER {name}"))
    url = without_password(postgres_server.url).set(username=name, database=name)
    try:
        probe = create_engine(url.set(password="wrong"))
        try:
            with probe.connect():
                pytest.skip("the test server does not check passwords (trust authentication); .ci/run's does")
        except OperationalError:
            pass
        finally:
            probe.dispose()
        yield url, password
    finally:
        postgres_server.drop(url)
        with postgres_server.admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))


def test_the_password_comes_from_the_keychain_and_is_never_kept_in_the_url(
        clerk: tuple[URL, str], keychain: Path, tmp_path: Path) -> None:
    url, password = clerk
    with pytest.raises(OperationalError):
        open_company(url, create=True)  # no password anywhere (PGPASSWORD is not set by the test run)
    save_password(url, password)
    company = open_company(url, create=True)
    assert company.url.password is None and company.engine.url.password is None
    assert password not in company.display_url and password not in repr(company.engine)
    company.close()

    # The command line opens it by its URL alone, the password coming from the same keychain.
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env |= {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "XDG_DATA_HOME": str(tmp_path / "xdg")}
    keyring_file = tmp_path / "xdg" / "python_keyring" / "keyring_pass.cfg"
    keyring_file.parent.mkdir(parents=True)
    keyring_file.write_bytes(keychain.read_bytes())
    target = url.render_as_string(hide_password=False)
    summary = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "summary", "--company", target],
                             env=env, capture_output=True, text=True, timeout=120, check=False)
    assert summary.returncode == 0, summary.stderr

    # Scripts without a keychain use PGPASSWORD; a wrong password is a clear error, not a traceback.
    forget_password(url)
    keyring_file.unlink()
    scripted = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "summary", "--company", target],
                              env={**env, "PGPASSWORD": password}, capture_output=True, text=True, timeout=120,
                              check=False)
    assert scripted.returncode == 0, scripted.stderr
    refused = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "summary", "--company", target],
                             env={**env, "PGPASSWORD": "wrong"}, capture_output=True, text=True, timeout=120,
                             check=False)
    assert refused.returncode == 2
    assert "Cannot open the company database" in refused.stderr and "Traceback" not in refused.stderr

    # `qbdesk office password` puts it in the keychain (from standard input, never the command line).
    stored = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "office", "password", "--company", target],
                            input=password + "\n", env=env, capture_output=True, text=True, timeout=120, check=False)
    assert stored.returncode == 0, stored.stderr
    again = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "summary", "--company", target],
                           env=env, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert make_url(target).password is None
