"""JSON in and out of the sandbox, with money exact from the wire to the wire.

The codec is the client's own (:mod:`qbdesk.qbo.jsoncodec`: amounts parsed as
``Decimal``, written as exact numbers, floats refused), so the emulator and the
client can never disagree on a number. Keys starting with ``_`` are the
sandbox's private bookkeeping inside an entity and never leave the process.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from qbdesk.qbo.jsoncodec import dumps, loads, number

__all__ = ["clone", "dumpb", "dumps", "loads", "number"]

T = TypeVar("T")


def dumpb(value: Any) -> bytes:
    return dumps(value).encode("utf-8")


def clone(value: T) -> T:
    """A deep copy of JSON-shaped data (much faster than ``copy.deepcopy`` for it)."""
    return cast(T, _clone(value))


def _clone(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clone(v) for v in value]
    return value
