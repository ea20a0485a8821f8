"""Every record survives the trip to QuickBooks JSON and back, exactly (Decimal, dates, references)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select

from qbdesk.qbo import jsoncodec
from qbdesk.store import Company, Customer, Invoice, InvoiceLine, Record, TaxCode
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.mapping import ReadOnlyEntity, UnresolvedReference, from_qbo, to_qbo

SKIP = {"id", "created_at", "updated_at", "dirty", "version", "total", "balance", "unapplied", "remaining_credit",
        "is_job", "customer_since"}
DERIVED_AMOUNTS = {"invoice_lines", "credit_memo_lines", "refund_receipt_lines", "sales_receipt_lines",
                   "estimate_lines"}  # quantity × price, computed by the store


def _fields(obj: Any, owner: Any = None) -> dict[str, Any]:
    """Every column that the mapping carries; a line's link to its own document is the document's business."""
    mapper = inspect(type(obj))
    table = mapper.local_table
    skip = set(SKIP)
    if owner is not None:
        skip |= {c.key for c in table.columns if any(fk.column.table is owner for fk in c.foreign_keys)}
    if table.name in DERIVED_AMOUNTS:
        skip.add("amount")
    values = {c.key: getattr(obj, c.key) for c in mapper.column_attrs if c.key not in skip}
    for rel in ("lines", "applications"):
        if hasattr(obj, rel):
            values[rel] = [_fields(child, table) for child in getattr(obj, rel)]
    return values


def _round_trip(record: Record) -> Record:
    body = to_qbo(record, lambda entity, local_id: f"Q{local_id}")
    wire = jsoncodec.loads(jsoncodec.dumps(body))  # through real JSON text, as on the network
    return from_qbo(record.qbo_entity, wire, lambda entity, qbo_id: int(qbo_id[1:]))


def test_every_generated_record_round_trips(demo_company: Company) -> None:
    checked = 0
    with demo_company.session() as s:
        for cls in (e.record for e in ENTITIES if e.writable):
            for record in s.scalars(select(cls)):
                assert _fields(_round_trip(record)) == _fields(record), f"{cls.__name__} {record.id}"
                checked += 1
    assert checked > 500


def test_money_goes_out_as_exact_json_numbers(demo_company: Company) -> None:
    with demo_company.session() as s:
        inv = s.scalars(select(Invoice)).first()
        assert inv is not None
        text = jsoncodec.dumps(to_qbo(inv, lambda e, i: str(i)))
    assert '"UnitPrice":' in text and '"UnitPrice":"' not in text
    doc = jsoncodec.loads(text)
    assert isinstance(doc["Line"][0]["Amount"], Decimal)


def test_an_unlinked_reference_is_reported_not_sent() -> None:
    inv = Invoice(customer_id=5, txn_date=date(2026, 1, 1), doc_number="9")
    with pytest.raises(UnresolvedReference) as caught:
        to_qbo(inv, lambda entity, local_id: None)
    assert (caught.value.entity, caught.value.record_id, caught.value.field) == ("Customer", 5, "CustomerRef")


def test_tax_codes_are_read_only() -> None:
    with pytest.raises(ReadOnlyEntity):
        to_qbo(TaxCode(name="TAX"), lambda e, i: None)


def test_unknown_fields_from_quickbooks_are_ignored() -> None:
    row = {"DisplayName": "New Field Co", "SomethingIntuitAddsIn2030": {"x": 1}, "Active": True}
    customer = from_qbo("Customer", row, lambda e, i: None)
    assert isinstance(customer, Customer) and customer.display_name == "New Field Co"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(qty=st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("99999"), places=6),
       price=st.decimals(min_value=Decimal("-99999"), max_value=Decimal("99999"), places=6),
       doc=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=21),
       day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_invoice_fields_round_trip_for_any_values(qty: Decimal, price: Decimal, doc: str, day: date) -> None:
    inv = Invoice(customer_id=3, txn_date=day, doc_number=doc)
    inv.lines.append(InvoiceLine(line_num=1, item_id=4, quantity=qty, unit_price=price, amount=Decimal("0.00"),
                                 taxable=False))
    back = _round_trip(inv)
    assert _fields(back) == _fields(inv)
