"""CSV import against real company files: good, bad and mixed files, with the exact errors users see."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from qbdesk.store import (
    Account,
    AccountType,
    Company,
    Customer,
    Invoice,
    InvoiceLine,
    Item,
    ItemType,
    Payment,
    Vendor,
    open_company,
)
from qbdesk.store.csv_import import (
    COLUMNS,
    MESSAGES,
    CsvReadError,
    DateFormat,
    ImportKind,
    ImportReport,
    ValueProblem,
    import_csv,
    import_table,
    parse_csv_text,
    parse_date,
    parse_decimal,
    read_csv,
    validate,
)

CsvWriter = Callable[..., Path]  # the write_csv fixture (tests/store/conftest.py)
ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "csv-templates"


def errors(report: ImportReport) -> list[tuple[int | None, str | None, str]]:
    return [(e.row, e.column, e.reason) for e in report.errors]


def count(company: Company, model: type[object]) -> int:
    with company.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def names(company: Company, model: type[Customer] | type[Vendor]) -> list[str]:
    with company.session() as s:
        return list(s.scalars(select(model.display_name).order_by(model.id)))


# --- numbers and dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("1234.56", "1234.56"), ("1,234.56", "1234.56"), ("1234,56", "1234.56"), ("1 234,56", "1234.56"),
    ("1.234,56", "1234.56"), ("1\u00a0234,56", "1234.56"), ("1\u202f234 567,5", "1234567.5"),
    ("12,345,678", "12345678"), ("12.345.678,9", "12345678.9"), ("0,234", "0.234"), ("1,2345", "1.2345"),
    ("-12.50", "-12.50"), ("\u221212,5", "-12.5"), ("+7", "7"), ("$1,250.00", "1250.00"), ("12,50 €", "12.50"),
    (".5", "0.5"), ("  42  ", "42"), ("1 234", "1234"), ("007", "7"),
])
def test_parse_decimal_accepts_what_spreadsheets_write(text: str, value: str) -> None:
    parsed = parse_decimal(text)
    assert parsed == Decimal(value)
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize(("text", "code"), [
    ("1,234", "ambiguous_number"), ("1.234", "ambiguous_number"), ("-999,000", "ambiguous_number"),
    ("12,50.3", "not_number"), ("1.2.3", "not_number"), ("5.", "not_number"), ("1e5", "not_number"),
    ("12 34", "not_number"), ("1 234,567.8", "not_number"), ("1,23,456", "not_number"), ("abc", "not_number"),
    ("-", "not_number"), ("$", "not_number"), ("0,123,456", "not_number"), ("1.234.56", "not_number"),
    ("NaN", "not_number"), ("Infinity", "not_number"), ("١٢", "not_number"),
])
def test_parse_decimal_refuses_invalid_and_ambiguous_numbers(text: str, code: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_decimal(text)
    assert caught.value.code == code


def test_an_ambiguous_number_says_how_to_write_it() -> None:
    with pytest.raises(ValueProblem, match=re.escape(
            "'1,234' is ambiguous: it could mean 1234 or 1.234; write 1234 or 1.2340 instead")):
        parse_decimal("1,234")


_STYLES = {
    "plain": lambda v: format(v, "f"),
    "decimal comma": lambda v: format(v, "f").replace(".", ","),
    "grouped": lambda v: format(v, ",f"),
    "french": lambda v: format(v, ",f").replace(",", " ").replace(".", ","),
    "german": lambda v: format(v, ",f").translate(str.maketrans(",.", ".,")),
}


@given(
    value=st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6,
                      allow_nan=False, allow_infinity=False).map(lambda d: d.normalize()),
    style=st.sampled_from(sorted(_STYLES)),
)
def test_parse_decimal_never_misreads_a_number(value: Decimal, style: str) -> None:
    text = _STYLES[style](value)
    try:
        parsed = parse_decimal(text)
    except ValueProblem as problem:
        # the only refusal allowed is a single separator before exactly three digits
        assert problem.code == "ambiguous_number", text
        assert re.fullmatch(r"-?[1-9]\d{0,2}[.,]\d{3}", text), text
    else:
        assert parsed == value, text


def test_parse_date_is_iso_unless_told_otherwise() -> None:
    assert parse_date("2024-03-31") == date(2024, 3, 31)
    assert parse_date("2024-3-1") == date(2024, 3, 1)
    assert parse_date("31/03/2024", DateFormat.DMY) == date(2024, 3, 31)
    assert parse_date("31.03.2024", DateFormat.DMY) == date(2024, 3, 31)
    assert parse_date("03/31/2024", DateFormat.MDY) == date(2024, 3, 31)
    assert parse_date("2024-03-31", DateFormat.MDY) == date(2024, 3, 31)  # ISO is never ambiguous
    with pytest.raises(ValueProblem, match=re.escape("Date must look like 2024-03-31 (found '03/04/2024')")):
        parse_date("03/04/2024")
    with pytest.raises(ValueProblem, match=re.escape("Date must look like 31/03/2024 (found '31/03/24')")):
        parse_date("31/03/24", DateFormat.DMY)
    with pytest.raises(ValueProblem, match=re.escape("'31/03/2024' is not a real date")):
        parse_date("31/03/2024", DateFormat.MDY)
    with pytest.raises(ValueProblem, match=re.escape("'2023-02-29' is not a real date")):
        parse_date("2023-02-29")


# --- reading files -------------------------------------------------------------------------------


def test_encodings_and_delimiters_that_spreadsheets_produce(write_csv: CsvWriter) -> None:
    text = "display_name{d}city\nCafé Niño{d}Logroño\n"
    cases = [
        ("utf-8", ",", "utf-8"), ("utf-8-sig", ",", "utf-8-sig"), ("cp1252", ";", "cp1252"),
        ("utf-8-sig", "\t", "utf-8-sig"), ("utf-16", "\t", "utf-16"), ("cp1252", "\t", "cp1252"),
    ]
    for encoding, delimiter, detected in cases:
        table = read_csv(write_csv(text.format(d=delimiter), encoding=encoding))
        assert (table.encoding, table.delimiter) == (detected, delimiter)
        assert table.header == ("display_name", "city")
        assert table.rows[0].cells == ("Café Niño", "Logroño")


def test_delimiter_comes_from_the_header_not_from_commas_in_the_data() -> None:
    table = parse_csv_text("customer;date;amount\nAcme;2024-01-02;1,5\nBolt;2024-01-03;2,25\n")
    assert table.delimiter == ";"
    assert [row.cells[2] for row in table.rows] == ["1,5", "2,25"]
    one_column = parse_csv_text("display_name\nAcme, Inc.\nBolt; Sons\n")
    assert [row.cells for row in one_column.rows] == [("Acme, Inc.",), ("Bolt; Sons",)]
    quoted = parse_csv_text('display_name\n"Acme, Inc."\nBolt; Sons\n')
    assert (quoted.delimiter, [row.cells for row in quoted.rows]) == (",", [("Acme, Inc.",), ("Bolt; Sons",)])
    tie = parse_csv_text("a,b;c\n1,2;3\n4,5;6\n")
    assert tie.delimiter in {",", ";"}


def test_row_numbers_are_spreadsheet_rows() -> None:
    table = parse_csv_text('a,b\n"x","two\nlines"\n\ny,z\n')
    assert [(row.number, row.cells) for row in table.data_rows] == [(2, ("x", "two\nlines")), (4, ("y", "z"))]


def test_unreadable_files_are_reported_not_raised(books: Company, write_csv: CsvWriter, tmp_path: Path) -> None:
    assert errors(import_csv(books, "customers", write_csv(""))) == [(None, None, "The file is empty")]
    undecodable = tmp_path / "binary.csv"
    undecodable.write_bytes(b"display_name\n\x81\x8d\x90\n")  # bytes that even cp1252 leaves undefined
    assert errors(import_csv(books, "customers", undecodable)) == [
        (None, None, "The file is not UTF-8 or Windows-1252 text")]
    with pytest.raises(CsvReadError):
        parse_csv_text("  \n\n")
    with pytest.raises(FileNotFoundError):
        import_csv(books, "customers", tmp_path / "missing.csv")


def test_header_only_file_imports_nothing_and_says_so(books: Company, write_csv: CsvWriter) -> None:
    report = import_csv(books, "customers", write_csv("display_name,email\n"))
    assert errors(report) == [(None, None, "The file has no rows to import")]


# --- header problems -----------------------------------------------------------------------------


def test_header_errors_stop_the_import_even_with_valid_rows_only(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv("email,Phone Number,email,,notes\na@b.co,1,c@d.co,x,\n")
    report = import_csv(books, "customers", path, valid_rows_only=True)
    columns = ", ".join(c.name for c in COLUMNS[ImportKind.CUSTOMERS])
    assert errors(report) == [
        (1, "Phone Number", f"Unknown column; the columns for this type are: {columns}"),
        (1, "email", "This column appears more than once"),
        (1, "D", "This column has values but no name in row 1"),
        (1, "display_name", "Required column is missing"),
    ]
    assert report.imported == {} and count(books, Customer) == 2


def test_header_names_are_matched_loosely_and_empty_trailing_columns_ignored(
        books: Company, write_csv: CsvWriter) -> None:
    report = import_csv(books, "customers", write_csv(" Display Name ;EMAIL;;\nAcme;acme@example.com;;\n"))
    assert report.ok, errors(report)
    with books.session() as s:
        acme = s.scalars(select(Customer).where(Customer.display_name == "Acme")).one()
        assert acme.email == "acme@example.com"


def test_a_row_longer_than_the_header_is_an_error(books: Company, write_csv: CsvWriter) -> None:
    report = import_csv(books, "customers", write_csv("display_name,email\nAcme,a@b.co,oops\nBolt,,,\n"))
    assert errors(report) == [(2, None, "This row has 3 values but the header has 2 columns")]


# --- customers and vendors -----------------------------------------------------------------------


def test_good_customer_file_imports_everything(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "display_name,company_name,given_name,family_name,email,phone,address_line1,city,region,"
        "postal_code,country,parent,notes\n"
        "Acme Corp,Acme Corporation,Ann,Smith,ann@acme.example,555-0100,\"1 Main St, Suite 2\",Springfield,"
        "IL,62701,USA,,Good payer\n"
        "Acme Corp - Warehouse,,,,,,,,,,,acme corp,Job\n"
        "Warehouse roof,,,,,,,,,,,Acme Corp - Warehouse,\n"
        "Existing Co - Annex,,,,,,,,,,,Existing Co,\n"
    )
    report = import_csv(books, ImportKind.CUSTOMERS, path)
    assert report.ok, errors(report)
    assert (report.rows, report.imported_rows, report.imported) == (4, 4, {"customers": 4})
    with books.session() as s:
        by_name = {c.display_name: c for c in s.scalars(select(Customer))}
        acme = by_name["Acme Corp"]
        assert (acme.company_name, acme.given_name, acme.family_name, acme.email, acme.phone) == (
            "Acme Corporation", "Ann", "Smith", "ann@acme.example", "555-0100")
        assert (acme.address_line1, acme.city, acme.region, acme.postal_code, acme.country, acme.notes) == (
            "1 Main St, Suite 2", "Springfield", "IL", "62701", "USA", "Good payer")
        assert acme.parent is None and not acme.is_job and acme.dirty
        roof = by_name["Warehouse roof"]
        assert roof.is_job and roof.fully_qualified_name == "Acme Corp:Acme Corp - Warehouse:Warehouse roof"
        assert by_name["Existing Co - Annex"].parent is by_name["Existing Co"]


def test_bad_customer_file_imports_nothing_and_reports_every_problem(
        books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "display_name,email,parent,phone\n"
        "Acme,acme@example,,\n"
        ",x@y.com,,\n"
        "Bolt: Co,,,\n"
        "ACME ,,,\n"
        "Site,,Later,\n"
        "Later,,,\n"
        "Long,,,0123456789012345678901234567890\n"
        "existing  co,,,\n"
        "Paper supply,,,\n"
        "Shed,,Acme,\n"
        "Old job,,Gone Ltd,\n"
        "Fine,,,\n"
    )
    report = import_csv(books, "customers", path)
    assert errors(report) == [
        (2, "email", "'acme@example' is not an email address"),
        (3, "display_name", "Required"),
        (4, "display_name", "Must not contain a colon (:), a tab or a line break"),
        (5, "display_name", "'ACME' is already on row 2 of this file"),
        (6, "parent", "No customer named 'Later' (and it is not earlier in this file)"),
        (8, "phone", "Longer than 30 characters"),
        (9, "display_name", "A customer named 'existing  co' already exists"),
        (10, "display_name",
         "A vendor is already named 'Paper supply'; QuickBooks needs customer and vendor names to differ"),
        (11, "parent", "The parent customer 'Acme' on row 2 has an error"),
        (12, "parent", "'Gone Ltd' is inactive"),
    ]
    assert report.imported == {} and report.imported_rows == 0 and not report.ok
    assert report.rows_with_errors == 10
    assert names(books, Customer) == ["Existing Co", "Gone Ltd"]


def test_mixed_customer_file_with_valid_rows_only_imports_exactly_the_good_rows(
        books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "display_name,email,parent\n"
        "Good One,one@example.com,\n"
        "Bad One,not-an-email,\n"
        "Child of bad,,Bad One\n"
        "Child of good,,Good One\n"
        "Good One,,\n"
    )
    report = import_csv(books, "customers", path, valid_rows_only=True)
    assert errors(report) == [
        (3, "email", "'not-an-email' is not an email address"),
        (4, "parent", "The parent customer 'Bad One' on row 3 has an error"),
        (6, "display_name", "'Good One' is already on row 2 of this file"),
    ]
    assert report.imported == {"customers": 2} and report.imported_rows == 2
    assert names(books, Customer) == ["Existing Co", "Gone Ltd", "Good One", "Child of good"]


def test_sub_customers_stop_at_four_levels(books: Company, write_csv: CsvWriter) -> None:
    rows = "".join(f"L{n},L{n - 1}\n" for n in range(1, 6))
    report = import_csv(books, "customers", write_csv("display_name,parent\nL0,\n" + rows))
    assert errors(report) == [(7, "parent", "QuickBooks allows at most 4 levels of sub-customers below a customer")]


def test_vendors_import_and_clash_with_customer_names(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "display_name;email;account_number;notes\n"
        "Cascade Paper;orders@cascade.example;CPS-1;Net 30\n"
        "Existing co;;;\n"
        "paper   SUPPLY;;;\n"
    )
    report = import_csv(books, "vendors", path)
    assert errors(report) == [
        (3, "display_name",
         "A customer is already named 'Existing co'; QuickBooks needs customer and vendor names to differ"),
        (4, "display_name", "A vendor named 'paper   SUPPLY' already exists"),
    ]
    report = import_csv(books, "vendors", path, valid_rows_only=True)
    assert report.imported == {"vendors": 1}
    with books.session() as s:
        cascade = s.scalars(select(Vendor).where(Vendor.display_name == "Cascade Paper")).one()
        assert (cascade.account_number, cascade.notes) == ("CPS-1", "Net 30")


# --- items ---------------------------------------------------------------------------------------


def test_good_item_file_imports_with_accounts_and_exact_prices(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "name;type;description;sku;unit_price;purchase_cost;income_account;expense_account;asset_account;"
        "qty_on_hand;inventory_start_date;taxable\n"
        "Design;service;Design work;D-1;1 234,56;;Services;;;;;no\n"
        "Planter;Inventory;Cedar planter;P-24;42,5;18,7555;Sales of Product Income;Cost of Goods Sold;"
        "Inventory Asset;40;2024-01-01;Yes\n"
        "Gloves;Non-Inventory;;;0,99;0,40;;Office Supplies;;;;\n"
    )
    report = import_csv(books, "items", path)
    assert report.ok, errors(report)
    with books.session() as s:
        items = {i.name: i for i in s.scalars(select(Item))}
        design, planter, gloves = items["Design"], items["Planter"], items["Gloves"]
        assert (design.item_type, design.unit_price, design.taxable) == (ItemType.SERVICE, Decimal("1234.56"), False)
        assert design.income_account is not None and design.income_account.name == "Services"
        assert planter.item_type is ItemType.INVENTORY
        assert (planter.unit_price, planter.purchase_cost, planter.qty_on_hand) == (
            Decimal("42.5"), Decimal("18.7555"), Decimal("40"))
        assert planter.inventory_start_date == date(2024, 1, 1) and planter.taxable
        assert planter.asset_account is not None and planter.asset_account.name == "Inventory Asset"
        assert planter.expense_account is not None and planter.expense_account.name == "Cost of Goods Sold"
        assert gloves.item_type is ItemType.NON_INVENTORY and gloves.income_account is None
        assert gloves.expense_account is not None and gloves.expense_account.name == "Office Supplies"


def test_bad_item_file_reports_account_and_type_rules(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "name,type,unit_price,purchase_cost,income_account,expense_account,asset_account,qty_on_hand,taxable\n"
        "A,Service,10,,,,,,\n"
        "B,Service,10,,Checking,,,,\n"
        "C,Inventory,10,,Services,,,,\n"
        "D,Gadget,12,50.3,,,,,\n"
        "E,NonInventory,\"12,50.3\",,,,,,maybe\n"
        "F,NonInventory,-1,5,,,Inventory Asset,3,\n"
        "consulting,Service,1,,Services,,,,\n"
        "G,Service,1.2345678,,Nope,Services,,,\n"
        "H,Service,1,,Services,,,,\n"
        "h,,1,,Services,,,,\n"
        "I,Service,123456789012345678901234567890.5,,Services,,,,\n"
    )
    report = import_csv(books, "items", path)
    assert errors(report) == [
        (2, "income_account", "Required for Service items"),
        (3, "income_account", "'Checking' is an account of type Bank; this column needs an Income account"),
        (4, "expense_account", "Required for Inventory items"),
        (4, "asset_account", "Required for Inventory items"),
        (4, "qty_on_hand", "Required for Inventory items"),
        (5, "type", "'Gadget' is not an item type: use Service, NonInventory or Inventory"),
        (6, "unit_price", "'12,50.3' is not an amount"),
        (6, "taxable", "'maybe' is not yes or no"),
        (7, "unit_price", "Must not be negative"),
        (7, "expense_account", "Required when a purchase cost is given"),
        (7, "asset_account", "Only Inventory items have a value here"),
        (7, "qty_on_hand", "Only Inventory items have a value here"),
        (8, "name", "An item named 'consulting' already exists"),
        (9, "unit_price", "'1.2345678' has more than 6 decimal places"),
        (9, "income_account", "No account named 'Nope'"),
        (9, "expense_account",
         "'Services' is an account of type Income; this column needs an Expense or Cost of Goods Sold "
         "account"),
        (11, "name", "'h' is already on row 10 of this file"),
        (11, "type", "Required"),
        (12, "unit_price", "'123456789012345678901234567890.5' is too large"),
    ]
    assert count(books, Item) == 2


def test_account_named_by_its_full_path(books: Company, write_csv: CsvWriter) -> None:
    with books.session() as s:
        parent = s.scalars(select(Account).where(Account.name == "Services")).one()
        s.add(Account(name="Design", account_type=AccountType.INCOME, parent=parent))
        s.add(Account(name="Design", account_type=AccountType.EXPENSE))
    path = write_csv("name,type,income_account\nLogo,Service,Services:Design\nIcon,Service,Design\n")
    report = import_csv(books, "items", path)
    assert errors(report) == [(3, "income_account", "More than one record is named 'Design'")]


# --- invoices ------------------------------------------------------------------------------------


INVOICE_HEADER = "invoice_number,customer,date,due_date,item,description,quantity,unit_price,memo\n"


def test_good_invoice_file_groups_lines_and_totals_exactly(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        INVOICE_HEADER
        + "INV-1,Existing Co,2024-03-04,2024-04-03,Consulting,Discovery,1.5,100.10,Thanks\n"
        + "INV-1,existing co,2024-03-04,,Widget,,3,,\n"
        + "INV-2,Existing Co,2024-03-05,,Consulting,,,,\n"
        + "INV-1,,,,Consulting,Discount,1,-20,\n"
    )
    report = import_csv(books, "invoices", path)
    assert report.ok, errors(report)
    assert report.imported == {"invoices": 2, "invoice_lines": 4} and report.imported_rows == 4
    with books.session() as s:
        inv1 = s.scalars(select(Invoice).where(Invoice.doc_number == "INV-1")).one()
        assert (inv1.customer.display_name, inv1.txn_date, inv1.due_date, inv1.memo) == (
            "Existing Co", date(2024, 3, 4), date(2024, 4, 3), "Thanks")
        lines = [(ln.line_num, ln.item.name if ln.item else None, ln.description, ln.quantity, ln.unit_price,
                  ln.amount, ln.taxable) for ln in inv1.lines]
        assert lines == [
            (1, "Consulting", "Discovery", Decimal("1.5"), Decimal("100.10"), Decimal("150.15"), False),
            (2, "Widget", None, Decimal("3"), Decimal("2.5"), Decimal("7.50"), True),
            (3, "Consulting", "Discount", Decimal("1"), Decimal("-20"), Decimal("-20.00"), False),
        ]
        assert inv1.total == sum((ln.amount for ln in inv1.lines), Decimal(0)) == Decimal("137.65")
        assert inv1.balance == inv1.total and inv1.dirty
        inv2 = s.scalars(select(Invoice).where(Invoice.doc_number == "INV-2")).one()
        assert [(ln.quantity, ln.unit_price, ln.description) for ln in inv2.lines] == [
            (Decimal("1"), Decimal("100"), "Consulting (per hour)")]
        assert inv2.total == Decimal("100.00")


def test_invoice_with_one_bad_line_is_skipped_whole(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        INVOICE_HEADER
        + "100,Existing Co,2024-03-04,,Consulting,,1,10,\n"
        + "100,Existing Co,2024-03-04,,Widget,,2,\"1,234\",\n"
        + "100,Existing Co,2024-03-04,,Consulting,,1,10,\n"
        + "101,Existing Co,2024-03-06,,Widget,,4,1.25,\n"
    )
    strict = import_csv(books, "invoices", path)
    expected = [
        (2, None, "Skipped because row 3 of the same invoice has an error"),
        (3, "unit_price", "'1,234' is ambiguous: it could mean 1234 or 1.234; write 1234 or 1.2340 instead"),
        (4, None, "Skipped because row 3 of the same invoice has an error"),
    ]
    assert errors(strict) == expected
    assert count(books, Invoice) == 0 and count(books, InvoiceLine) == 0
    lenient = import_csv(books, "invoices", path, valid_rows_only=True)
    assert errors(lenient) == expected
    assert lenient.imported == {"invoices": 1, "invoice_lines": 1} and lenient.imported_rows == 1
    with books.session() as s:
        assert list(s.scalars(select(Invoice.doc_number))) == ["101"]
        assert s.scalars(select(Invoice)).one().total == Decimal("5.00")
    assert count(books, InvoiceLine) == 1


def test_bad_invoice_file_reports_header_disagreements_and_references(
        books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        INVOICE_HEADER
        + "A1,Existing Co,2024-03-04,2024-03-01,Consulting,,1,,\n"
        + "A1,Other Co,04/03/2024,,Gizmo,,x,,\n"
        + "A2,Nobody,2024-03-04,,Consulting,,,,Memo one\n"
        + "A2,,,,Consulting,,,,Memo two\n"
        + "A3,Existing Co,,,,,,,\n"
        + "A4,Gone Ltd,2024-13-01,,Consulting,,,,\n"
        + "A5,Existing Co,2024-03-04,2024-03-10,Consulting,,,-5,\n"
        + "A6,Existing Co,2024-03-04,,Consulting,,,,\n"
        + "A6,,,2024-04-01,Consulting,,,,\n"
        + ",Existing Co,2024-02-30,,Consulting,,,,\n"
        + "A234567890123456789012,Existing Co,2024-03-04,,Consulting,,,,\n"
    )
    report = import_csv(books, "invoices", path)
    assert errors(report) == [
        (2, "due_date", "The due date is before the invoice date"),
        (3, "customer", "'Other Co' differs from 'Existing Co' on row 2 of the same invoice"),
        (3, "date", "Date must look like 2024-03-31 (found '04/03/2024')"),
        (3, "item", "No item named 'Gizmo'"),
        (3, "quantity", "'x' is not a number"),
        (4, "customer", "No customer named 'Nobody'"),
        (5, "memo", "'Memo two' differs from 'Memo one' on row 4 of the same invoice"),
        (6, "date", "Required"),
        (6, "item", "Required"),
        (7, "customer", "'Gone Ltd' is inactive"),
        (7, "date", "'2024-13-01' is not a real date"),
        (8, None, "The invoice total would be negative (-5.00)"),
        (9, None, "Skipped because row 10 of the same invoice has an error"),
        (10, "due_date", "Row 9, the first row of this invoice, leaves this column empty"),
        (11, "invoice_number", "Required"),
        (11, "date", "'2024-02-30' is not a real date"),
        (12, "invoice_number", "Longer than 21 characters"),
    ]
    assert count(books, Invoice) == 0


def test_invoice_number_already_in_the_company(books: Company, write_csv: CsvWriter) -> None:
    first = write_csv(INVOICE_HEADER + "7,Existing Co,2024-03-04,,Consulting,,,,\n")
    assert import_csv(books, "invoices", first).ok
    again = import_csv(books, "invoices", write_csv(
        INVOICE_HEADER + "7,Existing Co,2024-03-05,,Consulting,,,,\n7,,,,Widget,,,,\n"))
    assert errors(again) == [
        (2, "invoice_number", "Invoice 7 already exists in this company"),
        (3, None, "Skipped because row 2 of the same invoice has an error"),
    ]
    assert count(books, Invoice) == 1


def test_day_first_dates_and_french_numbers_in_a_semicolon_file(books: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "invoice_number;customer;date;due_date;item;quantity;unit_price\n"
        "F-1;Existing Co;04/03/2024;03/04/2024;Consulting;2,5;1 000,40\n",
        encoding="cp1252",
    )
    report = import_csv(books, "invoices", path, date_format="dmy")
    assert report.ok, errors(report)
    with books.session() as s:
        invoice = s.scalars(select(Invoice)).one()
        assert (invoice.txn_date, invoice.due_date) == (date(2024, 3, 4), date(2024, 4, 3))
        assert invoice.total == Decimal("2501.00")


# --- payments ------------------------------------------------------------------------------------


@pytest.fixture
def invoiced(books: Company, write_csv: CsvWriter) -> Company:
    """Two open invoices for Existing Co (100.00 and 250.00) and one for a second customer."""
    with books.session() as s:
        s.add(Customer(display_name="Second Co"))
    report = import_csv(books, "invoices", write_csv(
        INVOICE_HEADER
        + "1,Existing Co,2024-01-10,,Consulting,,1,100,\n"
        + "2,Existing Co,2024-01-11,,Consulting,,2.5,100,\n"
        + "3,Second Co,2024-01-12,,Widget,,10,,\n"))
    assert report.ok, errors(report)
    return books


def balances(company: Company) -> dict[str, Decimal]:
    with company.session() as s:
        return {inv.doc_number or "": inv.balance for inv in s.scalars(select(Invoice))}


def test_good_payment_file_applies_to_invoices(invoiced: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "customer,date,amount,payment_method,reference,invoice_number,memo\n"
        "Existing Co,2024-02-01,100.00,Check,4471,1,Paid in full\n"
        "Existing Co,2024-02-02,\"1,00\",Cash,,2,\n"
        "Existing Co,2024-02-03,249.00,credit card,,2,\n"
        "Second Co,2024-02-04,12.34,,,,On account\n"
    )
    report = import_csv(invoiced, "payments", path)
    assert report.ok, errors(report)
    assert report.imported == {"payments": 4}
    assert balances(invoiced) == {"1": Decimal("0.00"), "2": Decimal("0.00"), "3": Decimal("25.00")}
    with invoiced.session() as s:
        payments = list(s.scalars(select(Payment).order_by(Payment.id)))
        first = payments[0]
        assert (first.total, first.reference_number, first.memo, first.unapplied) == (
            Decimal("100.00"), "4471", "Paid in full", Decimal("0.00"))
        assert first.payment_method is not None and first.payment_method.name == "Check"
        assert [(a.invoice.doc_number, a.amount) for a in first.applications] == [("1", Decimal("100.00"))]
        on_account = payments[3]
        assert on_account.applications == [] and on_account.unapplied == Decimal("12.34")


def test_bad_payment_file_checks_balances_across_rows(invoiced: Company, write_csv: CsvWriter) -> None:
    path = write_csv(
        "customer,date,amount,payment_method,invoice_number\n"
        "Existing Co,2024-02-01,200.00,Check,2\n"
        "Existing Co,2024-02-01,60,Check,2\n"
        "Existing Co,2024-02-01,10,Check,3\n"
        "Existing Co,2024-02-01,10,Barter,99\n"
        "Existing Co,2024-02-01,0,,\n"
        "Existing Co,2024-02-01,12.3456,,\n"
        "Existing Co,2024-02-01,\"1,234\",,\n"
        ",,,,\n"
        ",2024-02-01,,,\n"
    )
    report = import_csv(invoiced, "payments", path)
    assert errors(report) == [
        (3, "amount", "60 is more than the 50.00 still open on invoice 2"),
        (4, "invoice_number", "Invoice 3 belongs to 'Second Co', not to this customer"),
        (5, "payment_method", "No payment method named 'Barter'"),
        (5, "invoice_number", "No invoice numbered '99'"),
        (6, "amount", "Must be more than zero"),
        (7, "amount", "'12.3456' has more than 2 decimal places"),
        (8, "amount", "'1,234' is ambiguous: it could mean 1234 or 1.234; write 1234 or 1.2340 instead"),
        (10, "customer", "Required"),
        (10, "amount", "Required"),
    ]
    assert count(invoiced, Payment) == 0
    report = import_csv(invoiced, "payments", path, valid_rows_only=True)
    assert report.imported == {"payments": 1}
    assert balances(invoiced)["2"] == Decimal("50.00")


# --- a trial balance -------------------------------------------------------------------------------


def test_a_trial_balance_becomes_one_balanced_opening_journal_entry(books: Company, write_csv: CsvWriter) -> None:
    from qbdesk.store import GeneralJournalEntry, PostingType

    import_csv(books, "customers", TEMPLATES / "customers.csv")
    import_csv(books, "vendors", TEMPLATES / "vendors.csv")
    report = import_csv(books, "trial-balance", TEMPLATES / "trial-balance.csv")
    assert report.ok and report.imported == {"journal_entries": 1}, errors(report)
    with books.session() as s:
        entry = s.scalars(select(GeneralJournalEntry)).one()
        assert (entry.txn_date, entry.doc_number, entry.memo) == (date(2026, 1, 1), "OB-2026-01-01", "Opening balance")
        assert entry.imbalance() == 0 and entry.total == Decimal("56490.00")
        receivable = next(line for line in entry.lines if line.customer is not None)
        assert (receivable.customer.display_name, receivable.posting_type) == ("Harbor Street Bakery",
                                                                                PostingType.DEBIT)
        assert next(line for line in entry.lines if line.vendor is not None).vendor.display_name == \
            "Cascade Paper Supply"


def test_a_trial_balance_must_balance_name_its_parties_and_be_as_of_one_date(books: Company,
                                                                              write_csv: CsvWriter) -> None:
    from qbdesk.store import GeneralJournalEntry

    report = import_csv(books, "trial-balance", write_csv(
        "account,debit,credit,date,name\n"
        "Checking,100.00,,2026-01-01,\n"
        "Accounts Receivable (A/R),20.00,,2026-01-01,\n"
        "Opening Balance Equity,,120.00,2026-01-02,\n"
        "Savings,5.00,5.00,2026-01-01,\n"
        "Nowhere,,1.00,2026-01-01,\n"))
    assert errors(report) == [
        (3, "name", "'Accounts Receivable (A/R)' is a receivables account: name the customer it is owed by"),
        (4, "date", "'2026-01-02' differs from the date on row 2: a trial balance is as of one date"),
        (5, "credit", "A row has a debit or a credit, not both"),
        (6, "account", "No account named 'Nowhere'"),
    ]
    report = import_csv(books, "trial-balance", write_csv(
        "account,debit,credit,date\nChecking,100.00,,2026-01-01\nOpening Balance Equity,,99.99,2026-01-01\n"),
        valid_rows_only=True)
    assert errors(report) == [(None, None, "The debits (100.00) and the credits (99.99) are not equal: a trial "
                                           "balance must balance")]
    assert count(books, GeneralJournalEntry) == 0


# --- the templates and the documentation ---------------------------------------------------------


def test_templates_import_cleanly_in_order(books: Company) -> None:
    order = ["customers", "vendors", "items", "invoices", "payments", "trial-balance"]
    assert sorted(p.stem for p in TEMPLATES.glob("*.csv")) == sorted(order)
    for kind in order:
        report = import_csv(books, kind, TEMPLATES / f"{kind}.csv")
        assert report.ok, (kind, errors(report))
        assert report.imported_rows == report.rows > 1
    assert balances(books)["1001"] == Decimal("0.00")
    assert balances(books)["1002"] == Decimal("247.50")


def test_template_headers_list_every_column_in_order() -> None:
    for kind, columns in COLUMNS.items():
        header = read_csv(TEMPLATES / f"{kind.value}.csv").header
        assert header == tuple(c.name for c in columns), kind


def test_documentation_describes_every_column_and_reason() -> None:
    doc = (ROOT / "docs" / "csv-import.md").read_text(encoding="utf-8")
    for kind, columns in COLUMNS.items():
        section = doc.split(f"### {kind.value.capitalize()}", 1)[1].split("\n### ", 1)[0]
        for column in columns:
            assert f"| `{column.name}` |" in section, (kind, column.name)
    for template in MESSAGES.values():
        assert template in doc, template


# --- the library API inside the caller's session ------------------------------------------------


def test_validate_writes_nothing_and_import_table_leaves_the_commit_to_the_caller(
        tmp_path: Path, write_csv: CsvWriter) -> None:
    company = open_company(tmp_path / "c.qbdesk", create=True)
    table = read_csv(write_csv("display_name\nAcme\nBolt\n"))
    with company.session() as s:
        checked = validate(s, "customers", table)
        assert checked.ok and checked.valid_rows == 2 and checked.rows == 2
        assert not s.new
    with company.sessions() as s:
        assert import_table(s, ImportKind.CUSTOMERS, table).imported == {"customers": 2}
        s.rollback()
    assert count(company, Customer) == 0
    with company.session() as s:
        import_table(s, ImportKind.CUSTOMERS, table)
    assert names(company, Customer) == ["Acme", "Bolt"]
    company.close()


def test_a_large_file_streams_and_keeps_every_rule(books: Company, write_csv: CsvWriter, tmp_path: Path) -> None:
    """More rows than one write chunk: a job below a customer written (and let go of) chunks earlier keeps its
    parent, an invoice whose lines are far apart is written whole, a formula cell late in the file is still
    reported, and a file that breaks the CSV syntax past its first megabyte is refused before anything is written."""
    rows = ["display_name,parent,notes", "Far Parent,,"]
    rows += [f"Filler {n:05d},," for n in range(2500)]
    rows += ["Far Parent - Job,Far Parent,=HYPERLINK(\"x\")"]
    report = import_csv(books, "customers", write_csv("\n".join(rows) + "\n"))
    assert report.ok and report.imported == {"customers": 2502}
    assert [(w.row, w.column) for w in report.warnings] == [(2503, "notes")]
    with books.session() as s:
        job = s.scalars(select(Customer).where(Customer.display_name == "Far Parent - Job")).one()
        assert job.parent is not None and job.parent.display_name == "Far Parent" and job.is_job
    with books.session() as s:
        s.add(Item(name="Streamed widget", unit_price=Decimal("2.50")))
    lines = ["invoice_number,customer,date,item,quantity"]
    lines += [f"F{n:04d},Far Parent,2026-03-04,Streamed widget,1" for n in range(1500)]
    lines += ["F0000,,,Streamed widget,3"]
    report = import_csv(books, "invoices", write_csv("\n".join(lines) + "\n"))
    assert report.ok, report.errors[:3]
    assert report.imported == {"invoices": 1500, "invoice_lines": 1501}
    with books.session() as s:
        first = s.scalars(select(Invoice).where(Invoice.doc_number == "F0000")).one()
        assert [line.quantity for line in first.lines] == [Decimal(1), Decimal(3)]
    broken = tmp_path / "broken.csv"
    with broken.open("w", encoding="utf-8", newline="") as f:
        f.write("display_name,notes\r\n")
        f.writelines(f"Late {n:06d},{'x' * 40}\r\n" for n in range(30_000))
        f.write('Bad,"' + "y" * 200_000 + '"\r\n')  # beyond the csv module's field limit
    before = count(books, Customer)
    report = import_csv(books, "customers", broken)
    assert [e.code for e in report.errors] == ["bad_csv"]
    assert count(books, Customer) == before
