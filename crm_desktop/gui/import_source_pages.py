"""Import wizard, first pages: the file (and what it holds), then its sheet and header row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView

from crm_desktop.gui.forms.ui_import_file_page import Ui_ImportFilePage
from crm_desktop.gui.forms.ui_import_sheet_page import Ui_ImportSheetPage
from crm_desktop.gui.import_models import TopRowsModel
from crm_desktop.gui.interchange_text import error_text
from crm_desktop.gui.wizard_page import JobPage, show_message

ENCODINGS = (None, "utf-8", "gb18030", "utf-16")


class FilePage(JobPage):
    """Path, entity and CSV encoding; Next reads the file's overview before moving on."""

    def __init__(self, entity: str, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportFilePage()
        f.setupUi(self)
        names = (self.tr("Automatic"), "UTF-8", self.tr("GBK / GB18030 (Chinese)"), "UTF-16")
        for name, code in zip(names, ENCODINGS, strict=True):
            f.encodingCombo.addItem(name, code)
        (f.contactsRadio if entity == "contact" else f.accountsRadio).setChecked(True)
        f.browseButton.clicked.connect(self.browse)
        f.pathEdit.textChanged.connect(self._changed)
        f.contactsRadio.toggled.connect(self._changed)
        f.encodingCombo.currentIndexChanged.connect(self._changed)
        self._read_for = None  # the inputs the wizard's overview was read with

    def entity(self) -> str:
        return "contact" if self.form.contactsRadio.isChecked() else "account"

    def path(self) -> Path:
        return Path(self.form.pathEdit.text().strip()).expanduser()

    def _inputs(self) -> tuple:
        return self.form.pathEdit.text().strip(), self.entity(), self.form.encodingCombo.currentData()

    def _changed(self) -> None:
        show_message(self.form.messageLabel, "")
        self.completeChanged.emit()

    def browse(self) -> None:
        start = str(self.path().parent) if self.form.pathEdit.text().strip() else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), start,
            self.tr("Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf)") + ";;"
            + self.tr("All files (*)"))
        if name:
            self.form.pathEdit.setText(name)

    def isComplete(self) -> bool:
        return bool(self.form.pathEdit.text().strip()) and not self.busy()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        inputs = self._inputs()
        if self._read_for == inputs and wizard.overview is not None:
            return True
        if self.busy():
            return False
        path, entity, encoding = self.path(), self.entity(), self.form.encodingCombo.currentData()
        if not path.is_file():
            show_message(self.form.messageLabel, self.tr("There is no file at %1.").replace("%1", str(path)))
            return False
        show_message(self.form.messageLabel, self.tr("Reading the file…"), error=False)

        def read(overview) -> None:
            wizard.set_file(path, entity, encoding, overview)
            self._read_for = inputs
            show_message(self.form.messageLabel, "")
            wizard.next()

        def failed(error: BaseException) -> None:
            show_message(self.form.messageLabel, error_text(error))

        self.run_job(lambda _state: wizard.imports.inspect(path, entity, None, None, encoding), read, failed)
        return False


class SheetPage(JobPage):
    """Which sheet and which row holds the titles; every change reads the file again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportSheetPage()
        f.setupUi(self)
        self.model = TopRowsModel(self)
        view = f.rowsView
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setWordWrap(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setDefaultSectionSize(130)
        self._timer = QTimer(self)  # the spin box is read once the user stops stepping
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._header_row_changed)
        f.sheetCombo.currentIndexChanged.connect(self._sheet_changed)
        f.headerRowSpin.valueChanged.connect(lambda _v: self._timer.start())

    def initializePage(self) -> None:
        self._show(self.wizard().overview)

    def _show(self, overview) -> None:
        f = self.form
        f.sheetCombo.blockSignals(True)
        f.sheetCombo.clear()
        hidden_mark = self.tr("(hidden)")
        for name, hidden in overview.sheets:
            f.sheetCombo.addItem(f"{name} {hidden_mark}" if hidden else name, name)
        f.sheetCombo.setCurrentIndex(max(0, f.sheetCombo.findData(overview.sheet)))
        f.sheetCombo.setEnabled(len(overview.sheets) > 1)
        f.sheetCombo.blockSignals(False)
        f.headerRowSpin.blockSignals(True)
        f.headerRowSpin.setRange(1, max(1, len(overview.top_rows)))
        f.headerRowSpin.setValue(overview.header_row + 1)
        f.headerRowSpin.blockSignals(False)
        self.model.set_rows(overview.top_rows, overview.header_row)
        if overview.top_rows:
            f.rowsView.scrollTo(self.model.index(overview.header_row, 0))

    def _sheet_changed(self) -> None:
        self._timer.stop()
        self._read(self.form.sheetCombo.currentData(), None)

    def _header_row_changed(self) -> None:
        self._read(self.form.sheetCombo.currentData(), self.form.headerRowSpin.value() - 1)

    def _read(self, sheet: str, header_row: int | None, then_next: bool = False) -> None:
        wizard = self.wizard()
        show_message(self.form.messageLabel, "")

        def read(overview) -> None:
            wizard.overview = overview
            self._show(overview)
            if then_next:
                wizard.next()

        def failed(error: BaseException) -> None:
            show_message(self.form.messageLabel, error_text(error))

        self.run_job(lambda _state: wizard.imports.inspect(wizard.path, wizard.entity, sheet, header_row,
                                                           wizard.encoding), read, failed)

    def isComplete(self) -> bool:
        overview = self.wizard().overview if self.wizard() else None
        return not self.busy() and overview is not None and bool(overview.columns)

    def validatePage(self) -> bool:
        if self._timer.isActive():  # a header row chosen a moment ago: read it first
            self._timer.stop()
            self._read(self.form.sheetCombo.currentData(), self.form.headerRowSpin.value() - 1, then_next=True)
            return False
        return not self.busy()
