"""Editor dialogs for accounts and contacts (Designer forms from ui/), with inline errors."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QSizePolicy

from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.customers.entities import AccountData, AccountInput, ContactData, ContactInput
from crm_desktop.domain.customers.enums import AccountSource, AccountStatus
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.formats import localize_date_edits
from crm_desktop.gui.common.labels import LEVELS, SOURCE, STATUS, label, translate_message
from crm_desktop.gui.customers.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.forms.ui_account_edit_dialog import Ui_AccountEditDialog
from crm_desktop.gui.forms.ui_contact_edit_dialog import Ui_ContactEditDialog


def _text(widget) -> str:
    return widget.text().strip()


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace("，", ",").split(",") if t.strip())


class _RecordDialog(QDialog):
    """Save = validate and write through the controller (on the job runner); errors keep the dialog open."""

    sig_open_existing = Signal(str, str)  # (entity, record id) chosen in the duplicates dialog
    entity = ""

    def __init__(self, customers: CustomersController, jobs, parent=None) -> None:
        super().__init__(parent)
        self.customers, self.jobs = customers, jobs
        self.saved = None       # AccountData / ContactData after a successful save
        self.before = None      # the record as it was (for undo), None when creating
        self.saving = False     # a save is on its way: Save does nothing meanwhile

    def _wire(self) -> None:
        save = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self.save)
        clear_errors(self.form)

    def save(self) -> None:
        if self.saving:
            return
        data = self.collect()
        problems = self.problems(data)
        if problems:  # every field at fault at once, before anything is written
            self._show_errors(ValidationError(problems))
            return
        record_id = self.before.id if self.before else None
        self.saving = True
        if record_id is None:
            self.jobs.run_db(self.duplicates, data, on_done=lambda found: self._checked(data, found),
                             on_error=self._failed)
        else:
            self._write(record_id, data)

    def _checked(self, data, candidates) -> None:
        if candidates:
            box = DuplicatesDialog(candidates, self)
            if not box.exec():
                self.saving = False
                return
            if box.choice == DuplicatesDialog.OPEN_EXISTING:
                self.saving = False
                self.sig_open_existing.emit(self.entity, box.selected_id())
                self.reject()
                return
        self._write(None, data)

    def _write(self, record_id, data) -> None:
        self.jobs.run_db(self.write, record_id, data, on_done=self._saved, on_error=self._failed)

    def _saved(self, record) -> None:
        self.saving = False
        self.saved = record
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        if not isinstance(error, ValidationError):
            raise error
        self._show_errors(error)

    def problems(self, _data) -> dict[str, str]:
        """What the form can tell is wrong before saving (field -> message); the save finds the rest."""
        return {}

    def _show_errors(self, error: ValidationError) -> None:
        show_errors(self, self.form, error, self.field_widgets())


class AccountEditDialog(_RecordDialog):
    entity = "account"

    def __init__(self, customers: CustomersController, jobs, account: AccountData | None = None, parent=None):
        super().__init__(customers, jobs, parent)
        self.form = Ui_AccountEditDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("New account"))
        f = self.form
        f.levelCombo.addItem("", None)
        for level in LEVELS:
            f.levelCombo.addItem(level, level)
        for status in AccountStatus:
            f.statusCombo.addItem(label(STATUS, status.value), status.value)
        f.sourceCombo.addItem("", None)
        for source in AccountSource:
            f.sourceCombo.addItem(label(SOURCE, source.value), source.value)
        f.countryEdit.setPlaceholderText(self.tr("China"))
        self.before = account
        if account:
            self._load(account)
        self._wire()

    def _load(self, a: AccountData) -> None:
        f = self.form
        for edit, value in ((f.nameEdit, a.name), (f.shortNameEdit, a.short_name),
                            (f.industryEdit, a.industry), (f.phoneEdit, a.phone),
                            (f.websiteEdit, a.website), (f.countryEdit, a.country),
                            (f.provinceEdit, a.province), (f.cityEdit, a.city),
                            (f.districtEdit, a.district), (f.streetEdit, a.street)):
            edit.setText(value or "")
        f.levelCombo.setCurrentIndex(max(0, f.levelCombo.findData(a.level)))
        f.statusCombo.setCurrentIndex(max(0, f.statusCombo.findData(a.status)))
        f.sourceCombo.setCurrentIndex(max(0, f.sourceCombo.findData(a.source)))
        f.tagsEdit.setText(", ".join(a.tags))
        f.notesEdit.setPlainText(a.notes or "")

    def collect(self) -> AccountInput:
        f = self.form
        return AccountInput(
            name=_text(f.nameEdit), short_name=_text(f.shortNameEdit), industry=_text(f.industryEdit),
            level=f.levelCombo.currentData(), status=f.statusCombo.currentData(),
            source=f.sourceCombo.currentData(), phone=_text(f.phoneEdit),
            website=_text(f.websiteEdit), country=_text(f.countryEdit),
            province=_text(f.provinceEdit), city=_text(f.cityEdit), district=_text(f.districtEdit),
            street=_text(f.streetEdit), tags=_tags(f.tagsEdit.text()),
            notes=f.notesEdit.toPlainText().strip(),
            owner_id=self.before.owner_id if self.before else None,
            in_pool=self.before.in_pool if self.before else False,
        )

    def field_widgets(self) -> dict:
        f = self.form
        return {"name": f.nameEdit, "phone": f.phoneEdit, "status": f.statusCombo, "tags": f.tagsEdit}

    def duplicates(self, data: AccountInput):
        return self.customers.account_duplicates(data)

    def write(self, record_id, data):
        if record_id:
            return self.customers.update_account(record_id, data)
        return self.customers.create_account(data)


class ContactEditDialog(_RecordDialog):
    entity = "contact"

    def __init__(self, customers: CustomersController, jobs, contact: ContactData | None = None,
                 account: tuple[str, str] | None = None, search=None, parent=None):
        """`account`: (id, name) to preselect; `search(text)` finds accounts for the picker."""
        super().__init__(customers, jobs, parent)
        self.form = Ui_ContactEditDialog()
        self.form.setupUi(self)
        localize_date_edits(self)  # the .ui names one fixed pattern
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self._search = search
        f = self.form
        f.accountCombo.setEditable(True)
        f.accountCombo.lineEdit().setPlaceholderText(self.tr("Type to find a company"))
        f.accountCombo.addItem("", None)
        f.accountCombo.lineEdit().textEdited.connect(self._find_accounts)
        f.birthdayEdit.setEnabled(False)
        f.birthdayCheck.toggled.connect(f.birthdayEdit.setEnabled)
        f.birthdayEdit.setDate(QDate(1985, 1, 1))
        # A company typed that is not in the list can be created where it was typed.
        self.unknown_company = ""  # the company text that names no choice, at the last save
        self.created_accounts: list[str] = []  # ids of the companies created here (announced by the caller)
        self.create_account_button = QPushButton()
        self.create_account_button.setObjectName("createAccountButton")
        self.create_account_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.create_account_button.clicked.connect(self.create_account)
        row, _role = f.formLayout.getWidgetPosition(f.accountError)
        f.formLayout.insertRow(row + 1, "", self.create_account_button)
        f.formLayout.setRowVisible(self.create_account_button, False)
        f.accountCombo.lineEdit().textEdited.connect(lambda _text: self._offer_company(""))
        self.before = contact
        if contact:
            self._load(contact)
            account = (contact.account_id, contact.account_name) if contact.account_id else None
        if account:
            f.accountCombo.addItem(account[1], account[0])
            f.accountCombo.setCurrentIndex(f.accountCombo.count() - 1)
        self._wire()

    def _find_accounts(self, text: str) -> None:
        if self._search is None or len(text.strip()) < 1:
            return
        self.jobs.run_db(self._search, text, on_done=lambda hits: self._show_accounts(text, hits))

    def _show_accounts(self, text: str, hits) -> None:
        combo = self.form.accountCombo
        if combo.currentText() != text:
            return  # typed on meanwhile: the newer text's answer follows
        hits = [h for h in hits if h.type == "account"][:15]
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for hit in hits:
            combo.addItem(hit.name, hit.id)
        combo.setEditText(text)
        combo.blockSignals(False)
        if hits:
            combo.showPopup()

    def _load(self, c: ContactData) -> None:
        f = self.form
        for edit, value in ((f.nameEdit, c.name), (f.titleEdit, c.title),
                            (f.departmentEdit, c.department), (f.mobileEdit, c.mobile),
                            (f.phoneEdit, c.phone), (f.emailEdit, c.email), (f.wechatEdit, c.wechat)):
            edit.setText(value or "")
        if c.birthday:
            f.birthdayCheck.setChecked(True)
            f.birthdayEdit.setDate(QDate(c.birthday.year, c.birthday.month, c.birthday.day))
        f.tagsEdit.setText(", ".join(c.tags))
        f.primaryCheck.setChecked(c.is_primary)
        f.doNotContactCheck.setChecked(c.do_not_contact)
        f.unsubscribedCheck.setChecked(c.unsubscribed)
        f.notesEdit.setPlainText(c.notes or "")

    def _account_id(self) -> str | None:
        """The picked company; None for no text, or for text that names none of the choices (kept in
        `unknown_company`)."""
        combo = self.form.accountCombo
        text = combo.currentText().strip()
        self.unknown_company = ""
        if not text:
            return None
        index = combo.currentIndex()
        if index > 0 and combo.itemText(index) == combo.currentText():
            return combo.itemData(index)  # the item the user chose, even among equal names
        matches = [i for i in range(1, combo.count()) if combo.itemText(i).casefold() == text.casefold()]
        if len(matches) == 1:
            return combo.itemData(matches[0])
        self.unknown_company = text
        return None

    def problems(self, data: ContactInput) -> dict[str, str]:
        found = self.customers.contact_problems(data)  # pure rules: nothing touches the store here
        if self.unknown_company:
            found["account_id"] = "unknown company"  # worded with its name in _show_errors
        return found

    def _show_errors(self, error: ValidationError) -> None:
        known = {k: v for k, v in error.errors.items() if k != "account_id" or not self.unknown_company}
        show_errors(self, self.form, ValidationError(known), self.field_widgets())
        self._offer_company(self.unknown_company if "account_id" in error.errors else "")
        if known.keys() == {"account_id"} or not known:
            self.form.accountCombo.setFocus()

    def _offer_company(self, name: str) -> None:
        """Say that no company is called `name`, with a button that creates it ("": say nothing)."""
        f = self.form
        if name:
            f.accountError.setText(self.tr("No company is called “%1”. Pick one from the list, or create it.")
                                   .replace("%1", name))
            f.accountError.setVisible(True)
            self.create_account_button.setText(self.tr("Create company “%1”").replace("%1", name))
            self.create_account_button.setEnabled(True)
        elif self.create_account_button.isVisibleTo(self):
            f.accountError.setVisible(False)
        f.formLayout.setRowVisible(self.create_account_button, bool(name))

    def create_account(self) -> None:
        """Create the company typed (or pick the one that turns out to exist under that name)."""
        name = self.unknown_company
        if not name:
            return
        self.create_account_button.setEnabled(False)
        customers = self.customers

        def create():
            same = customers.account_duplicates(AccountInput(name=name))
            return same if same else [customers.create_account(AccountInput(name=name))]

        self.jobs.run_db(create, on_done=lambda found: self._company_made(name, found), on_error=self._company_failed)

    def _company_failed(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        self.create_account_button.setEnabled(True)
        self.form.accountError.setText(" ".join(translate_message(TR_CONTEXT, m) for m in error.errors.values()))

    def _company_made(self, name: str, found: list) -> None:
        combo = self.form.accountCombo
        if combo.currentText().strip() != name:
            return  # typed on meanwhile
        created = [a for a in found if isinstance(a, AccountData)]
        self.created_accounts += [a.id for a in created]
        combo.blockSignals(True)
        for record in found:  # the company made, or those of that name found meanwhile
            combo.addItem(record.name, record.id)
        combo.setCurrentIndex(combo.count() - len(found))
        combo.blockSignals(False)
        self.unknown_company = ""
        self._offer_company("")
        if not created:  # it was there under a like name (公司 / Co., Ltd. folded): said, not made twice
            self.form.accountError.setText(self.tr("“%1” is already a company: it is picked.").replace(
                "%1", found[0].name) if len(found) == 1 else self.tr("Companies of that name exist: pick one."))
            self.form.accountError.setVisible(True)
        if len(found) > 1:
            combo.showPopup()

    def collect(self) -> ContactInput:
        f = self.form
        account_id = self._account_id()
        birthday = f.birthdayEdit.date().toPython() if f.birthdayCheck.isChecked() else None
        return ContactInput(
            name=_text(f.nameEdit), account_id=account_id, title=_text(f.titleEdit),
            department=_text(f.departmentEdit), mobile=_text(f.mobileEdit), phone=_text(f.phoneEdit),
            email=_text(f.emailEdit), wechat=_text(f.wechatEdit), birthday=birthday,
            tags=_tags(f.tagsEdit.text()), notes=f.notesEdit.toPlainText().strip(),
            owner_id=self.before.owner_id if self.before else None,
            is_primary=f.primaryCheck.isChecked(),
            do_not_contact=f.doNotContactCheck.isChecked(), unsubscribed=f.unsubscribedCheck.isChecked(),
        )

    def field_widgets(self) -> dict:
        f = self.form
        return {"name": f.nameEdit, "mobile": f.mobileEdit, "phone": f.phoneEdit,
                "email": f.emailEdit, "tags": f.tagsEdit, "account_id": f.accountCombo}

    def duplicates(self, data: ContactInput):
        return self.customers.contact_duplicates(data)

    def write(self, record_id, data):
        if record_id:
            return self.customers.update_contact(record_id, data)
        return self.customers.create_contact(data)
