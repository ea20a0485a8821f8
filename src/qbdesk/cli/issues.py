"""``qbdesk issues`` (the open sync problems) and ``qbdesk resolve`` (apply an action to some or all of them)."""

from __future__ import annotations

import argparse

from qbdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, UsageError, fail, print_json, with_company
from qbdesk.cli.connection import open_connection, this_desktop
from qbdesk.desktop.config import synced_with_desktop
from qbdesk.store import Company
from qbdesk.sync.actions import ActionError, ProblemActions
from qbdesk.sync.catalogue import BYPASS, CREATE, MATCH
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.office import Office
from qbdesk.sync.problem_list import ProblemRow, open_problems

ACTIONS = ("resync", "skip", "unskip", "bypass", "clear-id", "delete", "match", "create", "dont-sync", "move-back",
           "accept", "keep-here", "keep-qbo", "renumber")
ONLINE = {MATCH, CREATE, BYPASS}
CATEGORIES = tuple(dict.fromkeys([*(e.category for e in ENTITIES), "connection", "other"]))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("issues", help="list open sync problems")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--category", help=f"only this category ({', '.join(CATEGORIES)})")
    p.add_argument("--all", action="store_true", help="include skipped problems")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_issues)

    r = sub.add_parser("resolve", help="apply an action to sync problems",
                       usage="qbdesk resolve --company PATH (ISSUE_ID [ISSUE_ID …] | --all [--category C]) ACTION "
                             "[ARG]")
    r.add_argument("--company", required=True, help="company file (path) or database URL")
    r.add_argument("words", nargs="+", metavar="ISSUE_ID … ACTION [ARG]",
                   help=f"the problems' ids (see `qbdesk issues`), then the action ({', '.join(ACTIONS)}), then, "
                        f"for match, the QuickBooks Id of the customer to use")
    r.add_argument("--all", action="store_true", help="every open problem (of --category, if given) it applies to")
    r.add_argument("--category", help=f"with --all: only this category ({', '.join(CATEGORIES)})")
    r.set_defaults(func=run_resolve)


def _words(words: list[str]) -> tuple[list[int], str, str | None]:
    """``ID … ACTION [ARG]`` split: the ids, the action, its argument."""
    at = next((n for n, word in enumerate(words) if word in ACTIONS), None)
    if at is None:
        raise UsageError(f"which action? one of: {', '.join(ACTIONS)}")
    ids: list[int] = []
    for word in words[:at]:
        if not word.isdigit():
            raise UsageError(f"{word!r} is not a problem id (see `qbdesk issues`) nor an action")
        ids.append(int(word))
    rest = words[at + 1:]
    if len(rest) > 1:
        raise UsageError(f"one argument at most after the action, not {' '.join(rest)!r}")
    return ids, words[at], rest[0] if rest else None


def _category(value: str | None) -> str | None:
    if value is not None and value not in CATEGORIES:
        raise UsageError(f"--category: {value!r} is not one of: {', '.join(CATEGORIES)}")
    return value


@with_company
def run_issues(args: argparse.Namespace, company: Company) -> int:
    with company.session() as s:
        rows = open_problems(s, _category(args.category), include_skipped=args.all)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        if not rows:
            print("No open sync problems.")
        for r in rows:
            print(f"#{r.id} [{r.category}] {r.entity} {r.record}: {r.fill(r.entry.title)}")
            print(f"    {r.fill(r.entry.explanation)}")
            for step in r.entry.fix:
                print(f"    - {r.fill(step)}")
            said = " ".join(part for part in (r.code or "", r.message, f"({r.detail})" if r.detail else "") if part)
            if said:
                print(f"    QuickBooks' words: {said}" if r.code and r.code.isdigit() else f"    detail: {said}")
            print(f"    actions: {', '.join(r.actions)}   (`qbdesk resolve --company … {r.id} ACTION`)")
    return EXIT_PROBLEMS if any(r.status == "open" for r in rows) else EXIT_OK


def _targets(args: argparse.Namespace, company: Company, ids: list[int], action: str) -> list[ProblemRow]:
    with company.session() as s:
        rows = open_problems(s, _category(args.category), include_skipped=True)
    by_id = {r.id: r for r in rows}
    if args.all:
        if ids:
            raise UsageError("give problem ids or --all, not both")
        chosen = [r for r in rows if action in r.actions or action in ("skip", "unskip")]
        if not chosen:
            raise UsageError(f"no open problem{' of ' + args.category if args.category else ''} takes '{action}'")
        return chosen
    if not ids:
        raise UsageError("name the problems by their ids (see `qbdesk issues`), or give --all")
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise UsageError(f"no open problem with id {', '.join(map(str, unknown))} (see `qbdesk issues`)")
    return [by_id[i] for i in dict.fromkeys(ids)]


@with_company
def run_resolve(args: argparse.Namespace, company: Company) -> int:
    ids, action, arg = _words(args.words)
    targets = _targets(args, company, ids, action)
    office = Office(company, this_desktop(args))
    desktop = synced_with_desktop(company)
    if desktop and action in ONLINE:  # QuickBooks Desktop is reached only when the Web Connector calls
        local = ProblemActions(company)
        queued = 0
        for row in targets:
            if action not in local.available(row.id):
                print(f"#{row.id} {row.entity} {row.record}: '{action}' does not apply to this problem")
                continue
            request = office.request_problem_action(row.id, action, arg)
            queued += 1
            print(f"#{row.id} {row.entity} {row.record}: request #{request.id}, carried out at the next QuickBooks "
                  "Web Connector update.")
        return EXIT_OK if queued else fail(f"'{action}' could not be applied")
    client = None
    conn = None
    if action in ONLINE and office.is_host():  # elsewhere it is sent to the sync host instead
        conn = open_connection(company, args)
        client = conn.client
    failed = 0
    try:
        actions = ProblemActions(company, client, office=office)
        for row in targets:
            try:
                result = actions.apply(row.id, action, arg)
            except ActionError as exc:
                failed += 1
                print(f"#{row.id} {row.entity} {row.record}: {exc}")
                continue
            print(f"#{row.id} {row.entity} {row.record}: {result.message}")
    finally:
        if conn is not None:
            conn.close()
    if failed == len(targets):
        return fail(f"'{action}' could not be applied" + (f" to any of the {len(targets)} problems"
                                                          if len(targets) > 1 else ""))
    if failed:
        print(f"{len(targets) - failed} done, {failed} could not be applied (see above).")
    if action not in ("skip", "unskip", "dont-sync"):
        print("It is applied at the next QuickBooks Web Connector update." if desktop
              else "Run `qbdesk sync` to apply it now.")
    return EXIT_OK
