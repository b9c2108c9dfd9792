"""Demo data from the File menu or on first start: asked for, loaded with progress, announced to every page."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from crm_desktop import settings as declared
from crm_desktop.domain.common.changes import DEMO, Changes
from crm_desktop.gui.shell.jobs import Progress
from crm_desktop.tasks import TaskCancelledError


class DemoData(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def offer(self) -> None:
        self.window.jobs.run_db(self.window.crm.is_empty, on_done=self._ask)

    def _ask(self, empty: bool) -> None:
        window = self.window
        size = window.prefs.get(declared.DEMO_SIZE)
        text = self.tr("Your customer database is empty. Load %1 demo customers to try the CRM? "
                       "You can delete them later.") if empty else self.tr("Add %1 demo customers to this database?")
        answer = QMessageBox.question(window, self.tr("Demo data"), text.replace("%1", f"{size:,}"))
        if answer == QMessageBox.StandardButton.Yes:
            self.load(size)

    def load(self, size: int) -> None:
        window = self.window

        def finished(_result) -> None:
            window.announce(Changes.all(reason=DEMO))

        def failed(error) -> None:
            finished(None)  # a cancelled or failed load may have added some customers
            if not isinstance(error, TaskCancelledError):
                QMessageBox.warning(window, self.tr("Demo data"), str(error))

        window.jobs.run(window.crm.load_demo, size, progress=Progress(self.tr("Creating demo customers…"), window,
                                                                      delay_ms=200),
                        on_done=finished, on_error=failed)
