"""``qbdesk demo-data``: a new company file filled with a consistent sample business."""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from qbdesk.cli.common import EXIT_OK, fail, print_json
from qbdesk.cli.summary import print_summary, summary_document
from qbdesk.store import open_company
from qbdesk.store.demo import LOCALES, generate
from qbdesk.store.summary import set_company_name, summarize

DEFAULT_NAMES = {"en": "Green Leaf Landscaping (sample)", "fr": "Jardins Verts (exemple)",
                 "es": "Jardines Verdes (ejemplo)"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo-data", help="fill a new company file with a generated sample business")
    p.add_argument("--company", required=True, help="path of the company file to create")
    p.add_argument("--size", type=int, default=1000, help="about how many records (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same business")
    p.add_argument("--locale", choices=sorted(LOCALES), default="en", help="language of names and addresses")
    p.add_argument("--anchor", type=date.fromisoformat, help="'today' of the generated history (YYYY-MM-DD)")
    p.add_argument("--name", help="company name")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.size < 0:
        return fail("--size must be zero or more")
    path = Path(args.company)
    if "://" not in args.company and path.exists():
        return fail(f"{path} already exists; demo-data only fills a new company file")
    started = time.perf_counter()
    company = open_company(args.company, create=True)
    try:
        with company.session() as session:
            set_company_name(session, args.name or DEFAULT_NAMES[args.locale])
            generate(session, args.size, seed=args.seed, locale=args.locale, anchor=args.anchor)
        with company.session() as session:
            summary = summarize(session)
    finally:
        company.close()
    seconds = round(time.perf_counter() - started, 2)
    if args.json:
        print_json({**summary_document(summary, company.display_url), "seconds": seconds})
    else:
        print(f"Created {company.display_url} in {seconds} s")
        print_summary(summary)
    return EXIT_OK
