"""The import wizard: file, sheet and header row, column mapping, duplicates, preview, import.

Every read of the file and the import itself run on the database thread; the pages keep
Next off meanwhile and show progress with a Cancel button where it can take a while.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from crm_desktop.domain.exchange.imports import DuplicatePolicy, FileOverview, ImportOptions
from crm_desktop.gui.common.wizard_page import JobPage
from crm_desktop.gui.exchange.import_choice_pages import MappingPage, PolicyPage
from crm_desktop.gui.exchange.import_run_pages import PreviewPage, ResultPage
from crm_desktop.gui.exchange.import_source_pages import FilePage, SheetPage
from crm_desktop.gui.shell.jobs import JobRunner


class ImportWizard(QWizard):
    sig_data_changed = Signal()  # an import or its undo changed records
    sig_show_review = Signal(str)  # entity: list the records with values kept for review

    PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_POLICY, PAGE_PREVIEW, PAGE_RESULT = range(6)

    def __init__(self, imports, jobs: JobRunner, entity: str = "contact", path: Path | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.imports = imports
        self.jobs = jobs
        self.path: Path | None = None
        self.entity = entity
        self.encoding: str | None = None
        self.overview: FileOverview | None = None
        # Detection unsure of a text file's encoding: the likely ones, and the file's top rows in each.
        self.encoding_alternatives: list[str] = []
        self.encoding_previews: dict[str, list[list[str]] | str] = {}
        self.mapping: list[str | None] | None = None
        self.policy = DuplicatePolicy.SKIP
        self._close_pending = False
        self.setWindowTitle(self.tr("Import contacts or accounts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(entity)
        self.sheet_page = SheetPage()
        self.mapping_page = MappingPage()
        self.policy_page = PolicyPage()
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
        for page_id, page in enumerate((self.file_page, self.sheet_page, self.mapping_page, self.policy_page,
                                        self.preview_page, self.result_page)):
            self.setPage(page_id, page)
        if path is not None:
            self.file_page.form.pathEdit.setText(str(path))
        self.resize(940, 640)

    def set_file(self, path: Path, entity: str, encoding: str | None, overview: FileOverview) -> None:
        self.path, self.entity, self.encoding, self.overview = path, entity, encoding, overview
        self.mapping = None  # the mapping page starts from the file's suggested or saved one
        alternatives = [] if overview.encoding_sure else list(overview.encoding_alternatives)
        if alternatives and overview.encoding not in alternatives:
            alternatives.insert(0, overview.encoding)
        self.encoding_alternatives = alternatives if len(alternatives) > 1 else []
        self.encoding_previews = {}

    def options(self, dry_run: bool) -> ImportOptions:
        overview = self.overview
        return ImportOptions(entity=self.entity, sheet=overview.sheet, header_row=overview.header_row,
                             mapping=tuple(self.mapping or overview.mapping), on_duplicate=self.policy,
                             encoding=self.encoding, dry_run=dry_run)

    def _job_pages(self) -> list[JobPage]:
        return [self.page(i) for i in self.pageIds() if isinstance(self.page(i), JobPage)]

    def busy(self) -> bool:
        return any(page.busy() for page in self._job_pages())

    def reject(self) -> None:
        """Cancel, Escape or the close box: a running job is cancelled first, then the wizard closes."""
        if self.busy():
            self._close_pending = True
            for page in self._job_pages():
                page.cancel_job()
            return
        super().reject()

    def job_settled(self) -> None:
        if self._close_pending and not self.busy():
            self._close_pending = False
            super().reject()
