"""One company (realm) inside the sandbox: its entities as QuickBooks JSON, the Id
sequences, the indexes the rules need, and the derived numbers QuickBooks keeps
(balances, remaining credit, linked transactions).

Entities are stored exactly as QuickBooks would return them, so reads and
queries are a lookup and a serialisation. Everything derived from other
entities (an invoice's or bill's balance from the payments applied to it, a
customer's or vendor's balance from its documents) is recomputed here whenever a
write touches it; as in QuickBooks, such a change moves ``LastUpdatedTime`` (so
CDC reports it) but not ``SyncToken`` (nobody edited the record). Accounts'
balances follow every posting transaction (:mod:`qbdesk.sandbox.ledger`); they
move neither (the sandbox's reading: a balance is not an edit of the account).

A company is guarded by one re-entrant lock; every HTTP request that touches it
holds that lock for the whole operation, which is what makes the sandbox
thread-safe without per-field care.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from qbdesk.sandbox import ledger
from qbdesk.sandbox.clock import Clock, stamp
from qbdesk.sandbox.jsonio import clone
from qbdesk.sandbox.names import name_key
from qbdesk.sandbox.schema import PARTIES, SALES_FORMS, SPECS, USD

ZERO = Decimal("0.00")
MAX_REMEMBERED = 100_000  # requestids kept per company (QuickBooks does not document its retention)
CENT = Decimal("0.01")
CURRENCY_NAMES = {"EUR": "Euro", "GBP": "British Pound Sterling", "CAD": "Canadian Dollar", "AUD": "Australian Dollar"}
Key = tuple[str, str]  # (entity type, Id)
# Invoices and credit memos draw on one pool of document numbers: a credit memo numbered like an invoice is
# a 6140 clash (Chargebee: "an invoice or credit note with the same number already exists").
DOC_SPACE = {"Invoice": "InvoiceOrCreditMemo", "CreditMemo": "InvoiceOrCreditMemo"}
# What a transaction's lines apply to (LinkedTxn): a payment pays invoices and uses credit memos, a bill payment
# pays bills and uses vendor credits, a deposit takes payments and sales receipts out of Undeposited Funds.
APPLIES = {"Payment": ("Invoice", "CreditMemo"), "BillPayment": ("Bill", "VendorCredit"),
           "Deposit": ("Payment", "SalesReceipt")}
# Documents whose balance is what was applied to them.
DOCUMENTS = ("Invoice", "CreditMemo", "Bill", "VendorCredit")
CREDITS = ("CreditMemo", "VendorCredit")
TREES = ("Account", "Item", "Class", "Department")  # names unique by their full Parent:Child name


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT)


def ref_id(ref: Any) -> str | None:
    if isinstance(ref, dict):
        value = ref.get("value")
        return None if value is None else str(value)
    return None


@dataclass
class CompanySettings:
    """Company-level behaviour that is not a QuickBooks preference visible in the API."""

    name: str
    user_name: str = "Practice Admin"  # the other user QuickBooks names in a 5010 "stale object" fault
    warn_duplicate_bill_number: bool = True  # QuickBooks' "Warn if duplicate bill number is used"


class Company:
    def __init__(self, realm_id: str, clock: Clock, settings: CompanySettings) -> None:
        self.realm_id = realm_id
        self.clock = clock
        self.settings = settings
        self.lock = threading.RLock()
        self.entities: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in SPECS}
        self.deleted: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in SPECS}
        self.sequences: dict[str, int] = {}
        # requestid → the original reply (status, JSON text); batch items under requestid + bId.
        self.replies: OrderedDict[str, tuple[int, str]] = OrderedDict()
        self.batch_replies: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._names: dict[str, dict[str, Key]] = defaultdict(dict)
        self._docs: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._links: dict[Key, dict[str, Decimal]] = defaultdict(dict)
        self._by_party: dict[str, set[Key]] = defaultdict(set)
        self._jobs: dict[str, set[str]] = defaultdict(set)
        self._postings: dict[Key, list[ledger.Posting]] = {}
        self._balances: dict[str, Decimal] = defaultdict(Decimal)
        self._sub_accounts: dict[str, set[str]] = defaultdict(set)

    def copy(self, realm_id: str) -> Company:
        """An independent company with the same books (tests snapshot a generated company this way)."""
        with self.lock:
            twin = Company(realm_id, self.clock, CompanySettings(**vars(self.settings)))
            twin.entities = clone(self.entities)
            twin.deleted = clone(self.deleted)
            twin.sequences = dict(self.sequences)
        twin.rebuild()
        return twin

    def remember(self, request_id: str, status: int, body: str) -> None:
        """Keep the reply to a write so that a retry with the same requestid gets it again."""
        self.replies[request_id] = (status, body)
        while len(self.replies) > MAX_REMEMBERED:
            self.replies.popitem(last=False)

    def remember_item(self, key: str, response: dict[str, Any]) -> None:
        """The same for one batch item, under requestid + bId."""
        self.batch_replies[key] = response
        while len(self.batch_replies) > MAX_REMEMBERED:
            self.batch_replies.popitem(last=False)

    # --- ids ---------------------------------------------------------------------------------------

    def next_id(self, entity: str) -> str:
        seq = SPECS[entity].sequence
        value = self.sequences.get(seq, 0) + 1
        self.sequences[seq] = value
        return str(value)

    def reserve_id(self, entity: str, entity_id: str) -> None:
        """Keep the sequence ahead of an Id that was loaded from outside (seed data, a state file)."""
        if entity_id.isdigit():
            seq = SPECS[entity].sequence
            self.sequences[seq] = max(self.sequences.get(seq, 0), int(entity_id))

    # --- lookups -----------------------------------------------------------------------------------

    def get(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        return self.entities[entity].get(entity_id)

    def is_deleted(self, entity: str, entity_id: str) -> bool:
        return entity_id in self.deleted[entity]

    def all(self, entity: str) -> Iterator[dict[str, Any]]:
        return iter(self.entities[entity].values())

    def singleton(self, entity: str) -> dict[str, Any]:
        return self.entities[entity]["1"]

    @property
    def preferences(self) -> dict[str, Any]:
        return self.singleton("Preferences")

    def pref(self, group: str, name: str, default: Any = None) -> Any:
        return (self.preferences.get(group) or {}).get(name, default)

    def name_owner(self, group: str, name: str) -> Key | None:
        return self._names[group].get(name_key(name))

    def doc_owners(self, key: tuple[str, ...]) -> set[str]:
        return self._docs.get(key, set())

    def applied_to(self, entity: str, entity_id: str) -> dict[str, Decimal]:
        """Id of the transaction applying it → amount: the payments applied to an invoice or credit memo, the
        bill payments to a bill or vendor credit, the deposits a payment or sales receipt went into."""
        return self._links.get((entity, entity_id), {})

    def jobs_of(self, customer_id: str) -> set[str]:
        return self._jobs.get(customer_id, set())

    def party_txns(self, party_id: str) -> set[Key]:
        return self._by_party.get(party_id, set())

    def home_currency(self) -> dict[str, str]:
        """``Preferences.CurrencyPrefs.HomeCurrency`` as a reference (US dollars unless the company says)."""
        prefs = self.entities["Preferences"].get("1") or {}
        code = str(((prefs.get("CurrencyPrefs") or {}).get("HomeCurrency") or {}).get("value") or USD["value"])
        return dict(USD) if code == USD["value"] else {"value": code, "name": CURRENCY_NAMES.get(code, code)}

    def account_by_subtype(self, subtype: str) -> dict[str, Any] | None:
        for acc in self.entities["Account"].values():
            if acc.get("AccountSubType") == subtype and acc.get("Active", True):
                return acc
        return None

    def accounts_of_type(self, account_type: str) -> list[dict[str, Any]]:
        return [a for a in self.entities["Account"].values()
                if a.get("AccountType") == account_type and a.get("Active", True)]

    # --- writes ------------------------------------------------------------------------------------

    def put(self, entity: str, data: dict[str, Any], *, touch: set[Key] | None = None) -> dict[str, Any]:
        """Store a new or changed entity, keep indexes and derived numbers current."""
        entity_id = str(data["Id"])
        old = self.entities[entity].get(entity_id)
        dependents: set[Key] = set(touch or ())
        if old is not None:
            dependents |= self._unindex(entity, old)
        self.entities[entity][entity_id] = data
        dependents |= self._index(entity, data)
        self.reserve_id(entity, entity_id)
        dependents.discard((entity, entity_id))
        self.refresh(dependents | {(entity, entity_id)}, changed=(entity, entity_id))
        return data

    def remove(self, entity: str, entity_id: str) -> dict[str, Any]:
        """Delete a transaction for good; CDC keeps reporting it as a ``Deleted`` stub."""
        old = self.entities[entity].pop(entity_id)
        dependents = self._unindex(entity, old)
        now = self.clock.now()
        stub = {"domain": "QBO", "status": "Deleted", "Id": entity_id,
                "MetaData": {"LastUpdatedTime": stamp(now)}, "_ts": now.timestamp()}
        self.deleted[entity][entity_id] = stub
        self.refresh(dependents)
        return stub

    def touch(self, data: dict[str, Any]) -> None:
        """Mark a derived change: LastUpdatedTime moves, SyncToken does not."""
        now = self.clock.now()
        data.setdefault("MetaData", {})["LastUpdatedTime"] = stamp(now)
        data["_ts"] = now.timestamp()

    # --- indexes -------------------------------------------------------------------------------------

    def _name_group(self, entity: str) -> str | None:
        if entity in PARTIES:
            return "party"
        if entity in (*TREES, "PaymentMethod", "Term"):
            return entity
        return None

    def _name_of(self, entity: str, data: dict[str, Any]) -> str | None:
        """The name uniqueness is judged on: a party's DisplayName (jobs included), a list entry's full name."""
        if entity in PARTIES:
            return data.get("DisplayName")
        if entity in TREES:
            return data.get("FullyQualifiedName") or data.get("Name")
        return data.get("Name")

    def _doc_key(self, entity: str, data: dict[str, Any]) -> tuple[str, ...] | None:
        doc = data.get("DocNumber")
        if not doc:
            return None
        if entity == "Bill":
            return ("Bill", ref_id(data.get("VendorRef")) or "", str(doc))
        if entity in SALES_FORMS or entity in ("Purchase",):
            return (DOC_SPACE.get(entity, entity), str(doc))
        return None

    def _index(self, entity: str, data: dict[str, Any]) -> set[Key]:
        entity_id = str(data["Id"])
        dependents: set[Key] = set()
        group = self._name_group(entity)
        name = self._name_of(entity, data)
        if group and name:
            self._names[group][name_key(name)] = (entity, entity_id)
        doc_key = self._doc_key(entity, data)
        if doc_key:
            self._docs[doc_key].add(entity_id)
            if entity in SALES_FORMS and doc_key[-1].isdigit():
                # QuickBooks numbers the next sales form one past the highest number in use.
                self.sequences["SalesDocNumber"] = max(self.sequences.get("SalesDocNumber", 0), int(doc_key[-1]))
        if entity == "Customer":
            parent = ref_id(data.get("ParentRef"))
            if parent:
                self._jobs[parent].add(entity_id)
                dependents.add(("Customer", parent))
        for party in self._parties_of(entity, data):
            self._by_party[party[1]].add((entity, entity_id))
            dependents.add(party)
        for target, amount in _applications(entity, data):
            self._links[target][entity_id] = self._links[target].get(entity_id, ZERO) + amount
            dependents.add(target)
        if entity == "Account":
            parent = ref_id(data.get("ParentRef"))
            if parent:
                self._sub_accounts[parent].add(entity_id)
        if SPECS[entity].is_txn:
            self._post((entity, entity_id), ledger.postings(entity, data, self.get, self.default_accounts()))
        return dependents

    def _unindex(self, entity: str, data: dict[str, Any]) -> set[Key]:
        entity_id = str(data["Id"])
        dependents: set[Key] = set()
        group = self._name_group(entity)
        name = self._name_of(entity, data)
        if group and name and self._names[group].get(name_key(name)) == (entity, entity_id):
            del self._names[group][name_key(name)]
        doc_key = self._doc_key(entity, data)
        if doc_key:
            self._docs[doc_key].discard(entity_id)
        if entity == "Customer":
            parent = ref_id(data.get("ParentRef"))
            if parent:
                self._jobs[parent].discard(entity_id)
                dependents.add(("Customer", parent))
        for party in self._parties_of(entity, data):
            self._by_party[party[1]].discard((entity, entity_id))
            dependents.add(party)
        for target, _amount in _applications(entity, data):
            self._links[target].pop(entity_id, None)
            dependents.add(target)
        if entity == "Account":
            parent = ref_id(data.get("ParentRef"))
            if parent:
                self._sub_accounts[parent].discard(entity_id)
        if SPECS[entity].is_txn:
            self._post((entity, entity_id), [])
        return dependents

    @staticmethod
    def _party_of(entity: str, data: dict[str, Any]) -> Key | None:
        if entity in ("Invoice", "CreditMemo", "Payment"):
            cid = ref_id(data.get("CustomerRef"))
            return ("Customer", cid) if cid else None
        if entity in ("Bill", "VendorCredit", "BillPayment"):
            vid = ref_id(data.get("VendorRef"))
            return ("Vendor", vid) if vid else None
        return None

    @classmethod
    def _parties_of(cls, entity: str, data: dict[str, Any]) -> set[Key]:
        """The customers and vendors whose balance a transaction may count in (a journal entry: several)."""
        if entity == "JournalEntry":
            return ledger.journal_parties(data)
        party = cls._party_of(entity, data)
        return {party} if party else set()

    # --- the ledger: accounts' balances ----------------------------------------------------------------

    def default_accounts(self) -> dict[str, str | None]:
        """The accounts a transaction posts to when it names none: the first A/R, A/P, Undeposited Funds."""
        def first(kind: str) -> str | None:
            found = self.accounts_of_type(kind)
            return str(found[0]["Id"]) if found else None

        undeposited = self.account_by_subtype("UndepositedFunds")
        return {"ar": first("Accounts Receivable"), "ap": first("Accounts Payable"),
                "undeposited": str(undeposited["Id"]) if undeposited is not None else None}

    def _post(self, key: Key, lines: list[ledger.Posting]) -> None:
        """Replace what ``key`` posted with ``lines`` and show the accounts' new balances."""
        touched: set[str] = set()
        for account, amount in self._postings.pop(key, []):
            self._balances[account] -= amount
            touched.add(account)
        for account, amount in lines:
            self._balances[account] += amount
            touched.add(account)
        if lines:
            self._postings[key] = lines
        for account in touched:
            self._show_balance(account)

    def _show_balance(self, account_id: str) -> None:
        """An account's ``CurrentBalance`` (balance-sheet accounts only) and its parents' totals with sub-accounts."""
        seen: set[str] = set()
        node: str | None = account_id
        while node is not None and node not in seen:
            seen.add(node)
            data = self.entities["Account"].get(node)
            if data is None:
                return
            if data.get("Classification") in ("Asset", "Liability", "Equity"):
                own = ledger.shown(data.get("Classification"), self._balances.get(node, ZERO))
                data["CurrentBalance"] = own
                data["CurrentBalanceWithSubAccounts"] = own + sum(
                    (Decimal((self.entities["Account"].get(c) or {}).get("CurrentBalanceWithSubAccounts") or 0)
                     for c in self._sub_accounts.get(node, ())), ZERO)
            node = ref_id(data.get("ParentRef"))

    # --- derived numbers -------------------------------------------------------------------------------

    def refresh(self, keys: set[Key], *, changed: Key | None = None) -> None:
        """Recompute derived fields of ``keys`` and of whatever they roll up into.

        Documents first (their balances feed the parties), then parties from jobs upwards.
        """
        docs = [k for k in keys if k[0] in DOCUMENTS]
        parties = {k for k in keys if k[0] in ("Customer", "Vendor")}
        for entity, entity_id in docs:
            data = self.entities[entity].get(entity_id)
            if data is not None and self._refresh_document(entity, data) and (entity, entity_id) != changed:
                self.touch(data)
            party = self._party_of(entity, data) if data else None
            if party:
                parties.add(party)
        pending = sorted(parties, key=lambda k: -self._depth(k))
        seen: set[Key] = set()
        while pending:
            key = pending.pop(0)
            if key in seen:
                continue
            seen.add(key)
            data = self.entities[key[0]].get(key[1])
            if data is None:
                continue
            if self._refresh_party(key[0], data) and key != changed:
                self.touch(data)
            parent = ref_id(data.get("ParentRef")) if key[0] == "Customer" else None
            if parent:
                pending.append(("Customer", parent))

    def _depth(self, key: Key) -> int:
        depth = 0
        data = self.entities[key[0]].get(key[1])
        while data is not None and key[0] == "Customer" and ref_id(data.get("ParentRef")) and depth < 10:
            depth += 1
            data = self.entities["Customer"].get(ref_id(data.get("ParentRef")) or "")
        return depth

    def _refresh_document(self, entity: str, data: dict[str, Any]) -> bool:
        applied = sum(self.applied_to(entity, str(data["Id"])).values(), ZERO)
        total = Decimal(data.get("TotalAmt") or 0)
        before = (data.get("Balance"), data.get("RemainingCredit"), data.get("LinkedTxn"))
        if entity in ("Invoice", "Bill"):
            data["Balance"] = money(total - applied)
            payer = "Payment" if entity == "Invoice" else "BillPayment"
            links = [{"TxnId": pid, "TxnType": payer}
                     for pid in sorted(self.applied_to(entity, str(data["Id"])), key=_numeric)]
            others = [lt for lt in data.get("LinkedTxn") or [] if lt.get("TxnType") != payer]
            data["LinkedTxn"] = others + links
        elif entity == "CreditMemo":
            data["RemainingCredit"] = money(total - applied)
            data["Balance"] = data["RemainingCredit"]
        else:  # a vendor credit: its Balance is the credit not used yet
            data["Balance"] = money(total - applied)
        return before != (data.get("Balance"), data.get("RemainingCredit"), data.get("LinkedTxn"))

    def _refresh_party(self, entity: str, data: dict[str, Any]) -> bool:
        party_id = str(data["Id"])
        balance = ZERO
        for txn_type, txn_id in self.party_txns(party_id):
            txn = self.entities[txn_type].get(txn_id)
            if txn is None:
                continue
            if txn_type in ("Invoice", "Bill"):
                balance += Decimal(txn.get("Balance") or 0)
            elif txn_type == "CreditMemo":
                balance -= Decimal(txn.get("RemainingCredit") or 0)
            elif txn_type == "VendorCredit":
                balance -= Decimal(txn.get("Balance") or 0)
            elif txn_type == "Payment":
                balance -= Decimal(txn.get("UnappliedAmt") or 0)
            elif txn_type == "BillPayment":
                balance -= overpaid(txn)
            elif txn_type == "JournalEntry":
                balance += ledger.journal_owed(txn, party_id, self.get)
        before = (data.get("Balance"), data.get("BalanceWithJobs"))
        data["Balance"] = money(balance)
        if entity == "Customer":
            with_jobs = balance
            for job in self.jobs_of(party_id):
                job_data = self.entities["Customer"].get(job)
                if job_data is not None:
                    with_jobs += Decimal(job_data.get("BalanceWithJobs") or 0)
            data["BalanceWithJobs"] = money(with_jobs)
        return before != (data.get("Balance"), data.get("BalanceWithJobs"))

    def rebuild(self) -> None:
        """Recompute every index and derived number (after a bulk load)."""
        self._names.clear()
        self._docs.clear()
        self._links.clear()
        self._by_party.clear()
        self._jobs.clear()
        self._postings.clear()
        self._balances.clear()
        self._sub_accounts.clear()
        for entity, rows in self.entities.items():
            for data in rows.values():
                self._index(entity, data)
                self.reserve_id(entity, str(data["Id"]))
        for entity in DOCUMENTS:
            for data in self.entities[entity].values():
                self._refresh_document(entity, data)
        customers = sorted(self.entities["Customer"], key=lambda cid: -self._depth(("Customer", cid)))
        for cid in customers:
            self._refresh_party("Customer", self.entities["Customer"][cid])
        for vendor in self.entities["Vendor"].values():
            self._refresh_party("Vendor", vendor)


def _numeric(value: str) -> tuple[int, str]:
    return (int(value), value) if value.isdigit() else (1 << 62, value)


def _applications(entity: str, data: dict[str, Any]) -> Iterator[tuple[Key, Decimal]]:
    targets = APPLIES.get(entity, ())
    for line in data.get("Line") or []:
        amount = Decimal(line.get("Amount") or 0)
        for link in line.get("LinkedTxn") or []:
            txn_type = link.get("TxnType")
            if txn_type in targets and link.get("TxnId") is not None:
                yield (txn_type, str(link["TxnId"])), amount


def overpaid(bill_payment: dict[str, Any]) -> Decimal:
    """What a bill payment paid beyond the bills it names, less the credits it used: a credit with the vendor
    (Intuit: "the overpayment is treated as a credit")."""
    charges = credits = ZERO
    for line in bill_payment.get("Line") or []:
        for link in line.get("LinkedTxn") or []:
            if link.get("TxnType") == "Bill":
                charges += Decimal(line.get("Amount") or 0)
            elif link.get("TxnType") == "VendorCredit":
                credits += Decimal(line.get("Amount") or 0)
    return money(Decimal(bill_payment.get("TotalAmt") or 0) - (charges - credits))
