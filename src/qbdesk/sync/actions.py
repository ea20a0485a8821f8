"""What the user can do about a problem: the same actions from the window and from ``qbdesk resolve``.

Every action is persisted (the problem's status, the record's link) and logged,
so it holds on every desktop and across restarts. Actions that need QuickBooks
(match, create, bypass) take the API client; the others work offline and take
effect at the next sync. On a desktop that is not the company's sync host (office
mode, given an :class:`~qbdesk.sync.office.Office`), the QuickBooks actions become
requests the host carries out at its next sync: only the host holds the tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.qbo.errors import QboError
from qbdesk.store import BY_ENTITY, Company, Customer, Item, Payment
from qbdesk.store.events import sync_origin
from qbdesk.store.syncdata import IssueStatus, Link, LinkState, SyncIssue
from qbdesk.store.types import utcnow
from qbdesk.sync.catalogue import (
    ACCEPT,
    BYPASS,
    CLEAR_ID,
    CREATE,
    DELETE,
    DONT_SYNC,
    KEEP_HERE,
    KEEP_IT,
    KEEP_QBO,
    MATCH,
    MOVE_BACK,
    RENUMBER,
    RESYNC,
    SKIP,
    UNDO_ANYWAY,
    UNSKIP,
    actions_for,
    find_entry,
)
from qbdesk.sync.links import LinkCache, write_link
from qbdesk.sync.mapping import UnresolvedReference, from_qbo
from qbdesk.sync.wire import decimals_back

if TYPE_CHECKING:
    from qbdesk.sync.office import Office

log = logging.getLogger("qbdesk.sync.actions")

FOR_THE_HOST = frozenset({MATCH, CREATE, BYPASS, UNDO_ANYWAY})  # need QuickBooks: queued on another desktop


class ActionError(Exception):
    """The action cannot be applied (with a message for the user)."""


@dataclass(frozen=True)
class ActionResult:
    issue_id: int
    action: str
    status: str
    message: str
    needs_sync: bool = False   # the change takes effect at the next sync (the caller may start one)
    request_id: int | None = None  # set when it was sent to the sync host (status "queued")


def _issue(session: Session, issue_id: int) -> SyncIssue:
    issue = session.get(SyncIssue, issue_id)
    if issue is None:
        raise ActionError(f"No problem with id {issue_id}")
    return issue


def _set_link_state(session: Session, entity: str, local_id: int, state: LinkState,
                    qbo_id: str | None = None) -> None:
    link = session.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).first()
    now = utcnow()
    if link is None:
        link = Link(entity_type=entity, local_id=local_id, created_at=now)
        session.add(link)
    link.state, link.qbo_id, link.updated_at = state, qbo_id, now


class ProblemActions:
    def __init__(self, company: Company, client: QboClient | None = None, *, office: Office | None = None,
                 guard: Callable[[], None] | None = None) -> None:
        self.company = company
        self.client = client
        self.office = office
        self.guard = guard  # given: the caller holds the sync lock (the host, during its sync)

    def available(self, issue_id: int) -> tuple[str, ...]:
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            entry = find_entry(issue.code, issue.message or "", issue.detail or "", issue.entity_type)
            actions = actions_for(entry, issue.entity_type)
            if issue.status is IssueStatus.SKIPPED:
                return (UNSKIP,)
            return actions

    def apply(self, issue_id: int, action: str, arg: str | None = None) -> ActionResult:
        simple: dict[str, Callable[[int], ActionResult]] = {
            RESYNC: self.resync, SKIP: self.skip, UNSKIP: self.unskip, CLEAR_ID: self.clear_id, RENUMBER: self.renumber,
            BYPASS: self.bypass, DELETE: self.delete, CREATE: self.create, DONT_SYNC: self.dont_sync,
            UNDO_ANYWAY: self.undo_anyway, KEEP_IT: self.keep_it}
        versions: dict[str, Callable[[int, str], ActionResult]] = {
            KEEP_HERE: self.keep_here, MOVE_BACK: self.keep_here, KEEP_QBO: self.keep_qbo, ACCEPT: self.keep_qbo}
        if action not in simple and action not in versions and action != MATCH:
            raise ActionError(f"Unknown action {action!r}")
        if action not in (SKIP, UNSKIP) and action not in self.available(issue_id):
            raise ActionError(f"'{action}' does not apply to this problem")
        if action == MATCH and not arg:
            raise ActionError("match needs the QuickBooks Id of the customer to use")
        if action in FOR_THE_HOST and self.office is not None:
            result = self._on_the_host(self.office, issue_id, action, arg)
        elif action == MATCH:
            assert arg is not None
            result = self.match(issue_id, arg)
        elif action in versions:
            result = versions[action](issue_id, action)
        else:
            result = simple[action](issue_id)
        log.info("problem %s: %s → %s", issue_id, action, result.status)
        return result

    def _on_the_host(self, office: Office, issue_id: int, action: str, arg: str | None) -> ActionResult:
        """Carry out a QuickBooks action on the host, under the sync lock; queue it for the host otherwise.

        On the host itself, a sync running at that moment holds the lock: the action
        then waits for the next sync rather than writing to QuickBooks beside it.
        """
        from qbdesk.store.locks import SyncBusy, SyncLock

        if office.is_host():
            try:
                with SyncLock(self.company, self._need_client().realm_id, office.desktop) as lock:
                    self.guard = lock.check
                    if action == MATCH:
                        assert arg is not None  # checked by apply()
                        return self.match(issue_id, arg)
                    if action == UNDO_ANYWAY:
                        return self.undo_anyway(issue_id)
                    return self.create(issue_id) if action == CREATE else self.bypass(issue_id)
            except SyncBusy:
                request = office.request_problem_action(issue_id, action, arg)
                return ActionResult(issue_id, action, "queued", "A sync is running: this is carried out at the "
                                                                "start of the next one.", request_id=request.id)
        request = office.request_problem_action(issue_id, action, arg)
        host = office.host()
        name = host.desktop_name if host is not None else "the sync host"
        return ActionResult(issue_id, action, "queued", f"Sent to {name}, the sync host: it is carried out at its "
                                                        f"next sync.", request_id=request.id)

    # --- offline actions --------------------------------------------------------------------------

    def resync(self, issue_id: int) -> ActionResult:
        """Try again at the next sync: the record is queued as changed — a record here marked, a QuickBooks
        record that could not come here asked for again (a later sync reads only what changed there)."""
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            if issue.local_id is not None:
                record = s.get(BY_ENTITY[issue.entity_type], issue.local_id)
                if record is not None:
                    record.dirty = True
            elif issue.qbo_id is not None:
                issue.data = {**(issue.data or {}), "retry": issue.attempts}  # until the next attempt counts
            issue.status = IssueStatus.OPEN
            issue.last_seen = utcnow()
        return ActionResult(issue_id, RESYNC, "open", "Queued: it is sent again at the next sync.", True)

    def renumber(self, issue_id: int) -> ActionResult:
        """A number QuickBooks already uses: the next number free on both sides, given here (an edit, sent at
        the next sync)."""
        from qbdesk.sync.numbers import renumber

        with self.company.session() as s:
            issue = _issue(s, issue_id)
            if issue.local_id is None:
                raise ActionError("This applies to records of this company")
            params = (issue.data or {}).get("params") or {}
            suggestion = str(params.get("suggestion") or "")
            start = int(suggestion) if suggestion.isdigit() else 1
            entity, local_id = issue.entity_type, issue.local_id
        given = renumber(self.company, [(entity, local_id)], start)
        if not given:
            raise ActionError("The record no longer exists here")
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            issue.status, issue.last_seen = IssueStatus.RESOLVED, utcnow()
        number = given[(entity, local_id)]
        return ActionResult(issue_id, RENUMBER, "resolved", f"It is number {number} now; the next sync sends it.",
                            True)

    def skip(self, issue_id: int) -> ActionResult:
        with self.company.session() as s:
            _issue(s, issue_id).status = IssueStatus.SKIPPED
        return ActionResult(issue_id, SKIP, "skipped", "Skipped: no more retries or notifications for it.")

    def unskip(self, issue_id: int) -> ActionResult:
        with self.company.session() as s:
            _issue(s, issue_id).status = IssueStatus.OPEN
        return ActionResult(issue_id, UNSKIP, "open", "Not skipped any more.", True)

    def clear_id(self, issue_id: int) -> ActionResult:
        """The QuickBooks twin was deleted: forget the link so the next sync creates the record again."""
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            if issue.local_id is None:
                raise ActionError("Clear ID applies to records of this company")
            for link in s.scalars(select(Link).where(Link.entity_type == issue.entity_type,
                                                     Link.local_id == issue.local_id)):
                s.delete(link)
            record = s.get(BY_ENTITY[issue.entity_type], issue.local_id)
            if record is not None:
                record.dirty = True
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, CLEAR_ID, "resolved", "The link is cleared: the next sync creates the record "
                                                            "in QuickBooks again.", True)

    def dont_sync(self, issue_id: int) -> ActionResult:
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            if issue.local_id is None:
                raise ActionError("This applies to customers of this company")
            _set_link_state(s, issue.entity_type, issue.local_id, LinkState.DONT_SYNC)
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, DONT_SYNC, "resolved",
                            "This customer is not synced; its invoices and payments wait too.")

    def delete(self, issue_id: int) -> ActionResult:
        """Services only: remove the failing service so it can be created again correctly."""
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            item = s.get(Item, issue.local_id) if issue.local_id is not None else None
            if item is None:
                raise ActionError("The service no longer exists here")
            try:
                with s.begin_nested():
                    s.delete(item)
                    s.flush()
            except IntegrityError as exc:
                raise ActionError("This service is used on invoices or bills here, so it cannot be deleted; edit "
                                  "its income account instead.") from exc
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, DELETE, "resolved", "The service was deleted here.")

    # --- two versions of one record (conflicts, invoices moved in QuickBooks) ---------------------

    def _their_version(self, issue: SyncIssue) -> dict[str, Any]:
        row = (issue.data or {}).get("qbo")
        if not isinstance(row, dict):
            raise ActionError("QuickBooks' version of this record was not kept with the problem; click Resync")
        return cast(dict[str, Any], decimals_back(row))

    def keep_here(self, issue_id: int, action: str = KEEP_HERE) -> ActionResult:
        """Send this app's version: QuickBooks' newer SyncToken is adopted so the update is not stale."""
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            theirs = self._their_version(issue)
            if issue.local_id is None:
                raise ActionError("This applies to records of this company")
            link = s.scalars(select(Link).where(Link.entity_type == issue.entity_type,
                                                Link.local_id == issue.local_id)).first()
            if link is not None and theirs.get("SyncToken") is not None:
                link.sync_token = str(theirs["SyncToken"])
            record = s.get(BY_ENTITY[issue.entity_type], issue.local_id)
            if record is not None:
                record.dirty = True
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, action, "resolved", "This app's version is sent at the next sync.", True)

    def keep_qbo(self, issue_id: int, action: str = KEEP_QBO) -> ActionResult:
        """Take QuickBooks' version here (the record is then in step, nothing to send)."""
        with self.company.session() as s, sync_origin(s):
            issue = _issue(s, issue_id)
            theirs = self._their_version(issue)
            record = s.get(BY_ENTITY[issue.entity_type], issue.local_id) if issue.local_id is not None else None
            if record is None:
                raise ActionError("The record no longer exists here")
            cache = LinkCache.load(s)
            try:
                from_qbo(issue.entity_type, theirs, cache.local_id, into=record)
            except UnresolvedReference as exc:
                raise ActionError(f"QuickBooks' version uses a {exc.entity} that is not synced here yet") from exc
            record.dirty = False
            if theirs.get("Id") is not None:
                write_link(s, cache, issue.entity_type, record.id, str(theirs["Id"]), str(theirs.get("SyncToken")))
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, action, "resolved", "QuickBooks' version now stands here too.")

    # --- actions that talk to QuickBooks ----------------------------------------------------------

    def _need_client(self) -> QboClient:
        if self.client is None:
            raise ActionError("This action needs the connection to QuickBooks")
        return self.client

    def match(self, issue_id: int, qbo_id: str) -> ActionResult:
        """Link a customer here to the QuickBooks customer the user picked."""
        client = self._need_client()
        try:
            row = client.get("Customer", qbo_id)
        except QboError as exc:
            raise ActionError(f"QuickBooks customer {qbo_id} cannot be read: {exc.message or exc}") from exc
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            if issue.entity_type != "Customer" or issue.local_id is None:
                raise ActionError("Match applies to customers of this company")
            cache = LinkCache.load(s)
            other = cache.local_id("Customer", qbo_id)
            if other is not None and other != issue.local_id:
                raise ActionError(f"QuickBooks customer '{row.get('DisplayName')}' is already linked to another "
                                  f"customer here")
            write_link(s, cache, "Customer", issue.local_id, qbo_id, str(row.get("SyncToken")))
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, MATCH, "resolved",
                            f"Linked to QuickBooks customer '{row.get('DisplayName')}'.", True)

    def create(self, issue_id: int) -> ActionResult:
        """Create this customer in QuickBooks now, through the engine like any write (journaled, settled
        after a crash), and link it. A link to a twin QuickBooks deleted is dropped first."""
        from qbdesk.sync.changes import Scope
        from qbdesk.sync.engine import ACTION, SyncEngine

        client = self._need_client()
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            customer = s.get(Customer, issue.local_id) if issue.local_id is not None else None
            if customer is None:
                raise ActionError("The customer no longer exists here")
            for link in s.scalars(select(Link).where(Link.entity_type == "Customer", Link.local_id == customer.id,
                                                     Link.state != LinkState.LINKED)):
                s.delete(link)
            customer_id = customer.id
        summary = SyncEngine(self.company, client).run_scoped(Scope(frozenset({("Customer", str(customer_id))})),
                                                              kind=ACTION, guard=self.guard)
        with self.company.session() as s:
            linked = LinkCache.load(s).qbo_id("Customer", customer_id)
            issue = _issue(s, issue_id)
            if linked is None:
                latest = s.scalars(select(SyncIssue).where(SyncIssue.entity_type == "Customer",
                                                           SyncIssue.local_id == customer_id,
                                                           SyncIssue.status == IssueStatus.OPEN)
                                   .order_by(SyncIssue.last_seen.desc())).first()
                why = latest.message if latest is not None else f"the run ended {summary.status}"
                raise ActionError(f"QuickBooks refused: {why}")
            issue.status = IssueStatus.RESOLVED
        made = "created in" if summary.created_in_qbo else "linked to its twin in"
        return ActionResult(issue_id, CREATE, "resolved", f"The customer was {made} QuickBooks.", True)

    def bypass(self, issue_id: int) -> ActionResult:
        """A payment already in QuickBooks: link it to its QuickBooks twin (when found), never send it."""
        client = self._need_client()
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            payment = s.get(Payment, issue.local_id) if issue.local_id is not None else None
            if payment is None:
                raise ActionError("Bypass applies to payments of this company")
            cache = LinkCache.load(s)
            customer_qbo = cache.qbo_id("Customer", payment.customer_id)
            day, total = payment.txn_date.isoformat(), payment.total
        twin = None
        if customer_qbo is not None:
            for row in client.query(f"SELECT * FROM Payment WHERE TxnDate = '{day}'"):
                if (row.get("CustomerRef") or {}).get("value") == customer_qbo and \
                        Decimal(str(row.get("TotalAmt"))) == total:
                    twin = row
                    break
        with self.company.session() as s, sync_origin(s):
            issue = _issue(s, issue_id)
            assert issue.local_id is not None
            _set_link_state(s, "Payment", issue.local_id, LinkState.BYPASSED,
                            str(twin["Id"]) if twin is not None else None)
            record = s.get(Payment, issue.local_id)
            if record is not None:
                record.dirty = False
            issue.status = IssueStatus.BYPASSED
        found = "linked to the QuickBooks payment" if twin is not None else "no matching QuickBooks payment was found"
        return ActionResult(issue_id, BYPASS, "bypassed", f"Marked Bypassed ({found}); it is never sent.")

    # --- a record changed since the run an undo takes back ----------------------------------------

    def _undo_step(self, issue: SyncIssue) -> tuple[str, int]:
        params = (issue.data or {}).get("params") or {}
        run_id, entry = params.get("run"), params.get("entry")
        if not run_id or not entry:
            raise ActionError("This problem does not say which run's undo it belongs to")
        return str(run_id), int(entry)

    def undo_anyway(self, issue_id: int) -> ActionResult:
        """Take the run back for this record all the same: a targeted undo of its journal row, forced, through
        the executor like any undo (journaled, settled after a crash)."""
        from qbdesk.store.locks import SyncBusy
        from qbdesk.sync.engine import ResumeNeedsUser
        from qbdesk.sync.undo import UndoRefused
        from qbdesk.sync.undo_run import Undo

        client = self._need_client()
        with self.company.session() as s:
            run_id, entry = self._undo_step(_issue(s, issue_id))
        step = frozenset({entry})
        try:
            summary = Undo(self.company, client).run(run_id, force=step, only=step, guard=self.guard)
        except (UndoRefused, ResumeNeedsUser) as exc:
            raise ActionError(str(exc)) from exc
        except SyncBusy as exc:
            raise ActionError("A sync is running: try again when it has finished.") from exc
        with self.company.session() as s:
            issue = _issue(s, issue_id)
            if summary.status != "completed" or summary.problems:
                raise ActionError(f"The record could not be undone (the undo ended {summary.status}, "
                                  f"{summary.problems} problems): see the problem list")
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, UNDO_ANYWAY, "resolved", "Undone for this record.")

    def keep_it(self, issue_id: int) -> ActionResult:
        """Leave the record as it is now; later undos of that run leave it too."""
        from qbdesk.sync.undo import remember_kept

        with self.company.session() as s:
            issue = _issue(s, issue_id)
            self._undo_step(issue)
            remember_kept(issue)
            issue.status = IssueStatus.RESOLVED
        return ActionResult(issue_id, KEEP_IT, "resolved", "Kept as it is: the undo leaves this record.")
