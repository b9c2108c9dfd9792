"""The module navigation (a row and an icon per page) and its page stack, each page built when first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from crm_desktop.gui.common.icons import icon_for
from crm_desktop.gui.shell.pages import PageSpec

NAV_ICON = QSize(20, 20)


class PageStack(QObject):
    def __init__(self, specs: list[PageSpec], build: Callable[[PageSpec], QWidget], parent: QObject) -> None:
        super().__init__(parent)
        self.specs = specs
        self._build = build
        self._rows = {spec.name: row for row, spec in enumerate(specs)}
        self.built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("moduleNav")
        self.nav.addItems([spec.shown_title() for spec in specs])
        self.nav.setIconSize(NAV_ICON)
        self.paint_icons()
        self.nav.installEventFilter(self)  # a new palette (the system turned dark) redraws them
        self.nav.setFixedWidth(200)  # "Quotes and orders" beside its icon
        # A long label (a count beside "Service") is cut short rather than scrolled sideways.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        for _ in specs:
            self.stack.addWidget(QWidget())  # placeholders until a page is built
        self.nav.currentRowChanged.connect(self._show_row)

    def paint_icons(self) -> None:
        """Each page's drawing (resources/icons/<page name>.svg) in the navigation's own text colours."""
        for row, spec in enumerate(self.specs):
            self.nav.item(row).setIcon(icon_for(self.nav, spec.name, QPalette.ColorRole.Text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.nav and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.paint_icons()
        return False

    def build_eager(self) -> None:
        for spec in self.specs:
            if spec.eager:
                self.page(spec.name)

    def row_of(self, name: str) -> int:
        return self._rows[name]

    def item(self, name: str) -> QListWidgetItem:
        return self.nav.item(self._rows[name])

    def is_built(self, name: str) -> bool:
        return name in self.built

    def page(self, name: str) -> QWidget:
        """The page, built (and its module's widgets imported) on first use."""
        if name in self.built:
            return self.built[name]
        row = self._rows[name]
        page = self._build(self.specs[row])
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.built[name] = page
        return page

    def show(self, name: str) -> QWidget:
        self.nav.setCurrentRow(self._rows[name])
        return self.page(name)

    def current_name(self) -> str | None:
        row = self.stack.currentIndex()
        return self.specs[row].name if 0 <= row < len(self.specs) else None

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        page = self.page(spec.name)
        self.stack.setCurrentIndex(row)
        if spec.on_show is not None:
            spec.on_show(page)
        else:
            page.refresh()  # type: ignore[attr-defined]  # another module may have changed its data meanwhile
