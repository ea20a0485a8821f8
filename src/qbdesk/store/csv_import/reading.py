"""Turning the bytes a spreadsheet saved into a header and rows of text.

Spreadsheets save CSV in whatever encoding and separator the user's locale
prefers, and never say which, so both are detected rather than asked for; values
stay text here because what they mean depends on the column.

A file is never held in memory whole: :func:`read_csv` checks it once as it
streams by (encoding, delimiter, CSV syntax, a header), and its table reads the rows
again each time they are needed — the import checks every row, then writes, so
memory does not grow with the file (issue 19: 100,000 rows took ~1 GB).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from qbdesk.store.csv_import.messages import CsvReadError

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES: Mapping[str, str] = {",": "comma", ";": "semicolon", "\t": "tab"}
ENCODING_NAMES: Mapping[str, str] = {
    "utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One line of the file; ``number`` is the row the spreadsheet shows, so errors point at it."""

    number: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


class CsvTable:
    """A file's header and data rows, as text; blank rows are kept so numbering matches.

    The rows come either from memory (``rows``) or, for a file, from ``source``: a
    function that reads them again from the file on every pass, so that a pass over
    100,000 rows holds one row at a time.
    """

    def __init__(self, header: tuple[str, ...], rows: tuple[CsvRow, ...] = (), encoding: str = "utf-8",
                 delimiter: str = ",", source: Callable[[], Iterator[CsvRow]] | None = None) -> None:
        self.header = header
        self._rows = rows
        self.encoding = encoding
        self.delimiter = delimiter
        self._source = source

    def iter_rows(self) -> Iterator[CsvRow]:
        """Every row after the header, blank ones included, read again from the file if it came from one."""
        return self._source() if self._source is not None else iter(self._rows)

    def iter_data_rows(self) -> Iterator[CsvRow]:
        return (row for row in self.iter_rows() if not row.is_blank)

    @property
    def rows(self) -> tuple[CsvRow, ...]:
        """All the rows at once (small files, tests): the import itself streams them."""
        return tuple(self.iter_rows())

    @property
    def data_rows(self) -> tuple[CsvRow, ...]:
        return tuple(self.iter_data_rows())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CsvTable) and (self.header, self.rows, self.encoding, self.delimiter) == (
            other.header, other.rows, other.encoding, other.delimiter)

    def __repr__(self) -> str:
        return f"CsvTable(header={self.header!r}, encoding={self.encoding!r}, delimiter={self.delimiter!r})"


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


def detect_delimiter(text: str, everywhere: Callable[[], dict[str, int]] | None = None) -> str:
    """Comma, semicolon or tab.

    The header line decides when one candidate clearly occurs most there: column
    names never contain a delimiter, whereas data rows do (``1,5`` in a
    semicolon file). A header with none at all means a one-column file, whose
    real delimiter is the one that never appears unquoted in the data (a
    spreadsheet quotes a value containing it: ``everywhere`` counts them over the
    whole file when ``text`` is only its start). A tie in the header is left to
    ``csv.Sniffer``, limited to the three, and then to comma.
    """
    counts = _unquoted_counts(text, first_line_only=True)
    best = max(counts.values())
    leaders = [d for d, n in counts.items() if n == best]
    if best == 0:
        found = everywhere() if everywhere is not None else _unquoted_counts(text, first_line_only=False)
        return min(DELIMITERS, key=lambda d: found[d])
    if len(leaders) == 1:
        return leaders[0]
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(leaders)).delimiter
    except csv.Error:
        return leaders[0]


def _counts_in(chunks: Iterable[str]) -> dict[str, int]:
    """:func:`_unquoted_counts` over a whole file read a chunk at a time (quotes may span chunks)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for chunk in chunks:
        for char in chunk:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
    return counts


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


_CHUNK = 1 << 20  # characters (or bytes) read at a time


def _chunks(f: IO[str]) -> Iterator[str]:
    while chunk := f.read(_CHUNK):
        yield chunk


def _file_encoding(path: Path) -> str:
    """What :func:`decode` would say of the file's bytes, read a megabyte at a time."""
    with path.open("rb") as f:
        start = f.read(4)
    candidates = [encoding for bom, encoding in _BOMS if start.startswith(bom)][:1] or ["utf-8", "cp1252"]
    for encoding in candidates:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as f:
                while block := f.read(_CHUNK):
                    decoder.decode(block)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise CsvReadError("bad_encoding")


def _records(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The file's records with the row numbers a spreadsheet shows (a quoted line break stays in its row)."""
    with path.open(encoding=encoding, newline="") as f:
        first = f.read(1)
        if first != "\ufeff":
            f.seek(0)
        reader = csv.reader(f, delimiter=delimiter)
        try:
            for number, record in enumerate(reader, start=1):
                yield number, tuple(record)
        except csv.Error as exc:
            raise CsvReadError("bad_csv", line=reader.line_num, detail=str(exc)) from exc


def read_csv(path: str | Path) -> CsvTable:
    """Read a CSV file as spreadsheets save it. Raises :class:`CsvReadError` or ``OSError``.

    The file is checked whole here — encoding, delimiter, CSV syntax, a header — in
    one streaming pass, so every error this function can raise is raised now; the
    table it returns reads the rows again from the file when they are iterated.
    """
    path = Path(path)
    encoding = _file_encoding(path)
    with path.open(encoding=encoding, newline="") as f:
        start = f.read(65536)
        if start.startswith("\ufeff"):
            start = start[1:]

        def everywhere() -> dict[str, int]:
            f.seek(0)
            return _counts_in(_chunks(f))

        delimiter = detect_delimiter(start, everywhere) if start.strip() else ","
    header: tuple[str, ...] | None = None
    header_row = 0
    for number, record in _records(path, encoding, delimiter):  # the syntax of every row, once
        if header is None and any(cell.strip() for cell in record):
            header, header_row = tuple(cell.strip() for cell in record), number
    if header is None:
        raise CsvReadError("empty_file")

    def rows() -> Iterator[CsvRow]:
        for number, record in _records(path, encoding, delimiter):
            if number > header_row:
                yield CsvRow(number, record)

    return CsvTable(header=header, encoding=encoding, delimiter=delimiter, source=rows)
