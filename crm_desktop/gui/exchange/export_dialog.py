"""Export: the current list as shown, or every field of every record, to xlsx, CSV or vCard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from crm_desktop.controllers.exchange.exports import ExportColumn
from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.gui.exchange.interchange_text import entity_plural, error_text
from crm_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from crm_desktop.gui.shell.jobs import JobRunner, Progress
from crm_desktop.gui.shell.translation import current_language
from crm_desktop.tasks import TaskCancelledError


@dataclass(frozen=True)
class ExportFormat:
    suffix: str
    encoding: str | None
    contacts_only: bool = False


FORMATS = (ExportFormat(".xlsx", None), ExportFormat(".csv", "utf-8-sig"), ExportFormat(".csv", "gbk"),
           ExportFormat(".vcf", None, contacts_only=True))


@dataclass(frozen=True)
class ListView:
    """What the customers list shows: its entity, filter, sort, visible columns and row count."""

    entity: str
    flt: ListFilter
    sort: ListSort
    columns: list[ExportColumn]
    count: int
    segment_name: str | None = None  # the saved segment the list is narrowed to


class ExportDialog(QDialog):
    def __init__(self, exports, jobs: JobRunner, view: ListView, parent=None) -> None:
        super().__init__(parent)
        self.exports = exports
        self.jobs = jobs
        self.view = view
        self.exported: tuple[int, Path] | None = None  # (records, file) after a successful export
        self._confirmed: Path | None = None  # chosen in the save dialog, which asked about replacing it
        self.form = f = Ui_ExportDialog()
        f.setupUi(self)
        self.setWindowTitle(self.tr("Export contacts") if view.entity == "contact" else self.tr("Export accounts"))
        names = (self.tr("Excel workbook (.xlsx)"), self.tr("CSV, UTF-8"),
                 self.tr("CSV, GBK (for older Chinese Excel)"), self.tr("vCard (.vcf)"))
        for name, fmt in zip(names, FORMATS, strict=True):
            if view.entity == "contact" or not fmt.contacts_only:
                f.formatCombo.addItem(name, fmt)
        self.export_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.clicked.connect(self.export)
        f.browseButton.clicked.connect(self.browse)
        f.formatCombo.currentIndexChanged.connect(self._format_changed)
        f.viewRadio.toggled.connect(self._update_summary)
        f.pathEdit.setText(str(self._default_path()))
        self._update_summary()

    def format(self) -> ExportFormat:
        return self.form.formatCombo.currentData()

    def path(self) -> Path:
        return Path(self.form.pathEdit.text().strip()).expanduser()

    def _default_path(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / f"{entity_plural(self.view.entity)}-{date.today().isoformat()}{self.format().suffix}"

    def _format_changed(self) -> None:
        text = self.form.pathEdit.text().strip()
        if text:
            self.form.pathEdit.setText(str(self.path().with_suffix(self.format().suffix)))

    def _update_summary(self) -> None:
        if self.form.viewRadio.isChecked():
            titles = ", ".join(c.header for c in self.view.columns)
            text = self.tr("%n record(s) as the list shows them, with the columns %1.", "", self.view.count)
            self.form.summaryLabel.setText(text.replace("%1", titles))
        elif self.view.segment_name:
            self.form.summaryLabel.setText(self.tr(
                "Every record of the segment “%1” with all the fields an import reads, whatever the list's other "
                "filters.").replace("%1", self.view.segment_name))
        else:
            self.form.summaryLabel.setText(self.tr(
                "Every record with all the fields an import reads, whatever the list's filter. Import the file "
                "again to get the same records."))

    def browse(self) -> None:
        suffix = self.format().suffix
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(self.path()),
                                              f"{self.form.formatCombo.currentText()} (*{suffix})")
        if name:
            path = Path(name)
            if path.suffix.lower() != suffix:
                path = path.with_suffix(suffix)
            self._confirmed = path
            self.form.pathEdit.setText(str(path))

    def export(self) -> None:
        path, fmt, view = self.path(), self.format(), self.view
        if not self.form.pathEdit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose where to save the file."))
            return
        if path.suffix.lower() != fmt.suffix:
            path = path.with_suffix(fmt.suffix)
            self.form.pathEdit.setText(str(path))
        if not path.parent.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The folder %1 does not exist.").replace(
                "%1", str(path.parent)))
            return
        if path.exists() and path != self._confirmed:
            answer = QMessageBox.question(self, self.windowTitle(), self.tr(
                "%1 already exists. Replace it?").replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.form.viewRadio.isChecked():
            def job(state):
                return self.exports.export_view(view.entity, path, view.columns, view.flt, view.sort,
                                                encoding=fmt.encoding, state=state)
        else:
            language = current_language()
            segment_only = ListFilter(segment=view.flt.segment)

            def job(state):
                return self.exports.export_records(view.entity, path, encoding=fmt.encoding, language=language,
                                                   flt=segment_only, state=state)

        self.export_button.setEnabled(False)
        self.jobs.run(job, progress=Progress(self.tr("Exporting…"), self),
                      on_done=lambda count: self._done(count, path), on_error=self._failed)

    def _done(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.exported = (count, path)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(error, TaskCancelledError):
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
