"""The files kept with one record: a list (name, size, date, kind), Add…, drop files on it, Open, Save as…,
Delete, and a preview of the selected image or PDF. Reused by the customer, deal, order, ticket and visit views."""

from __future__ import annotations

import contextlib
import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.attachments.entities import MESSAGES, TR_CONTEXT, AttachmentData, AttachmentError
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError
from crm_desktop.gui.attachments.preview import AttachmentPreview
from crm_desktop.gui.common.formats import datetime_text

if TYPE_CHECKING:
    from crm_desktop.controllers.attachments.controller import AttachmentsController
    from crm_desktop.gui.shell.jobs import JobRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABEL: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("Attachments", "File"),
    "photo": QT_TRANSLATE_NOOP("Attachments", "Photo"),
    "card": QT_TRANSLATE_NOOP("Attachments", "Business card"),
}
NAME, SIZE, ADDED, KIND = range(4)
RECORD_GONE = QT_TRANSLATE_NOOP("Attachments", "The record was deleted meanwhile: no files can be added to it.")


def size_text(size: int) -> str:
    """"1.2 MB" in the user's locale's digits and units."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def error_text(error: BaseException) -> str:
    """What went wrong with a file, in the user's language."""
    if isinstance(error, AttachmentError):
        return error.message(QCoreApplication.translate(TR_CONTEXT, MESSAGES[error.problem]))
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(TR_CONTEXT, RECORD_GONE)
    return str(error) or type(error).__name__


class AttachmentsPanel(QWidget):
    sig_count = Signal(int)  # how many files the record has, for the host's tab title
    sig_changed = Signal()  # a file was added or deleted

    def __init__(self, jobs: JobRunner, attachments: AttachmentsController, parent: QWidget | None = None,
                 opener: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.jobs, self.attachments, self.opener = jobs, attachments, opener
        self.record_type: str = ""
        self.record_id: str | None = None
        self.rows: list[AttachmentData] = []
        self.busy = 0  # adds, deletes and loads still running (tests wait on `jobs.idle`)
        self._generation = 0
        self.setAcceptDrops(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("attachmentsList")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added"), self.tr("Kind")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SIZE, ADDED, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda _item, _column: self.open_selected())

        self.hint = QLabel(self.tr("Drop files here, or use Add…"))
        self.hint.setObjectName("attachmentsHint")
        self.hint.setStyleSheet("color: palette(mid);")
        self.error = QLabel()
        self.error.setObjectName("attachmentsError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Attach files (you can also drop them on the list)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(lambda: self.choose_files())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()

        left = QWidget()
        listing = QVBoxLayout(left)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addLayout(buttons)
        listing.addWidget(self.tree, 1)
        listing.addWidget(self.hint)
        listing.addWidget(self.error)
        self.preview = AttachmentPreview(jobs, attachments)
        # Which file the preview shows, and what it is: the list may be scrolled away from it.
        self.caption = QLabel()
        self.caption.setObjectName("previewCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setMinimumWidth(1)
        right = QWidget()
        beside = QVBoxLayout(right)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.caption)
        beside.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._enable()

    # --- the record shown ------------------------------------------------------------------------

    def rows_for(self, record_type: str, record_id: str | None) -> list[AttachmentData]:
        """On the database thread (a host loading several tabs at once calls it from its own job)."""
        return [] if record_id is None else self.attachments.list_for(record_type, record_id)

    def show_record(self, record_type: str, record_id: str | None) -> None:
        """Show the files of the record (None: a record not saved yet, which takes no files)."""
        self.set_record(record_type, record_id)
        if record_id is None:
            self.show_rows([])
            return
        self.reload()

    def set_record(self, record_type: str, record_id: str | None) -> None:
        """Which record the panel is for, without loading (the host's job brings `show_rows`)."""
        if (record_type, record_id) != (self.record_type, self.record_id):
            self._say_error(None)
        self.record_type, self.record_id = record_type, record_id
        self._generation += 1
        if record_id is None:  # a record not saved yet, or none shown (an empty detail pane)
            self.hint.setText(self.tr("Save the record first, then attach files to it.") if record_type else "")
        else:
            self.hint.setText(self.tr("Drop files here, or use Add…"))
        self._enable()

    def reload(self) -> None:
        if self.record_id is None:
            return
        generation = self._generation
        self._run(self.rows_for, self.record_type, self.record_id,
                  on_done=lambda rows: generation == self._generation and self.show_rows(rows))

    def show_rows(self, rows: list[AttachmentData]) -> int:
        chosen = {a.id for a in self.selected()}
        self.rows = list(rows)
        self.tree.clear()
        for found in rows:
            item = QTreeWidgetItem([found.file_name, size_text(found.size), datetime_text(found.created_at),
                                    QCoreApplication.translate(TR_CONTEXT, KIND_LABEL.get(found.kind, found.kind))])
            item.setData(NAME, ID_ROLE, found.id)
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not found.available:
                font = QFont(item.font(NAME))
                font.setItalic(True)
                item.setFont(NAME, font)
                item.setToolTip(NAME, self.tr("Not downloaded yet: the file arrives with the next sync."))
            self.tree.addTopLevelItem(item)
            item.setSelected(found.id in chosen)
        self._selected()
        self.sig_count.emit(len(rows))
        return len(rows)

    def selected(self) -> list[AttachmentData]:
        ids = {item.data(NAME, ID_ROLE) for item in self.tree.selectedItems()}
        return [a for a in self.rows if a.id in ids]

    def current(self) -> AttachmentData | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select(self, attachment_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setSelected(item.data(NAME, ID_ROLE) == attachment_id)

    def _selected(self) -> None:
        self._enable()
        found = self.current()
        self.caption.setText(" · ".join((found.file_name, size_text(found.size))) if found else "")
        self.caption.setToolTip(found.file_name if found else "")
        self.preview.show_attachment(found)

    def _enable(self) -> None:
        has_record = self.record_id is not None
        one = self.current()
        self.add_button.setEnabled(has_record)
        self.open_button.setEnabled(one is not None and one.available)
        self.save_button.setEnabled(one is not None and one.available)
        self.delete_button.setEnabled(bool(self.selected()))
        self.hint.setVisible(not self.rows)

    # --- adding ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file in turn (on the database thread); what cannot be attached is said under the list,
        the others are attached all the same."""
        if self.record_id is None or not paths:
            return
        self._say_error(None)
        record_type, record_id = self.record_type, self.record_id
        problems: list[Exception] = []

        def attach_all() -> list[Exception]:
            for path in paths:
                content = mimetypes.guess_type(path.name, strict=False)[0] or ""
                try:
                    self.attachments.attach_file(record_type, record_id, path,
                                                 "photo" if content.startswith("image/") else "file")
                except (AttachmentError, NotFoundError) as error:
                    problems.append(error)
            return problems

        def attached(problems: list[Exception]) -> None:
            if problems:
                self._say_error("\n".join(error_text(e) for e in problems))
            self.sig_changed.emit()
            if (record_type, record_id) == (self.record_type, self.record_id):
                self.reload()

        self._run(attach_all, on_done=attached, on_error=self._failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.record_id is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.record_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- open, save, delete -----------------------------------------------------------------------

    def open_selected(self) -> None:
        found = self.current()
        if found is None or not found.available:
            return
        self._run(self.attachments.open_copy, found.id, io=True,
                  on_done=lambda path: self.opener(QUrl.fromLocalFile(str(path))), on_error=self._failed)

    def save_selected(self) -> None:
        found = self.current()
        if found is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), found.file_name)
        if name:
            self.save_to(found, Path(name))

    def save_to(self, found: AttachmentData, dest: Path) -> None:
        self._run(self.attachments.export, found.id, dest, io=True, on_error=self._failed)

    def delete_selected(self, confirm: bool = True) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if confirm:
            question = self.tr("Delete %n file(s) from this record? This cannot be undone.", "", len(chosen))
            answer = QMessageBox.question(self, self.tr("Delete files"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        ids = [a.id for a in chosen]

        def delete_all() -> None:
            for attachment_id in ids:
                with contextlib.suppress(NotFoundError):  # deleted meanwhile (a sync): gone either way
                    self.attachments.delete(attachment_id)

        def deleted(_none: None) -> None:
            self.sig_changed.emit()
            self.reload()

        self._run(delete_all, on_done=deleted, on_error=self._failed)

    # --- plumbing ---------------------------------------------------------------------------------

    def _run(self, fn: Callable[..., Any], *args: Any, io: bool = False, on_done: Callable[[Any], Any] | None = None,
             on_error: Callable[[BaseException], Any] | None = None) -> None:
        self.busy += 1

        def done(value: Any) -> None:
            self.busy -= 1
            if on_done is not None:
                on_done(value)

        def failed(error: BaseException) -> None:
            self.busy -= 1
            (on_error or self.jobs.unhandled)(error)

        self.jobs.run(fn, *args, io=io, on_done=done, on_error=failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AttachmentError):
            self._say_error(error_text(error))
            return
        self.jobs.unhandled(error)  # a full disk gets its message box, the rest the status bar

    def _say_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
