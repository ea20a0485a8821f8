"""QuickBooks records kept in JSON columns (problem details, approval payloads) and back.

JSON columns cannot hold ``Decimal``; amounts are stored as exact text and turned
back into ``Decimal`` before a record is applied, so no amount ever passes through
a float.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

MONEY_KEYS = frozenset({"Amount", "TotalAmt", "UnitPrice", "Qty", "Balance", "QtyOnHand", "PurchaseCost",
                        "DiscountPercent", "UnappliedAmt", "RemainingCredit"})


def plain(value: Any) -> Any:
    """A JSON-storable copy (Decimals as exact text)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def decimals_back(value: Any) -> Any:
    """Undo :func:`plain` for QuickBooks' amount fields."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in MONEY_KEYS and isinstance(item, str):
                try:
                    out[key] = Decimal(item)
                    continue
                except InvalidOperation:
                    pass
            out[key] = decimals_back(item)
        return out
    if isinstance(value, list):
        return [decimals_back(v) for v in value]
    return value
