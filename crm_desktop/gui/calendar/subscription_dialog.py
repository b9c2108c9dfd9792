"""The calendar subscription link, to paste into Outlook, Google Calendar, 钉钉 or a phone's calendar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout


class SubscriptionDialog(QDialog):
    def __init__(self, url: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Subscribe to your calendar"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Add this link as a calendar subscription (\u201cFrom URL\u201d) in Outlook, Google "
                               "Calendar, DingTalk or your phone: your visits, meetings, tasks and follow-ups show "
                               "there and follow what you sync."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.urlEdit = QLineEdit(url)
        self.urlEdit.setReadOnly(True)
        self.urlEdit.setCursorPosition(0)
        layout.addWidget(self.urlEdit)
        warning = QLabel(self.tr("Anyone who has this link can read your calendar without a password: keep it "
                                 "to yourself."))
        warning.setWordWrap(True)
        warning.setObjectName("countLabel")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copyButton = QPushButton(self.tr("Copy link"))
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.copyButton.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.urlEdit.text())
        self.copyButton.setText(self.tr("Copied"))
