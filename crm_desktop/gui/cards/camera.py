"""Taking a card's photo with a camera through Qt Multimedia, where the module and a camera are present."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

_CONTEXT = "CardCamera"


def camera_problem() -> str | None:
    """Why no photo can be taken here (translated), or None when a camera is there."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: F401  (the viewfinder needs it too)
    except ImportError:
        return QCoreApplication.translate(_CONTEXT, "Taking photos needs Qt Multimedia, which this copy of the "
                                                    "app does not have. Choose a photo of the card instead.")
    if not QMediaDevices.videoInputs():
        return QCoreApplication.translate(_CONTEXT, "No camera was found. Connect one, or choose a photo of the "
                                                    "card instead.")
    return None


class CameraDialog(QDialog):
    """A viewfinder and a button that takes the photo; `photo` is the saved file once accepted."""

    sig_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Photograph the card"))
        self.photo: Path | None = None
        layout = QVBoxLayout(self)
        self.viewfinder = QVideoWidget()
        self.viewfinder.setMinimumSize(480, 300)
        layout.addWidget(self.viewfinder)
        layout.addWidget(QLabel(self.tr("Hold the card flat, filling most of the picture, and take the photo.")))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_button = QPushButton(self.tr("Take photo"))
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.camera = QCamera(QMediaDevices.defaultVideoInput())
        self.capture = QImageCapture()
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.viewfinder)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(lambda _id, _error, text: self._failed(text))
        self.camera.errorOccurred.connect(lambda _error, text: self._failed(text))
        self.take_button.clicked.connect(self._take)
        self.finished.connect(lambda _result: self.camera.stop())
        self.camera.start()

    def _take(self) -> None:
        if self.capture.isReadyForCapture():
            self.take_button.setEnabled(False)
            self.capture.capture()

    def _captured(self, _request: int, image: QImage) -> None:
        folder = Path(tempfile.mkdtemp(prefix="crm-card-"))
        path = folder / "card.jpg"
        if not image.save(str(path), "JPG", 92):
            self._failed(self.tr("The photo could not be saved in %1.").replace("%1", str(folder)))
            return
        self.photo = path
        self.accept()

    def _failed(self, text: str) -> None:
        self.take_button.setEnabled(True)
        self.message.setText(self.tr("The camera did not take the photo: %1").replace("%1", text))
        self.message.setVisible(True)
