"""QuickBooks' faults, with the exact codes, messages and details it sends.

Every text here comes from a recorded response, Intuit's documentation, or an
integrator's published copy of a real error (the seed documents): a client that
recognises these in the sandbox recognises them in production. Keeping them in
one catalogue means a rule never improvises its own wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

VALIDATION = "ValidationFault"

INACTIVE_DETAIL = (
    "Something you're trying to use has been made inactive. "
    "Check the fields with accounts, customers, items, vendors or employees."
)


@dataclass(frozen=True)
class FaultError:
    code: str
    message: str
    detail: str
    element: str | None = None

    def as_json(self, *, batch: bool = False) -> dict[str, Any]:
        """Top-level faults carry ``element`` only when it names a field; batch items always do."""
        out: dict[str, Any] = {"Message": self.message, "Detail": self.detail, "code": self.code}
        if self.element or batch:
            out["element"] = self.element or ""
        return out


class QboFault(Exception):
    """A refusal QuickBooks would send: one or more errors, a fault type and an HTTP status."""

    def __init__(self, *errors: FaultError, fault_type: str = VALIDATION, status: int = 400,
                 with_time: bool = True) -> None:
        super().__init__("; ".join(f"{e.code} {e.message}: {e.detail}" for e in errors))
        self.errors = errors
        self.fault_type = fault_type
        self.status = status
        self.with_time = with_time

    @property
    def code(self) -> str:
        return self.errors[0].code

    def as_json(self, *, batch: bool = False) -> dict[str, Any]:
        return {"Error": [e.as_json(batch=batch) for e in self.errors], "type": self.fault_type}


def _one(code: str, message: str, detail: str, element: str | None = None, **kw: Any) -> QboFault:
    return QboFault(FaultError(code, message, detail, element), **kw)


# --- request shape ---------------------------------------------------------------------------------

def unsupported_operation(detail: str) -> QboFault:
    return _one("500", "Unsupported Operation", detail)


def resource_not_found(relative: str, full: str) -> QboFault:
    return unsupported_operation(
        f"Operation Could not find resource for relative : {relative} of full path: {full} is not supported.")


def invalid_id(value: str) -> QboFault:
    return _one("2030", "Invalid ID", f"Id should be a valid number. Supplied value:{value}", "Id",
                with_time=False)


def unsupported_property(class_name: str, field: str, known: list[str]) -> QboFault:
    listed = ", ".join(f'"{k}"' for k in known[:60])
    if len(known) > 60:
        listed += " [truncated]"
    detail = (f'Property Name:Unrecognized field "{field}" (class com.intuit.schema.finance.v3.{class_name}), '
              f"not marked as ignorable ({len(known)} known properties: {listed}])\n"
              " specified is unsupported or invalid")
    return _one("2010", "Request has invalid or unsupported property", detail)


def invalid_property(field: str) -> FaultError:
    return FaultError("2010", "Request has invalid or unsupported property",
                      f"Property Name:{field} specified is unsupported or invalid", field)


def malformed_body(reason: str) -> QboFault:
    return _one("2010", "Request has invalid or unsupported property",
                f"Property Name:{reason} specified is unsupported or invalid")


def required_param(element: str) -> FaultError:
    return FaultError("2020", "Required param missing, need to supply the required value for the API",
                      f"Required parameter {element} is missing in the request", element)


def required_param_text(element: str, text: str) -> FaultError:
    """A 2020 whose detail is QuickBooks' own sentence (e.g. the income account of an item)."""
    return FaultError("2020", "Required param missing, need to supply the required value for the API",
                      text, element)


def string_length(element: str, maximum: int, supplied: int, minimum: int = 0) -> FaultError:
    return FaultError("2050", "String length is either shorter or longer than supported by specification",
                      f"String length specified does not match the supported length. Min:{minimum} "
                      f"Max:{maximum} supported. Supplied length:{supplied}", element)


def invalid_enumeration(value: str, element: str) -> FaultError:
    return FaultError("2170", "Invalid Enumeration", f"Invalid Enumeration : {value}", element)


def invalid_number(value: str, element: str) -> FaultError:
    return FaultError("2040", "Invalid Number", f"Invalid Number : {value}", element)


def invalid_date(value: str, element: str) -> FaultError:
    return FaultError("2060", "Invalid Date", f"Invalid Date : {value}", element)


# --- references --------------------------------------------------------------------------------------

def invalid_reference(element: str) -> QboFault:
    """A reference to something that does not exist; the detail names the field."""
    return _one("2500", "Invalid Reference Id", f"Invalid Reference Id : {element}", element)


def inactive_reference(element: str) -> QboFault:
    return _one("2500", "Invalid Reference Id", f"Invalid Reference Id : {INACTIVE_DETAIL}", element)


def object_not_found() -> QboFault:
    """The target of an update/delete does not exist (recorded in a batch response)."""
    return _one("610", "Object Not Found", f"Object Not Found : {INACTIVE_DETAIL}")


def transaction_deleted() -> QboFault:
    return _one("610", "Object Not Found", "Object Not Found : Another user has deleted this transaction.")


def deleted_customer(element: str = "CustomerRef") -> QboFault:
    """TaxDome's table, item 3: a sales transaction for a customer made inactive ("deleted")."""
    return _one("6250", "Invalid Customer",
                "The customer you have specified has been deleted. "
                "You cannot create or edit a transaction with a deleted customer.", element)


def cannot_link(txn_type: str, txn_id: str, party: str = "customer", element: str = "Line.LinkedTxn") -> QboFault:
    return _one("620", "Txn ID Cannot Be Linked",
                f"Txn ID Cannot Be Linked : {txn_type} {txn_id} belongs to another {party}.", element)


# --- business rules ------------------------------------------------------------------------------------

def stale_object(user: str) -> QboFault:
    return _one("5010", "Stale Object Error",
                f"Stale Object Error : You and {user} were working on this at the same time. "
                f"{user} finished before you did, so your work was not saved.")


def duplicate_name(detail_suffix: str) -> QboFault:
    return _one("6240", "Duplicate Name Exists Error", f"The name supplied already exists. :{detail_suffix}")


# The variants QuickBooks sends: the recorded response for a customer named like another customer,
# Intuit's text when the clash is across customers/vendors/employees, accounts, and the bare form
# TaxDome's table (item 2) shows for a payment method.
NAME_SAME_TYPE = " null"
NAME_OTHER_PARTY = " Another customer, vendor or employee is already using this name. Please use a different name."
NAME_ACCOUNT = " Another account is already using this name."
NAME_PLAIN = ""


def duplicate_doc_number(doc_number: str, txn_type: str, txn_id: str) -> QboFault:
    text = (f"Duplicate Document Number Error : You must specify a different number. This number has "
            f"already been used. DocNumber={doc_number} is assigned to TxnType={txn_type} with TxnId={txn_id}")
    return _one("6140", "Duplicate Document Number Error", text)


def business_validation(text: str, element: str | None = None) -> QboFault:
    return _one("6000", "A business validation error has occurred while processing your request",
                f"Business Validation Error: {text}", element)


def charges_exceed_received() -> QboFault:
    """TaxDome's table, item 6: applying more than an invoice still owes (or credits beyond charges)."""
    return business_validation("The Amount Received (plus credits) can't be less than the selected charges. "
                               "Also, the selected charges can't be less than the selected credits.")


def journal_unbalanced() -> QboFault:
    """Intuit: "If … the total amount on debit is not equal to total amount on credit, an error is returned";
    no recorded payload gives its words, so these are the sandbox's (docs/qbo-rules.md)."""
    return business_validation("Please balance debits and credits.")


def deposited() -> QboFault:
    """6540, Intuit's "handling common errors" page: a payment or sales receipt already on a deposit."""
    return _one("6540", "Deposited Transaction cannot be changed",
                "This transaction has been deposited. If you want to change or delete it, you must edit the deposit "
                "it appears on and remove it first.")


def transaction_amount_missing() -> QboFault:
    return business_validation("You must set a transaction amount.")


def transient_error() -> QboFault:
    return business_validation("An unexpected error occurred while accessing or saving your data. Please wait "
                               "a few minutes and try again. If the problem persists, contact customer support.")


def request_id_too_long(value: str, limit: int) -> QboFault:
    return business_validation(f"You cannot enter more than {limit} characters in the request_id field. "
                               f"You tried entering {value[:10]}..., which is {len(value)} characters.")


ACCOUNT_TYPE_TXN = ("Invalid account type: Check your account details before you continue. "
                    "You may need to select a different type of account for your transaction.")
ACCOUNT_TYPE_ITEM = ("Invalid account type: You can't associate a product or service with accounts of certain "
                     "types (such as Accounts Receivable and Accounts Payable).")


def invalid_account_type(detail: str, element: str | None = None) -> QboFault:
    return _one("6430", "Invalid account type used", detail, element)


def amount_calculation(amount: str) -> QboFault:
    return _one("6070", "Amount calculation incorrect in the request",
                f"Amount is not equal to UnitPrice * Qty. Supplied value:{amount}")


def permission_denied(detail: str) -> QboFault:
    """5020: a feature the company's QuickBooks edition does not have (Intuit's error list)."""
    return _one("5020", "Permission Denied", detail)


def account_period_closed() -> QboFault:
    return _one("6210", "Account Period Closed",
                "The account period has closed and the account books cannot be updated through the QBO "
                "Services API. Please use the QBO website to make these changes.")


def has_balance(kind: str) -> QboFault:
    return _one("6220", "Delete List Has Balance Error",
                f"The entity you are trying to delete has an open balance. : This {kind} cannot be deleted "
                "because it has a non-zero balance")


def no_name() -> QboFault:
    """Intuit's error list (IPP codes, as mirrored by insighthk.com and in qbo-api.md Part 2 §5.2)."""
    return _one("6080", "No Name Provided",
                "Title, GivenName, MiddleName, FamilyName, DisplayName, Suffix - one of these must be non-empty")


def invalid_string(value: str, element: str) -> QboFault:
    """A name with a reserved character (colon, tab, newline). Recorded twice: the Java SDK's rendering
    ``ERROR CODE:2040, ERROR MESSAGE:Invalid String. The String may contain unsupported or illegal chars,
    ERROR DETAIL:Element contains invalid characters. Rob:Barnett:Company`` (Stack Overflow 24529982) and
    ``Invalid String... Element contains invalid characters. \\t Aron Williams (element: DisplayName)``."""
    return _one("2040", "Invalid String. The String may contain unsupported or illegal chars",
                f"Element contains invalid characters. {value}", element)


def invalid_email(element: str) -> QboFault:
    """qbo-api.md §4 (Intuit's error list, 2210)."""
    return _one("2210", "Invalid Email Address Format",
                "Email Address does not conform to the syntax rules of RFC 822.", element)


def discount_incomplete(element: str = "Line.DiscountLineDetail") -> QboFault:
    """Intuit's error list, 6090."""
    return _one("6090", "Discount Line missing required info.", "Discount amount or percent should be provided.",
                element)


def cannot_delete() -> QboFault:
    """Deleting an invoice that a payment is applied to. Intuit: "You must unlink any linked transactions
    associated with the invoice object before deleting it." The code and wording are Intuit's error list
    (800); no recorded payload shows which code this case really gets (see docs/qbo-rules.md)."""
    return _one("800", "Cannot delete object",
                "The object can't be deleted due to existing dependencies. Delete those dependencies first.")


def parent_cannot_be_child(element: str = "ParentRef") -> QboFault:
    """Intuit's error list, 900."""
    return _one("900", "Parent cannot be child", "The same object can't be the parent or child of itself.",
                element)


def sub_level_limit(element: str = "ParentRef") -> QboFault:
    """Intuit's error list, 6180: customers (and accounts) nest at most five levels deep."""
    return _one("6180", "Sub Level Limit",
                "Review the number of nested accounts and customers. You can nest up to 5 levels.", element)


def invalid_line_tax_code(value: str, element: str) -> QboFault:
    """Intuit's error list, 6100: a US company's lines carry the pseudo codes TAX or NON only."""
    return _one("6100", "Invalid Line TaxCode in the request",
                f"Valid Line TaxCodes for US should be TAX or NON. Supplied value:{value}", element)


def category_reference(element: str) -> QboFault:
    """qbo-api.md §4 (2500): an item of type Category on a transaction line."""
    return _one("2500", "Invalid Reference Id", "Invalid Reference Id : Categories cannot be used in transactions.",
                element)


def account_type_missing() -> QboFault:
    return _one("6010", "Invalid Account.AccountType && Account.SubType",
                "Invalid Account.AccountType && Account.SubType : You must select an account type and a "
                "detail type.")


def batch_too_large(size: int, limit: int) -> QboFault:
    return _one("1040", "Batch size exceeds allowed limit",
                f"Batch size exceeds allowed limit : {size} batch items were sent, the limit is {limit}.")


# --- queries -----------------------------------------------------------------------------------------------

def query_parse(detail: str) -> QboFault:
    return _one("4000", "The query cannot be parsed", f"QueryParserError: {detail}")


def query_invalid(detail: str) -> QboFault:
    return _one("4001", "Invalid query", f"QueryValidationError: {detail}")


def query_not_queryable(written: str) -> QboFault:
    """Recorded (ruckus/quickbooks-ruby#403): a real property QuickBooks will not filter on. Lower-case
    ``property``, the name in single quotes."""
    return query_invalid(f"property '{written}' is not queryable")


def query_property_not_found(written: str, entity: str) -> QboFault:
    """Seen by clients for line-level or unknown names (``Property CustomerRef not found for Entity
    PurchaseOrder``; Intuit's .NET SDK tests: ``Property status not found for Entity Customer``)."""
    return query_invalid(f"Property {written} not found for Entity {entity}")


def query_not_sortable(written: str) -> QboFault:
    """ORDERBY on a property QuickBooks does not mark sortable. No recorded payload: the 4001 family is
    documented, the sentence is the sandbox's (see docs/qbo-rules.md)."""
    return query_invalid(f"property '{written}' is not sortable")


def query_operator(operator: str, written: str) -> QboFault:
    """An operator the property's kind does not take (``Id`` only ``=``/``IN``, ``LIKE`` only on text).
    Documented rule, undocumented wording (see docs/qbo-rules.md)."""
    return query_invalid(f"operator '{operator}' is not supported for property '{written}'")
