"""Classes and locations: the two ways QuickBooks lets a business slice its books.

QuickBooks calls a location a ``Department`` in its API (its screens call it
"Location", and a company may rename it "Division", "Property" or "Store"); a
class is a ``Class``. Both are name lists with an optional parent (``Parent:Child``
full names, five levels at most) and, like every name list, are made inactive
rather than deleted. Transactions carry a location on the whole document and a
class on each line (QuickBooks' "one class per line" preference, the default).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qbdesk.store.base import Base, Record


class TrackingClass(Base, Record):
    """QuickBooks' ``Class`` (named so here because ``class`` is Python's word)."""

    __tablename__ = "classes"
    qbo_entity = "Class"

    name: Mapped[str] = mapped_column(String(100), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), index=True)
    active: Mapped[bool] = mapped_column(default=True)

    parent: Mapped[TrackingClass | None] = relationship(remote_side="TrackingClass.id")

    @property
    def full_name(self) -> str:
        return f"{self.parent.full_name}:{self.name}" if self.parent else self.name


class Location(Base, Record):
    """QuickBooks' ``Department``: a location, division or store a transaction belongs to."""

    __tablename__ = "locations"
    qbo_entity = "Department"

    name: Mapped[str] = mapped_column(String(100), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)
    active: Mapped[bool] = mapped_column(default=True)

    parent: Mapped[Location | None] = relationship(remote_side="Location.id")

    @property
    def full_name(self) -> str:
        return f"{self.parent.full_name}:{self.name}" if self.parent else self.name
