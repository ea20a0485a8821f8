"""Column types that keep money exact and time zones explicit on every database.

SQLite has no decimal type: SQLAlchemy's ``Numeric`` round-trips through a float
there, which is exactly the kind of silent rounding an accounting tool may not do.
``ExactDecimal`` therefore stores a scaled integer on SQLite (exact and still
sortable in SQL) and a native ``NUMERIC`` on PostgreSQL, and refuses a value that
would not fit its scale instead of rounding it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import BigInteger, DateTime, Numeric
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class DecimalScaleError(ValueError):
    """A value has more decimal places than its column can hold exactly."""


class ExactDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` column with a fixed number of decimal places, exact on every backend."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2, precision: int = 18) -> None:
        super().__init__()
        self.scale = scale
        self.precision = precision
        self._factor = Decimal(10) ** scale

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def coerce(self, value: Any) -> Decimal:
        """The exact Decimal for ``value``; raises for floats and values that do not fit."""
        if isinstance(value, float):
            raise TypeError("money must be a Decimal, never a float")
        try:
            dec = value if isinstance(value, Decimal) else Decimal(value)
        except (InvalidOperation, TypeError) as exc:
            raise DecimalScaleError(f"{value!r} is not a number") from exc
        if not dec.is_finite():
            raise DecimalScaleError(f"{value!r} is not a finite number")
        scaled = dec * self._factor
        if scaled != scaled.to_integral_value():
            raise DecimalScaleError(f"{dec} has more than {self.scale} decimal places")
        if abs(scaled) >= Decimal(10) ** self.precision:
            raise DecimalScaleError(f"{dec} is too large")
        return dec

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        dec = self.coerce(value)
        if dialect.name == "sqlite":
            return int(dec * self._factor)
        return dec

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / self._factor).quantize(Decimal(1).scaleb(-self.scale))
        return Decimal(value).quantize(Decimal(1).scaleb(-self.scale))

    def __repr__(self) -> str:
        return f"ExactDecimal(scale={self.scale}, precision={self.precision})"


def Money() -> ExactDecimal:
    """Amounts, totals and balances: two decimal places, as QuickBooks keeps them."""
    return ExactDecimal(scale=2)


def Rate() -> ExactDecimal:
    """Unit prices, quantities and percentages, which QuickBooks allows finer than cents."""
    return ExactDecimal(scale=6)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back time-zone aware.

    SQLite forgets the offset of a stored ``datetime``; normalising to UTC on the
    way in and attaching it on the way out keeps comparisons honest everywhere.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("timestamps must be time-zone aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
