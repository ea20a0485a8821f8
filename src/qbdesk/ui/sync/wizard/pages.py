"""The first-sync wizard's pages, one setting each, in BPro's order, with what each choice does right now.

Every settings page ends with an "effect" line computed from the newest plan (the
wizard re-plans in the worker as choices change), so the consequence of a choice
is visible where it is made; the review page shows the full counts panel.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from qbdesk.ui.base.palette import text_style
from qbdesk.ui.company.records.labels import ENUM_LABELS
from qbdesk.ui.connect.intuit_button import ConnectToQuickBooksButton
from qbdesk.ui.connect.reconnect_notice import ReconnectNotice
from qbdesk.ui.sync.counts_panel import CountsPanel
from qbdesk.ui.sync.text import entity_title

if TYPE_CHECKING:
    from qbdesk.sync.plan import Plan
    from qbdesk.sync.settings import SyncSettings
    from qbdesk.ui.sync.wizard.wizard import FirstSyncWizard
    from qbdesk.ui.sync.worker import SyncOptions


def explanation(text: str) -> QLabel:
    """A paragraph or two of rich text saying what a choice means."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setObjectName("explanation")
    return label


class EffectLine(QWidget):
    """"With these choices: …" — a busy bar while the worker re-plans, then the figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effectLine")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(60, 10)
        self.busy.hide()
        self.label = QLabel()
        self.label.setObjectName("effect")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy and not self.label.text():
            self.label.setText(self.tr("Counting…"))

    def set_text(self, text: str) -> None:
        self.label.setText(text)


class SettingsPage(QWizardPage):
    """A page that changes a setting: it tells the wizard, and shows the newest plan's effect."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.effect = EffectLine()

    def apply(self, settings: SyncSettings) -> SyncSettings:
        """``settings`` with this page's choice."""
        return settings

    def show_plan(self, plan: Plan) -> None:
        """Update the effect line."""

    def set_busy(self, busy: bool) -> None:
        self.effect.set_busy(busy)

    @Slot()
    def changed(self) -> None:
        self.owner.settings_changed()


class ConnectPage(QWizardPage):
    """Connect first, if the company is not connected yet."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Connect to QuickBooks Online"))
        self.setSubTitle(self.tr("The sync needs access to your QuickBooks company."))
        text = explanation(self.tr("Sign in to QuickBooks and choose the company to keep in sync with this company "
                                    "file. You can come back to this wizard afterwards; nothing is sent before the "
                                    "last step."))
        self.button = ConnectToQuickBooksButton()
        self.button.setObjectName("wizardConnect")
        self.button.clicked.connect(wizard.connect_requested)
        self.notice = ReconnectNotice()
        self.notice.reconnect_requested.connect(wizard.connect_requested)
        self.state = QLabel()
        self.state.setObjectName("wizardConnectState")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice)
        layout.addWidget(self.state)
        layout.addStretch(1)
        wizard.controller.connectionChanged.connect(self._connection_changed)
        self._connection_changed()

    @Slot()
    def _connection_changed(self) -> None:
        controller = self.owner.controller
        connected = controller.connection is not None and not controller.reconnect_needed
        if connected and controller.connection is not None:
            name = controller.connection.config.company_name or controller.connection.config.realm_id or ""
            self.state.setText(self.tr("Connected to {company}. Click Next.").format(company=name))
        elif controller.reconnect_needed:
            self.state.setText("")  # the notice says it, once
        else:
            self.state.setText(self.tr("Not connected yet."))
        self.button.setVisible(not connected and not controller.reconnect_needed)
        self.notice.setVisible(controller.reconnect_needed)
        self.state.setVisible(bool(self.state.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        controller = self.owner.controller
        return controller.connection is not None and not controller.reconnect_needed


class OneSidedPage(SettingsPage):
    """Records found only in QuickBooks / only here: create or ignore."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__(wizard)
        from qbdesk.sync.settings import OneSided

        self.setTitle(self.tr("Records found on one side only"))
        self.setSubTitle(self.tr("A record that exists in QuickBooks but not here, or here but not in QuickBooks, can "
                                 "be created on the other side or ignored."))
        settings = wizard.initial
        self.create_here = QRadioButton(self.tr("Create them here"))
        self.create_here.setObjectName("createHere")
        self.ignore_qbo = QRadioButton(self.tr("Ignore them"))
        self.ignore_qbo.setObjectName("ignoreQbo")
        self.create_qbo = QRadioButton(self.tr("Create them in QuickBooks"))
        self.create_qbo.setObjectName("createQbo")
        self.ignore_here = QRadioButton(self.tr("Ignore them"))
        self.ignore_here.setObjectName("ignoreHere")
        (self.ignore_qbo if settings.only_in_qbo is OneSided.IGNORE else self.create_here).setChecked(True)
        (self.ignore_here if settings.only_here is OneSided.IGNORE else self.create_qbo).setChecked(True)
        boxes = QHBoxLayout()
        boxes.setSpacing(16)
        for title, first, second in ((self.tr("Found only in QuickBooks"), self.create_here, self.ignore_qbo),
                                     (self.tr("Found only in this company file"), self.create_qbo, self.ignore_here)):
            box = QGroupBox(title)
            group = QButtonGroup(box)
            box_layout = QVBoxLayout(box)
            for radio in (first, second):
                group.addButton(radio)
                box_layout.addWidget(radio)
                radio.toggled.connect(self.changed)
            boxes.addWidget(box, 1)
        text = explanation(self.tr("Creating them simply means the record is made on the other side; ignoring them "
                                    "means it is not. <b>Anything that relies on an ignored record is not created "
                                    "either</b> — an invoice of an ignored customer, for example — and is counted as "
                                    "ignored, with the reason. Records found on both sides are always linked, never "
                                    "duplicated."))
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(text)
        layout.addSpacing(10)
        layout.addWidget(self.effect)
        layout.addStretch(1)

    def apply(self, settings: SyncSettings) -> SyncSettings:
        import dataclasses

        from qbdesk.sync.settings import OneSided

        return dataclasses.replace(
            settings,
            only_in_qbo=OneSided.IGNORE if self.ignore_qbo.isChecked() else OneSided.CREATE,
            only_here=OneSided.IGNORE if self.ignore_here.isChecked() else OneSided.CREATE)

    def show_plan(self, plan: Plan) -> None:
        counts = plan.counts.values()
        locale = QLocale()
        self.effect.set_text(self.tr("With these choices — created here: {here} · created in QuickBooks: {qbo} · "
                                     "ignored: {ignored}.").format(
            here=locale.toString(sum(c.create_here for c in counts)),
            qbo=locale.toString(sum(c.create_in_qbo for c in counts)),
            ignored=locale.toString(sum(c.ignored for c in counts))))


class DatePage(SettingsPage):
    """All records, or customers, invoices and payments from a date on."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which records"))
        self.setSubTitle(self.tr("Sync everything, or only recent customers, invoices and payments."))
        settings = wizard.initial
        self.all_records = QRadioButton(self.tr("Synchronize all records found"))
        self.all_records.setObjectName("allRecords")
        self.from_date = QRadioButton(self.tr("Synchronize records from this date on:"))
        self.from_date.setObjectName("fromDate")
        self.date = QDateEdit()
        self.date.setObjectName("sinceDate")
        self.date.setAccessibleName(self.tr("First day to synchronize"))
        self.date.setCalendarPopup(True)
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.date.setDisplayFormat(short if "yyyy" in short else short.replace("yy", "yyyy"))
        if settings.since is not None:
            self.date.setDate(QDate(settings.since.year, settings.since.month, settings.since.day))
        else:
            self.date.setDate(QDate(QDate.currentDate().year(), 1, 1))
        (self.from_date if settings.since else self.all_records).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_records)
        group.addButton(self.from_date)
        self.all_records.toggled.connect(self.changed)
        self.from_date.toggled.connect(self._toggled)
        self.date.dateChanged.connect(self.changed)
        self.date.setEnabled(self.from_date.isChecked())
        date_row = QHBoxLayout()
        date_row.addWidget(self.from_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        text = explanation(self.tr(
            "<p>The date only affects <b>customers, invoices and payments</b>: only those created on or after it "
            "are synchronized.</p><p>Products and services, categories, payment methods, terms and taxes are always "
            "synchronized, whatever the date.</p><p>A customer created before the date is synchronized anyway when "
            "an invoice or payment from the date on uses it — no invoice is ever left without its customer.</p>"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_records)
        layout.addLayout(date_row)
        layout.addSpacing(6)
        layout.addWidget(text)
        layout.addSpacing(10)
        layout.addWidget(self.effect)
        layout.addStretch(1)

    @Slot(bool)
    def _toggled(self, checked: bool) -> None:
        self.date.setEnabled(checked)
        self.changed()

    def apply(self, settings: SyncSettings) -> SyncSettings:
        import dataclasses

        since = None
        if self.from_date.isChecked():
            chosen = self.date.date()
            since = date(chosen.year(), chosen.month(), chosen.day())
        return dataclasses.replace(settings, since=since)

    def show_plan(self, plan: Plan) -> None:
        locale = QLocale()
        parts = [f"{entity_title(e)}: {locale.toString(plan.counts[e].filtered)}"
                 for e in ("Customer", "Invoice", "Payment") if e in plan.counts]
        self.effect.set_text(self.tr("Left out by the date (or a payment method): {figures}.").format(
            figures=", ".join(parts) if parts else "0"))


class RefundPage(SettingsPage):
    """The QuickBooks bank account refunds are paid from."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Refund bank account"))
        self.setSubTitle(self.tr("The QuickBooks account refunds are paid from."))
        self.account = QComboBox()
        self.account.setObjectName("refundAccount")
        self.account.setMinimumContentsLength(30)
        self.account.addItem(self.tr("Loading QuickBooks' bank accounts…"), None)
        self.account.setEnabled(False)
        self.account.currentIndexChanged.connect(self.changed)
        form = QFormLayout()
        form.addRow(self.tr("Pay refunds from"), self.account)
        text = explanation(self.tr(
            "<p>Choose a <b>bank account</b> (or an Other Current Asset account such as petty cash): for example "
            "Checking, a refund account or Petty Cash. QuickBooks accepts only these account types here.</p>"
            "<p><b>Without an account, refunds entered here are not synced to QuickBooks</b>: they are counted as "
            "blocked and listed under Problems, so you can pick one later and sync again.</p>"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(text)
        layout.addSpacing(10)
        layout.addWidget(self.effect)
        layout.addStretch(1)

    def show_options(self, options: SyncOptions) -> None:
        chosen = self.owner.current.refund_account
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("No refund account: refunds are not synced"), None)
        for account in options.accounts:
            kind = QCoreApplication.translate("EnumValues",
                                              ENUM_LABELS.get(account.account_type, account.account_type))
            self.account.addItem(f"{account.name} ({kind})", account.qbo_id)
        # No default account: paying refunds from the wrong account would be wrong books, so it is a choice.
        index = self.account.findData(chosen) if chosen else -1
        self.account.setCurrentIndex(max(index, 0))
        self.account.setEnabled(True)
        self.account.blockSignals(False)
        self.changed()

    def apply(self, settings: SyncSettings) -> SyncSettings:
        import dataclasses

        if not self.account.isEnabled():
            return settings  # not loaded yet: keep the saved choice
        data = self.account.currentData()
        return dataclasses.replace(settings, refund_account=str(data) if data else None)

    def show_plan(self, plan: Plan) -> None:
        from qbdesk.sync.plan import R_REFUND_ACCOUNT, OpKind

        counts = plan.counts.get("RefundReceipt")
        blocked = sum(1 for op in plan.operations
                      if op.kind is OpKind.SKIP and op.entity == "RefundReceipt" and op.reason == R_REFUND_ACCOUNT)
        locale = QLocale()
        self.effect.set_text(self.tr("Refund receipts: {create} to create in QuickBooks, {blocked} blocked for want "
                                     "of a refund account.").format(
            create=locale.toString(counts.create_in_qbo if counts else 0), blocked=locale.toString(blocked)))


class MethodsPage(SettingsPage):
    """Which payment methods' payments take part."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Payment methods"))
        self.setSubTitle(self.tr("Payments made with an unchecked method are neither imported nor exported."))
        self.methods = QListWidget()
        self.methods.setObjectName("paymentMethods")
        self.methods.setAccessibleName(self.tr("Payment methods"))
        loading = QListWidgetItem(self.tr("Loading the payment methods of both sides…"))
        loading.setFlags(Qt.ItemFlag.NoItemFlags)
        self.methods.addItem(loading)
        self.methods.itemChanged.connect(self._item_changed)
        self.check_all = QPushButton(self.tr("Check all"))
        self.check_all.clicked.connect(lambda: self._set_all(True))
        self.uncheck_all = QPushButton(self.tr("Uncheck all"))
        self.uncheck_all.clicked.connect(lambda: self._set_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_all)
        buttons.addWidget(self.uncheck_all)
        buttons.addStretch(1)
        text = explanation(self.tr(
            "Uncheck a method when its payments should stay on their side: for example payments taken by an "
            "outside payment processor that already sends them to QuickBooks, so that they are not entered twice. "
            "Unchecked payments are counted as filtered."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.methods, 1)
        layout.addLayout(buttons)
        layout.addWidget(text)
        layout.addWidget(self.effect)
        self._loaded = False

    def show_options(self, options: SyncOptions) -> None:
        excluded = self.owner.current.excluded_methods
        self.methods.blockSignals(True)
        self.methods.clear()
        for method in options.methods:
            if method.in_qbo and method.here:
                where = self.tr("QuickBooks and here")
            elif method.in_qbo:
                where = self.tr("QuickBooks only")
            else:
                where = self.tr("here only")
            item = QListWidgetItem(f"{method.name}  —  {where}")
            item.setData(Qt.ItemDataRole.UserRole, method.key)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{method.name}  —  {where}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if method.key in excluded else Qt.CheckState.Checked)
            self.methods.addItem(item)
        self.methods.blockSignals(False)
        self._loaded = True
        if self.owner.controller.last_plan is not None:
            self._count_payments(self.owner.controller.last_plan)

    def _count_payments(self, plan: Plan) -> None:
        """Each method's payments on each side: what unchecking it leaves out."""
        self.methods.blockSignals(True)
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                continue
            counts = plan.payments_by_method.get(str(item.data(Qt.ItemDataRole.UserRole)))
            here, qbo = (counts.here, counts.in_qbo) if counts is not None else (0, 0)
            figures = self.tr("%n payment(s) here", "", here) + ", " + self.tr("%n in QuickBooks", "", qbo)
            item.setText(f"{item.data(Qt.ItemDataRole.UserRole + 1)}  —  {figures}")
        self.methods.blockSignals(False)

    def item_text(self, key: str) -> str:
        """The line of one method, as shown (tests)."""
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                return item.text()
        return ""

    def unchecked_names(self) -> list[str]:
        """The names of the methods unchecked now."""
        names = {m.key: m.name for m in self.owner.choices.methods} if self.owner.choices else {}
        return [names.get(key, key) for key in sorted(self.owner.current.excluded_methods)]

    def _set_all(self, checked: bool) -> None:
        self.methods.blockSignals(True)
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.methods.blockSignals(False)
        self.changed()

    @Slot(QListWidgetItem)
    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed()

    def set_checked(self, key: str, checked: bool) -> None:
        """Check or uncheck one method by its normalized name (tests, keyboard-free automation)."""
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def apply(self, settings: SyncSettings) -> SyncSettings:
        import dataclasses

        if not self._loaded:
            return settings
        excluded = set()
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Unchecked:
                excluded.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return dataclasses.replace(settings, excluded_methods=frozenset(excluded))

    def show_plan(self, plan: Plan) -> None:
        if self._loaded:
            self._count_payments(plan)
        counts = plan.counts.get("Payment")
        text = self.tr("Payments left out (by a method or the date): {count}.").format(
            count=QLocale().toString(counts.filtered if counts else 0))
        unchecked = self.unchecked_names()
        if unchecked:
            text += " " + self.tr("Unchecked: {methods}.").format(methods=", ".join(unchecked))
        self.effect.set_text(text)


class ReviewPage(SettingsPage):
    """The choices, the counts panel, and Start sync."""

    def __init__(self, wizard: FirstSyncWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Review and start"))
        self.setSubTitle(self.tr("What was found on each side, and what the sync will do with these settings."))
        self.choices = QLabel()
        self.choices.setObjectName("reviewChoices")
        self.choices.setWordWrap(True)
        self.choices.setTextFormat(Qt.TextFormat.RichText)
        self.warning = QLabel()
        self.warning.setObjectName("reviewWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setStyleSheet(text_style("error"))
        self.warning.linkActivated.connect(self._go_back_to)
        self.warning.hide()
        self.counts = CountsPanel(all_rows=False)
        note = explanation(self.tr("These are the records found on each side with the settings above; clicking an "
                                    "ignored or blocked number shows which records and why. <b>Start sync</b> saves "
                                    "the settings (later syncs use them too) and runs in the background: you can go "
                                    "on working, cancel, and resume."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        layout.addWidget(self.warning)
        layout.addWidget(self.counts, 1)
        layout.addWidget(note)

    def initializePage(self) -> None:
        self.describe(self.owner.current)
        self.counts.set_plan(self.owner.controller.last_plan)
        self.set_busy(self.owner.controller.is_planning)

    def describe(self, settings: SyncSettings) -> None:
        from qbdesk.sync.settings import OneSided

        locale = QLocale()
        qbo = self.tr("create here") if settings.only_in_qbo is OneSided.CREATE else self.tr("ignore")
        here = self.tr("create in QuickBooks") if settings.only_here is OneSided.CREATE else self.tr("ignore")
        since = self.tr("all records") if settings.since is None else self.tr("customers, invoices and payments from "
                                                                                "{date} on").format(
            date=locale.toString(QDate(settings.since.year, settings.since.month, settings.since.day),
                                 QLocale.FormatType.ShortFormat))
        refund = self.owner.refund_name(settings.refund_account) or self.tr("none (refunds are not synced)")
        excluded = len(settings.excluded_methods)
        names = {m.key: m.name for m in self.owner.choices.methods} if self.owner.choices else {}
        methods = self.tr("all checked") if not excluded else self.tr("%n unchecked", "", excluded) + ": " + ", ".join(
            names.get(key, key) for key in sorted(settings.excluded_methods))
        from qbdesk.sync.settings import Numbering

        numbers = {Numbering.KEEP: self.tr("kept as they are here"),
                   Numbering.QUICKBOOKS: self.tr("given by QuickBooks")}.get(
            settings.numbering, self.tr("as QuickBooks' preference says"))  # type: ignore[arg-type]
        rows = ((self.tr("Only in QuickBooks"), qbo), (self.tr("Only here"), here), (self.tr("Records"), since),
                (self.tr("Refund account"), refund), (self.tr("Payment methods"), methods),
                (self.tr("Invoice numbers"), numbers))
        self.choices.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='padding-right:14px'>{caption}</td><td><b>{value}</b></td></tr>" for caption, value in rows)
            + "</table>")

    def set_busy(self, busy: bool) -> None:
        self.counts.set_busy(busy)
        if not busy:
            self.counts.set_plan(self.owner.controller.last_plan)
        self.completeChanged.emit()

    def show_plan(self, plan: Plan) -> None:
        self.counts.set_plan(plan)
        self.show_blocked(plan)
        self.completeChanged.emit()

    def show_blocked(self, plan: Plan) -> None:
        """What these settings will block, each with a link back to the step that changes it."""
        from qbdesk.sync.plan import R_CUSTOM_NUMBERS_OFF, R_DOC_NUMBER_TAKEN, R_REFUND_ACCOUNT, OpKind, Outcome

        blocked = [op for op in plan.operations if op.kind is OpKind.SKIP and op.outcome is Outcome.BLOCKED]
        refunds = sum(1 for op in blocked if op.reason == R_REFUND_ACCOUNT)
        numbers = sum(1 for op in blocked if op.reason in (R_DOC_NUMBER_TAKEN, R_CUSTOM_NUMBERS_OFF))
        others = len(blocked) - refunds - numbers
        lines = []
        choose, see = self.tr("Choose one"), self.tr("See the numbers")
        undecided = sum(len(found) for found in plan.possible_matches.values())
        if undecided:
            answer = self.tr("Answer them")
            lines.append(self.tr("%n possible match(es) not answered: both records of each pair will be created.", "",
                                 undecided) + f" <a href='matches'>{answer}</a>")
        if refunds:
            lines.append(self.tr("%n refund receipt(s) blocked: no refund account.", "", refunds)
                         + f" <a href='refund'>{choose}</a>")
        if numbers:
            lines.append(self.tr("%n sales form(s) blocked by their numbers.", "", numbers)
                         + f" <a href='numbers'>{see}</a>")
        if others:
            lines.append(self.tr("%n record(s) blocked by a problem QuickBooks would refuse; they are listed under "
                                 "Problems after the sync.", "", others))
        self.warning.setText("<br>".join(lines))
        self.warning.setVisible(bool(lines))

    @Slot(str)
    def _go_back_to(self, step: str) -> None:
        from qbdesk.ui.sync.wizard.wizard import MATCHES, NUMBERS, REFUND

        target = {"refund": REFUND, "numbers": NUMBERS, "matches": MATCHES}.get(step)
        if target is not None:
            self.owner.go_to(target)

    def isComplete(self) -> bool:
        controller = self.owner.controller
        return (controller.last_plan is not None and not controller.is_planning and not controller.is_running
                and controller.connection is not None and not controller.reconnect_needed)
