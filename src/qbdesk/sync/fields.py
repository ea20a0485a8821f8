"""Records as the fields a person knows, and the differences between two versions of one record.

Both sides are compared in one form — QuickBooks' JSON, the company file's record
turned into the body qbdesk would send — so the comparison means "would sending
this change anything". Each field is named and labelled as QuickBooks' screens do
(Address, E-mail, Terms), references show the name of what they point to, amounts
are exact decimal text and lines read as a bookkeeper writes them. Only the fields
qbdesk maps take part, so a field QuickBooks has and the company file does not
never shows as a difference, and a record whose twin changed only there needs no
write.

The window translates the labels (context ``Fields``); the command line and the
CSV of ``qbdesk plan --ops`` print them as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

Json = dict[str, Any]
# (entity, QuickBooks Id or "~Entity:local id" for a record not in QuickBooks yet) -> its name
Names = Callable[[str, str], str | None]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Field:
    key: str            # a path in QuickBooks' JSON ("BillAddr.City"), or "Line"
    label: str
    kind: str = "text"  # text | money | number | date | bool | ref:Entity | linked:Entity | lines | applications


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs: its key, its label, and its value on each side (None: empty)."""

    field: str
    label: str
    here: str | None
    qbo: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"field": self.field, "label": self.label, "here": self.here, "qbo": self.qbo}


def _f(key: str, label: str, kind: str = "text") -> Field:
    return Field(key, label, kind)


_ACTIVE = _f("Active", QT_TRANSLATE_NOOP("Fields", "Active"), "bool")
_PARTY = (
    _f("DisplayName", QT_TRANSLATE_NOOP("Fields", "Display name")),
    _f("CompanyName", QT_TRANSLATE_NOOP("Fields", "Company")),
    _f("GivenName", QT_TRANSLATE_NOOP("Fields", "First name")),
    _f("FamilyName", QT_TRANSLATE_NOOP("Fields", "Last name")),
    _f("PrimaryEmailAddr.Address", QT_TRANSLATE_NOOP("Fields", "E-mail")),
    _f("PrimaryPhone.FreeFormNumber", QT_TRANSLATE_NOOP("Fields", "Phone")),
    _f("BillAddr.Line1", QT_TRANSLATE_NOOP("Fields", "Address")),
    _f("BillAddr.City", QT_TRANSLATE_NOOP("Fields", "City")),
    _f("BillAddr.CountrySubDivisionCode", QT_TRANSLATE_NOOP("Fields", "State / province")),
    _f("BillAddr.PostalCode", QT_TRANSLATE_NOOP("Fields", "Postal code")),
    _f("BillAddr.Country", QT_TRANSLATE_NOOP("Fields", "Country")),
    _f("Notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    _ACTIVE,
)
_NUMBER = _f("DocNumber", QT_TRANSLATE_NOOP("Fields", "Number"))
_DATE = _f("TxnDate", QT_TRANSLATE_NOOP("Fields", "Date"), "date")
_CUSTOMER = _f("CustomerRef", QT_TRANSLATE_NOOP("Fields", "Customer"), "ref:Customer")
_MESSAGE = _f("CustomerMemo.value", QT_TRANSLATE_NOOP("Fields", "Message to the customer"))
_NOTE = _f("PrivateNote", QT_TRANSLATE_NOOP("Fields", "Private note"))
_LINES = _f("Line", QT_TRANSLATE_NOOP("Fields", "Line"), "lines")
_METHOD = _f("PaymentMethodRef", QT_TRANSLATE_NOOP("Fields", "Payment method"), "ref:PaymentMethod")
_TERMS = _f("SalesTermRef", QT_TRANSLATE_NOOP("Fields", "Terms"), "ref:Term")
_DUE = _f("DueDate", QT_TRANSLATE_NOOP("Fields", "Due date"), "date")
_LOCATION = _f("DepartmentRef", QT_TRANSLATE_NOOP("Fields", "Location"), "ref:Department")
_VENDOR = _f("VendorRef", QT_TRANSLATE_NOOP("Fields", "Vendor"), "ref:Vendor")
_REF_NO = _f("DocNumber", QT_TRANSLATE_NOOP("Fields", "Ref no."))
_AP = _f("APAccountRef", QT_TRANSLATE_NOOP("Fields", "Accounts payable account"), "ref:Account")
_EMAIL = _f("BillEmail.Address", QT_TRANSLATE_NOOP("Fields", "Billing e-mail"))
_APPLIED = _f("Line", QT_TRANSLATE_NOOP("Fields", "Applied to"), "applications")

FIELDS: dict[str, tuple[Field, ...]] = {
    "Account": (
        _f("Name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _f("AccountType", QT_TRANSLATE_NOOP("Fields", "Account type")),
        _f("AccountSubType", QT_TRANSLATE_NOOP("Fields", "Detail type")),
        _f("AcctNum", QT_TRANSLATE_NOOP("Fields", "Account number")),
        _f("Description", QT_TRANSLATE_NOOP("Fields", "Description")),
        _f("ParentRef", QT_TRANSLATE_NOOP("Fields", "Sub-account of"), "ref:Account"),
        _ACTIVE,
    ),
    "PaymentMethod": (
        _f("Name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _f("Type", QT_TRANSLATE_NOOP("Fields", "Type")),
        _ACTIVE,
    ),
    "Term": (
        _f("Name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _f("DueDays", QT_TRANSLATE_NOOP("Fields", "Due in (days)"), "number"),
        _f("DayOfMonthDue", QT_TRANSLATE_NOOP("Fields", "Due on day of month"), "number"),
        _f("DiscountPercent", QT_TRANSLATE_NOOP("Fields", "Discount (%)"), "number"),
        _f("DiscountDays", QT_TRANSLATE_NOOP("Fields", "Discount if paid within (days)"), "number"),
        _ACTIVE,
    ),
    "TaxCode": (_f("Name", QT_TRANSLATE_NOOP("Fields", "Name")), _ACTIVE),
    "Item": (
        _f("Name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _f("Type", QT_TRANSLATE_NOOP("Fields", "Type")),
        _f("Sku", QT_TRANSLATE_NOOP("Fields", "SKU")),
        _f("Description", QT_TRANSLATE_NOOP("Fields", "Sales description")),
        _f("UnitPrice", QT_TRANSLATE_NOOP("Fields", "Sales price"), "money"),
        _f("Taxable", QT_TRANSLATE_NOOP("Fields", "Taxable"), "bool"),
        _f("IncomeAccountRef", QT_TRANSLATE_NOOP("Fields", "Income account"), "ref:Account"),
        _f("PurchaseDesc", QT_TRANSLATE_NOOP("Fields", "Purchase description")),
        _f("PurchaseCost", QT_TRANSLATE_NOOP("Fields", "Cost"), "money"),
        _f("ExpenseAccountRef", QT_TRANSLATE_NOOP("Fields", "Expense account"), "ref:Account"),
        _f("AssetAccountRef", QT_TRANSLATE_NOOP("Fields", "Inventory asset account"), "ref:Account"),
        _f("QtyOnHand", QT_TRANSLATE_NOOP("Fields", "Quantity on hand"), "number"),
        _f("InvStartDate", QT_TRANSLATE_NOOP("Fields", "Quantity as of"), "date"),
        _ACTIVE,
    ),
    "Class": (_f("Name", QT_TRANSLATE_NOOP("Fields", "Name")),
              _f("ParentRef", QT_TRANSLATE_NOOP("Fields", "Sub-class of"), "ref:Class"), _ACTIVE),
    "Department": (_f("Name", QT_TRANSLATE_NOOP("Fields", "Name")),
                   _f("ParentRef", QT_TRANSLATE_NOOP("Fields", "Sub-location of"), "ref:Department"), _ACTIVE),
    "Customer": (*_PARTY, _f("ParentRef", QT_TRANSLATE_NOOP("Fields", "Sub-customer of"), "ref:Customer"),
                 _TERMS),
    "Vendor": (*_PARTY, _f("AcctNum", QT_TRANSLATE_NOOP("Fields", "Account number")),
               _f("TermRef", QT_TRANSLATE_NOOP("Fields", "Terms"), "ref:Term")),
    "Estimate": (_NUMBER, _DATE, _CUSTOMER, _f("ExpirationDate", QT_TRANSLATE_NOOP("Fields", "Expiration date"),
                                                 "date"),
                 _f("TxnStatus", QT_TRANSLATE_NOOP("Fields", "Status")), _EMAIL, _MESSAGE, _NOTE, _LOCATION, _LINES),
    "Invoice": (_NUMBER, _DATE, _CUSTOMER, _DUE, _TERMS, _EMAIL, _MESSAGE, _NOTE, _LOCATION,
                _f("LinkedTxn", QT_TRANSLATE_NOOP("Fields", "Estimate"), "linked:Estimate"), _LINES),
    "CreditMemo": (_NUMBER, _DATE, _CUSTOMER, _MESSAGE, _NOTE, _LOCATION, _LINES),
    "Payment": (_DATE, _CUSTOMER, _f("TotalAmt", QT_TRANSLATE_NOOP("Fields", "Amount"), "money"), _METHOD,
                _f("DepositToAccountRef", QT_TRANSLATE_NOOP("Fields", "Deposit to"), "ref:Account"),
                _f("PaymentRefNum", QT_TRANSLATE_NOOP("Fields", "Reference number")), _NOTE, _APPLIED),
    "SalesReceipt": (_NUMBER, _DATE, _CUSTOMER,
                     _f("DepositToAccountRef", QT_TRANSLATE_NOOP("Fields", "Deposit to"), "ref:Account"), _METHOD,
                     _f("PaymentRefNum", QT_TRANSLATE_NOOP("Fields", "Reference number")), _MESSAGE, _NOTE,
                     _LOCATION, _LINES),
    "RefundReceipt": (_NUMBER, _DATE, _CUSTOMER,
                      _f("DepositToAccountRef", QT_TRANSLATE_NOOP("Fields", "Refund from"), "ref:Account"),
                      _METHOD, _MESSAGE, _NOTE, _LOCATION, _LINES),
    "Deposit": (_f("DepositToAccountRef", QT_TRANSLATE_NOOP("Fields", "Account"), "ref:Account"), _DATE, _NOTE,
                _LOCATION, _LINES),
    "Purchase": (_DATE, _f("PaymentType", QT_TRANSLATE_NOOP("Fields", "Payment type")),
                 _f("AccountRef", QT_TRANSLATE_NOOP("Fields", "Payment account"), "ref:Account"),
                 _f("EntityRef", QT_TRANSLATE_NOOP("Fields", "Payee"), "ref:Vendor"), _METHOD, _NUMBER, _NOTE,
                 _LOCATION, _LINES),
    "Bill": (_VENDOR, _NUMBER, _DATE, _DUE, _TERMS, _AP, _NOTE, _LOCATION, _LINES),
    "VendorCredit": (_VENDOR, _REF_NO, _DATE, _AP, _NOTE, _LOCATION, _LINES),
    "BillPayment": (_VENDOR, _DATE, _f("PayType", QT_TRANSLATE_NOOP("Fields", "Payment type")),
                    _f("CheckPayment.BankAccountRef", QT_TRANSLATE_NOOP("Fields", "Bank account"), "ref:Account"),
                    _f("CreditCardPayment.CCAccountRef", QT_TRANSLATE_NOOP("Fields", "Credit card"), "ref:Account"),
                    _REF_NO, _f("TotalAmt", QT_TRANSLATE_NOOP("Fields", "Amount"), "money"), _AP, _NOTE, _LOCATION,
                    _APPLIED),
    "PurchaseOrder": (_VENDOR, _f("DocNumber", QT_TRANSLATE_NOOP("Fields", "P.O. no.")), _DATE, _DUE, _TERMS,
                      _f("POStatus", QT_TRANSLATE_NOOP("Fields", "Status")), _AP,
                      _f("Memo", QT_TRANSLATE_NOOP("Fields", "Message to vendor")), _NOTE, _LOCATION, _LINES),
    "Transfer": (_f("FromAccountRef", QT_TRANSLATE_NOOP("Fields", "Transfer funds from"), "ref:Account"),
                 _f("ToAccountRef", QT_TRANSLATE_NOOP("Fields", "Transfer funds to"), "ref:Account"),
                 _f("Amount", QT_TRANSLATE_NOOP("Fields", "Amount"), "money"), _DATE,
                 _f("PrivateNote", QT_TRANSLATE_NOOP("Fields", "Memo"))),
    "JournalEntry": (_f("DocNumber", QT_TRANSLATE_NOOP("Fields", "Journal no.")), _DATE,
                     _f("Adjustment", QT_TRANSLATE_NOOP("Fields", "Adjusting entry"), "bool"),
                     _f("PrivateNote", QT_TRANSLATE_NOOP("Fields", "Memo")), _LINES),
}


def _get(doc: Json, path: str) -> Any:
    value: Any = doc
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def money(value: Any) -> str | None:
    """An amount as exact text with two decimals (the way QuickBooks shows it)."""
    amount = _decimal(value)
    return None if amount is None else format(amount.quantize(Decimal("0.01")), "f")


def number(value: Any) -> str | None:
    """A quantity or rate without trailing zeros (2, 2.5, 0.125)."""
    amount = _decimal(value)
    if amount is None:
        return None
    normal = amount.normalize()
    return format(normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal, "f")


def _ref_id(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None


def _ref_text(entity: str, value: Any, names: Names) -> str | None:
    ref = _ref_id(value)
    if ref is None:
        return None
    named = names(entity, ref) or (value.get("name") if isinstance(value, dict) else None)
    return str(named) if named else f"#{ref}"


# Transactions a line may link (a deposit's payments and sales receipts, a payment's invoices and credit memos,
# a bill payment's bills and vendor credits), whose link is the line's content.
LINKABLE = frozenset({"Invoice", "CreditMemo", "Payment", "SalesReceipt", "Bill", "VendorCredit", "Estimate"})


def _entity_text(detail: Json, names: Names) -> str | None:
    """The customer or vendor a line names: ``CustomerRef``, or ``Entity`` as a journal entry
    (``{Type, EntityRef}``) or a deposit (a reference with a ``type``) writes it."""
    customer = _ref_text("Customer", detail.get("CustomerRef"), names)
    if customer:
        return customer
    entity = detail.get("Entity")
    if not isinstance(entity, dict):
        return None
    kind = entity.get("Type") or entity.get("type")
    target = entity.get("EntityRef") if "EntityRef" in entity else entity
    return _ref_text(str(kind), target, names) if kind in ("Customer", "Vendor") else None


def _line_text(line: Json, names: Names) -> str | None:
    """One line as a bookkeeper reads it: what, how many at what price, the amount.

    A journal entry's credits read as negative amounts (no words, so no language); a line that only links
    another transaction reads as that transaction and the amount.
    """
    detail_type = line.get("DetailType")
    detail = line.get(detail_type) if isinstance(detail_type, str) else None
    if not isinstance(detail, dict):
        links = [lt for lt in line.get("LinkedTxn") or () if isinstance(lt, dict) and lt.get("TxnType") in LINKABLE]
        if not links:
            return None
        target = _ref_text(str(links[0]["TxnType"]), {"value": links[0].get("TxnId")}, names)
        return f"{target} — {money(line.get('Amount')) or '0.00'}"
    parts: list[str] = []
    item = _ref_text("Item", detail.get("ItemRef"), names)
    account = _ref_text("Account", detail.get("AccountRef"), names)
    what = item or account
    if what:
        parts.append(what)
    qty, price = number(detail.get("Qty")), number(detail.get("UnitPrice"))
    if qty is not None and price is not None and item is not None:
        parts.append(f"{qty} × {price}")
    description = line.get("Description")
    if description:
        parts.append(str(description).strip())
    for text in (_entity_text(detail, names), _ref_text("Class", detail.get("ClassRef"), names),
                 _ref_text("Department", detail.get("DepartmentRef"), names)):
        if text:
            parts.append(text)
    amount = money(line.get("Amount")) or "0.00"
    if detail.get("PostingType") == "Credit":
        amount = money(-Decimal(amount)) or amount
    parts.append(amount)
    return " — ".join(parts)


def _lines(doc: Json, names: Names) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    lines = [line for line in doc.get("Line") or () if isinstance(line, dict)]
    written = [text for line in lines if (text := _line_text(line, names)) is not None]
    for n, text in enumerate(written, start=1):
        out[f"Line.{n}"] = text
    return out


def _applications(doc: Json, names: Names) -> dict[str, str | None]:
    """A payment's (or bill payment's) lines: which invoice or bill it pays, which credit it uses, how much."""
    out: dict[str, str | None] = {}
    for line in doc.get("Line") or ():
        for linked in line.get("LinkedTxn") or ():
            kind = linked.get("TxnType")
            if kind not in ("Invoice", "CreditMemo", "Bill", "VendorCredit"):
                continue
            target = _ref_text(str(kind), {"value": linked.get("TxnId")}, names)
            out[f"Line.{target}"] = money(line.get("Amount"))
    return out


def _linked(doc: Json, entity: str, names: Names) -> str | None:
    """The transaction of type ``entity`` a record's ``LinkedTxn`` names (an invoice's estimate)."""
    for linked in doc.get("LinkedTxn") or ():
        if isinstance(linked, dict) and linked.get("TxnType") == entity:
            return _ref_text(entity, {"value": linked.get("TxnId")}, names)
    return None


def describe(entity: str, doc: Json, names: Names) -> dict[str, str | None]:
    """The fields of ``doc`` (QuickBooks JSON of ``entity``) as text a person reads, by field key.

    Lines become one entry each (``Line.1``, ``Line.2``…; a payment's ``Line.<invoice>``),
    so a changed line shows alone.
    """
    out: dict[str, str | None] = {}
    for spec in FIELDS.get(entity, ()):
        raw = _get(doc, spec.key)
        if spec.kind == "lines":
            out.update(_lines(doc, names))
        elif spec.kind == "applications":
            out.update(_applications(doc, names))
        elif spec.kind.startswith("ref:"):
            out[spec.key] = _ref_text(spec.kind[4:], raw, names)
        elif spec.kind.startswith("linked:"):
            out[spec.key] = _linked(doc, spec.kind[7:], names)
        elif spec.kind == "money":
            out[spec.key] = money(raw)
        elif spec.kind == "number":
            out[spec.key] = number(raw)
        elif spec.kind == "bool":
            out[spec.key] = None if raw is None else ("yes" if raw is True or raw == "true" else "no")
        else:
            text = str(raw).strip() if raw is not None else ""
            out[spec.key] = text or None
    return out


def label_of(entity: str, key: str) -> str:
    """The label of field ``key`` (a line's key is labelled by its lines field: "Line 2")."""
    for spec in FIELDS.get(entity, ()):
        if spec.key == key:
            return spec.label
        if spec.kind in ("lines", "applications") and key.startswith("Line."):
            return f"{spec.label} {key[5:]}"
    return key


def differences(entity: str, here: Json, qbo: Json, names: Names) -> list[FieldChange]:
    """The fields that differ between this company's version and QuickBooks', in the fields' order.

    An active flag QuickBooks leaves out counts as active, as QuickBooks reads it.
    """
    mine, theirs = describe(entity, here, names), describe(entity, qbo, names)
    for side in (mine, theirs):
        if "Active" in side and side["Active"] is None:
            side["Active"] = "yes"
    keys = list(dict.fromkeys([*mine, *theirs]))
    return [FieldChange(key, label_of(entity, key), mine.get(key), theirs.get(key))
            for key in keys if mine.get(key) != theirs.get(key)]


def fingerprint(entity: str, doc: Json, *, with_number: bool = True) -> tuple[str, ...]:
    """What identifies a write's content in QuickBooks' answer, whatever QuickBooks added to it.

    Settling a create whose answer was lost compares this of the body sent with
    this of each record created since: names for lists, the party, date, number,
    amounts of the lines for transactions. References compare by Id (both sides
    carry QuickBooks Ids), and nothing QuickBooks computes (totals, balances) takes part
    except a payment's amount, which is its own. Without ``with_number`` the document number is left
    out: a body sent without one got QuickBooks' number.
    """
    def text(path: str) -> str:
        value = _get(doc, path)
        return " ".join(str(value).split()).casefold() if value not in (None, "") else ""

    refs = ("ParentRef", "CustomerRef", "VendorRef", "AccountRef", "EntityRef", "FromAccountRef", "ToAccountRef")
    names = ("Name", "DisplayName", "DocNumber", "TxnDate", "PaymentRefNum")
    parts = [text(name) if with_number or name != "DocNumber" else "" for name in names]
    parts += [_ref_id(doc.get(ref)) or "" for ref in refs]
    if entity == "Deposit":  # elsewhere QuickBooks fills the account in when none is sent (Undeposited Funds)
        parts.append(_ref_id(doc.get("DepositToAccountRef")) or "")
    if entity in ("Payment", "BillPayment"):  # their amount is their own; other totals QuickBooks computes
        parts.append(money(doc.get("TotalAmt")) or "")
    parts.append(money(doc.get("Amount")) or "")  # a transfer's
    amounts: Iterable[str | None] = (money(line.get("Amount")) for line in doc.get("Line") or ()
                                     if isinstance(line, dict) and line.get("DetailType") != "SubTotalLineDetail")
    parts.append(",".join(sorted(a or "" for a in amounts)))
    return tuple(parts)
