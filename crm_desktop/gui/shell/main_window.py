"""The main window: the shell modules plug pages and commands into; it knows no module by name (see modules.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from crm_desktop import APP_NAME, APP_ORG
from crm_desktop import settings as declared
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.common.changes import SETTINGS, Changes
from crm_desktop.gui.common.formats import set_home_region
from crm_desktop.gui.shell.change_bus import ChangeBus
from crm_desktop.gui.shell.demo_data import DemoData
from crm_desktop.gui.shell.jobs import JobRunner
from crm_desktop.gui.shell.menus import EDIT, EDIT_ORDER, FILE, FILE_ORDER, MenuPlan, tool_text
from crm_desktop.gui.shell.modules import load_modules
from crm_desktop.gui.shell.navigation import PageStack
from crm_desktop.gui.shell.pages import REGISTRY
from crm_desktop.gui.shell.preferences import Preferences
from crm_desktop.gui.shell.settings_dialog import SettingsDialog

# Menu groups of the shell's own entries; modules use the numbers between.
UNDO_GROUP, APP_GROUP, QUIT_GROUP = 0, 90, 99
UNDO_TOOLS = 50
Shortcut = str | QKeySequence | QKeySequence.StandardKey


class MainWindow(QMainWindow):
    sig_restore = Signal(object)  # a backup's Path: the app shell closes the store and restores it
    sig_encrypt = Signal()        # the app shell closes the store and encrypts it

    def __init__(self, crm: CrmApp, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_modules()
        self.crm = crm
        self.prefs = prefs
        set_home_region(prefs.get(declared.PHONE_REGION))  # before any page writes a number
        self.jobs = JobRunner(self)
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.setWindowTitle(self.tr("Field CRM"))
        self._openers: dict[str, Callable[[str, str], None]] = {}
        self._creators: dict[str, Callable[..., None]] = {}
        self._commands: dict[str, object] = {}
        self._on_shutdown: list[Callable[[], None]] = []
        self._on_close: list[Callable[[QSettings], None]] = []
        self.menu_plan = MenuPlan(self)
        self.menu_plan.add_menu(FILE, self.tr("&File"), FILE_ORDER)
        self.menu_plan.add_menu(EDIT, self.tr("&Edit"), EDIT_ORDER)
        self.stack = PageStack(REGISTRY.page_specs(), lambda spec: spec.factory(self), self)
        self.nav, self.pages = self.stack.nav, self.stack.stack
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(str(crm.db_path))
        self.statusBar().addPermanentWidget(self.db_label)
        self.demo_data = DemoData(self)
        self._own_actions()
        self.stack.build_eager()  # before the commands, which wire themselves to those pages
        for spec in REGISTRY.commands_specs():
            self._commands[spec.name] = spec.install(self)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.menu_plan.build(self, toolbar)
        self.addToolBar(toolbar)
        if self.stack.specs:
            self.nav.setCurrentRow(0)
        self._restore_window_state()

    def _own_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            self.menu_plan.add(action, EDIT, UNDO_GROUP)
        # The menu says "Undo Delete contact 张伟"; on the toolbar that sentence would shift every button
        # after it, so the buttons keep one word and tell the whole step in their tooltips.
        self.undo_tool = self._undo_tool(self.undo_action, "undo", self.undo_stack.undo, self.undo_stack.canUndoChanged,
                                         self.undo_stack.undoTextChanged)
        self.redo_tool = self._undo_tool(self.redo_action, "redo", self.undo_stack.redo, self.undo_stack.canRedoChanged,
                                         self.undo_stack.redoTextChanged)
        self.add_action(self.tr("Load &demo data…"), self.offer_demo_data, group=APP_GROUP)
        self.add_action(self.tr("Delete de&mo data…"), self.demo_data.delete, group=APP_GROUP)
        self.add_action(self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences,
                        group=APP_GROUP)
        self.add_action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, group=QUIT_GROUP)

    def _undo_tool(self, menu_action: QAction, icon: str, slot: Callable[[], None], can, text_changed) -> QAction:
        word = tool_text(menu_action.text())  # "Undo", "撤销": the menu entry's text before a step is named
        tool = QAction(word, self)
        tool.setEnabled(False)
        tool.triggered.connect(slot)
        can.connect(tool.setEnabled)
        shortcut = menu_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        def explain(step: str) -> None:
            tool.setToolTip(f"{word}: {step} ({shortcut})" if step else f"{word} ({shortcut})")

        text_changed.connect(explain)
        explain("")
        self.menu_plan.add_tool(tool, UNDO_TOOLS)
        self.menu_plan.set_icon(tool, icon)
        self.menu_plan.set_icon(menu_action, icon)
        return tool

    # --- the shell: what a module's pages and commands use ----------------------------------

    def page(self, name: str) -> QWidget:
        """A module's page, built on first use (without showing it)."""
        return self.stack.page(name)

    def show_page(self, name: str) -> QWidget:
        return self.stack.show(name)

    def is_built(self, name: str) -> bool:
        return self.stack.is_built(name)

    def current_page_name(self) -> str | None:
        return self.stack.current_name()

    def nav_item(self, name: str) -> QListWidgetItem:
        return self.stack.item(name)

    def commands(self, name: str) -> Any:
        """A module's commands object (what its registered installer returned)."""
        return self._commands[name]

    def add_menu(self, key: str, title: str, order: int) -> None:
        self.menu_plan.add_menu(key, title, order)

    def add_action(self, text: str, slot: Callable[..., object], shortcut: Shortcut | None = None, menu: str = FILE,
                   group: int = 50, tool_group: int | None = None, icon: str | None = None) -> QAction:
        """An entry in `menu` (in its `group`), and on the toolbar too when `tool_group` is given; `icon` names
        its drawing in gui/resources/icons (every toolbar button has one)."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.menu_plan.add(action, menu, group)
        if tool_group is not None:
            self.menu_plan.add_tool(action, tool_group)
        if icon is not None:
            self.menu_plan.set_icon(action, icon)
        return action

    def add_right_tool(self, widget: QWidget) -> None:
        self.menu_plan.add_right_tool(widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def handle_open(self, entities: tuple[str, ...], open_one: Callable[[str, str], None]) -> None:
        """`open_one(entity, record_id)` opens a record of these entities wherever it lives."""
        for entity in entities:
            self._openers[entity] = open_one

    def open_record(self, entity: str, record_id: str) -> None:
        """A record opened where it lives (a customer on its page, a deal in its editor, ...)."""
        self._openers[entity](entity, record_id)

    def handle_new(self, entity: str, create: Callable[..., None]) -> None:
        """`create(**context)` starts a new record of `entity` (for a customer, when one is given)."""
        self._creators[entity] = create

    def new_record(self, entity: str, **context) -> None:
        self._creators[entity](**context)

    def announce(self, changes: Changes, source: QObject | None = None) -> None:
        self.bus.announce(changes, source)

    def refresh(self) -> None:
        """Every page reloads what it shows (after changes made outside the window's own operations)."""
        self.bus.announce(Changes.all())

    def show_message(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def on_shutdown(self, stop: Callable[[], None]) -> None:
        """`stop()` runs before the window lets go of the store (timers, background work)."""
        self._on_shutdown.append(stop)

    def on_close(self, keep: Callable[[QSettings], None]) -> None:
        """`keep(settings)` saves a module's window state when the window closes."""
        self._on_close.append(keep)

    # --- settings, demo data, window state ---------------------------------------------

    def open_settings(self) -> None:
        if SettingsDialog(self.prefs, self, self.crm.sales, self.crm.service).exec():
            set_home_region(self.prefs.get(declared.PHONE_REGION))
            QMessageBox.information(self, self.tr("Settings"),
                                    self.tr("The language changes the next time the CRM starts."))
            self.announce(Changes.of(SETTINGS))

    def offer_demo_data(self) -> None:
        self.demo_data.offer()

    def load_demo_data(self, size: int) -> None:
        self.demo_data.load(size)

    def _restore_window_state(self) -> None:
        geometry = QSettings(APP_ORG, APP_NAME).value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def shutdown_background(self) -> None:
        """Stop the modules' timers and background work (sync drops its connections), and finish the jobs:
        a window closed but not yet deleted must not touch a store that is gone."""
        for stop in self._on_shutdown:
            stop()
        self.jobs.shutdown()

    def closeEvent(self, event) -> None:
        settings = QSettings(APP_ORG, APP_NAME)
        settings.setValue("window/geometry", self.saveGeometry())
        for keep in self._on_close:
            keep(settings)
        self.shutdown_background()
        super().closeEvent(event)

