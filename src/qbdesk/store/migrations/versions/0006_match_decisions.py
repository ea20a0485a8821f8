"""the user's word on possible matches

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

A first sync proposes records found on one side each that are probably the same (near-identical names, the
same e-mail, phone or address); the user says *same record* (the planner links them) or *different* (both
are created, and the pair is not proposed again). One row per decided pair.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdesk.store.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_match_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.Column("qbo_id", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.Enum("same", "different", name="match_verdict", native_enum=False, length=24),
                  nullable=False),
        sa.Column("decided_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_match_decisions")),
        sa.UniqueConstraint("entity_type", "local_id", "qbo_id",
                            name=op.f("uq_sync_match_decisions_entity_type_local_id_qbo_id")),
    )


def downgrade() -> None:
    op.drop_table("sync_match_decisions")
