"""The first-sync wizard (BPro's first-sync settings page, as steps): connect → one-sided records → possible
matches → dates → refund account → payment methods → invoice numbers → review, then "Start sync".

The steps are listed beside the pages ("Step 2 of 7" and every step's name, the
current one marked), so the user knows how far they are and what is left; nothing is
written anywhere before the last step, whose button says that it writes to QuickBooks.

Each change of a setting asks the controller for a new plan; the controller
debounces and plans in the worker, from the snapshots it already read, so the
counts follow the choices within a fraction of a second and the window never
waits. "Start sync" saves the settings and starts the sync in the background;
the wizard closes and the home page shows the progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from qbdesk.ui.sync.wizard.matches_page import MatchesPage
from qbdesk.ui.sync.wizard.numbers_page import NumbersPage
from qbdesk.ui.sync.wizard.pages import (
    ConnectPage,
    DatePage,
    MethodsPage,
    OneSidedPage,
    RefundPage,
    ReviewPage,
    SettingsPage,
)

if TYPE_CHECKING:
    from qbdesk.sync.plan import Plan
    from qbdesk.sync.settings import SyncSettings
    from qbdesk.ui.base.errors import ErrorInfo
    from qbdesk.ui.sync.controller import SyncController
    from qbdesk.ui.sync.worker import SyncOptions

CONNECT, ONE_SIDED, MATCHES, DATES, REFUND, METHODS, NUMBERS, REVIEW = range(8)
MARK_WIDTH = 12  # the column of the step list's "▸"


class StepList(QWidget):
    """Beside the pages: "Step n of m" and the name of every step, the current one marked."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.setObjectName("wizardSteps")
        self.header = QLabel()
        self.header.setObjectName("wizardStepNumber")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.list = QLabel()
        self.list.setObjectName("wizardStepNames")
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setWordWrap(True)
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 12, 8)
        layout.addWidget(self.header)
        layout.addSpacing(6)
        layout.addWidget(self.list, 1)
        # Narrow, so the pages keep their room at 1024×640: a long name wraps under itself, not under its number.
        # At least as wide as the longest word of any name in bold, after its number and mark (no word is cut).
        bold = self.list.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        longest = max(metrics.horizontalAdvance(f"8. {word}") for name in self.step_names().values()
                      for word in name.split())
        self.setFixedWidth(max(self.fontMetrics().averageCharWidth() * 22, self.header.sizeHint().width(),
                               longest + MARK_WIDTH + 8) + 16)

    def step_names(self) -> dict[int, str]:
        return {CONNECT: self.tr("Connect"), ONE_SIDED: self.tr("One side only"),
                MATCHES: self.tr("Possible matches"), DATES: self.tr("Which records"),
                REFUND: self.tr("Refund account"), METHODS: self.tr("Payment methods"),
                NUMBERS: self.tr("Invoice numbers"), REVIEW: self.tr("Review and start")}

    def steps(self) -> list[int]:
        """The steps this wizard walks through (connecting only when it was not connected at the start)."""
        return [page for page in self.step_names() if page >= self.wizard.first_step]

    def update_steps(self) -> None:
        steps, names = self.steps(), self.step_names()
        current = self.wizard.currentId()
        number = steps.index(current) + 1 if current in steps else 1
        self.header.setText(self.tr("Step {number} of {count}").format(number=number, count=len(steps)))
        rows = []
        for index, page in enumerate(steps, start=1):
            mark, name = ("▸", f"<b>{index}. {names[page]}</b>") if page == current else ("", f"{index}. {names[page]}")
            rows.append(f"<tr><td width='{MARK_WIDTH}'>{mark}</td><td style='padding-bottom:6px'>{name}</td></tr>")
        self.list.setText("<table width='100%' cellspacing='0' cellpadding='0'>" + "".join(rows) + "</table>")
        self.setAccessibleDescription(self.header.text())

    def current_text(self) -> str:
        return self.header.text()

    def names(self) -> list[str]:
        names = self.step_names()
        return [names[page] for page in self.steps()]


class FirstSyncWizard(QWizard):
    """Choose the sync settings with live counts, then start the sync.

    Signals:
        connect_requested(): the user wants to connect (the window opens the Connect dialog).
        sync_started(): "Start sync" was accepted and the sync is starting in the background.
    """

    connect_requested = Signal()
    sync_started = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qbdesk.sync.settings import SyncSettings

        self.setObjectName("firstSyncWizard")
        self.setWindowTitle(self.tr("First sync with QuickBooks Online"))
        self.controller = controller
        self.initial: SyncSettings = controller.status.settings if controller.status else SyncSettings()
        self.current: SyncSettings = self.initial
        self.choices: SyncOptions | None = controller.options
        self._loading = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)

        self.connect_page = ConnectPage(self)
        self.one_sided = OneSidedPage(self)
        self.matches = MatchesPage(self)
        self.dates = DatePage(self)
        self.refund = RefundPage(self)
        self.methods = MethodsPage(self)
        self.numbers = NumbersPage(self)
        self.review = ReviewPage(self)
        for page_id, page in ((CONNECT, self.connect_page), (ONE_SIDED, self.one_sided), (MATCHES, self.matches),
                              (DATES, self.dates),
                              (REFUND, self.refund), (METHODS, self.methods), (NUMBERS, self.numbers),
                              (REVIEW, self.review)):
            self.setPage(page_id, page)
        self.settings_pages: list[SettingsPage] = [self.one_sided, self.matches, self.dates, self.refund, self.methods,
                                                   self.numbers, self.review]
        # The one button that writes anything says where it writes; every other step only looks.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start sync: write to QuickBooks"))
        connected = controller.connection is not None and not controller.reconnect_needed
        self.first_step = ONE_SIDED if connected else CONNECT
        self.setStartId(self.first_step)
        self.steps = StepList(self)
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._step_changed)
        self.steps.update_steps()

        controller.planned.connect(self._planned)
        controller.planningChanged.connect(self._planning_changed)
        controller.optionsLoaded.connect(self._options_loaded)
        controller.connectionChanged.connect(self._connection_changed)
        controller.runningChanged.connect(self._running_changed)
        controller.failed.connect(self._failed)
        self.resize(QSize(1000, 680))  # the counts table fits without a scroll bar in fr/es too
        if connected:
            self._load()
        elif controller.last_plan is not None:
            self._planned(controller.last_plan)

    @Slot(int)
    def _step_changed(self, _page_id: int) -> None:
        self.steps.update_steps()

    def go_to(self, page_id: int) -> None:
        """Back to an earlier step (the review page's links): through the steps walked, so Next leads back."""
        if page_id not in self.visitedIds():
            self.setStartId(page_id)
            self.restart()
            return
        while self.currentId() not in (page_id, -1):
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    # --- loading -----------------------------------------------------------------------------------

    def _load(self) -> None:
        """Read both sides afresh for these settings, then the wizard's choices (from those snapshots)."""
        self._loading = True
        self.current = self.settings()
        self.controller.plan(self.settings(), refresh=True, debounce=False)
        self.controller.load_options()
        self._planning_changed(True)
        if self.choices is not None:
            self._options_loaded(self.choices)

    @Slot()
    def _connection_changed(self) -> None:
        if self.controller.connection is not None and not self.controller.reconnect_needed \
                and self.choices is None and not self._loading:
            self._load()  # connected from the first page: read both sides for these settings

    @Slot(object)
    def _options_loaded(self, options: SyncOptions) -> None:
        self.choices = options
        self.refund.show_options(options)
        self.methods.show_options(options)

    # --- settings --------------------------------------------------------------------------------------

    def settings(self) -> SyncSettings:
        """The settings as the pages show them now."""
        settings = self.initial
        for page in self.settings_pages:
            settings = page.apply(settings)
        return settings

    def settings_changed(self) -> None:
        """A page changed a choice: re-plan (debounced, in the worker)."""
        if not hasattr(self, "settings_pages"):
            return  # still building the pages
        settings = self.settings()
        if settings == self.current:
            return
        self.current = settings
        self.review.describe(settings)
        self.controller.plan(settings)

    def refund_name(self, qbo_id: str | None) -> str | None:
        if not qbo_id:
            return None
        if self.choices is not None:
            for account in self.choices.accounts:
                if account.qbo_id == qbo_id:
                    return account.name
        return qbo_id

    @Slot(object)
    def _planned(self, plan: Plan) -> None:
        if plan.settings != self.current:
            return  # an older request's answer; the newest is on its way
        for page in self.settings_pages:
            page.show_plan(plan)

    @Slot(bool)
    def _planning_changed(self, planning: bool) -> None:
        for page in self.settings_pages:
            page.set_busy(planning)

    @Slot(object)
    def _failed(self, info: ErrorInfo) -> None:
        for page in self.settings_pages:
            page.set_busy(False)
            page.effect.set_text(self.tr("The counts could not be made: {message}").format(message=info.message))

    @Slot(bool)
    def _running_changed(self, _running: bool) -> None:
        self.review.completeChanged.emit()

    # --- finishing ----------------------------------------------------------------------------------------

    def accept(self) -> None:
        """"Start sync": save the settings and run in the background; the home page takes over."""
        settings = self.settings()
        if not self.controller.start(settings=settings):
            return
        self.sync_started.emit()
        super().accept()
