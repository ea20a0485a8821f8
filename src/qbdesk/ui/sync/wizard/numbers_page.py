"""The wizard's "Invoice numbers" step: keep this company file's numbers, or let QuickBooks number them.

A first sync into a QuickBooks company that already has invoices is where numbers
get used twice, so this is a decision the user sees, with its counts: keeping the
numbers needs QuickBooks' *custom transaction numbers* on (the page says whether
they are and how to turn them on) and blocks every number QuickBooks already uses —
one click gives those the next free numbers; letting QuickBooks number them sends
none, and the numbers it gives come back here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout

from qbdesk.ui.base.palette import text_style
from qbdesk.ui.sync.wizard.pages import SettingsPage, explanation

if TYPE_CHECKING:
    from qbdesk.sync.plan import Operation, Plan
    from qbdesk.sync.settings import SyncSettings
    from qbdesk.ui.sync.wizard.wizard import FirstSyncWizard



class NumbersPage(SettingsPage):
    """Who numbers the invoices, credit memos and refund receipts a sync sends to QuickBooks."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        from qbdesk.sync.settings import Numbering

        super().__init__(wizard)
        self.setTitle(self.tr("Invoice numbers"))
        self.setSubTitle(self.tr("Who numbers the invoices, credit memos and refund receipts sent to QuickBooks."))
        self.keep = QRadioButton(self.tr("Keep this company file's numbers"))
        self.keep.setObjectName("keepNumbers")
        self.quickbooks = QRadioButton(self.tr("Let QuickBooks number them (its numbers then come back here)"))
        self.quickbooks.setObjectName("quickbooksNumbers")
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.quickbooks)
        chosen = wizard.initial.numbering
        self.decided = chosen is not None  # until then, the choice follows QuickBooks' preference when it is read
        if chosen is Numbering.KEEP:
            self.keep.setChecked(True)
        elif chosen is Numbering.QUICKBOOKS:
            self.quickbooks.setChecked(True)
        self.keep.toggled.connect(self._chosen)
        self.quickbooks.toggled.connect(self._chosen)
        self.preference = QLabel()
        self.preference.setObjectName("customNumbers")
        self.preference.setWordWrap(True)
        self.renumber_button = QPushButton(self.tr("Give them the next free numbers"))
        self.renumber_button.setObjectName("renumber")
        self.renumber_button.setToolTip(self.tr("Each record whose number QuickBooks already uses gets the next number "
                                                "free here and in QuickBooks, here, before anything is sent."))
        self.renumber_button.clicked.connect(self._renumber)
        self.renumber_button.hide()
        self.recount = QPushButton(self.tr("Count again"))
        self.recount.setObjectName("recountNumbers")
        self.recount.setToolTip(self.tr("Read QuickBooks again, after turning its custom transaction numbers on."))
        self.recount.clicked.connect(self._count_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.renumber_button)
        buttons.addWidget(self.recount)
        buttons.addStretch(1)
        text = explanation(self.tr(
            "<p><b>Keep this company file's numbers</b> when invoices must keep the numbers customers know. QuickBooks "
            "keeps a number only when its <b>custom transaction numbers</b> are on (in QuickBooks: Settings › Account "
            "and settings › Sales › Sales form content), and refuses a number it already uses: such records are "
            "blocked before anything is sent, and one click gives them the next free numbers.</p>"
            "<p><b>Let QuickBooks number them</b> when QuickBooks gives out the numbers: nothing can be used twice, "
            "and the numbers QuickBooks gives come back into this company file.</p>"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.keep)
        layout.addWidget(self.quickbooks)
        layout.addSpacing(6)
        layout.addWidget(self.preference)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(text)
        layout.addSpacing(10)
        layout.addWidget(self.effect)
        layout.addStretch(1)
        self.taken: list[Operation] = []
        self.next_number = 1

    @Slot(bool)
    def _chosen(self, checked: bool) -> None:
        if checked:
            self.decided = True
            self.changed()

    def apply(self, settings: SyncSettings) -> SyncSettings:
        import dataclasses

        from qbdesk.sync.settings import Numbering

        if self.keep.isChecked():
            return dataclasses.replace(settings, numbering=Numbering.KEEP)
        if self.quickbooks.isChecked():
            return dataclasses.replace(settings, numbering=Numbering.QUICKBOOKS)
        return settings  # not read yet: QuickBooks' preference decides

    def show_plan(self, plan: Plan) -> None:
        from qbdesk.sync.entities import NUMBERED
        from qbdesk.sync.plan import R_CUSTOM_NUMBERS_OFF, R_DOC_NUMBER_TAKEN, OpKind
        from qbdesk.sync.settings import Numbering

        if not self.decided:  # the decision shown is the one QuickBooks' preference implies; the user may change it
            button = self.keep if plan.numbering is Numbering.KEEP else self.quickbooks
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        locale = QLocale()
        self.preference.setText(
            self.tr("In QuickBooks, custom transaction numbers are <b>on</b>: QuickBooks keeps the numbers it is sent.")
            if plan.custom_numbers else
            self.tr("In QuickBooks, custom transaction numbers are <b>off</b>: QuickBooks numbers sales forms itself."))
        numbered = [op for op in plan.operations if op.entity in NUMBERED]
        sent = sum(1 for op in numbered if op.kind is OpKind.CREATE_IN_QBO)
        self.taken = [op for op in numbered if op.kind is OpKind.SKIP and op.reason == R_DOC_NUMBER_TAKEN]
        off = sum(1 for op in numbered if op.kind is OpKind.SKIP and op.reason == R_CUSTOM_NUMBERS_OFF)
        self.next_number = plan.next_number
        self.renumber_button.setVisible(bool(self.taken))
        self.recount.setVisible(bool(off))
        if off:
            self.effect.label.setStyleSheet(text_style("error"))
            self.effect.set_text(self.tr("%n sales form(s) blocked: turn QuickBooks' custom transaction numbers on, "
                                         "then click Count again — or let QuickBooks number them.", "", off))
        elif self.taken:
            self.effect.label.setStyleSheet(text_style("error"))
            self.effect.set_text(self.tr(
                "%n sales form(s) use a number QuickBooks already has and are blocked; the next free number is "
                "{number}.", "", len(self.taken)).format(number=locale.toString(plan.next_number)))
        else:
            self.effect.label.setStyleSheet("")
            self.effect.set_text(
                self.tr("%n sales form(s) keep their numbers.", "", sent) if plan.numbering is Numbering.KEEP else
                self.tr("%n sales form(s) will be numbered by QuickBooks; the numbers come back here.", "", sent))

    @Slot()
    def _renumber(self) -> None:
        from qbdesk.sync.numbers import renumber
        from qbdesk.ui.base.background import BackgroundOp

        company = self.owner.controller.company
        if company is None or not self.taken:
            return
        records = [(op.entity, int(op.local_id)) for op in self.taken if op.local_id is not None]
        start = self.next_number
        self.renumber_button.setEnabled(False)

        def done(_given: object) -> None:
            self.renumber_button.setEnabled(True)
            self._count_again()

        def failed(_failure: object) -> None:
            self.renumber_button.setEnabled(True)

        (BackgroundOp(self, lambda _ctx: renumber(company, records, start), label="renumber")
         .success(done).failure(failed).run())

    @Slot()
    def _count_again(self) -> None:
        self.owner.controller.plan(self.owner.settings(), refresh=True, debounce=False)
