"""Import wizard, first pages: the file (and what it holds), then its sheet and header row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QLabel

from crm_desktop.gui.common.wizard_page import NOTE_STYLE, JobPage, show_message
from crm_desktop.gui.exchange.import_encoding import EncodingChooser
from crm_desktop.gui.exchange.import_models import TopRowsModel
from crm_desktop.gui.exchange.interchange_text import error_text
from crm_desktop.gui.forms.ui_import_file_page import Ui_ImportFilePage
from crm_desktop.gui.forms.ui_import_sheet_page import Ui_ImportSheetPage

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


def read_previews(imports, path: Path, entity: str, sheet: str | None, encodings: list[str]) -> dict:
    """The top rows of the file read in each encoding, or the error reading with it gave (a job)."""
    out: dict[str, list[list[str]] | BaseException] = {}
    for encoding in encodings:
        try:
            out[encoding] = imports.inspect(path, entity, sheet, None, encoding).top_rows
        except Exception as error:  # shown as that encoding's preview
            out[encoding] = error
    return out


def _as_text(previews: dict) -> dict[str, list[list[str]] | str]:
    return {enc: error_text(rows) if isinstance(rows, BaseException) else rows for enc, rows in previews.items()}


class SheetPage(JobPage):
    """Which sheet and which row holds the titles; every change reads the file again. A text file whose
    encoding detection is unsure of shows its first lines in each likely encoding to pick from."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportSheetPage()
        f.setupUi(self)
        self.encoding_chooser = EncodingChooser(self)
        self.encoding_chooser.sig_chosen.connect(self._encoding_chosen)
        f.verticalLayout.insertWidget(0, self.encoding_chooser)
        # Why this sheet: the reader passed over a first sheet without a table.
        self.sheet_note = QLabel(self)
        self.sheet_note.setObjectName("sheetNote")
        self.sheet_note.setWordWrap(True)
        self.sheet_note.setStyleSheet(NOTE_STYLE)
        self.sheet_note.setVisible(False)
        f.verticalLayout.insertWidget(2, self.sheet_note)
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
        wizard = self.wizard()
        self._show(wizard.overview)
        self._show_encodings()
        if wizard.encoding_alternatives and not wizard.encoding_previews:
            self._read_previews()

    def sheet_text(self, name: str, hidden: bool, rows: int | None) -> str:
        """"联系人 (120 rows)", "备用 (hidden)": a sheet as the combo lists it."""
        if hidden:
            mark = self.tr("(hidden)")
            return f"{name} {mark}"
        if rows is None:
            return name
        return self.tr("%1 (%Ln row(s))", "", rows).replace("%1", name)

    def _show(self, overview) -> None:
        f = self.form
        f.sheetCombo.blockSignals(True)
        f.sheetCombo.clear()
        counts = dict(overview.sheet_rows)
        for name, hidden in overview.sheets:
            f.sheetCombo.addItem(self.sheet_text(name, hidden, counts.get(name)), name)
        f.sheetCombo.setCurrentIndex(max(0, f.sheetCombo.findData(overview.sheet)))
        f.sheetCombo.setEnabled(len(overview.sheets) > 1)
        f.sheetCombo.blockSignals(False)
        if overview.sheet_chosen:
            rows = QLocale().toString(counts.get(overview.sheet, overview.estimated_rows))
            self.sheet_note.setText(self.tr("The first sheet holds no table; using “%1” (%2 rows).")
                                    .replace("%1", overview.sheet).replace("%2", rows))
        self.sheet_note.setVisible(overview.sheet_chosen)
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

    def _show_encodings(self) -> None:
        wizard = self.wizard()
        self.encoding_chooser.set_choices(wizard.encoding_alternatives, wizard.encoding or wizard.overview.encoding)
        if wizard.encoding_previews:
            self.encoding_chooser.set_previews(wizard.encoding_previews)

    def _encoding_chosen(self, encoding: str) -> None:
        """The file read again in the encoding picked; its header row found again."""
        self._timer.stop()
        self.wizard().encoding = encoding
        self._read(self.form.sheetCombo.currentData(), None)

    def _read_previews(self) -> None:
        wizard = self.wizard()
        imports, path, entity, sheet = wizard.imports, wizard.path, wizard.entity, wizard.overview.sheet
        encodings = list(wizard.encoding_alternatives)

        def read(previews) -> None:
            wizard.encoding_previews = _as_text(previews)
            self._show_encodings()

        def failed(error: BaseException) -> None:
            show_message(self.form.messageLabel, error_text(error))

        self.run_job(lambda _state: read_previews(imports, path, entity, sheet, encodings), read, failed)

    def _read(self, sheet: str, header_row: int | None, then_next: bool = False) -> None:
        wizard = self.wizard()
        show_message(self.form.messageLabel, "")
        imports, path, entity, encoding = wizard.imports, wizard.path, wizard.entity, wizard.encoding
        # The previews of the encodings, if not read yet (a job now would supersede the one reading them).
        encodings = list(wizard.encoding_alternatives) if not wizard.encoding_previews else []

        def job(_state):
            overview = imports.inspect(path, entity, sheet, header_row, encoding)
            return overview, read_previews(imports, path, entity, overview.sheet, encodings) if encodings else None

        def read(found) -> None:
            overview, previews = found
            wizard.overview = overview
            if previews:
                wizard.encoding_previews = _as_text(previews)
            self._show(overview)
            self._show_encodings()
            if then_next:
                wizard.next()

        def failed(error: BaseException) -> None:
            show_message(self.form.messageLabel, error_text(error))

        self.run_job(job, read, failed)

    def isComplete(self) -> bool:
        overview = self.wizard().overview if self.wizard() else None
        return not self.busy() and overview is not None and bool(overview.columns)

    def validatePage(self) -> bool:
        if self._timer.isActive():  # a header row chosen a moment ago: read it first
            self._timer.stop()
            self._read(self.form.sheetCombo.currentData(), self.form.headerRowSpin.value() - 1, then_next=True)
            return False
        return not self.busy()
