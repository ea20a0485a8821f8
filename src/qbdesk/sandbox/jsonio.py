"""JSON in and out of the sandbox, with money exact from the wire to the wire.

QuickBooks sends amounts as JSON numbers. Python's ``json`` would turn them into
floats and its encoder cannot write a ``Decimal`` as a number, so the sandbox
parses with ``parse_float=Decimal`` and writes with the small encoder below. A
float reaching the encoder is a bug (some code did arithmetic in binary), and it
fails loudly instead of rounding quietly. Keys starting with ``_`` are the
sandbox's private bookkeeping inside an entity and never leave the process.
"""

from __future__ import annotations

import json
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, TypeVar, cast

T = TypeVar("T")


def loads(data: bytes | str) -> Any:
    """Parse JSON with every non-integer number as a ``Decimal``."""
    return json.loads(data, parse_float=Decimal)


def number(value: Decimal) -> str:
    """A decimal as QuickBooks writes it: plain notation, zero as ``0``."""
    if not value:
        return "0"
    return format(value, "f")


def dumps(value: Any, *, private: bool = False) -> str:
    """JSON text; ``private`` keeps the ``_``-keys (for the sandbox's own state file)."""
    return _encode(value, private)


def dumpb(value: Any) -> bytes:
    return dumps(value).encode("utf-8")


def _encode(value: Any, private: bool) -> str:
    # Exact type checks first: this runs for every value of every response, so it is kept flat.
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        return "{" + ",".join([encode_basestring(k) + ":" + _encode(v, private) for k, v in value.items()
                               if private or k[:1] != "_"]) + "}"
    if kind is Decimal:
        return number(value)
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    if kind is list or kind is tuple:
        return "[" + ",".join([_encode(v, private) for v in value]) + "]"
    if kind is int:
        return int.__repr__(value)
    if kind is float and private:
        return float.__repr__(value)  # timestamps in the sandbox's own state file, never amounts
    if isinstance(value, float):
        raise TypeError(f"refusing to write the float {value!r}: amounts must be Decimals")
    # Subclasses (str enums, OrderedDict…) are written as their base type.
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dict):
        return _encode(dict(value), private)
    if isinstance(value, list | tuple):
        return _encode(list(value), private)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def clone(value: T) -> T:
    """A deep copy of JSON-shaped data (much faster than ``copy.deepcopy`` for it)."""
    return cast(T, _clone(value))


def _clone(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clone(v) for v in value]
    return value
