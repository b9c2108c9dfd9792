"""Import wizard, middle pages: which field each column goes into, and what duplicates do."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWizardPage

from crm_desktop.domain.exchange.imports import DuplicatePolicy
from crm_desktop.gui.common.wizard_page import show_message
from crm_desktop.gui.exchange.import_models import FieldComboDelegate, MappingModel
from crm_desktop.gui.forms.ui_import_mapping_page import Ui_ImportMappingPage
from crm_desktop.gui.forms.ui_import_policy_page import Ui_ImportPolicyPage

NAME_FIELDS = {"contact": {"name", "first_name", "last_name"}, "account": {"name"}}


class MappingPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportMappingPage()
        f.setupUi(self)
        self.setSubTitle(self.tr("Choose the field each column of the file goes into. A column set to “Keep as "
                                 "custom field” is kept on each record under its title."))
        self.model = MappingModel(self)
        self.model.sig_mapping_changed.connect(self._mapping_changed)
        view = f.mappingView
        view.setModel(self.model)
        view.setItemDelegateForColumn(MappingModel.TARGET, FieldComboDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setWordWrap(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(32)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.TARGET, QHeaderView.ResizeMode.Fixed)
        self._shown_for = None

    def initializePage(self) -> None:
        wizard = self.wizard()
        overview = wizard.overview
        key = (wizard.path, wizard.entity, overview.sheet, overview.header_row, tuple(overview.columns))
        if key != self._shown_for or wizard.mapping is None:
            wizard.mapping = list(overview.mapping)
            self._shown_for = key
        self.model.set_columns(wizard.entity, overview.columns, overview.samples, wizard.mapping)
        view = self.form.mappingView
        view.setColumnWidth(MappingModel.COLUMN, 180)
        view.setColumnWidth(MappingModel.TARGET, 200)
        for row in range(self.model.rowCount()):
            view.openPersistentEditor(self.model.index(row, MappingModel.TARGET))
        view.setCurrentIndex(self.model.index(0, MappingModel.TARGET))
        self.form.savedNote.setVisible(overview.mapping_saved)
        show_message(self.form.messageLabel, "")

    def combo(self, row: int):
        """The target-field combo of one source column (for tests and keyboard users)."""
        return self.form.mappingView.indexWidget(self.model.index(row, MappingModel.TARGET))

    def _mapping_changed(self) -> None:
        self.wizard().mapping = self.model.mapping()
        show_message(self.form.messageLabel, "")

    def validatePage(self) -> bool:
        wizard = self.wizard()
        mapping = self.model.mapping()
        wizard.mapping = mapping
        if not NAME_FIELDS[wizard.entity] & set(mapping):
            text = (self.tr("Choose which column holds the name: set it to “Name”, or set two columns to "
                            "“Last name” and “First name”.") if wizard.entity == "contact"
                    else self.tr("Choose which column holds the company name."))
            show_message(self.form.messageLabel, text)
            return False
        return True


class PolicyPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportPolicyPage()
        f.setupUi(self)
        self.radios = {DuplicatePolicy.SKIP: f.skipRadio, DuplicatePolicy.UPDATE: f.updateRadio,
                       DuplicatePolicy.OVERWRITE: f.overwriteRadio, DuplicatePolicy.CREATE: f.createRadio}

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.form.introLabel.setText(
            self.tr("A row matches a contact with the same mobile number or e-mail address, or with a similar "
                    "name at the same company.") if wizard.entity == "contact"
            else self.tr("A row matches a company with the same name."))
        self.radios[wizard.policy].setChecked(True)

    def policy(self) -> DuplicatePolicy:
        return next(p for p, radio in self.radios.items() if radio.isChecked())

    def validatePage(self) -> bool:
        self.wizard().policy = self.policy()
        return True
