"""The contact editor opened on a card: pre-filled with what was read, the card shown beside the form with the
fields the form has no place for (fax, other numbers, website, address); saved through the usual duplicate
check, then the card's image is attached to the new contact."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.controllers.cards.controller import CardSaved, CardsController
from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.domain.cards.entities import CardFields
from crm_desktop.domain.cards.messages import ENGLISH_NAME, TR_CONTEXT
from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.entities import ContactInput
from crm_desktop.domain.customers.phones import normalize_phone
from crm_desktop.gui.cards.card_dialog import RecognisedCard
from crm_desktop.gui.common.formats import phone_text
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.customers.record_dialogs import ContactEditDialog

CARD_WIDTH = 340


class CardContactDialog(ContactEditDialog):
    def __init__(self, cards: CardsController, customers: CustomersController, jobs, card: RecognisedCard,
                 search=None, parent: QWidget | None = None) -> None:
        known = card.account if card.account and card.account.id else None
        super().__init__(customers, jobs, account=(known.id, known.name) if known else None, search=search,
                         parent=parent)
        self.cards, self.card = cards, card
        self.card_saved: CardSaved | None = None
        self.saving_fields: CardFields | None = None  # the card's fields as the form had them at the last save
        self.setWindowTitle(self.tr("New contact from business card"))
        self._side_panel()
        self._prefill(card.fields)
        if card.account and not card.account.id:  # a company not in the store yet: offered for creation at once
            self.form.accountCombo.setEditText(card.account.name)
            self.unknown_company = card.account.name
            self._offer_company(card.account.name)
            # Said as news, not as an error: nothing is wrong yet.
            self.form.accountError.setText(self.tr("“%1” is not among your companies yet: create it, or pick "
                                                   "another.").replace("%1", card.account.name))
            self.form.accountError.setStyleSheet("")

    def _offer_company(self, name: str) -> None:
        super()._offer_company(name)
        self.form.accountError.setStyleSheet("color: #c0392b;")  # from here on it is the form's own message

    def _side_panel(self) -> None:
        """The form on the left, the card and its other fields on the right."""
        f = self.form
        f.verticalLayout.takeAt(0)
        f.formLayout.setParent(None)
        row = QHBoxLayout()
        row.addLayout(f.formLayout, 3)
        side = QVBoxLayout()
        self.card_image = QLabel()
        self.card_image.setObjectName("cardImage")
        self.card_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if not self.card.preview.isNull():
            self.card_image.setPixmap(QPixmap.fromImage(self.card.preview).scaledToWidth(
                CARD_WIDTH, Qt.TransformationMode.SmoothTransformation))
        side.addWidget(self.card_image)
        box = QGroupBox(self.tr("Also from the card"))
        extra = QFormLayout(box)
        fields = self.card.fields
        self.fax_edit = QLineEdit(phone_text(fields.fax) if fields.fax else "")
        self.fax_error = QLabel()
        self.fax_error.setStyleSheet("color: #c0392b;")
        self.fax_error.setVisible(False)
        self.website_edit = QLineEdit(fields.website or "")
        self.website_edit.setToolTip(self.tr("Kept on the company when it has no website yet"))
        self.address_edit = QLineEdit(fields.address or "")
        self.address_edit.setCursorPosition(0)
        others = [*fields.mobiles[1:], *fields.phones[1:]]
        self.other_numbers = QLabel(", ".join(phone_text(n) for n in others))
        self.other_numbers.setWordWrap(True)
        self.other_lines = QLabel(" · ".join(fields.other))
        self.other_lines.setWordWrap(True)
        self.other_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        extra.addRow(self.tr("Fax:"), self.fax_edit)
        extra.addRow("", self.fax_error)
        extra.setRowVisible(self.fax_error, False)
        extra.addRow(self.tr("Website:"), self.website_edit)
        extra.addRow(self.tr("Address:"), self.address_edit)
        if others:
            extra.addRow(self.tr("Other numbers:"), self.other_numbers)
        if fields.other:
            extra.addRow(self.tr("Also printed:"), self.other_lines)
        self.extra_form = extra
        side.addWidget(box)
        side.addStretch(1)
        row.addLayout(side, 2)
        f.verticalLayout.insertLayout(0, row)
        self.resize(900, 640)

    def _prefill(self, fields: CardFields) -> None:
        f = self.form
        for edit, value in ((f.nameEdit, fields.name), (f.titleEdit, fields.title),
                            (f.departmentEdit, fields.department), (f.emailEdit, fields.email),
                            (f.wechatEdit, fields.wechat),
                            (f.mobileEdit, phone_text(fields.mobiles[0]) if fields.mobiles else ""),
                            (f.phoneEdit, phone_text(fields.phones[0]) if fields.phones else "")):
            edit.setText(value or "")
        if fields.alias:
            f.notesEdit.setPlainText(QCoreApplication.translate(TR_CONTEXT, ENGLISH_NAME).replace(
                "{name}", fields.alias))

    def _fax(self) -> str | None:
        return normalize_phone(self.fax_edit.text().strip(), "fax", self.customers.phone_region)

    def problems(self, data: ContactInput) -> dict[str, str]:
        found = super().problems(data)
        try:
            self._fax()
        except FieldError as error:
            found["fax"] = error.message
        return found

    def _show_errors(self, error) -> None:
        fax = error.errors.get("fax")
        self.extra_form.setRowVisible(self.fax_error, bool(fax))
        self.fax_error.setText(translate_message("Validation", fax) if fax else "")
        self.fax_error.setVisible(bool(fax))
        rest = {k: v for k, v in error.errors.items() if k != "fax"}
        if rest or not fax:
            super()._show_errors(type(error)(rest))

    def card_fields(self) -> CardFields:
        """The card's fields as the user left them beside the form."""
        return replace(self.card.fields, fax=self._fax(), website=self.website_edit.text().strip() or None,
                       address=self.address_edit.text().strip() or None)

    def collect(self) -> ContactInput:
        data = super().collect()
        try:  # read here, on the GUI thread: the save runs on the database thread
            self.saving_fields = self.card_fields()
        except FieldError:
            self.saving_fields = None  # problems() says what is wrong with the fax
        return data

    def write(self, record_id, data):
        if record_id or self.saving_fields is None:  # never: this editor only creates, after problems()
            return super().write(record_id, data)
        self.card_saved = self.cards.create_contact(data, self.saving_fields, self.card.path)
        return self.card_saved.contact
