"""The menu bar and toolbar as modules fill them: numbered groups, laid out once every module is installed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

# The menus every window has; modules add their own (add_menu) between them.
FILE, EDIT = "file", "edit"
FILE_ORDER, EDIT_ORDER = 0, 90


@dataclass
class _Menu:
    title: str
    order: int
    groups: dict[int, list[QAction]] = field(default_factory=dict)


class MenuPlan:
    def __init__(self) -> None:
        self.menus: dict[str, _Menu] = {}
        self.tools: dict[int, list[QAction | QWidget]] = {}
        self.right_tools: list[QWidget] = []
        self.built: dict[str, QMenu] = {}

    def add_menu(self, key: str, title: str, order: int) -> None:
        self.menus.setdefault(key, _Menu(title, order))

    def add(self, action: QAction, menu: str, group: int) -> None:
        self.menus[menu].groups.setdefault(group, []).append(action)

    def add_tool(self, item: QAction | QWidget, group: int) -> None:
        self.tools.setdefault(group, []).append(item)

    def add_right_tool(self, widget: QWidget) -> None:
        """At the toolbar's far end (the search box), after a spacer."""
        self.right_tools.append(widget)

    def build(self, window: QMainWindow, toolbar: QToolBar) -> None:
        for key, menu in sorted(self.menus.items(), key=lambda item: item[1].order):
            shown = window.menuBar().addMenu(menu.title)
            for n, (_group, actions) in enumerate(sorted(menu.groups.items())):
                if n:
                    shown.addSeparator()
                shown.addActions(actions)
            self.built[key] = shown
        for n, (_group, items) in enumerate(sorted(self.tools.items())):
            if n:
                toolbar.addSeparator()
            for item in items:
                if isinstance(item, QAction):
                    toolbar.addAction(item)
                else:
                    toolbar.addWidget(item)
        if self.right_tools:
            spacer = QWidget()
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            toolbar.addWidget(spacer)
            for widget in self.right_tools:
                toolbar.addWidget(widget)
