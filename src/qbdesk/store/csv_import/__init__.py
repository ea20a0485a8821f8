"""CSV import of customers, vendors, items, invoices and payments.

The whole file is read and checked before anything is written, so a spreadsheet
with mistakes never leaves half an import behind: either every row goes in or,
with ``valid_rows_only``, exactly the rows without an error, each invoice whole or
not at all. Every problem is reported against the row and column the user sees in
their spreadsheet (the header is row 1), with a reason kept as a template plus
parameters so that the window can translate it
(``QCoreApplication.translate("CsvImport", error.reason_template)``).

Numbers and dates are never guessed: a value that could be read two ways (``1,234``)
is refused with a reason, and day-first or month-first dates are only read when the
caller says which one the file uses. Column formats are documented in
``docs/csv-import.md``; ``resources/csv-templates/`` has one example file per type.

The modules, in the order a file passes through them: ``reading`` (bytes to a
table of text), ``columns`` (the header), ``values`` and ``rows`` (cells to typed
values or errors), ``names`` (finding referenced records), one module per kind
(``customers``, ``vendors`` with ``parties``, ``items``, ``invoices``,
``payments``) registered in ``kinds``, ``plan`` (what valid rows will write) and
``importer`` (validate, then write); ``messages`` holds every reason.
"""

from qbdesk.store.csv_import.columns import Column, normalise_header
from qbdesk.store.csv_import.importer import ImportReport, Validation, import_csv, import_table, validate
from qbdesk.store.csv_import.kinds import COLUMNS, ImportKind
from qbdesk.store.csv_import.messages import MESSAGES, CsvReadError, RowError, ValueProblem
from qbdesk.store.csv_import.names import name_key
from qbdesk.store.csv_import.reading import (
    DELIMITER_NAMES,
    DELIMITERS,
    ENCODING_NAMES,
    CsvRow,
    CsvTable,
    decode,
    detect_delimiter,
    parse_csv_text,
    read_csv,
)
from qbdesk.store.csv_import.values import (
    DATE_EXAMPLES,
    MONEY_PLACES,
    RATE_PLACES,
    DateFormat,
    parse_date,
    parse_decimal,
)

__all__ = [
    "COLUMNS", "DATE_EXAMPLES", "DELIMITERS", "DELIMITER_NAMES", "ENCODING_NAMES", "MESSAGES", "MONEY_PLACES",
    "RATE_PLACES", "Column", "CsvReadError", "CsvRow", "CsvTable", "DateFormat", "ImportKind", "ImportReport",
    "RowError", "Validation", "ValueProblem", "decode", "detect_delimiter", "import_csv", "import_table",
    "name_key", "normalise_header", "parse_csv_text", "parse_date", "parse_decimal", "read_csv", "validate",
]
