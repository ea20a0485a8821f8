"""Create, read, full and sparse update, delete, void, deactivate, requestid — over HTTP."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api, error, invoice_body, json


def test_create_returns_the_entity_wrapped_with_id_synctoken_metadata(api: Api, basics: dict[str, Any]) -> None:
    resp = api.post("invoice", invoice_body(basics["customer"], basics["item"]))
    assert resp.status_code == 200 and resp.headers["intuit_tid"].startswith("1-")
    body = json(resp)
    assert set(body) == {"Invoice", "time"}
    inv = body["Invoice"]
    assert inv["SyncToken"] == "0" and inv["Id"].isdigit() and inv["domain"] == "QBO"
    assert set(inv["MetaData"]) == {"CreateTime", "LastUpdatedTime"}
    assert inv["TotalAmt"] == Decimal("100.00") and inv["Balance"] == Decimal("100.00")
    assert inv["CustomerRef"] == {"value": basics["customer"]["Id"], "name": "Amy's Bird Sanctuary"}
    assert inv["Line"][-1] == {"Amount": Decimal("100.00"), "DetailType": "SubTotalLineDetail",
                               "SubTotalLineDetail": {}}
    assert inv["Line"][0]["SalesItemLineDetail"]["TaxCodeRef"] == {"value": "NON"}
    assert inv["DocNumber"] == "1001"  # custom numbers off: QuickBooks numbers it
    assert b'"TotalAmt":100.00' in resp.content  # a JSON number, exact
    assert api.read("Invoice", inv["Id"]) == inv


def test_full_update_clears_omitted_fields_sparse_keeps_them(api: Api) -> None:
    made = api.create("Customer", {"DisplayName": "Doe2, Jane", "Notes": "VIP", "CompanyName": "Doe Inc"})
    sparse = api.create("Customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True,
                                     "PrimaryPhone": {"FreeFormNumber": "(415) 444-1234"}})
    assert sparse["SyncToken"] == "1" and sparse["Notes"] == "VIP"
    assert sparse["MetaData"]["CreateTime"] == made["MetaData"]["CreateTime"]
    full = api.create("Customer", {"Id": made["Id"], "SyncToken": "1", "DisplayName": "Jack Moe"})
    assert full["SyncToken"] == "2" and full["DisplayName"] == "Jack Moe" and full["FullyQualifiedName"] == "Jack Moe"
    assert "Notes" not in full and "PrimaryPhone" not in full


def test_stale_synctoken_is_5010(api: Api) -> None:
    made = api.create("Customer", {"DisplayName": "Racer"})
    api.create("Customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "Notes": "first"})
    err = error(api.post("customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "Notes": "second"}))
    assert err["code"] == "5010" and err["Message"] == "Stale Object Error"
    assert err["Detail"] == ("Stale Object Error : You and Practice Admin were working on this at the same time. "
                             "Practice Admin finished before you did, so your work was not saved.")
    missing = error(api.post("customer", {"Id": made["Id"], "sparse": True, "Notes": "x"}))
    assert missing["code"] == "2020" and missing["element"] == "SyncToken"


def test_an_update_that_changes_nothing_keeps_synctoken(api: Api) -> None:
    acc = api.account("ServiceFeeIncome")
    off = api.create("Account", {"Id": acc["Id"], "SyncToken": acc["SyncToken"], "sparse": True, "Active": False})
    assert off["Name"] == f"{acc['Name']} (deleted)" and off["SyncToken"] == "1"
    again = api.create("Account", {"Id": acc["Id"], "SyncToken": "1", "sparse": True, "Active": False,
                                   "Name": off["Name"]})
    assert again["SyncToken"] == "1" and again["MetaData"] == off["MetaData"]


def test_delete_leaves_a_stub_and_the_id_is_gone_for_good(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    resp = api.post("invoice", {"Id": inv["Id"], "SyncToken": "0"}, operation="delete")
    assert json(resp)["Invoice"] == {"domain": "QBO", "status": "Deleted", "Id": inv["Id"]}
    again = error(api.post("invoice", {"Id": inv["Id"], "SyncToken": "0"}, operation="delete"))
    assert (again["code"], again["Detail"]) == ("610", "Object Not Found : Another user has deleted this transaction.")
    assert error(api.get(f"invoice/{inv['Id']}"))["code"] == "610"
    update = error(api.post("invoice", {**invoice_body(basics["customer"], basics["item"]), "Id": inv["Id"],
                                        "SyncToken": "0"}))
    assert update["code"] == "610"
    fresh = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    assert fresh["Id"] != inv["Id"]
    assert api.sb.sandbox.is_deleted(api.realm, "Invoice", inv["Id"])


def test_delete_needs_synctoken_and_is_for_transactions_only(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    assert error(api.post("invoice", {"Id": inv["Id"]}, operation="delete"))["code"] == "2020"
    assert error(api.post("invoice", {"Id": inv["Id"], "SyncToken": "7"}, operation="delete"))["code"] == "5010"
    cust = basics["customer"]
    err = error(api.post("customer", {"Id": cust["Id"], "SyncToken": "0"}, operation="delete"))
    assert (err["code"], err["Message"]) == ("500", "Unsupported Operation")


def test_deactivating_name_lists_appends_deleted(api: Api, basics: dict[str, Any]) -> None:
    emp = api.create("Employee", {"GivenName": "Emily", "FamilyName": "Platt"})
    off = api.create("Employee", {"Id": emp["Id"], "SyncToken": "0", "sparse": True, "Active": False})
    assert off["DisplayName"] == "Emily Platt (deleted)" and off["PrintOnCheckName"] == "Emily Platt"
    assert off["Active"] is False
    back = api.create("Employee", {"Id": emp["Id"], "SyncToken": "1", "sparse": True, "Active": True,
                                   "DisplayName": "Emily Platt (deleted)"})
    assert back["Active"] is True and back["DisplayName"] == "Emily Platt"
    api.create("Employee", {"Id": emp["Id"], "SyncToken": "2", "sparse": True, "Active": False})
    # The original name is free again, and then taken: reactivating would clash.
    assert api.create("Vendor", {"DisplayName": "Emily Platt"})["DisplayName"] == "Emily Platt"
    clash = error(api.post("employee", {"Id": emp["Id"], "SyncToken": "3", "sparse": True, "Active": True}))
    assert clash["code"] == "6240"


def test_deactivating_a_customer_takes_its_jobs(api: Api) -> None:
    parent = api.create("Customer", {"DisplayName": "Freeman Sporting Goods"})
    job = api.create("Customer", {"DisplayName": "55 Twin Lane", "ParentRef": {"value": parent["Id"]}})
    assert job["Job"] is True and job["Level"] == 1
    assert job["FullyQualifiedName"] == "Freeman Sporting Goods:55 Twin Lane"
    api.create("Customer", {"Id": parent["Id"], "SyncToken": "0", "sparse": True, "Active": False})
    job_now = api.sb.sandbox.get(api.realm, "Customer", job["Id"])
    assert job_now is not None and job_now["Active"] is False
    assert job_now["DisplayName"] == "55 Twin Lane (deleted)"
    assert job_now["FullyQualifiedName"] == "Freeman Sporting Goods (deleted):55 Twin Lane (deleted)"


def test_renaming_a_customer_renames_its_jobs(api: Api) -> None:
    parent = api.create("Customer", {"DisplayName": "Shara Barnett"})
    job = api.create("Customer", {"DisplayName": "Barnett Design", "ParentRef": {"value": parent["Id"]}})
    api.create("Customer", {"Id": parent["Id"], "SyncToken": "0", "sparse": True, "DisplayName": "Shara B."})
    assert api.read("Customer", job["Id"])["FullyQualifiedName"] == "Shara B.:Barnett Design"
    assert api.rows("SELECT * FROM Customer WHERE FullyQualifiedName = 'Shara B.:Barnett Design'")[0]["Id"] == \
        job["Id"]


def test_void_invoice_and_payment(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    voided = json(api.post("invoice", {"Id": inv["Id"], "SyncToken": "0"}, operation="void"))["Invoice"]
    assert voided["SyncToken"] == "1" and voided["TotalAmt"] == 0 and voided["Balance"] == 0
    assert voided["PrivateNote"] == "Voided" and voided["Line"][0]["Amount"] == 0
    inv2 = api.create("Invoice", invoice_body(basics["customer"], basics["item"], "50.00"))
    pay = api.create("Payment", {"CustomerRef": {"value": basics["customer"]["Id"]}, "TotalAmt": Decimal("50.00"),
                                 "Line": [{"Amount": Decimal("50.00"),
                                           "LinkedTxn": [{"TxnId": inv2["Id"], "TxnType": "Invoice"}]}]})
    assert api.read("Invoice", inv2["Id"])["Balance"] == 0
    resp = api.post("payment", {"Id": pay["Id"], "SyncToken": "0", "sparse": True}, operation="update",
                    include="void")
    assert json(resp)["Payment"]["TotalAmt"] == 0
    assert api.read("Invoice", inv2["Id"])["Balance"] == Decimal("50.00")


def test_requestid_repeat_returns_the_original_reply_without_running_again(api: Api) -> None:
    first = api.post("customer", {"DisplayName": "Once Only"}, requestid="a90bfae9-9c6b-4179-9c7e-d8f538d09f6f")
    again = api.post("customer", {"DisplayName": "Once Only"}, requestid="a90bfae9-9c6b-4179-9c7e-d8f538d09f6f")
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert len(api.sb.sandbox.find(api.realm, "Customer", DisplayName="Once Only")) == 1
    other = api.post("customer", {"DisplayName": "Once Only"}, requestid="another")
    assert error(other)["code"] == "6240"


def test_requestid_longer_than_50_is_refused(api: Api) -> None:
    err = error(api.post("customer", {"DisplayName": "Long"}, requestid="x" * 51))
    assert err["code"] == "6000"
    assert err["Detail"] == ("Business Validation Error: You cannot enter more than 50 characters in the request_id "
                             "field. You tried entering xxxxxxxxxx..., which is 51 characters.")


def test_minorversion_is_accepted_and_ignored(api: Api) -> None:
    for version in ("4", "8", "75", "999"):
        assert api.session.get(f"{api.base}/preferences", params={"minorversion": version}, timeout=10) \
            .status_code == 200


def test_request_shape_faults(api: Api) -> None:
    err = error(api.post("invoice", {"BadJson": True}))
    assert err["code"] == "2010" and err["Message"] == "Request has invalid or unsupported property"
    assert err["Detail"].startswith('Property Name:Unrecognized field "BadJson" (class '
                                    'com.intuit.schema.finance.v3.Invoice), not marked as ignorable (')
    assert err["Detail"].endswith("[truncated]])\n specified is unsupported or invalid")
    line = error(api.post("invoice", {"CustomerRef": {"value": "1"}, "Line": [{"Amount": 1, "Colour": "red"}]}))
    assert "class com.intuit.schema.finance.v3.Line" in line["Detail"]
    bad_id = api.get("customer/1.5")
    assert json(bad_id) == {"Fault": {"Error": [{"Message": "Invalid ID", "Detail": "Id should be a valid number. "
                                                 "Supplied value:1.5", "code": "2030", "element": "Id"}],
                                      "type": "ValidationFault"}}
    nowhere = error(api.get("customer/1/5"))
    assert nowhere["code"] == "500" and nowhere["Message"] == "Unsupported Operation"
    assert nowhere["Detail"] == (f"Operation Could not find resource for relative : /v3/company/{api.realm}/customer/"
                                 f"1/5 of full path: {api.base}/customer/1/5 is not supported.")
    assert error(api.post("taxcode", {"Name": "Mine"}))["code"] == "500"  # tax codes are read-only
    malformed = api.session.post(f"{api.base}/customer", data=b"{not json", timeout=10)
    assert error(malformed)["code"] == "2010"


def test_required_fields_are_2020_with_the_element(api: Api) -> None:
    err = error(api.post("invoice", {"Line": []}))
    assert err == {"Message": "Required param missing, need to supply the required value for the API",
                   "Detail": "Required parameter CustomerRef is missing in the request", "code": "2020",
                   "element": "CustomerRef"}
    both = api.post("bill", {"DocNumber": "X" * 45})
    errors = json(both)["Fault"]["Error"]
    assert [(e["code"], e["element"]) for e in errors] == [("2050", "DocNumber"), ("2020", "VendorRef"),
                                                            ("2020", "Line")]


def test_company_info_and_preferences_read_and_update(api: Api) -> None:
    info = json(api.get(f"companyinfo/{api.realm}"))["CompanyInfo"]
    assert info["CompanyName"] == "Fresh Co" and info["Id"] == "1"
    changed = api.create("CompanyInfo", {"Id": "1", "SyncToken": info["SyncToken"], "sparse": True,
                                         "CompanyName": "Renamed Co"})
    assert changed["CompanyName"] == "Renamed Co" and changed["LegalName"] == "Fresh Co"
    prefs = json(api.get("preferences"))["Preferences"]
    updated = api.create("Preferences", {"Id": "1", "SyncToken": prefs["SyncToken"], "sparse": True,
                                         "SalesFormsPrefs": {"CustomTxnNumbers": True},
                                         "AccountingInfoPrefs": {"BookCloseDate": "2025-12-31"}})
    assert updated["SalesFormsPrefs"]["CustomTxnNumbers"] is True
    assert updated["SalesFormsPrefs"]["AllowEstimates"] is True  # a sparse update keeps the rest
    assert updated["AccountingInfoPrefs"]["BookCloseDate"] == "2025-12-31"
    assert error(api.post("preferences", {"Id": "1", "SyncToken": prefs["SyncToken"], "sparse": True}))["code"] \
        == "5010"
