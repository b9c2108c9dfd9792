"""Editing the pipeline stages: names, order, default probability, which stage is won or lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from crm_desktop.controllers.sales.controller import SalesController
from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.sales.entities import StageInput
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.list_editor import error_line, list_buttons, save_cancel

NAME, PROBABILITY, WON, LOST = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ERROR_BRUSH = QBrush(QColor("#fde2e1"))


class StagesDialog(QDialog):
    sig_loaded = Signal()

    def __init__(self, sales: SalesController, jobs, parent=None) -> None:
        super().__init__(parent)
        self.sales, self.jobs = sales, jobs
        self.loading = True  # the stages come from the database thread
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.resize(560, 380)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Probability %"), self.tr("Won"),
                                              self.tr("Lost")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.error_label = error_line()
        buttons = list_buttons(self.add_stage, self.remove_stage, self.move)
        box = save_cancel(self, self.save)
        hint = QLabel(self.tr("Open stages are the board's columns in this order. Exactly one stage is won and "
                              "one is lost; a deal's probability follows its stage unless set by hand."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(box)
        jobs.run_db(sales.stages, on_done=self._loaded)

    def _loaded(self, stages) -> None:
        for stage in stages:
            self._append(stage.name, stage.probability, stage.is_won, stage.is_lost, stage.id)
        self.loading = False
        self.sig_loaded.emit()

    def _append(self, name: str, probability: int, won: bool, lost: bool, stage_id: str | None, row=None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, stage_id)
        self.table.setItem(row, NAME, name_item)
        self.table.setItem(row, PROBABILITY, QTableWidgetItem(str(probability)))
        for column, checked in ((WON, won), (LOST, lost)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, item)

    def add_stage(self) -> None:
        # New stages go before the closed ones, where open stages belong.
        row = next((r for r in range(self.table.rowCount()) if self._checked(r, WON) or self._checked(r, LOST)),
                   self.table.rowCount())
        self._append(self.tr("New stage"), 50, False, False, None, row)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_stage(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self.stage_inputs()[row]
        self.table.removeRow(row)
        self._append(values.name, values.probability, values.is_won, values.is_lost, values.id, target)
        self.table.setCurrentCell(target, NAME)

    def _checked(self, row: int, column: int) -> bool:
        return self.table.item(row, column).checkState() == Qt.CheckState.Checked

    def stage_inputs(self) -> list[StageInput]:
        rows = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, NAME)
            probability = self.table.item(row, PROBABILITY).text().strip()
            rows.append(StageInput(name_item.text(), probability if probability else 0,  # type: ignore[arg-type]
                                   self._checked(row, WON), self._checked(row, LOST), name_item.data(ID_ROLE)))
        return rows

    def save(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(4):
                self.table.item(row, column).setBackground(QBrush())
        if self.loading:
            return
        try:
            stages = self.stage_inputs()
        except ValidationError as error:
            self._refused(error)
            return
        self.jobs.run_db(self.sales.save_stages, stages, on_done=lambda _r: self.accept(), on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        self._show(error)

    def _show(self, error: ValidationError) -> None:
        messages = []
        columns = {"name": NAME, "probability": PROBABILITY, "is_won": WON}
        for field, message in error.errors.items():
            text = translate_message(TR_CONTEXT, message)
            parts = field.split(".")
            if len(parts) == 3 and parts[1].isdigit():
                row = int(parts[1])
                item = self.table.item(row, columns.get(parts[2], NAME))
                item.setBackground(_ERROR_BRUSH)
                item.setToolTip(text)
                text = self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", text)
            elif len(parts) == 2 and parts[0] == "stages":
                text = f"{parts[1]}: {text}"  # a stage that still holds deals, named
            messages.append(text)
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(True)
