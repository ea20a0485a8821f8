"""What the sandbox knows about each QuickBooks entity: its URL segment, its known
properties (anything else is fault 2010), string limits (fault 2050), which Id
sequence it draws from, and how a query orders it by default.

QuickBooks numbers customers, vendors and employees from one sequence and all
transactions from another (Intuit's sample company has customers 1-29, vendors
from 30, invoices and sales receipts interleaved); lists like accounts and items
count on their own. Emulating that keeps Ids looking like the real thing, so a
client that wrongly assumes "Invoice 5 and Payment 5 can both exist" is caught.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["list", "txn", "readonly", "singleton"]

COMMON = ("Id", "SyncToken", "MetaData", "domain", "sparse", "status")

_PARTY = (
    "Title", "GivenName", "MiddleName", "FamilyName", "Suffix", "DisplayName", "CompanyName", "PrintOnCheckName",
    "Active", "PrimaryPhone", "AlternatePhone", "Mobile", "Fax", "PrimaryEmailAddr", "WebAddr", "OtherContactInfo",
    "DefaultTaxCodeRef", "Organization", "Source", "V4IDPseudonym",
)
_PARTY_LENGTHS = {"Title": 16, "GivenName": 100, "MiddleName": 100, "FamilyName": 100, "Suffix": 16,
                  "DisplayName": 500, "CompanyName": 100, "PrintOnCheckName": 110}

_TXN = (
    "DocNumber", "TxnDate", "DepartmentRef", "CurrencyRef", "ExchangeRate", "PrivateNote", "TxnStatus", "LinkedTxn",
    "Line", "TxnTaxDetail", "TxnSource", "TaxFormType", "TaxFormNum", "TransactionLocationType", "Tag",
    "TxnApprovalInfo", "RecurDataRef", "CustomField", "AttachableRef", "GlobalTaxCalculation", "HomeTotalAmt",
    "TotalAmt", "ProjectRef",
)
_TXN_LENGTHS = {"DocNumber": 21, "PrivateNote": 4000}

_SALES = (
    "AutoDocNumber", "CustomerRef", "CustomerMemo", "BillAddr", "ShipAddr", "FreeFormAddress", "ShipFromAddr",
    "RemitToRef", "ClassRef", "SalesTermRef", "DueDate", "SalesRepRef", "PONumber", "FOB", "ShipMethodRef",
    "ShipDate", "TrackingNum", "ApplyTaxAfterDiscount", "PrintStatus", "EmailStatus", "BillEmail", "BillEmailCc",
    "BillEmailBcc", "DeliveryInfo", "Balance", "HomeBalance", "DiscountRate", "DiscountAmt",
    "GovtTxnRefIdentifier", "TaxExemptionRef", "DepositToAccountRef", "PaymentMethodRef", "PaymentRefNum",
    "PaymentType", "CreditCardPayment", "AllowIPNPayment", "AllowOnlinePayment", "AllowOnlineCreditCardPayment",
    "AllowOnlineACHPayment", "EInvoiceStatus", "ECloudStatusTimeStamp", "invoiceStatusLog", "callToAction",
    "InvoiceEx", "InvoiceLink", "LessCIS", "ConvenienceFeeDetail", "PaymentDetailsMessage", "Deposit",
    "RecurringInfo", "SalesTermsRef", "ExpirationDate", "AcceptedBy", "AcceptedDate", "RemainingCredit",
)
_SALES_LENGTHS = {**_TXN_LENGTHS, "PaymentRefNum": 21, "PONumber": 15, "TrackingNum": 31}

_EXPENSE = ("APAccountRef", "VendorRef", "VendorAddr", "RemitToAddr", "ShipAddr", "SalesTermRef", "DueDate",
            "Balance", "HomeBalance", "AccountRef", "PaymentType", "EntityRef", "Credit", "PrintStatus",
            "PaymentMethodRef", "PaymentRefNum", "IncludeInAnnualTPAR", "PurchaseEx")

LINE_PROPERTIES = (
    "Id", "LineNum", "Description", "Amount", "LinkedTxn", "DetailType", "PaymentLineDetail",
    "DiscountLineDetail", "TaxLineDetail", "SalesItemLineDetail", "DescriptionLineDetail",
    "ItemBasedExpenseLineDetail", "AccountBasedExpenseLineDetail", "ReimburseLineDetail", "DepositLineDetail",
    "PurchaseOrderItemLineDetail", "SalesOrderItemLineDetail", "ItemReceiptLineDetail", "JournalEntryLineDetail",
    "GroupLineDetail", "SubTotalLineDetail", "TDSLineDetail", "CustomField", "LineEx", "ProjectRef",
    "ReceivedQty", "TxnLineId", "LineNumOverride",
)


@dataclass(frozen=True)
class EntitySpec:
    name: str
    kind: Kind
    sequence: str
    properties: tuple[str, ...]
    lengths: dict[str, int] = field(default_factory=dict)
    order_by: tuple[str, ...] = ()
    name_field: str | None = None
    cdc: bool = True

    @property
    def path(self) -> str:
        return self.name.lower()

    @property
    def known(self) -> frozenset[str]:
        return frozenset(self.properties) | frozenset(COMMON)

    @property
    def is_list(self) -> bool:
        return self.kind == "list"

    @property
    def is_txn(self) -> bool:
        return self.kind == "txn"


def _spec(name: str, kind: Kind, sequence: str, props: tuple[str, ...], lengths: dict[str, int] | None = None,
          order_by: tuple[str, ...] = (), name_field: str | None = None, cdc: bool = True) -> EntitySpec:
    ordered = tuple(dict.fromkeys((*props, *COMMON)))
    return EntitySpec(name, kind, sequence, ordered, dict(lengths or {}), order_by, name_field, cdc)


SPECS: dict[str, EntitySpec] = {s.name: s for s in (
    _spec("Account", "list", "Account",
          ("Name", "SubAccount", "ParentRef", "Description", "FullyQualifiedName", "Active", "Classification",
           "AccountType", "AccountSubType", "AcctNum", "CurrentBalance", "CurrentBalanceWithSubAccounts",
           "CurrencyRef", "TaxCodeRef", "AccountAlias", "TxnLocationType", "OpeningBalance", "OpeningBalanceDate",
           "AccountEx"),
          {"Name": 100, "Description": 100, "AcctNum": 7}, ("FullyQualifiedName",), "Name"),
    _spec("PaymentMethod", "list", "PaymentMethod", ("Name", "Active", "Type"), {"Name": 31}, ("Name",), "Name"),
    _spec("Term", "list", "Term",
          ("Name", "Active", "Type", "DueDays", "DiscountPercent", "DiscountDays", "DayOfMonthDue",
           "DueNextMonthDays", "DiscountDayOfMonth"), {"Name": 31}, ("Name",), "Name"),
    _spec("TaxCode", "readonly", "TaxCode",
          ("Name", "Description", "Active", "Taxable", "TaxGroup", "Hidden", "SalesTaxRateList",
           "PurchaseTaxRateList", "TaxCodeConfigType"), {}, ("Name",), "Name", cdc=False),
    _spec("Item", "list", "Item",
          ("Name", "Sku", "Description", "PurchaseDesc", "Active", "SubItem", "ParentRef", "Level",
           "FullyQualifiedName", "Taxable", "SalesTaxIncluded", "PercentBased", "UnitPrice", "RatePercent", "Type",
           "PaymentMethodRef", "UOMSetRef", "IncomeAccountRef", "PurchaseTaxIncluded", "PurchaseCost",
           "ExpenseAccountRef", "COGSAccountRef", "AssetAccountRef", "PrefVendorRef", "AvgCost", "TrackQtyOnHand",
           "QtyOnHand", "QtyOnPurchaseOrder", "QtyOnSalesOrder", "ReorderPoint", "ManPartNum",
           "DepositToAccountRef", "SalesTaxCodeRef", "PurchaseTaxCodeRef", "InvStartDate", "BuildPoint",
           "PrintGroupedItems", "SpecialItem", "SpecialItemType", "ItemGroupDetail", "ItemAssemblyDetail",
           "AbatementRate", "ReverseChargeRate", "ServiceType", "ItemCategoryType", "ItemEx",
           "TaxClassificationRef", "ClassRef", "Source"),
          {"Name": 100, "Sku": 100, "Description": 4000, "PurchaseDesc": 1000}, ("FullyQualifiedName",), "Name"),
    _spec("Customer", "list", "name",
          (*_PARTY, "FullyQualifiedName", "Taxable", "BillAddr", "ShipAddr", "OtherAddr", "ContactName",
           "AltContactName", "Notes", "Job", "BillWithParent", "ParentRef", "Level", "CustomerTypeRef",
           "SalesTermRef", "SalesRepRef", "PaymentMethodRef", "CCDetail", "PriceLevelRef", "Balance",
           "OpenBalanceDate", "BalanceWithJobs", "CreditLimit", "AcctNum", "CurrencyRef", "OverDueBalance",
           "TotalRevenue", "TotalExpense", "PreferredDeliveryMethod", "ResaleNum", "JobInfo", "TDSEnabled",
           "CustomerEx", "SecondaryTaxIdentifier", "ARAccountRef", "PrimaryTaxIdentifier", "TaxExemptionReasonId",
           "IsProject", "BusinessNumber", "GSTIN", "GSTRegistrationType", "IsCISContractor", "ClientCompanyId",
           "ClientEntityId"),
          {**_PARTY_LENGTHS, "Notes": 2000, "ResaleNum": 16}, ("FullyQualifiedName",), "DisplayName"),
    _spec("Vendor", "list", "name",
          (*_PARTY, "BillAddr", "OtherAddr", "ContactName", "AltContactName", "Notes", "TaxCountry",
           "TaxIdentifier", "BusinessNumber", "ParentRef", "VendorTypeRef", "TermRef", "PrefillAccountRef",
           "Balance", "BillRate", "CostRate", "OpenBalanceDate", "CreditLimit", "AcctNum", "Vendor1099",
           "T4AEligible", "T5018Eligible", "CurrencyRef", "TaxReportingBasis", "APAccountRef",
           "VendorPaymentBankDetail", "HasTPAR", "GSTIN", "GSTRegistrationType", "IsSubContractor", "VendorEx"),
          {**_PARTY_LENGTHS, "Notes": 2000, "AcctNum": 100}, ("DisplayName",), "DisplayName"),
    _spec("Employee", "list", "name",
          (*_PARTY, "PrimaryAddr", "EmployeeType", "EmployeeNumber", "SSN", "BillableTime", "BillRate", "CostRate",
           "BirthDate", "Gender", "HiredDate", "ReleasedDate", "UseTimeEntry", "EmployeeEx"),
          {**_PARTY_LENGTHS, "EmployeeNumber": 100}, ("DisplayName",), "DisplayName"),
    _spec("Invoice", "txn", "txn", (*_TXN, *_SALES), {**_SALES_LENGTHS, "CustomerMemo": 1000}),
    _spec("SalesReceipt", "txn", "txn", (*_TXN, *_SALES), {**_SALES_LENGTHS, "CustomerMemo": 1000}),
    _spec("Estimate", "txn", "txn", (*_TXN, *_SALES), {**_SALES_LENGTHS, "CustomerMemo": 1000}),
    _spec("CreditMemo", "txn", "txn", (*_TXN, *_SALES), {**_SALES_LENGTHS, "CustomerMemo": 1000}),
    _spec("RefundReceipt", "txn", "txn", (*_TXN, *_SALES, "CheckPayment"),
          {**_SALES_LENGTHS, "CustomerMemo": 1000, "PaymentRefNum": 100}),
    _spec("Payment", "txn", "txn",
          (*_TXN, "CustomerRef", "ARAccountRef", "DepositToAccountRef", "PaymentMethodRef", "PaymentRefNum",
           "CreditCardPayment", "UnappliedAmt", "ProcessPayment", "PaymentType", "TxnSource"),
          {**_TXN_LENGTHS, "PaymentRefNum": 21}),
    _spec("Purchase", "txn", "txn", (*_TXN, *_EXPENSE, "Memo"), dict(_TXN_LENGTHS)),
    _spec("Bill", "txn", "txn", (*_TXN, *_EXPENSE), dict(_TXN_LENGTHS)),
    # Intuit's Class and Department references; their Ids come from lists of their own.
    _spec("Class", "list", "Class", ("Name", "SubClass", "ParentRef", "FullyQualifiedName", "Active"),
          {"Name": 100}, ("FullyQualifiedName",), "Name"),
    _spec("Department", "list", "Department",
          ("Name", "SubDepartment", "ParentRef", "FullyQualifiedName", "Active"), {"Name": 100},
          ("FullyQualifiedName",), "Name"),
    _spec("VendorCredit", "txn", "txn", (*_TXN, *_EXPENSE), dict(_TXN_LENGTHS)),
    _spec("PurchaseOrder", "txn", "txn",
          (*_TXN, "VendorRef", "APAccountRef", "ClassRef", "SalesTermRef", "Memo", "POStatus", "DueDate",
           "ShipMethodRef", "ShipTo", "ShipAddr", "VendorAddr", "POEmail", "EmailStatus"),
          {**_TXN_LENGTHS, "Memo": 4000}),
    _spec("BillPayment", "txn", "txn",
          (*_TXN, "VendorRef", "PayType", "CheckPayment", "CreditCardPayment", "APAccountRef", "ProcessBillPayment"),
          dict(_TXN_LENGTHS)),
    _spec("Deposit", "txn", "txn", (*_TXN, "DepositToAccountRef", "CashBack"), dict(_TXN_LENGTHS)),
    _spec("Transfer", "txn", "txn",
          ("TxnDate", "PrivateNote", "FromAccountRef", "ToAccountRef", "Amount", "RecurDataRef",
           "TransactionLocationType", "CurrencyRef", "ExchangeRate"), {"PrivateNote": 4000}),
    _spec("JournalEntry", "txn", "txn", (*_TXN, "Adjustment", "JournalCodeRef", "TaxRateRef"),
          dict(_TXN_LENGTHS)),
    _spec("CompanyInfo", "singleton", "CompanyInfo",
          ("CompanyName", "LegalName", "CompanyAddr", "CustomerCommunicationAddr", "LegalAddr", "CompanyEmailAddr",
           "CustomerCommunicationEmailAddr", "PrimaryPhone", "CompanyStartDate", "EmployerId", "FiscalYearStartMonth",
           "Country", "Email", "WebAddr", "SupportedLanguages", "NameValue", "DefaultTimeZone", "OtherContactInfo"),
          {"CompanyName": 1024, "LegalName": 1024}, cdc=False),
    _spec("Preferences", "singleton", "Preferences",
          ("AccountingInfoPrefs", "AdvancedInventoryPrefs", "ProductAndServicesPrefs", "SalesFormsPrefs",
           "EmailMessagesPrefs", "PrintDocumentPrefs", "VendorAndPurchasesPrefs", "TimeTrackingPrefs", "TaxPrefs",
           "CurrencyPrefs", "ReportPrefs", "OtherPrefs"), cdc=True),
)}

BY_PATH: dict[str, EntitySpec] = {s.path: s for s in SPECS.values()}
BY_LOWER: dict[str, EntitySpec] = {s.name.lower(): s for s in SPECS.values()}

# Sales forms share one automatic number sequence in QuickBooks.
SALES_FORMS = ("Invoice", "SalesReceipt", "CreditMemo", "RefundReceipt", "Estimate")
PARTIES = ("Customer", "Vendor", "Employee")
USD = {"value": "USD", "name": "United States Dollar"}
