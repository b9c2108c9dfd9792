"""Demo data from the File menu or on first start: asked for, loaded with progress, announced to every page; and
deleted in bulk (File → Delete demo data), after a confirmation that says what goes and that it cannot be undone."""

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
                       "You can delete them later (File → Delete demo data).") if empty \
            else self.tr("Add %1 demo customers to this database?")
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

    # --- deleting it ------------------------------------------------------------------------

    def delete(self) -> None:
        """Count what the demo made (off the GUI thread), then ask."""
        self.window.jobs.run_db(self.window.crm.demo_counts, on_done=self._confirm_delete)

    def summary(self, counts: dict[str, int]) -> str:
        """The records a user thinks of, with their numbers, one kind a line ("Contacts: 2,000")."""
        names = {"contacts": self.tr("Contacts"), "accounts": self.tr("Companies"), "activities": self.tr("Activities"),
                 "opportunities": self.tr("Deals"), "sales_orders": self.tr("Quotes and orders"),
                 "tickets": self.tr("Service tickets"), "products": self.tr("Products")}
        line = self.tr("%1: %2")  # "联系人：2,000"
        return "\n".join(line.replace("%1", name).replace("%2", f"{counts[key]:,}")
                         for key, name in names.items() if counts.get(key))

    def confirmation(self, counts: dict[str, int]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete demo data"), self.tr(
            "Delete all demo data? Every record the demo made goes:"), parent=self.window)
        box.setInformativeText(self.tr(
            "%1\n\nRecords you made yourself stay, and so do demo records they refer to (a demo company you added "
            "a contact to). Demo data was never synced, so nothing changes on the server.\n\nThis cannot be "
            "undone, and the undo history is cleared.").replace("%1", self.summary(counts)))
        box.addButton(self.tr("&Delete demo data"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        return box

    def _confirm_delete(self, counts: dict[str, int]) -> None:
        window = self.window
        if not counts:
            QMessageBox.information(window, self.tr("Delete demo data"),
                                    self.tr("There is no demo data in this database."))
            return
        box = self.confirmation(counts)
        box.exec()
        if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.DestructiveRole:
            return

        def finished(removed) -> None:
            window.undo_stack.clear()  # its steps may name records that are gone
            window.announce(Changes.all(reason=DEMO))
            text = self.tr("Deleted %1 demo records.").replace("%1", f"{removed.total:,}")
            if removed.kept:
                text += "\n" + self.tr("Kept %1 demo records that your own records refer to.").replace(
                    "%1", f"{sum(removed.kept.values()):,}")
            QMessageBox.information(window, self.tr("Delete demo data"), text)

        def failed(error) -> None:
            if not isinstance(error, TaskCancelledError):  # one transaction: nothing was deleted
                QMessageBox.warning(window, self.tr("Delete demo data"), self.tr(
                    "The demo data could not be deleted; nothing was changed: %1").replace("%1", str(error)))

        window.jobs.run(window.crm.delete_demo, progress=Progress(self.tr("Deleting demo data…"), window,
                                                                  delay_ms=200),
                        on_done=finished, on_error=failed)
