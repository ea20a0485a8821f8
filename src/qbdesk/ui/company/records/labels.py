"""Translatable names for record types and for the store's enum values.

Kept apart from the SQL column specs so a screen that only needs a title (the home
page's cards) does not import SQLAlchemy on the start-up path.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication

from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP


class TypeLabel(NamedTuple):
    key: str
    entity: str  # QuickBooks' entity name, as the store's ``qbo_entity``
    title: str  # untranslated source text (context "RecordTypes")
    singular: str
    icon: str
    group: str  # "lists" | "sales" | "purchases" | "banking", as QuickBooks' menus group them


# In the order a bookkeeper thinks of them: who, what, then the documents — sales, purchases, the bank.
TYPES: Final = (
    TypeLabel("customers", "Customer", QT_TRANSLATE_NOOP("RecordTypes", "Customers"),
              QT_TRANSLATE_NOOP("RecordTypes", "Customer"), "customer", "lists"),
    TypeLabel("vendors", "Vendor", QT_TRANSLATE_NOOP("RecordTypes", "Vendors"),
              QT_TRANSLATE_NOOP("RecordTypes", "Vendor"), "vendor", "lists"),
    TypeLabel("items", "Item", QT_TRANSLATE_NOOP("RecordTypes", "Products and services"),
              QT_TRANSLATE_NOOP("RecordTypes", "Product or service"), "item", "lists"),
    TypeLabel("accounts", "Account", QT_TRANSLATE_NOOP("RecordTypes", "Chart of accounts"),
              QT_TRANSLATE_NOOP("RecordTypes", "Account"), "account", "lists"),
    TypeLabel("payment_methods", "PaymentMethod", QT_TRANSLATE_NOOP("RecordTypes", "Payment methods"),
              QT_TRANSLATE_NOOP("RecordTypes", "Payment method"), "payment-method", "lists"),
    TypeLabel("terms", "Term", QT_TRANSLATE_NOOP("RecordTypes", "Terms"),
              QT_TRANSLATE_NOOP("RecordTypes", "Terms"), "term", "lists"),
    TypeLabel("tax_codes", "TaxCode", QT_TRANSLATE_NOOP("RecordTypes", "Tax codes"),
              QT_TRANSLATE_NOOP("RecordTypes", "Tax code"), "tax-code", "lists"),
    TypeLabel("classes", "Class", QT_TRANSLATE_NOOP("RecordTypes", "Classes"),
              QT_TRANSLATE_NOOP("RecordTypes", "Class"), "class", "lists"),
    TypeLabel("locations", "Department", QT_TRANSLATE_NOOP("RecordTypes", "Locations"),
              QT_TRANSLATE_NOOP("RecordTypes", "Location"), "location", "lists"),
    TypeLabel("estimates", "Estimate", QT_TRANSLATE_NOOP("RecordTypes", "Estimates"),
              QT_TRANSLATE_NOOP("RecordTypes", "Estimate"), "estimate", "sales"),
    TypeLabel("invoices", "Invoice", QT_TRANSLATE_NOOP("RecordTypes", "Invoices"),
              QT_TRANSLATE_NOOP("RecordTypes", "Invoice"), "invoice", "sales"),
    TypeLabel("payments", "Payment", QT_TRANSLATE_NOOP("RecordTypes", "Payments"),
              QT_TRANSLATE_NOOP("RecordTypes", "Payment"), "payment", "sales"),
    TypeLabel("sales_receipts", "SalesReceipt", QT_TRANSLATE_NOOP("RecordTypes", "Sales receipts"),
              QT_TRANSLATE_NOOP("RecordTypes", "Sales receipt"), "sales-receipt", "sales"),
    TypeLabel("credit_memos", "CreditMemo", QT_TRANSLATE_NOOP("RecordTypes", "Credit memos"),
              QT_TRANSLATE_NOOP("RecordTypes", "Credit memo"), "credit-memo", "sales"),
    TypeLabel("refunds", "RefundReceipt", QT_TRANSLATE_NOOP("RecordTypes", "Refund receipts"),
              QT_TRANSLATE_NOOP("RecordTypes", "Refund receipt"), "refund", "sales"),
    TypeLabel("expenses", "Purchase", QT_TRANSLATE_NOOP("RecordTypes", "Expenses"),
              QT_TRANSLATE_NOOP("RecordTypes", "Expense"), "expense", "purchases"),
    TypeLabel("bills", "Bill", QT_TRANSLATE_NOOP("RecordTypes", "Bills"),
              QT_TRANSLATE_NOOP("RecordTypes", "Bill"), "bill", "purchases"),
    TypeLabel("bill_payments", "BillPayment", QT_TRANSLATE_NOOP("RecordTypes", "Bill payments"),
              QT_TRANSLATE_NOOP("RecordTypes", "Bill payment"), "bill-payment", "purchases"),
    TypeLabel("vendor_credits", "VendorCredit", QT_TRANSLATE_NOOP("RecordTypes", "Vendor credits"),
              QT_TRANSLATE_NOOP("RecordTypes", "Vendor credit"), "vendor-credit", "purchases"),
    TypeLabel("purchase_orders", "PurchaseOrder", QT_TRANSLATE_NOOP("RecordTypes", "Purchase orders"),
              QT_TRANSLATE_NOOP("RecordTypes", "Purchase order"), "purchase-order", "purchases"),
    TypeLabel("deposits", "Deposit", QT_TRANSLATE_NOOP("RecordTypes", "Deposits"),
              QT_TRANSLATE_NOOP("RecordTypes", "Deposit"), "deposit", "banking"),
    TypeLabel("transfers", "Transfer", QT_TRANSLATE_NOOP("RecordTypes", "Transfers"),
              QT_TRANSLATE_NOOP("RecordTypes", "Transfer"), "transfer", "banking"),
    TypeLabel("journal_entries", "JournalEntry", QT_TRANSLATE_NOOP("RecordTypes", "Journal entries"),
              QT_TRANSLATE_NOOP("RecordTypes", "Journal entry"), "journal-entry", "banking"),
)
BY_KEY: Final = {t.key: t for t in TYPES}
BY_ENTITY: Final = {t.entity: t for t in TYPES}

# In the order the sidebar and the home page show them.
GROUPS: Final = {
    "lists": QT_TRANSLATE_NOOP("RecordTypes", "Lists"),
    "sales": QT_TRANSLATE_NOOP("RecordTypes", "Sales"),
    "purchases": QT_TRANSLATE_NOOP("RecordTypes", "Purchases"),
    "banking": QT_TRANSLATE_NOOP("RecordTypes", "Banking"),
}

# Enum values as the store spells them (QuickBooks' API names) → words for people.
ENUM_LABELS: Final = {
    # AccountType
    "Bank": QT_TRANSLATE_NOOP("EnumValues", "Bank"),
    "Accounts Receivable": QT_TRANSLATE_NOOP("EnumValues", "Accounts receivable (A/R)"),
    "Other Current Asset": QT_TRANSLATE_NOOP("EnumValues", "Other current assets"),
    "Fixed Asset": QT_TRANSLATE_NOOP("EnumValues", "Fixed assets"),
    "Other Asset": QT_TRANSLATE_NOOP("EnumValues", "Other assets"),
    "Accounts Payable": QT_TRANSLATE_NOOP("EnumValues", "Accounts payable (A/P)"),
    "Credit Card": QT_TRANSLATE_NOOP("EnumValues", "Credit card"),
    "Other Current Liability": QT_TRANSLATE_NOOP("EnumValues", "Other current liabilities"),
    "Long Term Liability": QT_TRANSLATE_NOOP("EnumValues", "Long-term liabilities"),
    "Equity": QT_TRANSLATE_NOOP("EnumValues", "Equity"),
    "Income": QT_TRANSLATE_NOOP("EnumValues", "Income"),
    "Cost of Goods Sold": QT_TRANSLATE_NOOP("EnumValues", "Cost of goods sold"),
    "Expense": QT_TRANSLATE_NOOP("EnumValues", "Expenses"),
    "Other Income": QT_TRANSLATE_NOOP("EnumValues", "Other income"),
    "Other Expense": QT_TRANSLATE_NOOP("EnumValues", "Other expense"),
    "Non-Posting": QT_TRANSLATE_NOOP("EnumValues", "Non-posting"),
    # ItemType
    "Service": QT_TRANSLATE_NOOP("EnumValues", "Service"),
    "NonInventory": QT_TRANSLATE_NOOP("EnumValues", "Non-inventory"),
    "Inventory": QT_TRANSLATE_NOOP("EnumValues", "Inventory"),
    # PaymentMethodKind
    "CREDIT_CARD": QT_TRANSLATE_NOOP("EnumValues", "Credit card"),
    "NON_CREDIT_CARD": QT_TRANSLATE_NOOP("EnumValues", "Other (cash, check…)"),
    # PaymentType, BillPayType
    "Cash": QT_TRANSLATE_NOOP("EnumValues", "Cash"),
    "Check": QT_TRANSLATE_NOOP("EnumValues", "Check"),
    "CreditCard": QT_TRANSLATE_NOOP("EnumValues", "Credit card"),
    # EstimateStatus
    "Pending": QT_TRANSLATE_NOOP("EnumValues", "Pending"),
    "Accepted": QT_TRANSLATE_NOOP("EnumValues", "Accepted"),
    "Closed": QT_TRANSLATE_NOOP("EnumValues", "Closed"),
    "Rejected": QT_TRANSLATE_NOOP("EnumValues", "Rejected"),
    # PurchaseOrderStatus
    "Open": QT_TRANSLATE_NOOP("EnumValues", "Open"),
    # PostingType
    "Debit": QT_TRANSLATE_NOOP("EnumValues", "Debit"),
    "Credit": QT_TRANSLATE_NOOP("EnumValues", "Credit"),
}


def type_title(key: str) -> str:
    return QCoreApplication.translate("RecordTypes", BY_KEY[key].title)


def type_singular(key: str) -> str:
    return QCoreApplication.translate("RecordTypes", BY_KEY[key].singular)


def group_title(group: str) -> str:
    return QCoreApplication.translate("RecordTypes", GROUPS[group])


def enum_label(value: str) -> str:
    source = ENUM_LABELS.get(value)
    return QCoreApplication.translate("EnumValues", source) if source else value
