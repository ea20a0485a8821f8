"""Name lists: accounts, payment methods, terms, items, customers, vendors, employees.

Each ``normalize_*`` turns a client's (merged) body into the entity QuickBooks
would store: defaults filled in, references followed and named, derived fields
(full names, classifications) computed, and its rules enforced with QuickBooks'
own faults. Names are unique per list (customers, vendors and employees share
one namespace); making a record inactive is QuickBooks' "delete" for lists and
appends " (deleted)" to its name, which frees the original name for reuse.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import ZERO
from qbdesk.sandbox.context import WriteContext, boolean, date_of, decimal_of, enum_of
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.names import check_characters, display_name
from qbdesk.sandbox.schema import PARTIES

DELETED_SUFFIX = " (deleted)"
MAX_LEVEL = 4  # "Up to four levels of nesting can be defined under a top-level parent Customer object."

ACCOUNT_TYPES: dict[str, str] = {
    # AccountType → (Classification) and the sub-type QuickBooks picks when none is given.
    "Bank": "Checking", "Accounts Receivable": "AccountsReceivable", "Other Current Asset": "OtherCurrentAssets",
    "Fixed Asset": "OtherFixedAssets", "Other Asset": "OtherLongTermAssets", "Accounts Payable": "AccountsPayable",
    "Credit Card": "CreditCard", "Other Current Liability": "OtherCurrentLiabilities",
    "Long Term Liability": "OtherLongTermLiabilities", "Equity": "OwnersEquity", "Income": "SalesOfProductIncome",
    "Cost of Goods Sold": "SuppliesMaterialsCogs", "Expense": "OtherMiscellaneousServiceCost",
    "Other Income": "OtherMiscellaneousIncome", "Other Expense": "OtherMiscellaneousExpense",
    "Non-Posting": "OtherNonPosting",
}
CLASSIFICATION = {
    "Bank": "Asset", "Accounts Receivable": "Asset", "Other Current Asset": "Asset", "Fixed Asset": "Asset",
    "Other Asset": "Asset", "Accounts Payable": "Liability", "Credit Card": "Liability",
    "Other Current Liability": "Liability", "Long Term Liability": "Liability", "Equity": "Equity",
    "Income": "Revenue", "Other Income": "Revenue", "Cost of Goods Sold": "Expense", "Expense": "Expense",
    "Other Expense": "Expense", "Non-Posting": "Asset",
}
SUBTYPE_TO_TYPE = {
    "Checking": "Bank", "Savings": "Bank", "MoneyMarket": "Bank", "CashOnHand": "Bank",
    "AccountsReceivable": "Accounts Receivable", "UndepositedFunds": "Other Current Asset",
    "Inventory": "Other Current Asset", "OtherCurrentAssets": "Other Current Asset",
    "MachineryAndEquipment": "Fixed Asset", "Vehicles": "Fixed Asset", "FurnitureAndFixtures": "Fixed Asset",
    "OtherFixedAssets": "Fixed Asset", "OtherLongTermAssets": "Other Asset", "AccountsPayable": "Accounts Payable",
    "CreditCard": "Credit Card", "SalesTaxPayable": "Other Current Liability",
    "OtherCurrentLiabilities": "Other Current Liability", "NotesPayable": "Long Term Liability",
    "OtherLongTermLiabilities": "Long Term Liability", "OpeningBalanceEquity": "Equity", "OwnersEquity": "Equity",
    "RetainedEarnings": "Equity", "ServiceFeeIncome": "Income", "SalesOfProductIncome": "Income",
    "OtherPrimaryIncome": "Income", "DiscountsRefundsGiven": "Income",
    "SuppliesMaterialsCogs": "Cost of Goods Sold", "CostOfLabourCos": "Cost of Goods Sold",
    "AdvertisingPromotional": "Expense", "RentOrLeaseOfBuildings": "Expense", "Utilities": "Expense",
    "OfficeGeneralAdministrativeExpenses": "Expense", "Auto": "Expense", "RepairMaintenance": "Expense",
    "SuppliesMaterials": "Expense", "BankCharges": "Expense", "OtherMiscellaneousServiceCost": "Expense",
    "InterestEarned": "Other Income", "OtherMiscellaneousIncome": "Other Income",
    "PenaltiesSettlements": "Other Expense", "OtherMiscellaneousExpense": "Other Expense",
}
# Which account types a product or service may point at (QuickBooks refuses e.g. A/R and A/P: 6430).
ITEM_INCOME_TYPES = ("Income", "Other Income")
ITEM_EXPENSE_TYPES = ("Expense", "Cost of Goods Sold", "Other Expense")
ITEM_ASSET_TYPES = ("Other Current Asset",)
ITEM_TYPES = ("Service", "NonInventory", "Inventory", "Category", "Group")


def _defaults(data: dict[str, Any]) -> None:
    data["Active"] = boolean(data.get("Active"), True)
    data["domain"] = "QBO"
    data["sparse"] = False


def normalize_account(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "Name")
    ctx.check()
    check_characters("Account", data)
    acc_type, subtype = data.get("AccountType"), data.get("AccountSubType")
    if not acc_type and not subtype:
        raise faults.account_type_missing()
    if acc_type:
        acc_type = enum_of(acc_type, CLASSIFICATION, "AccountType")
    else:
        acc_type = SUBTYPE_TO_TYPE.get(str(subtype))
        if acc_type is None:
            raise QboFault(faults.invalid_enumeration(str(subtype), "AccountSubType"))
    data["AccountType"] = acc_type
    data["AccountSubType"] = subtype or ACCOUNT_TYPES[acc_type]
    data["Classification"] = CLASSIFICATION[acc_type]
    parent = None
    if data.get("ParentRef"):
        parent = ctx.resolve(data["ParentRef"], "Account", "ParentRef")
    data["SubAccount"] = parent is not None
    name = str(data["Name"])
    data["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{name}" if parent else name
    for key in ("CurrentBalance", "CurrentBalanceWithSubAccounts"):
        data[key] = (existing or {}).get(key, ZERO)
    _defaults(data)
    return data


def normalize_payment_method(ctx: WriteContext, data: dict[str, Any],
                             existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "Name")
    ctx.check()
    data["Type"] = enum_of(data.get("Type") or "NON_CREDIT_CARD", ("CREDIT_CARD", "NON_CREDIT_CARD"), "Type")
    _defaults(data)
    return data


def normalize_term(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "Name")
    ctx.check()
    if data.get("DayOfMonthDue") is not None:
        data["Type"] = "DATE_DRIVEN"
        data["DayOfMonthDue"] = int(decimal_of(data["DayOfMonthDue"], "DayOfMonthDue"))
    else:
        data["Type"] = "STANDARD"
        data["DueDays"] = int(decimal_of(data.get("DueDays") or 0, "DueDays"))
    _defaults(data)
    return data


def normalize_item(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "Name")
    ctx.check()
    check_characters("Item", data)
    item_type = enum_of(data.get("Type") or (existing or {}).get("Type") or "NonInventory", ITEM_TYPES, "Type")
    data["Type"] = item_type
    if item_type != "Inventory":
        for name in ("AssetAccountRef", "QtyOnHand", "InvStartDate"):
            if data.get(name) is not None:
                raise QboFault(faults.invalid_property(name))
    parent = ctx.resolve(data["ParentRef"], "Item", "ParentRef") if data.get("ParentRef") else None
    data["SubItem"] = parent is not None
    if parent is not None:
        data["Level"] = int(parent.get("Level") or 0) + 1
    data["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{data['Name']}" if parent else str(data["Name"])
    if item_type in ("Category", "Group"):
        _defaults(data)
        return data
    income = data.get("IncomeAccountRef")
    if income:
        account = ctx.resolve(income, "Account", "IncomeAccountRef")
        if account.get("AccountType") not in ITEM_INCOME_TYPES:
            raise faults.invalid_account_type(faults.ACCOUNT_TYPE_ITEM, "IncomeAccountRef")
    elif item_type in ("Service", "Inventory") or not data.get("ExpenseAccountRef"):
        # TaxDome's table, item 8: QuickBooks will not keep a product or service without one.
        raise QboFault(faults.required_param_text("IncomeAccountRef", "Please specify the income account"))
    if data.get("ExpenseAccountRef"):
        account = ctx.resolve(data["ExpenseAccountRef"], "Account", "ExpenseAccountRef")
        if account.get("AccountType") not in ITEM_EXPENSE_TYPES:
            raise faults.invalid_account_type(faults.ACCOUNT_TYPE_ITEM, "ExpenseAccountRef")
    if item_type == "Inventory":
        if not data.get("AssetAccountRef"):
            raise QboFault(faults.required_param_text(
                "AssetAccountRef",
                "An inventory asset account is required if you are tracking inventory quantities for this product."))
        account = ctx.resolve(data["AssetAccountRef"], "Account", "AssetAccountRef")
        if account.get("AccountType") not in ITEM_ASSET_TYPES:
            raise faults.invalid_account_type(faults.ACCOUNT_TYPE_ITEM, "AssetAccountRef")
        if not data.get("ExpenseAccountRef"):
            ctx.errors.append(faults.required_param("ExpenseAccountRef"))
        ctx.require(data, "InvStartDate")
        if data.get("QtyOnHand") is None:
            ctx.errors.append(faults.required_param("QtyOnHand"))
        ctx.check()
        data["TrackQtyOnHand"] = True
        data["QtyOnHand"] = decimal_of(data["QtyOnHand"], "QtyOnHand")
        data["InvStartDate"] = date_of(data["InvStartDate"], "InvStartDate").isoformat()
    else:
        data["TrackQtyOnHand"] = False
    for name in ("UnitPrice", "PurchaseCost"):
        data[name] = decimal_of(data[name], name) if data.get(name) is not None else Decimal(0)
    for name in ("SalesTaxCodeRef", "PurchaseTaxCodeRef"):
        if data.get(name):
            ctx.resolve(data[name], "TaxCode", name)
    if data.get("PrefVendorRef"):
        ctx.resolve(data["PrefVendorRef"], "Vendor", "PrefVendorRef")
    data["Taxable"] = boolean(data.get("Taxable"), False)
    data["SalesTaxIncluded"] = boolean(data.get("SalesTaxIncluded"), False)
    _defaults(data)
    return data


def _party_names(data: dict[str, Any]) -> None:
    """Reserved characters refused; DisplayName defaults from the name parts, as QuickBooks fills it in."""
    check_characters("Customer", data)
    data["DisplayName"] = display_name(data)
    email = (data.get("PrimaryEmailAddr") or {}).get("Address") if isinstance(data.get("PrimaryEmailAddr"), dict) \
        else None
    if email and ("@" not in str(email) or "." not in str(email)):
        # "The PrimaryEmailAddress attribute must contain an at sign (@) and dot (.)."
        raise faults.invalid_email("PrimaryEmailAddr.Address")
    if not data.get("PrintOnCheckName"):
        data["PrintOnCheckName"] = str(data.get("CompanyName") or data["DisplayName"])[:110]


def normalize_customer(ctx: WriteContext, data: dict[str, Any],
                       existing: dict[str, Any] | None) -> dict[str, Any]:
    _party_names(data)
    parent = ctx.resolve(data["ParentRef"], "Customer", "ParentRef") if data.get("ParentRef") else None
    if parent is not None:
        if existing is not None and _descends_from(ctx, parent, str(existing["Id"])):
            raise faults.parent_cannot_be_child()
        level = int(parent.get("Level") or 0) + 1
        if level > MAX_LEVEL:
            raise faults.sub_level_limit()
        data["Job"] = boolean(data.get("Job"), True)
        data["Level"] = level
        data["BillWithParent"] = boolean(data.get("BillWithParent"), False)
        data["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{data['DisplayName']}"
    else:
        data["Job"] = False
        data["BillWithParent"] = False
        data.pop("Level", None)
        data.pop("ParentRef", None)
        data["FullyQualifiedName"] = str(data["DisplayName"])
    if data.get("SalesTermRef"):
        ctx.resolve(data["SalesTermRef"], "Term", "SalesTermRef")
    if data.get("PaymentMethodRef"):
        ctx.resolve(data["PaymentMethodRef"], "PaymentMethod", "PaymentMethodRef")
    if not data.get("DefaultTaxCodeRef") and existing is not None and existing.get("DefaultTaxCodeRef"):
        data["DefaultTaxCodeRef"] = existing["DefaultTaxCodeRef"]  # QuickBooks keeps it through a full update
    if data.get("DefaultTaxCodeRef"):
        ctx.resolve(data["DefaultTaxCodeRef"], "TaxCode", "DefaultTaxCodeRef")
    elif existing is None:
        taxable = next((t for t in ctx.company.all("TaxCode") if t.get("Taxable") and t.get("Active", True)), None)
        if taxable is not None:
            data["DefaultTaxCodeRef"] = {"value": str(taxable["Id"])}
    data["Taxable"] = boolean(data.get("Taxable"), True)
    data.setdefault("PreferredDeliveryMethod", "Print")
    for key in ("Balance", "BalanceWithJobs"):
        data[key] = (existing or {}).get(key, ZERO)
    _defaults(data)
    return data


def _descends_from(ctx: WriteContext, candidate: dict[str, Any], ancestor_id: str) -> bool:
    """Whether ``candidate`` is ``ancestor_id`` or one of its jobs (a customer cannot be its own parent)."""
    seen: set[str] = set()
    node: dict[str, Any] | None = candidate
    while node is not None and str(node["Id"]) not in seen:
        if str(node["Id"]) == ancestor_id:
            return True
        seen.add(str(node["Id"]))
        parent_ref = node.get("ParentRef")
        node = ctx.company.get("Customer", str(parent_ref["value"])) if isinstance(parent_ref, dict) else None
    return False


def normalize_vendor(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    _party_names(data)
    if data.get("TermRef"):
        ctx.resolve(data["TermRef"], "Term", "TermRef")
    if data.get("APAccountRef"):
        ctx.resolve(data["APAccountRef"], "Account", "APAccountRef")
    data["Balance"] = (existing or {}).get("Balance", ZERO)
    data["Vendor1099"] = boolean(data.get("Vendor1099"), False)
    _defaults(data)
    return data


def normalize_employee(ctx: WriteContext, data: dict[str, Any],
                       existing: dict[str, Any] | None) -> dict[str, Any]:
    _party_names(data)
    if not data.get("GivenName") and not data.get("FamilyName"):
        # QuickBooks prints checks for employees by their own names, so it needs one of them.
        parts = str(data["DisplayName"]).split(" ", 1)
        data["GivenName"] = parts[0]
        if len(parts) > 1:
            data["FamilyName"] = parts[1]
    data["BillableTime"] = boolean(data.get("BillableTime"), False)
    _defaults(data)
    return data


NORMALIZERS: dict[str, Callable[[WriteContext, dict[str, Any], dict[str, Any] | None], dict[str, Any]]] = {
    "Account": normalize_account, "PaymentMethod": normalize_payment_method, "Term": normalize_term,
    "Item": normalize_item, "Customer": normalize_customer, "Vendor": normalize_vendor,
    "Employee": normalize_employee,
}


def name_field(entity: str) -> str:
    return "DisplayName" if entity in PARTIES else "Name"


def finish_list(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any] | None) -> None:
    """Deactivation renames; then names must be unique in their list."""
    field = name_field(entity)
    was_active = existing is None or existing.get("Active", True)
    name = str(data[field])
    if not data["Active"] and was_active:
        if entity == "Customer":
            _check_no_balance(ctx, data, existing)
        if not name.endswith(DELETED_SUFFIX):
            name += DELETED_SUFFIX
    elif data["Active"] and not was_active and name.endswith(DELETED_SUFFIX):
        name = name[: -len(DELETED_SUFFIX)]
    data[field] = name
    if "FullyQualifiedName" in data:
        prefix, _, _last = str(data["FullyQualifiedName"]).rpartition(":")
        data["FullyQualifiedName"] = f"{prefix}:{name}" if prefix else name
    _check_unique(ctx, entity, data, existing)


def _check_no_balance(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> None:
    if existing is not None and Decimal(existing.get("BalanceWithJobs") or 0) != 0:
        raise faults.has_balance("customer")


def _check_unique(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any] | None) -> None:
    group = "party" if entity in PARTIES else entity
    # "The DisplayName attribute must be unique across all other customer, employee, and vendor objects":
    # jobs included. Accounts and items are unique by their full name (a sub-item may repeat a name).
    name = data.get("FullyQualifiedName") if entity in ("Account", "Item") else None
    key_name = str(name or data[name_field(entity)])
    owner = ctx.company.name_owner(group, key_name)
    own_id = str(existing["Id"]) if existing is not None else None
    if owner is None or (owner[0] == entity and owner[1] == own_id):
        return
    if entity in PARTIES:
        raise faults.duplicate_name(faults.NAME_SAME_TYPE if owner[0] == entity else faults.NAME_OTHER_PARTY)
    if entity == "Account":
        raise faults.duplicate_name(faults.NAME_ACCOUNT)
    raise faults.duplicate_name(faults.NAME_PLAIN)
