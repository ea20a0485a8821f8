"""Money survives the database exactly, on SQLite too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qbdesk.store import Company, Customer, Payment, open_company
from qbdesk.store.types import DecimalScaleError


def _store_payment(company: Company, total: object) -> Decimal:
    with company.session() as s:
        payment = Payment(customer=Customer(display_name="C"), txn_date=date(2026, 1, 2), total=total)
        s.add(payment)
    with company.session() as s:
        stored = s.get(Payment, payment.id)
        assert stored is not None
        return stored.total


@pytest.fixture(scope="module")
def shared_company(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Company]:
    company = open_company(tmp_path_factory.mktemp("money") / "c.qbdesk", create=True)
    yield company
    company.close()


def test_point_one_plus_point_two_is_exactly_point_three(company: Company) -> None:
    stored = _store_payment(company, Decimal("0.1") + Decimal("0.2"))
    assert stored == Decimal("0.3")
    assert str(stored) == "0.30"


def test_twelve_significant_digits_round_trip(company: Company) -> None:
    assert _store_payment(company, Decimal("1234567890.12")) == Decimal("1234567890.12")


def test_a_float_is_refused_when_assigned() -> None:
    payment = Payment(total=Decimal("1.00"))
    with pytest.raises(TypeError, match="never a float"):
        payment.total = 0.3  # type: ignore[assignment]
    assert payment.total == Decimal("1.00")


def test_more_decimals_than_the_column_holds_is_refused_not_rounded() -> None:
    with pytest.raises(DecimalScaleError, match="more than 2 decimal places"):
        Payment(total=Decimal("10.005"))


def test_integers_and_numeric_strings_become_decimals() -> None:
    assert Payment(total=12).total == Decimal("12")
    assert isinstance(Payment(total="12.50").total, Decimal)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.decimals(min_value=Decimal("-9999999999.99"), max_value=Decimal("9999999999.99"), places=2,
                   allow_nan=False, allow_infinity=False))
def test_any_two_place_amount_round_trips(shared_company: Company, value: Decimal) -> None:
    assert _store_payment(shared_company, value) == value


def test_amounts_sort_numerically_in_sql(company: Company) -> None:
    amounts = [Decimal("100.00"), Decimal("9.99"), Decimal("-5.00"), Decimal("1000.01")]
    with company.session() as s:
        customer = Customer(display_name="Sorter")
        s.add_all(Payment(customer=customer, txn_date=date(2026, 1, 1), total=a) for a in amounts)
    with company.session() as s:
        ordered = [p.total for p in s.query(Payment).order_by(Payment.total)]
    assert ordered == sorted(amounts)
