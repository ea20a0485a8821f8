"""Which properties a QuickBooks query may filter (WHERE) and sort (ORDERBY) on, and with which operators.

QuickBooks only lets a query use the properties its API reference marks
*filterable* or *sortable*: Intuit staff, asked why ``AcctNum`` fails, answered
"The property which are mentioned as filterable are only queryable"
(intuit/QuickBooks-V3-DotNET-SDK#163). Anything else is refused with 4001
``QueryValidationError: property 'X' is not queryable`` (recorded,
ruckus/quickbooks-ruby#403), and a name that is not a top-level property of
the entity at all (a line field, a typo) with ``Property X not found for Entity
Y``. A client that looks records up by such a field works nowhere but here, so
the sandbox holds every query to these lists.

The lists come from ``qbo-api.md`` Part 2 §1.3 (Intuit's reference per
entity, with the recorded refusals), and for the entities that table does not
cover from the mirror of Intuit's reference (Petrus-Han/finance_plugins
``api-reference/<entity>.md``); ``docs/qbo-rules.md`` names the source of each.
``MetaData.CreateTime`` and ``MetaData.LastUpdatedTime`` are filterable and
sortable everywhere (Intuit's data-queries page).

Operators: the language has ``= < > <= >= IN LIKE`` and nothing else
(Intuit's data-queries page); ``Id`` takes only ``=`` and ``IN``, ``LIKE``
only makes sense on text and only knows ``%``; references and booleans are
compared for equality (``=``/``IN``), never ordered.
"""

from __future__ import annotations

from enum import Enum

META = frozenset({"MetaData.CreateTime", "MetaData.LastUpdatedTime"})


class Kind(Enum):
    """What a filterable property holds, which decides the operators it takes."""

    ID = "id"
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    REF = "ref"


OPERATORS: dict[Kind, frozenset[str]] = {
    Kind.ID: frozenset({"=", "IN"}),
    Kind.TEXT: frozenset({"=", "IN", "LIKE", "<", ">", "<=", ">="}),
    Kind.NUMBER: frozenset({"=", "IN", "<", ">", "<=", ">="}),
    Kind.DATE: frozenset({"=", "IN", "<", ">", "<=", ">="}),
    Kind.BOOL: frozenset({"=", "IN"}),
    Kind.REF: frozenset({"=", "IN"}),
}

_T, _N, _D, _B, _R = Kind.TEXT, Kind.NUMBER, Kind.DATE, Kind.BOOL, Kind.REF

# Filterable properties per entity and what they hold (Id is everywhere).
FILTERABLE: dict[str, dict[str, Kind]] = {
    # qbo-api.md Part 2 §1.3 (Intuit's Customer reference, verbatim scrape).
    "Customer": {"DisplayName": _T, "GivenName": _T, "MiddleName": _T, "FamilyName": _T, "PrimaryEmailAddr": _T,
                 "Active": _B, "CompanyName": _T, "Balance": _N, "PrintOnCheckName": _T, "FullyQualifiedName": _T},
    # ruckus/quickbooks-ruby#403: Intuit's Vendor list; everything else there is "not queryable".
    "Vendor": {"DisplayName": _T, "GivenName": _T, "MiddleName": _T, "FamilyName": _T, "CompanyName": _T,
               "PrintOnCheckName": _T, "Active": _B},
    # Intuit's Employee reference (mirror).
    "Employee": {"DisplayName": _T, "GivenName": _T, "MiddleName": _T, "FamilyName": _T, "Suffix": _T,
                 "PrintOnCheckName": _T, "Active": _B},
    # Intuit's Item reference + Intuit's own MCP server (Sku).
    "Item": {"Name": _T, "Type": _T, "Taxable": _B, "Active": _B, "FullyQualifiedName": _T, "SubItem": _B,
             "Sku": _T},
    # Intuit's MCP server search-accounts tool ("based on QuickBooks Online Account entity documentation").
    "Account": {"Name": _T, "SubAccount": _B, "ParentRef": _R, "Description": _T, "Active": _B,
                "Classification": _T, "AccountType": _T, "CurrentBalance": _N},
    # Intuit's PaymentMethod reference marks Id and Active; public clients look payment methods up by Name
    # ("select * from PaymentMethod where name='Cheque'") and a commercial driver marks it filterable.
    "PaymentMethod": {"Name": _T, "Active": _B},
    "Term": {"Name": _T, "Active": _B},
    "TaxCode": {"Name": _T, "Active": _B, "Description": _T},
    "Invoice": {"CustomerRef": _R, "DocNumber": _T, "ProjectRef": _R, "TxnDate": _D, "SalesTermRef": _R,
                "DueDate": _D, "Balance": _N},
    "Payment": {"TotalAmt": _N, "CustomerRef": _R, "TxnDate": _D, "PaymentMethodRef": _R, "PaymentRefNum": _T},
    "CreditMemo": {"CustomerRef": _R, "ProjectRef": _R, "TxnDate": _D, "SalesTermRef": _R, "DocNumber": _T,
                   "Balance": _N},
    "RefundReceipt": {"ProjectRef": _R, "TxnDate": _D, "CheckPayment": _T, "DocNumber": _T,
                      "CreditCardPayment": _T, "CustomerRef": _R, "PaymentType": _T, "Balance": _N},
    "SalesReceipt": {"CustomerRef": _R, "ProjectRef": _R, "TxnDate": _D, "DocNumber": _T, "TotalAmt": _N,
                     "Balance": _N},
    "Estimate": {"CustomerRef": _R, "ProjectRef": _R, "TxnDate": _D, "DueDate": _D, "DocNumber": _T,
                 "ExpirationDate": _D, "AcceptedDate": _D},
    # laf-rge/quickbooks-mcp#8: "use TxnDate, DocNumber, TotalAmt" (EntityRef, AccountRef, DepartmentRef refused).
    "Purchase": {"TxnDate": _D, "DocNumber": _T, "TotalAmt": _N},
    "Bill": {"VendorRef": _R, "TxnDate": _D, "APAccountRef": _R, "SalesTermRef": _R, "TotalAmt": _N,
             "DueDate": _D, "DocNumber": _T, "Balance": _N},
    # qbo-api.md Part 2 §1.3 (Intuit's references, mirror); Class and Department: Id, Active, MetaData and
    # FullyQualifiedName only (Name's filterability is written nowhere, so the sandbox refuses it).
    "Class": {"Active": _B, "FullyQualifiedName": _T},
    "Department": {"Active": _B, "FullyQualifiedName": _T},
    "BillPayment": {"VendorRef": _R, "TotalAmt": _N, "DocNumber": _T, "TxnDate": _D, "APAccountRef": _R,
                    "CheckPayment": _T, "CreditCardPayment": _T},
    "VendorCredit": {"DocNumber": _T, "APAccountRef": _R, "TxnDate": _D, "TotalAmt": _N},
    "JournalEntry": {"DocNumber": _T, "TxnDate": _D},
    "PurchaseOrder": {"TxnDate": _D, "DueDate": _D, "DocNumber": _T},
    # Deposit: "property 'TotalAmt' is not queryable" [C]; Transfer: no filterable amount documented.
    "Deposit": {"TxnDate": _D},
    "Transfer": {"TxnDate": _D},
    "CompanyInfo": {},
    # "Query is supported with sorting and filtering enabled for Metadata timestamp attributes."
    "Preferences": {},
}

SORTABLE: dict[str, frozenset[str]] = {
    "Customer": frozenset({"DisplayName", "GivenName", "MiddleName", "FamilyName", "Active", "CompanyName",
                           "Balance", "PrintOnCheckName", "FullyQualifiedName", "BalanceWithJobs"}),
    # Intuit's Vendor reference gives no sortable list; QuickBooks itself orders vendors by DisplayName.
    "Vendor": frozenset({"DisplayName", "GivenName", "MiddleName", "FamilyName", "CompanyName",
                         "PrintOnCheckName", "Active"}),
    "Employee": frozenset({"DisplayName", "GivenName", "MiddleName", "FamilyName", "Suffix", "PrintOnCheckName"}),
    "Item": frozenset({"Name", "Type", "ParentRef", "PrefVendorRef", "UnitPrice", "PurchaseCost", "QtyOnHand"}),
    "Account": frozenset({"Name", "SubAccount", "ParentRef", "Description", "CurrentBalance"}),
    "PaymentMethod": frozenset({"Name", "Active"}),
    "Term": frozenset({"Name", "Active"}),
    "TaxCode": frozenset({"Name", "Description"}),
    "Invoice": frozenset({"DocNumber", "TxnDate", "DueDate", "Balance"}),
    "Payment": frozenset({"TxnDate"}),
    "CreditMemo": frozenset({"TxnDate", "DocNumber", "Balance"}),
    "RefundReceipt": frozenset({"TxnDate", "CheckPayment", "DocNumber", "CreditCardPayment", "PaymentType",
                                "Balance"}),
    "SalesReceipt": frozenset({"TxnDate", "DocNumber", "Balance"}),
    "Estimate": frozenset({"TxnDate", "DueDate", "DocNumber"}),
    "Purchase": frozenset({"TxnDate", "DocNumber", "TotalAmt"}),
    "Bill": frozenset({"VendorRef", "TxnDate", "APAccountRef", "SalesTermRef", "TotalAmt", "DueDate", "DocNumber"}),
    "Class": frozenset({"Active", "FullyQualifiedName"}),
    "Department": frozenset({"Active", "FullyQualifiedName", "SubDepartment"}),
    "BillPayment": frozenset({"VendorRef", "TotalAmt", "DocNumber", "TxnDate", "APAccountRef", "CheckPayment",
                              "CreditCardPayment"}),
    "VendorCredit": frozenset({"DocNumber", "APAccountRef", "TxnDate", "TotalAmt"}),
    "JournalEntry": frozenset({"DocNumber", "TxnDate"}),
    "PurchaseOrder": frozenset({"TxnDate", "DueDate", "DocNumber"}),
    "Deposit": frozenset({"TxnDate"}),
    "Transfer": frozenset({"TxnDate"}),
    "CompanyInfo": frozenset(),
    "Preferences": frozenset(),
}

# Names QuickBooks reports as "not found" although entities carry them: the entity attributes ``status``
# ("Property status not found for Entity Customer", Intuit's .NET SDK tests; ``domain`` and ``sparse`` are
# attributes of the same kind) and an item's ParentRef (clients report "Property ParentRef not found for
# Entity Item"; filter items by FullyQualifiedName).
ATTRIBUTES = frozenset({"status", "domain", "sparse"})
NOT_FOUND_WHEN_FILTERED: dict[str, frozenset[str]] = {"Item": frozenset({"ParentRef"})}


def not_found(entity: str, name: str) -> bool:
    """Whether a (known) name is reported as not found when filtered or sorted on."""
    return name in ATTRIBUTES or name in NOT_FOUND_WHEN_FILTERED.get(entity, frozenset())

# Properties that are objects of their own (addresses, contact details, lines): naming them in a
# projection fails with "Property BillAddr not found for Entity Customer" (seen by several clients).
COMPOSITE = frozenset({"BillAddr", "ShipAddr", "OtherAddr", "PrimaryAddr", "VendorAddr", "RemitToAddr",
                       "ShipFromAddr", "CompanyAddr", "LegalAddr", "CustomerCommunicationAddr", "PrimaryEmailAddr",
                       "PrimaryPhone", "AlternatePhone", "Mobile", "Fax", "WebAddr", "OtherContactInfo", "Line",
                       "BillEmail", "BillEmailCc", "BillEmailBcc", "MetaData", "TxnTaxDetail", "LinkedTxn",
                       "CustomField"})


def kind_of(entity: str, name: str) -> Kind | None:
    """The kind of a filterable property (``None``: not filterable). ``name`` is the canonical spelling."""
    if name == "Id":
        return Kind.ID
    if name in META:
        return Kind.DATE
    return FILTERABLE.get(entity, {}).get(name)


def sortable(entity: str, name: str) -> bool:
    return name == "Id" or name in META or name in SORTABLE.get(entity, frozenset())
