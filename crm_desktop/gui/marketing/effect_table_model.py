"""The campaigns side by side: reach, replies, deals, revenue, cost per lead, response rate and ROI."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.domain.common import money
from crm_desktop.domain.marketing.rules import CampaignEffect
from crm_desktop.gui.marketing.labels import CAMPAIGN_STATUS, EMPTY, marketing_label, percent

_TITLES = (
    QT_TRANSLATE_NOOP("EffectTableModel", "Campaign"), QT_TRANSLATE_NOOP("EffectTableModel", "Members"),
    QT_TRANSLATE_NOOP("EffectTableModel", "Sent"), QT_TRANSLATE_NOOP("EffectTableModel", "Responded"),
    QT_TRANSLATE_NOOP("EffectTableModel", "Converted"), QT_TRANSLATE_NOOP("EffectTableModel", "Deals"),
    QT_TRANSLATE_NOOP("EffectTableModel", "Won"), QT_TRANSLATE_NOOP("EffectTableModel", "Revenue"),
    QT_TRANSLATE_NOOP("EffectTableModel", "Cost"), QT_TRANSLATE_NOOP("EffectTableModel", "Cost/lead"),
    QT_TRANSLATE_NOOP("EffectTableModel", "Resp. rate"), QT_TRANSLATE_NOOP("EffectTableModel", "ROI"),
)
# The short headers say the rest in their tooltips.
_TIPS = {
    2: QT_TRANSLATE_NOOP("EffectTableModel", "Members the campaign reached (past “targeted”)"),
    3: QT_TRANSLATE_NOOP("EffectTableModel", "Members who replied or converted (the campaign's leads)"),
    5: QT_TRANSLATE_NOOP("EffectTableModel", "Deals whose “Campaign” field names this campaign"),
    6: QT_TRANSLATE_NOOP("EffectTableModel", "Won deals"),
    7: QT_TRANSLATE_NOOP("EffectTableModel", "Won revenue (deals in other currencies converted)"),
    8: QT_TRANSLATE_NOOP("EffectTableModel", "Actual cost"),
    9: QT_TRANSLATE_NOOP("EffectTableModel", "Actual cost divided by the leads"),
    10: QT_TRANSLATE_NOOP("EffectTableModel", "Response rate: leads among the members reached"),
    11: QT_TRANSLATE_NOOP("EffectTableModel", "Return on investment: (won revenue − actual cost) ÷ actual cost"),
}
COLUMN_ROI = 11
_LOSS, _GAIN = QColor("#c0392b"), QColor("#2e7d32")
_Index = QModelIndex | QPersistentModelIndex


class EffectTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.effects: list[CampaignEffect] = []

    def set_effects(self, effects: list[CampaignEffect]) -> None:
        self.beginResetModel()
        self.effects = list(effects)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.effects)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_TITLES):
            return section + 1 if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical \
                else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_TITLES[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in _TIPS:
            return self.tr(_TIPS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.effects):
            return None
        e, column = self.effects[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(e)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return marketing_label(CAMPAIGN_STATUS, e.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_ROI and e.roi is not None:
            return QBrush(_LOSS if e.roi < 0 else _GAIN)
        return None

    @staticmethod
    def cells(e: CampaignEffect) -> tuple:
        def amount(value) -> str:  # whole units: the table compares, the cents do not matter here
            return f"{money.symbol(e.currency)}{QLocale().toString(float(value), 'f', 0)}" if value else EMPTY

        return (e.name, str(e.members), str(e.sent), str(e.responded), str(e.converted), str(e.opportunities),
                str(e.won_deals), amount(e.won_revenue), amount(e.actual_cost), amount(e.cost_per_lead),
                percent(e.response_rate), percent(e.roi))
