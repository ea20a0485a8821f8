"""The CSV importer's reasons, marked for translation (context "CsvImport").

The importer (``qbdesk.store.csv_import``, no Qt) keeps each reason as an English
template with named placeholders; lupdate can only extract literals, so the
templates are repeated here. ``tests/ui/test_translations.py`` fails when the
importer gains a reason this table lacks.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP

CSV_REASONS: Final = (
    QT_TRANSLATE_NOOP("CsvImport", "The file is empty"),
    QT_TRANSLATE_NOOP("CsvImport", "The file is not UTF-8 or Windows-1252 text"),
    QT_TRANSLATE_NOOP("CsvImport", "The file is not valid CSV near line {line}: {detail}"),
    QT_TRANSLATE_NOOP("CsvImport", "The file has no rows to import"),
    QT_TRANSLATE_NOOP("CsvImport", "Required column is missing"),
    QT_TRANSLATE_NOOP("CsvImport", "Unknown column; the columns for this type are: {columns}"),
    QT_TRANSLATE_NOOP("CsvImport", "This column appears more than once"),
    QT_TRANSLATE_NOOP("CsvImport", "This column has values but no name in row 1"),
    QT_TRANSLATE_NOOP("CsvImport", "This row has {count} values but the header has {columns} columns"),
    QT_TRANSLATE_NOOP("CsvImport", "Required"),
    QT_TRANSLATE_NOOP("CsvImport", "Longer than {max} characters"),
    QT_TRANSLATE_NOOP("CsvImport", "Must not contain a colon (:), a tab or a line break"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is not an amount"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is not a number"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is ambiguous: it could mean {thousands} or {decimal}; write {thousands} or {decimal}0 instead"),  # noqa: E501 - one literal for lupdate
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' has more than {places} decimal places"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is too large"),
    QT_TRANSLATE_NOOP("CsvImport", "Must not be negative"),
    QT_TRANSLATE_NOOP("CsvImport", "Must be more than zero"),
    QT_TRANSLATE_NOOP("CsvImport", "Date must look like {example} (found '{value}')"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is not a real date"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is not an email address"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is not yes or no"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' is not an item type: use Service, NonInventory or Inventory"),
    QT_TRANSLATE_NOOP("CsvImport", "'{name}' is already on row {other_row} of this file"),
    QT_TRANSLATE_NOOP("CsvImport", "A customer named '{name}' already exists"),
    QT_TRANSLATE_NOOP("CsvImport", "A vendor named '{name}' already exists"),
    QT_TRANSLATE_NOOP("CsvImport", "An item named '{name}' already exists"),
    QT_TRANSLATE_NOOP("CsvImport", "A vendor is already named '{name}'; QuickBooks needs customer and vendor names to differ"),  # noqa: E501 - one literal for lupdate
    QT_TRANSLATE_NOOP("CsvImport", "A customer is already named '{name}'; QuickBooks needs customer and vendor names to differ"),  # noqa: E501 - one literal for lupdate
    QT_TRANSLATE_NOOP("CsvImport", "No customer named '{name}'"),
    QT_TRANSLATE_NOOP("CsvImport", "No customer named '{name}' (and it is not earlier in this file)"),
    QT_TRANSLATE_NOOP("CsvImport", "The parent customer '{name}' on row {other_row} has an error"),
    QT_TRANSLATE_NOOP("CsvImport", "QuickBooks allows at most 4 levels of sub-customers below a customer"),
    QT_TRANSLATE_NOOP("CsvImport", "No item named '{name}'"),
    QT_TRANSLATE_NOOP("CsvImport", "No account named '{name}'"),
    QT_TRANSLATE_NOOP("CsvImport", "No payment method named '{name}'"),
    QT_TRANSLATE_NOOP("CsvImport", "More than one record is named '{name}'"),
    QT_TRANSLATE_NOOP("CsvImport", "'{name}' is inactive"),
    QT_TRANSLATE_NOOP("CsvImport", "'{name}' is an account of type {actual}; this column needs {expected}"),
    QT_TRANSLATE_NOOP("CsvImport", "Required for {item_type} items"),
    QT_TRANSLATE_NOOP("CsvImport", "Required when a purchase cost is given"),
    QT_TRANSLATE_NOOP("CsvImport", "Only Inventory items have a value here"),
    QT_TRANSLATE_NOOP("CsvImport", "Invoice {number} already exists in this company"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' differs from '{first}' on row {first_row} of the same invoice"),
    QT_TRANSLATE_NOOP("CsvImport", "Row {first_row}, the first row of this invoice, leaves this column empty"),
    QT_TRANSLATE_NOOP("CsvImport", "Skipped because row {other_row} of the same invoice has an error"),
    QT_TRANSLATE_NOOP("CsvImport", "The due date is before the invoice date"),
    QT_TRANSLATE_NOOP("CsvImport", "The invoice total would be negative ({total})"),
    QT_TRANSLATE_NOOP("CsvImport", "Quantity × unit price is too large"),
    QT_TRANSLATE_NOOP("CsvImport", "No invoice numbered '{number}'"),
    QT_TRANSLATE_NOOP("CsvImport", "More than one invoice is numbered '{number}'"),
    QT_TRANSLATE_NOOP("CsvImport", "Invoice {number} belongs to '{customer}', not to this customer"),
    QT_TRANSLATE_NOOP("CsvImport", "{amount} is more than the {balance} still open on invoice {number}"),
    QT_TRANSLATE_NOOP("CsvImport", "A row has a debit or a credit, not both"),
    QT_TRANSLATE_NOOP("CsvImport", "Give the account's balance as a debit or a credit"),
    QT_TRANSLATE_NOOP("CsvImport", "'{value}' differs from the date on row {first_row}: a trial balance is as of one date"),  # noqa: E501 - one literal for lupdate
    QT_TRANSLATE_NOOP("CsvImport", "'{account}' is a receivables account: name the customer it is owed by"),
    QT_TRANSLATE_NOOP("CsvImport", "'{account}' is a payables account: name the vendor it is owed to"),
    QT_TRANSLATE_NOOP("CsvImport", "No vendor named '{name}'"),
    QT_TRANSLATE_NOOP("CsvImport", "The debits ({debits}) and the credits ({credits}) are not equal: a trial balance must balance"),  # noqa: E501 - one literal for lupdate
    QT_TRANSLATE_NOOP("CsvImport", "Starts like a spreadsheet formula ({start}): kept as text, exactly as written; check that it is what you meant"),  # noqa: E501 - one literal for lupdate
)


def translate_reason(template: str, params: dict[str, str]) -> str:
    """The reason in the UI language, with its parameters filled in."""
    translated = QCoreApplication.translate("CsvImport", template)
    try:
        return translated.format_map(params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the reason
        return template.format_map(params)
