"""The query language: what real clients send, and the faults for what QuickBooks refuses."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import Api, error, json


def test_count_only_has_total_count(practice: Api) -> None:
    resp = practice.query("SELECT COUNT(*) FROM Customer")
    body = json(resp)
    active = practice.sb.sandbox.count(practice.realm, "Customer", include_inactive=False)
    assert body["QueryResponse"] == {"totalCount": active}
    assert set(body) == {"QueryResponse", "time"}


def test_paging_is_one_based_and_ends_with_an_empty_query_response(practice: Api) -> None:
    total = json(practice.query("select count(*) from Invoice"))["QueryResponse"]["totalCount"]
    seen: list[str] = []
    start = 1
    while True:
        body = json(practice.query(f"SELECT * FROM Invoice STARTPOSITION {start} MAXRESULTS 25"))["QueryResponse"]
        if not body:
            break
        assert body["startPosition"] == start and body["maxResults"] == len(body["Invoice"]) <= 25
        assert "totalCount" not in body
        seen += [row["Id"] for row in body["Invoice"]]
        start += 25
    assert len(seen) == len(set(seen)) == total
    assert json(practice.query(f"SELECT * FROM Invoice STARTPOSITION {total + 1}"))["QueryResponse"] == {}


def test_default_page_is_100_and_max_is_1000(practice: Api) -> None:
    assert json(practice.query("SELECT COUNT(*) FROM Invoice"))["QueryResponse"]["totalCount"] > 100
    assert json(practice.query("SELECT * FROM Invoice"))["QueryResponse"]["maxResults"] == 100
    err = error(practice.query("SELECT * FROM Invoice MAXRESULTS 1500"))
    assert (err["code"], err["Message"], err["Detail"]) == (
        "4001", "Invalid query", "QueryValidationError: value 1500 is too large. Max allowed value is 1000")
    err = error(practice.query("SELECT * FROM Invoice STARTPOSITION 0"))
    assert err["Detail"] == "QueryValidationError: value 0 is too small. Min allowed value is 1"


@pytest.mark.parametrize("text", [
    "SELECT * FROM Customer WHERE DisplayName = 'a' OR DisplayName = 'b'",
    "SELECT * Customer", "SELECT FROM Customer", "DELETE FROM Customer", "SELECT * FROM Customer WHERE",
])
def test_unparseable_queries_are_4000(api: Api, text: str) -> None:
    err = error(api.query(text))
    assert err["code"] == "4000" and err["Message"] == "The query cannot be parsed"
    assert err["Detail"].startswith("QueryParserError: ")


def test_unknown_entity_and_property_are_4001(api: Api) -> None:
    err = error(api.query("SELECT * FROM Custmoer"))
    assert err["Detail"] == "QueryValidationError: invalid context declaration: Custmoer"
    assert "element" not in err
    err = error(api.query("SELECT * FROM Customer WHERE Colour = 'red'"))
    assert err == {"Message": "Invalid query", "Detail": "QueryValidationError: Property Colour not found for Entity "
                   "Customer", "code": "4001"}


def test_where_operators(practice: Api) -> None:
    rows = practice.rows("select * from Payment where TotalAmt > '300.00' MAXRESULTS 1000")
    assert rows and all(row["TotalAmt"] > 300 for row in rows)
    some = [r["Id"] for r in practice.rows("SELECT * FROM Invoice MAXRESULTS 3")]
    listed = practice.rows(f"SELECT * FROM Invoice WHERE Id IN ({', '.join(repr(i) for i in some)})")
    assert sorted(r["Id"] for r in listed) == sorted(some)
    first = practice.rows("SELECT * FROM Customer MAXRESULTS 1")[0]
    prefix = first["DisplayName"][:3]
    liked = practice.rows(f"SELECT * FROM Customer WHERE DisplayName LIKE '{prefix}%'")
    assert first["Id"] in [r["Id"] for r in liked]
    assert all(r["DisplayName"].lower().startswith(prefix.lower()) for r in liked)
    dated = practice.rows("SELECT * FROM Invoice WHERE TxnDate >= '2026-01-01' AND TxnDate <= '2026-03-31' "
                          "MAXRESULTS 1000")
    assert dated and all("2026-01-01" <= r["TxnDate"] <= "2026-03-31" for r in dated)


def test_escaped_quote_and_ampersand(api: Api) -> None:
    api.create("Customer", {"DisplayName": "Amy's Bird Sanctuary"})
    api.create("Vendor", {"DisplayName": "Robertson & Associates"})
    assert len(api.rows("SELECT * FROM Customer WHERE DisplayName = 'Amy\\'s Bird Sanctuary'")) == 1
    assert len(api.rows("SELECT * FROM Vendor WHERE DisplayName = 'Robertson & Associates'")) == 1


def test_name_lists_return_active_unless_asked(api: Api) -> None:
    gone = api.create("Vendor", {"DisplayName": "United States Treasury"})
    api.create("Vendor", {"DisplayName": "Hall Properties"})
    api.create("Vendor", {"Id": gone["Id"], "SyncToken": gone["SyncToken"], "sparse": True, "Active": False})
    assert [v["DisplayName"] for v in api.rows("SELECT * FROM Vendor")] == ["Hall Properties"]
    both = api.rows("SELECT * FROM Vendor WHERE Active IN (true, false)")
    assert [v["DisplayName"] for v in both] == ["Hall Properties", "United States Treasury (deleted)"]
    assert json(api.query("SELECT COUNT(*) FROM Vendor WHERE Active IN ( true, false )"))["QueryResponse"] == \
        {"totalCount": 2}


def test_order_by_and_last_updated_time(practice: Api) -> None:
    rows = practice.rows("SELECT * FROM Invoice ORDERBY Balance DESC MAXRESULTS 10")
    amounts = [r["Balance"] for r in rows]
    assert amounts == sorted(amounts, reverse=True)
    made = practice.create("Customer", {"DisplayName": "Fresh Face"})
    stamp = made["MetaData"]["LastUpdatedTime"]
    recent = practice.rows(f"SELECT * FROM Customer WHERE MetaData.LastUpdatedTime >= '{stamp}'")
    assert [r["Id"] for r in recent] == [made["Id"]]


def test_query_by_post_with_application_text(practice: Api) -> None:
    resp = practice.session.post(f"{practice.base}/query", data="select * from Term",
                                 headers={"Content-Type": "application/text"}, params={"minorversion": "75"},
                                 timeout=10)
    assert resp.status_code == 200
    assert len(json(resp)["QueryResponse"]["Term"]) == 5


def test_select_star_comma_field_and_singletons(api: Api) -> None:
    assert api.rows("SELECT *, Sku FROM Item") == []
    prefs = api.rows("select * from Preferences")
    assert prefs[0]["SalesFormsPrefs"]["CustomTxnNumbers"] is False
    assert api.rows("select * from CompanyInfo")[0]["CompanyName"] == "Fresh Co"
