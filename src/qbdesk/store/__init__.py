"""The company file: business records and the sync engine's own records (no Qt here)."""

from qbdesk.store.banking import Deposit, DepositLine, GeneralJournalEntry, GeneralJournalLine, PostingType, Transfer
from qbdesk.store.base import Base, Record
from qbdesk.store.conflicts import EditConflict
from qbdesk.store.database import (
    Company,
    CompanyFileNamedTwice,
    CompanyNotFoundError,
    NotACompanyFile,
    open_company,
)
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
from qbdesk.store.purchasing import (
    BillPayment,
    BillPaymentLine,
    BillPayType,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderStatus,
    VendorCredit,
    VendorCreditLine,
)
from qbdesk.store.sales_forms import Estimate, EstimateLine, EstimateStatus, SalesReceipt, SalesReceiptLine
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
from qbdesk.store.tracking import Location, TrackingClass
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

# The store's business-record models by the QuickBooks entity each maps to, read off the ORM so that no list
# of them is kept here by hand. Their order, dependencies and everything else the sync needs to know about them
# live in one place: qbdesk.sync.entities.
BY_ENTITY: dict[str, type[Record]] = {
    m.class_.qbo_entity: m.class_ for m in Base.registry.mappers if issubclass(m.class_, Record)}

__all__ = [
    "BY_ENTITY", "Account", "AccountType", "ApprovalDirection", "ApprovalItem", "ApprovalStatus",
    "Base", "Bill", "BillLine", "BillPayType", "BillPayment", "BillPaymentLine", "Company", "CompanyFileNamedTwice",
    "CompanyNotFoundError", "CreditMemo", "CreditMemoLine", "Customer", "Deposit", "DepositLine",
    "Desktop", "EditConflict", "Estimate", "EstimateLine", "EstimateStatus", "Expense", "ExpenseLine",
    "GeneralJournalEntry", "GeneralJournalLine", "Invoice", "InvoiceLine", "IssueStatus", "Item",
    "ItemType", "JournalEntry", "JournalState", "Link", "LinkState", "Location", "NotACompanyFile", "Payment",
    "PaymentApplication",
    "PaymentMethod", "PaymentMethodKind", "PaymentType", "PendingAction", "PostingType", "PurchaseOrder",
    "PurchaseOrderLine", "PurchaseOrderStatus", "Record", "RefundReceipt", "RefundReceiptLine", "RequestStatus",
    "RunStatus", "SalesReceipt", "SalesReceiptLine", "Setting", "SyncHost", "SyncIssue", "SyncLockHolder",
    "SyncRun", "TaxCode", "Term", "TrackingClass", "Transfer", "Vendor", "VendorCredit", "VendorCreditLine",
    "backdated", "open_company", "sync_origin",
]
