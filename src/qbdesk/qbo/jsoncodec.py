"""JSON for money: numbers are read as ``Decimal`` and written as exact decimal text.

``json`` would turn ``12.30`` into a float on the way in, and cannot write a
``Decimal`` as a number on the way out (only as a string, which QuickBooks would
reject for amounts). This codec keeps every amount exact in both directions; the
client and the sandbox both use it. A float reaching the encoder is a bug (some
code did arithmetic in binary), and it fails loudly instead of rounding quietly.
"""

from __future__ import annotations

import json
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any


def loads(text: str | bytes) -> Any:
    """Parse JSON with every non-integer number as a ``Decimal``."""
    return json.loads(text, parse_float=Decimal)


def number(value: Decimal) -> str:
    """A decimal as QuickBooks writes it: plain notation, zero as ``0``."""
    if not value.is_finite():
        raise ValueError(f"cannot send {value} to QuickBooks")
    if not value:
        return "0"
    return format(value, "f")


def dumps(value: Any, *, private: bool = False) -> str:
    """JSON text. Keys starting with ``_`` (an emulator's own bookkeeping) are dropped unless
    ``private``, which also lets floats through for timestamps in that bookkeeping — never amounts."""
    return _encode(value, private)


def _encode(value: Any, private: bool) -> str:
    # Exact type checks first: this runs for every value of every request or response, so it is kept flat.
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        return "{" + ",".join([encode_basestring(str(k)) + ":" + _encode(v, private) for k, v in value.items()
                               if private or str(k)[:1] != "_"]) + "}"
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
        return float.__repr__(value)
    if isinstance(value, float):
        raise TypeError(f"refusing to write the float {value!r}: money must be a Decimal")
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
