"""Mapping between QuickBooks JSON and company-file records, both directions, for every entity.

One mapping serves the sync client (send a record, read one back) and the sandbox
(build its practice company from the same generator), so the emulator can never
drift into accepting shapes the real API would not.

The entities' mappings live in one module per family — name lists, sales,
purchases, banking — each giving a writer and a reader per store model; this
module only dispatches. References resolve through callables (see
:mod:`qbdesk.sync.mapping.common`): one that does not resolve raises
:class:`UnresolvedReference`, so the caller can block the record with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qbdesk.store.base import Record
from qbdesk.sync.entities import RECORD_CLASSES
from qbdesk.sync.mapping import banking, lists, purchases, sales
from qbdesk.sync.mapping.common import Json, LocalRef, QboRef, ReadOnlyEntity, UnresolvedReference

__all__ = ["Json", "LocalRef", "QboRef", "ReadOnlyEntity", "UnresolvedReference", "from_qbo", "to_qbo"]

_WRITERS: dict[type[Any], Callable[[Any, QboRef], Json]] = {
    **lists.WRITERS, **sales.WRITERS, **purchases.WRITERS, **banking.WRITERS}
_READERS: dict[type[Any], Callable[[Any, Json, LocalRef], None]] = {
    **lists.READERS, **sales.READERS, **purchases.READERS, **banking.READERS}


def to_qbo(record: Record, qbo_ref: QboRef) -> Json:
    """The QuickBooks JSON body that creates ``record`` (add Id/SyncToken to update)."""
    writer = _WRITERS.get(type(record))
    if writer is None:
        raise TypeError(f"no QuickBooks mapping for {type(record).__name__}")
    return writer(record, qbo_ref)


def from_qbo(entity: str, row: Json, local_ref: LocalRef, into: Record | None = None) -> Record:
    """A new record (or ``into``, updated in place) holding what QuickBooks sent in ``row``."""
    if into is None:
        cls = RECORD_CLASSES.get(entity)
        if cls is None:
            raise TypeError(f"no mapping for {entity}")
        into = cls()
    reader = _READERS.get(type(into))
    if reader is None:
        raise TypeError(f"no mapping for {entity}")
    reader(into, row, local_ref)
    return into
