"""One dashboard chart on a matplotlib canvas, with hover values, click to drill down and a save menu."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backend_bases import MouseButton
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QFileDialog, QFrame, QMenu, QMessageBox, QToolButton, QToolTip, QVBoxLayout

from crm_desktop.charts.picks import PickMap
from crm_desktop.charts.render import draw
from crm_desktop.charts.report import save_chart
from crm_desktop.charts.table import chart_table
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import ChartData
from crm_desktop.gui.exchange.interchange_text import error_text

CARD_WIDTH, CARD_HEIGHT = 420, 300  # pixels
CARD_MIN_WIDTH = 380
DPI = 100
REDRAW_AFTER_MS = 120  # a resize redraws once it pauses (labels are fitted to the width when drawn)


class ChartCard(QFrame):
    """Draws a ChartData; `sig_pick` carries the charts.picks.Pick of a clicked bar, slice or point."""

    sig_pick = Signal(object)
    sig_saved = Signal(object)  # the Path of a saved image or workbook

    def __init__(self, analytics, parent=None) -> None:
        super().__init__(parent)
        self.analytics = analytics
        self.chart: ChartData | None = None
        self.texts: ChartTexts | None = None
        self.theme = Theme.light()
        self.picks: PickMap | None = None
        self._last_click = None
        self._drawn_size: tuple[float, float] | None = None
        self.setObjectName("chartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(CARD_MIN_WIDTH, CARD_HEIGHT)
        self.setMaximumHeight(CARD_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.figure = Figure(figsize=(CARD_WIDTH / DPI, CARD_HEIGHT / DPI), dpi=DPI)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.canvas)
        self.canvas.mpl_connect("pick_event", self.on_pick)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("figure_leave_event", lambda _e: QToolTip.hideText())
        self.canvas.mpl_connect("resize_event", self._resized)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(REDRAW_AFTER_MS)
        self._redraw_timer.timeout.connect(self.redraw)
        self.menu_button = QToolButton(self.canvas)  # over the chart's top right corner
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(self.tr("Save this chart or its data"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self._menu())

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        for text, suffix in ((self.tr("Save as PNG image…"), "png"), (self.tr("Save as SVG image…"), "svg"),
                             (self.tr("Save as PDF…"), "pdf")):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, s=suffix: self._ask_and_save(s))
            menu.addAction(action)
        menu.addSeparator()
        data = QAction(self.tr("Export data to Excel…"), menu)
        data.triggered.connect(lambda: self._ask_and_save("xlsx"))
        menu.addAction(data)
        return menu

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size = self.menu_button.sizeHint()
        self.menu_button.move(self.canvas.width() - size.width() - 4, 4)

    # --- drawing -------------------------------------------------------------------------

    def show_chart(self, chart: ChartData, texts: ChartTexts, theme: Theme) -> None:
        self.chart, self.texts = chart, texts
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setStyleSheet(f"QFrame#chartCard {{ background: {theme.background}; border: 1px solid {theme.grid};"
                           f" border-radius: 6px; }} QToolButton {{ color: {theme.muted}; border: none;"
                           " font-size: 16px; padding: 0 4px; } QToolButton::menu-indicator { image: none; }")
        self.redraw()

    def redraw(self) -> None:
        if self.chart is None:
            return
        self.picks = draw(self.figure, self.chart, self.texts, self.theme)
        self._drawn_size = tuple(self.figure.get_size_inches())
        self.canvas.draw_idle()

    def _resized(self, _event) -> None:
        if self.chart is not None and tuple(self.figure.get_size_inches()) != self._drawn_size:
            self._redraw_timer.start()

    # --- hover and drill-down --------------------------------------------------------------

    def on_pick(self, event) -> None:
        """A matplotlib PickEvent: one left click may pick several artists (a bar and a line): the first counts."""
        mouse = event.mouseevent
        if self.picks is None or mouse is self._last_click or mouse.button not in (MouseButton.LEFT, 1):
            return
        hit = self.picks.pick(event)
        if hit is not None:
            self._last_click = mouse
            QToolTip.hideText()
            self.sig_pick.emit(hit)

    def _hover(self, event) -> None:
        hit = self.picks.at(event) if self.picks is not None and event.inaxes is not None else None
        if hit is None:
            self.canvas.unsetCursor()
            QToolTip.hideText()
            return
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), hit.tooltip, self.canvas)

    # --- saving ----------------------------------------------------------------------------

    def save_image(self, path: Path | str) -> Path:
        """PNG, SVG or PDF by the suffix, drawn light (for print and slides) at the card's size."""
        path = Path(path)
        save_chart(path, self.chart, self.texts, Theme.light())
        self.sig_saved.emit(path)
        return path

    def export_data(self, path: Path | str) -> Path:
        """The numbers behind the chart as an Excel workbook."""
        path = self.analytics.export_xlsx(path, [chart_table(self.chart, self.texts)])
        self.sig_saved.emit(path)
        return path

    def _ask_and_save(self, suffix: str) -> None:
        if self.chart is None:
            return
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)"),
                   "pdf": self.tr("PDF document (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
        stem = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in self.texts.title).strip()
        default = Path.home() / f"{stem} {QDate.currentDate().toString('yyyy-MM-dd')}.{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), str(default), filters[suffix])
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() == f".{suffix}" else Path(f"{name}.{suffix}")
        try:
            self.export_data(path) if suffix == "xlsx" else self.save_image(path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Save chart"), error_text(error))
