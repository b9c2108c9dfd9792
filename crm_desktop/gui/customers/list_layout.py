"""How the customer list and the selected record share the page: a splitter whose detail side folds away while
nothing is shown (or when the rep folds it) and keeps the width it was given; columns as wide as their text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QStyle, QTableView, QWidget

from crm_desktop.gui.customers.table_model import CustomerTableModel

DETAIL_WIDTH = 520   # wide enough for the detail's buttons and quick log in English and Chinese
MIN_DETAIL = 360
MIN_LIST = 320
_WIDTH_KEY, _FOLDED_KEY = "customers/detail_width", "customers/detail_folded"

# (narrowest, widest) of a column, by its source title: names and companies get what their text needs
# up to the cap, the others stay modest so that the names are never the ones cut.
_BOUNDS = {
    "Name": (90, 240), "Company": (120, 320), "Account name": (120, 320), "Title": (80, 170), "Mobile": (110, 150),
    "E-mail": (140, 260),
    "City": (60, 130), "Owner": (60, 120), "Last activity": (110, 150), "Next follow-up": (90, 130),
    "Level": (40, 70), "Status": (60, 110), "Industry": (80, 170), "Phone": (110, 160),
}
_NAMES = ("Name", "Company", "Account name")


class DetailSplitter(QSplitter):
    """The list on the left, the selected record's details on the right."""

    # The details were folded away or opened by the rep (`folded`). No bool argument: an emit from Python loses a
    # reference to True or False in PySide6 6.12 on Python 3.11, and enough of them abort the interpreter.
    sig_folded = Signal()

    def __init__(self, table: QWidget, detail: QWidget, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.addWidget(table)
        self.addWidget(detail)
        self.setCollapsible(0, False)
        self.setCollapsible(1, True)
        # A wider window widens the list; the details keep the width the rep gave them.
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        table.setMinimumWidth(MIN_LIST)
        detail.setMinimumWidth(MIN_DETAIL)
        self.detail_width = DETAIL_WIDTH
        self.folded = False      # folded by the rep: stays folded until opened again
        self.has_record = False  # a record is shown: the details open unless folded
        self._applying = False
        self.splitterMoved.connect(self._moved)
        self._apply()

    def is_open(self) -> bool:
        return self.sizes()[1] > 0

    def show_record(self, has_record: bool) -> None:
        """Open the details when a record is shown (unless the rep folded them); fold them when none is."""
        if has_record != self.has_record:
            self.has_record = has_record
            self._apply()

    def set_folded(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self._apply()
            self.sig_folded.emit()

    def _apply(self) -> None:
        total = sum(self.sizes()) or self.width()
        detail = min(self.detail_width, max(total - MIN_LIST, MIN_DETAIL)) if self.has_record and not self.folded else 0
        self._applying = True
        self.setSizes([max(total - detail, 1), detail])
        self._applying = False

    def _moved(self, _pos: int, _index: int) -> None:
        if self._applying:
            return
        detail = self.sizes()[1]
        if detail:
            self.detail_width = detail
        if bool(detail) == self.folded:  # dragged shut, or dragged open again
            self.folded = not detail
            self.sig_folded.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply()  # sizes set before the first layout are only proportions

    def save(self, settings: QSettings) -> None:
        settings.setValue(_WIDTH_KEY, self.detail_width)
        settings.setValue(_FOLDED_KEY, self.folded)

    def restore(self, settings: QSettings) -> None:
        width = settings.value(_WIDTH_KEY)
        if width is not None and int(width) >= MIN_DETAIL:
            self.detail_width = int(width)
        self.folded = settings.value(_FOLDED_KEY, False, type=bool)
        self._apply()
        self.sig_folded.emit()


def fit_columns(table: QTableView, model: CustomerTableModel) -> None:
    """Columns as wide as their title and the text of the first rows, within bounds, and
    narrowed (never the names) so that the whole list fits the table as it is now."""
    header = table.horizontalHeader()
    titles, cells = header.fontMetrics(), table.fontMetrics()
    widths, floors = [], []
    for i, column in enumerate(model.columns):
        narrowest, widest = _BOUNDS.get(column.title, (60, 200))
        title = titles.horizontalAdvance(str(model.headerData(i, Qt.Orientation.Horizontal))) + 30  # sort arrow
        want = max([title, *(cells.horizontalAdvance(text) + 16 for text in model.column_texts(i))])
        widths.append(max(narrowest, min(widest, want)))
        # Names are never squeezed; the others give way down to their title, so that the whole list fits.
        floors.append(widths[-1] if column.title in _NAMES else min(widths[-1], max(narrowest, title)))
    room = table.viewport().width() if table.isVisible() else 0
    if room and not table.verticalScrollBar().isVisible():  # the rows just came: their scroll bar is on its way
        room -= table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    slack = sum(w - f for w, f in zip(widths, floors, strict=True))
    excess = sum(widths) - room
    if room and excess > 0 and slack:
        share = min(excess / slack, 1.0)
        widths = [w - int((w - f) * share + 0.999) for w, f in zip(widths, floors, strict=True)]
    for i, width in enumerate(widths):
        table.setColumnWidth(i, width)


def select_row(table: QTableView, row: int, scroll: bool) -> None:
    """Make `row` the one selected row; with `scroll`, bring it to the middle if it is out of sight, else leave
    the list where the rep scrolled it."""
    index = table.model().index(row, 0)
    # Looked at before selecting: a new current row is scrolled to the nearest edge at once.
    far = not table.viewport().rect().intersects(table.visualRect(index))
    table.setAutoScroll(scroll)
    table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
    table.setAutoScroll(True)
    if scroll and far:
        table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
