"""The customers module's commands: new, edit, delete, merge with undo, search, links from the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from crm_desktop import APP_NAME, APP_ORG
from crm_desktop.domain.common.changes import Changes
from crm_desktop.gui.common import undo_commands
from crm_desktop.gui.customers.record_dialogs import AccountEditDialog, ContactEditDialog
from crm_desktop.gui.customers.search_box import SearchBox
from crm_desktop.gui.shell.menus import EDIT

NEW_GROUP, EDIT_GROUP, FIND_GROUP = 10, 10, 20  # File, Edit and Edit menu groups
TOOLS = 10


class CustomerCommands(QObject):
    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.crm = shell.crm
        self.page = shell.page("customers")
        self.detail = self.page.detail
        self.new_contact_action = shell.add_action(self.tr("New &contact…"), self.new_contact,
                                                   QKeySequence.StandardKey.New, group=NEW_GROUP, tool_group=TOOLS,
                                                   icon="new-contact")
        self.new_account_action = shell.add_action(self.tr("New &account…"), self.new_account, "Ctrl+Shift+N",
                                                   group=NEW_GROUP, tool_group=TOOLS, icon="new-account")
        self.card_action = shell.add_action(self.tr("New contact from business ca&rd…"), self.new_contact_from_card,
                                            None, group=NEW_GROUP)
        self.edit_action = shell.add_action(self.tr("&Edit selected…"), self.edit_selected, "F2", EDIT, EDIT_GROUP)
        self.delete_action = shell.add_action(self.tr("&Delete selected"), self.delete_selected,
                                              QKeySequence.StandardKey.Delete, EDIT, EDIT_GROUP)
        self.merge_action = shell.add_action(self.tr("&Merge two selected…"), self.merge_selected, None, EDIT,
                                             EDIT_GROUP)
        self.find_action = shell.add_action(self.tr("&Find customer"), self.focus_search, "Ctrl+K", EDIT, FIND_GROUP)
        self.search_box = SearchBox(self.crm.search, shell.jobs, shell)
        self.search_box.sig_open.connect(self.open)
        shell.add_right_tool(self.search_box)
        shell.handle_open(("contact", "account"), self.open)
        self._wire_detail()
        self.page.splitter.restore(QSettings(APP_ORG, APP_NAME))
        shell.on_close(self.page.splitter.save)

    def _wire_detail(self) -> None:
        detail, shell = self.detail, self.shell
        detail.sig_edit.connect(self.edit_selected)
        detail.sig_show_sync_issues.connect(lambda: shell.commands("sync").show_sync_issues())
        detail.sig_delete.connect(self.delete_selected)
        detail.sig_log_activity.connect(self.log_activity)
        detail.sig_new_contact.connect(self.new_contact)
        detail.sig_logged.connect(lambda: shell.announce(Changes.of("activity")))
        detail.sig_new_opportunity.connect(lambda: self._new_for_selected("opportunity"))
        detail.sig_open_deal.connect(lambda deal_id: shell.open_record("opportunity", deal_id))
        detail.sig_open_order.connect(lambda order_id: shell.open_record("order", order_id))
        detail.sig_new_ticket.connect(self.new_ticket_for_selected)
        detail.sig_open_ticket.connect(lambda ticket_id: shell.open_record("ticket", ticket_id))

    # --- opening -------------------------------------------------------------------------

    def open(self, entity: str, record_id: str) -> None:
        self.shell.show_page("customers")
        self.page.open_record(entity, record_id)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def shown(self):
        """(record, entity) of the customer shown on the right, or (None, "")."""
        return self.detail.record, self.detail.entity

    def shown_account_id(self) -> str | None:
        record, entity = self.shown()
        return record.id if entity == "account" and record is not None else None

    # --- records -------------------------------------------------------------------------

    def new_contact(self) -> None:
        record, entity = self.shown()
        account = (record.id, record.name) if entity == "account" and record else None
        self._open_dialog(ContactEditDialog(self.crm.customers, self.shell.jobs, account=account,
                                            search=self.crm.search.search, parent=self.shell), "contact")

    def new_contact_from_card(self) -> None:
        from crm_desktop.gui.cards.flow import contact_from_card

        contact_from_card(self.shell, self.crm, lambda dialog: self._open_dialog(dialog, "contact"))

    def new_account(self) -> None:
        self._open_dialog(AccountEditDialog(self.crm.customers, self.shell.jobs, parent=self.shell), "account")

    def edit_selected(self) -> None:
        record, entity = self.shown()
        if record is None:
            return
        if entity == "account":
            dialog = AccountEditDialog(self.crm.customers, self.shell.jobs, record, parent=self.shell)
        else:
            dialog = ContactEditDialog(self.crm.customers, self.shell.jobs, record, search=self.crm.search.search,
                                       parent=self.shell)
        self._open_dialog(dialog, entity)

    def _open_dialog(self, dialog, entity: str) -> None:
        dialog.sig_open_existing.connect(self.open)
        accepted = dialog.exec()
        created = getattr(dialog, "created_accounts", [])
        if created:  # made from the contact form, kept even when the contact was not saved
            self.shell.announce(Changes.of("account", *created))
        if not accepted or dialog.saved is None:
            return
        saved = dialog.saved
        after = self._announcer(entity, saved.id)
        if dialog.before is None:
            command = undo_commands.created(self.crm.customers, entity, saved, after, self._step_failed)
        else:
            command = undo_commands.edited(self.crm.customers, entity, dialog.before, saved, after, self._step_failed)
        undo_commands.push(self.shell.undo_stack, self.shell.jobs, command)
        after()
        self.open(entity, saved.id)

    def _announcer(self, entity: str, *ids: str):
        return lambda: self.shell.announce(Changes.of(entity, *ids))

    def _step_failed(self, step: str, _error: Exception) -> None:
        QMessageBox.warning(self.shell, self.tr("Undo"), self.tr(
            "“%1” could not be undone or redone: the record has changed since. "
            "The step was removed from the undo history.").replace("%1", step))

    def delete_selected(self) -> None:
        # The Delete key is window-wide: on the agenda or a deal it must not remove the customer left open here.
        if self.shell.current_page_name() != "customers":
            return
        record, entity = self.shown()
        if record is None:
            return
        undo_commands.push(self.shell.undo_stack, self.shell.jobs, undo_commands.deleted(
            self.crm.customers, entity, record, self._announcer(entity, record.id), self._step_failed))
        self.detail.show_record(None, "")
        self.shell.show_message(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", record.name))

    def merge_selected(self) -> None:
        ids = self.page.selected_ids()
        entity = self.page.entity()
        if len(ids) != 2:
            QMessageBox.information(self.shell, self.tr("Merge"), self.tr("Select exactly two rows to merge."))
            return
        get = self.crm.customers.get_contact if entity == "contact" else self.crm.customers.get_account
        self.shell.jobs.run_db(lambda: (get(ids[0]), get(ids[1])),
                               on_done=lambda pair: self._ask_merge(entity, *pair))

    def _ask_merge(self, entity: str, first, second) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge"), self.tr(
            "Keep which record? The other one's activities, contacts, deals, orders, tickets and empty fields "
            "move to it, and it is removed. This cannot be undone."), parent=self.shell)
        keep_first = box.addButton(first.name, QMessageBox.ButtonRole.AcceptRole)
        keep_second = box.addButton(second.name + " ", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (keep_first, keep_second):
            return
        keep, gone = (first, second) if box.clickedButton() is keep_first else (second, first)
        merge = self.crm.customers.merge_contacts if entity == "contact" else self.crm.customers.merge_accounts
        self.shell.jobs.run_db(merge, keep.id, gone.id, on_done=lambda _merged: self._merged(entity, keep.id, gone.id))

    def _merged(self, entity: str, keep_id: str, gone_id: str) -> None:
        self.shell.undo_stack.clear()  # earlier steps may refer to the merged record
        self.shell.announce(Changes.of(entity, keep_id, gone_id))
        self.open(entity, keep_id)

    # --- the detail pane's links into other modules ------------------------------------

    def _target(self) -> dict[str, str] | None:
        record, entity = self.shown()
        if record is None:
            return None
        return {"contact_id": record.id} if entity == "contact" else {"account_id": record.id}

    def log_activity(self) -> None:
        target = self._target()
        if target is not None:
            self.shell.new_record("activity", **target)

    def _new_for_selected(self, entity: str) -> None:
        target = self._target()
        if target is not None:
            self.shell.new_record(entity, **target)

    def new_ticket_for_selected(self) -> bool:
        """A ticket for the customer shown (a contact brings its account); False when none is shown."""
        record, entity = self.shown()
        if record is None:
            return False
        if entity == "contact":
            account = (record.account_id, record.account_name) if record.account_id else None
            self.shell.new_record("ticket", account=account, contact=(record.id, record.name))
        else:
            self.shell.new_record("ticket", account=(record.id, record.name))
        return True

    # --- the list narrowed from elsewhere ----------------------------------------------

    def show_segment(self, segment_id: str, entity: str) -> None:
        self.shell.show_page("customers")
        self.page.show_segment(segment_id, entity)

    def show_review(self, entity: str) -> None:
        """The list narrowed to the records with values an import kept for review."""
        self.shell.show_page("customers")
        self.page.show_review(entity)
