"""The status bar's sync indicator: offline / syncing / up to date, changes waiting, last sync,
open sync issues; a click opens the menu with Sync now, Sync issues and the connection."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton

from crm_desktop.gui.common.formats import datetime_text, number_text, time_text
from crm_desktop.gui.sync import runner as states


class SyncStatusButton(QToolButton):
    sig_sync_now = Signal()
    sig_show_issues = Signal()
    sig_connect = Signal()
    sig_log_out = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.sync_now_action = menu.addAction(self.tr("Sync &now"), self.sig_sync_now.emit)
        self.issues_action = menu.addAction(self.tr("Sync &issues…"), self.sig_show_issues.emit)
        menu.addSeparator()
        self.connect_action = menu.addAction(self.tr("&Connect to server…"), self.sig_connect.emit)
        self.log_out_action = menu.addAction(self.tr("&Log out"), self.sig_log_out.emit)
        self.setMenu(menu)
        self.show_status(states.NOT_CONNECTED, 0, 0, None)

    def show_status(self, state: str, pending: int, issues: int, last: datetime | None) -> None:
        self.state = state
        words = {
            states.NOT_CONNECTED: self.tr("Not connected"),
            states.OFFLINE: self.tr("Offline"),
            states.SYNCING: self.tr("Syncing…"),
            states.UP_TO_DATE: self.tr("Up to date"),
            states.PENDING: self.tr("Changes waiting"),
            states.NEEDS_LOGIN: self.tr("Log in to sync"),
            states.REVOKED: self.tr("Access revoked"),
            states.UPGRADE: self.tr("Update needed"),
            states.DISK_FULL: self.tr("Disk full"),
        }
        # "3 changes to send" says "changes waiting" already.
        parts = [] if state == states.PENDING and pending else [words.get(state, state)]
        if pending:
            parts.append(self.tr("%n change(s) to send", "", pending))
        if issues:
            parts.append(self.tr("%n sync issue(s)", "", issues))
        if last is not None and state not in (states.SYNCING,):
            today = last.astimezone().date() == datetime.now().astimezone().date()  # older: say the day too
            parts.append(self.tr("last sync %1").replace("%1", time_text(last) if today else datetime_text(last)))
        self.setText(" · ".join(parts))
        self.setToolTip(self.tr("Click for sync options"))
        connected = state != states.NOT_CONNECTED
        self.sync_now_action.setEnabled(connected and state != states.SYNCING)
        self.log_out_action.setEnabled(connected)
        self.issues_action.setEnabled(issues > 0)

    def show_progress(self, phase: str, records: int, total: int = 0) -> None:
        """While a round runs: how far the first download (or a big pull or push), or the attachment files after
        the records, have come."""
        words = {"snapshot": self.tr("Downloading… %1 records"), "pull": self.tr("Receiving… %1 changes"),
                 "push": self.tr("Sending… %1 changes"), "files": self.tr("Attachments… %1 of %2 files")}
        self.setText(words.get(phase, self.tr("Syncing…")).replace("%1", number_text(records))
                     .replace("%2", number_text(total)))
