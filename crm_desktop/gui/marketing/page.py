"""The marketing module: campaigns with their members, saved segments, e-mail templates and the effect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.gui.marketing.campaigns_tab import CampaignsTab
from crm_desktop.gui.marketing.effect_tab import EffectTab
from crm_desktop.gui.marketing.lists import SegmentsTab, TemplatesTab

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

TAB_CAMPAIGNS, TAB_SEGMENTS, TAB_TEMPLATES, TAB_EFFECT = range(4)


class MarketingPage(QWidget):
    """Each tab reloads when shown: another tab (or module) may have changed what it lists."""

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.campaigns = CampaignsTab(crm, jobs)
        self.segments = SegmentsTab(crm, jobs)
        self.templates = TemplatesTab(crm, jobs)
        self.effect = EffectTab(crm, jobs)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.tabs.addTab(self.segments, self.tr("Segments"))
        self.tabs.addTab(self.templates, self.tr("E-mail templates"))
        self.tabs.addTab(self.effect, self.tr("Effect"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.campaigns.sig_changed.connect(self._campaigns_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.campaigns:
            self.campaigns.refresh()
            self.campaigns.members.reload()
        else:
            tab.refresh()

    def stop(self) -> None:
        """The window is closing: a send run stops after its current message (the rest stay queued)."""
        self.campaigns.mailer.stop()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _campaigns_changed(self) -> None:
        if self.tabs.currentWidget() is self.effect:
            self.effect.refresh()
