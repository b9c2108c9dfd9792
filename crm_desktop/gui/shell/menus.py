"""The menu bar and toolbar as modules fill them: numbered groups, laid out once every module is installed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from crm_desktop.gui.common.icons import icon_for

# The menus every window has; modules add their own (add_menu) between them.
FILE, EDIT = "file", "edit"
FILE_ORDER, EDIT_ORDER = 0, 90
TOOL_ICON = QSize(20, 20)
# A mnemonic as Chinese writes it, "(&C)", and as English does, "&C"; an ellipsis at the end.
_MNEMONIC = re.compile(r"\s*\(&[^)]\)|&(?=[^&])")
_ELLIPSIS = re.compile(r"\s*(…|\.\.\.)\s*$")


def tool_text(text: str) -> str:
    """A menu entry's text as a toolbar button shows it: "新建联系人(&C)…" -> "新建联系人", "&Import…" -> "Import"."""
    return _ELLIPSIS.sub("", _MNEMONIC.sub("", text)).replace("&&", "&").strip()


@dataclass
class _Menu:
    title: str
    order: int
    groups: dict[int, list[QAction]] = field(default_factory=dict)


class MenuPlan(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menus: dict[str, _Menu] = {}
        self.tools: dict[int, list[QAction | QWidget]] = {}
        self.right_tools: list[QWidget] = []
        self.built: dict[str, QMenu] = {}
        self.icons: list[tuple[QAction, str]] = []  # actions and the drawing each shows (resources/icons)
        self.toolbar: QToolBar | None = None

    def add_menu(self, key: str, title: str, order: int) -> None:
        self.menus.setdefault(key, _Menu(title, order))

    def add(self, action: QAction, menu: str, group: int) -> None:
        self.menus[menu].groups.setdefault(group, []).append(action)

    def add_tool(self, item: QAction | QWidget, group: int) -> None:
        self.tools.setdefault(group, []).append(item)

    def set_icon(self, action: QAction, name: str) -> None:
        """The action shows the drawing `name`, in the toolbar's colours (painted when the toolbar is built)."""
        self.icons.append((action, name))
        if self.toolbar is not None:
            action.setIcon(icon_for(self.toolbar, name))

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
        # Icon and a short word on every button; the whole entry (and its shortcut) in the tooltip.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(TOOL_ICON)
        for n, (_group, items) in enumerate(sorted(self.tools.items())):
            if n:
                toolbar.addSeparator()
            for item in items:
                if isinstance(item, QAction):
                    self._shorten(item)
                    toolbar.addAction(item)
                else:
                    toolbar.addWidget(item)
        if self.right_tools:
            spacer = QWidget()
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            toolbar.addWidget(spacer)
            for widget in self.right_tools:
                toolbar.addWidget(widget)
        self.toolbar = toolbar
        self.paint_icons()
        toolbar.installEventFilter(self)  # a new palette (the system turned dark) redraws them

    @staticmethod
    def _shorten(action: QAction) -> None:
        explained = action.toolTip() != action.iconText()  # a tooltip of its own, set by the module
        action.setIconText(tool_text(action.text()))
        if not explained:
            tip = tool_text(action.text())
            shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)

    def paint_icons(self) -> None:
        if self.toolbar is not None:
            for action, name in self.icons:
                action.setIcon(icon_for(self.toolbar, name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.paint_icons()
        return False
