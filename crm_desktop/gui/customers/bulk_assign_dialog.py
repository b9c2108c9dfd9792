"""Choose whom to give the selected tickets to (a handler, or back to unassigned)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from crm_desktop.domain.customers.entities import UserData


class BulkAssignDialog(QDialog):
    def __init__(self, users: list[UserData], me: str | None, count: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign tickets"))
        self.combo = QComboBox(self)
        for user in users:
            name = user.display_name or user.username
            if user.id == me:
                name = self.tr("%1 (me)").replace("%1", name)
            self.combo.addItem(name, user.id)
        self.combo.addItem(self.tr("Unassigned"), None)
        mine = self.combo.findData(me) if me else -1
        self.combo.setCurrentIndex(max(mine, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Assign to:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n selected ticket(s)", "", count), self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def user_id(self) -> str | None:
        return self.combo.currentData()

    def choose(self, user_id: str | None) -> None:
        self.combo.setCurrentIndex(self.combo.findData(user_id))
