"""Today's route: the day's visits with where they are (province, city, district, street), in an order that
shortens the way, moved by hand, printed, saved as PDF, exported as .ics or shown as QR codes; applying the order
gives the visits the day's times in that order (undoable)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.route.controller import RouteController, StopTime
from crm_desktop.domain.route import export, plan
from crm_desktop.domain.route.geo import CITY, DEVICE, DISTRICT, PROVINCE
from crm_desktop.domain.route.plan import DayRoute, RouteStop
from crm_desktop.gui.common.formats import date_text, time_text
from crm_desktop.gui.shell.jobs import JobRunner

NUMBER, TIME, CUSTOMER, DIVISION, ADDRESS, DISTANCE, POSITION = range(7)


def say(context: str, text: str) -> str:
    """The window's catalogue, for the words the exports write."""
    return QCoreApplication.translate(context, text)


class RoutePage(QWidget):
    sig_apply = Signal(object, object)  # new times, times before (list[StopTime]): the module pushes the undo step
    sig_loaded = Signal(object)  # DayRoute

    def __init__(self, route: RouteController, jobs: JobRunner, parent=None, position_source=None) -> None:
        super().__init__(parent)
        self.controller, self.jobs = route, jobs
        self._position_source = position_source  # the location service (None: the system's)
        self.finder = None
        self.route: DayRoute | None = None
        self.loading = False
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addLayout(self._choices())
        layout.addLayout(self._actions())
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("Time"), self.tr("Customer"), self.tr("Province / city / district"),
            self.tr("Address"), self.tr("Distance"), self.tr("Position")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.itemSelectionChanged.connect(self._enable)
        header = self.table.horizontalHeader()
        for column in (NUMBER, TIME, DISTANCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(CUSTOMER, 160)
        header.resizeSection(DIVISION, 190)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No visits on this day. Visits, and meetings with a place, that you plan for "
                                    "the day show here in the order that shortens the way."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("detailSubtitle")
        layout.addWidget(self.note)
        self._enable()

    def _choices(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Day:")))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.dateChanged.connect(lambda _day: self.refresh())
        row.addWidget(self.date_edit)
        row.addWidget(QLabel(self.tr("Start from:")))
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("An address, or latitude, longitude (optional)"))
        self.start_edit.editingFinished.connect(self._start_changed)
        row.addWidget(self.start_edit, 1)
        self.here_button = QPushButton(self.tr("My position"))
        self.here_button.setToolTip(self.tr("Start from where this computer is, as the system's location service "
                                            "tells (WGS-84)"))
        self.here_button.clicked.connect(self.use_my_position)
        row.addWidget(self.here_button)
        self.keep_times = QCheckBox(self.tr("Keep planned times"))
        self.keep_times.setToolTip(self.tr("Visits planned at a time of day stay in their time order; untick to "
                                           "order every visit by the way alone"))
        self.keep_times.setChecked(True)
        row.addWidget(self.keep_times)
        return row

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.optimise_button = QPushButton(self.tr("Optimise"))
        self.optimise_button.setToolTip(self.tr("Order the stops to shorten the way between them"))
        self.optimise_button.clicked.connect(self.optimise)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.apply_button = QPushButton(self.tr("Apply times…"))
        self.apply_button.setToolTip(self.tr("Give the visits the day's times in this order (Ctrl+Z undoes it)"))
        self.apply_button.clicked.connect(self.apply_times)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_route)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.qr_button = QPushButton(self.tr("Show QR code"))
        self.qr_button.clicked.connect(self.show_qr)
        for widget in (self.optimise_button, self.up_button, self.down_button, self.apply_button):
            row.addWidget(widget)
        row.addStretch()
        for widget in (self.print_button, self.pdf_button, self.ics_button, self.qr_button):
            row.addWidget(widget)
        return row

    # --- loading and ordering ------------------------------------------------------------------------

    def day(self) -> date:
        return self.date_edit.date().toPython()

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))  # reloads when it changes

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._enable()
        # cpca (and pandas) load on the first call: on the job runner, never on the GUI thread.
        self.jobs.run_db(self.controller.day, self.day(), self.start_edit.text().strip() or None,
                         on_done=lambda route: self._loaded(generation, route),
                         on_error=lambda error: self._failed(generation, error))

    def use_my_position(self) -> None:
        """Ask the location service once (by signal, never waited on); the answer becomes the start."""
        from crm_desktop.gui.checkins.position import PositionFinder, default_source

        if self.finder is None:
            self.finder = PositionFinder(self, self._position_source or default_source)
            self.finder.sig_found.connect(self._position_found)
            self.finder.sig_unavailable.connect(self._position_unavailable)
        self.here_button.setEnabled(False)
        self.finder.request()

    def _position_found(self, position) -> None:
        self.here_button.setEnabled(True)
        self.start_edit.setText(f"{position.latitude:.6f}, {position.longitude:.6f}")
        self.refresh()

    def _position_unavailable(self, reason: str) -> None:
        self.here_button.setEnabled(True)
        QMessageBox.information(self, self.tr("My position"), reason)

    def _start_changed(self) -> None:
        if self.route is None or (self.route.start.text if self.route.start else "") != self.start_edit.text().strip():
            self.refresh()

    def _loaded(self, generation: int, route: DayRoute, keep_order: bool = True) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        previous = self.route
        if keep_order and previous is not None and previous.day == route.day:
            route = plan.following(route, previous.activity_ids())  # a reload keeps the order the rep chose
        self.loading = False
        self.show_route(route)
        self.sig_loaded.emit(route)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self._enable()
        self.jobs.unhandled(error)

    def optimise(self) -> None:
        if self.route is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._enable()
        self.jobs.run_io(self.controller.optimised, self.route, self.keep_times.isChecked(),
                         on_done=lambda route: self._optimised(generation, route),
                         on_error=lambda error: self._failed(generation, error))

    def _optimised(self, generation: int, route: DayRoute) -> None:
        before = self.route
        self._loaded(generation, route, keep_order=False)
        if before is not None and route.activity_ids() == before.activity_ids():
            self.summary.setText(self.summary.text() + " · " + (
                self.tr("Already the shortest order that keeps the planned times; untick “Keep planned times” "
                        "to reorder timed visits too") if self.keep_times.isChecked()
                else self.tr("Already the shortest order")))

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        if self.route is None or row < 0:
            return
        moved = self.controller.moved(self.route, row, step)
        if moved is not self.route:
            self.show_route(moved)
            self.table.selectRow(row + step)

    # --- what the page shows -------------------------------------------------------------------------

    def show_route(self, route: DayRoute) -> None:
        self.route = route
        self.table.setRowCount(len(route.stops))
        for row, stop in enumerate(route.stops):
            when = time_text(stop.starts_at) if stop.set_time else self.tr("Any time")  # planned for the day only
            cells = (str(row + 1), when, stop.customer, export.division(stop), export.street(stop),
                     export.km_text(stop.leg_km), self.position_text(stop))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (NUMBER, DISTANCE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == CUSTOMER and stop.subject:
                    item.setToolTip(stop.subject)
                if column == ADDRESS:
                    item.setToolTip(stop.address.text)
                if column == POSITION and stop.measured:
                    item.setToolTip(self.tr("WGS-84, measured by the device at this visit") if stop.precision == DEVICE
                                    else self.tr("WGS-84, measured by the device at an earlier visit to this customer"))
                self.table.setItem(row, column, item)
        self.stack.setCurrentWidget(self.table if route.stops else self.empty)
        count = len(route.stops)
        day = date_text(route.day)
        summary = self.tr("%1 · stops: %2 · %3 km in straight lines").replace("%1", day).replace(
            "%2", str(count)).replace("%3", f"{route.total_km:.1f}") if count else day
        times = [s.starts_at for s in route.stops]
        if times != sorted(times):
            summary += " · " + self.tr("times as planned: “Apply times…” gives the visits the day's times in this "
                                       "order")
        self.summary.setText(summary)
        notes = []
        if any(s.measured for s in route.stops) or (route.start is not None and route.start.centre_level == DEVICE):
            notes.append(self.tr("Coordinates: WGS-84 from the device; Chinese maps (高德/百度) use GCJ-02/BD-09 and "
                                 "may show the point about 500 m away."))
        if any(s.point is not None and not s.measured for s in route.stops):
            notes.append(self.tr("A stop without a measured position is placed at the centre of its district (a few "
                                 "km off). Distances are straight lines; roads are longer."))
        if any(not s.address.parsed for s in route.stops):
            notes.append(self.tr("Addresses that are not Chinese, or name no district, are kept as written and "
                                 "go last."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self._enable()

    def position_text(self, stop: RouteStop) -> str:
        if stop.point is not None and stop.measured:
            return f"{stop.point.latitude:.5f}, {stop.point.longitude:.5f}"  # 5 places: about a metre
        return {DISTRICT: self.tr("≈ district centre"), CITY: self.tr("≈ city centre"),
                PROVINCE: self.tr("≈ province centre")}.get(stop.precision, self.tr("Not known"))

    def _enable(self) -> None:
        has = self.route is not None and bool(self.route.stops) and not self.loading
        row = self.table.currentRow() if has else -1
        count = len(self.route.stops) if self.route is not None else 0
        self.optimise_button.setEnabled(has and count > 1)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < count - 1)
        for button in (self.apply_button, self.print_button, self.pdf_button, self.ics_button, self.qr_button):
            button.setEnabled(has)

    # --- applying and output -------------------------------------------------------------------------

    def apply_times(self) -> None:
        if self.route is None:
            return
        new = self.controller.times_in_order(self.route)
        before = [StopTime(s.activity_id, s.starts_at, s.ends_at) for s in self.route.stops]
        changed = [(stop, t) for stop, t in zip(self.route.stops, new, strict=True) if stop.starts_at != t.starts_at]
        if not changed:
            QMessageBox.information(self, self.tr("Apply times"), self.tr("The visits' times already follow this "
                                                                          "order."))
            return
        lines = [f"{stop.customer}: {time_text(stop.starts_at)} → {time_text(t.starts_at)}" for stop, t in changed]
        answer = QMessageBox.question(self, self.tr("Apply times"), self.tr(
            "Give the visits the day's times in the route's order?") + "\n\n" + "\n".join(lines))
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_apply.emit(new, before)

    def document(self) -> QTextDocument:
        document = QTextDocument(self)
        if self.route is not None:
            document.setHtml(self.controller.html(self.route, say))
        return document

    @staticmethod
    def _printer():
        """Landscape: seven columns fit without breaking a distance or a coordinate."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    def print_route(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.document().print_(printer)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        from PySide6.QtPrintSupport import QPrinter

        if self.route is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the route as PDF"),
                                                  f"route-{self.route.day.isoformat()}.pdf", self.tr("PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.document().print_(printer)
        if not path.exists():
            self._cannot_write(path, self.tr("the file could not be written."))
            return None
        return path

    def export_ics(self, path: Path | None = None) -> None:
        if self.route is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the route as iCalendar"),
                                                  f"route-{self.route.day.isoformat()}.ics",
                                                  self.tr("iCalendar (*.ics)"))
            if not name:
                return
            path = Path(name)
        target = path
        self.jobs.run_io(self.controller.write_ics, self.route, target, say,
                         on_done=lambda written: self.window().statusBar().showMessage(
                             self.tr("Saved %1").replace("%1", str(written)), 10_000)
                         if hasattr(self.window(), "statusBar") else None,
                         on_error=lambda error: self._cannot_write(target, getattr(error, "strerror", None)
                                                                   or str(error)))

    def _cannot_write(self, path: Path, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Route"), self.tr("Cannot write %1: %2").replace("%1", str(path))
                            .replace("%2", reason))

    def show_qr(self) -> None:
        if self.route is None:
            return
        texts = self.controller.qr_texts(self.route, say)
        controller = self.controller
        self.jobs.run_io(lambda: [(text, controller.qr_png(text)) for text in texts], on_done=self._show_qr)

    def _show_qr(self, codes: list[tuple[str, bytes]]) -> None:
        from crm_desktop.gui.route.qr_dialog import QrDialog

        QrDialog(codes, self).exec()
