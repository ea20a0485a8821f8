"""Declarative base and the columns every business record shares.

Every business record carries ``created_at``, ``updated_at`` and ``dirty``. The
store maintains them itself (see :mod:`qbdesk.store.events`), so that no caller can
forget to mark a change the outbox has to push, and ``version`` is an optimistic
lock: two desktops editing the same record cannot silently overwrite each other.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from qbdesk.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Creation and modification times, set by the store's flush hook."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class Record(Timestamped):
    """A business record: tracked for sync (dirty flag) and versioned for concurrent editors.

    ``qbo_entity`` names the QuickBooks entity the record maps to; the sync layer
    keys links and journal rows by it.
    """

    qbo_entity: ClassVar[str]

    id: Mapped[int] = mapped_column(primary_key=True)
    dirty: Mapped[bool] = mapped_column(default=True, nullable=False, index=True)
    version: Mapped[int] = mapped_column(nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Child:
    """A row owned by a record (an invoice line, a payment's application).

    Children have no dirty flag of their own: changing one marks the owning record
    dirty, because QuickBooks sends and receives them as part of their parent.
    """

    id: Mapped[int] = mapped_column(primary_key=True)

    def owner(self) -> Record | None:
        raise NotImplementedError
