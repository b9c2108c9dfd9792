"""The page registry: modules register pages (name, title, order, factory) and commands; the shell lists them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from crm_desktop.gui.shell.main_window import MainWindow

    Shell = MainWindow  # what a factory or an installer is given: the window, through its shell methods

# Page titles are marked with QT_TRANSLATE_NOOP("Navigation", ...) where they are registered and
# translated when the navigation is built, after the translators are installed.
TITLE_CONTEXT = "Navigation"


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: str  # source text, in the TITLE_CONTEXT translation context
    order: int  # place in the navigation, lowest first
    factory: Callable[[Shell], QWidget]
    eager: bool = False  # built with the window; the others when first opened (a cold start pays for less)
    # Called when the page is shown; by default it reloads (another module may have changed its data meanwhile).
    on_show: Callable[[Any], None] | None = None

    def shown_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


@dataclass(frozen=True)
class CommandsSpec:
    """A module's part of the window beyond its pages: menu entries, toolbar buttons, what it opens."""

    name: str
    order: int  # install order; entries sharing a menu group keep it
    install: Callable[[Shell], object]  # returns the module's commands object (window.commands(name))


class _Registry:
    def __init__(self) -> None:
        self.pages: dict[str, PageSpec] = {}
        self.commands: dict[str, CommandsSpec] = {}

    def page_specs(self) -> list[PageSpec]:
        return sorted(self.pages.values(), key=lambda spec: (spec.order, spec.name))

    def commands_specs(self) -> list[CommandsSpec]:
        return sorted(self.commands.values(), key=lambda spec: (spec.order, spec.name))


REGISTRY = _Registry()


def register_page(name: str, title: str, order: int, factory: Callable[[Shell], QWidget], *, eager: bool = False,
                  on_show: Callable[[Any], None] | None = None) -> PageSpec:
    spec = PageSpec(name, title, order, factory, eager, on_show)
    REGISTRY.pages[name] = spec
    return spec


def unregister_page(name: str) -> None:
    REGISTRY.pages.pop(name, None)


def register_commands(name: str, order: int, install: Callable[[Shell], object]) -> CommandsSpec:
    spec = CommandsSpec(name, order, install)
    REGISTRY.commands[name] = spec
    return spec
