"""Alembic environment: runs against the engine qbdesk opened, never a URL from an ini file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import qbdesk.store  # noqa: F401 - registers every model on Base.metadata
from qbdesk.store.base import Base

config = context.config
engine = config.attributes["engine"]


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# ``migrate()`` hands over the connection holding its lock, inside a transaction it commits itself.
if "connection" in config.attributes:
    run(config.attributes["connection"])
else:
    with engine.begin() as connection:
        run(connection)
