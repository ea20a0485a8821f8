"""What QuickBooks lets a query filter and sort on, and the faults for everything else.

Every property of every entity is tried the way a client would write it: filterable ones answer 200,
the others 4001 with QuickBooks' own "property 'X' is not queryable" (ruckus/quickbooks-ruby#403).
"""

from __future__ import annotations

import pytest

from qbdesk.sandbox import queryable
from qbdesk.sandbox.schema import SPECS
from tests.sandbox.conftest import Api, error, json

LITERAL = {queryable.Kind.ID: "'1'", queryable.Kind.TEXT: "'x'", queryable.Kind.NUMBER: "'0.00'",
           queryable.Kind.DATE: "'2026-01-01'", queryable.Kind.BOOL: "true", queryable.Kind.REF: "'1'"}
QUERIED = [name for name, spec in SPECS.items()]


def _where(entity: str, prop: str) -> tuple[str, bool]:
    """A filter on ``prop`` as a client writes it, and whether QuickBooks accepts it."""
    kind = queryable.kind_of(entity, prop)
    literal = LITERAL[kind] if kind is not None else "'x'"
    return f"SELECT * FROM {entity} WHERE {prop} = {literal}", kind is not None


@pytest.mark.parametrize("entity", QUERIED)
def test_where_accepts_exactly_the_filterable_properties(api: Api, entity: str) -> None:
    spec = SPECS[entity]
    refused = []
    for prop in spec.properties:
        if prop in queryable.COMPOSITE or queryable.not_found(entity, prop):
            continue
        text, accepted = _where(entity, prop)
        resp = api.query(text)
        if accepted:
            assert resp.status_code == 200, (text, resp.text)
        else:
            err = error(resp)
            assert err == {"Message": "Invalid query", "code": "4001",
                           "Detail": f"QueryValidationError: property '{prop}' is not queryable"}, text
            refused.append(prop)
    assert "Id" not in refused and "SyncToken" in refused


def test_vendor_acct_num_is_not_queryable(api: Api) -> None:
    """intuit/QuickBooks-V3-DotNET-SDK#163: Intuit staff, "AcctNum is a valid property but it is not filterable"."""
    api.create("Vendor", {"DisplayName": "Hall Properties", "AcctNum": "HP-1"})
    for entity in ("Vendor", "Customer", "Account"):
        err = error(api.query(f"SELECT * FROM {entity} WHERE AcctNum = 'HP-1'"))
        assert (err["code"], err["Message"]) == ("4001", "Invalid query")
        assert err["Detail"] == "QueryValidationError: property 'AcctNum' is not queryable"
    # The way that works: fetch by a field QuickBooks can filter on, match the key client-side.
    rows = api.rows("SELECT * FROM Vendor WHERE DisplayName = 'Hall Properties'")
    assert [r["AcctNum"] for r in rows] == ["HP-1"]


def test_vendor_email_and_balance_are_not_queryable_but_a_customers_are(api: Api) -> None:
    """ruckus/quickbooks-ruby#403 (recorded): PrimaryEmailAddr on Vendor; Customer marks it filterable."""
    api.create("Customer", {"DisplayName": "Amy", "PrimaryEmailAddr": {"Address": "amy@example.com"}})
    assert error(api.query("SELECT * FROM Vendor WHERE PrimaryEmailAddr = 'a@b.co'"))["Detail"] == \
        "QueryValidationError: property 'PrimaryEmailAddr' is not queryable"
    assert error(api.query("SELECT * FROM Vendor WHERE Balance > '0'"))["code"] == "4001"
    assert [r["DisplayName"] for r in api.rows(
        "SELECT * FROM Customer WHERE PrimaryEmailAddr = 'amy@example.com'")] == ["Amy"]


@pytest.mark.parametrize(("text", "written", "entity"), [
    ("SELECT * FROM Invoice WHERE AccountRef = '1'", "AccountRef", "Invoice"),       # a line-level field
    ("SELECT * FROM Bill WHERE CustomerRef = '1'", "CustomerRef", "Bill"),
    ("SELECT * FROM Item WHERE ParentRef = '1'", "ParentRef", "Item"),
    ("SELECT * FROM Customer WHERE status = 'Deleted'", "status", "Customer"),
    ("SELECT * FROM Customer WHERE Colour = 'red'", "Colour", "Customer"),
])
def test_names_that_are_not_top_level_properties_are_not_found(api: Api, text: str, written: str,
                                                               entity: str) -> None:
    """qbo-api.md Part 2 §1.2 (b): ``Property AccountRef not found for Entity JournalEntry`` and the like."""
    err = error(api.query(text))
    assert (err["code"], err["Detail"]) == ("4001", f"QueryValidationError: Property {written} not found for "
                                                    f"Entity {entity}")


def test_non_filterable_references_on_transactions(api: Api) -> None:
    """laf-rge/quickbooks-mcp: DepartmentRef on transactions, EntityRef on purchases."""
    for text, prop in (("SELECT * FROM Invoice WHERE DepartmentRef = '1'", "DepartmentRef"),
                       ("SELECT * FROM Purchase WHERE EntityRef = '1'", "EntityRef"),
                       ("SELECT * FROM Payment WHERE UnappliedAmt > '0'", "UnappliedAmt"),
                       ("SELECT * FROM Payment WHERE DocNumber = '1'", "DocNumber"),
                       ("SELECT * FROM Invoice WHERE TotalAmt > '0'", "TotalAmt")):
        assert error(api.query(text))["Detail"] == f"QueryValidationError: property '{prop}' is not queryable"


@pytest.mark.parametrize("entity", QUERIED)
def test_orderby_accepts_exactly_the_sortable_properties(api: Api, entity: str) -> None:
    spec = SPECS[entity]
    for prop in spec.properties:
        if prop in queryable.ATTRIBUTES:
            continue
        resp = api.query(f"SELECT * FROM {entity} ORDERBY {prop} DESC")
        if queryable.sortable(entity, prop):
            assert resp.status_code == 200, (prop, resp.text)
        else:
            assert error(resp)["Detail"] == f"QueryValidationError: property '{prop}' is not sortable", prop


def test_orderby_several_keys_and_metadata(practice: Api) -> None:
    """node-quickbooks#194: ``ORDERBY DocNumber DESC, Id DESC``; MetaData times sort everywhere."""
    rows = practice.rows("SELECT * FROM Invoice ORDERBY TxnDate DESC, Id DESC MAXRESULTS 50")
    keys = [(r["TxnDate"], int(r["Id"])) for r in rows]
    assert keys == sorted(keys, reverse=True)
    newest = practice.rows("SELECT * FROM Customer ORDERBY MetaData.CreateTime DESC MAXRESULTS 5")
    stamps = [r["MetaData"]["CreateTime"] for r in newest]
    assert stamps == sorted(stamps, reverse=True)


def test_id_takes_only_equals_and_in(practice: Api) -> None:
    """Intuit's data-queries page: "Id supports only = and IN"."""
    first = practice.rows("SELECT * FROM Invoice MAXRESULTS 1")[0]
    assert [r["Id"] for r in practice.rows(f"SELECT * FROM Invoice WHERE Id = '{first['Id']}'")] == [first["Id"]]
    assert practice.query("SELECT * FROM Invoice WHERE id in ('64523', '18761')").status_code == 200
    for op in (">", "<", ">=", "<="):
        err = error(practice.query(f"SELECT * FROM Invoice WHERE Id {op} '100'"))
        assert err["Detail"] == f"QueryValidationError: operator '{op}' is not supported for property 'Id'"
    assert error(practice.query("SELECT * FROM Invoice WHERE Id LIKE '1%'"))["code"] == "4001"


def test_like_is_for_text_and_knows_only_percent(api: Api) -> None:
    api.create("Customer", {"DisplayName": "K_h Kenneth"})
    api.create("Customer", {"DisplayName": "Kxh Keith"})
    assert [r["DisplayName"] for r in api.rows("SELECT * FROM Customer WHERE DisplayName LIKE 'K_h%'")] == \
        ["K_h Kenneth"]  # "_" is an ordinary character, only "%" is a wildcard
    assert len(api.rows("SELECT * FROM Customer WHERE GivenName LIKE '%' AND DisplayName LIKE 'K%'")) == 0
    for text in ("SELECT * FROM Customer WHERE Balance LIKE '1%'", "SELECT * FROM Customer WHERE Active LIKE 't%'",
                 "SELECT * FROM Invoice WHERE CustomerRef LIKE '1%'"):
        assert error(api.query(text))["code"] == "4001", text


def test_booleans_and_references_are_compared_for_equality_only(api: Api) -> None:
    assert api.query("SELECT * FROM Customer WHERE Active IN (true, false)").status_code == 200
    assert error(api.query("SELECT * FROM Customer WHERE Active > false"))["code"] == "4001"
    assert api.query("SELECT * FROM Invoice WHERE CustomerRef IN ('1', '2')").status_code == 200
    assert error(api.query("SELECT * FROM Invoice WHERE CustomerRef > '1'"))["code"] == "4001"


@pytest.mark.parametrize("text", [
    "SELECT * FROM Customer WHERE DisplayName != 'a'",
    "SELECT * FROM Customer WHERE DisplayName <> 'a'",
    "SELECT * FROM Invoice WHERE TxnDate BETWEEN '2026-01-01' AND '2026-02-01'",
    "SELECT * FROM Customer JOIN Invoice",
])
def test_operators_the_language_does_not_have_are_parse_errors(api: Api, text: str) -> None:
    """The documented operators are ``IN, =, <, >, <=, >=, LIKE`` — nothing else parses (4000)."""
    err = error(api.query(text))
    assert (err["code"], err["Message"]) == ("4000", "The query cannot be parsed")


def test_projections_of_composite_or_unknown_properties_are_not_found(api: Api) -> None:
    """``SELECT *, Sku FROM Item`` (python-quickbooks) works; naming an address does not."""
    assert api.query("SELECT *, Sku FROM Item").status_code == 200
    assert api.query("SELECT Id, DisplayName FROM Customer").status_code == 200
    for column in ("BillAddr", "PrimaryEmailAddr", "Shoe"):
        err = error(api.query(f"SELECT Id, {column} FROM Customer"))
        assert err["Detail"] == f"QueryValidationError: Property {column} not found for Entity Customer"


def test_property_names_are_case_insensitive(practice: Api) -> None:
    """Intuit's own example: ``id in ('64523','18761')``."""
    one = practice.rows("SELECT * FROM Customer MAXRESULTS 1")[0]
    rows = practice.rows(f"select * from customer where displayname = '{one['DisplayName']}'")
    assert [r["Id"] for r in rows] == [one["Id"]]


def test_count_obeys_the_same_rules(api: Api) -> None:
    assert json(api.query("SELECT COUNT(*) FROM Vendor WHERE DisplayName LIKE '%'"))["QueryResponse"] == \
        {"totalCount": 0}
    assert error(api.query("SELECT COUNT(*) FROM Vendor WHERE AcctNum = '1'"))["code"] == "4001"


def test_batch_queries_obey_the_same_rules(api: Api) -> None:
    resp = api.post("batch", {"BatchItemRequest": [
        {"bId": "q1", "Query": "SELECT * FROM Vendor WHERE AcctNum = '7'"},
        {"bId": "q2", "Query": "SELECT * FROM Vendor WHERE DisplayName = 'x'"}]})
    items = {i["bId"]: i for i in json(resp)["BatchItemResponse"]}
    assert items["q1"]["Fault"]["Error"][0]["Detail"] == "QueryValidationError: property 'AcctNum' is not queryable"
    assert items["q2"]["QueryResponse"] == {}
