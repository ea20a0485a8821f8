"""The wizard's "Possible matches" step: records on both sides that are probably the same — same record, or different?

A first sync links twins by their exact name. When the names differ a little
("Smith, John" here, "John Smith" in QuickBooks), it would create each on the other
side and the business would have both twice. The engine proposes such pairs
(:mod:`qbdesk.sync.matching`: near-identical name, same e-mail, phone or address);
this step shows them before anything is created, one row per pair with *Same record*
and *Different*. Each answer is stored in the company file at once
(:mod:`qbdesk.sync.match_decisions`, on the serial writer thread) and the wizard
re-plans from what it read, so the counts under the table follow the answers. A pair
left unanswered is created on both sides; the review page says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.sync.text import entity_title
from qbdesk.ui.sync.wizard.pages import SettingsPage, explanation

if TYPE_CHECKING:
    from qbdesk.sync.matching import PossibleMatch
    from qbdesk.sync.plan import Plan
    from qbdesk.ui.base.background import TaskContext
    from qbdesk.ui.sync.wizard.wizard import FirstSyncWizard

PairKey = tuple[str, str, str]  # (entity, local id, QuickBooks Id)
SAME, DIFFERENT = "same", "different"
TYPE, HERE, QBO, WHY, ANSWER = range(5)


class AnswerCell(QWidget):
    """*Same record* / *Different* for one pair (neither checked until the user answers)."""

    def __init__(self, page: MatchesPage, key: PairKey, answer: str | None) -> None:
        super().__init__()
        self.page, self.key = page, key
        self.same = QRadioButton(self.tr("Same record"))
        self.different = QRadioButton(self.tr("Different"))
        self.same.setObjectName("matchSame")
        self.different.setObjectName("matchDifferent")
        self.group = QButtonGroup(self)
        self.group.addButton(self.same)
        self.group.addButton(self.different)
        if answer == SAME:
            self.same.setChecked(True)
        elif answer == DIFFERENT:
            self.different.setChecked(True)
        self.same.toggled.connect(self._toggled)
        self.different.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(12)
        layout.addWidget(self.same)
        layout.addWidget(self.different)
        layout.addStretch(1)

    @Slot(bool)
    def _toggled(self, checked: bool) -> None:
        if checked:
            self.page.answer(self.key, SAME if self.same.isChecked() else DIFFERENT)


class MatchesPage(SettingsPage):
    """The pairs the plan proposes, an answer each, and what the answers do to the counts."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Possible matches"))
        self.setSubTitle(self.tr("Records that are probably the same on both sides, though they are written a little "
                                 "differently. Say which are the same record, so they are linked instead of created "
                                 "twice."))
        self.pairs: dict[PairKey, PossibleMatch] = {}
        self.answers: dict[PairKey, str] = {}
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("possibleMatches")
        self.table.setHorizontalHeaderLabels([self.tr("Record type"), self.tr("Here"), self.tr("In QuickBooks"),
                                              self.tr("Why"), self.tr("Your answer")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long name wraps, never "…"
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the answer buttons take the keyboard, not the cells
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(max(self.fontMetrics().height() + 10, QRadioButton("x").sizeHint().height() + 8))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Possible matches"))
        header = self.table.horizontalHeader()
        for column, mode in ((TYPE, QHeaderView.ResizeMode.ResizeToContents),
                             (HERE, QHeaderView.ResizeMode.Stretch), (QBO, QHeaderView.ResizeMode.Stretch),
                             (WHY, QHeaderView.ResizeMode.Stretch), (ANSWER, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.none = QLabel(self.tr("Looking for possible matches…"))
        self.none.setObjectName("noPossibleMatches")
        self.none.setWordWrap(True)
        self.all_same = QPushButton(self.tr("All: same record"))
        self.all_same.setObjectName("allSame")
        self.all_same.clicked.connect(lambda: self.answer_all(SAME))
        self.all_different = QPushButton(self.tr("All: different"))
        self.all_different.setObjectName("allDifferent")
        self.all_different.clicked.connect(lambda: self.answer_all(DIFFERENT))
        self.progress = QLabel()
        self.progress.setObjectName("matchesAnswered")
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_same)
        buttons.addWidget(self.all_different)
        buttons.addSpacing(12)
        buttons.addWidget(self.progress, 1)
        text = explanation(self.tr("<b>Same record</b>: the two are linked; neither is created on the other side. "
                                   "<b>Different</b>: each is created on the other side, and the pair is not proposed "
                                   "again. A pair you leave unanswered is created on both sides. Nothing is sent to "
                                   "QuickBooks before the last step."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(text)
        layout.addWidget(self.effect)
        self._show_rows()

    # --- the plan's pairs -------------------------------------------------------------------------------

    def show_plan(self, plan: Plan) -> None:
        proposed = {(m.entity, m.local_id, m.qbo_id): m for found in plan.possible_matches.values() for m in found}
        # Pairs answered here stay on screen (the answer can change); unanswered ones are the plan's.
        self.pairs = {k: m for k, m in self.pairs.items() if k in self.answers} | proposed
        self._show_rows()
        counts = plan.counts.values()
        locale = QLocale()
        self.effect.set_text(self.tr("With these answers: {linked} linked, {here} created here, {qbo} created in "
                                     "QuickBooks.").format(
            linked=locale.toString(sum(c.matched for c in counts)),
            here=locale.toString(sum(c.create_here for c in counts)),
            qbo=locale.toString(sum(c.create_in_qbo for c in counts))))

    def undecided(self) -> int:
        return sum(1 for key in self.pairs if key not in self.answers)

    def _show_rows(self) -> None:
        keys = sorted(self.pairs, key=lambda k: (k[0], self.pairs[k].here.casefold()))
        shown = [self.table.item(row, TYPE).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
                 for row in range(self.table.rowCount())]
        if shown != keys:
            self.table.setRowCount(0)
            self.table.setRowCount(len(keys))
            for row, key in enumerate(keys):
                match = self.pairs[key]
                kind = QTableWidgetItem(entity_title(match.entity))
                kind.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(row, TYPE, kind)
                self.table.setItem(row, HERE, QTableWidgetItem(match.here))
                self.table.setItem(row, QBO, QTableWidgetItem(match.qbo))
                why = QTableWidgetItem(self.why(match))
                why.setToolTip(why.text())
                self.table.setItem(row, WHY, why)
                self.table.setCellWidget(row, ANSWER, AnswerCell(self, key, self.answers.get(key)))
        has_pairs = bool(keys)
        self.table.setVisible(has_pairs)
        self.all_same.setVisible(has_pairs)
        self.all_different.setVisible(has_pairs)
        if not has_pairs and self.owner.controller.last_plan is not None:
            self.none.setText(self.tr("No possible matches: every record found on both sides was matched by its "
                                      "name, or is clearly different. Click Next."))
        self.none.setVisible(not has_pairs)
        self.progress.setText(self.tr("%n pair(s) answered", "", len(self.answers)) + " · "
                              + self.tr("%n to answer", "", self.undecided()) if has_pairs else "")

    def why(self, match: PossibleMatch) -> str:
        words = {"name": self.tr("names {score}% alike").format(score=match.score), "email": self.tr("same e-mail"),
                 "phone": self.tr("same phone"), "address": self.tr("same address")}
        return ", ".join(words.get(rule, rule) for rule in match.rules)

    def cell(self, key: PairKey) -> AnswerCell | None:
        """The answer buttons of a pair (tests, keyboard-free automation)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TYPE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                widget = self.table.cellWidget(row, ANSWER)
                return widget if isinstance(widget, AnswerCell) else None
        return None

    # --- answers ------------------------------------------------------------------------------------------

    def answer(self, key: PairKey, word: str) -> None:
        """Store one answer, then re-plan."""
        self.answers[key] = word
        self._store({key: word})

    def answer_all(self, word: str) -> None:
        undecided = {key: word for key in self.pairs}
        self.answers.update(undecided)
        for key in undecided:
            cell = self.cell(key)
            if cell is not None:
                button = cell.same if word == SAME else cell.different
                button.blockSignals(True)
                button.setChecked(True)
                button.blockSignals(False)
        self._store(undecided)

    def _store(self, answers: dict[PairKey, str]) -> None:
        from qbdesk.sync.match_decisions import PairDecision, save_decisions
        from qbdesk.sync.matching import Decision

        company = self.owner.controller.company
        if company is None:
            return
        decisions = [PairDecision(entity, local_id, qbo_id, Decision(word))
                     for (entity, local_id, qbo_id), word in answers.items()]

        def store(_ctx: TaskContext) -> int:
            with company.session() as s:
                return save_decisions(s, decisions)

        self.set_busy(True)
        (BackgroundOp(self, store, label="store match decisions", writes=True)
         .success(self._stored).failure(self._not_stored).run())
        self._show_rows()

    def _stored(self, _count: int) -> None:
        self.owner.controller.plan(self.owner.current)

    def _not_stored(self, failure: Failure) -> None:
        self.set_busy(False)
        self.effect.set_text(self.tr("Your answer could not be saved: {message}").format(message=failure.info.message))
