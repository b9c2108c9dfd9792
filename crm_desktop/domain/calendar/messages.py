"""What the calendar's import and export say, as source texts both the window and the command line translate
(context "Calendar")."""

from __future__ import annotations

from crm_desktop.domain.calendar import ics_import
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

CONTEXT = "Calendar"

SKIP_REASONS = {
    ics_import.NO_START: QT_TRANSLATE_NOOP("Calendar", "it has no start time"),
    ics_import.CANCELLED: QT_TRANSLATE_NOOP("Calendar", "it was cancelled"),
    ics_import.APP_ITEM: QT_TRANSLATE_NOOP("Calendar", "a follow-up or deal date exported by this app"),
    ics_import.BAD_RECURRENCE: QT_TRANSLATE_NOOP("Calendar", "its repeat rule could not be read: the first "
                                                             "occurrence was imported"),
    ics_import.TOO_MANY: QT_TRANSLATE_NOOP("Calendar", "it repeats too often: the first 500 occurrences were "
                                                       "imported"),
    ics_import.DELETED_HERE: QT_TRANSLATE_NOOP("Calendar", "it was deleted here"),
}
FILE_REASONS = {
    ics_import.NOT_CALENDAR: QT_TRANSLATE_NOOP("Calendar", "the file is not an iCalendar (.ics) file or is "
                                                           "damaged. Nothing was imported."),
    ics_import.TOO_LARGE: QT_TRANSLATE_NOOP("Calendar", "the file is larger than 20 MB. Nothing was imported."),
}
CANNOT_IMPORT = QT_TRANSLATE_NOOP("Calendar", "Cannot import {file}: {reason}")
CANNOT_READ = QT_TRANSLATE_NOOP("Calendar", "the file cannot be read ({error}). Nothing was imported.")
CANNOT_EXPORT = QT_TRANSLATE_NOOP("Calendar", "Cannot write {file}: {error}")
IMPORTED = QT_TRANSLATE_NOOP("Calendar", "{created} meetings created, {updated} updated, {unchanged} unchanged, "
                                         "{matched} matched to contacts by e-mail, {skipped} skipped.")
SKIPPED_ONE = QT_TRANSLATE_NOOP("Calendar", "Skipped “{event}”: {reason}")
EXPORTED = QT_TRANSLATE_NOOP("Calendar", "Exported {count} calendar entries to {file}")
NO_OWNER = QT_TRANSLATE_NOOP("Calendar", "No user named {name} whose calendar you may see.")
BAD_DATE = QT_TRANSLATE_NOOP("Calendar", "{value} is not a date (YYYY-MM-DD).")


def skip_reason(code: str) -> str:
    return SKIP_REASONS.get(code, code)
