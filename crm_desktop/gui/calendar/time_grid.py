"""The day and week views' hours: a painted grid of hours by days, entries as boxes side by side where they
overlap (the day names and all-day entries are in the bar above it, all_day_bar.py). Drag a box to move it
(15-minute steps, or to another day), drag over empty time to make a visit there, double-click a box to open it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.domain.calendar.entities import CalendarEntry
from crm_desktop.domain.calendar.layout import DAY_MINUTES, Placed, lay_out
from crm_desktop.domain.calendar.ranges import local_midnight
from crm_desktop.gui.calendar import kinds
from crm_desktop.gui.common.formats import time_text

GUTTER, HOUR, STEP, TOP = 64, 44, 15, 8
DRAG_PIXELS = 4  # a press that moves less is a click


@dataclass
class _Drag:
    kind: str  # "move" | "create"
    origin: QPointF
    entry: CalendarEntry | None = None
    grab_minutes: float = 0.0  # where in the box it was taken (a move keeps the box under the pointer)
    day_index: int = 0
    minutes: float = 0.0  # a move's new start, or the slot's other end
    start_minutes: float = 0.0  # a new slot's first end
    moved: bool = False


class TimeGrid(QWidget):
    sig_move = Signal(object, object)  # CalendarEntry, new start (aware datetime)
    sig_new_slot = Signal(object, object)  # start, end (aware datetimes)
    sig_open = Signal(object)  # CalendarEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.entries: list[CalendarEntry] = []
        self.placed: list[Placed] = []
        self._drag: _Drag | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    # --- content and geometry ------------------------------------------------------------------------

    def set_entries(self, days: list[date], entries: list[CalendarEntry]) -> None:
        self.days, self.entries = list(days), list(entries)
        self.placed = lay_out(entries, self.days)
        self.setFixedHeight(int(self.top() + 24 * HOUR + TOP))
        self.update()

    def top(self) -> float:
        """Where midnight is (a margin leaves room for its label)."""
        return TOP

    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(1, len(self.days))

    def y_of(self, minutes: float) -> float:
        return self.top() + minutes * HOUR / 60

    def point_of(self, day_index: int, minutes: float) -> QPointF:
        """The point of a day's column at a time of day (tests drag from and to such points)."""
        return QPointF(GUTTER + (day_index + 0.5) * self.column_width(), self.y_of(minutes))

    def box_of(self, placed: Placed) -> QRectF:
        width = self.column_width() / placed.columns
        left = GUTTER + placed.day_index * self.column_width() + placed.column * width
        return QRectF(left + 1, self.y_of(placed.top) + 1, width - 3, (placed.bottom - placed.top) * HOUR / 60 - 2)

    def rect_of(self, entry_id: str) -> QRectF | None:
        """Where an entry shows (its first box), for tests and tooltips."""
        for placed in self.placed:
            if placed.entry.id == entry_id:
                return self.box_of(placed)
        return None

    def _hit(self, point: QPointF) -> tuple[CalendarEntry | None, Placed | None]:
        for placed in reversed(self.placed):
            if self.box_of(placed).contains(point):
                return placed.entry, placed
        return None, None

    def _cell(self, point: QPointF) -> tuple[int, float]:
        """(day index, minutes since midnight) under a point, clamped to the grid."""
        index = int((point.x() - GUTTER) // max(1.0, self.column_width()))
        minutes = (point.y() - self.top()) * 60 / HOUR
        return max(0, min(len(self.days) - 1, index)), max(0.0, min(DAY_MINUTES - STEP, minutes))

    def at(self, day_index: int, minutes: float) -> datetime:
        return local_midnight(self.days[day_index]) + timedelta(minutes=minutes)

    # --- mouse ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return
        point = event.position()
        entry, placed = self._hit(point)
        index, minutes = self._cell(point)
        if entry is not None and placed is not None:
            self._drag = _Drag("move", point, entry, minutes - placed.top, index, minutes)
        elif point.y() >= self.top() and point.x() >= GUTTER:
            snapped = _snap(minutes, floor=True)
            self._drag = _Drag("create", point, None, 0.0, index, snapped + STEP, snapped)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        point = event.position()
        if (point - drag.origin).manhattanLength() >= DRAG_PIXELS:
            drag.moved = True
        index, minutes = self._cell(point)
        if drag.kind == "move":
            drag.day_index = index
            drag.minutes = _snap(minutes - drag.grab_minutes)
        elif minutes >= drag.start_minutes:  # down from the pressed quarter: to the end of the one under it
            drag.minutes = max(drag.start_minutes + STEP, _snap(minutes, floor=True) + STEP)
        else:
            drag.minutes = _snap(minutes, floor=True)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._finish(drag)

    def _finish(self, drag: _Drag) -> None:
        if not drag.moved:
            return
        if drag.kind == "create":
            first, last = sorted((drag.start_minutes, drag.minutes))
            if last - first >= STEP:
                self.sig_new_slot.emit(self.at(drag.day_index, first), self.at(drag.day_index, last))
            return
        entry = drag.entry
        assert entry is not None
        start = self.at(drag.day_index, max(0.0, drag.minutes))
        if entry.movable and entry.start is not None and start != entry.start:
            self.sig_move.emit(entry, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry, _placed = self._hit(event.position())
        self._drag = None
        if entry is not None:
            self.sig_open.emit(entry)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            return kinds.show_tooltip(self, event, self._hit(QPointF(event.pos()))[0])
        return super().event(event)

    # --- painting -------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_grid(painter, palette)
        for placed in self.placed:
            paint_box(painter, palette, self.font(), placed.entry, self.box_of(placed))
        self._paint_drag(painter, palette)
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        text, mid = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Mid)
        light = QColor(mid)
        light.setAlpha(90)
        width = self.column_width()
        today = date.today()
        for index, day in enumerate(self.days):
            left = GUTTER + index * width
            if day == today:
                shade = QColor(palette.color(QPalette.ColorRole.Highlight))
                shade.setAlpha(28)
                painter.fillRect(QRectF(left, 0, width, self.height()), shade)
            painter.setPen(QPen(mid))
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
        for hour in range(25):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(mid))
            painter.drawLine(QPointF(GUTTER - 4, y), QPointF(self.width(), y))
            if hour == 24:
                break
            painter.setPen(QPen(light, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(GUTTER, y + HOUR / 2), QPointF(self.width(), y + HOUR / 2))
            painter.setPen(text)
            label = time_text(datetime(2000, 1, 1, hour).time())
            painter.drawText(QRectF(0, y - 8, GUTTER - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        if today in self.days:
            now = datetime.now().astimezone()
            y = self.y_of((now - local_midnight(today)).total_seconds() / 60)
            left = GUTTER + self.days.index(today) * width
            painter.setPen(QPen(kinds.OVERDUE_COLOUR, 2))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))

    def _paint_drag(self, painter: QPainter, palette: QPalette) -> None:
        drag = self._drag
        if drag is None or not drag.moved:
            return
        ghost = QColor(palette.color(QPalette.ColorRole.Highlight))
        ghost.setAlpha(70)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
        painter.setBrush(ghost)
        width = self.column_width()
        left = GUTTER + drag.day_index * width
        if drag.kind == "create":
            first, last = sorted((drag.start_minutes, drag.minutes))
            painter.drawRect(QRectF(left + 1, self.y_of(first), width - 3, (last - first) * HOUR / 60))
        elif drag.entry is not None and drag.entry.start is not None and drag.entry.end is not None:
            length = (drag.entry.end - drag.entry.start).total_seconds() / 60
            painter.drawRect(QRectF(left + 1, self.y_of(drag.minutes), width - 3, max(STEP, length) * HOUR / 60))


def _snap(minutes: float, floor: bool = False) -> float:
    steps = minutes / STEP
    return float(int(steps) * STEP if floor else round(steps) * STEP)


def paint_box(painter: QPainter, palette: QPalette, base: QFont, entry: CalendarEntry, box: QRectF) -> None:
    """An entry's box (or an all-day chip): the kind's colour, a red frame when overdue, its time and title."""
    ink = kinds.colour(entry)
    painter.setPen(QPen(kinds.OVERDUE_COLOUR if entry.overdue else ink, 2 if entry.overdue else 1))
    painter.setBrush(kinds.fill(entry, palette))
    painter.drawRoundedRect(box, 3, 3)
    painter.fillRect(QRectF(box.left(), box.top(), 3, box.height()), ink)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    font = QFont(base)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    font.setStrikeOut(entry.kind == "task" and entry.done)
    painter.setFont(font)
    text = ("⚠ " if entry.overdue else "") + kinds.title(entry)
    if not entry.all_day:
        text = f"{time_text(entry.start)} {text}"
    lines = max(1, int((box.height() - 2) // painter.fontMetrics().height()))
    flags = Qt.AlignmentFlag.AlignLeft | (Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap if lines > 1
                                          else Qt.AlignmentFlag.AlignVCenter)
    inner = box.adjusted(6, 1, -3, -1)
    shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width() * lines * 0.95))
    painter.drawText(inner, int(flags), shown)
    painter.setFont(base)
