"""The operations behind a row of the counts panel, with the fields each update changes (a dry run to read).

An accountant checks a migration before anything is sent: which records will be
created on which side, which will be updated and how — field by field, here and in
QuickBooks, as QuickBooks' own screens name the fields — and which wait for their
approval or need their decision. Nothing here writes anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.sync.text import entity_title, reason_text

if TYPE_CHECKING:
    from qbdesk.sync.fields import FieldChange
    from qbdesk.sync.plan import Operation, Plan

MAX_LISTED: Final = 300  # records listed per group

# The groups, in the order a person reads a plan: what is sent, what comes back, what needs them.
GROUPS: Final = (
    ("create_in_qbo", QT_TRANSLATE_NOOP("PlanDetails", "To create in QuickBooks")),
    ("update_in_qbo", QT_TRANSLATE_NOOP("PlanDetails", "To update in QuickBooks")),
    ("delete_in_qbo", QT_TRANSLATE_NOOP("PlanDetails", "To delete in QuickBooks")),
    ("deactivate_in_qbo", QT_TRANSLATE_NOOP("PlanDetails", "To make inactive in QuickBooks")),
    ("create_here", QT_TRANSLATE_NOOP("PlanDetails", "To create here")),
    ("update_here", QT_TRANSLATE_NOOP("PlanDetails", "To update here")),
    ("link", QT_TRANSLATE_NOOP("PlanDetails", "To link (found on both sides)")),
    ("conflict", QT_TRANSLATE_NOOP("PlanDetails", "Changed on both sides: you decide")),
    ("moved_in_qbo", QT_TRANSLATE_NOOP("PlanDetails", "Moved to another customer in QuickBooks: you decide")),
    ("deleted_in_qbo", QT_TRANSLATE_NOOP("PlanDetails", "Deleted in QuickBooks")),
    ("waiting", QT_TRANSLATE_NOOP("PlanDetails", "Waiting for your approval")),
)
# Which groups a clicked count stands for.
FOR_COUNT: Final = {
    "create_in_qbo": ("create_in_qbo",),
    "create_here": ("create_here",),
    "update": ("update_in_qbo", "update_here"),
}
_YES_NO: Final = {"yes": QT_TRANSLATE_NOOP("PlanDetails", "Yes"), "no": QT_TRANSLATE_NOOP("PlanDetails", "No")}


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanDetails", text)


def field_label(change: FieldChange) -> str:
    """The field's name as QuickBooks' screens say it, translated ("Line 2", "Applied to 1042")."""
    if change.field.startswith("Line."):
        which = change.field[len("Line."):]  # a line's number, or the invoice a payment pays (may hold spaces)
        base = change.label[:len(change.label) - len(which)].strip() if change.label.endswith(which) else ""
        return f"{QCoreApplication.translate('Fields', base)} {which}".strip() if base else change.label
    return QCoreApplication.translate("Fields", change.label)


def field_value(value: str | None) -> str:
    if value is None:
        return "—"
    return _t(_YES_NO[value]) if value in _YES_NO else value


def group_of(op: Operation) -> str | None:
    from qbdesk.sync.plan import OpKind, Outcome

    if op.kind is OpKind.SKIP:
        return "waiting" if op.outcome is Outcome.WAITING else None
    if op.kind is OpKind.CLEAN:
        return None
    return str(op.kind.value)


class OperationsDialog(QDialog):
    """The operations of one record type (or all), grouped by what they do, updates with their fields."""

    def __init__(self, plan: Plan, entity: str, groups: tuple[str, ...] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationsDialog")
        what = entity_title(entity) if entity else self.tr("All records")
        self.setWindowTitle(self.tr("What the sync will do: {what}").format(what=what))
        ops = [op for op in plan.operations if (not entity or op.entity == entity)]
        grouped: dict[str, list[Operation]] = {}
        for op in ops:
            group = group_of(op)
            if group is not None and (groups is None or group in groups):
                grouped.setdefault(group, []).append(op)
        intro = QLabel(self.tr("Nothing has been sent or changed yet. Updates list each field that changes, with its "
                               "value here and in QuickBooks; expand a record to see them."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("operationsTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Here"), self.tr("In QuickBooks")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        for key, title in GROUPS:
            members = grouped.get(key)
            if not members:
                continue
            top = QTreeWidgetItem([f"{_t(title)} ({QLocale().toString(len(members))})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for op in sorted(members, key=lambda o: o.label.casefold())[:MAX_LISTED]:
                record = op.label if entity else f"{entity_title(op.entity)}: {op.label}"
                item = QTreeWidgetItem([record])
                if op.reason and key == "waiting":
                    item.setToolTip(0, reason_text(op.reason, op.params))
                top.addChild(item)
                item.setFirstColumnSpanned(True)  # a record's row holds its name alone: let it take the width
                for change in op.changes:
                    row = QTreeWidgetItem(["", field_label(change), field_value(change.here), field_value(change.qbo)])
                    for column in (2, 3):
                        row.setToolTip(column, row.text(column))
                    item.addChild(row)
            if len(members) > MAX_LISTED:
                top.addChild(QTreeWidgetItem([self.tr("… and %Ln more", "", len(members) - MAX_LISTED)]))
        if self.tree.topLevelItemCount() == 0:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing to do for these records.")]))
        self.tree.expandToDepth(0 if self.tree.topLevelItemCount() > 1 else 1)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        header.resizeSection(0, min(max(self.tree.sizeHintForColumn(0) + 24, 200), metrics.averageCharWidth() * 42))
        header.resizeSection(1, min(max(self.tree.sizeHintForColumn(1) + 16, 120), metrics.averageCharWidth() * 28))
        header.resizeSection(2, metrics.averageCharWidth() * 30)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(920, 480)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def groups(self) -> list[str]:
        """The group lines shown (tests and accessibility)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def fields(self) -> list[tuple[str, str, str]]:
        """Every (field, here, in QuickBooks) row shown."""
        out: list[tuple[str, str, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                record = top.child(j) if top is not None else None
                for k in range(record.childCount() if record is not None else 0):
                    row = record.child(k) if record is not None else None
                    if row is not None:
                        out.append((row.text(1), row.text(2), row.text(3)))
        return out
