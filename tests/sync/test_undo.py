"""Undo a run: a first sync into a QuickBooks company that already has data, taken back, leaves both sides as
they were — checked over HTTP by the test's own client, and by `qbdesk summary` of the company file."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe

from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.store import Customer, DepositLine, Invoice, Link, Payment
from qbdesk.store.summary import summarize
from qbdesk.store.syncdata import IssueStatus, JournalEntry, JournalState, RunStatus, SyncIssue, SyncRun
from qbdesk.sync.actions import ProblemActions
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.settings import SyncSettings
from qbdesk.sync.undo import UndoRefused
from qbdesk.sync.undo_run import Undo

MakeRig = Callable[..., Rig]


def _counts(rig: Rig) -> dict[str, int]:
    """What QuickBooks holds per entity type (active records for lists), read by the test's own client."""
    probe = QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())
    try:
        return {kind.name: len(probe.live(kind.name)) for kind in ENTITIES}
    finally:
        probe.close()


def _summary(rig: Rig) -> dict[str, Any]:
    with rig.company.session() as s:
        found = summarize(s)
    return {"counts": found.counts, "ar": found.open_receivables, "ap": found.open_payables}


def _bank(rig: Rig) -> str:
    return next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")


def test_undo_of_a_first_sync_leaves_both_sides_as_they_were(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=120, here_size=200)
    before_qbo, before_here = _counts(rig), _summary(rig)
    summary = rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    assert summary.status == "completed" and summary.problems == 0, summary
    assert summary.created_in_qbo > 50 and summary.created_here > 50
    assert _counts(rig) != before_qbo

    undo = Undo(rig.company, rig.connection.client)
    plan = undo.plan()
    totals = plan.totals()
    assert totals["delete_in_qbo"] + totals["deactivate_in_qbo"] == summary.created_in_qbo
    assert totals["delete_here"] == summary.created_here
    done = undo.run()
    assert done.status == "completed", done
    assert done.problems == 0
    assert _counts(rig) == before_qbo
    assert _summary(rig) == before_here


def _journal(rig: Rig, run_id: str, operation: str, entity: str) -> list[tuple[int, int | None, str | None]]:
    with rig.company.session() as s:
        return [(e.id, e.local_id, e.qbo_id) for e in s.scalars(
            select(JournalEntry).where(JournalEntry.run_id == run_id, JournalEntry.operation == operation,
                                       JournalEntry.entity_type == entity, JournalEntry.state == JournalState.DONE)
            .order_by(JournalEntry.seq))]


def _open_problems(rig: Rig) -> dict[str, list[SyncIssue]]:
    found: dict[str, list[SyncIssue]] = {}
    with rig.company.session() as s:
        for issue in s.scalars(select(SyncIssue).where(SyncIssue.status == IssueStatus.OPEN)):
            s.expunge(issue)
            found.setdefault(issue.code or "", []).append(issue)
    return found


def test_records_changed_since_the_run_wait_for_undo_anyway_or_keep_it(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=60, here_size=150)
    before_qbo, before_here = _counts(rig), _summary(rig)
    first = rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    assert first.status == "completed" and first.problems == 0, first
    # A vendor the run created in QuickBooks is edited there; an invoice it created here is edited here.
    _eid, vendor_local, vendor_qbo = _journal(rig, first.run_id, "create_in_qbo", "Vendor")[0]
    assert vendor_qbo is not None
    current = rig.server.sandbox.get(rig.realm_id, "Vendor", vendor_qbo)
    assert current is not None
    rig.server.sandbox.write(rig.realm_id, "Vendor", {"Id": vendor_qbo, "SyncToken": current["SyncToken"],
                                                      "sparse": True, "CompanyName": "Edited In QuickBooks"})
    _iid, invoice_local, _ = _journal(rig, first.run_id, "create_here", "Invoice")[0]
    with rig.company.session() as s:
        invoice = s.get(Invoice, invoice_local)
        assert invoice is not None
        invoice.memo = "edited here after the sync"
        customer_local = invoice.customer_id

    undo = Undo(rig.company, rig.connection.client)
    plan = undo.plan(first.run_id)
    blocked = {(op.entity, op.reason) for op in plan.blocked()}
    assert blocked == {("Vendor", "changed_in_qbo_after_run"), ("Invoice", "changed_here_after_run")}
    done = undo.run(first.run_id)
    assert done.status == "completed"
    problems = _open_problems(rig)
    assert [i.local_id for i in problems["changed_in_qbo_after_run"]] == [vendor_local]
    assert [i.local_id for i in problems["changed_here_after_run"]] == [invoice_local]
    assert customer_local in [i.local_id for i in problems.get("in_use_here", [])]  # its invoice stays here
    assert done.problems == sum(len(v) for v in problems.values())
    # Nothing of the two was overwritten: the vendor keeps QuickBooks' edit, the invoice stays here.
    vendor = rig.server.sandbox.get(rig.realm_id, "Vendor", vendor_qbo)
    assert vendor is not None and vendor["Active"] and vendor["CompanyName"] == "Edited In QuickBooks"
    with rig.company.session() as s:
        assert s.get(Invoice, invoice_local) is not None
    # The sync log shows the undo, and what it undoes.
    with rig.company.session() as s:
        run = s.get(SyncRun, done.run_id)
        assert run is not None and (run.kind, run.undoes) == ("undo", first.run_id)

    actions = ProblemActions(rig.company, rig.connection.client)
    vendor_problem = problems["changed_in_qbo_after_run"][0]
    assert actions.available(vendor_problem.id) == ("undo-anyway", "keep-it")
    actions.apply(vendor_problem.id, "keep-it")
    invoice_problem = problems["changed_here_after_run"][0]
    result = actions.apply(invoice_problem.id, "undo-anyway")
    assert result.status == "resolved"
    with rig.company.session() as s:
        assert s.get(Invoice, invoice_local) is None
    # The customer the invoice kept here can go now: undoing the run again does only what is left, and leaves
    # the vendor the user kept.
    again = undo.plan(first.run_id)
    assert [op.entity for op in again.writes()] == ["Customer"] * len(again.writes()) and again.writes()
    assert {op.reason for op in again.cannot()} == {"kept_by_user"}
    final = undo.run(first.run_id)
    assert final.status == "completed" and final.problems == 0, final
    assert not _open_problems(rig).get("changed_in_qbo_after_run")
    after = _counts(rig)
    assert after == {**before_qbo, "Vendor": before_qbo["Vendor"] + 1}  # the vendor kept in QuickBooks
    assert _summary(rig) == before_here
    assert undo.plan(first.run_id).empty


def test_undo_of_a_later_run_restores_both_sides_and_the_next_sync_brings_the_changes_again(
        make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=40, here_size=120)
    first = rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    assert first.status == "completed" and first.problems == 0, first
    rig.server.advance(600)
    with rig.company.session() as s:
        customers = list(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).order_by(Customer.id)))
        mine, theirs = customers[0], customers[1]
        mine_notes, theirs_company = mine.notes, theirs.company_name
        mine.notes = "edited here"
        mine_id, theirs_id = mine.id, theirs.id
    theirs_qbo = _qbo_id(rig, "Customer", theirs_id)
    mine_qbo = _qbo_id(rig, "Customer", mine_id)
    current = rig.server.sandbox.get(rig.realm_id, "Customer", theirs_qbo)
    assert current is not None
    rig.server.sandbox.write(rig.realm_id, "Customer", {"Id": theirs_qbo, "SyncToken": current["SyncToken"],
                                                        "sparse": True, "CompanyName": "Edited In QuickBooks"})
    later = rig.engine().run()
    assert (later.status, later.updated_in_qbo, later.updated_here) == ("completed", 1, 1), later
    assert rig.server.sandbox.get(rig.realm_id, "Customer", mine_qbo)["Notes"] == "edited here"  # type: ignore[index]

    undo = Undo(rig.company, rig.connection.client)
    plan = undo.plan()
    assert plan.target.run_id == later.run_id  # the last run that wrote anything
    restores = {op.kind.value: op for op in plan.writes()}
    assert set(restores) == {"restore_in_qbo", "restore_here"}
    fields = {c.field: (c.here, c.qbo) for c in restores["restore_here"].changes}
    assert fields["CompanyName"] == ("Edited In QuickBooks", theirs_company)
    done = undo.run()
    assert (done.status, done.restored_in_qbo, done.restored_here, done.problems) == ("completed", 1, 1, 0), done
    restored = rig.server.sandbox.get(rig.realm_id, "Customer", mine_qbo)
    assert restored is not None and (restored.get("Notes") or None) == mine_notes  # cleared: empty text
    with rig.company.session() as s:
        assert s.get(Customer, theirs_id).company_name == theirs_company  # type: ignore[union-attr]
        assert s.get(Customer, mine_id).notes == "edited here"  # type: ignore[union-attr]
    # As before that run: the next sync (a full comparison now) sends the edit here and takes QuickBooks' again.
    assert rig.engine().next_mode() == "full"
    again = rig.engine().run()
    assert (again.status, again.updated_in_qbo, again.updated_here) == ("completed", 1, 1), again
    assert rig.server.sandbox.get(rig.realm_id, "Customer", mine_qbo)["Notes"] == "edited here"  # type: ignore[index]
    with rig.company.session() as s:
        assert s.get(Customer, theirs_id).company_name == "Edited In QuickBooks"  # type: ignore[union-attr]


def test_an_undone_first_sync_can_run_again(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=50, here_size=100)
    settings = SyncSettings(refund_account=_bank(rig))
    first = rig.engine().run(settings=settings)
    undone = Undo(rig.company, rig.connection.client).run()
    assert undone.status == "completed" and undone.problems == 0
    engine = rig.engine()
    assert engine.next_mode() == "first"
    again = engine.run(settings=settings)
    assert again.kind == "first" and again.status == "completed" and again.problems == 0
    assert (again.created_in_qbo, again.created_here, again.linked) == \
        (first.created_in_qbo, first.created_here, first.linked)
    with pytest.raises(UndoRefused, match="an undo is not undone"):
        Undo(rig.company, rig.connection.client).run(undone.run_id)
    with pytest.raises(UndoRefused, match="no interrupted undo"):
        Undo(rig.company, rig.connection.client).run(resume=True)
    nothing = Undo(rig.company, rig.connection.client).run(first.run_id)
    assert nothing.nothing_to_do


def _qbo_id(rig: Rig, entity: str, local_id: int) -> str:
    with rig.company.session() as s:
        link = s.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).one()
        assert link.qbo_id is not None
        return link.qbo_id


def _qbdesk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_undo_writing(rig: Rig, proc: subprocess.Popen[str]) -> None:
    """Until the undo's run is in the log (it has planned and started writing), or the process ended."""
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        with rig.company.session() as s:
            if s.scalars(select(SyncRun.id).where(SyncRun.kind == "undo", SyncRun.status == RunStatus.RUNNING)
                         ).first() is not None:
                return
        time.sleep(0.05)


@pytest.mark.slow
def test_an_undo_killed_in_the_middle_and_resumed_leaves_both_sides_as_they_were(
        make_rig: MakeRig, shared_keychain: dict[str, str]) -> None:
    rig = make_rig(qbo_size=80, here_size=400)
    rig.prepare_for_cli()
    before_qbo, before_here = _counts(rig), _summary(rig)
    first = _qbdesk(shared_keychain, "sync", "--company", rig.target, "--json")
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    synced = json.loads(out)
    assert synced["created_in_qbo"] > 200
    # Latency spreads the undo over a few seconds, so that kills land inside it.
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(40.0, 90.0)), seed=3)
    rng = random.Random(int(os.environ.get("QBDESK_KILL_SEED", "11")))
    kills = 0
    for _attempt in range(4):
        args = ("undo", "--company", rig.target, "--json") + (("--resume",) if kills else ())
        proc = _qbdesk(shared_keychain, *args)
        _wait_for_undo_writing(rig, proc)
        time.sleep(rng.uniform(0.05, 1.2))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=60)
            kills += 1
            # Until the undo is finished, nothing else syncs or undoes behind it (exit 2, saying what to do).
            refused = _qbdesk(shared_keychain, "sync", "--company", rig.target, "--json")
            _, why = refused.communicate(timeout=120)
            assert refused.returncode == 2 and "qbdesk undo --resume" in why, why
            plain = _qbdesk(shared_keychain, "undo", "--company", rig.target)
            _, why = plain.communicate(timeout=120)
            assert plain.returncode == 2, why
        else:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            break
    assert kills >= 1
    final = _qbdesk(shared_keychain, "undo", "--company", rig.target, "--resume", "--json")
    out, err = final.communicate(timeout=300)
    if final.returncode == 2 and "no interrupted undo" in err:  # the last attempt finished it
        with rig.company.session() as s:
            last = s.scalars(select(SyncRun).where(SyncRun.kind == "undo")).one()
            doc = Undo(rig.company, rig.connection.client).summary(last.id).to_json()
    else:
        assert final.returncode == 0, err
        doc = json.loads(out)
    assert doc["status"] == "completed" and doc["undoes"] == synced["run_id"] and doc["problems"] == 0, doc
    assert set(doc) >= {"run_id", "undoes", "status", "deleted_in_qbo", "deactivated_in_qbo", "restored_in_qbo",
                        "deleted_here", "restored_here", "problems"}
    # Each write of the sync taken back exactly once, whatever the kills interrupted.
    assert doc["deleted_in_qbo"] + doc["deactivated_in_qbo"] == synced["created_in_qbo"]
    assert doc["deleted_here"] == synced["created_here"]
    assert doc["unlinked"] == synced["linked"]
    print(f"undo kills landed: {kills}")
    rig.server.faults(rig.realm_id).configure(FaultPlan(), seed=0)
    assert _counts(rig) == before_qbo
    summary = _qbdesk(shared_keychain, "summary", "--company", rig.target, "--json")
    out, err = summary.communicate(timeout=60)
    assert summary.returncode == 0, err
    now = json.loads(out)
    assert now["entities"] == before_here["counts"]
    assert (Decimal(now["open_receivables"]), Decimal(now["open_payables"])) == (before_here["ar"], before_here["ap"])
    with rig.company.session() as s:
        assert s.scalar(select(func.count()).select_from(Link)) == 0


def test_undo_of_a_payment_taken_over_from_quickbooks_puts_the_invoice_balance_back(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=150)
    first = rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    assert first.status == "completed" and first.problems == 0, first
    rig.server.advance(600)
    with rig.company.session() as s:
        deposited = set(s.scalars(select(DepositLine.payment_id).where(DepositLine.payment_id.is_not(None))))
        payment = next(p for p in s.scalars(select(Payment).order_by(Payment.id))  # QuickBooks refuses to change
                       if len(p.applications) == 1 and p.applications[0].amount > 10  # a deposited one (6540)
                       and p.id not in deposited)
        payment_id, invoice_id = payment.id, payment.applications[0].invoice_id
        applied = payment.applications[0].amount
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None
        balance_before = invoice.balance
    qbo_payment = _qbo_id(rig, "Payment", payment_id)
    current = rig.server.sandbox.get(rig.realm_id, "Payment", qbo_payment)
    assert current is not None
    smaller = applied - Decimal("10.00")
    rig.server.sandbox.write(rig.realm_id, "Payment", {  # in QuickBooks, the payment now pays 10.00 less
        "Id": qbo_payment, "SyncToken": current["SyncToken"], "sparse": True, "TotalAmt": current["TotalAmt"] - 10,
        "Line": [{**line, "Amount": smaller} for line in current["Line"]]})
    later = rig.engine().run()
    assert (later.status, later.updated_here) == ("completed", 1), later
    with rig.company.session() as s:
        assert s.get(Invoice, invoice_id).balance == balance_before + Decimal("10.00")  # type: ignore[union-attr]

    done = Undo(rig.company, rig.connection.client).run(later.run_id)
    assert (done.status, done.restored_here, done.problems) == ("completed", 1, 0), done
    with rig.company.session() as s:
        restored = s.get(Payment, payment_id)
        assert restored is not None and [a.amount for a in restored.applications] == [applied]
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None and invoice.balance == balance_before  # the invoice follows its payment


def test_the_command_line_dry_run_and_what_it_refuses(make_rig: MakeRig, shared_keychain: dict[str, str]) -> None:
    rig = make_rig(qbo_size=30, here_size=60)
    rig.prepare_for_cli()

    def qbdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], env=shared_keychain, text=True,
                              capture_output=True, timeout=300, check=False)

    nothing = qbdesk("undo", "--company", rig.target)
    assert nothing.returncode == 2 and "nothing to undo" in nothing.stderr and "Traceback" not in nothing.stderr
    synced = qbdesk("sync", "--company", rig.target, "--json")
    assert synced.returncode == 0, synced.stderr
    counts = json.loads(synced.stdout)
    before = _counts(rig)
    dry = qbdesk("undo", "--company", rig.target, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)
    assert (plan["status"], plan["undoes"], plan["run_id"]) == ("dry-run", counts["run_id"], None)
    assert plan["deleted_in_qbo"] + plan["deactivated_in_qbo"] == counts["created_in_qbo"]
    assert plan["deleted_here"] == counts["created_here"] and plan["unlinked"] == counts["linked"]
    assert {op["kind"] for op in plan["operations"]} <= {"delete_in_qbo", "deactivate_in_qbo", "delete_here",
                                                         "unlink"}
    assert _counts(rig) == before  # a dry run writes nothing
    text = qbdesk("undo", "--company", rig.target, "--dry-run")
    assert text.returncode == 0 and "to delete in QuickBooks" in text.stdout and "Nothing has been written" in \
        text.stdout
    for args, words in ((("--run", "no-such-run"), "no run no-such-run"), (("--resume",), "no interrupted undo"),
                        (("--resume", "--run", counts["run_id"]), "takes neither")):
        refused = qbdesk("undo", "--company", rig.target, *args)
        assert refused.returncode == 2 and words in refused.stderr and "Traceback" not in refused.stderr, args
    done = qbdesk("undo", "--company", rig.target, "--json")
    assert done.returncode == 0, done.stderr
    undone = json.loads(done.stdout)
    assert undone["status"] == "completed" and undone["undoes"] == counts["run_id"]
    again = qbdesk("undo", "--company", rig.target, "--run", undone["run_id"])
    assert again.returncode == 2 and "an undo is not undone" in again.stderr
