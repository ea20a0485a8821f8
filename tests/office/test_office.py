"""Office mode without QuickBooks: the sync lock, the sync host, requests for it, live changes, conflicting edits.

Each test runs on a SQLite file and on a PostgreSQL database (when a server is
given); "two desktops" are two opens of one company, each with its own engine and
connections, or a second process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from qbdesk.store import Company, Customer, Desktop, EditConflict, RequestStatus
from qbdesk.store.conflicts import conflicts_explained
from qbdesk.store.locks import SyncBusy, SyncLock, who_is_syncing
from qbdesk.store.notify import watch
from qbdesk.sync.office import NotSyncHost, Office, RequestError, take_over
from tests.office.databases import reopen, server_env

ROOT = Path(__file__).resolve().parents[2]
REALM = "9130357766900456"


@pytest.fixture
def other(company: Company) -> Iterator[Company]:
    """The same company, opened by a second desktop."""
    second = reopen(company)
    yield second
    second.close()


def _target(company: Company) -> str:
    return str(company.path or company.display_url)


def _desktop(tmp_path: Path, name: str) -> Desktop:
    return Desktop.of_this_machine(tmp_path / name)


# --- desktops -------------------------------------------------------------------------------------------------


def test_a_desktop_keeps_its_id_and_two_installations_differ(tmp_path: Path) -> None:
    first = Desktop.of_this_machine(tmp_path / "a")
    assert Desktop.of_this_machine(tmp_path / "a") == first
    assert Desktop.of_this_machine(tmp_path / "b").id != first.id
    assert (tmp_path / "a" / "desktop-id").read_text().strip() == first.id


# --- the sync lock --------------------------------------------------------------------------------------------


def test_one_sync_at_a_time_and_the_second_is_told_who(company: Company, other: Company, tmp_path: Path) -> None:
    anna = _desktop(tmp_path, "anna")
    with SyncLock(company, REALM, anna) as held:
        assert held.held
        with pytest.raises(SyncBusy) as busy:
            SyncLock(other, REALM).acquire()
        holder = busy.value.holder
        assert holder is not None and (holder.host, holder.pid, holder.desktop_id) == (anna.name, os.getpid(), anna.id)
        assert str(busy.value) == f"Another qbdesk ({holder.describe()}) is syncing this company"
        assert str(busy.value).startswith(f"Another qbdesk (on {anna.name}, pid {os.getpid()}, since ")
        with pytest.raises(SyncBusy):  # two engines in one process are refused too
            SyncLock(company, REALM).acquire()
        assert who_is_syncing(other, REALM) == holder
    assert who_is_syncing(other, REALM) is None
    with SyncLock(other, REALM):  # free again
        pass


_HOLD_THE_LOCK = textwrap.dedent("""
    import sys, time
    from qbdesk.store import Desktop, open_company
    from qbdesk.store.locks import SyncLock
    company = open_company(sys.argv[1])
    lock = SyncLock(company, sys.argv[2], Desktop("desk-b", "desk-b-machine")).acquire()
    print("locked", flush=True)
    time.sleep(600)
""")


def test_a_killed_holder_never_leaves_the_company_locked(company: Company) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD_THE_LOCK, _target(company), REALM], cwd=ROOT, text=True,
                            env={**os.environ, **server_env()}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked", proc.stderr
        with pytest.raises(SyncBusy) as busy:
            SyncLock(company, REALM).acquire()
        assert busy.value.holder is not None
        assert (busy.value.holder.host, busy.value.holder.pid) == ("desk-b-machine", proc.pid)
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    # The kernel drops the file lock at once; PostgreSQL ends the session when it sees the socket closed.
    deadline = time.monotonic() + 30
    while True:
        try:
            lock = SyncLock(company, REALM).acquire()
            break
        except SyncBusy:
            assert time.monotonic() < deadline, "the lock of a killed process was never released"
            time.sleep(0.1)
    holder = who_is_syncing(company, REALM)
    assert holder is not None and holder.pid == os.getpid()  # the dead holder's row was replaced
    lock.release()


# --- the sync host --------------------------------------------------------------------------------------------


def test_one_sync_host_which_another_desktop_can_take_over(company: Company, other: Company, tmp_path: Path) -> None:
    anna, ben = _desktop(tmp_path, "anna"), _desktop(tmp_path, "ben")
    at_anna, at_ben = Office(company, anna), Office(other, ben)
    assert at_anna.host() is None and at_anna.is_host() and at_ben.is_host()  # nobody claims it yet

    assert at_anna.ensure_host().desktop_id == anna.id  # the first desktop to sync becomes the host
    assert at_anna.is_host() and not at_ben.is_host()
    with pytest.raises(NotSyncHost) as refused:
        at_ben.ensure_host()
    assert refused.value.host.desktop_id == anna.id and anna.name in str(refused.value)

    previous = take_over(other, ben)
    assert previous is not None and previous.desktop_id == anna.id
    assert at_ben.is_host() and not at_anna.is_host()
    with pytest.raises(NotSyncHost):
        at_anna.ensure_host()


def test_requests_for_the_host_are_kept_in_order_and_can_be_cancelled(company: Company, other: Company,
                                                                       tmp_path: Path) -> None:
    ben = Office(other, _desktop(tmp_path, "ben"))
    first = ben.request_problem_action(12, "match", "58")
    second = ben.request_approval([3, 4], seen=[3, 4, 5], clear_unchecked=True)
    listed = Office(company, _desktop(tmp_path, "anna")).requests()
    assert [r.id for r in listed] == [first.id, second.id]
    assert (listed[0].kind, listed[0].action, listed[0].issue_id, listed[0].arg) == ("problem", "match", 12, "58")
    assert listed[0].requested_by == ben.desktop.name and listed[0].status == "pending"
    assert listed[1].describe() == "Approve changes"

    cancelled = ben.cancel_request(first.id)
    assert cancelled.status == RequestStatus.CANCELLED.value
    with pytest.raises(RequestError):
        ben.cancel_request(first.id)
    assert [r.id for r in ben.requests(waiting_only=True)] == [second.id]


# --- live views -----------------------------------------------------------------------------------------------


def test_a_live_view_hears_of_changes_made_on_another_desktop(company: Company, other: Company,
                                                              tmp_path: Path) -> None:
    with Office(company, _desktop(tmp_path, "anna")).watch() as feed:
        assert feed.poll(0) is None
        with other.session() as s:
            s.add(Customer(display_name="Seen Elsewhere Ltd"))
        notice = feed.poll(timeout=30)
        assert notice is not None and notice.touches("customers")
        if company.engine.dialect.name == "postgresql":  # NOTIFY says which tables; SQLite's counter cannot
            assert "customers" in notice.tables and not notice.touches("invoices")
        assert feed.poll(0.3) is None  # one change, one notice

        with pytest.raises(RuntimeError), other.session() as s:  # a rolled-back change is no change
            s.add(Customer(display_name="Never Committed Ltd"))
            s.flush()
            raise RuntimeError("changed my mind")
        assert feed.poll(0.3) is None


def test_a_feed_follows_its_own_desktops_writes_too(company: Company) -> None:
    """The window writes through its own engine; the feed has a connection of its own, so it sees those."""
    with watch(company) as feed:
        with company.session() as s:
            s.add(Customer(display_name="Written Here Ltd"))
        assert feed.poll(timeout=30) is not None


# --- conflicting edits ----------------------------------------------------------------------------------------


def _customer(company: Company) -> int:
    with company.session() as s:
        customer = Customer(display_name="Shared Customer Ltd", email="old@example.com", phone="555-0000")
        s.add(customer)
        s.flush()
        return customer.id


def test_two_desktops_editing_one_record_lose_no_update(company: Company, other: Company) -> None:
    cid = _customer(company)
    anna, ben = company.sessions(), other.sessions()
    try:
        mine, theirs = anna.get(Customer, cid), ben.get(Customer, cid)
        assert mine is not None and theirs is not None and mine.version == theirs.version == 1
        mine.email = "anna@example.com"
        anna.commit()
        theirs.phone = "555-9999"  # made on what ben read before anna saved
        with pytest.raises(EditConflict) as conflict, conflicts_explained():
            ben.commit()
        assert str(conflict.value) == "Someone else changed this customer; reload to see their change"
        assert conflict.value.table == "customers"
        ben.rollback()
    finally:
        anna.close()
        ben.close()
    with other.session() as s:  # anna's change stands, ben's was refused rather than written over it
        saved = s.get(Customer, cid)
        assert saved is not None
        assert (saved.email, saved.phone, saved.version) == ("anna@example.com", "555-0000", 2)


def test_two_desktops_saving_at_the_same_moment_lose_no_update(company: Company, other: Company) -> None:
    """The first save holds the row (PostgreSQL) or the file (SQLite) when the second arrives: the second waits,
    then finds the version moved on and is refused."""
    cid = _customer(company)
    anna, ben = company.sessions(), other.sessions()
    outcome: list[BaseException | None] = []
    try:
        mine, theirs = anna.get(Customer, cid), ben.get(Customer, cid)
        assert mine is not None and theirs is not None
        mine.email = "anna@example.com"
        anna.flush()  # written, not committed: the row is held
        theirs.email = "ben@example.com"

        def save() -> None:
            try:
                with conflicts_explained():
                    ben.commit()
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)

        saver = threading.Thread(target=save)
        saver.start()
        anna.commit()
        saver.join(timeout=60)
        assert not saver.is_alive()
    finally:
        ben.rollback()
        anna.close()
        ben.close()
    assert len(outcome) == 1 and isinstance(outcome[0], EditConflict), outcome
    with company.session() as s:
        assert s.scalars(select(Customer.email).where(Customer.id == cid)).one() == "anna@example.com"
