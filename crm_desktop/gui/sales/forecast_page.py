"""Sales forecast: weighted, commit, best case and won by close month and by owner, with an xlsx export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.sales.reports import SalesReportsController
from crm_desktop.domain.common import money
from crm_desktop.domain.sales.entities import PipelineFilter
from crm_desktop.domain.sales.rules import COMMIT_PROBABILITY
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.exchange.interchange_text import error_text
from crm_desktop.gui.sales.kanban_cards import overdue_color

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

_Index = QModelIndex | QPersistentModelIndex
TEXT, MONTH, MONEY, INT = "text", "month", "money", "int"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value (Decimal, date, int) behind a cell


translate = QCoreApplication.translate


_REPORT_LABELS = {  # key -> source text, translated when a report is written
    "by_month": QT_TRANSLATE_NOOP("ReportPage", "By month"),
    "by_owner": QT_TRANSLATE_NOOP("ReportPage", "By owner"),
    "detail": QT_TRANSLATE_NOOP("ReportPage", "Month and owner"),
    "month": QT_TRANSLATE_NOOP("ReportPage", "Month"),
    "owner": QT_TRANSLATE_NOOP("ReportPage", "Owner"),
    "deals": QT_TRANSLATE_NOOP("ReportPage", "Open deals"),
    "weighted": QT_TRANSLATE_NOOP("ReportPage", "Weighted"),
    "commit": QT_TRANSLATE_NOOP("ReportPage", "Commit"),
    "best_case": QT_TRANSLATE_NOOP("ReportPage", "Best case"),
    "won": QT_TRANSLATE_NOOP("ReportPage", "Won"),
    "orders": QT_TRANSLATE_NOOP("ReportPage", "Orders"),
    "revenue": QT_TRANSLATE_NOOP("ReportPage", "Revenue"),
    "total": QT_TRANSLATE_NOOP("ReportPage", "Total"),
    "no_date": QT_TRANSLATE_NOOP("ReportPage", "No date"),
    "no_owner": QT_TRANSLATE_NOOP("ReportPage", "No owner"),
}


def report_labels() -> dict[str, str]:
    """The exported workbook's sheet titles and headers in the user's language."""
    return {key: translate("ReportPage", text) for key, text in _REPORT_LABELS.items()}


class ReportTableModel(QAbstractTableModel):
    """A short report table (months or owners) and its totals row, replaced whole on each refresh."""

    def __init__(self, headers: list[str], kinds: list[str], currency: str, parent=None) -> None:
        super().__init__(parent)
        self._headers, self._kinds, self._currency = headers, kinds, currency
        self._rows: list[tuple] = []
        self._totals: tuple | None = None

    def set_rows(self, rows: list[tuple], totals: tuple | None) -> None:
        self.beginResetModel()
        self._rows, self._totals = [tuple(r) for r in rows], totals if rows else None
        self.endResetModel()

    def is_totals_row(self, row: int) -> bool:
        return self._totals is not None and row == len(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows) + (self._totals is not None)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(self._kinds[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < len(self._kinds)):
            return None
        row = self._totals if self.is_totals_row(index.row()) else self._rows[index.row()]
        value, kind = row[index.column()], self._kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(value, kind)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(kind)
        if role == Qt.ItemDataRole.FontRole and self.is_totals_row(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, value, kind: str) -> str:
        if value is None:
            return translate("ReportPage", "No date") if kind == MONTH else ""
        if kind == MONTH and isinstance(value, date):
            return value.strftime("%Y-%m")
        if kind == MONEY:
            return money_text(value, self._currency, symbol=False)
        return str(value)


class ForecastMonthModel(ReportTableModel):
    """The months of the forecast: a month whose open deals should have closed already shows in the warning
    colour (those deals are overdue), with a tooltip saying so."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.overdue_rows: set[int] = set()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and index.row() in self.overdue_rows:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(overdue_color(QGuiApplication.palette()))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ForecastPage", "Open deals expected to close in a month that has passed: "
                                                 "close them or move their dates.")
        return super().data(index, role)


def _alignment(kind: str) -> Qt.AlignmentFlag:
    # Months and owners label their row, so both sit left; figures line up on the right.
    horizontal = Qt.AlignmentFlag.AlignLeft if kind in (TEXT, MONTH) else Qt.AlignmentFlag.AlignRight
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class ReportPage(QWidget):
    """Owner and team filters, titled tables, and an export to Excel run off the GUI thread."""

    sig_loaded = Signal()
    sig_exported = Signal(object)  # the written Path

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self.reports = getattr(crm, "reports", None) or SalesReportsController(crm.store)
        self.currency = getattr(self.reports, "home_currency", money.HOME_CURRENCY)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.owner_combo, self.team_combo = QComboBox(), QComboBox()
        self.owner_combo.addItem(translate("ReportPage", "All owners"), None)
        self.team_combo.addItem(translate("ReportPage", "All teams"), None)
        captions = (translate("ReportPage", "Owner:"), translate("ReportPage", "Team:"))
        for caption, combo in zip(captions, (self.owner_combo, self.team_combo), strict=True):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
            bar.addWidget(QLabel(caption))
            bar.addWidget(combo)
        bar.addStretch()
        self.note_label = QLabel(translate("ReportPage", "Amounts in %1, other currencies at reference rates.").replace(
            "%1", f"{money.symbol(self.currency)} ({self.currency})"))
        self.note_label.setObjectName("countLabel")
        bar.addWidget(self.note_label)
        self.export_button = QPushButton(translate("ReportPage", "Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

    def add_table(self, title: str, model: ReportTableModel) -> QTableView:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        inner.addWidget(heading)
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The label column takes the slack so the figures stay together on the right.
        header.setDefaultSectionSize(130)
        header.setMinimumSectionSize(90)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        inner.addWidget(table)
        self.splitter.addWidget(box)
        return table

    # --- filters and loading --------------------------------------------------------------

    def owner_id(self) -> str | None:
        return self.owner_combo.currentData()

    def team(self) -> str | None:
        return self.team_combo.currentData()

    def refresh(self) -> None:
        owner_id, team = self.owner_id(), self.team()

        def load():
            return self.crm.sales.filter_choices(), self.load(owner_id, team)

        self.jobs.run_db(load, on_done=self._loaded, on_error=self._load_failed)

    def load(self, owner_id: str | None, team: str | None):
        """Runs on the database thread: the figures for the filters."""
        raise NotImplementedError

    def show_figures(self, figures) -> None:
        raise NotImplementedError

    def _loaded(self, result) -> None:
        choices, figures = result
        _fill(self.owner_combo, [(name, uid) for uid, name in choices["owners"]])
        _fill(self.team_combo, [(team, team) for team in choices["teams"]])
        self.show_figures(figures)
        self.sig_loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.status_label.setText(error_text(error))

    # --- export ---------------------------------------------------------------------------

    def export(self) -> None:
        default = Path.home() / f"{self.file_stem()}-{date.today().isoformat()}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, translate("ReportPage", "Export to Excel"), str(default),
                                              translate("ReportPage", "Excel workbook (*.xlsx)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.export_button.setEnabled(False)
        self.status_label.setText(translate("ReportPage", "Exporting…"))
        self.jobs.run_db(self.write, path, self.owner_id(), self.team(), report_labels(),
                         on_done=self._exported, on_error=self._export_failed)

    def file_stem(self) -> str:
        raise NotImplementedError

    def write(self, path: Path, owner_id: str | None, team: str | None, labels: dict[str, str]) -> Path:
        raise NotImplementedError

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        text = translate("ReportPage", "Saved to %1").replace("%1", str(path))
        self.status_label.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)
        self.sig_exported.emit(path)

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(translate("ReportPage", "The export failed."))
        QMessageBox.warning(self, translate("ReportPage", "Export to Excel"), error_text(error))


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Refill a filter keeping the chosen entry (first entry = all) and without a refresh loop."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class ForecastPage(ReportPage):
    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(crm, jobs, parent)
        figures = [self.tr("Open deals"), self.tr("Weighted"), self.tr("Commit"), self.tr("Best case"), self.tr("Won")]
        kinds = [INT, MONEY, MONEY, MONEY, MONEY]
        self.month_model = ForecastMonthModel([self.tr("Close month"), *figures], [MONTH, *kinds], self.currency, self)
        self.owner_model = ReportTableModel([self.tr("Owner"), *figures], [TEXT, *kinds], self.currency, self)
        self.month_table = self.add_table(self.tr("By expected close month"), self.month_model)
        self.owner_table = self.add_table(self.tr("By owner"), self.owner_model)
        tip = self.tr("Weighted: amount × probability of open deals. Commit: open deals at %1 % or more. "
                      "Best case: every open deal. Won: deals won in the month.")
        self.note_label.setToolTip(tip.replace("%1", str(COMMIT_PROBABILITY)))

    def filter(self, owner_id: str | None = None, team: str | None = None) -> PipelineFilter:
        return PipelineFilter(owner_id=owner_id, team=team)

    def load(self, owner_id, team):
        rows = self.reports.forecast(self.filter(owner_id, team))
        by_month = self.reports.forecast_shown(self.reports.forecast_by_month(rows=rows), date.today())
        return by_month, self.reports.forecast_by_owner(rows=rows), self.reports.forecast_total(rows)

    def show_figures(self, figures) -> None:
        by_month, by_owner, total = figures

        def cells(r, first):
            return (first, r.deals, r.weighted, r.commit, r.best_case, r.won)

        def month(r):  # the months before the first one shown, added up, are named by it
            return self.tr("Before %1").replace("%1", r.month.strftime("%Y-%m")) if r.earlier else r.month

        current = date.today().replace(day=1)
        totals = cells(total, self.tr("Total"))
        self.month_model.overdue_rows = {i for i, r in enumerate(by_month)
                                         if r.month is not None and not r.earlier and r.month < current and r.deals}
        self.month_model.set_rows([cells(r, month(r)) for r in by_month], totals)
        self.owner_model.set_rows([cells(r, r.owner_name or self.tr("No owner")) for r in by_owner], totals)
        self.status_label.setText(self.tr("%n open deal(s) in the forecast.", "", total.deals))

    def file_stem(self) -> str:
        return self.tr("forecast")

    def write(self, path, owner_id, team, labels):
        return self.reports.export_forecast(path, self.filter(owner_id, team), labels)
