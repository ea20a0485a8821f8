"""The QuickBooks query language, the subset real clients send.

``SELECT * | COUNT(*) FROM Entity [WHERE cond AND cond ...] [ORDERBY field [ASC|DESC], ...]
[STARTPOSITION n] [MAXRESULTS n]`` with ``= < > <= >= IN LIKE`` (``%`` only),
``\\'`` escapes, 1-based STARTPOSITION and at most 1000 results a page. QuickBooks
has no OR, no ``!=``, no joins and no projections beyond ``*`` (``SELECT *, Sku`` is
accepted and means ``*``; naming an address or another composite property is
refused). WHERE and ORDERBY may only name the properties QuickBooks marks
filterable and sortable, with the operators their kind allows
(:mod:`qbdesk.sandbox.queryable`), so a client that filters on something
QuickBooks cannot filter on fails here as it would there. Name lists return
only active records unless the query says ``Active IN (true, false)``. A page
past the end is ``{"QueryResponse":{}}`` and only ``COUNT(*)`` reports
``totalCount`` — clients that page until an empty answer, as they must, work
the same here as there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from qbdesk.sandbox import faults, queryable
from qbdesk.sandbox.clock import parse_moment
from qbdesk.sandbox.company import Company, Key
from qbdesk.sandbox.schema import BY_LOWER, EntitySpec

MAX_RESULTS = 1000
DEFAULT_RESULTS = 100

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<string>'(?:\\.|[^'\\])*')
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<op><=|>=|=|<|>)
  | (?P<punct>[(),*])
  | (?P<ident>[A-Za-z_][\w.]*)
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    column: int


@dataclass
class Condition:
    path: tuple[str, ...]
    op: str
    values: list[Any]


@dataclass
class Query:
    spec: EntitySpec
    count: bool = False
    where: list[Condition] = field(default_factory=list)
    order: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)
    start: int = 1
    max_results: int = DEFAULT_RESULTS


def tokenize(text: str) -> list[Token]:
    tokens = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise faults.query_parse(f'Lexical error at line 1, column {pos + 1}.  Encountered: "{text[pos]}"')
        kind = match.lastgroup or ""
        if kind != "ws":
            tokens.append(Token(kind, match.group(), pos + 1))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise faults.query_parse('Encountered "<EOF>" at line 1.')
        self.pos += 1
        return token

    def fail(self, token: Token | None) -> faults.QboFault:
        if token is None:
            return faults.query_parse('Encountered "<EOF>" at line 1.')
        return faults.query_parse(f'Encountered " {token.kind.upper()} "{token.text} "" at line 1, '
                                  f"column {token.column}.")

    def keyword(self, *words: str) -> str:
        token = self.take()
        if token.kind != "ident" or token.text.upper() not in words:
            raise self.fail(token)
        return token.text.upper()

    def at(self, *words: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "ident" and token.text.upper() in words

    def punct(self, char: str) -> None:
        token = self.take()
        if token.text != char:
            raise self.fail(token)

    def parse(self) -> Query:
        self.keyword("SELECT")
        count = False
        projected: list[str] = []
        if self.at("COUNT"):
            self.take()
            self.punct("(")
            self.punct("*")
            self.punct(")")
            count = True
        else:
            projected = self._projection()
        self.keyword("FROM")
        name = self.take()
        if name.kind != "ident":
            raise self.fail(name)
        spec = BY_LOWER.get(name.text.lower())
        if spec is None:
            raise faults.query_invalid(f"invalid context declaration: {name.text}")
        for column in projected:
            _check_projection(spec, column)
        query = Query(spec, count)
        if self.at("WHERE"):
            self.take()
            query.where.append(self._condition(spec))
            while self.at("AND"):
                self.take()
                query.where.append(self._condition(spec))
        while self.peek() is not None:
            word = self.keyword("ORDERBY", "ORDER", "STARTPOSITION", "MAXRESULTS")
            if word in ("ORDERBY", "ORDER"):
                if word == "ORDER":
                    self.keyword("BY")
                query.order = self._order(spec)
            elif word == "STARTPOSITION":
                query.start = self._int()
            else:
                query.max_results = self._int()
        if query.start < 1:
            raise faults.query_invalid(f"value {query.start} is too small. Min allowed value is 1")
        if query.max_results < 1:
            raise faults.query_invalid(f"value {query.max_results} is too small. Min allowed value is 1")
        if query.max_results > MAX_RESULTS:
            raise faults.query_invalid(f"value {query.max_results} is too large. Max allowed value is {MAX_RESULTS}")
        return query

    def _projection(self) -> list[str]:
        """The named columns of ``SELECT *, Sku`` or ``SELECT Id, Name`` (checked once the entity is known)."""
        names = []
        while True:
            token = self.take()
            if token.text != "*" and token.kind != "ident":
                raise self.fail(token)
            if token.kind == "ident":
                names.append(token.text)
            nxt = self.peek()
            if nxt is None or nxt.text != ",":
                return names
            self.take()

    def _int(self) -> int:
        token = self.take()
        if token.kind != "number" or "." in token.text:
            raise self.fail(token)
        return int(token.text)

    def _path(self, spec: EntitySpec) -> tuple[tuple[str, ...], str]:
        """A property in its canonical spelling (names are case-insensitive) and as the client wrote it."""
        token = self.take()
        if token.kind != "ident":
            raise self.fail(token)
        return canonical(spec, token.text), token.text

    def _value(self) -> Any:
        token = self.take()
        if token.kind == "string":
            return token.text[1:-1].replace("\\'", "'").replace("\\\\", "\\")
        if token.kind == "number":
            return Decimal(token.text)
        if token.kind == "ident" and token.text.lower() in ("true", "false"):
            return token.text.lower() == "true"
        raise self.fail(token)

    def _condition(self, spec: EntitySpec) -> Condition:
        path, written = self._path(spec)
        kind = _filterable(spec, path, written)
        token = self.take()
        if token.kind == "op":
            condition = Condition(path, token.text, [self._value()])
        elif token.kind == "ident" and token.text.upper() == "IN":
            self.punct("(")
            values = [self._value()]
            while (nxt := self.peek()) is not None and nxt.text == ",":
                self.take()
                values.append(self._value())
            self.punct(")")
            condition = Condition(path, "IN", values)
        elif token.kind == "ident" and token.text.upper() == "LIKE":
            value = self._value()
            if not isinstance(value, str):
                raise self.fail(token)
            condition = Condition(path, "LIKE", [value])
        else:
            raise self.fail(token)
        if condition.op not in queryable.OPERATORS[kind]:
            raise faults.query_operator(condition.op, written)
        return condition

    def _order(self, spec: EntitySpec) -> list[tuple[tuple[str, ...], bool]]:
        order = [self._order_item(spec)]
        while (nxt := self.peek()) is not None and nxt.text == ",":
            self.take()
            order.append(self._order_item(spec))
        return order

    def _order_item(self, spec: EntitySpec) -> tuple[tuple[str, ...], bool]:
        path, written = self._path(spec)
        _sortable(spec, path, written)
        descending = False
        if self.at("ASC", "DESC"):
            descending = self.take().text.upper() == "DESC"
        return path, descending


def canonical(spec: EntitySpec, text: str) -> tuple[str, ...]:
    """``metadata.lastupdatedtime`` → ``("MetaData", "LastUpdatedTime")``; unknown names stay as written."""
    dotted = {m.lower(): m for m in queryable.META}.get(text.lower())
    if dotted is not None:
        return tuple(dotted.split("."))
    parts = text.split(".")
    known = {k.lower(): k for k in spec.known}
    return (known.get(parts[0].lower(), parts[0]), *parts[1:])


def _filterable(spec: EntitySpec, path: tuple[str, ...], written: str) -> queryable.Kind:
    """The kind of a WHERE property, or QuickBooks' 4001 for one it cannot filter on."""
    if path[0] not in spec.known or queryable.not_found(spec.name, path[0]):
        raise faults.query_property_not_found(written, spec.name)
    kind = queryable.kind_of(spec.name, ".".join(path))
    if kind is None:
        raise faults.query_not_queryable(written)
    return kind


def _sortable(spec: EntitySpec, path: tuple[str, ...], written: str) -> None:
    if path[0] not in spec.known or path[0] in queryable.ATTRIBUTES:
        raise faults.query_property_not_found(written, spec.name)
    if not queryable.sortable(spec.name, ".".join(path)):
        raise faults.query_not_sortable(written)


def _check_projection(spec: EntitySpec, column: str) -> None:
    """``SELECT *, Sku`` is fine; a composite property or an unknown name is "not found" (as clients report)."""
    name = canonical(spec, column)
    if len(name) > 1 or name[0] not in spec.known or name[0] in queryable.COMPOSITE:
        raise faults.query_property_not_found(column, spec.name)


def parse(text: str) -> Query:
    if not text or not text.strip():
        raise faults.query_parse('Encountered "<EOF>" at line 1, column 1.')
    return _Parser(text.strip()).parse()


# --- evaluation --------------------------------------------------------------------------------------------

def _get(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    elif isinstance(value, dict) and "Address" in value:  # PrimaryEmailAddr compares by its address
        value = value["Address"]
    return value


_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?([+-]\d{2}:\d{2}|Z)?)?$")


def _coerce(field_value: Any, literal: Any) -> tuple[Any, Any] | None:
    """Bring a stored value and a query literal to comparable forms, as QuickBooks compares them."""
    if field_value is None:
        return None
    if isinstance(field_value, bool):
        wanted = literal if isinstance(literal, bool) else str(literal).lower() == "true"
        return field_value, wanted
    if isinstance(field_value, Decimal | int):
        try:
            return Decimal(field_value), Decimal(str(literal))
        except InvalidOperation:
            return None
    text = str(field_value)
    if isinstance(literal, Decimal) and text.replace(".", "", 1).lstrip("-").isdigit():
        return Decimal(text), literal
    if isinstance(literal, str) and _MOMENT.match(text) and _MOMENT.match(literal):
        if len(text) == 10 and len(literal) == 10:
            return text, literal
        a: datetime = parse_moment(text)
        b: datetime = parse_moment(literal)
        return a, b
    if isinstance(literal, str) and text.isdigit() and literal.isdigit():
        return int(text), int(literal)
    return text.casefold(), str(literal).casefold()


def _like(pattern: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in pattern.split("%")]
    return re.compile("^" + ".*".join(parts) + "$", re.IGNORECASE | re.DOTALL)


def _matcher(cond: Condition) -> Callable[[dict[str, Any]], bool]:
    if cond.op == "LIKE":
        regex = _like(str(cond.values[0]))
        return lambda d: (v := _get(d, cond.path)) is not None and bool(regex.match(str(v)))

    def check(data: dict[str, Any]) -> bool:
        value = _get(data, cond.path)
        for literal in cond.values:
            pair = _coerce(value, literal)
            if pair is None:
                continue
            a, b = pair
            try:
                if cond.op in ("=", "IN"):
                    ok = a == b
                elif cond.op == "<":
                    ok = a < b
                elif cond.op == ">":
                    ok = a > b
                elif cond.op == "<=":
                    ok = a <= b
                else:
                    ok = a >= b
            except TypeError:
                ok = False
            if ok:
                return True
        return False

    return check


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (2, "")
    if isinstance(value, bool | int | Decimal):
        return (0, Decimal(value))
    text = str(value)
    if text.isdigit():
        return (0, Decimal(text))
    return (1, text)


def _default_order(spec: EntitySpec) -> list[tuple[tuple[str, ...], bool]]:
    return [((name,), False) for name in spec.order_by]


def rows(company: Company, query: Query, hidden: Iterable[Key] = ()) -> list[dict[str, Any]]:
    """Every entity the query matches, in its order (before paging)."""
    spec = query.spec
    candidates = list(company.all(spec.name))
    hidden_ids = {k[1] for k in hidden if k[0] == spec.name}
    if hidden_ids:
        candidates = [c for c in candidates if str(c["Id"]) not in hidden_ids]
    conditions = list(query.where)
    if spec.kind == "list" and not any(c.path[0] == "Active" for c in conditions):
        conditions.append(Condition(("Active",), "=", [True]))
    for cond in conditions:
        test = _matcher(cond)
        candidates = [c for c in candidates if test(c)]
    candidates.sort(key=lambda c: _sort_key(c.get("Id")))
    for path, descending in reversed(query.order or _default_order(spec)):
        candidates.sort(key=lambda c, p=path: _sort_key(_get(c, p)), reverse=descending)  # type: ignore[misc]
    return candidates


def execute(company: Company, text: str, hidden: Iterable[Key] = ()) -> dict[str, Any]:
    """The ``QueryResponse`` object for a query text."""
    query = parse(text)
    matched = rows(company, query, hidden)
    if query.count:
        return {"totalCount": len(matched)}
    page = matched[query.start - 1: query.start - 1 + query.max_results]
    if not page:
        return {}
    return {query.spec.name: page, "startPosition": query.start, "maxResults": len(page)}

