"""How the calendar shows an entry: its kind's colour and word, its box's text and tooltip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from crm_desktop.domain.calendar.entities import DEAL, FOLLOWUP, CalendarEntry
from crm_desktop.gui.common.formats import date_text, time_text
from crm_desktop.gui.common.labels import KIND, label

COLOURS = {"visit": "#2e7d32", "meeting": "#1565c0", "call": "#6a1b9a", "task": "#ef6c00", FOLLOWUP: "#00838f",
           DEAL: "#ad1457"}
OVERDUE_COLOUR = QColor("#c62828")
_WORDS = {FOLLOWUP: QT_TRANSLATE_NOOP("Calendar", "Follow-up"), DEAL: QT_TRANSLATE_NOOP("Calendar", "Expected close")}


def colour(entry: CalendarEntry) -> QColor:
    return QColor(COLOURS.get(entry.kind, "#546e7a"))


def fill(entry: CalendarEntry, palette: QPalette) -> QColor:
    """The kind's colour, faint over the view's base (legible in light and dark themes alike)."""
    base, ink = palette.color(QPalette.ColorRole.Base), colour(entry)
    share = 0.22 if not entry.done or entry.start is None else 0.16
    return QColor(round(base.red() + (ink.red() - base.red()) * share),
                  round(base.green() + (ink.green() - base.green()) * share),
                  round(base.blue() + (ink.blue() - base.blue()) * share))


def kind_word(entry: CalendarEntry) -> str:
    if entry.kind in _WORDS:
        return QCoreApplication.translate("Calendar", _WORDS[entry.kind])
    return label(KIND, entry.kind)


def title(entry: CalendarEntry) -> str:
    """What a box says first: the subject, and the customer where it is not the subject already."""
    if entry.kind == FOLLOWUP:
        return f"{kind_word(entry)}: {entry.subject}"
    if entry.customer and entry.customer not in entry.subject:
        return f"{entry.subject} · {entry.customer}"
    return entry.subject


def tooltip(entry: CalendarEntry) -> str:
    when = date_text(entry.local_day()) if entry.all_day else \
        f"{date_text(entry.start)} {time_text(entry.start)}–{time_text(entry.end)}"
    lines = [f"{kind_word(entry)}: {entry.subject}", when]
    if entry.customer:
        lines.append(entry.customer)
    if entry.place:
        lines.append(entry.place)
    if entry.owner_name:
        lines.append(QCoreApplication.translate("Calendar", "Owner: %1").replace("%1", entry.owner_name))
    if entry.overdue:
        lines.append(QCoreApplication.translate("Calendar", "Overdue"))
    return "\n".join(lines)


def show_tooltip(widget: QWidget, event: QHelpEvent, entry: CalendarEntry | None) -> bool:
    """The grids' ToolTip event: the entry's tooltip where the mouse rests, or none between entries."""
    if entry is not None:
        QToolTip.showText(event.globalPos(), tooltip(entry), widget)
    else:
        QToolTip.hideText()
    return True
