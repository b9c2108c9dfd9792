"""Import wizard, last pages: a dry run of the whole file, then the import and its undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from crm_desktop.domain.exchange.imports import ImportResult, SkippedLine
from crm_desktop.gui.common.wizard_page import JobPage, show_message
from crm_desktop.gui.exchange.import_models import PreviewModel
from crm_desktop.gui.exchange.import_undo_flow import ImportUndoFlow
from crm_desktop.gui.exchange.interchange_text import error_text
from crm_desktop.gui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from crm_desktop.gui.forms.ui_import_result_page import Ui_ImportResultPage
from crm_desktop.gui.shell.translation import current_language
from crm_desktop.tasks import TaskCancelledError


def open_report(parent: QWidget, path: Path | str) -> None:
    """The error report in the user's spreadsheet program."""
    if not Path(path).is_file():
        QMessageBox.warning(parent, QCoreApplication.translate("ImportExport", "Error report"),
                            QCoreApplication.translate("ImportExport", "The error report is no longer at %1.")
                            .replace("%1", str(path)))
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def counts_html(parts: list[tuple[str, int]]) -> str:
    """"New: <b>12</b> · Errors: <b>2</b>" from (translated "New: %1", count) pairs."""
    locale = QLocale()
    return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(
        text.replace("%1", f"<b>{locale.toString(n)}</b>") for text, n in parts)


SHOWN_ROWS = 6  # row numbers listed per reason a line was skipped


def skipped_text(lines: list[SkippedLine]) -> str:
    """Why lines were skipped, translated, each reason with its rows: "total or summary line: rows 45, 46"."""
    by_reason: dict[str, list[int]] = {}
    for line in lines:
        by_reason.setdefault(line.reason, []).append(line.row_number)
    out = []
    colon = "：" if current_language().startswith("zh") else ": "
    for reason, rows in by_reason.items():
        numbers = ", ".join(str(n) for n in rows[:SHOWN_ROWS]) + (", …" if len(rows) > SHOWN_ROWS else "")
        where = (QCoreApplication.translate("ImportExport", "row %1") if len(rows) == 1
                 else QCoreApplication.translate("ImportExport", "rows %1"))
        text = QCoreApplication.translate("Interchange", reason)
        out.append(f"\u2022 {text[:1].upper()}{text[1:]}{colon}{where.replace('%1', numbers)}")
    return "\n".join(out)


class ResultDetails(QWidget):
    """Below the counts: values kept for review (and the way to them), skipped lines, owners not
    found, the report file."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        review_row = QHBoxLayout()
        self.warnings_label = QLabel()
        self.review_button = QPushButton(self.tr("Show the records to review"))
        review_row.addWidget(self.warnings_label)
        review_row.addWidget(self.review_button)
        review_row.addStretch()
        layout.addLayout(review_row)
        self.skipped_label = QLabel()
        self.owners_label = QLabel()
        self.report_label = QLabel()
        for label in (self.skipped_label, self.owners_label, self.report_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.show_result(None)

    def show_result(self, result: ImportResult | None) -> None:
        warnings = result.warnings if result else 0
        self.warnings_label.setText(self.tr("%Ln value(s) kept for review: they could not be read and were "
                                            "kept as written.", "", warnings))
        for widget in (self.warnings_label, self.review_button):
            widget.setVisible(warnings > 0)
        lines = result.skipped_lines if result else []
        self.skipped_label.setText(self.tr("%Ln line(s) skipped: they hold no record.", "", len(lines))
                                   + "\n" + skipped_text(lines) if lines else "")
        self.skipped_label.setVisible(bool(lines))
        owners = result.unmatched_owners if result else []
        self.owners_label.setText(self.tr("Owners not found among the users, kept as text on the records: %1")
                                  .replace("%1", ("、" if current_language().startswith("zh") else ", ").join(owners)))
        self.owners_label.setVisible(bool(owners))
        report = result.error_report if result else None
        self.report_label.setText(self.tr("The report lists the refused rows, the values kept for review and the "
                                          "skipped lines: %1").replace("%1", str(report)) if report else "")
        self.report_label.setVisible(report is not None)
        self.setVisible(bool(warnings or lines or owners or report))


def _import(wizard, dry_run: bool):
    """The job: the file with the wizard's choices, reasons in the user's language."""
    path, options, language = wizard.path, wizard.options(dry_run), current_language()
    return lambda state: wizard.imports.run(path, options, state, QCoreApplication.translate, language)


class _RunPage(JobPage):
    """A page with a status line, a progress bar and a Cancel button over its job."""

    def _progress(self, done: int, total: int, _message: str) -> None:
        bar = self.form.progressBar
        bar.setRange(0, max(total, 1))
        bar.setValue(min(done, max(total, 1)))

    def _running(self, text: str, running: bool) -> None:
        f = self.form
        f.statusLabel.setText(text)
        f.progressBar.setVisible(running)
        f.cancelButton.setVisible(running)
        if running:
            f.progressBar.setRange(0, 0)  # busy until the first report


class PreviewPage(_RunPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportPreviewPage()
        f.setupUi(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.model = PreviewModel(self)
        view = f.previewView
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(True)
        f.cancelButton.clicked.connect(self.cancel_job)
        f.retryButton.clicked.connect(self.check)
        f.errorReportButton.setText(self.tr("Open the &report"))
        f.errorReportButton.clicked.connect(lambda: open_report(self, self.result.error_report))
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.check()

    def cleanupPage(self) -> None:
        self.cancel_job()

    def check(self) -> None:
        f = self.form
        self.result = None
        self.model.set_rows(self.wizard().entity, [])
        f.countsLabel.clear()
        f.shownNote.clear()
        f.retryButton.hide()
        f.errorReportButton.hide()
        show_message(f.messageLabel, "")
        self._running(self.tr("Checking every row of the file…"), True)
        self.run_job(_import(self.wizard(), dry_run=True), self._checked, self._failed, self._progress)

    def _checked(self, result: ImportResult) -> None:
        f = self.form
        self.result = result
        self._running(self.tr("When you click Import, the file is imported like this:"), False)
        parts = [(self.tr("New: %1"), result.created), (self.tr("Update: %1"), result.updated),
                 (self.tr("Skip: %1"), result.skipped), (self.tr("Errors: %1"), result.errors)]
        if result.accounts_created:
            parts.append((self.tr("New companies: %1"), result.accounts_created))
        if result.warnings:
            parts.append((self.tr("Values kept for review: %1"), result.warnings))
        if result.skipped_lines:
            parts.append((self.tr("Lines skipped: %1"), len(result.skipped_lines)))
        f.countsLabel.setText(counts_html(parts))
        self.model.set_rows(self.wizard().entity, result.preview)
        f.previewView.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            widest = 260 if column == PreviewModel.REASON else 160
            f.previewView.setColumnWidth(column, min(f.previewView.columnWidth(column) + 12, widest))
        total = result.created + result.updated + result.skipped + result.errors
        if len(result.preview) < total:
            f.shownNote.setText(self.tr("The first %1 of %2 rows are shown.").replace(
                "%1", QLocale().toString(len(result.preview))).replace("%2", QLocale().toString(total)))
        f.errorReportButton.setVisible(result.error_report is not None)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelledError):
            self._running(self.tr("The check was cancelled."), False)
        else:
            self._running("", False)
            show_message(self.form.messageLabel, error_text(error))
        self.form.retryButton.show()

    def isComplete(self) -> bool:
        return self.result is not None and not self.busy()


class ResultPage(_RunPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportResultPage()
        f.setupUi(self)
        self.setFinalPage(True)
        f.cancelButton.clicked.connect(self.cancel_job)
        f.errorReportButton.setText(self.tr("Open the &report"))
        f.errorReportButton.clicked.connect(lambda: open_report(self, self.result.error_report))
        self.details = ResultDetails(self)
        self.details.review_button.clicked.connect(self.show_review)
        f.verticalLayout.insertWidget(f.verticalLayout.indexOf(f.countsLabel) + 1, self.details)
        f.undoButton.clicked.connect(self.undo)
        self.result: ImportResult | None = None
        self.undo_flow: ImportUndoFlow | None = None

    def initializePage(self) -> None:
        self.result = None
        self.form.countsLabel.clear()
        self.details.show_result(None)
        self._running(self.tr("Importing…"), True)
        self.run_job(_import(self.wizard(), dry_run=False), self._imported, self._failed, self._progress)

    def _imported(self, result: ImportResult) -> None:
        f = self.form
        self.result = result
        self._running(self.tr("The import is finished."), False)
        parts = [(self.tr("Created: %1"), result.created), (self.tr("Updated: %1"), result.updated),
                 (self.tr("Unchanged: %1"), result.skipped), (self.tr("Refused: %1"), result.errors)]
        if result.accounts_created:
            parts.append((self.tr("New companies: %1"), result.accounts_created))
        f.countsLabel.setText(counts_html(parts))
        self.details.show_result(result)
        f.errorReportButton.setVisible(result.error_report is not None)
        changed = result.created or result.updated or result.accounts_created
        f.undoButton.setVisible(bool(result.batch_id and changed))
        f.undoButton.setEnabled(True)
        if changed:
            show_message(f.messageLabel, self.tr("You can also undo it later: File › Import history."), error=False)
        self.wizard().sig_data_changed.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelledError):
            self._running(self.tr("Import cancelled; nothing was changed."), False)
        else:
            self._running(self.tr("The import failed; nothing was changed."), False)
            show_message(self.form.messageLabel, error_text(error))

    def show_review(self) -> None:
        """Close the wizard on the customer list narrowed to the records with values kept for review."""
        wizard = self.wizard()
        if not self.isComplete():
            return
        wizard.sig_show_review.emit(wizard.entity)
        wizard.accept()

    def undo(self) -> None:
        wizard = self.wizard()
        self.undo_flow = ImportUndoFlow(wizard.imports, wizard.jobs, wizard)
        self.undo_flow.sig_finished.connect(self._undone)
        self.form.undoButton.setEnabled(False)
        self.completeChanged.emit()
        self.undo_flow.start(self.result.batch_id)

    def _undone(self, result) -> None:
        f = self.form
        self.completeChanged.emit()
        if result is None:
            f.undoButton.setEnabled(True)
            return
        f.statusLabel.setText(self.tr("The import was undone."))
        f.countsLabel.setText(counts_html([(self.tr("Removed: %1"), result.removed),
                                           (self.tr("Restored: %1"), result.restored),
                                           (self.tr("Kept as changed later: %1"), result.kept)]))
        f.undoButton.hide()
        self.details.show_result(None)
        show_message(f.messageLabel, "")
        self.wizard().sig_data_changed.emit()

    def isComplete(self) -> bool:
        return not self.busy() and not (self.undo_flow and self.undo_flow.busy)
