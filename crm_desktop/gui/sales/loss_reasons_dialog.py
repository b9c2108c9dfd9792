"""Editing the list a lost deal's reason is picked from: names and order (Other is always offered besides)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from crm_desktop.controllers.sales.controller import SalesController
from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.sales.entities import LossReasonData, LossReasonInput
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.list_editor import error_line, list_buttons, save_cancel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ERROR_BRUSH = QBrush(QColor(214, 58, 47, 60))  # translucent: readable over a light and a dark base


class LossReasonsDialog(QDialog):
    sig_loaded = Signal()

    def __init__(self, sales: SalesController, jobs, parent=None) -> None:
        super().__init__(parent)
        self.sales, self.jobs = sales, jobs
        self.loading = True  # the list comes from the database thread
        self.setWindowTitle(self.tr("Loss reasons"))
        self.resize(460, 400)
        hint = QLabel(self.tr("A lost deal names one of these reasons, so the dashboard can count them. "
                              "“Other”, with the rep's own words, is always offered besides. A removed reason "
                              "stays on the deals lost for it."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.error_label = error_line()
        buttons = list_buttons(self.add_reason, self.remove_reason, self.move)
        box = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(box)
        jobs.run_db(sales.loss_reasons, on_done=self._loaded)

    def _loaded(self, reasons: list[LossReasonData]) -> None:
        for reason in reasons:
            self._append(reason.name, reason.id)
        self.loading = False
        self.sig_loaded.emit()

    def _append(self, name: str, reason_id: str | None, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, reason_id)
        self.list.insertItem(self.list.count() if row is None else row, item)
        return item

    def add_reason(self) -> None:
        item = self._append(self.tr("New reason"), None)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_reason(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def reason_inputs(self) -> list[LossReasonInput]:
        return [LossReasonInput(self.list.item(r).text(), self.list.item(r).data(ID_ROLE))
                for r in range(self.list.count())]

    def save(self) -> None:
        if self.loading:
            return
        for row in range(self.list.count()):
            self.list.item(row).setBackground(QBrush())
        self.jobs.run_db(self.sales.save_loss_reasons, self.reason_inputs(), on_done=lambda _r: self.accept(),
                         on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        messages = []
        for field, message in error.errors.items():
            text = translate_message(TR_CONTEXT, message)
            parts = field.split(".")
            if len(parts) == 3 and parts[1].isdigit():
                item = self.list.item(int(parts[1]))
                item.setBackground(_ERROR_BRUSH)
                item.setToolTip(text)
                text = self.tr("Row %1: %2").replace("%1", str(int(parts[1]) + 1)).replace("%2", text)
            messages.append(text)
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(True)
