"""The first-sync settings (BPro's page), stored per company in the company file.

They decide what a sync does, not only the first one: records found on one side
only are created or ignored, customers/invoices/payments can start at a date, the
refund bank account is where refunds are paid from, and payments made with an
unchecked method are neither imported nor exported.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from qbdesk.store.syncdata import Setting, put_setting

KEY = "sync.settings"


class OneSided(enum.Enum):
    CREATE = "create"
    IGNORE = "ignore"


class Numbering(enum.Enum):
    """Who numbers new sales forms (invoices, credit memos, refund receipts) in QuickBooks.

    Intuit: with QuickBooks' *custom transaction numbers* off, QuickBooks numbers sales forms
    itself and a number sent along "can lead to unwanted duplicates"; with it on, the number sent
    is kept and a duplicate is refused (6140). So a company either keeps its own numbers (the
    preference must be on) or lets QuickBooks number what it sends (and takes the numbers back).
    """

    KEEP = "keep"               # send this company file's numbers; clashes are blocked before sending
    QUICKBOOKS = "quickbooks"   # send none: QuickBooks numbers them, and its numbers come back here


class ConflictPolicy(enum.Enum):
    QBO_WINS = "qbo_wins"
    HERE_WINS = "here_wins"
    ASK = "ask"


@dataclass(frozen=True)
class SyncSettings:
    only_in_qbo: OneSided = OneSided.CREATE
    only_here: OneSided = OneSided.CREATE
    since: date | None = None
    refund_account: str | None = None             # QuickBooks Id of a Bank / Other Current Asset account
    excluded_methods: frozenset[str] = field(default_factory=frozenset)  # normalized payment-method names
    conflict_policy: ConflictPolicy = ConflictPolicy.ASK
    review_changes: bool = False                  # approvals (Sync Wizard)
    numbering: Numbering | None = None            # None: as QuickBooks' custom-numbers preference says

    def numbering_for(self, custom_numbers: bool) -> Numbering:
        """The numbering in force: the user's choice, else what QuickBooks' preference implies."""
        if self.numbering is not None:
            return self.numbering
        return Numbering.KEEP if custom_numbers else Numbering.QUICKBOOKS

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["only_in_qbo"] = self.only_in_qbo.value
        doc["only_here"] = self.only_here.value
        doc["since"] = self.since.isoformat() if self.since else None
        doc["excluded_methods"] = sorted(self.excluded_methods)
        doc["conflict_policy"] = self.conflict_policy.value
        doc["numbering"] = self.numbering.value if self.numbering is not None else None
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any] | None) -> SyncSettings:
        if not doc:
            return cls()
        return cls(
            only_in_qbo=OneSided(doc.get("only_in_qbo", "create")),
            only_here=OneSided(doc.get("only_here", "create")),
            since=date.fromisoformat(doc["since"]) if doc.get("since") else None,
            refund_account=doc.get("refund_account"),
            excluded_methods=frozenset(doc.get("excluded_methods") or ()),
            conflict_policy=ConflictPolicy(doc.get("conflict_policy", "ask")),
            review_changes=bool(doc.get("review_changes", False)),
            numbering=Numbering(doc["numbering"]) if doc.get("numbering") else None,
        )


def load_settings(session: Session) -> SyncSettings:
    row = session.get(Setting, KEY)
    return SyncSettings.from_json(row.value if row else None)


def save_settings(session: Session, settings: SyncSettings) -> None:
    put_setting(session, KEY, settings.to_json())
