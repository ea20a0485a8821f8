"""The background helper and the error path: callbacks on the GUI thread, errors never unseen."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.errors import ErrorInfo, ErrorPresenter, ErrorRouter, ExceptHooks


def test_success_progress_and_finished_arrive_in_order_on_the_gui_thread(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    events: list[tuple[str, Any]] = []
    worker_thread: list[str] = []

    def work(ctx: TaskContext) -> int:
        worker_thread.append(threading.current_thread().name)
        for i in range(3):
            ctx.progress(i + 1, 3, f"step {i + 1}")
            time.sleep(0.06)
        return 42

    op = BackgroundOp(owner, work, label="test")
    op.started.connect(lambda: events.append(("started", None)))
    op.progress.connect(lambda d, t, m: events.append(("progress", (d, t, m))))
    op.finished.connect(lambda: events.append(("finished", threading.current_thread() is threading.main_thread())))
    op.success(lambda value: events.append(("success", (value, threading.current_thread() is threading.main_thread()))))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert worker_thread and worker_thread[0] != threading.main_thread().name
    kinds = [e[0] for e in events]
    assert kinds[0] == "started" and kinds[-2:] == ["success", "finished"]
    assert ("progress", (3, 3, "step 3")) in events
    assert events[-2] == ("success", (42, True)) and events[-1] == ("finished", True)
    assert op.outcome == "succeeded"


def test_failure_reaches_the_callback_with_the_exception(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[Failure] = []

    def boom(_ctx: TaskContext) -> None:
        raise ValueError("password=hunter2 rejected")

    op = BackgroundOp(owner, boom, label="boom").failure(failures.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert isinstance(failures[0].error, ValueError)
    assert failures[0].info.kind == "ValueError"
    assert "hunter2" not in failures[0].info.message  # secrets are masked before anything shows them
    assert op.outcome == "failed"


def test_unhandled_failure_goes_to_the_failure_sink(qtbot: Any, _no_leftover_threads: list[ErrorInfo]) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    op = BackgroundOp(owner, lambda _ctx: 1 / 0, label="divide")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert [e.kind for e in _no_leftover_threads] == ["ZeroDivisionError"]
    _no_leftover_threads.clear()  # expected here


def test_cancel_is_cooperative(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    cancelled: list[bool] = []
    started = threading.Event()

    def slow(ctx: TaskContext) -> None:
        started.set()
        while True:
            ctx.check_cancelled()
            time.sleep(0.01)

    op = BackgroundOp(owner, slow).on_cancel(lambda: cancelled.append(True)).run()
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.cancel()
    assert cancelled == [True] and op.outcome == "cancelled"


def test_callbacks_are_skipped_once_the_owner_is_gone(qtbot: Any) -> None:
    owner = QWidget()
    called: list[int] = []
    gate = threading.Event()

    def wait(_ctx: TaskContext) -> int:
        gate.wait(5)
        return 1

    op = BackgroundOp(owner, wait).success(called.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not op._owner_alive, timeout=2000)
    with qtbot.waitSignal(op.finished, timeout=5000):
        gate.set()
    assert called == []


def test_progress_dialog_offers_cancel(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()

    def wait(ctx: TaskContext) -> None:
        while not gate.is_set():
            ctx.check_cancelled()
            time.sleep(0.01)

    op = BackgroundOp(owner, wait, label="wait").with_progress(owner, "Waiting…", delay_ms=0).run()
    dialog = op.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    with qtbot.waitSignal(op.finished, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert op.outcome == "cancelled"
    gate.set()


@pytest.mark.parametrize("where", ["worker thread", "gui thread"])
def test_unhandled_exceptions_reach_one_dialog_and_the_log(qtbot: Any, basedir: Any, where: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    router = ErrorRouter()
    presenter = ErrorPresenter(router, parent)
    hooks = ExceptHooks(router)
    hooks.install()
    try:
        if where == "worker thread":
            def crash() -> None:
                raise RuntimeError("worker exploded")

            thread = threading.Thread(target=crash, name="crasher")
            thread.start()
            thread.join()
        else:
            try:
                raise RuntimeError("slot exploded")
            except RuntimeError as exc:
                hooks._sys_hook(RuntimeError, exc, exc.__traceback__)
        qtbot.waitUntil(lambda: presenter.dialog is not None and presenter.dialog.isVisible(), timeout=3000)
    finally:
        hooks.uninstall()
    dialog = presenter.dialog
    assert dialog is not None
    assert "exploded" in dialog.message.text()
    router.report(ErrorInfo("OSError", "disk full", "", "MainThread"))
    assert dialog.more.isVisibleTo(dialog) and "1 more error" in dialog.more.text()
    assert len(parent.findChildren(type(dialog))) == 1
    assert "exploded" in basedir.log_file.read_text(encoding="utf-8")
    dialog.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_unexpected_error_says_what_happened_in_words_with_the_technical_text_under_details(
        qtbot: Any, translators: Any, qapp: Any, language: str) -> None:
    import sqlite3

    from qbdesk.ui.base.errors import ErrorDialog

    translators.install(qapp, language)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ErrorDialog(parent)
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as exc:
        dialog.show_error(ErrorInfo.from_exception(exc))
    headline, advice = dialog.headline.text(), dialog.explanation.text()
    if language == "en":
        assert headline == "Another program is using this company file."
        assert "try again" in advice
    else:
        assert headline and "company file" not in headline and "programme" in headline
    assert "OperationalError" not in headline + advice and "database is locked" not in headline + advice
    assert not dialog.message.isVisible() and not dialog.details.isVisible()  # technical text: under Details
    dialog.details_button.click()
    assert dialog.message.isVisible() and dialog.message.text() == "OperationalError: database is locked"
    assert "Traceback" in dialog.details.toPlainText()
    dialog.show_error(ErrorInfo("RuntimeError", "worker exploded", "", "MainThread"))  # adds to the same dialog
    dialog.close()
    dialog.show_error(ErrorInfo("RuntimeError", "worker exploded", "", "MainThread"))
    assert dialog.headline.text() != headline  # nothing known: the honest "unexpected problem"
    dialog.close()
