"""Sync log ▸ a run ▸ **Undo this run…**: what the undo will do first, then the undo itself in the background.

The first page is the undo plan, read by the sync worker (nothing is written):
what will be deleted or made inactive in QuickBooks, what will be restored there
or here — field by field, the value now and after the undo — what will be
deleted here, the links taken back, the records changed since the run (left as
they are; each becomes a problem where the user chooses *Undo anyway* or *Keep
it*) and what cannot be undone. The second page runs it through the sync
controller, like a sync: progress by record type, Cancel between batches, and
Resume for an undo that stopped (until it is finished no sync starts).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.moments import format_moment
from qbdesk.ui.reconcile.undo_text import GROUPS, group_title, reason_title, undo_words
from qbdesk.ui.sync.labels import run_kind_label
from qbdesk.ui.sync.plan_details import field_label, field_value
from qbdesk.ui.sync.text import entity_singular, entity_title, phase_text
from qbdesk.ui.widgets.progress_bar import ProgressBar

if TYPE_CHECKING:
    from qbdesk.sync.plan import Operation
    from qbdesk.sync.progress import EntityProgress
    from qbdesk.sync.undo import UndoPlan
    from qbdesk.sync.undo_run import UndoSummary
    from qbdesk.ui.base.errors import ErrorInfo
    from qbdesk.ui.sync.controller import SyncController

MAX_LISTED: Final = 300  # records listed per group
EXPANDED_UP_TO: Final = 40  # a plan of up to this many rows opens expanded; a longer one shows its groups
SMALL_GROUP: Final = 12     # ... and opens the groups of up to this many records


def _group(op: Operation) -> str:
    from qbdesk.sync.plan import OpKind
    from qbdesk.sync.undo import CHANGED_SINCE

    if op.kind is OpKind.SKIP:
        return "changed_since" if op.reason in CHANGED_SINCE else "not_undone"
    return str(op.kind.value)


class UndoDialog(QDialog):
    """The undo plan of one run, then the undo with its progress.

    Signals:
        undone(object): the undo ended (:class:`~qbdesk.sync.undo_run.UndoSummary`).
        problems_requested(): the user wants to see the records the undo left (the Problems page).
    """

    undone = Signal(object)
    problems_requested = Signal()

    def __init__(self, controller: SyncController, run_id: str | None, parent: QWidget | None = None, *,
                 resume: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("undoDialog")
        self.controller = controller
        self.run_id = run_id
        self.plan: UndoPlan | None = None
        self.summary: UndoSummary | None = None
        self.progressed: dict[str, int] = {}
        self.total = 0
        self._ours = False  # the controller's undo was started by this dialog
        self.setWindowTitle(self.tr("Undo this run"))

        self.intro = QLabel(self.tr("Reading what the run did, and how each record is now…"))
        self.intro.setObjectName("undoIntro")
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("undoTree")
        self.tree.setAccessibleName(self.tr("What the undo will do"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Now"), self.tr("After the undo")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        preview = QWidget()
        column = QVBoxLayout(preview)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addWidget(self.tree, 1)

        self.headline = QLabel()
        self.headline.setObjectName("undoHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.phase = QLabel()
        self.bar = ProgressBar()
        self.bar.setObjectName("undoProgress")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        running = QWidget()
        steps = QVBoxLayout(running)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addWidget(self.headline)
        steps.addWidget(self.phase)
        steps.addWidget(self.bar)
        steps.addWidget(self.detail)
        steps.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(preview)
        self.pages.addWidget(running)

        self.buttons = QDialogButtonBox()
        self.undo_button = QPushButton(self.tr("Undo this run"))
        self.undo_button.setObjectName("undoRun")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel the undo"))
        self.cancel_button.setObjectName("undoCancel")
        self.cancel_button.clicked.connect(self.cancel_undo)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setObjectName("undoResume")
        self.resume_button.clicked.connect(self.resume)
        self.problems_button = QPushButton(self.tr("Show problems"))
        self.problems_button.clicked.connect(self._show_problems)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        for button in (self.undo_button, self.cancel_button, self.resume_button, self.problems_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.cancel_button, self.resume_button, self.problems_button):
            button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(940, 560)

        controller.undoPlanned.connect(self._planned)
        controller.failed.connect(self._failed)
        controller.phase.connect(self._phase)
        controller.progress.connect(self._progress)
        controller.undoFinished.connect(self._finished)
        if resume:
            self._run(resume=True)
        elif not controller.plan_undo(run_id):
            self.intro.setText(self.tr("Connect to QuickBooks first: undoing a run needs to read and write there."))

    # --- the plan -------------------------------------------------------------------------------------

    @Slot(object)
    def _planned(self, plan: UndoPlan) -> None:
        if self.plan is not None or (self.run_id is not None and plan.target.run_id != self.run_id):
            return
        self.plan = plan
        self.run_id = plan.target.run_id
        target = plan.target
        when = format_moment(target.started_at)
        self.setWindowTitle(self.tr("Undo this run: {kind}, {when}").format(kind=run_kind_label(target.kind),
                                                                           when=when))
        if plan.empty:
            self.intro.setText(self.tr("Nothing is left to undo of the run of {when}: what it did has been taken back "
                                       "already.").format(when=when))
        else:
            self.intro.setText(self.tr("Nothing has been changed yet. Undoing the run of {when} puts both sides back "
                                       "as they were before it: this is what it will do. Records someone changed since "
                                       "the run are left as they are.").format(when=when))
        self._fill(plan)
        self.undo_button.setEnabled(bool(plan.writes()))

    def _fill(self, plan: UndoPlan) -> None:
        grouped: dict[str, list[Operation]] = {}
        for op in plan.operations:
            grouped.setdefault(_group(op), []).append(op)
        locale = QLocale()
        for key, _title in GROUPS:
            members = grouped.get(key)
            if not members:
                continue
            top = QTreeWidgetItem([f"{group_title(key)} ({locale.toString(len(members))})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for op in sorted(members, key=lambda o: (o.entity, o.label.casefold()))[:MAX_LISTED]:
                text = f"{entity_singular(op.entity)}: {op.label}"
                if op.reason:
                    text += f" — {reason_title(op.reason)}"
                item = QTreeWidgetItem([text])
                item.setToolTip(0, text)
                top.addChild(item)
                item.setFirstColumnSpanned(True)
                for change in op.changes:  # for an undo: here = the value now, qbo = after the undo
                    row = QTreeWidgetItem(["", field_label(change), field_value(change.here),
                                           field_value(change.qbo)])
                    for column in (2, 3):
                        row.setToolTip(column, row.text(column))
                    item.addChild(row)
            if len(members) > MAX_LISTED:
                top.addChild(QTreeWidgetItem([self.tr("… and %Ln more", "", len(members) - MAX_LISTED)]))
        # Every group's line in sight: a long plan shows its groups with their counts, each opening on a click.
        # Small groups open (the records changed since the run are usually few, and the ones to read).
        rows = sum(min(len(m), MAX_LISTED) for m in grouped.values())
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None and (rows <= EXPANDED_UP_TO or group.childCount() <= SMALL_GROUP):
                group.setExpanded(True)
                for j in range(group.childCount()):
                    child = group.child(j)
                    if child is not None:
                        child.setExpanded(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        metrics = self.tree.fontMetrics()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, metrics.averageCharWidth() * 26)  # records and groups span the row anyway
        header.resizeSection(1, metrics.averageCharWidth() * 20)
        header.resizeSection(2, metrics.averageCharWidth() * 38)

    def groups(self) -> list[str]:
        """The group lines shown (tests and accessibility)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    # --- running --------------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self._run(resume=False)

    @Slot()
    def resume(self) -> None:
        self._run(resume=True)

    def _run(self, *, resume: bool) -> None:
        self.pages.setCurrentIndex(1)
        self.undo_button.hide()
        self.resume_button.hide()
        self.problems_button.hide()
        self.summary = None
        self.headline.setText(self.tr("Undoing the run…") if not resume else self.tr("Resuming the undo…"))
        self.detail.clear()
        if self.plan is not None and not resume:
            self.total = len(self.plan.writes())
            self.bar.setRange(0, max(self.total, 1))
        else:
            self.bar.setRange(0, 0)
        self.bar.setValue(0)
        self.progressed = {}
        if not self.controller.undo(self.run_id if not resume else None, resume=resume):
            self.headline.setText(self.tr("The undo could not start: a sync is running, or QuickBooks is not "
                                          "connected. Try again when the sync has finished."))
            self.resume_button.setVisible(resume)
            return
        self._ours = True
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)

    @Slot()
    def cancel_undo(self) -> None:
        self.cancel_button.setEnabled(False)
        self.headline.setText(self.tr("Stopping after the current batch…"))
        self.controller.cancel()

    @Slot(str)
    def _phase(self, name: str) -> None:
        if self._ours:
            self.phase.setText(phase_text(name))

    @Slot(object)
    def _progress(self, item: EntityProgress) -> None:
        if not self._ours:
            return
        self.progressed[item.entity] = item.done
        done = sum(self.progressed.values())
        if self.total:
            self.bar.setValue(min(done, self.total))
        locale = QLocale()
        self.detail.setText(self.tr("{entity}: {done} of {total}").format(
            entity=entity_title(item.entity), done=locale.toString(item.done), total=locale.toString(item.total)))

    @Slot(object)
    def _failed(self, info: ErrorInfo) -> None:
        if self.plan is None and not self._ours:
            self.intro.setText(info.message)
        elif self._ours:
            self.headline.setText(info.message)

    @Slot(object)
    def _finished(self, summary: UndoSummary | None) -> None:
        if not self._ours:
            return
        self._ours = False
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        if summary is None:
            self.resume_button.show()  # a failure: what was sent is looked up when it is resumed
            return
        self.summary = summary
        words = undo_words()
        self.headline.setText(words.headline(summary))
        self.detail.setText(words.summary(summary))
        if summary.status == "completed":
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.phase.setText(self.tr("Finished {when}.").format(when=format_moment(datetime.now().astimezone())))
        else:
            self.resume_button.show()
        self.problems_button.setVisible(summary.problems > 0)
        self.undone.emit(summary)

    @Slot()
    def _show_problems(self) -> None:
        self.problems_requested.emit()
        self.accept()

    def reject(self) -> None:
        if self._ours:
            return  # running: Cancel the undo first (it stops between batches)
        super().reject()
