"""The parts every "edit an ordered list" dialog shares: its error line, Add/Remove/Move buttons, Save/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton


def error_line() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def list_buttons(add: Callable[[], object], remove: Callable[[], object],
                 move: Callable[[int], object]) -> QHBoxLayout:
    """Add, Remove, Move up, Move down, left-aligned."""
    row = QHBoxLayout()
    labels = (QCoreApplication.translate("ListEditor", "&Add"), QCoreApplication.translate("ListEditor", "&Remove"),
              QCoreApplication.translate("ListEditor", "Move &up"),
              QCoreApplication.translate("ListEditor", "Move &down"))
    for text, slot in zip(labels, (add, remove, lambda: move(-1), lambda: move(1)), strict=True):
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    return box
