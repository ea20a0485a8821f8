"""The outbox: a record's ``dirty`` flag, which says it has changes QuickBooks has not seen yet.

The flush hook sets the flag on every edit (:mod:`qbdesk.store.events`); the sync
clears it once QuickBooks has the record — but only if the record is still at the
version the request was built from. An edit that lands while the request is on its
way keeps the record dirty, and the next sync sends it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, bindparam, inspect, update
from sqlalchemy.orm import Session

from qbdesk.store import BY_ENTITY
from qbdesk.store.notify import notify_change


def clear_dirty(s: Session, entity: str, records: Iterable[tuple[int, int | None]]) -> None:
    """Clear the ``dirty`` flag of ``(id, version)`` records that are still at that version.

    One ``UPDATE … WHERE id = ? AND version = ?`` for all of them (an ``executemany``). It is
    a Core statement, so the ORM's ``version_id_col`` does not bump ``version``: this is
    bookkeeping, not an edit, and an editor holding that version must still be able to
    save (the flush hook then marks the record dirty again). A record edited since the
    version was read keeps its flag; one whose version is not known (None) too.
    """
    params = [{"rid": local_id, "rversion": version} for local_id, version in records if version is not None]
    if not params:
        return
    table = inspect(BY_ENTITY[entity]).local_table
    assert isinstance(table, Table)
    s.execute(update(table).where(table.c.id == bindparam("rid"), table.c.version == bindparam("rversion"))
              .values(dirty=False), params)
    notify_change(s, {table.name})  # a statement, not a flush: the change notice is ours to ask for


MARK_CHUNK = 500  # ids per UPDATE … WHERE id IN (...)


def mark_dirty(s: Session, entity: str, ids: Iterable[int]) -> None:
    """Set the ``dirty`` flag of records of ``entity`` (those still here): QuickBooks does not have them as they
    are, so the next sync sends them.

    Bookkeeping like :func:`clear_dirty`: a Core statement, ``version`` left alone. An undo uses it when it takes
    back what a run sent, so the record is again the change it was before that run.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return
    table = inspect(BY_ENTITY[entity]).local_table
    assert isinstance(table, Table)
    for start in range(0, len(wanted), MARK_CHUNK):
        s.execute(update(table).where(table.c.id.in_(wanted[start:start + MARK_CHUNK])).values(dirty=True))
    notify_change(s, {table.name})
