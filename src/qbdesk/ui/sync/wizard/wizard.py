"""The first-sync wizard (BPro's first-sync settings page, as steps): connect → one-sided records → dates →
refund account → payment methods → invoice numbers → review, then "Start sync".

Each change of a setting asks the controller for a new plan; the controller
debounces and plans in the worker, from the snapshots it already read, so the
counts follow the choices within a fraction of a second and the window never
waits. "Start sync" saves the settings and starts the sync in the background;
the wizard closes and the home page shows the progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

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

CONNECT, ONE_SIDED, DATES, REFUND, METHODS, NUMBERS, REVIEW = range(7)


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
        self.dates = DatePage(self)
        self.refund = RefundPage(self)
        self.methods = MethodsPage(self)
        self.numbers = NumbersPage(self)
        self.review = ReviewPage(self)
        for page_id, page in ((CONNECT, self.connect_page), (ONE_SIDED, self.one_sided), (DATES, self.dates),
                              (REFUND, self.refund), (METHODS, self.methods), (NUMBERS, self.numbers),
                              (REVIEW, self.review)):
            self.setPage(page_id, page)
        self.settings_pages: list[SettingsPage] = [self.one_sided, self.dates, self.refund, self.methods, self.numbers,
                                                   self.review]
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start sync"))
        connected = controller.connection is not None and not controller.reconnect_needed
        self.setStartId(ONE_SIDED if connected else CONNECT)

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
