"""What the editor lets a user change, per record type, and the rules QuickBooks applies.

The rules here are the ones that make a sync fail later (names with a colon,
names used by another customer or vendor, a bill number the vendor already used,
an expense paid out of the wrong kind of account), so the user meets them while
typing instead of as a sync problem. Totals and balances are never editable: the
store computes them.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from qbdesk.store import (
    Account,
    AccountType,
    Bill,
    BillPayment,
    BillPayType,
    CreditMemo,
    Customer,
    Deposit,
    Estimate,
    EstimateStatus,
    Expense,
    GeneralJournalEntry,
    Invoice,
    Item,
    ItemType,
    Location,
    Payment,
    PaymentMethod,
    PaymentMethodKind,
    PaymentType,
    PurchaseOrder,
    PurchaseOrderStatus,
    Record,
    RefundReceipt,
    SalesReceipt,
    TaxCode,
    Term,
    TrackingClass,
    Transfer,
    Vendor,
    VendorCredit,
)
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP


class FieldKind(enum.Enum):
    TEXT = "text"
    NOTE = "note"
    MONEY = "money"
    RATE = "rate"
    INT = "int"
    DATE = "date"
    OPTIONAL_DATE = "optional_date"
    BOOL = "bool"
    ENUM = "enum"
    CHOICE = "choice"  # a short list (accounts, terms, payment methods): a combo box
    PARTY = "party"  # a customer or vendor, typed by name with completion
    COMPUTED = "computed"  # shown, never edited (totals, balances)


@dataclass(frozen=True)
class Field:
    key: str  # the model attribute (``*_id`` for references)
    label: str  # untranslated (context "RecordFields")
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    max_length: int | None = None
    no_colon: bool = False
    email: bool = False
    minimum: int | None = None
    enum_cls: type[enum.Enum] | None = None
    ref_model: type[Record] | None = None
    account_types: tuple[AccountType, ...] = ()
    places: int = 2




def _party(model: type[Customer] | type[Vendor]) -> list[Field]:
    return [
        Field("display_name", QT_TRANSLATE_NOOP("RecordFields", "Display name"),
              required=True, max_length=500,
              no_colon=True),
        Field("company_name", QT_TRANSLATE_NOOP("RecordFields", "Company"), max_length=100),
        Field("given_name", QT_TRANSLATE_NOOP("RecordFields", "First name"), max_length=100),
        Field("family_name", QT_TRANSLATE_NOOP("RecordFields", "Last name"), max_length=100),
        Field("email", QT_TRANSLATE_NOOP("RecordFields", "Email"), max_length=100, email=True),
        Field("phone", QT_TRANSLATE_NOOP("RecordFields", "Phone"), max_length=30),
        Field("address_line1", QT_TRANSLATE_NOOP("RecordFields", "Street address"), max_length=500),
        Field("city", QT_TRANSLATE_NOOP("RecordFields", "City"), max_length=255),
        Field("region", QT_TRANSLATE_NOOP("RecordFields", "State / province"), max_length=255),
        Field("postal_code", QT_TRANSLATE_NOOP("RecordFields", "Postal code"), max_length=30),
        Field("country", QT_TRANSLATE_NOOP("RecordFields", "Country"), max_length=255),
    ]


_BANK_LIKE = (AccountType.BANK, AccountType.OTHER_CURRENT_ASSET)
_NOTES = Field("notes", QT_TRANSLATE_NOOP("RecordFields", "Notes"), FieldKind.NOTE)
_ACTIVE = Field("active", QT_TRANSLATE_NOOP("RecordFields", "Active"), FieldKind.BOOL)
_TERM = Field("term_id", QT_TRANSLATE_NOOP("RecordFields", "Terms"), FieldKind.CHOICE, ref_model=Term)
_METHOD = Field("payment_method_id", QT_TRANSLATE_NOOP("RecordFields", "Payment method"), FieldKind.CHOICE,
                ref_model=PaymentMethod)
_CUSTOMER = Field("customer_id", QT_TRANSLATE_NOOP("RecordFields", "Customer"),
                  FieldKind.PARTY, required=True,
                  ref_model=Customer)
_DATE = Field("txn_date", QT_TRANSLATE_NOOP("RecordFields", "Date"), FieldKind.DATE, required=True)
_DOC = Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Number"), max_length=21)
_MEMO = Field("memo", QT_TRANSLATE_NOOP("RecordFields", "Memo"), FieldKind.NOTE, max_length=1000)
_TOTAL = Field("total", QT_TRANSLATE_NOOP("RecordFields", "Total"), FieldKind.COMPUTED)
_LOCATION = Field("location_id", QT_TRANSLATE_NOOP("RecordFields", "Location"), FieldKind.CHOICE, ref_model=Location)
_PRIVATE = Field("private_note", QT_TRANSLATE_NOOP("RecordFields", "Private note"), FieldKind.NOTE, max_length=4000)
_LONG_MEMO = Field("memo", QT_TRANSLATE_NOOP("RecordFields", "Memo"), FieldKind.NOTE, max_length=4000)
_VENDOR = Field("vendor_id", QT_TRANSLATE_NOOP("RecordFields", "Vendor"), FieldKind.PARTY, required=True,
                ref_model=Vendor)
_AP = Field("ap_account_id", QT_TRANSLATE_NOOP("RecordFields", "Accounts payable account"), FieldKind.CHOICE,
            ref_model=Account, account_types=(AccountType.ACCOUNTS_PAYABLE,))
_ASSETS = tuple(t for t in AccountType if t.classification == "Asset" and t is not AccountType.NON_POSTING)


def _tracking(model: type[TrackingClass] | type[Location], parent_label: str) -> list[Field]:
    return [Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name"), required=True, max_length=100, no_colon=True),
            Field("parent_id", parent_label, FieldKind.CHOICE, ref_model=model), _ACTIVE]


@cache
def fields_for(key: str) -> tuple[Field, ...]:
    table: dict[str, list[Field]] = {
        "customers": [
            *_party(Customer)[:2],
            Field("parent_id", QT_TRANSLATE_NOOP("RecordFields", "Sub-customer of"),
                  FieldKind.PARTY, ref_model=Customer),
            *_party(Customer)[2:], _TERM, _NOTES, _ACTIVE,
        ],
        "vendors": [
            *_party(Vendor),
            Field("account_number", QT_TRANSLATE_NOOP("RecordFields", "Account no."), max_length=100),
            _TERM, _NOTES, _ACTIVE,
        ],
        "items": [
            Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name"),
                  required=True, max_length=100, no_colon=True),
            Field("item_type", QT_TRANSLATE_NOOP("RecordFields", "Type"), FieldKind.ENUM, enum_cls=ItemType),
            Field("sku", QT_TRANSLATE_NOOP("RecordFields", "SKU"), max_length=100),
            Field("description", QT_TRANSLATE_NOOP("RecordFields", "Sales description"),
                  FieldKind.NOTE, max_length=4000),
            Field("unit_price", QT_TRANSLATE_NOOP("RecordFields", "Sales price"),
                  FieldKind.RATE, required=True, minimum=0,
                  places=6),
            Field("purchase_cost", QT_TRANSLATE_NOOP("RecordFields", "Cost"),
                  FieldKind.RATE, minimum=0, places=6),
            Field("taxable", QT_TRANSLATE_NOOP("RecordFields", "Taxable"), FieldKind.BOOL),
            Field("income_account_id", QT_TRANSLATE_NOOP("RecordFields", "Income account"), FieldKind.CHOICE,
                  ref_model=Account, account_types=(AccountType.INCOME, AccountType.OTHER_INCOME)),
            Field("expense_account_id", QT_TRANSLATE_NOOP("RecordFields", "Expense account"),
                  FieldKind.CHOICE,
                  ref_model=Account, account_types=(AccountType.EXPENSE, AccountType.COST_OF_GOODS_SOLD,
                                                    AccountType.OTHER_EXPENSE)),
            _ACTIVE,
        ],
        "accounts": [
            Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name"),
                  required=True, max_length=100, no_colon=True),
            Field("acct_num", QT_TRANSLATE_NOOP("RecordFields", "Account number"), max_length=20),
            Field("account_type", QT_TRANSLATE_NOOP("RecordFields", "Account type"),
                  FieldKind.ENUM, enum_cls=AccountType),
            Field("account_subtype", QT_TRANSLATE_NOOP("RecordFields", "Detail type"), max_length=64),
            Field("description", QT_TRANSLATE_NOOP("RecordFields", "Description"), max_length=100),
            _ACTIVE,
        ],
        "payment_methods": [
            Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name"), required=True, max_length=31),
            Field("kind", QT_TRANSLATE_NOOP("RecordFields", "Type"),
                  FieldKind.ENUM, enum_cls=PaymentMethodKind),
            _ACTIVE,
        ],
        "terms": [
            Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name"), required=True, max_length=31),
            Field("due_days", QT_TRANSLATE_NOOP("RecordFields", "Due in (days)"), FieldKind.INT, minimum=0),
            Field("day_of_month_due", QT_TRANSLATE_NOOP("RecordFields", "Due on day of month"),
                  FieldKind.INT, minimum=1),
            _ACTIVE,
        ],
        "tax_codes": [
            Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name"), required=True, max_length=100),
            Field("description", QT_TRANSLATE_NOOP("RecordFields", "Description"), max_length=100),
            Field("taxable", QT_TRANSLATE_NOOP("RecordFields", "Taxable"), FieldKind.BOOL),
            _ACTIVE,
        ],
        "invoices": [
            Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Invoice number"), max_length=21),
            _CUSTOMER, _DATE,
            Field("due_date", QT_TRANSLATE_NOOP("RecordFields", "Due date"), FieldKind.OPTIONAL_DATE),
            _TERM,
            Field("email", QT_TRANSLATE_NOOP("RecordFields", "Email"), max_length=100, email=True),
            _MEMO,
            Field("private_note", QT_TRANSLATE_NOOP("RecordFields", "Private note"),
                  FieldKind.NOTE, max_length=4000),
            _LOCATION, _TOTAL, Field("balance", QT_TRANSLATE_NOOP("RecordFields", "Open balance"), FieldKind.COMPUTED),
        ],
        "credit_memos": [
            _DOC, _CUSTOMER, _DATE, _MEMO, _TOTAL,
            Field("remaining_credit", QT_TRANSLATE_NOOP("RecordFields", "Remaining credit"),
                  FieldKind.COMPUTED),
        ],
        "refunds": [
            _DOC, _CUSTOMER, _DATE,
            Field("deposit_account_id", QT_TRANSLATE_NOOP("RecordFields", "Refund from"), FieldKind.CHOICE,
                  ref_model=Account, account_types=_BANK_LIKE),
            _METHOD, _MEMO, _TOTAL,
        ],
        "payments": [
            _CUSTOMER, _DATE,
            Field("total", QT_TRANSLATE_NOOP("RecordFields", "Amount received"),
                  FieldKind.MONEY, required=True, minimum=0),
            _METHOD,
            Field("deposit_account_id", QT_TRANSLATE_NOOP("RecordFields", "Deposit to"), FieldKind.CHOICE,
                  ref_model=Account, account_types=_BANK_LIKE),
            Field("reference_number", QT_TRANSLATE_NOOP("RecordFields", "Reference no."), max_length=21),
            Field("memo", QT_TRANSLATE_NOOP("RecordFields", "Memo"), FieldKind.NOTE, max_length=4000),
            Field("unapplied", QT_TRANSLATE_NOOP("RecordFields", "Unapplied amount"), FieldKind.COMPUTED),
        ],
        "expenses": [
            Field("vendor_id", QT_TRANSLATE_NOOP("RecordFields", "Payee"), FieldKind.PARTY, ref_model=Vendor),
            _DATE,
            Field("payment_type", QT_TRANSLATE_NOOP("RecordFields", "Payment type"),
                  FieldKind.ENUM, enum_cls=PaymentType),
            Field("account_id", QT_TRANSLATE_NOOP("RecordFields", "Payment account"),
                  FieldKind.CHOICE, required=True,
                  ref_model=Account, account_types=(AccountType.BANK, AccountType.CREDIT_CARD)),
            _METHOD, _DOC,
            Field("memo", QT_TRANSLATE_NOOP("RecordFields", "Memo"), FieldKind.NOTE, max_length=4000),
            _TOTAL,
        ],
        "bills": [
            Field("vendor_id", QT_TRANSLATE_NOOP("RecordFields", "Vendor"),
                  FieldKind.PARTY, required=True, ref_model=Vendor),
            Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Vendor document number"), max_length=21),
            Field("txn_date", QT_TRANSLATE_NOOP("RecordFields", "Bill date"), FieldKind.DATE, required=True),
            Field("due_date", QT_TRANSLATE_NOOP("RecordFields", "Due date"), FieldKind.OPTIONAL_DATE),
            _TERM,
            Field("memo", QT_TRANSLATE_NOOP("RecordFields", "Memo"), FieldKind.NOTE, max_length=4000),
            _TOTAL, Field("balance", QT_TRANSLATE_NOOP("RecordFields", "Open balance"), FieldKind.COMPUTED),
        ],
        "classes": _tracking(TrackingClass, QT_TRANSLATE_NOOP("RecordFields", "Sub-class of")),
        "locations": _tracking(Location, QT_TRANSLATE_NOOP("RecordFields", "Sub-location of")),
        "estimates": [
            Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Estimate number"), max_length=21),
            _CUSTOMER, _DATE,
            Field("expiration_date", QT_TRANSLATE_NOOP("RecordFields", "Expiration date"),
                  FieldKind.OPTIONAL_DATE),
            Field("status", QT_TRANSLATE_NOOP("RecordFields", "Status"), FieldKind.ENUM, enum_cls=EstimateStatus),
            Field("email", QT_TRANSLATE_NOOP("RecordFields", "Email"), max_length=100, email=True),
            _MEMO, _PRIVATE, _LOCATION, _TOTAL,
        ],
        "sales_receipts": [
            _DOC, Field("customer_id", QT_TRANSLATE_NOOP("RecordFields", "Customer"), FieldKind.PARTY,
                        ref_model=Customer), _DATE,
            Field("deposit_account_id", QT_TRANSLATE_NOOP("RecordFields", "Deposit to"), FieldKind.CHOICE,
                  ref_model=Account, account_types=_BANK_LIKE),
            _METHOD, Field("reference_number", QT_TRANSLATE_NOOP("RecordFields", "Reference no."), max_length=21),
            _MEMO, _PRIVATE, _LOCATION, _TOTAL,
        ],
        "bill_payments": [
            _VENDOR, _DATE,
            Field("pay_type", QT_TRANSLATE_NOOP("RecordFields", "Payment type"), FieldKind.ENUM,
                  enum_cls=BillPayType),
            Field("account_id", QT_TRANSLATE_NOOP("RecordFields", "Paid from"), FieldKind.CHOICE, required=True,
                  ref_model=Account, account_types=(AccountType.BANK, AccountType.CREDIT_CARD)),
            Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Check no."), max_length=21),
            Field("total", QT_TRANSLATE_NOOP("RecordFields", "Amount"), FieldKind.MONEY, required=True, minimum=0),
            _AP, _LONG_MEMO, _LOCATION,
            Field("unapplied", QT_TRANSLATE_NOOP("RecordFields", "Unapplied amount"), FieldKind.COMPUTED),
        ],
        "vendor_credits": [
            _VENDOR, Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Ref no."), max_length=21), _DATE,
            _AP, _LONG_MEMO, _LOCATION, _TOTAL,
            Field("remaining_credit", QT_TRANSLATE_NOOP("RecordFields", "Remaining credit"), FieldKind.COMPUTED),
        ],
        "purchase_orders": [
            _VENDOR, Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "P.O. no."), max_length=21), _DATE,
            Field("due_date", QT_TRANSLATE_NOOP("RecordFields", "Due date"), FieldKind.OPTIONAL_DATE),
            Field("status", QT_TRANSLATE_NOOP("RecordFields", "Status"), FieldKind.ENUM,
                  enum_cls=PurchaseOrderStatus),
            dataclasses.replace(_AP, required=True), _TERM,
            Field("message", QT_TRANSLATE_NOOP("RecordFields", "Message to vendor"), FieldKind.NOTE,
                  max_length=4000),
            _LONG_MEMO, _LOCATION, _TOTAL,
        ],
        "deposits": [
            Field("account_id", QT_TRANSLATE_NOOP("RecordFields", "Account"), FieldKind.CHOICE, required=True,
                  ref_model=Account, account_types=_BANK_LIKE),
            _DATE, _LONG_MEMO, _LOCATION, _TOTAL,
        ],
        "transfers": [
            Field("from_account_id", QT_TRANSLATE_NOOP("RecordFields", "Transfer funds from"), FieldKind.CHOICE,
                  required=True, ref_model=Account, account_types=_ASSETS),
            Field("to_account_id", QT_TRANSLATE_NOOP("RecordFields", "Transfer funds to"), FieldKind.CHOICE,
                  required=True, ref_model=Account, account_types=_ASSETS),
            Field("amount", QT_TRANSLATE_NOOP("RecordFields", "Amount"), FieldKind.MONEY, required=True, minimum=0),
            _DATE, _LONG_MEMO,
        ],
        "journal_entries": [
            Field("doc_number", QT_TRANSLATE_NOOP("RecordFields", "Journal no."), max_length=21), _DATE,
            Field("adjustment", QT_TRANSLATE_NOOP("RecordFields", "Adjusting entry"), FieldKind.BOOL),
            _LONG_MEMO, Field("total", QT_TRANSLATE_NOOP("RecordFields", "Debits"), FieldKind.COMPUTED),
        ],
    }
    return tuple(table[key])


# The model class behind each type key (the same as the browser's specs, without SQL columns).
MODELS: Final[dict[str, type[Record]]] = {
    "customers": Customer, "vendors": Vendor, "items": Item, "accounts": Account,
    "payment_methods": PaymentMethod, "terms": Term, "tax_codes": TaxCode, "invoices": Invoice,
    "credit_memos": CreditMemo, "refunds": RefundReceipt, "payments": Payment, "expenses": Expense,
    "bills": Bill, "classes": TrackingClass, "locations": Location, "estimates": Estimate,
    "sales_receipts": SalesReceipt, "bill_payments": BillPayment, "vendor_credits": VendorCredit,
    "purchase_orders": PurchaseOrder, "deposits": Deposit, "transfers": Transfer,
    "journal_entries": GeneralJournalEntry,
}
READ_ONLY_TYPES: Final = frozenset({"tax_codes"})  # QuickBooks' API does not accept them


def label_of(obj: Any) -> str:
    """The name a reference shows: display name for people, name for everything else."""
    return str(getattr(obj, "display_name", None) or getattr(obj, "name", "") or "")
