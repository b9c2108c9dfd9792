"""New contact from a business card in the real window: a rendered card dropped or chosen, read by the real OCR,
the contact editor pre-filled with the card beside it, the duplicate check before saving, the card attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from crm_desktop.domain.customers.entities import ContactInput, ListFilter
from crm_desktop.gui.cards.camera import camera_problem
from crm_desktop.gui.cards.card_contact_dialog import CardContactDialog
from crm_desktop.gui.cards.card_dialog import CardDialog
from crm_desktop.gui.customers.duplicates_dialog import DuplicatesDialog
from tests.cards.render import render_set
from tests.cards.samples import CARDS
from tests.gui.conftest import settle, when_modal

# Qt Multimedia, probing for cameras, names the media libraries this machine lacks (PipeWire, VA-API).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "Couldn't (load|resolve) ")
READ_ATTEMPTS = 6000  # 20 ms apart: two minutes for the OCR on a loaded machine


@pytest.fixture(scope="module")
def card_files(qapp, tmp_path_factory) -> dict[str, Path]:
    wanted = tuple(c for c in CARDS if c.key in ("zh-centred", "en-logo-serif"))
    return {card.key: path for path, card in render_set(tmp_path_factory.mktemp("gui-cards"), wanted)}


def drop(widget, path: Path) -> None:
    """A file dropped from the file manager, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_a_dropped_card_opens_the_editor_filled_in_and_saves_it_with_the_card(qtbot, window, crm, card_files):
    seen = {}

    def editor(dialog: CardContactDialog) -> None:
        f = dialog.form
        seen["form"] = (f.nameEdit.text(), f.titleEdit.text(), f.departmentEdit.text(), f.mobileEdit.text(),
                        f.phoneEdit.text(), f.emailEdit.text(), f.accountCombo.currentText())
        seen["side"] = (dialog.fax_edit.text(), dialog.website_edit.text(), dialog.address_edit.text())
        seen["card shown"] = not dialog.card_image.pixmap().isNull()
        seen["company offered"] = dialog.create_account_button.isVisibleTo(dialog)
        dialog.create_account_button.click()
        qtbot.waitUntil(lambda: bool(dialog.created_accounts), timeout=10_000)
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    def reader(dialog: CardDialog) -> None:
        when_modal(CardContactDialog, editor, attempts=READ_ATTEMPTS)
        drop(dialog.drop_zone, card_files["zh-centred"])
        seen["busy"] = dialog.busy.isVisibleTo(dialog)

    when_modal(CardDialog, reader)
    window.commands("customers").card_action.trigger()
    settle(qtbot, window.jobs)
    assert seen["busy"]
    assert seen["form"] == ("张伟", "销售经理", "销售部", "138 0013 8000", "021 5080 1234 ext. 8002",
                            "zhangwei@mingda-tech.cn", "上海明达信息科技有限公司")
    assert seen["side"] == ("021 5080 1235", "www.mingda-tech.cn", "上海市浦东新区张江路88号6楼")
    assert seen["card shown"] and seen["company offered"]
    contact = window.page("customers").detail.record
    assert contact is not None and contact.name == "张伟"
    saved = crm.customers.get_contact(contact.id)
    assert saved.account_name == "上海明达信息科技有限公司"
    assert saved.phones == ({"kind": "fax", "number": "+862150801235"},)
    assert (saved.city, saved.district, saved.street) == ("上海市", "浦东新区", "张江路88号6楼")
    if getattr(crm, "attachments", None) is None:
        pytest.skip("no attachments controller in this build: the card cannot be attached")
    assert [(a.kind, a.file_name) for a in crm.attachments.list_for("contact", contact.id)] == [
        ("card", "zh-centred.png")]


def test_the_duplicate_check_runs_before_a_card_is_saved(qtbot, window, crm, card_files):
    existing = crm.customers.create_contact(ContactInput(name="Emily Clarke", mobile="+1 212 555 0143"))
    offered = {}

    def duplicates(dialog: DuplicatesDialog) -> None:
        offered["rows"] = dialog.list.count()
        dialog.open_button.click()

    def editor(dialog: CardContactDialog) -> None:
        offered["name"] = dialog.form.nameEdit.text()
        dialog.form.accountCombo.setEditText("")  # the card's company is not kept: no company to create first
        when_modal(DuplicatesDialog, duplicates, attempts=READ_ATTEMPTS)
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    def reader(dialog: CardDialog) -> None:
        when_modal(CardContactDialog, editor, attempts=READ_ATTEMPTS)
        drop(dialog.drop_zone, card_files["en-logo-serif"])

    when_modal(CardDialog, reader)
    window.commands("customers").card_action.trigger()
    settle(qtbot, window.jobs)
    assert offered == {"name": "Emily Clarke", "rows": 1}
    assert crm.customers.count("contact", ListFilter()) == 1  # nothing new saved
    assert window.page("customers").detail.record.id == existing.id  # the existing one is open


def test_a_file_that_is_no_image_is_said_and_another_can_be_chosen(qtbot, crm, jobs, card_files, tmp_path,
                                                                     monkeypatch):
    dialog = CardDialog(crm.cards, jobs)
    qtbot.addWidget(dialog)
    dialog.show()
    notes = tmp_path / "notes.png"
    notes.write_text("a shopping list, not a card")
    dialog.read(notes)
    settle(qtbot, jobs, timeout=120_000)
    assert "notes.png" in dialog.status.text() and dialog.isVisible() and dialog.card is None
    # The operating system's file dialog answers with a rendered card.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(card_files["en-logo-serif"]), "")))
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        dialog.choose_button.click()
    assert dialog.card is not None
    assert (dialog.card.fields.name, dialog.card.fields.company) == ("Emily Clarke", "Northgate Consulting LLC")
    assert dialog.card.account is not None and dialog.card.account.id is None  # a company not in the store
    settle(qtbot, jobs)


def test_without_a_camera_the_photo_button_says_why(qtbot, crm, jobs):
    if camera_problem() is None:
        pytest.skip("this machine has a camera")
    dialog = CardDialog(crm.cards, jobs)
    qtbot.addWidget(dialog)
    assert not dialog.camera_button.isEnabled()
    assert "camera" in dialog.camera_button.toolTip().lower() or "Multimedia" in dialog.camera_button.toolTip()
    settle(qtbot, jobs, timeout=60_000)
