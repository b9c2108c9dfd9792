"""The route as QR codes, drawn offline by segno (on the job runner): one code at a time, with its text under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)


class QrDialog(QDialog):
    """`codes`: (text, PNG bytes) for each code the route needs."""

    def __init__(self, codes: list[tuple[str, bytes]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Route as QR code"))
        self.codes = codes
        self.current = 0
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Scan with a phone's camera or WeChat: the stops and their addresses come up as "
                                   "text. Made on this computer; nothing is sent anywhere."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.image, 1)
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.show_code(self.current - 1))
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.show_code(self.current + 1))
        row.addWidget(self.previous_button)
        row.addWidget(self.position, 1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(120)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.previous_button, self.position, self.next_button):
            widget.setVisible(len(codes) > 1)
        self.show_code(0)

    def show_code(self, index: int) -> None:
        if not self.codes or not 0 <= index < len(self.codes):
            return
        self.current = index
        text, png = self.codes[index]
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.image.setPixmap(pixmap)
        self.text.setPlainText(text)
        self.position.setText(self.tr("Code %1 of %2").replace("%1", str(index + 1))
                              .replace("%2", str(len(self.codes))))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.codes) - 1)
