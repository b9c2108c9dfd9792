"""The members of the selected campaign: replies and conversions, adding and removing, e-mail preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.marketing.rules import CampaignData, MemberData, MemberStatus
from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.common.formats import number_text
from crm_desktop.gui.marketing.member_dialogs import AddContactsDialog, EmailPreviewDialog
from crm_desktop.gui.marketing.models import MemberTableModel

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


class MembersPanel(QWidget):
    """Members load on the database thread (a launch may bring tens of thousands)."""

    sig_members_changed = Signal(str)  # campaign id: its members or their statuses changed
    sig_loaded = Signal()

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.marketing, self.jobs = crm, crm.marketing, jobs
        self.campaign: CampaignData | None = None
        self._generation = 0
        self._keep: set[str] = set()
        self.model = MemberTableModel(self)
        self.title = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 180, 200, 90)):
            header.resizeSection(column, width)
        self.empty = EmptyState(self.table, "")
        self.empty.sig_action.connect(self.add_contacts)
        self.responded_button = QPushButton(self.tr("Mark &responded"), self)
        self.converted_button = QPushButton(self.tr("Mark con&verted"), self)
        self.add_button = QPushButton(self.tr("Add &contacts…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.preview_button = QPushButton(self.tr("&Preview e-mail…"), self)
        self.responded_button.clicked.connect(lambda: self.mark_selected(MemberStatus.RESPONDED))
        self.converted_button.clicked.connect(lambda: self.mark_selected(MemberStatus.CONVERTED))
        self.add_button.clicked.connect(self.add_contacts)
        self.remove_button.clicked.connect(self.remove_selected)
        self.preview_button.clicked.connect(self.preview)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.title.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.responded_button, self.converted_button, self.add_button, self.remove_button,
                       self.preview_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.show_campaign(None)

    def show_campaign(self, campaign: CampaignData | None) -> None:
        self.campaign = campaign
        if campaign is None:
            self.empty.set_text("", "")  # the title above says to choose one
        else:
            self.empty.set_text(self.tr("No members yet. Launching the campaign adds the contacts of its segment; "
                                        "contacts can also be added by hand."), self.tr("Add contacts…"))
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.model.rows:  # the same members stay selected across a reload
            self._keep = {m.id for m in self.selected_members()}
        if self.campaign is None:
            self.model.set_rows([])
            self.title.setText(self.tr("Select a campaign to see its members."))
            self._update_buttons()
            return
        self.title.setText(self.tr("Loading the members of “%1”…").replace("%1", self.campaign.name))
        self.jobs.run_db(self.marketing.members, self.campaign.id,
                         on_done=lambda rows: self._loaded(generation, rows))

    def _loaded(self, generation: int, rows: list[MemberData]) -> None:
        if generation != self._generation or self.campaign is None:
            return
        self.model.set_rows(rows)
        self._reselect()
        reachable = sum(1 for m in rows if m.reachable)
        self.title.setText(self.tr("Members of “%1”: %2 (%3 can be e-mailed)").replace("%1", self.campaign.name)
                           .replace("%2", number_text(len(rows))).replace("%3", number_text(reachable)))
        self._update_buttons()
        self.sig_loaded.emit()

    def _reselect(self) -> None:
        keep, self._keep = self._keep, set()
        selection = self.table.selectionModel()
        for row, member in enumerate(self.model.rows):
            if member.id in keep:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def selected_members(self) -> list[MemberData]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [m for m in map(self.model.row_data, rows) if m is not None]

    def _update_buttons(self, *args) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (self.responded_button, self.converted_button, self.remove_button):
            button.setEnabled(chosen)
        self.preview_button.setEnabled(len(self.selected_members()) == 1)
        self.add_button.setEnabled(self.campaign is not None)

    def select_member(self, name: str) -> None:
        """Select the first member of that name (for the keyboard and tests)."""
        row = next((i for i, m in enumerate(self.model.rows) if m.name == name), -1)
        if row >= 0:
            self.table.selectRow(row)

    # --- actions -------------------------------------------------------------------------

    def mark_selected(self, status: str) -> None:
        """A status only moves forward: a member already converted stays converted."""
        members = self.selected_members()
        if members and self.campaign is not None:
            marketing = self.marketing
            self.jobs.run_db(lambda: [marketing.set_member_status(m.id, status) for m in members],
                             on_done=lambda _r: self._changed())

    def _changed(self) -> None:
        if self.campaign is not None:
            self.reload()
            self.sig_members_changed.emit(self.campaign.id)

    def remove_selected(self) -> None:
        members = self.selected_members()
        if not members or self.campaign is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove members"), self.tr(
            "Remove %n member(s) from the campaign? Their replies are no longer counted.", "", len(members)))
        if answer == QMessageBox.StandardButton.Yes:
            marketing = self.marketing
            self.jobs.run_db(lambda: [marketing.remove_member(m.id) for m in members],
                             on_done=lambda _r: self._changed())

    def add_contacts(self) -> None:
        if self.campaign is None:
            return
        dialog = AddContactsDialog(self.crm.search.search, self.jobs, self)
        if not dialog.exec() or not dialog.contact_ids():
            return
        wanted = dialog.contact_ids()
        self.jobs.run_db(self.marketing.add_members, self.campaign.id, wanted,
                         on_done=lambda added: self._added(added, len(wanted)))

    def _added(self, added: int, wanted: int) -> None:
        self._changed()
        if added < wanted:
            QMessageBox.information(self, self.tr("Add contacts"), self.tr(
                "%n contact(s) added; the others were members already.", "", added))

    def preview(self) -> None:
        """The selected member's e-mail, as the campaign's template makes it (in `preview_dialog` once open)."""
        members = self.selected_members()
        if len(members) != 1 or self.campaign is None:
            return
        marketing, campaign_id, member = self.marketing, self.campaign.id, members[0]

        def make():  # on the database thread: None, or why not (a text to show), or (subject, body)
            campaign = marketing.campaign(campaign_id)  # the template may have been chosen since
            if not campaign.template_id:
                return self.tr("This campaign has no e-mail template. Choose one with “Edit campaign”.")
            try:
                template = marketing.template(campaign.template_id)
            except NotFoundError:
                return self.tr("The campaign's e-mail template was deleted. Choose another with “Edit campaign”.")
            return marketing.preview(template, member.contact_id, campaign.id)

        self.jobs.run_db(make, on_done=lambda made: self._show_preview(member, made))

    def _show_preview(self, member, made) -> None:
        if isinstance(made, str):
            QMessageBox.information(self, self.tr("E-mail preview"), made)
            return
        subject, body = made
        to = f"{member.name} <{member.email}>" if member.email else member.name
        dialog = EmailPreviewDialog(to, subject, body, self)
        dialog.open()
        self.preview_dialog = dialog
