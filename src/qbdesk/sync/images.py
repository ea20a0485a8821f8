"""A record of the company file as plain JSON, and back: the journal's before-image of a write made here.

An undo restores a record exactly as it was, so the image holds every column —
not only what QuickBooks knows of it — and the rows it owns (lines, a payment's
applications). Values are stored as exact text (``Decimal``, dates, enums) and
turned back by the column's own type, so no amount passes through a float.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper

from qbdesk.store.base import Record
from qbdesk.sync.entities import entity_type

# Kept by the store itself (stamps, derived balances) or by the sync: an undo does not write them back.
_BOOKKEEPING = frozenset({"dirty", "version", "created_at", "updated_at"})


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _columns(obj: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    mapper: Mapper[Any] = inspect(type(obj))
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs if attr.key not in skip}


def record_image(record: Record) -> dict[str, Any]:
    """Every column of ``record`` and of the rows it owns, as JSON-storable values."""
    image: dict[str, Any] = {"entity": record.qbo_entity, "columns": _columns(record, _BOOKKEEPING)}
    children = entity_type(record.qbo_entity).children
    if children is not None:
        image["children"] = [_columns(child, frozenset({"id"})) for child in getattr(record, children)]
    return image


def _typed(mapper: Mapper[Any], key: str, value: Any) -> Any:
    """``value`` as the Python type of column ``key`` (the reverse of :func:`_plain`)."""
    if value is None:
        return None
    column = mapper.columns[key]
    python_type: type[Any] | None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    if python_type is Decimal:
        return Decimal(str(value))
    if python_type is datetime:
        return datetime.fromisoformat(str(value))
    if python_type is date:
        return date.fromisoformat(str(value))
    return value


def restore_image(record: Record, image: dict[str, Any]) -> None:
    """Write ``image`` back into ``record`` (columns, and its owned rows replaced)."""
    mapper: Mapper[Any] = inspect(type(record))
    for key, value in image["columns"].items():
        if key != "id":
            setattr(record, key, _typed(mapper, key, value))
    children = entity_type(record.qbo_entity).children
    if children is None or "children" not in image:
        return
    child_class = mapper.relationships[children].mapper.class_
    child_mapper: Mapper[Any] = inspect(child_class)
    setattr(record, children, [child_class(**{k: _typed(child_mapper, k, v) for k, v in row.items()})
                               for row in image["children"]])
