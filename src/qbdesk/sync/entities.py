"""The one registry of the record types qbdesk syncs: every fact about an entity type lives here.

The planner, the snapshots, the executor, the problem list, the practice company
and the tests all read these entries instead of keeping lists of their own: lists
that drift apart are how one sync path came to create records another did not
know about. Adding a record type is one entry here, its mapping
(:mod:`qbdesk.sync.mapping`) and its emulation in the sandbox.

The tuple is in QuickBooks' dependency order — what must exist before whatever
refers to it — and a test checks that every ``depends_on`` comes earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qbdesk.store.banking import Deposit, GeneralJournalEntry, Transfer
from qbdesk.store.base import Record
from qbdesk.store.lists import Account, Customer, Item, PaymentMethod, TaxCode, Term, Vendor
from qbdesk.store.purchasing import BillPayment, PurchaseOrder, VendorCredit
from qbdesk.store.sales_forms import Estimate, SalesReceipt
from qbdesk.store.tracking import Location, TrackingClass
from qbdesk.store.transactions import Bill, CreditMemo, Expense, Invoice, Payment, RefundReceipt

Kind = Literal["list", "transaction"]


@dataclass(frozen=True)
class EntityType:
    """What the engine needs to know about one QuickBooks entity type and its store model."""

    name: str                         # QuickBooks' name, also the key of links, journal rows and problems
    record: type[Record]              # the store model
    kind: Kind                        # lists can only be made inactive in QuickBooks; transactions are deleted
    label: str                        # English, for the command line and engine messages (the window translates)
    plural: str
    category: str                     # the problem list's group
    depends_on: tuple[str, ...] = ()  # entity types its records may refer to
    self_parent: bool = False         # records may have a parent of their own type (sub-accounts, jobs)
    children: str | None = None       # the relationship QuickBooks sends as part of the record (lines)
    lookup_field: str | None = None   # a field QuickBooks can filter on, to find a twin by natural key
    lookup_column: str | None = None  # the store's column holding that field's value
    writable: bool = True             # QuickBooks accepts creates and updates through the API
    cdc: bool = True                  # QuickBooks' change data capture reports it
    date_filtered: bool = False       # the first sync's date cutoff applies to it
    shares_names: bool = False        # one DisplayName namespace across customers, vendors and employees
    numbered: bool = False            # sales forms: one document-number sequence in QuickBooks
    name_limit: int | None = None     # characters QuickBooks allows in its name (fault 2050 beyond)
    # A first sync proposes near-identical records found on one side each as possible matches
    # (sync/matching.py): people type names of customers, vendors and products a little differently.
    fuzzy_match: bool = False
    # The transactions its ``LinkedTxn`` points at and that must exist first (a payment's invoices, a deposit's
    # payments); links QuickBooks keeps the other way round (an invoice listing its payments) are not these.
    links: tuple[str, ...] = ()

    @property
    def removal(self) -> Literal["deactivate", "delete"]:
        """How QuickBooks takes a record away: name lists cannot be deleted, only made inactive."""
        return "deactivate" if self.kind == "list" else "delete"


_TRACKING = ("Class", "Department")

ENTITIES: tuple[EntityType, ...] = (
    EntityType("Account", Account, "list", "account", "accounts", "accounts", self_parent=True,
               lookup_field="Name", lookup_column="name", name_limit=100),
    EntityType("PaymentMethod", PaymentMethod, "list", "payment method", "payment methods", "lists",
               lookup_field="Name", lookup_column="name", name_limit=31),
    EntityType("Term", Term, "list", "term", "terms", "lists",
               lookup_field="Name", lookup_column="name", name_limit=31),
    EntityType("TaxCode", TaxCode, "list", "tax code", "tax codes", "lists",
               lookup_field="Name", lookup_column="name", writable=False, cdc=False),
    # Class and Department filter on FullyQualifiedName (Intuit marks Name's filterability nowhere): a
    # top-level one's full name is its name.
    EntityType("Class", TrackingClass, "list", "class", "classes", "lists", self_parent=True,
               lookup_field="FullyQualifiedName", lookup_column="name", name_limit=100),
    EntityType("Department", Location, "list", "location", "locations", "lists", self_parent=True,
               lookup_field="FullyQualifiedName", lookup_column="name", name_limit=100),
    EntityType("Item", Item, "list", "product or service", "products and services", "services",
               depends_on=("Account",), lookup_field="Name", lookup_column="name", name_limit=100, fuzzy_match=True),
    EntityType("Customer", Customer, "list", "customer", "customers", "customers",
               depends_on=("Term",), self_parent=True, lookup_field="DisplayName", lookup_column="display_name",
               date_filtered=True, shares_names=True, name_limit=500, fuzzy_match=True),
    EntityType("Vendor", Vendor, "list", "vendor", "vendors", "vendors",
               depends_on=("Term",), lookup_field="DisplayName", lookup_column="display_name", shares_names=True,
               name_limit=500, fuzzy_match=True),
    EntityType("Estimate", Estimate, "transaction", "estimate", "estimates", "estimates",
               depends_on=("Customer", "Item", "TaxCode", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number", date_filtered=True, numbered=True),
    EntityType("Invoice", Invoice, "transaction", "invoice", "invoices", "invoices",
               depends_on=("Customer", "Term", "Item", "TaxCode", "Estimate", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number", date_filtered=True, numbered=True,
               links=("Estimate",)),
    EntityType("CreditMemo", CreditMemo, "transaction", "credit memo", "credit memos", "credit_memos",
               depends_on=("Customer", "Item", "TaxCode", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number", numbered=True),
    EntityType("Payment", Payment, "transaction", "payment", "payments", "payments",
               depends_on=("Customer", "PaymentMethod", "Account", "Invoice", "CreditMemo"), children="applications",
               lookup_field="TxnDate", lookup_column="txn_date", date_filtered=True,
               links=("Invoice", "CreditMemo")),
    EntityType("SalesReceipt", SalesReceipt, "transaction", "sales receipt", "sales receipts", "sales_receipts",
               depends_on=("Customer", "PaymentMethod", "Account", "Item", "TaxCode", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number", date_filtered=True, numbered=True),
    EntityType("RefundReceipt", RefundReceipt, "transaction", "refund receipt", "refund receipts", "refunds",
               depends_on=("Customer", "PaymentMethod", "Account", "Item", "TaxCode", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number", numbered=True),
    EntityType("Deposit", Deposit, "transaction", "deposit", "deposits", "deposits",
               depends_on=("Account", "Payment", "SalesReceipt", "Customer", "Vendor", "PaymentMethod", *_TRACKING),
               children="lines", lookup_field="TxnDate", lookup_column="txn_date", date_filtered=True,
               links=("Payment", "SalesReceipt")),
    EntityType("Purchase", Expense, "transaction", "expense", "expenses", "expenses",
               depends_on=("Account", "Vendor", "PaymentMethod", "Item", "Customer", *_TRACKING), children="lines",
               lookup_field="TxnDate", lookup_column="txn_date"),
    EntityType("Bill", Bill, "transaction", "bill", "bills", "bills",
               depends_on=("Vendor", "Term", "Account", "Item", "Customer", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number"),
    EntityType("VendorCredit", VendorCredit, "transaction", "vendor credit", "vendor credits", "vendor_credits",
               depends_on=("Vendor", "Account", "Item", "Customer", *_TRACKING), children="lines",
               lookup_field="DocNumber", lookup_column="doc_number"),
    EntityType("BillPayment", BillPayment, "transaction", "bill payment", "bill payments", "bill_payments",
               depends_on=("Vendor", "Account", "Bill", "VendorCredit", "Department"), children="applications",
               lookup_field="TxnDate", lookup_column="txn_date", links=("Bill", "VendorCredit")),
    EntityType("PurchaseOrder", PurchaseOrder, "transaction", "purchase order", "purchase orders",
               "purchase_orders", depends_on=("Vendor", "Term", "Account", "Item", "Customer", *_TRACKING),
               children="lines", lookup_field="DocNumber", lookup_column="doc_number"),
    EntityType("Transfer", Transfer, "transaction", "transfer", "transfers", "transfers",
               depends_on=("Account",), lookup_field="TxnDate", lookup_column="txn_date"),
    EntityType("JournalEntry", GeneralJournalEntry, "transaction", "journal entry", "journal entries",
               "journal_entries", depends_on=("Account", "Customer", "Vendor", *_TRACKING), children="lines",
               lookup_field="TxnDate", lookup_column="txn_date"),
)

BY_NAME: dict[str, EntityType] = {e.name: e for e in ENTITIES}
ENTITY_ORDER: tuple[str, ...] = tuple(e.name for e in ENTITIES)
RECORD_CLASSES: dict[str, type[Record]] = {e.name: e.record for e in ENTITIES}
DATE_FILTERED = frozenset(e.name for e in ENTITIES if e.date_filtered)
SHARED_NAMES = frozenset(e.name for e in ENTITIES if e.shares_names) | {"Employee"}
NUMBERED = frozenset(e.name for e in ENTITIES if e.numbered)
# Which numbers a document's number must not repeat in QuickBooks (6140): its own type's, except that invoices
# and credit memos draw on one pool (Chargebee: "an invoice or credit note with the same number already
# exists", qbo-api.md Part 2 §2.2; the exact grouping is unconfirmed). An estimate may share an invoice's number.
_NUMBER_SPACES = {"Invoice": "Invoice+CreditMemo", "CreditMemo": "Invoice+CreditMemo"}


def number_space(entity: str) -> str:
    return _NUMBER_SPACES.get(entity, entity)
FUZZY_MATCHED: tuple[str, ...] = tuple(e.name for e in ENTITIES if e.fuzzy_match)
CDC_ENTITIES: tuple[str, ...] = tuple(e.name for e in ENTITIES if e.cdc)


def entity_type(name: str) -> EntityType:
    """The registry entry of ``name`` (a KeyError names an entity type nobody registered)."""
    return BY_NAME[name]


def category_of(name: str) -> str:
    """The problem list's group of an entity type ("other" for one the registry does not know)."""
    found = BY_NAME.get(name)
    return found.category if found is not None else "other"
