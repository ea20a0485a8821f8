"""Batch (30 items, per-item results, no visibility between items, requestid) and change data capture."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from qbdesk.sandbox.clock import stamp
from tests.sandbox.conftest import Api, error, invoice_body, json


def batch(api: Api, items: list[dict[str, Any]], **params: str) -> Any:
    resp = api.post("batch", {"BatchItemRequest": items}, **params)
    assert resp.status_code == 200, resp.text
    return json(resp)


def test_batch_mixes_results_and_faults_by_bid(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    body = batch(api, [
        {"bId": "bid1", "operation": "create", "Vendor": {"DisplayName": "Boraski Family Store"}},
        {"bId": "bid2", "operation": "delete", "Invoice": {"Id": "129", "SyncToken": "0"}},
        {"bId": "bid3", "operation": "update", "Invoice": {"sparse": True, "Id": inv["Id"], "SyncToken": "3",
                                                          "PrivateNote": "A private note."}},
        {"bId": "bid4", "Query": "select * from Invoice where Balance > '50.00'"},
    ])
    assert set(body) == {"BatchItemResponse", "time"}
    by_bid = {item["bId"]: item for item in body["BatchItemResponse"]}
    assert by_bid["bid1"]["Vendor"]["DisplayName"] == "Boraski Family Store"
    assert by_bid["bid2"]["Fault"] == {"Error": [{
        "Message": "Object Not Found", "code": "610", "element": "",
        "Detail": "Object Not Found : Something you're trying to use has been made inactive. Check the fields "
                  "with accounts, customers, items, vendors or employees."}], "type": "ValidationFault"}
    assert by_bid["bid3"]["Fault"]["Error"][0]["code"] == "5010"
    assert [row["Id"] for row in by_bid["bid4"]["QueryResponse"]["Invoice"]] == [inv["Id"]]


def test_batch_limit_is_30(api: Api) -> None:
    items = [{"bId": f"b{n}", "operation": "create", "Vendor": {"DisplayName": f"Vendor {n}"}} for n in range(31)]
    err = error(api.post("batch", {"BatchItemRequest": items}))
    assert (err["code"], err["Message"]) == ("1040", "Batch size exceeds allowed limit")
    assert len(batch(api, items[:30])["BatchItemResponse"]) == 30
    assert api.sb.sandbox.count(api.realm, "Vendor") == 30


def test_batch_items_do_not_see_each_other(api: Api, basics: dict[str, Any]) -> None:
    body = batch(api, [
        {"bId": "c", "operation": "create", "Customer": {"DisplayName": "Brand New"}},
        {"bId": "q", "Query": "select * from Customer where DisplayName = 'Brand New'"},
    ])
    created = body["BatchItemResponse"][0]["Customer"]
    assert body["BatchItemResponse"][1]["QueryResponse"] == {}
    second = batch(api, [
        {"bId": "c2", "operation": "create", "Customer": {"DisplayName": "Newer"}},
        {"bId": "i", "operation": "create",
         "Invoice": invoice_body({"Id": str(int(created["Id"]) + 1)}, basics["item"])},
    ])["BatchItemResponse"]
    assert second[1]["Fault"]["Error"][0]["code"] == "2500"
    assert "Invoice" in batch(api, [{"bId": "i", "operation": "create",
                                     "Invoice": invoice_body(second[0]["Customer"], basics["item"])}]) \
        ["BatchItemResponse"][0]


def test_batch_void_and_requestid_replay(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"], "40.00"))
    items = [
        {"bId": "p1", "operation": "create",
         "Payment": {"CustomerRef": {"value": basics["customer"]["Id"]}, "TotalAmt": Decimal("40.00"),
                     "Line": [{"Amount": Decimal("40.00"),
                               "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]}},
        {"bId": "v1", "operation": "create", "Vendor": {"DisplayName": "Mahoney Mugs"}},
    ]
    first = batch(api, items, requestid="86e1e8438fd9413587c2bd17f4185b13")
    again = batch(api, items, requestid="86e1e8438fd9413587c2bd17f4185b13")
    assert first["BatchItemResponse"] == again["BatchItemResponse"]
    assert api.sb.sandbox.count(api.realm, "Payment") == 1
    payment = first["BatchItemResponse"][0]["Payment"]
    voided = batch(api, [{"bId": "x", "operation": "update", "optionsData": "void",
                          "Payment": {"Id": payment["Id"], "SyncToken": "0", "sparse": True}}])
    assert voided["BatchItemResponse"][0]["Payment"]["TotalAmt"] == 0


def test_batch_requestid_and_bid_length_limits(api: Api) -> None:
    items = [{"bId": "b" * 36, "operation": "create", "Vendor": {"DisplayName": "Long Bid"}}]
    body = batch(api, items, requestid="8182e07bba0d4d58a0c5e1c2b3a4f5e6")
    fault = body["BatchItemResponse"][0]["Fault"]["Error"][0]
    assert fault["code"] == "6000"
    assert fault["Detail"] == ("Business Validation Error: You cannot enter more than 50 characters in the request_id "
                               "field. You tried entering 8182e07bba..., which is 68 characters.")


def test_cdc_returns_changes_and_deleted_stubs(api: Api, basics: dict[str, Any]) -> None:
    since = stamp(api.sb.clock.now() - timedelta(seconds=5))
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    gone = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    api.post("invoice", {"Id": gone["Id"], "SyncToken": "0"}, operation="delete")
    resp = api.get("cdc", entities="Invoice,customer,Estimate", changedSince=since)
    body = json(resp)
    assert set(body) == {"CDCResponse", "time"}
    responses = body["CDCResponse"][0]["QueryResponse"]
    invoices = responses[0]["Invoice"]
    assert responses[0]["startPosition"] == 1 and responses[0]["maxResults"] == len(invoices) == 2
    assert invoices[0]["Id"] == inv["Id"] and invoices[0]["DocNumber"] == inv["DocNumber"]
    assert invoices[1] == {"domain": "QBO", "status": "Deleted", "Id": gone["Id"],
                           "MetaData": {"LastUpdatedTime": invoices[1]["MetaData"]["LastUpdatedTime"]}}
    assert {c["Id"] for c in responses[1]["Customer"]} >= {basics["customer"]["Id"]}  # its balance moved
    assert responses[2] == {}


def test_cdc_looks_back_30_days_at_most(api: Api) -> None:
    old = (api.sb.clock.now() - timedelta(days=31)).date().isoformat()
    err = error(api.get("cdc", entities="Customer", changedSince=old))
    assert (err["code"], err["Message"]) == ("500", "Unsupported Operation")
    assert err["Detail"] == (f"Operation cdc with changedSince date {old} which is older than fixed days is not "
                             "supported.")
    fine = (api.sb.clock.now() - timedelta(days=29)).date().isoformat()
    assert api.get("cdc", entities="Customer", changedSince=fine).status_code == 200


def test_cdc_caps_at_1000_objects_oldest_first(practice: Api) -> None:
    since = stamp(practice.sb.clock.now() - timedelta(seconds=5))
    for n in range(1005):
        practice.sb.sandbox.write(practice.realm, "Vendor", {"DisplayName": f"Bulk {n:04d}"})
    body = json(practice.get("cdc", entities="Vendor", changedSince=since))
    rows = body["CDCResponse"][0]["QueryResponse"][0]["Vendor"]
    assert len(rows) == 1000
    assert rows[0]["DisplayName"] == "Bulk 0000" and rows[-1]["DisplayName"] == "Bulk 0999"
