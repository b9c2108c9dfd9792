"""Why a deal was lost: one reason from the list (counted on the dashboard), or Other and a few words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from crm_desktop.domain.sales.entities import LossReasonData
from crm_desktop.domain.sales.loss_reasons import OTHER


def other_label() -> str:
    return QCoreApplication.translate("LostReasonDialog", "Other:")


def fill_reason_combo(combo: QComboBox, reasons: list[LossReasonData], code: str | None = None) -> None:
    """The list's reasons, then Other; `code` chosen (a reason no longer listed is kept, by its name)."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("LostReasonDialog", "Choose a reason…"), None)
    for reason in reasons:
        combo.addItem(reason.name, reason.code)
    combo.addItem(QCoreApplication.translate("LostReasonDialog", "Other"), OTHER)
    if code:
        combo.setCurrentIndex(max(0, combo.findData(code)))


class LostReasonDialog(QDialog):
    """Asks why a deal was lost; OK stays disabled until a reason is picked (Other: until words are typed).
    Typing in the Other field picks Other. The list comes from the database thread (`loading` until then)."""

    sig_loaded = Signal()

    def __init__(self, sales, jobs, parent=None) -> None:
        super().__init__(parent)
        self.loading = True
        self.setWindowTitle(self.tr("Deal lost"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why was the deal lost?")))
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.listed = QVBoxLayout()  # the list's reasons, once they are in
        layout.addLayout(self.listed)
        other_row = QHBoxLayout()
        self.other_button = QRadioButton(other_label())
        self.group.addButton(self.other_button)
        self.choices[OTHER] = self.other_button
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("In a few words"))
        self.reason_edit.setMaxLength(200)
        other_row.addWidget(self.other_button)
        other_row.addWidget(self.reason_edit, 1)
        layout.addLayout(other_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textEdited.connect(lambda text: self.other_button.setChecked(True) if text.strip() else None)
        self.reason_edit.textChanged.connect(self._update)
        self.group.buttonToggled.connect(self._update)
        self._update()
        jobs.run_db(sales.loss_reasons, on_done=self._loaded)

    def _loaded(self, reasons: list[LossReasonData]) -> None:
        for reason in reasons:
            button = QRadioButton(reason.name)
            self.group.addButton(button)
            self.choices[reason.code] = button
            self.listed.addWidget(button)
        self.group.removeButton(self.other_button)  # Other stays last when the keyboard moves through them
        self.group.addButton(self.other_button)
        self.choices[OTHER] = self.choices.pop(OTHER)
        self.loading = False
        self.sig_loaded.emit()

    def _update(self, *_args) -> None:
        code = self.code()
        ready = code is not None and (code != OTHER or bool(self.reason_edit.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def code(self) -> str | None:
        """The chosen reason's code ("other" for the rep's own words), or None."""
        return next((code for code, button in self.choices.items() if button.isChecked()), None)

    def reason(self) -> str | None:
        """The rep's words when the reason is Other; a listed reason's text is its name (the controller's)."""
        return self.reason_edit.text().strip() or None if self.code() == OTHER else None
