""""New contact from business card": drop an image, choose a file or take a photo; the card is read off the
GUI thread (OCR on the file pool, the company looked up on the database thread), then the caller opens the
contact editor with what was read."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.cards.controller import CardAccount, CardsController
from crm_desktop.controllers.cards.ocr import CardImageError
from crm_desktop.domain.cards.entities import CardFields
from crm_desktop.domain.cards.messages import NO_FIELDS, TR_CONTEXT
from crm_desktop.gui.cards.camera import CameraDialog, camera_problem

PREVIEW_SIDE = 520  # the card as shown beside the form, in pixels
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")


@dataclass(frozen=True)
class RecognisedCard:
    path: Path
    fields: CardFields
    account: CardAccount | None  # the card's company as the store knows it (id None: not there yet)
    preview: QImage  # the card scaled for showing, made off the GUI thread


def read_card(cards: CardsController, path: Path) -> tuple[CardFields, QImage]:
    """The fields of the card and its preview (on the file pool: OCR takes a second or two)."""
    fields = cards.recognise(path)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation, as the OCR reads it
    image = reader.read()
    if not image.isNull():
        image = image.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return fields, image


class DropZone(QLabel):
    """Where a card's image is dropped (a file from the file manager, or image data from another app)."""

    sig_dropped = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDropZone")
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(420, 240)
        self.setStyleSheet("#cardDropZone { border: 2px dashed palette(mid); border-radius: 8px; padding: 12px; }")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.sig_dropped.emit(files[0])
        elif mime.hasImage():
            image = QImage(mime.imageData())
            path = Path(tempfile.mkdtemp(prefix="crm-card-")) / "card.png"
            if not image.isNull() and image.save(str(path)):
                event.acceptProposedAction()
                self.sig_dropped.emit(path)


class CardDialog(QDialog):
    """Once a card is read, `card` holds it and the dialog is accepted."""

    def __init__(self, cards: CardsController, jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards, self.jobs = cards, jobs
        self.card: RecognisedCard | None = None
        self.reading: Path | None = None  # the image being read (nothing else is started meanwhile)
        self.setWindowTitle(self.tr("New contact from business card"))
        layout = QVBoxLayout(self)
        self.drop_zone = DropZone()
        self.drop_zone.setText(self.tr("Drop a photo or scan of a business card here"))
        self.drop_zone.sig_dropped.connect(self.read)
        layout.addWidget(self.drop_zone)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose image…"))
        self.choose_button.clicked.connect(self.choose)
        self.camera_button = QPushButton(self.tr("Take photo…"))
        self.camera_button.clicked.connect(self.take_photo)
        problem = camera_problem()
        self.camera_button.setEnabled(problem is None)
        self.camera_button.setToolTip(problem or self.tr("Photograph the card with this computer's camera"))
        row.addWidget(self.choose_button)
        row.addWidget(self.camera_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: no end known
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)
        self.status.setText(self.tr("Text is read on this computer; the image goes nowhere else. Chinese and "
                                    "English cards are read."))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)
        # The models load in the background while the user picks the image.
        self.jobs.run_io(cards.warm_up, on_error=lambda _error: None)

    def choose(self) -> None:
        patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the card's image"), "",
                                              self.tr("Images (%1)").replace("%1", patterns))
        if name:
            self.read(Path(name))

    def take_photo(self) -> None:
        camera = CameraDialog(self)
        if camera.exec() and camera.photo is not None:
            self.read(camera.photo)

    def read(self, path: Path) -> None:
        """Read the card at `path` (the drop, the file chosen, the photo taken)."""
        if self.reading is not None:
            return
        self.reading = Path(path)
        self.drop_zone.setText(self.reading.name)  # its picture follows with what is read off it
        self._busy(True, self.tr("Reading the card…"))
        self.jobs.run_io(read_card, self.cards, self.reading, on_done=self._read, on_error=self._failed)

    def _busy(self, busy: bool, text: str, error: bool = False) -> None:
        self.busy.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.drop_zone.setAcceptDrops(not busy)
        self.status.setText(text)
        self.status.setStyleSheet("color: #c0392b;" if error else "")

    def _read(self, result: tuple[CardFields, QImage]) -> None:
        fields, preview = result
        path = self.reading
        if path is None:
            return
        if not preview.isNull():
            self.drop_zone.setPixmap(QPixmap.fromImage(preview).scaled(
                self.drop_zone.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        if not fields.found_anything():
            self.reading = None
            self._busy(False, QCoreApplication.translate(TR_CONTEXT, NO_FIELDS), error=True)
            return
        self._busy(True, self.tr("Looking for the company…"))
        self.jobs.run_db(self.cards.find_account, fields.company,
                         on_done=lambda account: self._done(RecognisedCard(path, fields, account, preview)),
                         on_error=self._failed)

    def _done(self, card: RecognisedCard) -> None:
        self.reading = None
        self._busy(False, "")
        self.card = card
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.reading = None
        if not isinstance(error, CardImageError):
            self._busy(False, "")
            raise error
        text = QCoreApplication.translate(TR_CONTEXT, error.message)
        self._busy(False, text.format(**error.values), error=True)
