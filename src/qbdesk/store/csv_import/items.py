"""Items: what each item type needs (accounts, stock) and may not have, as QuickBooks will insist."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import partial
from typing import Any

from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.messages import ValueProblem
from qbdesk.store.csv_import.names import NameIndex, name_key
from qbdesk.store.csv_import.plan import Run
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.rows import RowReader
from qbdesk.store.csv_import.values import RATE_PLACES
from qbdesk.store.lists import Account, AccountType, Item, ItemType

COLUMNS = (
    Column("name", True), Column("type", True), Column("description"), Column("sku"),
    Column("unit_price"), Column("purchase_cost"), Column("income_account"), Column("expense_account"),
    Column("asset_account"), Column("qty_on_hand"), Column("inventory_start_date"), Column("taxable"),
)

_ITEM_TYPES = {t.value.casefold(): t for t in ItemType}

_ACCOUNT_RULES: Mapping[str, tuple[frozenset[AccountType], str]] = {
    "income_account": (frozenset({AccountType.INCOME}), "an Income account"),
    "expense_account": (frozenset({AccountType.EXPENSE, AccountType.COST_OF_GOODS_SOLD}),
                        "an Expense or Cost of Goods Sold account"),
    "asset_account": (frozenset({AccountType.OTHER_CURRENT_ASSET}), "an Other Current Asset account"),
}


def _item_type(text: str) -> ItemType:
    """``Non-Inventory``, ``non inventory`` and ``NonInventory`` are all one type, however a user spells it."""
    item_type = _ITEM_TYPES.get(re.sub(r"[\s_-]", "", text).casefold())
    if item_type is None:
        raise ValueProblem("bad_item_type", value=text)
    return item_type


def _account_path(account: Account) -> str:
    """``Parent:Child``: how QuickBooks names a sub-account, so a file may use either that or the plain name."""
    return account.name if account.parent is None else f"{_account_path(account.parent)}:{account.name}"


def _account(r: RowReader, accounts: NameIndex[Account], column: str) -> Account | None:
    allowed, expected = _ACCOUNT_RULES[column]

    def parse(name: str) -> Account:
        account = accounts.one(name, "no_account")
        if account.account_type not in allowed:
            raise ValueProblem("wrong_account_type", name=name, actual=account.account_type.value,
                               expected=expected)
        return account

    return r.read(column, parse)


def _check_type_columns(r: RowReader, item_type: ItemType) -> None:
    """Fail the columns the item type needs but lacks, or has but cannot use."""
    inventory = item_type is ItemType.INVENTORY
    required = ["income_account"] if item_type is not ItemType.NON_INVENTORY else []
    if inventory:
        required += ["expense_account", "asset_account", "qty_on_hand"]
    for column in required:
        if not r.raw(column):
            r.fail(column, "required_for_type", item_type=item_type.value)
    if not inventory:
        for column in ("asset_account", "qty_on_hand", "inventory_start_date"):
            if r.raw(column):
                r.fail(column, "only_inventory")
    if r.raw("purchase_cost") and not r.raw("expense_account") and not inventory:
        r.fail("expense_account", "required_with_purchase_cost")


def check(run: Run, rows: Iterable[CsvRow]) -> None:
    items = NameIndex(run.all(Item), lambda i: i.name)
    accounts = NameIndex(run.all(Account), lambda a: a.name, _account_path)
    earlier: dict[str, int] = {}
    today = datetime.now().astimezone().date()
    for csv_row in rows:
        r = run.row(csv_row)
        name = r.new_name("name", 100)
        if name is not None and r.is_new_name("name", name, earlier.get(name_key(name)), [(items, "item_exists")]):
            earlier[name_key(name)] = r.number
        item_type = r.read("type", _item_type, required=True)
        fields: dict[str, Any] = {
            "description": r.text("description", 4000),
            "sku": r.text("sku", 100),
            "unit_price": r.decimal("unit_price", RATE_PLACES, minimum="zero", noun="amount"),
            "purchase_cost": r.decimal("purchase_cost", RATE_PLACES, minimum="zero", noun="amount"),
            "income_account": _account(r, accounts, "income_account"),
            "expense_account": _account(r, accounts, "expense_account"),
            "asset_account": _account(r, accounts, "asset_account"),
            "qty_on_hand": r.decimal("qty_on_hand", RATE_PLACES, minimum="zero"),
            "inventory_start_date": r.date("inventory_start_date"),
            "taxable": r.boolean("taxable"),
        }
        if item_type is not None:
            _check_type_columns(r, item_type)
        if r.ok and name is not None and item_type is not None:
            if fields["unit_price"] is None:
                fields["unit_price"] = Decimal(0)
            if fields["taxable"] is None:
                fields["taxable"] = False
            if item_type is ItemType.INVENTORY and fields["inventory_start_date"] is None:
                fields["inventory_start_date"] = today
            run.plan_record(r.number, "items", partial(Item, name=name, item_type=item_type, **fields))
