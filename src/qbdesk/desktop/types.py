"""What Desktop calls each record type qbdesk syncs with it, and how it is read.

One entry per QuickBooks Online entity name the engine knows
(:mod:`qbdesk.sync.entities`) that QuickBooks Desktop syncs through the Web
Connector. A type not listed here (estimates, sales receipts, deposits, …) is
not sent to Desktop: its records become a problem that says so
(docs/desktop.md, "What syncs").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DesktopType:
    entity: str                   # QuickBooks Online's name: the engine's, the journal's, the links'
    query: str                    # XxxQueryRq
    rets: tuple[str, ...]         # the XxxRet elements its query answers with
    kind: str                     # "list" (ListID, made inactive) or "txn" (TxnID, deleted)
    iterator: bool = True         # the query takes iterator="Start"/"Continue" (Intuit's list of iterable queries)
    lines: bool = False           # the query needs IncludeLineItems
    del_type: str | None = None   # TxnDelType of a deletion
    editable: bool = True         # Desktop has a XxxMod for it


TYPES: tuple[DesktopType, ...] = (
    DesktopType("Account", "AccountQuery", ("AccountRet",), "list", iterator=False),
    DesktopType("PaymentMethod", "PaymentMethodQuery", ("PaymentMethodRet",), "list", iterator=False,
                editable=False),
    DesktopType("Term", "TermsQuery", ("StandardTermsRet", "DateDrivenTermsRet"), "list", iterator=False,
                editable=False),
    DesktopType("Class", "ClassQuery", ("ClassRet",), "list", iterator=False),
    DesktopType("Item", "ItemQuery", ("ItemServiceRet", "ItemNonInventoryRet", "ItemInventoryRet"), "list"),
    DesktopType("Customer", "CustomerQuery", ("CustomerRet",), "list"),
    DesktopType("Vendor", "VendorQuery", ("VendorRet",), "list"),
    DesktopType("Invoice", "InvoiceQuery", ("InvoiceRet",), "txn", lines=True, del_type="Invoice"),
    DesktopType("CreditMemo", "CreditMemoQuery", ("CreditMemoRet",), "txn", lines=True, del_type="CreditMemo"),
    DesktopType("Payment", "ReceivePaymentQuery", ("ReceivePaymentRet",), "txn", lines=True,
                del_type="ReceivePayment"),
    DesktopType("Bill", "BillQuery", ("BillRet",), "txn", lines=True, del_type="Bill"),
    DesktopType("Purchase", "CheckQuery", ("CheckRet",), "txn", lines=True, del_type="Check"),
)

BY_ENTITY: dict[str, DesktopType] = {t.entity: t for t in TYPES}
ENTITY_OF_RET: dict[str, str] = {ret: t.entity for t in TYPES for ret in t.rets}


def desktop_type(entity: str) -> DesktopType | None:
    return BY_ENTITY.get(entity)
