"""The month view: whole weeks around the month, each day a cell listing its entries (all-day ones first).
Drag an entry to another day to move it there (at the same time of day); double-click an entry to open it,
an empty part of a day to open that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.calendar.entities import CalendarEntry
from crm_desktop.domain.calendar.layout import by_day
from crm_desktop.gui.calendar import kinds
from crm_desktop.gui.common.formats import time_text

HEADER, LINE, DAY_LABEL = 24, 18, 20
DRAG_PIXELS = 4


@dataclass
class _Drag:
    entry: CalendarEntry
    origin: QPointF
    day: date
    moved: bool = False


class MonthGrid(QWidget):
    sig_move_day = Signal(object, object)  # CalendarEntry, new day
    sig_open = Signal(object)  # CalendarEntry
    sig_open_day = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.month = 0
        self.cells: dict[date, list[CalendarEntry]] = {}
        self._drag: _Drag | None = None
        self.setMinimumHeight(360)

    def set_entries(self, days: list[date], month: int, entries: list[CalendarEntry]) -> None:
        self.days, self.month = list(days), month
        self.cells = by_day(entries, self.days)
        self.update()

    def rows(self) -> int:
        return max(1, len(self.days) // 7)

    def cell_rect(self, day: date) -> QRectF:
        index = self.days.index(day)
        width, height = self.width() / 7, (self.height() - HEADER) / self.rows()
        return QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)

    def shown(self, day: date) -> int:
        """How many entry lines fit in a day's cell (one more line says how many others there are)."""
        return max(1, int((self.cell_rect(day).height() - DAY_LABEL - 2) // LINE))

    def line_rect(self, day: date, row: int) -> QRectF:
        cell = self.cell_rect(day)
        return QRectF(cell.left() + 2, cell.top() + DAY_LABEL + row * LINE, cell.width() - 4, LINE - 2)

    def rect_of(self, entry_id: str) -> QRectF | None:
        for day, items in self.cells.items():
            for row, entry in enumerate(items[:self._fits(day)]):
                if entry.id == entry_id:
                    return self.line_rect(day, row)
        return None

    def _fits(self, day: date) -> int:
        items, room = self.cells.get(day, []), self.shown(day)
        return len(items) if len(items) <= room else room - 1

    def day_at(self, point: QPointF) -> date | None:
        if point.y() < HEADER or not self.days:
            return None
        column = int(point.x() // (self.width() / 7))
        row = int((point.y() - HEADER) // ((self.height() - HEADER) / self.rows()))
        index = row * 7 + max(0, min(6, column))
        return self.days[index] if 0 <= index < len(self.days) else None

    def _hit(self, point: QPointF) -> CalendarEntry | None:
        day = self.day_at(point)
        if day is None:
            return None
        for row, entry in enumerate(self.cells.get(day, [])[:self._fits(day)]):
            if self.line_rect(day, row).contains(point):
                return entry
        return None

    # --- mouse ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        entry = self._hit(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        day = self.day_at(event.position())
        self._drag = _Drag(entry, event.position(), day) if entry is not None and day is not None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        if (event.position() - drag.origin).manhattanLength() >= DRAG_PIXELS:
            drag.moved = True
        drag.day = self.day_at(event.position()) or drag.day
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or not drag.moved:
            return
        day = self.day_at(event.position()) or drag.day
        if day != drag.entry.local_day() and drag.entry.movable:
            self.sig_move_day.emit(drag.entry, day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        entry = self._hit(event.position())
        if entry is not None:
            self.sig_open.emit(entry)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.sig_open_day.emit(day)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            return kinds.show_tooltip(self, event, self._hit(QPointF(event.pos())))
        return super().event(event)

    # --- painting -------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text, mid = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Mid)
        faint = QColor(text)
        faint.setAlpha(110)
        locale, today = QLocale(), date.today()
        width = self.width() / 7
        for column in range(7):
            painter.setPen(text)
            painter.drawText(QRectF(column * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter,
                             locale.dayName(column + 1, QLocale.FormatType.ShortFormat))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        for day in self.days:
            cell = self.cell_rect(day)
            if self._drag is not None and self._drag.moved and day == self._drag.day:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.Highlight).lighter(170))
            elif day == today:
                shade = QColor(palette.color(QPalette.ColorRole.Highlight))
                shade.setAlpha(28)
                painter.fillRect(cell, shade)
            painter.setPen(QPen(mid))
            painter.drawRect(cell)
            bold = QFont(self.font())
            bold.setBold(day == today)
            painter.setFont(bold)
            painter.setPen(text if day.month == self.month else faint)
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             str(day.day))
            painter.setFont(small)
            items = self.cells.get(day, [])
            fits = self._fits(day)
            for row, entry in enumerate(items[:fits]):
                self._paint_line(painter, palette, entry, self.line_rect(day, row))
            if len(items) > fits:
                painter.setPen(faint)
                more = QCoreApplication.translate("Calendar", "+%1 more").replace("%1", str(len(items) - fits))
                painter.drawText(self.line_rect(day, fits), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 more)
        painter.end()

    def _paint_line(self, painter: QPainter, palette: QPalette, entry: CalendarEntry, line: QRectF) -> None:
        ink = kinds.colour(entry)
        if entry.all_day:
            painter.fillRect(line, kinds.fill(entry, palette))
        painter.fillRect(QRectF(line.left(), line.top() + 2, 3, line.height() - 4), ink)
        if entry.overdue:
            painter.setPen(QPen(kinds.OVERDUE_COLOUR, 1))
            painter.drawRect(line)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = kinds.title(entry)
        if entry.overdue:
            text = "⚠ " + text
        if not entry.all_day and isinstance(entry.start, datetime):
            text = f"{time_text(entry.start)} {text}"
        inner = line.adjusted(6, 0, -2, 0)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())))
