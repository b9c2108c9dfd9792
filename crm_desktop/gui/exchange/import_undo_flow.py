"""Undoing an import: what it would change, a choice about later edits, then the undo itself."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.domain.exchange.imports import LaterEdit, UndoPreview, UndoResult
from crm_desktop.gui.exchange.interchange_text import error_text, record_field_label
from crm_desktop.gui.shell.jobs import JobRunner, Progress
from crm_desktop.tasks import TaskCancelledError

SHOWN_EDITS = 8


class ImportUndoFlow(QObject):
    """`start(batch_id)`; `sig_finished(UndoResult)` after an undo, `sig_finished(None)` otherwise."""

    sig_finished = Signal(object)

    def __init__(self, imports, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.imports = imports
        self.jobs = jobs
        self.window = parent
        self.busy = False

    def start(self, batch_id: str) -> None:
        self.busy = True
        self.jobs.run_db(self.imports.undo_preview, batch_id, on_done=self._confirm, on_error=self._failed)

    def _confirm(self, preview: UndoPreview) -> None:
        if preview.undone:
            QMessageBox.information(self.window, self.tr("Undo import"),
                                    self.tr("This import has already been undone."))
            self._finish(None)
            return
        keep = self.ask(preview)
        if keep is None:
            self._finish(None)
            return
        self.jobs.run(self.imports.undo, preview.batch_id, keep,
                      progress=Progress(self.tr("Undoing the import…"), self.window),
                      on_done=self._finish, on_error=self._failed)

    def ask(self, preview: UndoPreview) -> bool | None:
        """True: undo but keep later edits; False: undo those too; None: do not undo."""
        locale = QLocale()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo import"), self.tr("Undo this import?"),
                          parent=self.window)
        lines = []
        if preview.created:
            lines.append(self.tr("Records it created, to be deleted: %1").replace(
                "%1", locale.toString(preview.created)))
        if preview.updated:
            lines.append(self.tr("Records it updated, to get their earlier values back: %1").replace(
                "%1", locale.toString(preview.updated)))
        info = "\n".join(lines) or self.tr("It did not change any records.")
        edits = preview.later_edits
        if not edits:
            box.setInformativeText(info)
            undo = box.addButton(self.tr("Undo import"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(undo)
            box.exec()
            return True if box.clickedButton() is undo else None
        edit_lines = [self.edit_line(e) for e in edits]
        shown = "\n".join(f"• {line}" for line in edit_lines[:SHOWN_EDITS])
        if len(edit_lines) > SHOWN_EDITS:
            shown += "\n…"
            box.setDetailedText("\n".join(edit_lines))
        box.setInformativeText("\n\n".join((
            info, self.tr("%n record(s) changed after the import:", "", len(edits)) + "\n" + shown,
            self.tr("Keep those later changes? Their records then stay as they are now."))))
        keep = box.addButton(self.tr("Undo, keep later changes"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Undo those changes too"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return {keep: True, drop: False}.get(box.clickedButton())

    @staticmethod
    def edit_line(edit: LaterEdit) -> str:
        fields = ", ".join(record_field_label(edit.entity, f) for f in edit.fields)
        return f"{edit.name}: {fields}"

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelledError):
            text = self.tr("The undo was cancelled; nothing was changed.")
        else:
            text = error_text(error)
        QMessageBox.warning(self.window, self.tr("Undo import"), text)
        self._finish(None)

    def _finish(self, result: UndoResult | None) -> None:
        self.busy = False
        self.sig_finished.emit(result)
