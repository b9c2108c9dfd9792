"""Deal cards of one board column: a small model fetched 50 at a time, its delegate and view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyle, QStyledItemDelegate

from crm_desktop.domain.sales.entities import PipelineTotal
from crm_desktop.domain.sales.rules import is_overdue, is_stale
from crm_desktop.gui.common.formats import date_text
from crm_desktop.gui.common.money_text import money_text

MIME_TYPE = "application/x-crm-opportunity"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
PAGE = 50
CARD_HEIGHT = 78
STALE_COLOR = QColor("#e69500")
# An expected close day that has passed: a red that reads on a light base and one that reads on a dark base.
OVERDUE_ON_LIGHT, OVERDUE_ON_DARK = QColor("#c62828"), QColor("#ff8a80")


def overdue_color(palette: QPalette) -> QColor:
    """The warning colour of an overdue close date over the palette's base (light or dark theme)."""
    return OVERDUE_ON_DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else OVERDUE_ON_LIGHT


def payload_of(mime: QMimeData) -> tuple[str, str] | None:
    """(opportunity id, stage id it was dragged from) carried by a card drag, or None."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    opp_id, _, stage_id = bytes(mime.data(MIME_TYPE).data()).decode("utf-8").partition("\n")
    return (opp_id, stage_id) if opp_id else None


def card_mime(opp_id: str, stage_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, f"{opp_id}\n{stage_id}".encode())
    return mime


class StageCardModel(QAbstractListModel):
    """The cards of one stage in expected close order; the rest is fetched when scrolled to."""

    def __init__(self, jobs, parent=None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._generation = 0  # cards fetched for an older reset are dropped
        self._fetching = False
        self._cards: list[tuple] = []
        self._stale: list[bool] = []
        self._today = date.today()
        self._total = 0
        self._stale_days = 0
        self._now = None
        self._load: Callable[[int, int], list[tuple]] = lambda _offset, _limit: []

    def reset(self, column: PipelineTotal, stale_days: int, now, load: Callable[[int, int], list[tuple]]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._fetching = False
        self._total, self._stale_days, self._now, self._load = column.count, stale_days, now, load
        self._today = now.astimezone().date()  # the user's day, not UTC's
        self._cards = list(column.cards)
        self._stale = [self._is_stale(c) for c in self._cards]
        self.endResetModel()

    def _is_stale(self, card: tuple) -> bool:
        return is_stale(card[8], self._stale_days, self._now)

    def total(self) -> int:
        return self._total

    def card(self, row: int) -> tuple:
        return self._cards[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card[1]
        if role == CARD_ROLE:
            return card
        if role == STALE_ROLE:
            return self._stale[index.row()]
        if role == RECORD_ID_ROLE:
            return card[0]
        if role == OVERDUE_ROLE:
            return is_overdue(card[6], "open", self._today)  # the board shows open deals only
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{card[1]}\n{card[2] or ''}\n{money_text(card[3], card[4])} · {card[5]} %"
            if is_overdue(card[6], "open", self._today):
                tip += "\n" + self.tr("The expected close date passed %n day(s) ago.", "",
                                       (self._today - card[6]).days)
            if self._stale[index.row()]:
                tip += "\n" + self.tr("Stale: no activity for more than %n day(s)", "", self._stale_days)
            return tip
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._cards) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        """The next cards, from the database thread; the view asks again once they are in."""
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation = self._generation
        self._jobs.run_db(self._load, len(self._cards), PAGE, on_done=lambda rows: self._fetched(generation, rows))

    def _fetched(self, generation: int, rows: list[tuple]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not rows:
            self._total = len(self._cards)  # deals left the stage meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._cards), len(self._cards) + len(rows) - 1)
        self._cards.extend(rows)
        self._stale.extend(self._is_stale(c) for c in rows)
        self.endInsertRows()

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        card = self._cards[indexes[0].row()]
        return card_mime(card[0], card[9])

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class CardDelegate(QStyledItemDelegate):
    """A card: name, account, amount and close date, owner; stale cards get an amber edge, a close date
    that has passed shows in bold red."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(option.rect.width() or 200, CARD_HEIGHT)

    def paint(self, painter: QPainter, option, index) -> None:
        card = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        if index.data(STALE_ROLE):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STALE_COLOR)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        text = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(12, 6, -8, -6)
        line = inner.height() // 4
        bold = QFont(option.font)
        bold.setBold(True)
        overdue = bool(index.data(OVERDUE_ROLE))
        rows = (  # (font, colour, left text, right text, right colour and font)
            (bold, text, card[1], "", None),
            (option.font, dim, card[2] or "", "", None),
            (option.font, text, money_text(card[3], card[4]), date_text(card[6]),
             (overdue_color(palette), bold) if overdue else None),
            (option.font, dim, card[7] or "", f"{card[5]} %", None),
        )
        for i, (font, color, left, right, right_style) in enumerate(rows):
            box = QRect(inner.left(), inner.top() + i * line, inner.width(), line)
            right_color, right_font = right_style or (color, font)
            painter.setFont(right_font)
            right_width = painter.fontMetrics().horizontalAdvance(right) + 6 if right else 0
            if right:
                painter.setPen(right_color)
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
            painter.setFont(font)
            painter.setPen(color)
            shown = painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideRight, box.width() - right_width)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()


class CardListView(QListView):
    """Cards of one column; a drop of a card from another column asks the board to move it."""

    sig_card_dropped = Signal(str, str)  # (opportunity id, the stage it came from)
    sig_card_activated = Signal(str)
    sig_card_menu = Signal(str, str, QPoint)  # (opportunity id, its stage id, global position)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Cards are painted on Base; the lane behind them in Window colour sets them apart.
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.doubleClicked.connect(lambda index: self.sig_card_activated.emit(index.data(RECORD_ID_ROLE)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The card's menu: the card clicked, or with the keyboard's menu key the current card (for those who
        move deals without a mouse)."""
        pos = event.pos()
        index = self.indexAt(pos)
        if not index.isValid() and event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center()
        if index.isValid():
            self.sig_card_menu.emit(index.data(RECORD_ID_ROLE), index.data(CARD_ROLE)[9],
                                    self.viewport().mapToGlobal(pos))
            event.accept()

    def dragEnterEvent(self, event) -> None:
        if payload_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        payload = payload_of(event.mimeData())
        if not payload:
            event.ignore()
            return
        # Copy, not move: the source view must not remove rows itself; the board reloads instead.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        # Move once the drag is over, so a reload or a dialog never runs inside the drag loop.
        QTimer.singleShot(0, self, lambda: self.sig_card_dropped.emit(*payload))
