"""The effect of the campaigns side by side: a comparison table and won revenue against cost per campaign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from crm_desktop.charts.fonts import configure_fonts
from crm_desktop.domain.marketing.rules import CampaignEffect
from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.marketing.effect_table_model import EffectTableModel

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

CHART_CAMPAIGNS = 12  # the newest ones; more bars would not be readable
REVENUE_COLOUR, COST_COLOUR = "#2e7d32", "#c0392b"


class EffectTab(QWidget):
    sig_loaded = Signal()

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.marketing, self.jobs = crm.marketing, jobs
        self._generation = 0
        self.model = EffectTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState(self.table, self.tr(
            "No campaigns to compare yet. Once a campaign has members, its replies, deals, revenue and cost are "
            "compared here."))
        self.note = QLabel(self.tr("Leads are members who replied or converted. Deals count when their "
                                   "“Campaign” field names the campaign."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.figure = Figure(figsize=(6, 2.6), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(220)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.canvas)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.jobs.run_db(self.marketing.compare, on_done=lambda effects: self._loaded(generation, effects))

    def _loaded(self, generation: int, effects: list[CampaignEffect]) -> None:
        if generation != self._generation:
            return
        self.model.set_effects(effects)
        self.draw(effects)
        self.sig_loaded.emit()

    def draw(self, effects: list[CampaignEffect]) -> None:
        """Grouped bars: won revenue and actual cost of each campaign (newest first, left to right)."""
        configure_fonts()
        self.figure.clear()
        ax = self.figure.add_subplot(1, 1, 1)
        shown = [e for e in effects if e.won_revenue or e.actual_cost][:CHART_CAMPAIGNS]
        if not shown:
            ax.text(0.5, 0.5, self.tr("No revenue or cost recorded yet"), ha="center", va="center",
                    transform=ax.transAxes, color="#888888")
            ax.set_axis_off()
        else:
            xs = range(len(shown))
            ax.bar([x - 0.2 for x in xs], [float(e.won_revenue) for e in shown], 0.4, color=REVENUE_COLOUR,
                   label=self.tr("Won revenue"))
            ax.bar([x + 0.2 for x in xs], [float(e.actual_cost) for e in shown], 0.4, color=COST_COLOUR,
                   label=self.tr("Actual cost"))
            ax.set_xticks(list(xs), [_short(e.name) for e in shown])
            pad = (max(len(shown), 4) - len(shown)) / 2  # a campaign or two: bars of the usual width, centred
            ax.set_xlim(-0.6 - pad, len(shown) - 0.4 + pad)
            ax.yaxis.set_major_formatter(lambda value, _pos: f"{value:,.0f}")
            ax.spines[["top", "right"]].set_visible(False)
            ax.legend(frameon=False, fontsize=8)
            ax.tick_params(labelsize=8)
        self.figure.tight_layout()
        self.canvas.draw_idle()


def _short(name: str, limit: int = 14) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
