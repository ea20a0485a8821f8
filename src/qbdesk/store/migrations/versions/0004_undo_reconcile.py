"""a run remembers the run it undoes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08

An undo is a run of its own (kind ``undo``), journaled and resumable like any
sync; ``sync_runs.undoes`` names the run it takes back, so the log shows which
run was undone, the engine knows that an undone first sync no longer counts as
done, and a second undo of the same run only does what the first one left.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("undoes", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_sync_runs_undoes"), ["undoes"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_runs_undoes"))
        batch_op.drop_column("undoes")
