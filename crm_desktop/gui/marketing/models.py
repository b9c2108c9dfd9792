"""Table models of the marketing page: campaigns, a campaign's members, and saved segments with counts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.domain.marketing.rules import CampaignData, MemberData, SegmentData
from crm_desktop.gui.common.formats import date_text, datetime_text, number_text
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.marketing.labels import (
    CAMPAIGN_STATUS,
    CAMPAIGN_TYPE,
    MEMBER_STATUS,
    SEGMENT_TARGET,
    marketing_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QColor("#888888")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_Index = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel):
    """Rows of dataclasses held whole (campaigns and segments are short lists; members are loaded
    off the GUI thread and handed over at once)."""

    TITLES: tuple[str, ...] = ()
    RIGHT_COLUMNS: tuple[int, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.TITLES):
            return self.tr(self.TITLES[section])
        return section + 1 if orientation == Qt.Orientation.Vertical else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        record = self.row_data(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(record)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_COLUMNS:
            return RIGHT
        return self.other(record, index.column(), role)

    def cells(self, record) -> tuple:
        raise NotImplementedError

    def other(self, record, column: int, role: int):
        return None


class CampaignTableModel(_ListModel):
    TITLES = (
        QT_TRANSLATE_NOOP("CampaignTableModel", "Name"), QT_TRANSLATE_NOOP("CampaignTableModel", "Type"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Status"), QT_TRANSLATE_NOOP("CampaignTableModel", "Start"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "End"), QT_TRANSLATE_NOOP("CampaignTableModel", "Budget"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Actual cost"), QT_TRANSLATE_NOOP("CampaignTableModel", "Members"),
    )
    RIGHT_COLUMNS = (5, 6, 7)

    def cells(self, c: CampaignData) -> tuple:
        return (c.name, marketing_label(CAMPAIGN_TYPE, c.type), marketing_label(CAMPAIGN_STATUS, c.status),
                date_text(c.start_date), date_text(c.end_date), money_text(c.budget, c.currency) if c.budget else "",
                money_text(c.actual_cost, c.currency) if c.actual_cost else "", number_text(c.members))

    def other(self, c: CampaignData, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and c.status == "completed":
            return QBrush(GREY)
        return None


class MemberTableModel(_ListModel):
    """Members who may not be e-mailed are greyed, with the reason as a tooltip."""

    TITLES = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Name"), QT_TRANSLATE_NOOP("MemberTableModel", "Company"),
        QT_TRANSLATE_NOOP("MemberTableModel", "E-mail"), QT_TRANSLATE_NOOP("MemberTableModel", "Status"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Sent"),
    )

    def cells(self, m: MemberData) -> tuple:
        return m.name, m.company, m.email, marketing_label(MEMBER_STATUS, m.status), datetime_text(m.sent_at)

    def other(self, m: MemberData, column: int, role: int):
        if m.reachable:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.unreachable_reason(m)
        return None

    def unreachable_reason(self, m: MemberData) -> str:
        if not m.email:
            return self.tr("No e-mail address: not sent marketing e-mail")
        return self.tr("Asked not to be contacted, or unsubscribed: not sent marketing e-mail")


class SegmentTableModel(_ListModel):
    """Saved segments; their counts arrive later (counted off the GUI thread)."""

    TITLES = (
        QT_TRANSLATE_NOOP("SegmentTableModel", "Name"), QT_TRANSLATE_NOOP("SegmentTableModel", "Target"),
        QT_TRANSLATE_NOOP("SegmentTableModel", "Matches now"),
        QT_TRANSLATE_NOOP("SegmentTableModel", "Description"),
    )
    RIGHT_COLUMNS = (2,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}

    def set_rows(self, rows: list) -> None:
        self.counts = {}
        super().set_rows(rows)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 2))

    def cells(self, s: SegmentData) -> tuple:
        count = self.counts.get(s.id)
        return (s.name, marketing_label(SEGMENT_TARGET, s.rule.target),
                self.tr("counting…") if count is None else number_text(count), s.description or "")
