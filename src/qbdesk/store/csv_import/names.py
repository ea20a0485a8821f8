"""Finding the records a file names, and refusing names QuickBooks would refuse.

Names are how a spreadsheet refers to records, so they match the way QuickBooks
compares them (case and spacing aside), and a name that does not pick out exactly
one usable record is an error rather than a guess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, Protocol, TypeVar

from qbdesk.store.csv_import.messages import ValueProblem


class Named(Protocol):
    @property
    def active(self) -> bool: ...


N = TypeVar("N", bound=Named)
T = TypeVar("T")


def name_key(name: str) -> str:
    """Names match whatever their case and spacing, as QuickBooks compares them."""
    return " ".join(name.split()).casefold()


class NameIndex(Generic[T]):
    """Records by name key; a name may belong to several (QuickBooks data is not always clean).

    Only :meth:`one` needs ``active``, so the bound sits there: bound on the class, it
    makes mypy reject ``NameIndex[Account]`` and ``NameIndex[Customer]`` (models that
    refer to themselves) in annotations.
    """

    def __init__(self, records: Iterable[T], *keys: Callable[[T], str | None]) -> None:
        self._by: dict[str, list[T]] = {}
        for record in records:
            seen: set[str] = set()
            for key in keys:
                name = key(record)
                if name is not None and name_key(name) not in seen:
                    seen.add(name_key(name))
                    self._by.setdefault(name_key(name), []).append(record)

    def find(self, name: str) -> list[T]:
        return self._by.get(name_key(name), [])

    def one(self: NameIndex[N], name: str, missing: str) -> N:
        """The one active record named ``name``: a new row must not hang off a record nobody can tell apart."""
        found = self.find(name)
        if not found:
            raise ValueProblem(missing, name=name)
        if len(found) > 1:
            raise ValueProblem("ambiguous_name", name=name)
        if not found[0].active:
            raise ValueProblem("inactive", name=name)
        return found[0]

