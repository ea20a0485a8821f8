"""The company file: business records and the sync engine's own records (no Qt here)."""

from qbdesk.store.base import Base, Record
from qbdesk.store.conflicts import EditConflict
from qbdesk.store.database import Company, CompanyNotFoundError, open_company
from qbdesk.store.events import backdated, sync_origin
from qbdesk.store.lists import (
    Account,
    AccountType,
    Customer,
    Item,
    ItemType,
    PaymentMethod,
    PaymentMethodKind,
    TaxCode,
    Term,
    Vendor,
)
from qbdesk.store.office import Desktop, PendingAction, RequestStatus, SyncHost, SyncLockHolder
from qbdesk.store.syncdata import (
    ApprovalDirection,
    ApprovalItem,
    ApprovalStatus,
    IssueStatus,
    JournalEntry,
    JournalState,
    Link,
    LinkState,
    RunStatus,
    Setting,
    SyncIssue,
    SyncRun,
)
from qbdesk.store.transactions import (
    Bill,
    BillLine,
    CreditMemo,
    CreditMemoLine,
    Expense,
    ExpenseLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    PaymentType,
    RefundReceipt,
    RefundReceiptLine,
)

# Business record classes in QuickBooks' dependency order: what a sync creates first.
RECORD_TYPES: tuple[type[Record], ...] = (
    Account, PaymentMethod, Term, TaxCode, Item, Customer, Vendor,
    Invoice, Payment, CreditMemo, RefundReceipt, Expense, Bill,
)
BY_ENTITY: dict[str, type[Record]] = {cls.qbo_entity: cls for cls in RECORD_TYPES}

__all__ = [
    "BY_ENTITY", "RECORD_TYPES", "Account", "AccountType", "ApprovalDirection", "ApprovalItem", "ApprovalStatus",
    "Base", "Bill", "BillLine", "Company", "CompanyNotFoundError", "CreditMemo", "CreditMemoLine", "Customer",
    "Desktop", "EditConflict", "Expense", "ExpenseLine", "Invoice", "InvoiceLine", "IssueStatus", "Item",
    "ItemType", "JournalEntry", "JournalState", "Link", "LinkState", "Payment", "PaymentApplication",
    "PaymentMethod", "PaymentMethodKind", "PaymentType", "PendingAction", "Record", "RefundReceipt",
    "RefundReceiptLine", "RequestStatus", "RunStatus", "Setting", "SyncHost", "SyncIssue", "SyncLockHolder",
    "SyncRun", "TaxCode", "Term", "Vendor", "backdated", "open_company", "sync_origin",
]
