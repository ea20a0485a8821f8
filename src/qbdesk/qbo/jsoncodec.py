"""JSON for money: numbers are read as ``Decimal`` and written as exact decimal text.

``json`` would turn ``12.30`` into a float on the way in, and cannot write a
``Decimal`` as a number on the way out (only as a string, which QuickBooks would
reject for amounts). This codec keeps every amount exact in both directions.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def loads(text: str | bytes) -> Any:
    return json.loads(text, parse_float=Decimal)


def _encode(obj: Any, out: list[str]) -> None:
    if isinstance(obj, dict):
        out.append("{")
        first = True
        for key, value in obj.items():
            if not first:
                out.append(",")
            first = False
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(":")
            _encode(value, out)
        out.append("}")
    elif isinstance(obj, list | tuple):
        out.append("[")
        for i, value in enumerate(obj):
            if i:
                out.append(",")
            _encode(value, out)
        out.append("]")
    elif isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"cannot send {obj} to QuickBooks")
        out.append(format(obj, "f"))
    elif isinstance(obj, float):
        raise TypeError("refusing to serialise a float: money must be a Decimal")
    else:
        out.append(json.dumps(obj, ensure_ascii=False))


def dumps(obj: Any) -> str:
    out: list[str] = []
    _encode(obj, out)
    return "".join(out)
