"""Every reason a row can be refused for, kept as a template plus parameters.

The window translates the template (``QCoreApplication.translate("CsvImport",
error.reason_template)``) and fills in the parameters afterwards, so the reason
reads naturally in any language; scripts and the window key on the code, which
is therefore stable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Each placeholder is named and each sentence stands on its own, so a translator never
# has to guess what a {0} is or how two fragments will be glued together.
MESSAGES: Mapping[str, str] = {
    # the file as a whole
    "empty_file": "The file is empty",
    "bad_encoding": "The file is not UTF-8 or Windows-1252 text",
    "bad_csv": "The file is not valid CSV near line {line}: {detail}",
    "no_rows": "The file has no rows to import",
    # the header row
    "missing_column": "Required column is missing",
    "unknown_column": "Unknown column; the columns for this type are: {columns}",
    "duplicate_column": "This column appears more than once",
    "unnamed_column": "This column has values but no name in row 1",
    "row_too_long": "This row has {count} values but the header has {columns} columns",
    # single values
    "required": "Required",
    "too_long": "Longer than {max} characters",
    "bad_name": "Must not contain a colon (:), a tab or a line break",
    "not_amount": "'{value}' is not an amount",
    "not_number": "'{value}' is not a number",
    "ambiguous_number": "'{value}' is ambiguous: it could mean {thousands} or {decimal}; write {thousands} "
                        "or {decimal}0 instead",
    "too_many_decimals": "'{value}' has more than {places} decimal places",
    "too_large": "'{value}' is too large",
    "negative": "Must not be negative",
    "not_positive": "Must be more than zero",
    "bad_date": "Date must look like {example} (found '{value}')",
    "not_a_date": "'{value}' is not a real date",
    "bad_email": "'{value}' is not an email address",
    "bad_boolean": "'{value}' is not yes or no",
    "bad_item_type": "'{value}' is not an item type: use Service, NonInventory or Inventory",
    # names: new ones and references
    "duplicate_in_file": "'{name}' is already on row {other_row} of this file",
    "customer_exists": "A customer named '{name}' already exists",
    "vendor_exists": "A vendor named '{name}' already exists",
    "item_exists": "An item named '{name}' already exists",
    "name_used_by_vendor": "A vendor is already named '{name}'; QuickBooks needs customer and vendor "
                           "names to differ",
    "name_used_by_customer": "A customer is already named '{name}'; QuickBooks needs customer and vendor "
                             "names to differ",
    "no_customer": "No customer named '{name}'",
    "no_parent": "No customer named '{name}' (and it is not earlier in this file)",
    "parent_has_error": "The parent customer '{name}' on row {other_row} has an error",
    "too_deep": "QuickBooks allows at most 4 levels of sub-customers below a customer",
    "no_item": "No item named '{name}'",
    "no_account": "No account named '{name}'",
    "no_payment_method": "No payment method named '{name}'",
    "ambiguous_name": "More than one record is named '{name}'",
    "inactive": "'{name}' is inactive",
    "wrong_account_type": "'{name}' is an account of type {actual}; this column needs {expected}",
    "required_for_type": "Required for {item_type} items",
    "required_with_purchase_cost": "Required when a purchase cost is given",
    "only_inventory": "Only Inventory items have a value here",
    # invoices and payments
    "invoice_exists": "Invoice {number} already exists in this company",
    "header_disagrees": "'{value}' differs from '{first}' on row {first_row} of the same invoice",
    "first_row_empty": "Row {first_row}, the first row of this invoice, leaves this column empty",
    "invoice_skipped": "Skipped because row {other_row} of the same invoice has an error",
    "due_before_date": "The due date is before the invoice date",
    "negative_total": "The invoice total would be negative ({total})",
    "line_too_large": "Quantity × unit price is too large",
    "no_invoice": "No invoice numbered '{number}'",
    "ambiguous_invoice": "More than one invoice is numbered '{number}'",
    "invoice_other_customer": "Invoice {number} belongs to '{customer}', not to this customer",
    "over_balance": "{amount} is more than the {balance} still open on invoice {number}",
    # a trial balance
    "debit_and_credit": "A row has a debit or a credit, not both",
    "no_debit_or_credit": "Give the account's balance as a debit or a credit",
    "date_differs": "'{value}' differs from the date on row {first_row}: a trial balance is as of one date",
    "needs_customer": "'{account}' is a receivables account: name the customer it is owed by",
    "needs_vendor": "'{account}' is a payables account: name the vendor it is owed to",
    "no_vendor": "No vendor named '{name}'",
    "trial_balance_unbalanced": "The debits ({debits}) and the credits ({credits}) are not equal: a trial balance "
                                "must balance",
    # warnings: the row is imported, but the user should look
    "formula_like": "Starts like a spreadsheet formula ({start}): kept as text, exactly as written; check "
                    "that it is what you meant",
}
WARNINGS = frozenset({"formula_like"})


@dataclass(frozen=True)
class RowError:
    """One problem, where the user will look for it.

    ``row`` is the spreadsheet row (header = 1) and ``column`` the header text as it
    is in the file; both are ``None`` for a problem with the file as a whole, and
    ``column`` is ``None`` for a problem with a row as a whole.
    """

    row: int | None
    column: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def reason_template(self) -> str:
        return MESSAGES[self.code]

    @property
    def reason_params(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def reason(self) -> str:
        return self.reason_template.format_map(self.reason_params)

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row, "column": self.column, "code": self.code, "reason": self.reason,
            "reason_template": self.reason_template, "params": self.reason_params,
        }


def error(row: int | None, column: str | None, code: str, **params: object) -> RowError:
    """Parameters become text here, once, so a report compares and serialises the same everywhere."""
    return RowError(row, column, code, tuple((k, str(v)) for k, v in params.items()))


class CsvReadError(Exception):
    """The file cannot be read as CSV at all; carries the error to report."""

    def __init__(self, code: str, **params: object) -> None:
        self.error = error(None, None, code, **params)
        super().__init__(self.error.reason)


class ValueProblem(ValueError):
    """A cell's value cannot be read; ``code`` and ``params`` say why (see :data:`MESSAGES`).

    The parameters stay unformatted until the row and column are known, which only
    the caller of a parser knows.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(error(None, None, code, **params).reason)
