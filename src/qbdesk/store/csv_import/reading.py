"""Turning the bytes a spreadsheet saved into a header and rows of text.

Spreadsheets save CSV in whatever encoding and separator the user's locale
prefers, and never say which, so both are detected rather than asked for; values
stay text here because what they mean depends on the column.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from qbdesk.store.csv_import.messages import CsvReadError

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES: Mapping[str, str] = {",": "comma", ";": "semicolon", "\t": "tab"}
ENCODING_NAMES: Mapping[str, str] = {
    "utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class CsvRow:
    """One line of the file; ``number`` is the row the spreadsheet shows, so errors point at it."""

    number: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class CsvTable:
    """A file's header and data rows, as text; blank rows are kept so numbering matches."""

    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str = "utf-8"
    delimiter: str = ","

    @property
    def data_rows(self) -> tuple[CsvRow, ...]:
        return tuple(row for row in self.rows if not row.is_blank)


def decode(data: bytes) -> tuple[str, str]:
    """Text and codec name: a BOM decides, else UTF-8 if it decodes, else Windows-1252.

    UTF-8 is tried before cp1252 because cp1252 decodes nearly any bytes: the other
    way round, every UTF-8 file with an accent would come out as mojibake.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise CsvReadError("bad_encoding") from None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise CsvReadError("bad_encoding")


def _unquoted_counts(text: str, *, first_line_only: bool) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in counts:
            counts[char] += 1
        elif first_line_only and char in "\r\n":
            break
    return counts


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab.

    The header line decides when one candidate clearly occurs most there: column
    names never contain a delimiter, whereas data rows do (``1,5`` in a
    semicolon file). A header with none at all means a one-column file, whose
    real delimiter is the one that never appears unquoted in the data (a
    spreadsheet quotes a value containing it). A tie in the header is left to
    ``csv.Sniffer``, limited to the three, and then to comma.
    """
    counts = _unquoted_counts(text, first_line_only=True)
    best = max(counts.values())
    leaders = [d for d, n in counts.items() if n == best]
    if best == 0:
        everywhere = _unquoted_counts(text, first_line_only=False)
        return min(DELIMITERS, key=lambda d: everywhere[d])
    if len(leaders) == 1:
        return leaders[0]
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(leaders)).delimiter
    except csv.Error:
        return leaders[0]


def parse_csv_text(text: str, *, encoding: str = "utf-8") -> CsvTable:
    """Rows keep the numbers the spreadsheet shows, blank lines included, so every error points at the right row."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise CsvReadError("empty_file")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[str, ...]] = []
    try:
        records.extend(tuple(record) for record in reader)
    except csv.Error as exc:
        raise CsvReadError("bad_csv", line=reader.line_num, detail=str(exc)) from exc
    rows = [CsvRow(number, cells) for number, cells in enumerate(records, start=1)]
    while rows and rows[0].is_blank:
        rows.pop(0)
    if not rows:
        raise CsvReadError("empty_file")
    header = tuple(cell.strip() for cell in rows[0].cells)
    return CsvTable(header=header, rows=tuple(rows[1:]), encoding=encoding, delimiter=delimiter)


def read_csv(path: str | Path) -> CsvTable:
    """Read a CSV file as spreadsheets save it. Raises :class:`CsvReadError` or ``OSError``."""
    text, encoding = decode(Path(path).read_bytes())
    return parse_csv_text(text, encoding=encoding)
