"""Names QuickBooks refuses, and names QuickBooks considers the same."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.sandbox.conftest import Api, error, invoice_body

INVALID_STRING = "Invalid String. The String may contain unsupported or illegal chars"


@pytest.mark.parametrize("entity", ["customer", "vendor", "employee"])
@pytest.mark.parametrize("field", ["DisplayName", "Title", "GivenName", "MiddleName", "FamilyName", "Suffix",
                                   "PrintOnCheckName"])
def test_colon_tab_newline_are_refused_in_party_names(api: Api, entity: str, field: str) -> None:
    """Intuit's Customer/Vendor/Employee references: those fields "must not contain colon (:), tab (\\t), or
    newline (\\n) characters"; QuickBooks answers 2040 naming the value (recorded, Stack Overflow 24529982)."""
    for bad in ("Rob:Barnett", "Rob\tBarnett", "Rob\nBarnett"):
        body = {"DisplayName": "Rob Barnett", field: bad}
        err = error(api.post(entity, body))
        assert err == {"Message": INVALID_STRING, "code": "2040", "element": field,
                       "Detail": f"Element contains invalid characters. {bad}"}
    assert api.sb.sandbox.count(api.realm, entity.capitalize()) == 0


def test_colon_refused_rather_than_mangling_the_full_name(api: Api) -> None:
    parent = api.create("Customer", {"DisplayName": "Barnett"})
    err = error(api.post("customer", {"DisplayName": "Rob:Barnett:Company", "ParentRef": {"value": parent["Id"]}}))
    assert err["Detail"] == "Element contains invalid characters. Rob:Barnett:Company"
    job = api.create("Customer", {"DisplayName": "Rob Barnett Company", "ParentRef": {"value": parent["Id"]}})
    assert job["FullyQualifiedName"] == "Barnett:Rob Barnett Company"
    rename = error(api.post("customer", {"Id": job["Id"], "SyncToken": job["SyncToken"], "sparse": True,
                                         "DisplayName": "Rob: Renamed"}))
    assert rename["code"] == "2040"


def test_account_and_item_names_refuse_the_hierarchy_separator(api: Api) -> None:
    """Intuit's Account reference: no ``"`` or ``:``; items are named ``Parent:Child`` by QuickBooks too."""
    for name in ('Fees: "Billed"', "Fees:Billed", 'Fees "Billed"'):
        err = error(api.post("account", {"Name": name, "AccountType": "Income"}))
        assert (err["code"], err["element"], err["Detail"]) == (
            "2040", "Name", f"Element contains invalid characters. {name}")
    income = api.account("ServiceFeeIncome")
    item = error(api.post("item", {"Name": "Design:Hourly", "Type": "Service",
                                   "IncomeAccountRef": {"value": income["Id"]}}))
    assert (item["code"], item["Detail"]) == ("2040", "Element contains invalid characters. Design:Hourly")
    made = api.create("Account", {"Name": "Fees Billed, 2026 (A/R) & Co.", "AccountType": "Income"})
    assert made["FullyQualifiedName"] == "Fees Billed, 2026 (A/R) & Co."


@pytest.mark.parametrize("entity", ["customer", "vendor", "employee"])
def test_a_party_with_no_name_is_6080(api: Api, entity: str) -> None:
    """"The DisplayName attribute or at least one of Title, GivenName, MiddleName, FamilyName, or Suffix
    attributes is required during object create" — CompanyName is not a name (not in the list)."""
    for body in ({}, {"CompanyName": "Weiskopf Consulting"}, {"PrimaryEmailAddr": {"Address": "a@b.co"}},
                 {"DisplayName": "   ", "PrimaryPhone": {"FreeFormNumber": "555"}}):
        err = error(api.post(entity, body))
        assert err == {"Message": "No Name Provided", "code": "6080",
                       "Detail": "Title, GivenName, MiddleName, FamilyName, DisplayName, Suffix - one of these "
                                 "must be non-empty"}, body
    made = api.create(entity.capitalize(), {"Title": "Dr.", "GivenName": "Jane", "FamilyName": "Doe",
                                            "Suffix": "Jr."})
    assert made["DisplayName"] == "Dr. Jane Doe Jr."


def test_names_compare_without_case_or_extra_spaces(api: Api) -> None:
    api.create("Customer", {"DisplayName": "Oscar Laverty"})
    for same in ("oscar laverty", "OSCAR LAVERTY", "Oscar  Laverty", "Oscar Laverty ", " Oscar Laverty"):
        err = error(api.post("customer", {"DisplayName": same}))
        assert (err["code"], err["Detail"]) == ("6240", "The name supplied already exists. : null"), same
    assert api.create("Customer", {"DisplayName": "Oscar Laverty Jr"})["DisplayName"] == "Oscar Laverty Jr"


def test_uniqueness_spans_customers_vendors_employees_and_jobs(api: Api) -> None:
    """"The DisplayName attribute must be unique across all other customer, employee, and vendor objects."""
    other = ("The name supplied already exists. : Another customer, vendor or employee is already using this "
             "name. Please use a different name.")
    employee = api.create("Employee", {"GivenName": "Emily", "FamilyName": "Platt"})
    assert error(api.post("customer", {"DisplayName": "emily platt"}))["Detail"] == other
    assert error(api.post("vendor", {"GivenName": "Emily", "FamilyName": "Platt"}))["Detail"] == other
    parent = api.create("Customer", {"DisplayName": "Barnett"})
    assert error(api.post("customer", {"DisplayName": "Emily Platt", "ParentRef": {"value": parent["Id"]}}))[
        "Detail"] == other
    # Intuit's advice: a suffix tells them apart.
    assert api.create("Customer", {"DisplayName": f"{employee['DisplayName']} (customer)"})["Active"] is True


def test_renaming_into_a_used_name_is_refused_too(api: Api) -> None:
    api.create("Vendor", {"DisplayName": "Books by Bessie"})
    mine = api.create("Vendor", {"DisplayName": "Bessie's Books"})
    err = error(api.post("vendor", {"Id": mine["Id"], "SyncToken": mine["SyncToken"], "sparse": True,
                                    "DisplayName": "BOOKS BY BESSIE"}))
    assert err["Detail"] == "The name supplied already exists. : null"


def test_making_inactive_frees_the_name(api: Api) -> None:
    """Recorded: an inactivated record is renamed "<name> (deleted)", so the name can be used again."""
    gone = api.create("Customer", {"DisplayName": "Thrifty Meats"})
    off = api.create("Customer", {"Id": gone["Id"], "SyncToken": gone["SyncToken"], "sparse": True, "Active": False})
    assert off["DisplayName"] == "Thrifty Meats (deleted)"
    assert api.create("Customer", {"DisplayName": "thrifty meats"})["Active"] is True


def test_nesting_is_limited_to_four_levels_below_the_top(api: Api) -> None:
    """"Up to four levels of nesting can be defined under a top-level parent Customer object" (6180)."""
    parent = api.create("Customer", {"DisplayName": "Level 0"})
    for level in range(1, 5):
        parent = api.create("Customer", {"DisplayName": f"Level {level}", "ParentRef": {"value": parent["Id"]}})
        assert parent["Level"] == level
    err = error(api.post("customer", {"DisplayName": "Level 5", "ParentRef": {"value": parent["Id"]}}))
    assert (err["code"], err["Message"]) == ("6180", "Sub Level Limit")


def test_a_customer_cannot_be_its_own_parent_or_its_jobs_child(api: Api) -> None:
    top = api.create("Customer", {"DisplayName": "Top"})
    job = api.create("Customer", {"DisplayName": "Job", "ParentRef": {"value": top["Id"]}})
    for parent in (top, job):
        err = error(api.post("customer", {"Id": top["Id"], "SyncToken": top["SyncToken"], "sparse": True,
                                          "ParentRef": {"value": parent["Id"]}}))
        assert (err["code"], err["Message"], err["Detail"]) == (
            "900", "Parent cannot be child", "The same object can't be the parent or child of itself.")


def test_us_lines_take_only_tax_or_non(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's error list, 6100: "Valid Line TaxCodes for US should be TAX or NON"."""
    body = invoice_body(basics["customer"], basics["item"])
    body["Line"][0]["SalesItemLineDetail"]["TaxCodeRef"] = {"value": "3"}
    err = error(api.post("invoice", body))
    assert (err["code"], err["Message"], err["Detail"]) == (
        "6100", "Invalid Line TaxCode in the request", "Valid Line TaxCodes for US should be TAX or NON. Supplied "
                                                       "value:3")
    body["Line"][0]["SalesItemLineDetail"]["TaxCodeRef"] = {"value": "TAX"}
    assert api.create("Invoice", body)["Line"][0]["SalesItemLineDetail"]["TaxCodeRef"]["value"] == "TAX"


def test_category_items_cannot_be_sold(api: Api, basics: dict[str, Any]) -> None:
    """qbo-api.md §4 (2500): "Invalid Reference Id : Categories cannot be used in transactions."""
    category = api.create("Item", {"Name": "Landscaping", "Type": "Category"})
    err = error(api.post("invoice", invoice_body(basics["customer"], category, "10.00")))
    assert (err["code"], err["Detail"]) == ("2500", "Invalid Reference Id : Categories cannot be used in "
                                                    "transactions.")
    assert Decimal(basics["item"]["UnitPrice"]) == Decimal("75")


def test_an_email_address_needs_an_at_sign_and_a_dot(api: Api) -> None:
    """"The PrimaryEmailAddress attribute must contain an at sign (@) and dot (.)." (2210)."""
    for entity in ("customer", "vendor", "employee"):
        err = error(api.post(entity, {"DisplayName": f"Mail {entity}", "PrimaryEmailAddr": {"Address": "amy-at-home"}}))
        assert (err["code"], err["Message"], err["Detail"]) == (
            "2210", "Invalid Email Address Format", "Email Address does not conform to the syntax rules of RFC 822.")
    made = api.create("Customer", {"DisplayName": "Amy", "PrimaryEmailAddr": {"Address": "amy@example.com"}})
    assert made["PrimaryEmailAddr"] == {"Address": "amy@example.com"}
