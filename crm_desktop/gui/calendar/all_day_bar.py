"""Above the day and week views' hours: the day names, and the all-day entries (follow-ups, deals' expected
closes, all-day meetings) as chips. Drag a chip to another day to move it; double-click to open it; click a
day's name to open that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.domain.calendar.entities import CalendarEntry
from crm_desktop.domain.calendar.layout import all_day_by_day
from crm_desktop.gui.calendar import kinds
from crm_desktop.gui.calendar.time_grid import GUTTER, paint_box

NAMES, CHIP = 28, 20
DRAG_PIXELS = 4


@dataclass
class _Drag:
    entry: CalendarEntry
    origin: QPointF
    day_index: int
    moved: bool = False


class AllDayBar(QWidget):
    sig_move_day = Signal(object, object)  # CalendarEntry, new day
    sig_open = Signal(object)  # CalendarEntry
    sig_open_day = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.all_day: dict[date, list[CalendarEntry]] = {}
        self.right_margin = 0  # the hours' scroll bar: the columns line up with theirs
        self._drag: _Drag | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_entries(self, days: list[date], entries: list[CalendarEntry]) -> None:
        self.days = list(days)
        self.all_day = all_day_by_day(entries, self.days)
        rows = max((len(items) for items in self.all_day.values()), default=0)
        self.setFixedHeight(NAMES + max(1, rows) * (CHIP + 2) + 4)
        self.update()

    def column_width(self) -> float:
        return (self.width() - GUTTER - self.right_margin) / max(1, len(self.days))

    def chip_of(self, entry: CalendarEntry) -> QRectF | None:
        day = entry.local_day()
        if day not in self.days or entry not in self.all_day.get(day, []):
            return None
        index, row = self.days.index(day), self.all_day[day].index(entry)
        return QRectF(GUTTER + index * self.column_width() + 2, NAMES + 2 + row * (CHIP + 2),
                      self.column_width() - 4, CHIP)

    def rect_of(self, entry_id: str) -> QRectF | None:
        for items in self.all_day.values():
            for entry in items:
                if entry.id == entry_id:
                    return self.chip_of(entry)
        return None

    def point_of(self, day_index: int) -> QPointF:
        return QPointF(GUTTER + (day_index + 0.5) * self.column_width(), NAMES + 2 + CHIP / 2)

    def _index(self, point: QPointF) -> int:
        index = int((point.x() - GUTTER) // max(1.0, self.column_width()))
        return max(0, min(len(self.days) - 1, index))

    def _hit(self, point: QPointF) -> CalendarEntry | None:
        for items in self.all_day.values():
            for entry in items:
                chip = self.chip_of(entry)
                if chip is not None and chip.contains(point):
                    return entry
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return
        entry = self._hit(event.position())
        if entry is not None:
            self._drag = _Drag(entry, event.position(), self._index(event.position()))
        elif event.position().y() < NAMES and event.position().x() >= GUTTER and len(self.days) > 1:
            self.sig_open_day.emit(self.days[self._index(event.position())])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        if (event.position() - self._drag.origin).manhattanLength() >= DRAG_PIXELS:
            self._drag.moved = True
        self._drag.day_index = self._index(event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or not drag.moved:
            return
        day = self.days[self._index(event.position())]
        if day != drag.entry.local_day():
            self.sig_move_day.emit(drag.entry, day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        entry = self._hit(event.position())
        if entry is not None:
            self.sig_open.emit(entry)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            return kinds.show_tooltip(self, event, self._hit(QPointF(event.pos())))
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text, mid = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Mid)
        width, today, locale = self.column_width(), date.today(), QLocale()
        for index, day in enumerate(self.days):
            left = GUTTER + index * width
            if day == today:
                shade = QColor(palette.color(QPalette.ColorRole.Highlight))
                shade.setAlpha(28)
                painter.fillRect(QRectF(left, 0, width, self.height()), shade)
            font = QFont(self.font())
            font.setBold(day == today)
            painter.setFont(font)
            painter.setPen(text)
            name = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.month}/{day.day}"
            painter.drawText(QRectF(left, 0, width, NAMES), Qt.AlignmentFlag.AlignCenter, name)
            painter.setPen(QPen(mid))
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
        painter.setFont(self.font())
        painter.setPen(QPen(mid))
        painter.drawLine(QPointF(GUTTER, NAMES), QPointF(self.width() - self.right_margin, NAMES))
        painter.drawLine(QPointF(0, self.height() - 1), QPointF(self.width(), self.height() - 1))
        painter.setPen(text)
        painter.drawText(QRectF(0, NAMES, GUTTER - 6, CHIP + 4), Qt.AlignmentFlag.AlignRight |
                         Qt.AlignmentFlag.AlignVCenter, self.tr("All day"))
        for items in self.all_day.values():
            for entry in items:
                chip = self.chip_of(entry)
                if chip is not None:
                    paint_box(painter, palette, self.font(), entry, chip)
        if self._drag is not None and self._drag.moved:
            ghost = QColor(palette.color(QPalette.ColorRole.Highlight))
            ghost.setAlpha(70)
            painter.setBrush(ghost)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(GUTTER + self._drag.day_index * width + 2, NAMES + 2, width - 4, CHIP))
        painter.end()
