"""``qbdesk settings``: read or set the sync settings (the same ones the first-sync wizard sets)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from qbdesk.cli.common import EXIT_OK, fail, print_json, with_company
from qbdesk.store import Company
from qbdesk.sync.settings import ConflictPolicy, OneSided, SyncSettings, load_settings, save_settings
from qbdesk.sync.snapshot import norm


def _bool(text: str) -> bool:
    if text.lower() in ("1", "true", "yes", "on"):
        return True
    if text.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{text!r} is not yes/no")


PARSERS: dict[str, Any] = {
    "only_in_qbo": OneSided,
    "only_here": OneSided,
    "since": lambda t: date.fromisoformat(t) if t not in ("", "all", "none") else None,
    "refund_account": lambda t: t or None,
    "excluded_methods": lambda t: frozenset(norm(x) for x in t.split(",") if x.strip()),
    "conflict_policy": ConflictPolicy,
    "review_changes": _bool,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("settings", help="read or set the sync settings")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("key", nargs="?", choices=sorted(PARSERS), help="setting to read or set")
    p.add_argument("value", nargs="?", help="new value (dates as YYYY-MM-DD, lists comma-separated)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    with company.session() as s:
        current: SyncSettings = load_settings(s)
        if args.key and args.value is not None:
            try:
                current = replace(current, **{args.key: PARSERS[args.key](args.value)})
            except ValueError as exc:
                return fail(f"{args.key}: {exc}")
            save_settings(s, current)
    doc = current.to_json()
    if args.key:
        doc = {args.key: doc[args.key]}
    if args.json:
        print_json(doc)
    else:
        for key, value in doc.items():
            print(f"{key} = {value if value not in (None, []) else ''}")
    return EXIT_OK
