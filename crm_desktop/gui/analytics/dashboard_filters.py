"""The dashboard's filter bar: period (quick presets or two dates), owner and team, remembered in settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from crm_desktop import settings as declared
from crm_desktop.domain.analytics.dashboard import DashboardFilter
from crm_desktop.domain.customers.entities import UserData
from crm_desktop.gui.common.formats import date_format, date_text

PRESETS = ("this_month", "3m", "12m", "this_year")
CUSTOM = "custom"
DATE_PAUSE_MS = 400  # typing a date changes it digit by digit: the charts follow once typing pauses


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return day.replace(year=day.year + year, month=month + 1)


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """A quick period: whole months up to today (this month, the last 3 or 12), or the year so far."""
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    months = {"this_month": 1, "3m": 3, "12m": 12}[preset]
    return _add_months(today.replace(day=1), 1 - months), today


def parse_range(stored: str, today: date) -> tuple[str, date, date]:
    """The remembered period: a preset (recomputed for today) or a fixed "from/to" range."""
    if stored in PRESETS:
        return (stored, *preset_range(stored, today))
    try:
        first, last = (date.fromisoformat(part) for part in stored.split("/"))
    except ValueError:
        return ("12m", *preset_range("12m", today))
    return CUSTOM, first, last


class DashboardFilterBar(QWidget):
    """Emits `sig_changed` when the user changes the filter (already remembered by then)."""

    sig_changed = Signal()

    def __init__(self, prefs, parent=None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.range_combo = QComboBox()
        for text, key in ((self.tr("This month"), "this_month"), (self.tr("Last 3 months"), "3m"),
                          (self.tr("Last 12 months"), "12m"), (self.tr("This year"), "this_year"),
                          (self.tr("Custom period"), CUSTOM)):
            self.range_combo.addItem(text, key)
        self.range_combo.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.dateChanged.connect(self._date_edited)
        self.owner_combo, self.team_combo = QComboBox(), QComboBox()
        self.owner_combo.addItem(self.tr("Everyone"), None)
        self.team_combo.addItem(self.tr("All teams"), None)
        for combo in (self.owner_combo, self.team_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self._changed())
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.range_combo)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.to_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Owner:")))
        bar.addWidget(self.owner_combo)
        bar.addWidget(QLabel(self.tr("Team:")))
        bar.addWidget(self.team_combo)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_PAUSE_MS)
        self._date_timer.timeout.connect(self._changed)
        preset, first, last = parse_range(prefs.get(declared.DASHBOARD_RANGE), date.today())
        self._show_period(preset, first, last)
        # Until the choices are loaded the combos cannot show them: the remembered ones are kept here.
        self._owner_id: str | None = prefs.get(declared.DASHBOARD_OWNER) or None
        self._team: str | None = prefs.get(declared.DASHBOARD_TEAM) or None

    def filter(self) -> DashboardFilter:
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if first > last:
            first, last = last, first
        return DashboardFilter(first, last, self._owner_id, self._team)

    def set_period(self, first: date, last: date) -> None:
        """A custom period, as if typed into the date fields."""
        self._show_period(CUSTOM, first, last)
        self._changed()

    def set_preset(self, preset: str) -> None:
        self.range_combo.setCurrentIndex(self.range_combo.findData(preset))

    def set_choices(self, owners: list[UserData], teams: list[str], flt: DashboardFilter) -> None:
        """The owners and teams to choose from, showing those `flt` (the filter the charts used) names."""
        if (flt.owner_id, flt.team) != (self._owner_id, self._team):  # a remembered owner or team is gone
            self._owner_id, self._team = flt.owner_id, flt.team
            self._remember()
        _fill(self.owner_combo, [(u.display_name, u.id) for u in owners], flt.owner_id)
        _fill(self.team_combo, [(t, t) for t in teams], flt.team)

    def describe(self, flt: DashboardFilter) -> str:
        """"2026-01-01 – 2026-03-31 · Everyone · All teams", the subtitle of a report."""
        period = f"{date_text(flt.date_from)} – {date_text(flt.date_to)}"
        return " · ".join((period, self.owner_combo.currentText(), self.team_combo.currentText()))

    def _show_period(self, preset: str, first: date, last: date) -> None:
        for widget in (self.range_combo, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.range_combo.setCurrentIndex(self.range_combo.findData(preset))
        self.from_edit.setDate(QDate(first))
        self.to_edit.setDate(QDate(last))
        for widget in (self.range_combo, self.from_edit, self.to_edit):
            widget.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        preset = self.range_combo.currentData()
        if preset != CUSTOM:
            self._show_period(preset, *preset_range(preset, date.today()))
        self._changed()

    def _date_edited(self, _date: QDate) -> None:
        self.range_combo.blockSignals(True)
        self.range_combo.setCurrentIndex(self.range_combo.findData(CUSTOM))
        self.range_combo.blockSignals(False)
        self._date_timer.start()

    def _changed(self) -> None:
        self._date_timer.stop()
        if self.owner_combo.count() > 1 or self._owner_id is None:  # loaded: the combo says
            self._owner_id = self.owner_combo.currentData()
        if self.team_combo.count() > 1 or self._team is None:
            self._team = self.team_combo.currentData()
        self._remember()
        self.sig_changed.emit()

    def _remember(self) -> None:
        preset = self.range_combo.currentData()
        flt = self.filter()
        stored = preset if preset != CUSTOM else f"{flt.date_from.isoformat()}/{flt.date_to.isoformat()}"
        self.prefs.set(declared.DASHBOARD_RANGE, stored)
        self.prefs.set(declared.DASHBOARD_OWNER, self._owner_id or "")
        self.prefs.set(declared.DASHBOARD_TEAM, self._team or "")


def _fill(combo: QComboBox, items: list[tuple[str, object]], chosen) -> None:
    """Refill a filter (first entry = all) showing `chosen`, without a change signal."""
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.blockSignals(False)
