"""The preview beside an attachments list: an image (upright by its EXIF orientation, scaled to fit), a PDF
(scrollable pages fitted to the width), or a sentence saying why there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget

from crm_desktop.domain.attachments.entities import AttachmentData

if TYPE_CHECKING:
    from crm_desktop.controllers.attachments.controller import AttachmentsController
    from crm_desktop.gui.shell.jobs import JobRunner

# A preview never needs more pixels than a large screen shows; a 48-megapixel photo is scaled in the job.
MAX_PREVIEW_SIDE = 2048


def decode_image(data: bytes) -> QImage | None:
    """On a worker thread (QImage, unlike QPixmap, may be made there): the image turned upright, at most
    MAX_PREVIEW_SIDE on a side; None when Qt cannot read it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone's photo stored sideways with an EXIF orientation
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_PREVIEW_SIDE:
        image = image.scaled(MAX_PREVIEW_SIDE, MAX_PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


class ImageView(QLabel):
    """An image scaled to the space it has, kept in proportion, rescaled as the pane is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(1, 1)  # a pixmap must not hold the splitter open
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image: QImage | None = None

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.image is None:
            self.clear()
            return
        room = self.size().boundedTo(self.image.size()).expandedTo(QSize(1, 1))
        self.setPixmap(QPixmap.fromImage(self.image).scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                                            Qt.TransformationMode.SmoothTransformation))


class AttachmentPreview(QStackedWidget):
    """Shows one attachment; its bytes come through the job runner, never read on the GUI thread."""

    def __init__(self, jobs: JobRunner, attachments: AttachmentsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs, self.attachments = jobs, attachments
        self.shown: AttachmentData | None = None
        self.loading = False
        self._generation = 0
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(mid); padding: 12px;")
        self.image = ImageView()
        self.pdf = QPdfView()
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._pdf_status)
        self.pdf.setDocument(self.document)
        self._pdf_buffer: QBuffer | None = None  # QPdfDocument reads from it while the PDF is shown
        for page in (self.message, self.image, self.pdf):
            self.addWidget(page)
        self.setMinimumWidth(160)
        self.show_attachment(None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_attachment(self, found: AttachmentData | None) -> None:
        self._generation += 1
        self.shown, self.loading = found, False
        if found is None:
            self._say(self.tr("Select a file to see it here."))
        elif not found.available:
            self._say(self.tr("Not downloaded yet: the file arrives with the next sync."))
        elif found.is_image or found.is_pdf:
            self.loading = True
            self._say(self.tr("Loading the preview…"))
            generation = self._generation
            self.jobs.run_db(self.attachments.preview_bytes, found.id,
                             on_done=lambda data: self._arrived(generation, found, data),
                             on_error=lambda error: self._failed(generation, error))
        else:
            self._say(self.tr("No preview for this kind of file. Use Open to view it."))

    def _arrived(self, generation: int, found: AttachmentData, data: bytes | None) -> None:
        if generation != self._generation:
            return
        if data is None:
            self.loading = False
            self._say(self.tr("This file is too large to preview. Use Open to view it."))
        elif found.is_image:
            self.jobs.run_io(decode_image, data, on_done=lambda image: self._decoded(generation, image),
                             on_error=lambda error: self._failed(generation, error))
        else:
            self._show_pdf(data)

    def _decoded(self, generation: int, image: QImage | None) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if image is None:
            self._say(self.tr("This image cannot be shown. Use Open to view it with another program."))
            return
        self.image.set_image(image)
        self.setCurrentWidget(self.image)

    def _show_pdf(self, data: bytes) -> None:
        self.loading = False
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer
        self.setCurrentWidget(self.pdf)
        self.document.load(buffer)  # read by Qt's PDF engine; a status change follows (or came already)
        self._pdf_status(self.document.status())

    def _pdf_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Error and self.currentWidget() is self.pdf:
            self._say(self.tr("This PDF cannot be shown. Use Open to view it with another program."))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._say(self.tr("The preview could not be made: %1").replace("%1", str(error)))
