"""Desktop's rules the practice company enforces, with where each comes from (qbwc.md).

Element orders are Intuit's qbxmlops130 sequences ([OPS13], qbwc.md §3.4): Desktop
rejects a request with children out of order as a parse error, HRESULT
0x80040400 (§3.1). Name lengths are [OPS13]'s QBD maxima. Status codes and
their messages are those seen in real answers (§3.6); 3070 (a string too long)
is not among them and is marked unconfirmed in docs/desktop.md.
"""

from __future__ import annotations

ORDERS: dict[str, tuple[str, ...]] = {
    "CustomerAdd": ("Name", "IsActive", "ClassRef", "ParentRef", "CompanyName", "Salutation", "FirstName",
                    "MiddleName", "LastName", "JobTitle", "BillAddress", "ShipAddress", "ShipToAddress", "Phone",
                    "AltPhone", "Fax", "Email", "Cc", "Contact", "AltContact", "AdditionalContactRef", "Contacts",
                    "CustomerTypeRef", "TermsRef", "SalesRepRef", "OpenBalance", "OpenBalanceDate",
                    "SalesTaxCodeRef", "ItemSalesTaxRef", "ResaleNumber", "AccountNumber", "CreditLimit",
                    "PreferredPaymentMethodRef", "CreditCardInfo", "JobStatus", "JobStartDate",
                    "JobProjectedEndDate", "JobEndDate", "JobDesc", "JobTypeRef", "Notes", "AdditionalNotes",
                    "PreferredDeliveryMethod", "PriceLevelRef", "ExternalGUID", "CurrencyRef"),
    "VendorAdd": ("Name", "IsActive", "ClassRef", "CompanyName", "Salutation", "FirstName", "MiddleName",
                  "LastName", "JobTitle", "VendorAddress", "ShipAddress", "Phone", "AltPhone", "Fax", "Email", "Cc",
                  "Contact", "AltContact", "AdditionalContactRef", "Contacts", "NameOnCheck", "AccountNumber",
                  "Notes", "AdditionalNotes", "VendorTypeRef", "TermsRef", "CreditLimit", "VendorTaxIdent",
                  "IsVendorEligibleFor1099", "OpenBalance", "OpenBalanceDate", "BillingRateRef", "ExternalGUID",
                  "CurrencyRef"),
    "InvoiceAdd": ("CustomerRef", "ClassRef", "ARAccountRef", "TemplateRef", "TxnDate", "RefNumber", "BillAddress",
                   "ShipAddress", "IsPending", "IsFinanceCharge", "PONumber", "TermsRef", "DueDate", "SalesRepRef",
                   "FOB", "ShipDate", "ShipMethodRef", "ItemSalesTaxRef", "Memo", "CustomerMsgRef", "IsToBePrinted",
                   "IsToBeEmailed", "CustomerSalesTaxCodeRef", "Other", "ExchangeRate", "ExternalGUID",
                   "LinkToTxnID", "SetCredit", "InvoiceLineAdd", "InvoiceLineGroupAdd"),
    "CreditMemoAdd": ("CustomerRef", "ClassRef", "ARAccountRef", "TemplateRef", "TxnDate", "RefNumber",
                      "BillAddress", "ShipAddress", "IsPending", "PONumber", "TermsRef", "DueDate", "SalesRepRef",
                      "FOB", "ShipDate", "ShipMethodRef", "ItemSalesTaxRef", "Memo", "CustomerMsgRef",
                      "IsToBePrinted", "IsToBeEmailed", "CustomerSalesTaxCodeRef", "Other", "ExchangeRate",
                      "ExternalGUID", "CreditMemoLineAdd", "CreditMemoLineGroupAdd"),
    "InvoiceLineAdd": ("ItemRef", "Desc", "Quantity", "UnitOfMeasure", "Rate", "RatePercent", "PriceLevelRef",
                       "ClassRef", "Amount", "OptionForPriceRuleConflict", "InventorySiteRef",
                       "InventorySiteLocationRef", "SerialNumber", "LotNumber", "ServiceDate", "SalesTaxCodeRef",
                       "OverrideItemAccountRef", "Other1", "Other2", "LinkToTxn", "DataExt"),
    "ReceivePaymentAdd": ("CustomerRef", "ARAccountRef", "TxnDate", "RefNumber", "TotalAmount", "PaymentMethodRef",
                          "Memo", "DepositToAccountRef", "CreditCardTxnInfo", "ExternalGUID", "IsAutoApply",
                          "AppliedToTxnAdd"),
    "BillAdd": ("VendorRef", "VendorAddress", "APAccountRef", "TxnDate", "DueDate", "RefNumber", "TermsRef", "Memo",
                "ExchangeRate", "ExternalGUID", "LinkToTxnID", "ExpenseLineAdd", "ItemLineAdd", "ItemGroupLineAdd"),
}
ORDERS["CreditMemoLineAdd"] = ORDERS["InvoiceLineAdd"]


def order_of(tag: str) -> tuple[str, ...] | None:
    """The child order of an Add, or of a Mod (its Id and EditSequence first, then the Add's fields)."""
    if tag in ORDERS:
        return ORDERS[tag]
    if tag.endswith("Mod"):
        add = ORDERS.get(tag[:-3] + "Add")
        if add is None:
            return None
        head = ("TxnLineID",) if "Line" in tag else (("TxnID",) if tag[:-3] in _TXNS else ("ListID",))
        fields = tuple(f[:-3] + "Mod" if f.endswith("LineAdd") else f for f in add)
        return (*head, "EditSequence", *fields) if "Line" not in tag else (*head, *fields)
    return None


_TXNS = {"Invoice", "CreditMemo", "ReceivePayment", "Bill", "Check"}

# Maximum lengths for QuickBooks Desktop (US) — [OPS13] "max length = N for QBD".
NAME_LIMITS = {"Customer": 41, "Vendor": 41, "Account": 31, "Class": 31, "PaymentMethod": 31, "StandardTerms": 31,
               "DateDrivenTerms": 31, "ItemService": 31, "ItemNonInventory": 31, "ItemInventory": 31}
REF_NUMBER_LIMITS = {"Invoice": 11, "CreditMemo": 11, "ReceivePayment": 20, "Bill": 20, "Check": 11}
FIELD_LIMITS = {"CompanyName": 41, "FirstName": 25, "LastName": 25, "Phone": 21, "Email": 1023, "Addr1": 41,
                "City": 31, "State": 21, "PostalCode": 13, "Country": 31, "AccountNumber": 99, "Desc": 4095,
                "Memo": 4095}
# One name list shared by customers and vendors (and employees, other names): 3100 across them (qbwc.md §3.4).
SHARED_NAMES = {"Customer", "Vendor"}
ITEM_KINDS = ("ItemService", "ItemNonInventory", "ItemInventory")
TERMS_KINDS = ("StandardTerms", "DateDrivenTerms")


def name_group(kind: str) -> tuple[str, ...]:
    """The list kinds whose names must differ from one of ``kind``'s."""
    if kind in SHARED_NAMES:
        return tuple(SHARED_NAMES)
    if kind in ITEM_KINDS:
        return ITEM_KINDS
    if kind in TERMS_KINDS:
        return TERMS_KINDS
    return (kind,)


# Messages as Desktop writes them (qbwc.md §3.6).
def duplicate_name(name: str) -> str:
    return f'The name "{name}" of the list element is already in use.'


def stale(edit_sequence: str) -> str:
    return f'The provided edit sequence "{edit_sequence}" is out-of-date.'


def missing_object(object_id: str) -> str:
    return (f'Object "{object_id}" specified in the request cannot be found.  QuickBooks error message: '
            "Invalid argument.  The specified record does not exist in the list.")


def invalid_reference(kind: str, name: str, where: str) -> str:
    return (f'There is an invalid reference to QuickBooks {kind} "{name}" in the {where}.  QuickBooks error '
            "message: Invalid argument.  The specified record does not exist in the list.")


def too_long(value: str, field: str) -> str:
    return f'The string "{value}" in the field "{field}" is too long.'


def overpaid(amount: str) -> str:
    return (f'The "AppliedToTxnAdd payment amount" field has an invalid value "{amount}".  QuickBooks error '
            "message: You cannot pay more than the amount due.")


NOT_FOUND_QUERY = "A query request did not find a matching object in QuickBooks"
PARSE_ERROR = ("0x80040400", "QuickBooks found an error when parsing the provided XML text stream.")
