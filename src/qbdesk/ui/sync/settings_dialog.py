"""Sync settings that matter after the first sync: review, conflicts, invoice numbers, automatic sync.

The first-sync choices (what to create, the date cutoff, the refund account,
payment methods) live in the first-sync wizard; this small dialog holds what a
user changes while living with the sync:

* **Review changes before they sync** — changes wait in Approvals (SingleOps' Sync Wizard);
* **When a record changed on both sides** — QuickBooks wins, this company file wins, or ask;
* **Keep invoice numbers in step with QuickBooks** (TaxDome's setting, seed 004);
* **Sync automatically every N minutes**.

Everything is read and saved in the company file, in the background.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.read_model import DEFAULT_INTERVAL, SyncPreferences, read_preferences, write_preferences
from qbdesk.sync.settings import ConflictPolicy
from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.palette import text_style

if TYPE_CHECKING:
    from qbdesk.store import Company


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("settingHelp")
    label.setContentsMargins(24, 0, 0, 0)
    label.setStyleSheet(text_style("muted"))
    return label


class SyncSettingsDialog(QDialog):
    """Reads the preferences, lets the user change them, saves them.

    Signals:
        loaded(): the current preferences are in the form.
        saved(object): the :class:`~qbdesk.sync.read_model.SyncPreferences` just written.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, company: Company, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self.preferences: SyncPreferences | None = None
        self.setObjectName("syncSettingsDialog")
        self.setWindowTitle(self.tr("Sync settings"))

        self.review = QCheckBox(self.tr("Review changes before they sync"))
        self.review.setObjectName("reviewChanges")
        review_help = _help(self.tr("A sync only finds the changes on both sides; they wait in Approvals "
                                    "until you approve them."))

        conflicts = QGroupBox(self.tr("When a record was changed here and in QuickBooks"))
        self.policy_buttons = QButtonGroup(self)
        self.policy: dict[ConflictPolicy, QRadioButton] = {}
        conflict_layout = QVBoxLayout(conflicts)
        for policy, text in ((ConflictPolicy.ASK, self.tr("Ask me: show both versions as a problem")),
                             (ConflictPolicy.QBO_WINS, self.tr("QuickBooks wins")),
                             (ConflictPolicy.HERE_WINS, self.tr("This company file wins"))):
            button = QRadioButton(text)
            button.setObjectName(f"policy_{policy.value}")
            self.policy_buttons.addButton(button)
            self.policy[policy] = button
            conflict_layout.addWidget(button)

        self.numbers = QCheckBox(self.tr("Keep invoice numbers in step with QuickBooks"))
        self.numbers.setObjectName("keepNumbersInStep")
        numbers_help = _help(self.tr("New invoices continue from the last number used here or in QuickBooks, "
                                     "and a number QuickBooks already has is pointed out as you type it."))

        self.automatic = QCheckBox(self.tr("Sync automatically every"))
        self.automatic.setObjectName("automaticSync")
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(1, 24 * 60)
        self.interval.setValue(DEFAULT_INTERVAL)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setAccessibleName(self.tr("Minutes between automatic syncs"))
        self.automatic.toggled.connect(self.interval.setEnabled)
        automatic_row = QHBoxLayout()
        automatic_row.addWidget(self.automatic)
        automatic_row.addWidget(self.interval)
        automatic_row.addStretch(1)

        self.status = QLabel(self.tr("Loading…"))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        form.addWidget(self.review)
        form.addWidget(review_help)
        form.addSpacing(8)
        form.addWidget(conflicts)
        form.addSpacing(8)
        form.addWidget(self.numbers)
        form.addWidget(numbers_help)
        form.addSpacing(8)
        form.addLayout(automatic_row)
        self.form.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        (BackgroundOp(self, lambda _ctx: read_preferences(company), label="read sync settings")
         .success(self._loaded).failure(self._failed).run())

    def _loaded(self, prefs: SyncPreferences) -> None:
        self.preferences = prefs
        self.review.setChecked(prefs.sync.review_changes)
        self.policy[prefs.sync.conflict_policy].setChecked(True)
        self.numbers.setChecked(prefs.keep_numbers_in_step)
        self.automatic.setChecked(prefs.interval_minutes > 0)
        self.interval.setValue(prefs.interval_minutes or DEFAULT_INTERVAL)
        self.interval.setEnabled(prefs.interval_minutes > 0)
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)
        if self.focusWidget() is None or not self.form.isAncestorOf(self.focusWidget()):
            # While the form loaded it was disabled and the focus went to the buttons: Tab starts at the top.
            self.review.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.hide()
        self.loaded.emit()

    def _failed(self, failure: Failure) -> None:
        self.status.setText(self.tr("The sync settings could not be read or saved: {message}").format(
            message=failure.info.message))
        self.status.show()
        self.save_button.setEnabled(self.preferences is not None)

    def chosen(self) -> SyncPreferences:
        assert self.preferences is not None
        policy = next((p for p, b in self.policy.items() if b.isChecked()), ConflictPolicy.ASK)
        sync = dataclasses.replace(self.preferences.sync, review_changes=self.review.isChecked(),
                                   conflict_policy=policy)
        return SyncPreferences(sync, self.numbers.isChecked(),
                               self.interval.value() if self.automatic.isChecked() else 0)

    @Slot()
    def save(self) -> None:
        if self.preferences is None:
            return
        prefs = self.chosen()
        company = self.company
        self.save_button.setEnabled(False)
        (BackgroundOp(self, lambda _ctx: write_preferences(company, prefs), label="save sync settings", writes=True)
         .success(lambda _none: self._saved(prefs)).failure(self._failed).run())

    def _saved(self, prefs: SyncPreferences) -> None:
        self.preferences = prefs
        self.saved.emit(prefs)
        self.accept()


def open_sync_settings(company: Company, parent: QWidget) -> SyncSettingsDialog:
    dialog = SyncSettingsDialog(company, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
