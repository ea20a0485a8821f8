"""Document numbers and lines: what QuickBooks refuses on a sales form."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api, error, invoice_body


def test_invoices_and_credit_memos_share_one_number_pool(api: Api, basics: dict[str, Any]) -> None:
    """6140 names the holder's type as QuickBooks writes it ("TxnType=Credit Memo", Clio's support page);
    Chargebee: 6140 when "an invoice or credit note with the same number already exists"."""
    api.sb.sandbox.set_preferences(api.realm, custom_txn_numbers=True)
    memo = api.create("CreditMemo", invoice_body(basics["customer"], basics["item"], DocNumber="1234"))
    err = error(api.post("invoice", invoice_body(basics["customer"], basics["item"], DocNumber="1234")))
    assert err["Detail"] == ("Duplicate Document Number Error : You must specify a different number. This number has "
                             f"already been used. DocNumber=1234 is assigned to TxnType=Credit Memo with "
                             f"TxnId={memo['Id']}")
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"], DocNumber="1235"))
    again = error(api.post("creditmemo", invoice_body(basics["customer"], basics["item"], DocNumber="1235")))
    assert again["Detail"].endswith(f"DocNumber=1235 is assigned to TxnType=Invoice with TxnId={inv['Id']}")
    # Other sales forms keep their own numbers.
    receipt = api.create("SalesReceipt", invoice_body(basics["customer"], basics["item"], DocNumber="1234"))
    assert receipt["DocNumber"] == "1234"


def test_a_discount_line_needs_an_amount_or_a_percent(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's error list, 6090."""
    body = invoice_body(basics["customer"], basics["item"], "100.00")
    body["Line"].append({"DetailType": "DiscountLineDetail", "DiscountLineDetail": {"PercentBased": False}})
    err = error(api.post("invoice", body))
    assert (err["code"], err["Message"], err["Detail"]) == (
        "6090", "Discount Line missing required info.", "Discount amount or percent should be provided.")
    body["Line"][-1] = {"DetailType": "DiscountLineDetail", "Amount": Decimal("10.00"),
                        "DiscountLineDetail": {"PercentBased": False}}
    assert api.create("Invoice", body)["TotalAmt"] == Decimal("90.00")
