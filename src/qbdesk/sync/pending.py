"""The host carries out what other desktops asked of QuickBooks (match, create, bypass, approvals).

Run by :class:`~qbdesk.sync.engine.SyncEngine` at the start of each sync, under
the sync lock, before anything else: the user asked first, and a match or an
approval changes what the sync then does.

Each request is marked ``running`` (committed) before it is carried out and
``done``/``failed`` with a message after. A request a crash leaves ``running`` is
failed, never run again: it may have reached QuickBooks (a *create* done twice
makes two customers), and the person who asked can look and ask again. A
connection that breaks meanwhile (token refused, network down) puts the request
back in the queue and stops the sync, which fails for the same reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from qbdesk.qbo.client import QboClient
from qbdesk.qbo.errors import QboError, ReconnectNeeded, ServerError, ThrottledError, TransportError
from qbdesk.store import Company
from qbdesk.store.office import PendingAction, RequestStatus, requests
from qbdesk.store.syncdata import IssueStatus, SyncIssue
from qbdesk.store.types import utcnow
from qbdesk.sync.actions import ActionError, ProblemActions
from qbdesk.sync.approvals import approve
from qbdesk.sync.office import APPROVE, PROBLEM, Request
from qbdesk.sync.settings import load_settings

log = logging.getLogger("qbdesk.sync.pending")

# The connection failed, not the request: it goes back in the queue.
_RETRY_LATER = (ReconnectNeeded, TransportError, ThrottledError, ServerError)


def waiting_requests(company: Company) -> int:
    with company.session() as s:
        return len(requests(s, status=RequestStatus.PENDING))


def carry_out_requests(company: Company, client: QboClient, guard: Callable[[], None] | None = None,
                       engine: object | None = None) -> list[Request]:
    """Carry out every waiting request in the order they were made; returns them as they ended.

    ``guard`` is called before each request is taken on (the engine's sync-lock check): when it raises,
    the requests not taken on yet stay waiting for the next sync. The requests write through the engine
    under the lock the caller holds (``engine`` is the caller's, kept for its reporter).
    """
    with company.session() as s:
        for stuck in requests(s, status=RequestStatus.RUNNING):
            stuck.status, stuck.finished_at = RequestStatus.FAILED, utcnow()
            stuck.result = ("Interrupted while being carried out: look at the problem or the approval list, "
                          "and ask again if it is still needed.")
        ids = [waiting.id for waiting in requests(s, status=RequestStatus.PENDING)]
    done: list[Request] = []
    for request_id in ids:
        if guard is not None:
            guard()
        with company.session() as s:
            row = s.get(PendingAction, request_id, with_for_update=True)
            if row is None or row.status is not RequestStatus.PENDING:
                continue  # cancelled meanwhile
            row.status, row.started_at = RequestStatus.RUNNING, utcnow()
            kind, action, issue_id, arg, payload = row.kind, row.action, row.issue_id, row.arg, dict(row.payload)
        try:
            status, message = _carry_out(company, client, kind, action, issue_id, arg, payload, guard)
        except _RETRY_LATER:
            _finish(company, request_id, RequestStatus.PENDING, None)
            raise
        except Exception as exc:  # a bug must not block the queue (or the sync) forever; it is logged
            log.exception("request %s could not be carried out", request_id)
            status, message = RequestStatus.FAILED, f"Could not be carried out: {exc}"
        done.append(_finish(company, request_id, status, message))
        log.info("request %s (%s %s) → %s: %s", request_id, kind, action or "", status.value, message)
    return done


def _carry_out(company: Company, client: QboClient, kind: str, action: str | None, issue_id: int | None,
               arg: str | None, payload: dict[str, object],
               guard: Callable[[], None] | None) -> tuple[RequestStatus, str]:
    if kind == PROBLEM:
        if action is None or issue_id is None:
            return RequestStatus.FAILED, "The request names no problem or action"
        with company.session() as s:
            issue = s.get(SyncIssue, issue_id)
            if issue is None:
                return RequestStatus.FAILED, f"Problem #{issue_id} no longer exists"
            if issue.status in (IssueStatus.RESOLVED, IssueStatus.BYPASSED):
                return RequestStatus.FAILED, f"Problem #{issue_id} was resolved meanwhile"
        try:
            result = ProblemActions(company, client, guard=guard).apply(issue_id, action, arg)
        except ActionError as exc:
            return RequestStatus.FAILED, str(exc)
        except QboError as exc:
            return RequestStatus.FAILED, f"QuickBooks refused: {exc}"
        return RequestStatus.DONE, result.message
    if kind == APPROVE:
        checked = [int(i) for i in payload.get("checked", []) or []]  # type: ignore[attr-defined]
        seen = [int(i) for i in payload.get("seen", []) or []]  # type: ignore[attr-defined]
        with company.session() as s:
            settings = load_settings(s)
        outcome = approve(company, client, settings, checked, clear_unchecked=bool(payload.get("clear_unchecked")),
                          among=seen, guard=guard if guard is not None else _no_guard)
        message = f"{outcome.approved} approved, {outcome.kept} kept, {outcome.cleared} cleared"
        if outcome.problems:
            message += f"; {outcome.problems} could not sync (see the problem list)"
        return RequestStatus.DONE, message
    return RequestStatus.FAILED, f"Unknown request kind {kind!r}"


def _no_guard() -> None:
    """Requests carried out by a caller that holds no lock to watch (tests)."""


def _finish(company: Company, request_id: int, status: RequestStatus, message: str | None) -> Request:
    with company.session() as s:
        row = s.get(PendingAction, request_id)
        assert row is not None
        row.status = status
        row.result = message
        row.finished_at = utcnow() if status is not RequestStatus.PENDING else None
        if status is RequestStatus.PENDING:
            row.started_at = None
        return Request.of(row)
