"""The attachments panel with real widgets over a real store: files added (by the Add path and by a drop),
an image previewed upright by its EXIF orientation, a PDF written by Qt previewed page by page, a file not
downloaded yet said so, open and save, a refusal said under the list, delete after a confirmation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.gui.attachments.panel import AttachmentsPanel
from tests.gui.conftest import on_worker, settle, when_modal


@pytest.fixture
def account(crm):
    return crm.customers.create_account(AccountInput(name="华东电气"))


@pytest.fixture
def panel(qtbot, crm, jobs, account):
    opened: list[QUrl] = []
    widget = AttachmentsPanel(jobs, crm.attachments, opener=opened.append)
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.show_record("account", account.id)
    settle(qtbot, jobs)
    return widget


def _photo(path: Path) -> Path:
    """A 40×20 photo stored sideways: EXIF orientation 6 says to turn it a quarter clockwise (20×40)."""
    image = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def _pdf(path: Path, pages: int = 2) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(QPointF(200, 400), f"报价单 page {page + 1}")
    painter.end()
    return path


def _row_names(panel) -> list[str]:
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def test_added_files_are_listed_and_an_image_previewed_upright(qtbot, jobs, crm, panel, account, tmp_path):
    assert panel.tree.topLevelItemCount() == 0 and panel.hint.isVisible()
    photo = _photo(tmp_path / "门头照.jpg")
    notes = tmp_path / "notes.txt"
    notes.write_text("visit notes")
    panel.add_files([photo, notes])
    settle(qtbot, jobs)
    assert sorted(_row_names(panel)) == ["notes.txt", "门头照.jpg"]
    assert not panel.hint.isVisible()
    kinds = {panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i).text(3) for i in range(2)}
    assert kinds == {"门头照.jpg": "Photo", "notes.txt": "File"}
    listed = on_worker(crm.attachments.list_for, "account", account.id)
    assert {a.sha256 for a in listed} == {hashlib.sha256(photo.read_bytes()).hexdigest(),
                                          hashlib.sha256(b"visit notes").hexdigest()}

    photo_id = next(a.id for a in listed if a.file_name == "门头照.jpg")
    panel.select(photo_id)
    settle(qtbot, jobs)
    preview = panel.preview
    assert preview.currentWidget() is preview.image
    assert (preview.image.image.width(), preview.image.image.height()) == (20, 40)  # turned upright
    assert QColor(preview.image.image.pixel(10, 20)).red() > 150
    assert preview.image.pixmap() is not None and not preview.image.pixmap().isNull()

    panel.select(next(a.id for a in listed if a.file_name == "notes.txt"))
    settle(qtbot, jobs)
    assert preview.currentWidget() is preview.message and "No preview" in preview.message.text()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert len(panel.opened) == 1 and Path(panel.opened[0].toLocalFile()).read_text() == "visit notes"
    dest = tmp_path / "saved.txt"
    panel.save_to(panel.current(), dest)
    settle(qtbot, jobs)
    assert dest.read_text() == "visit notes"


def test_a_pdf_is_previewed_and_a_dropped_file_attached(qtbot, jobs, crm, panel, account, tmp_path):
    pdf = _pdf(tmp_path / "报价单.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    drop = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    settle(qtbot, jobs)
    assert _row_names(panel) == ["报价单.pdf"]
    panel.tree.topLevelItem(0).setSelected(True)
    settle(qtbot, jobs)
    preview = panel.preview
    assert preview.currentWidget() is preview.pdf
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.document.pageCount() == 2
    assert "报价单" in preview.document.getAllText(0).text()


def test_refusals_are_said_and_a_file_not_downloaded_yet_is_marked(qtbot, jobs, crm, panel, account, tmp_path):
    on_worker(crm.attachments.set_limits, 100, 10_000)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 500)
    panel.add_files([big, tmp_path / "gone.txt"])
    settle(qtbot, jobs)
    assert panel.error.isVisible()
    assert "big.bin" in panel.error.text() and "gone.txt" in panel.error.text()
    assert panel.tree.topLevelItemCount() == 0

    # A file the sync listed whose bytes are still on the server.
    on_worker(crm.attachments.set_limits, 10_000, 10_000)
    small = tmp_path / "later.png"
    small.write_bytes(b"\x89PNG not really")
    made = on_worker(crm.attachments.attach_file, "account", account.id, small)
    crm.store.blobs.path_of(made.sha256).unlink()
    panel.reload()
    settle(qtbot, jobs)
    panel.tree.topLevelItem(0).setSelected(True)
    settle(qtbot, jobs)
    assert panel.tree.topLevelItem(0).font(0).italic()
    assert "Not downloaded yet" in panel.preview.message.text()
    assert not panel.open_button.isEnabled() and not panel.save_button.isEnabled()


def test_delete_asks_then_removes_the_row_and_keeps_the_file(qtbot, jobs, crm, panel, account, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    panel.add_files([tmp_path / "a.txt"])
    settle(qtbot, jobs)
    panel.tree.topLevelItem(0).setSelected(True)
    found = panel.current()
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    panel.delete_button.click()
    settle(qtbot, jobs)
    assert panel.tree.topLevelItemCount() == 1
    counts: list[int] = []
    panel.sig_count.connect(counts.append)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    panel.delete_button.click()
    settle(qtbot, jobs)
    assert panel.tree.topLevelItemCount() == 0 and counts[-1] == 0
    assert crm.store.blobs.has(found.sha256)  # until the tombstone is purged


def test_a_record_not_saved_yet_takes_no_files(qtbot, jobs, crm):
    panel = AttachmentsPanel(jobs, crm.attachments)
    qtbot.addWidget(panel)
    panel.show_record("opportunity", None)
    settle(qtbot, jobs)
    assert not panel.add_button.isEnabled() and "Save the record first" in panel.hint.text()
