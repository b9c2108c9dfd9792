"""One icon set on every navigation entry and toolbar button; Undo and Redo stay one word; the files ship."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QUndoCommand
from PySide6.QtWidgets import QToolBar

from crm_desktop.gui.common.icons import ICONS_DIR, has_icon, icon, icon_names
from crm_desktop.gui.shell.menus import tool_text
from crm_desktop.gui.shell.theme import DARK, LIGHT, theme_name
from crm_desktop.paths import RESOURCES_DIR

ROOT = Path(__file__).resolve().parents[2]


def _inked(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    """The drawing's solid pixels (its anti-aliased edges left out)."""
    image = qicon.pixmap(QSize(24, 24), mode).toImage()
    return [image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 240]


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 8


def test_every_navigation_entry_has_its_own_drawing(window):
    nav = window.nav
    for row, spec in enumerate(window.stack.specs):
        assert has_icon(spec.name), f"gui/resources/icons/{spec.name}.svg"
        assert not nav.item(row).icon().isNull()
    # Drawn in the navigation's own text colour, which the selected row turns to its highlighted text.
    text = nav.palette().color(QPalette.ColorRole.Text)
    inked = _inked(nav.item(0).icon())
    assert inked and all(_near(c, text) for c in inked)


def test_every_toolbar_button_has_an_icon_and_a_short_word(window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    buttons = [a for a in toolbar.actions() if not a.isSeparator() and toolbar.widgetForAction(a) is not None
               and a.text()]
    assert len(buttons) >= 5  # new contact, new account, import, undo, redo
    for action in buttons:
        assert not action.icon().isNull(), action.text()
        assert "&" not in action.iconText() and not action.iconText().endswith("…"), action.iconText()


def test_undo_on_the_toolbar_stays_one_word_and_tells_the_step_in_its_tooltip(window):
    undo = window.undo_tool
    button = window.findChild(QToolBar, "mainToolbar").widgetForAction(undo)
    width = button.sizeHint().width()
    assert not undo.isEnabled()
    command = QUndoCommand("Delete contact 张伟 and the 12 activities logged with them")
    window.undo_stack.push(command)
    assert undo.isEnabled()
    assert button.text() == "Undo" and button.sizeHint().width() == width  # the toolbar does not shift
    assert "Delete contact 张伟 and the 12 activities" in undo.toolTip() and "Ctrl+Z" in undo.toolTip()
    assert window.undo_action.text().startswith("&Undo Delete contact")  # the menu still says it whole
    undo.trigger()
    assert window.undo_stack.index() == 0 and window.redo_tool.isEnabled()
    assert "Delete contact 张伟" in window.redo_tool.toolTip()


def test_tool_text_drops_mnemonics_and_the_ellipsis_in_both_languages():
    assert tool_text("New &contact…") == "New contact"
    assert tool_text("新建联系人(&C)…") == "新建联系人"
    assert tool_text("E&xport...") == "Export"
    assert tool_text("Sales && service") == "Sales & service"


def test_a_drawing_takes_the_colour_it_is_given_and_fades_when_disabled():
    red = icon("customers", QColor("#d02020"))
    inked = _inked(red)
    assert inked and all(c.red() > 150 and c.green() < 80 for c in inked)
    disabled = red.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert max(disabled.pixelColor(x, y).alpha() for x in range(24) for y in range(24)) < 140


def test_a_dark_palette_gets_the_dark_sheet_and_it_styles_all_the_light_one_does():
    light, dark = QPalette(QColor("#efefef")), QPalette(QColor("#2b2d30"))
    assert theme_name(light) == LIGHT and theme_name(dark) == DARK

    def selectors(name: str) -> set[str]:
        text = re.sub(r"/\*.*?\*/", "", (RESOURCES_DIR / name).read_text(encoding="utf-8"), flags=re.S)
        return {s.strip() for block in re.findall(r"([^{}]+)\{", text) for s in block.split(",")}

    assert selectors(DARK) == selectors(LIGHT)


def test_the_drawings_and_themes_ship_with_the_package():
    """pyproject's package data takes every drawing (a wheel without them shows blank buttons), and the frozen
    build takes the folder and both themes."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["crm_desktop"]
    package = ROOT / "crm_desktop"
    drawings = sorted(ICONS_DIR.glob("*.svg"))
    assert len(drawings) == len(icon_names()) >= 15
    for path in drawings:
        relative = path.relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
    spec = (ROOT / "installer" / "fieldcrm.spec").read_text(encoding="utf-8")
    assert '"gui" / "resources" / "icons"' in spec and DARK in spec
