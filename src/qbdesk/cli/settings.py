"""``qbdesk settings``: read or set the sync settings (the same ones the first-sync wizard sets).

Every value is checked before it is saved, and a refused one is answered with the
values that would be accepted (exit 2): a setting that is wrong is only found out
by the sync otherwise, record by record. The refund account is checked against
QuickBooks itself — it must be an active Bank or Other Current Asset account — and
may be given by its name or its Id. ``docs/settings.md`` lists every setting.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from qbdesk.cli.common import EXIT_NOT_CONNECTED, EXIT_OK, UsageError, exit_for, fail, print_json, with_company
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.store import Company, PaymentMethod
from qbdesk.sync.changes import quote
from qbdesk.sync.settings import ConflictPolicy, Numbering, OneSided, SyncSettings, load_settings, save_settings
from qbdesk.sync.snapshot import norm

REFUND_TYPES = ("Bank", "Other Current Asset")


class Refused(ValueError):
    """A value a setting does not take; says which ones it does."""


@dataclass(frozen=True)
class Choice:
    """How one setting's text becomes its value: ``parse`` raises :class:`Refused` with the valid values."""

    parse: Callable[[str, argparse.Namespace, Company], Any]
    values: str   # what it takes, for --help and the error message


def _enum(kind: type[Any], *, none: str | None = None) -> Callable[[str, argparse.Namespace, Company], Any]:
    def parse(text: str, _args: argparse.Namespace, _company: Company) -> Any:
        if none is not None and text.strip().lower() == none:
            return None
        try:
            return kind(text.strip().lower())
        except ValueError:
            valid = [m.value for m in kind] + ([none] if none else [])
            raise Refused(f"{text!r} is not one of: {', '.join(valid)}") from None
    return parse


def _bool(text: str, _args: argparse.Namespace, _company: Company) -> bool:
    if text.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if text.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise Refused(f"{text!r} is not one of: yes, no")


def _since(text: str, _args: argparse.Namespace, _company: Company) -> date | None:
    if text.strip().lower() in ("", "all", "none"):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise Refused(f"{text!r} is not a date: give YYYY-MM-DD, or 'all' for every record") from None


def _methods(text: str, args: argparse.Namespace, company: Company) -> frozenset[str]:
    """Payment methods by name, as they are here or in QuickBooks (when connected)."""
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    with company.session() as s:
        known = {norm(name): name for name in s.scalars(select(PaymentMethod.name))}
    try:
        conn = _connection(company, args)
    except (ReconnectNeeded, UsageError):
        conn = None
    if conn is not None:
        try:
            known.update({norm(str(r.get("Name") or "")): str(r.get("Name")) for r in
                          conn.client.query("SELECT * FROM PaymentMethod")})
        finally:
            conn.close()
    unknown = [w for w in wanted if norm(w) not in known]
    if unknown:
        raise Refused(f"no payment method named {', '.join(repr(u) for u in unknown)}; the payment methods are: "
                      f"{', '.join(sorted(known.values(), key=str.casefold))}")
    return frozenset(norm(w) for w in wanted)


def _connection(company: Company, args: argparse.Namespace) -> Any:
    from qbdesk.cli.connection import open_connection

    return open_connection(company, args)


def _refund_account(text: str, args: argparse.Namespace, company: Company) -> str | None:
    """An active Bank or Other Current Asset account in QuickBooks, by name or Id; its Id is stored."""
    if text.strip().lower() in ("", "none"):
        return None
    conn = _connection(company, args)  # not connected: exit 3, said by the caller
    try:
        types = ", ".join(quote(t) for t in REFUND_TYPES)
        valid = conn.client.query(f"SELECT * FROM Account WHERE AccountType IN ({types})")
        wanted = text.strip()
        for row in valid:
            if wanted == str(row["Id"]) or norm(wanted) in (norm(row.get("Name")), norm(row.get("FullyQualifiedName"))):
                return str(row["Id"])
        # Say why the one they meant does not do, if it exists at all.
        everything = conn.client.query("SELECT * FROM Account WHERE Active IN (true, false)")
    finally:
        conn.close()
    listed = ", ".join(f"{r.get('FullyQualifiedName') or r.get('Name')} ({r.get('AccountType')}, Id {r['Id']})"
                       for r in sorted(valid, key=lambda r: str(r.get("Name")).casefold()))
    match = next((r for r in everything if wanted == str(r["Id"]) or norm(wanted) in (
        norm(r.get("Name")), norm(str(r.get("Name") or "") + " (deleted)"), norm(r.get("FullyQualifiedName")))), None)
    if match is not None and match.get("Active") is False:
        why = f"the account {match.get('Name')!r} is inactive in QuickBooks"
    elif match is not None:
        why = (f"the account {match.get('Name')!r} is a {match.get('AccountType')} account; refunds are paid from a "
               f"Bank or Other Current Asset account")
    else:
        why = f"QuickBooks has no account {wanted!r}"
    raise Refused(f"{why}. The accounts refunds can be paid from: {listed or 'none (create a bank account first)'}")


SETTINGS: dict[str, Choice] = {
    "only_in_qbo": Choice(_enum(OneSided), "create | ignore"),
    "only_here": Choice(_enum(OneSided), "create | ignore"),
    "since": Choice(_since, "YYYY-MM-DD | all"),
    "refund_account": Choice(_refund_account, "an active Bank or Other Current Asset account, by name or Id | none"),
    "excluded_methods": Choice(_methods, "payment method names, comma-separated (none: empty)"),
    "conflict_policy": Choice(_enum(ConflictPolicy), "qbo_wins | here_wins | ask"),
    "review_changes": Choice(_bool, "yes | no"),
    "numbering": Choice(_enum(Numbering, none="auto"), "keep | quickbooks | auto"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("settings", help="read or set the sync settings (see docs/settings.md)")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("key", nargs="?", choices=sorted(SETTINGS), help="setting to read or set")
    p.add_argument("value", nargs="?", help="new value: " + "; ".join(f"{k}: {c.values}" for k, c in SETTINGS.items()))
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    with company.session() as s:
        current: SyncSettings = load_settings(s)
    if args.key and args.value is not None:
        try:
            value = SETTINGS[args.key].parse(args.value, args, company)
        except Refused as exc:
            return fail(f"{args.key}: {exc}")
        except (ReconnectNeeded, QboError) as exc:
            return fail(f"{args.key}: checking it needs QuickBooks — {exc}", exit_for(exc) or EXIT_NOT_CONNECTED)
        current = replace(current, **{args.key: value})
        with company.session() as s:
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
