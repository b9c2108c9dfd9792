"""Shown before saving a record that probably exists already: open it, or save anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from crm_desktop.domain.customers.entities import DuplicateCandidate
from crm_desktop.gui.common.formats import phone_text
from crm_desktop.gui.common.labels import translate_message


class DuplicatesDialog(QDialog):
    SAVE_ANYWAY = 1
    OPEN_EXISTING = 2

    def __init__(self, candidates: list[DuplicateCandidate], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.choice = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This looks like a record you already have:")))
        self.list = QListWidget()
        for c in candidates:
            reasons = ", ".join(translate_message("Duplicates", r) for r in c.reasons)
            detail = " · ".join(x for x in (c.detail, phone_text(c.mobile), c.email) if x)
            item = QListWidgetItem(f"{c.name}   {detail}\n    {reasons}")
            item.setData(0x0100, c.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open existing"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = buttons.addButton(self.tr("Save anyway"), QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._finish(self.OPEN_EXISTING))
        self.save_button.clicked.connect(lambda: self._finish(self.SAVE_ANYWAY))
        layout.addWidget(buttons)
        self.resize(480, 260)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0x0100) if item else None

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept()
