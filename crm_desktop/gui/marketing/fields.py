"""Small input widgets of the marketing editors (optional date, multi-choice, any/yes/no) and
form rows that carry an inline error label under each field."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from crm_desktop.gui.common.formats import date_format

ERROR_STYLE = "color: #c0392b;"


def split_list(text: str) -> tuple[str, ...]:
    """Comma-separated text (ASCII or Chinese commas) as its non-empty parts."""
    return tuple(p.strip() for p in text.replace("，", ",").replace("、", ",").split(",") if p.strip())


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date editor on."""

    sig_changed = Signal()

    def __init__(self, check_text: str, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.sig_changed)
        self.edit.dateChanged.connect(self.sig_changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))
        self.check.setChecked(day is not None)


class ChoiceChecks(QWidget):
    """Several codes to tick; none ticked means any."""

    sig_changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], columns: int = 6, parent=None) -> None:
        """`choices`: (code, label) pairs."""
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(choices):
            check = QCheckBox(text, self)
            check.toggled.connect(self.sig_changed)
            grid.addWidget(check, i // columns, i % columns)
            self.checks[code] = check

    def values(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.checks.items() if check.isChecked())

    def set_values(self, codes) -> None:
        for code, check in self.checks.items():
            check.setChecked(code in codes)


class TriStateCombo(QComboBox):
    """Any / yes / no, read as None / True / False."""

    def __init__(self, any_text: str, yes_text: str, no_text: str, parent=None) -> None:
        super().__init__(parent)
        for text, value in ((any_text, None), (yes_text, True), (no_text, False)):
            self.addItem(text, value)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class ErrorRows:
    """Rows of a QFormLayout, each field with a hidden error label under it. `errors` is the object
    form_errors.show_errors looks the labels up in (`nameError` for the field "name")."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.errors = SimpleNamespace()
        self.widgets: dict[str, QWidget] = {}

    def add(self, text: str, widget, field: str | None = None) -> None:
        self.form.addRow(text, widget)
        if field is None:
            return
        label = QLabel(self.form.parentWidget())
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self.form.addRow("", label)
        setattr(self.errors, _camel(field) + "Error", label)
        self.widgets[field] = widget

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none)."""
        return getattr(self.errors, _camel(field) + "Error").text()


def _camel(field: str) -> str:
    # The same naming as form_errors: "segment_id" → "segment", "start_date" → "startDate".
    head, *rest = field.removesuffix("_id").split("_")
    return head + "".join(p.capitalize() for p in rest)
