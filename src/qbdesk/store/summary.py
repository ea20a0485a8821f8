"""What a company holds, in numbers: the home page's summary and the CLI's."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qbdesk.store import BY_ENTITY
from qbdesk.store.ledger import open_payables, open_receivables
from qbdesk.store.syncdata import Setting, put_setting

COMPANY_NAME_KEY = "company.name"
# The QuickBooks company's home currency (ISO 4217), written by each complete sync: every amount here is in it.
HOME_CURRENCY_KEY = "company.home_currency"


@dataclass(frozen=True)
class CompanySummary:
    name: str | None
    counts: dict[str, int] = field(default_factory=dict)
    open_receivables: Decimal = Decimal("0.00")
    open_payables: Decimal = Decimal("0.00")
    currency: str | None = None  # the home currency, once QuickBooks said it (None: not known yet)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def company_name(session: Session) -> str | None:
    row = session.get(Setting, COMPANY_NAME_KEY)
    return str(row.value) if row is not None and row.value else None


def set_company_name(session: Session, name: str) -> None:
    put_setting(session, COMPANY_NAME_KEY, name)


def home_currency(session: Session) -> str | None:
    """The currency every amount of this company is in (QuickBooks' home currency), once a sync read it."""
    row = session.get(Setting, HOME_CURRENCY_KEY)
    return str(row.value) if row is not None and row.value else None


def set_home_currency(session: Session, code: str) -> None:
    put_setting(session, HOME_CURRENCY_KEY, code)  # one upsert: a dry run and a sync may both record it


def summarize(session: Session) -> CompanySummary:
    counts = {entity: session.scalar(select(func.count()).select_from(cls)) or 0 for entity, cls in BY_ENTITY.items()}
    # What customers owe less their unused credits and unapplied payments, as QuickBooks' open balances add up.
    return CompanySummary(company_name(session), counts, open_receivables(session), open_payables(session),
                          home_currency(session))
