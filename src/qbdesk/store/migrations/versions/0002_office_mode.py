"""office mode: sync host, sync lock holder, requests for the host; wider problem codes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

``sync_issues.code`` and ``sync_journal.error_code`` were VARCHAR(16), but the
engine's own reasons are longer (``refund_account_missing``). SQLite never
enforced the length; PostgreSQL refuses the row. They become VARCHAR(64).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdesk.store.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_host",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("desktop_id", sa.String(length=64), nullable=False),
        sa.Column("desktop_name", sa.String(length=255), nullable=False),
        sa.Column("since", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_host")),
    )
    op.create_table(
        "sync_lock",
        sa.Column("realm_id", sa.String(length=64), nullable=False),
        sa.Column("desktop_id", sa.String(length=64), nullable=True),
        sa.Column("host_name", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("since", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("realm_id", name=op.f("pk_sync_lock")),
    )
    op.create_table(
        "pending_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=True),
        sa.Column("issue_id", sa.Integer(), nullable=True),
        sa.Column("arg", sa.String(length=100), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_by_name", sa.String(length=255), nullable=False),
        sa.Column("requested_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("pending", "running", "done", "failed", "cancelled", name="request_status", native_enum=False,
                    length=24),
            nullable=False,
        ),
        sa.Column("started_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.Column("finished_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_actions")),
    )
    with op.batch_alter_table("pending_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pending_actions_status"), ["status"], unique=False)

    with op.batch_alter_table("sync_issues", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=16), type_=sa.String(length=64),
                              existing_nullable=True)
    with op.batch_alter_table("sync_journal", schema=None) as batch_op:
        batch_op.alter_column("error_code", existing_type=sa.String(length=16), type_=sa.String(length=64),
                              existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("sync_journal", schema=None) as batch_op:
        batch_op.alter_column("error_code", existing_type=sa.String(length=64), type_=sa.String(length=16),
                              existing_nullable=True)
    with op.batch_alter_table("sync_issues", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=64), type_=sa.String(length=16),
                              existing_nullable=True)
    with op.batch_alter_table("pending_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_actions_status"))
    op.drop_table("pending_actions")
    op.drop_table("sync_lock")
    op.drop_table("sync_host")
