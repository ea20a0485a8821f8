"""``qbdesk summary``: what a company file holds."""

from __future__ import annotations

import argparse
from typing import Any

from qbdesk.cli.common import EXIT_OK, print_json, with_company
from qbdesk.store import Company
from qbdesk.store.summary import CompanySummary, summarize


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("summary", help="count the records in a company file")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def summary_document(summary: CompanySummary, where: str) -> dict[str, Any]:
    return {"company": where, "name": summary.name, "entities": summary.counts, "records": summary.total,
            "open_receivables": str(summary.open_receivables), "open_payables": str(summary.open_payables),
            "currency": summary.currency}


def print_summary(summary: CompanySummary) -> None:
    if summary.name:
        print(summary.name)
    width = max(len(k) for k in summary.counts)
    for entity, count in summary.counts.items():
        print(f"  {entity:<{width}}  {count:>8,}")
    print(f"  {'Total':<{width}}  {summary.total:>8,}")
    unit = f" {summary.currency}" if summary.currency else ""  # the home currency, once a sync read it
    print(f"  Open receivables: {summary.open_receivables:,}{unit}   Open payables: {summary.open_payables:,}{unit}")


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    with company.session() as session:
        summary = summarize(session)
    if args.json:
        print_json(summary_document(summary, company.display_url))
    else:
        print_summary(summary)
    return EXIT_OK
