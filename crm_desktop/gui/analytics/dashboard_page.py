"""The analytics dashboard: a filter bar over a grid of chart cards computed off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.charts.fonts import configure_fonts
from crm_desktop.charts.render import collecting_after
from crm_desktop.charts.report import write_dashboard_pdf
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import ChartData, DashboardFilter
from crm_desktop.domain.common import money
from crm_desktop.domain.customers.entities import UserData
from crm_desktop.gui.analytics.chart_card import CARD_MIN_WIDTH, CARD_WIDTH, ChartCard
from crm_desktop.gui.analytics.chart_texts import chart_texts, report_title
from crm_desktop.gui.analytics.dashboard_filters import DashboardFilterBar
from crm_desktop.gui.analytics.drill_dialog import DrillDialog
from crm_desktop.gui.exchange.interchange_text import error_text
from crm_desktop.gui.shell.jobs import Job
from crm_desktop.tasks import TaskCancelledError, TaskState

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

BUSY_AFTER_MS = 200  # a quick refresh shows no progress bar
SPACING = 12


@dataclass(frozen=True)
class DashboardResult:
    flt: DashboardFilter          # the filter the charts were computed for
    owners: list[UserData]
    teams: list[str]
    charts: list[ChartData]


def load_dashboard(analytics, flt: DashboardFilter, state: TaskState) -> DashboardResult:
    """Runs on the database thread: the filter choices, then every chart. A remembered owner or team
    that is gone no longer filters (the page then shows everyone)."""
    owners, teams = analytics.owners(), analytics.teams()
    if flt.owner_id and flt.owner_id not in {u.id for u in owners}:
        flt = replace(flt, owner_id=None)
    if flt.team and flt.team not in teams:
        flt = replace(flt, team=None)
    return DashboardResult(flt, owners, teams, analytics.dashboard(flt, state))


def current_theme() -> Theme:
    """The charts follow the window's palette: dark when its background is dark."""
    return Theme.dark() if QApplication.palette().window().color().lightness() < 128 else Theme.light()


class DashboardPage(QWidget):
    sig_loaded = Signal()          # the charts of the current filter are drawn
    sig_open = Signal(str, str)    # entity, record id: a record double-clicked in a drill-down
    sig_exported = Signal(object)  # the Path of a saved report, image or workbook

    def __init__(self, crm: CrmApp, jobs: JobRunner, prefs, parent=None) -> None:
        super().__init__(parent)
        self.analytics, self.jobs = crm.analytics, jobs
        self.cards: dict[str, ChartCard] = {}
        self.result: DashboardResult | None = None
        self.drill_dialog: DrillDialog | None = None
        self._generation = 0  # each refresh supersedes the earlier ones: their results are dropped
        self._job: Job | None = None
        self._pending = False
        self._columns = 0
        configure_fonts()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filters = DashboardFilterBar(prefs)
        self.filters.sig_changed.connect(self.refresh)
        bar.addWidget(self.filters)
        bar.addStretch()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the charts again from the current data"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Export PDF report…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setSpacing(SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.grid_widget)
        layout.addWidget(self.scroll, 1)
        status = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        status.addWidget(self.status_label, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        layout.addLayout(status)
        self._show_busy(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute every chart for the filter on the database thread; while hidden, once shown again."""
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        self._generation += 1
        generation = self._generation
        self.cancel()
        self._busy_timer.start()

        def done(result: DashboardResult) -> None:
            if generation == self._generation:
                self._settle()
                self.show_result(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._settle()
                cancelled = isinstance(error, TaskCancelledError)
                self.status_label.setText(self.tr("Cancelled.") if cancelled else error_text(error))

        self._job = self.jobs.run_db(load_dashboard, self.analytics, self.filters.filter(), on_progress=self._report,
                                     on_done=done, on_error=failed)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _report(self, done: int, total: int, _message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _settle(self) -> None:
        self._job = None
        self._busy_timer.stop()
        self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.status_label.setText(self.tr("Computing the charts…"))

    def show_result(self, result: DashboardResult) -> None:
        """Fill the filter choices and draw every chart (on the GUI thread)."""
        self.result = result
        self.filters.set_choices(result.owners, result.teams, result.flt)
        theme = current_theme()
        keys = [c.key for c in result.charts]
        for key in [k for k in self.cards if k not in keys]:
            self.cards.pop(key).deleteLater()
        with collecting_after():
            self._draw_cards(result.charts, theme)
        self._layout_cards(force=True)
        self.pdf_button.setEnabled(bool(result.charts))
        currency = result.charts[0].currency if result.charts else money.HOME_CURRENCY
        self.status_label.setText(self.tr("Amounts in %1, other currencies at reference rates. "
                                          "Click a bar or slice to list its records.")
                                  .replace("%1", f"{money.symbol(currency)} ({currency})"))
        self.sig_loaded.emit()

    def _draw_cards(self, charts, theme) -> None:
        for chart in charts:
            card = self.cards.get(chart.key)
            if card is None:
                card = self.cards[chart.key] = ChartCard(self.analytics, self.grid_widget)
                card.sig_pick.connect(self.drill)
                card.sig_saved.connect(self._saved)
            texts = chart_texts(chart)
            # A revisit often changes nothing; repr() because a gap in a line is NaN, never equal to itself.
            if (repr(card.chart), card.texts, card.theme) != (repr(chart), texts, theme):
                card.show_chart(chart, texts, theme)

    # --- layout and theme ----------------------------------------------------------------

    def _layout_cards(self, force: bool = False) -> None:
        """Three columns where they fit at the card's width, else two (one in a very narrow window)."""
        width = self.scroll.viewport().width() - 2 * SPACING
        columns = 3 if width >= 3 * CARD_WIDTH + 2 * SPACING else 2 if width >= 2 * CARD_MIN_WIDTH + SPACING else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        shown = [self.cards[c.key] for c in self.result.charts] if self.result else []
        for card in shown:
            self.grid.removeWidget(card)
        for position, card in enumerate(shown):
            self.grid.addWidget(card, position // columns, position % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout_cards()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:
            QTimer.singleShot(0, self.refresh)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.result is not None:
            theme = current_theme()
            for card in self.cards.values():
                card.set_theme(theme)

    # --- drill-down and export ------------------------------------------------------------

    def drill(self, pick) -> None:
        """The records behind a picked bar (a charts.picks.Pick), fetched on the database thread."""
        if self.result is None:
            return
        title = " · ".join(t for t in (self.cards[pick.chart_key].texts.title, pick.category, pick.series) if t)
        self.jobs.run_db(self.analytics.drill, self.result.flt, pick.chart_key, pick.category_key, pick.series_key,
                         on_done=lambda rows: self._show_drill(rows, title), on_error=self._failed)

    def _show_drill(self, rows, title: str) -> None:
        if self.drill_dialog is not None:
            self.drill_dialog.close()
        dialog = self.drill_dialog = DrillDialog(rows, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open.connect(self.sig_open)
        dialog.finished.connect(lambda _code: self._drill_closed(dialog))
        dialog.show()

    def _drill_closed(self, dialog: DrillDialog) -> None:
        if self.drill_dialog is dialog:
            self.drill_dialog = None

    def export_pdf(self, path: Path | str | None = None) -> Path | None:
        """The whole dashboard as a multi-page PDF, written on a file thread (asks where without `path`)."""
        if self.result is None:
            return None
        if path is None:
            default = Path.home() / f"{self.tr('dashboard')}-{date.today().isoformat()}.pdf"
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF report"), str(default),
                                                  self.tr("PDF document (*.pdf)"))
            if not name:
                return None
            path = name if name.lower().endswith(".pdf") else f"{name}.pdf"
        path = Path(path)
        # Texts are made here (translators are read on the GUI thread); the pages drawn on a file thread.
        charts = list(self.result.charts)
        texts = {c.key: chart_texts(c) for c in charts}
        self.pdf_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the PDF report…"))

        def done(written) -> None:
            self.pdf_button.setEnabled(True)
            self._saved(Path(written or path))

        def failed(error: BaseException) -> None:
            self.pdf_button.setEnabled(True)
            self._failed(error)

        self.jobs.run_io(write_dashboard_pdf, path, charts, lambda chart: texts[chart.key], Theme.light(),
                         report_title(), self.filters.describe(self.result.flt), on_done=done, on_error=failed)
        return path

    def _saved(self, path: Path) -> None:
        text = self.tr("Saved to %1").replace("%1", str(path))
        self.status_label.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)
        self.sig_exported.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(error_text(error))
        QMessageBox.warning(self, self.tr("Dashboard"), error_text(error))
