"""The exchange module in the window: import, import history and export in the File menu and the toolbar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from crm_desktop.domain.common.changes import IMPORT, Changes
from crm_desktop.gui.shell.pages import register_commands

FILE_GROUP, TOOLS = 20, 10


class ExchangeCommands(QObject):
    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.import_wizard = self.import_history = self.export_dialog = None
        self.import_action = shell.add_action(self.tr("&Import…"), lambda: self.open_import_wizard(), "Ctrl+I",
                                              group=FILE_GROUP, tool_group=TOOLS, icon="import")
        self.import_action.setToolTip(self.tr("Import contacts or accounts from Excel, CSV or vCard files"))
        self.import_history_action = shell.add_action(self.tr("Import &history…"), self.open_import_history,
                                                      group=FILE_GROUP)
        self.export_action = shell.add_action(self.tr("E&xport…"), self.open_export_dialog, "Ctrl+E",
                                              group=FILE_GROUP, icon="export")

    def open_import_wizard(self, path=None):
        """The wizard, window-modal, with the current list's entity preselected."""
        from crm_desktop.gui.exchange.import_wizard import ImportWizard

        shell = self.shell
        customers = shell.commands("customers")
        self.import_wizard = self._show_window(
            ImportWizard(shell.crm.imports, shell.jobs, customers.page.entity(), path, shell))
        self.import_wizard.sig_show_review.connect(customers.show_review)
        return self.import_wizard

    def open_import_history(self):
        from crm_desktop.gui.exchange.import_history_dialog import ImportHistoryDialog

        self.import_history = self._show_window(ImportHistoryDialog(self.shell.crm.imports, self.shell.jobs,
                                                                    self.shell))
        self.import_history.sig_import.connect(self._import_from_history)
        return self.import_history

    def _show_window(self, window):
        """Window-modal, announcing its changes whenever it changed data, gone when closed."""
        window.sig_data_changed.connect(
            lambda: self.shell.announce(Changes.of_all(("contact", "account"), reason=IMPORT)))
        window.setWindowModality(Qt.WindowModality.WindowModal)
        window.finished.connect(window.deleteLater)
        window.show()
        return window

    def _import_from_history(self) -> None:
        if self.import_history is not None:
            self.import_history.close()  # the wizard takes its place; it is listed there once done
        self.open_import_wizard()

    def open_export_dialog(self):
        from crm_desktop.gui.exchange.export_dialog import ExportDialog

        shell = self.shell
        dialog = ExportDialog(shell.crm.exports, shell.jobs, shell.commands("customers").page.list_view(), shell)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._exported(dialog.exported))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def _exported(self, exported) -> None:
        count, path = exported
        self.shell.show_message(self.tr("Exported %n record(s) to %1", "", count).replace("%1", str(path)), 15000)


register_commands("exchange", 70, ExchangeCommands)
