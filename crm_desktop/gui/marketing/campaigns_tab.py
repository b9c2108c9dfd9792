"""The campaigns list: new / edit / delete, launch from the segment, send e-mails, and the members below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.marketing.rules import CampaignData
from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.marketing.campaign_dialog import CampaignDialog
from crm_desktop.gui.marketing.campaign_members import MembersPanel
from crm_desktop.gui.marketing.campaign_sending import CampaignSender
from crm_desktop.gui.marketing.models import CampaignTableModel

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


class CampaignsTab(QWidget):
    sig_changed = Signal()  # campaigns or their members changed (the effect figures are stale)

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.marketing, self.jobs = crm, crm.marketing, jobs
        self.model = CampaignTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_campaign)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = EmptyState(self.table, self.tr(
            "No campaigns yet. A campaign reaches the contacts of a segment by e-mail, at an event or through "
            "ads, and counts the replies, deals and revenue that came of it."), self.tr("New campaign…"), "marketing")
        self.empty.sig_action.connect(self.new_campaign)
        self.members = MembersPanel(crm, jobs, self)
        self.members.sig_members_changed.connect(self._members_changed)
        self.mailer = CampaignSender(crm, jobs, self)
        self.mailer.sig_finished.connect(lambda _text: self._members_changed())
        self.new_button = QPushButton(self.tr("&New campaign…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.launch_button = QPushButton(self.tr("&Launch"), self)
        self.launch_button.setToolTip(self.tr("Add the target segment's contacts as members and make the "
                                              "campaign active"))
        self.send_button = QPushButton(self.tr("Send e-ma&ils…"), self)
        self.send_button.setToolTip(self.tr("Queue the campaign's e-mail for its members who may be e-mailed, "
                                            "and send it"))
        self.mail_button = QPushButton(self.tr("Mail server…"), self)
        self.mail_button.setToolTip(self.tr("The mail server this computer sends campaign e-mail through"))
        self.mail_button.setEnabled(getattr(crm, "email", None) is not None)
        self.mail_button.clicked.connect(self.mailer.open_settings)
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.delete_button.clicked.connect(self.delete_campaign)
        self.launch_button.clicked.connect(self.launch)
        self.send_button.clicked.connect(self.send_emails)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.launch_button)
        bar.addWidget(self.send_button)
        bar.addStretch(1)
        bar.addWidget(self.mail_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.message_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.members)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or (self.current_campaign().id if self.current_campaign() else None)
        self.jobs.run_db(self.marketing.campaigns, on_done=lambda rows: self._show(rows, current))

    def _show(self, rows, current: str | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(current)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._current_changed()

    def current_campaign(self) -> CampaignData | None:
        return self.model.row_data(self.table.currentIndex().row())

    def select_campaign(self, campaign_id: str) -> None:
        row = self.model.row_of(campaign_id)
        if row >= 0:
            self.table.selectRow(row)

    def _current_changed(self, *args) -> None:
        campaign = self.current_campaign()
        for button in (self.edit_button, self.delete_button, self.launch_button, self.send_button):
            button.setEnabled(campaign is not None)
        if campaign is None or self.members.campaign is None or self.members.campaign.id != campaign.id:
            self.members.show_campaign(campaign)
        else:
            self.members.campaign = campaign  # same campaign, fresher figures

    def _members_changed(self, *args) -> None:
        campaign = self.current_campaign()
        self.jobs.run_db(self.marketing.campaigns, on_done=lambda rows: self._counted(rows, campaign))

    def _counted(self, rows, campaign: CampaignData | None) -> None:
        self.model.set_rows(rows)  # member counts
        if campaign is not None:
            self.select_campaign(campaign.id)
            self.members.reload()
        self.sig_changed.emit()

    # --- actions -------------------------------------------------------------------------

    def new_campaign(self) -> None:
        dialog = CampaignDialog(self.marketing, self.jobs, parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(dialog.saved.id)
            self.sig_changed.emit()

    def edit_campaign(self, *args) -> None:
        campaign = self.current_campaign()
        if campaign is not None:
            self.jobs.run_db(self.marketing.campaign, campaign.id, on_done=self._edit)

    def _edit(self, campaign: CampaignData) -> None:
        dialog = CampaignDialog(self.marketing, self.jobs, campaign, self)
        if dialog.exec() and dialog.saved:
            self.refresh(campaign.id)
            self.sig_changed.emit()

    def delete_campaign(self) -> None:
        campaign = self.current_campaign()
        if campaign is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete campaign"), self.tr(
            "Delete the campaign “%1” and its member list? Deals that came from it keep their records.")
            .replace("%1", campaign.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.jobs.run_db(self.marketing.delete_campaign, campaign.id, on_done=lambda _r: self._deleted())

    def _deleted(self) -> None:
        self.refresh()
        self.sig_changed.emit()

    def launch(self) -> None:
        campaign = self.current_campaign()
        if campaign is not None:
            self.jobs.run_db(self.marketing.launch, campaign.id, on_done=lambda added: self._launched(campaign, added),
                             on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        self.message_label.setText(translate_message(TR_CONTEXT, next(iter(error.errors.values()))))

    def _launched(self, campaign: CampaignData, added: int) -> None:
        self.refresh(campaign.id)
        self.members.reload()
        self.sig_changed.emit()
        self.message_label.setText(self.tr("“%1” launched: %n contact(s) added as members.", "", added)
                                   .replace("%1", campaign.name))

    def send_emails(self) -> None:
        campaign = self.current_campaign()
        if campaign is not None:
            self.jobs.run_db(self.marketing.campaign, campaign.id, on_done=self._send)

    def _send(self, campaign: CampaignData) -> None:
        if not campaign.template_id:
            self.message_label.setText(self.tr("Choose an e-mail template for the campaign first (Edit…)."))
            return
        self.message_label.clear()
        self.mailer.send(campaign)
