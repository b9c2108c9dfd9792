"""What reminders say: lead times, snoozes, a reminder's line and the notification's title and text."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.domain.reminders.entities import FOLLOWUP, LEAD_CHOICES, Notice, Reminder
from crm_desktop.gui.common.formats import counted, date_text, datetime_text, time_text
from crm_desktop.gui.common.labels import KIND, label

CONTEXT = "Reminders"
LEADS = {
    0: QT_TRANSLATE_NOOP("Reminders", "At the time"),
    5: QT_TRANSLATE_NOOP("Reminders", "5 minutes before"),
    10: QT_TRANSLATE_NOOP("Reminders", "10 minutes before"),
    15: QT_TRANSLATE_NOOP("Reminders", "15 minutes before"),
    30: QT_TRANSLATE_NOOP("Reminders", "30 minutes before"),
    60: QT_TRANSLATE_NOOP("Reminders", "1 hour before"),
    1440: QT_TRANSLATE_NOOP("Reminders", "1 day before"),
}
SNOOZE_TEXTS = {
    "5m": QT_TRANSLATE_NOOP("Reminders", "In 5 minutes"),
    "15m": QT_TRANSLATE_NOOP("Reminders", "In 15 minutes"),
    "1h": QT_TRANSLATE_NOOP("Reminders", "In 1 hour"),
    "tomorrow": QT_TRANSLATE_NOOP("Reminders", "Tomorrow"),
}
FOLLOWUP_WORD = QT_TRANSLATE_NOOP("Reminders", "Follow-up")


def _shown(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Reminders", ...) above, in the user's language."""
    return QCoreApplication.translate(CONTEXT, str(text))


def lead_text(minutes: int) -> str:
    if minutes in LEADS:
        return _shown(LEADS[minutes])
    return QCoreApplication.translate("Reminders", "%1 min before").replace("%1", str(minutes))


def snooze_text(choice: str) -> str:
    return _shown(SNOOZE_TEXTS[choice])


def lead_choices() -> list[tuple[str, int]]:
    return [(lead_text(m), m) for m in LEAD_CHOICES]


def kind_text(kind: str) -> str:
    return _shown(FOLLOWUP_WORD) if kind == FOLLOWUP else label(cast(dict[str, str], KIND), kind)


def who_text(reminder: Reminder) -> str:
    """The customer, with a contact's company: "赵总 · 恒通贸易"."""
    if reminder.company and reminder.company != reminder.customer:
        return f"{reminder.customer} · {reminder.company}" if reminder.customer else reminder.company
    return reminder.customer


def when_text(reminder: Reminder, now: datetime) -> str:
    """A follow-up's day; a time today as the time alone; another day with its date."""
    if reminder.kind == FOLLOWUP:
        return date_text(reminder.at)
    if reminder.at.astimezone().date() == now.astimezone().date():
        return time_text(reminder.at)
    return datetime_text(reminder.at)


def subject_text(reminder: Reminder) -> str:
    return reminder.subject or kind_text(reminder.kind)


def notice_title(notice: Notice) -> str:
    if notice.single is not None:
        return QCoreApplication.translate("Reminders", "Reminder: %1").replace("%1", kind_text(notice.single.kind))
    if notice.missed:
        return counted(QCoreApplication.translate("Reminders", "Due while the CRM was closed"), notice.missed)
    return counted(QCoreApplication.translate("Reminders", "Reminders"), len(notice.reminders))


def notice_text(notice: Notice, now: datetime, shown: int = 3) -> str:
    """One line per reminder (the first few of a group, then how many more)."""
    lines = [" — ".join(p for p in (subject_text(r), who_text(r), when_text(r, now)) if p)
             for r in notice.reminders[:shown]]
    rest = len(notice.reminders) - shown
    if rest > 0:
        lines.append(QCoreApplication.translate("Reminders", "and %1 more").replace("%1", str(rest)))
    return "\n".join(lines)


def locked_text(count: int) -> str:
    """While the app is locked a notification names no customer."""
    text = QCoreApplication.translate("Reminders", "Reminders waiting: %1. Unlock the CRM to see them.")
    return text.replace("%1", str(count))
