"""The schema is built by migrations, and every older file opens in this version."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from qbdesk.store import Base, CompanyNotFoundError, open_company
from qbdesk.store.database import alembic_config, current_revision, head_revision, make_engine


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _schema_diff(engine) -> list[object]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata))


def test_open_creates_schema_at_head_matching_the_models(tmp_path: Path) -> None:
    company = open_company(tmp_path / "new.qbdesk", create=True)
    assert current_revision(company.engine) == head_revision()
    tables = set(inspect(company.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert _schema_diff(company.engine) == []
    company.close()


@pytest.mark.parametrize("revision", _revisions())
def test_a_file_at_any_older_revision_is_migrated_on_open(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.qbdesk"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), revision)
    assert current_revision(engine) == revision
    engine.dispose()

    company = open_company(path)
    assert current_revision(company.engine) == head_revision()
    assert _schema_diff(company.engine) == []
    company.close()


def test_migrations_downgrade_to_empty_and_back(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.qbdesk'}")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "head")
    command.downgrade(cfg, "base")
    assert [t for t in inspect(engine).get_table_names() if t != "alembic_version"] == []
    command.upgrade(cfg, "head")
    assert _schema_diff(engine) == []
    engine.dispose()


def test_opening_a_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CompanyNotFoundError):
        open_company(tmp_path / "missing.qbdesk")
    assert not (tmp_path / "missing.qbdesk").exists()


def test_sqlite_files_enforce_foreign_keys_and_use_wal(tmp_path: Path) -> None:
    company = open_company(tmp_path / "c.qbdesk", create=True)
    with company.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    company.close()
