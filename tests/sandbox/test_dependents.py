"""Transactions other transactions depend on: an invoice with a payment applied, a credit memo in use."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api, error, invoice_body, json


def _paid(api: Api, basics: dict[str, Any], total: str = "100.00", paid: str = "40.00") -> tuple[dict[str, Any],
                                                                                              dict[str, Any]]:
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], total))
    pay = api.create("Payment", {"CustomerRef": {"value": cust["Id"]}, "TotalAmt": Decimal(paid),
                                 "Line": [{"Amount": Decimal(paid),
                                           "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]})
    return api.read("Invoice", inv["Id"]), pay


def test_deleting_an_invoice_with_a_payment_applied_is_refused(api: Api, basics: dict[str, Any]) -> None:
    """Intuit: "You must unlink any linked transactions associated with the invoice object before deleting it."""
    inv, pay = _paid(api, basics)
    err = error(api.post("invoice", {"Id": inv["Id"], "SyncToken": inv["SyncToken"]}, operation="delete"))
    assert err == {"Message": "Cannot delete object", "code": "800",
                   "Detail": "The object can't be deleted due to existing dependencies. Delete those dependencies "
                             "first."}
    assert api.read("Invoice", inv["Id"])["Balance"] == Decimal("60.00")
    # The same refusal inside a batch.
    resp = api.post("batch", {"BatchItemRequest": [{"bId": "d1", "operation": "delete",
                                                    "Invoice": {"Id": inv["Id"], "SyncToken": inv["SyncToken"]}}]})
    assert json(resp)["BatchItemResponse"][0]["Fault"]["Error"][0]["code"] == "800"
    # Unlink first — delete the payment (the invoice owes everything again) — then the invoice goes.
    assert api.post("payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"]}, operation="delete").status_code == 200
    again = api.read("Invoice", inv["Id"])
    assert again["Balance"] == Decimal("100.00") and again["LinkedTxn"] == []
    gone = api.post("invoice", {"Id": inv["Id"], "SyncToken": again["SyncToken"]}, operation="delete")
    assert json(gone)["Invoice"] == {"domain": "QBO", "status": "Deleted", "Id": inv["Id"]}


def test_unapplying_the_payment_also_unblocks_the_delete(api: Api, basics: dict[str, Any]) -> None:
    inv, pay = _paid(api, basics)
    unapplied = api.create("Payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"], "sparse": True, "Line": []})
    assert unapplied["UnappliedAmt"] == Decimal("40.00")
    fresh = api.read("Invoice", inv["Id"])
    assert api.post("invoice", {"Id": inv["Id"], "SyncToken": fresh["SyncToken"]},
                    operation="delete").status_code == 200


def test_an_unpaid_invoice_deletes(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    assert api.post("invoice", {"Id": inv["Id"], "SyncToken": "0"}, operation="delete").status_code == 200
    assert api.sb.sandbox.is_deleted(api.realm, "Invoice", inv["Id"])


def test_voiding_a_paid_invoice_leaves_the_payment_as_credit(api: Api, basics: dict[str, Any]) -> None:
    """Void is documented without the unlink condition: amounts zeroed, "Voided" prepended to the note."""
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], "100.00", PrivateNote="Spring clean-up"))
    pay = api.create("Payment", {"CustomerRef": {"value": cust["Id"]}, "TotalAmt": Decimal("40.00"),
                                 "Line": [{"Amount": Decimal("40.00"),
                                           "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]})
    voided = json(api.post("invoice", {"Id": inv["Id"], "SyncToken": api.read("Invoice", inv["Id"])["SyncToken"]},
                           operation="void"))["Invoice"]
    assert (voided["TotalAmt"], voided["Balance"]) == (0, 0)
    assert voided["PrivateNote"] == "Voided Spring clean-up"
    credit = api.read("Payment", pay["Id"])
    assert credit["UnappliedAmt"] == Decimal("40.00") and credit["Line"] == []
    assert api.read("Customer", cust["Id"])["Balance"] == Decimal("-40.00")


def test_an_invoice_cannot_be_edited_below_what_was_paid(api: Api, basics: dict[str, Any]) -> None:
    inv, _pay = _paid(api, basics, "100.00", "40.00")
    smaller = invoice_body(basics["customer"], basics["item"], "30.00", Id=inv["Id"], SyncToken=inv["SyncToken"])
    err = error(api.post("invoice", smaller))
    assert (err["code"], err["Detail"]) == (
        "6000", "Business Validation Error: The Amount Received (plus credits) can't be less than the selected "
                "charges. Also, the selected charges can't be less than the selected credits.")
    exact = invoice_body(basics["customer"], basics["item"], "40.00", Id=inv["Id"], SyncToken=inv["SyncToken"])
    done = api.create("Invoice", exact)
    assert (done["TotalAmt"], done["Balance"]) == (Decimal("40.00"), 0)


def test_a_credit_memo_cannot_shrink_below_the_credit_already_used(api: Api, basics: dict[str, Any]) -> None:
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], "100.00"))
    memo = api.create("CreditMemo", invoice_body(cust, basics["item"], "30.00"))
    api.create("Payment", {"CustomerRef": {"value": cust["Id"]}, "TotalAmt": Decimal("0"),
                           "Line": [{"Amount": Decimal("30.00"), "LinkedTxn": [{"TxnId": inv["Id"],
                                                                                 "TxnType": "Invoice"}]},
                                    {"Amount": Decimal("30.00"), "LinkedTxn": [{"TxnId": memo["Id"],
                                                                                 "TxnType": "CreditMemo"}]}]})
    used = api.read("CreditMemo", memo["Id"])
    assert used["RemainingCredit"] == 0
    err = error(api.post("creditmemo", invoice_body(cust, basics["item"], "20.00", Id=memo["Id"],
                                                    SyncToken=used["SyncToken"])))
    assert err["code"] == "6000"


def test_a_customer_or_item_in_use_is_made_inactive_not_deleted(api: Api, basics: dict[str, Any]) -> None:
    """Name lists cannot be deleted (500); made inactive they stay on old transactions ("References to inactive
    objects are left intact") but new ones refuse them (6250 for a customer, 2500 for an item)."""
    cust, item = basics["customer"], basics["item"]
    inv = api.create("Invoice", invoice_body(cust, item, "20.00"))
    for entity, record in (("customer", cust), ("item", item)):
        refused = error(api.post(entity, {"Id": record["Id"], "SyncToken": record["SyncToken"]}, operation="delete"))
        assert (refused["code"], refused["Message"]) == ("500", "Unsupported Operation")
    open_balance = error(api.post("customer", {"Id": cust["Id"], "SyncToken": api.read("Customer", cust["Id"])[
        "SyncToken"], "sparse": True, "Active": False}))
    assert open_balance["code"] == "6220"  # it still owes the invoice
    api.create("Payment", {"CustomerRef": {"value": cust["Id"]}, "TotalAmt": Decimal("20.00"),
                           "Line": [{"Amount": Decimal("20.00"), "LinkedTxn": [{"TxnId": inv["Id"],
                                                                                 "TxnType": "Invoice"}]}]})
    for entity in ("Customer", "Item"):
        current = api.read(entity, (cust if entity == "Customer" else item)["Id"])
        off = api.create(entity, {"Id": current["Id"], "SyncToken": current["SyncToken"], "sparse": True,
                                  "Active": False})
        assert off["Active"] is False
    kept = api.read("Invoice", inv["Id"])
    assert kept["CustomerRef"]["value"] == cust["Id"] and kept["Balance"] == 0
    assert error(api.post("invoice", invoice_body(cust, item)))["code"] == "6250"
    other = api.create("Customer", {"DisplayName": "Cool Cars"})
    assert error(api.post("invoice", invoice_body(other, item)))["Detail"] == \
        "Invalid Reference Id : Line.SalesItemLineDetail.ItemRef"


def test_the_web_app_deletes_a_paid_invoice_and_keeps_the_payment_as_credit(api: Api, basics: dict[str, Any]) -> None:
    """What a person does in QuickBooks (community threads): the API refuses (800), the web app does not."""
    inv, pay = _paid(api, basics)
    stub = api.sb.sandbox.delete(api.realm, "Invoice", inv["Id"])
    assert stub == {"domain": "QBO", "status": "Deleted", "Id": inv["Id"]}
    credit = api.read("Payment", pay["Id"])
    assert credit["UnappliedAmt"] == Decimal("40.00") and credit["Line"] == []
    gone = error(api.get(f"invoice/{inv['Id']}"))
    assert gone["Detail"] == "Object Not Found : Another user has deleted this transaction."
