"""the journal keeps before-images, request bodies, field changes and QuickBooks' clock; lock heartbeats

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

Every sync now writes through one journaled path, updates and removals included:
``before`` is the record as it was before the operation (what an undo restores),
``body`` what was sent to QuickBooks and ``qbo_time`` QuickBooks' clock when it was
journaled (how a resumed run finds a create whose answer was lost), ``changes`` the
fields an update changes. ``sync_lock.heartbeat`` lets a company file's sync lock be
held by the company, not by the path it was opened through.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdesk.store.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_journal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("before", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("body", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("changes", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("qbo_time", sa.String(length=40), nullable=True))
    with op.batch_alter_table("sync_lock", schema=None) as batch_op:
        batch_op.add_column(sa.Column("heartbeat", qbdesk.store.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("node", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_lock", schema=None) as batch_op:
        batch_op.drop_column("node")
        batch_op.drop_column("heartbeat")
    with op.batch_alter_table("sync_journal", schema=None) as batch_op:
        batch_op.drop_column("qbo_time")
        batch_op.drop_column("changes")
        batch_op.drop_column("body")
        batch_op.drop_column("before")
