"""The report of an import: refused rows, values kept for review and skipped lines, each with the
sheet and row it came from, in the user's language, as an xlsx beside the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.exchange.cells import cell_text
from crm_desktop.interchange.fields import field_spec

ERRORS = QT_TRANSLATE_NOOP("Interchange", "Errors")
WARNINGS = QT_TRANSLATE_NOOP("Interchange", "Warnings")
SKIPPED = QT_TRANSLATE_NOOP("Interchange", "Skipped lines")
SHEET = QT_TRANSLATE_NOOP("Interchange", "Sheet")
ROW = QT_TRANSLATE_NOOP("Interchange", "Row")
FIELD = QT_TRANSLATE_NOOP("Interchange", "Field")
VALUE = QT_TRANSLATE_NOOP("Interchange", "Value as written")
REASON = QT_TRANSLATE_NOOP("Interchange", "Reason")


class ImportReport:
    def __init__(self, folder: Path, translate: Callable[[str, str], str], language: str) -> None:
        self.folder = folder
        self.say = lambda text: translate("Interchange", text)
        self.translate = translate
        self.language = language

    def write(self, path: Path, layout, headers: list, run, dry_run: bool) -> Path:
        """One workbook: Errors (the source rows with why), Warnings (one line per value), Skipped lines."""
        from crm_desktop.interchange.report_writer import INT, TEXT, ReportSheet, write_table_xlsx  # openpyxl: late

        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"{path.stem}-{stamp}{'-dry-run' if dry_run else ''}-report.xlsx"
        titles = [cell_text(h) for h in headers]
        width = max([len(titles), *(len(raw) for _, raw, _ in run.failed)])
        source = [*titles, *[""] * (width - len(titles))]
        errors = ReportSheet(self.say(ERRORS), [self.say(SHEET), self.say(ROW), self.say(REASON), *source],
                             [TEXT, INT, TEXT, *[TEXT] * width])
        for number, raw, reason in run.failed:
            errors.rows.append([layout.sheet, number, reason, *(cell_text(v) for v in raw),
                                *[""] * (width - len(raw))])
        warnings = ReportSheet(self.say(WARNINGS), [self.say(SHEET), self.say(ROW), self.say(FIELD), self.say(VALUE),
                                                   self.say(REASON)], [TEXT, INT, TEXT, TEXT, TEXT])
        for number, notes in run.warned:
            for note in notes:
                warnings.rows.append([layout.sheet, number, self._field(run.entity, note["field"]), note["value"],
                                      self.translate("Validation", note["message"])])
        skipped = ReportSheet(self.say(SKIPPED), [self.say(SHEET), self.say(ROW), self.say(REASON)], [TEXT, INT, TEXT])
        for line in run.result.skipped_lines:
            skipped.rows.append([line.sheet, line.row_number, self.say(line.reason)])
        return write_table_xlsx(target, [errors, warnings, skipped])

    def _field(self, entity: str, key: str) -> str:
        try:
            return field_spec(entity, key).header(self.language)
        except StopIteration:
            return key
