"""For reps who read the board and who do not drag: close dates that have passed stand out on the cards and in
the table (light and dark palettes), and "Move to stage" in a deal's menu moves it as a drag does, undoably."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.sales.kanban_board import LostReasonDialog
from crm_desktop.gui.sales.kanban_cards import OVERDUE_ON_DARK, OVERDUE_ON_LIGHT, OVERDUE_ROLE, RECORD_ID_ROLE
from crm_desktop.gui.sales.pipeline_page import TABLE, PipelinePage
from crm_desktop.gui.sales.pipeline_table_model import CLOSE_COLUMN
from tests.gui.conftest import settle, when_modal

TODAY = date.today()
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and a popup menu


@pytest.fixture
def deals(crm):
    """In "New lead": one deal due three days ago, one due in ten days; a won deal with a past date."""
    stages = {s.name: s for s in crm.sales.stages()}
    account = crm.customers.create_account(AccountInput(name="华东机电"))
    made = {name: crm.sales.create(OpportunityInput(name, account_id=account.id, stage_id=stages["New lead"].id,
                                                    amount="1000", expected_close=TODAY + timedelta(days=days)))
            for name, days in (("Late", -3), ("Ahead", 10), ("Closed", -30))}
    crm.sales.move_stage(made["Closed"].id, stages["Won"].id)
    return stages, made


@pytest.fixture
def page(qtbot, crm, prefs, deals, jobs):
    widget = PipelinePage(crm, jobs, QUndoStack(), prefs)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, jobs)
    return widget


def card(page, stage_id, name):
    model = page.board.column(stage_id).model
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def pixels_near(image, rect, colour: QColor, tolerance: int = 40) -> int:
    """How many pixels of `rect` are painted (about) in `colour`."""
    found = 0
    rect = rect.intersected(image.rect())
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in ((c.red(), colour.red()), (c.green(), colour.green()),
                                                         (c.blue(), colour.blue()))):
                found += 1
    return found


def dark_palette() -> QPalette:
    palette = QPalette(QGuiApplication.palette())
    for role, name in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b"),
                       (QPalette.ColorRole.Text, "#e0e0e0"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, QColor(name))
    return palette


def test_a_close_date_that_has_passed_shows_in_the_warning_colour_on_the_card(qtbot, page, deals):
    stages, _made = deals
    lead = page.board.column(stages["New lead"].id)
    late, ahead = card(page, lead.stage.id, "Late"), card(page, lead.stage.id, "Ahead")
    assert late.data(OVERDUE_ROLE) and not ahead.data(OVERDUE_ROLE)
    assert "The expected close date passed 3 days ago." in late.data(Qt.ItemDataRole.ToolTipRole)
    assert "passed" not in ahead.data(Qt.ItemDataRole.ToolTipRole)

    image = lead.view.viewport().grab().toImage()
    assert pixels_near(image, lead.view.visualRect(late), OVERDUE_ON_LIGHT) > 10
    assert pixels_near(image, lead.view.visualRect(ahead), OVERDUE_ON_LIGHT) == 0

    lead.view.setPalette(dark_palette())  # a dark theme: a lighter red that reads on a dark card
    image = lead.view.viewport().grab().toImage()
    assert pixels_near(image, lead.view.visualRect(late), OVERDUE_ON_DARK) > 10
    assert pixels_near(image, lead.view.visualRect(late), OVERDUE_ON_LIGHT, tolerance=20) == 0


def test_the_table_flags_the_close_date_of_open_deals_only(qtbot, qapp, page, deals, jobs):
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))  # every deal
    page.show_view(TABLE)
    settle(qtbot, jobs)
    model = page.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Late", "Ahead", "Closed"}

    def close_cell(name):
        return model.index(rows[name], CLOSE_COLUMN)

    assert close_cell("Late").data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_ON_LIGHT
    assert close_cell("Late").data(Qt.ItemDataRole.FontRole).bold()
    assert "passed 3 days ago" in close_cell("Late").data(Qt.ItemDataRole.ToolTipRole)
    assert close_cell("Ahead").data(Qt.ItemDataRole.ForegroundRole) is None
    assert close_cell("Closed").data(Qt.ItemDataRole.ForegroundRole) is None  # won: nothing left to close
    assert model.index(rows["Late"], 0).data(Qt.ItemDataRole.ForegroundRole) is None  # the date, not the row

    light = QGuiApplication.palette()
    qapp.setPalette(dark_palette())
    try:
        assert close_cell("Late").data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_ON_DARK
    finally:
        qapp.setPalette(light)


def right_click(widget, pos: QPoint, reason=QContextMenuEvent.Reason.Mouse) -> None:
    """What the platform sends for a right click (or the keyboard's menu key)."""
    QApplication.sendEvent(widget, QContextMenuEvent(reason, pos, widget.mapToGlobal(pos)))


def move_menu(menu: QMenu) -> QMenu:
    return menu.findChild(QMenu, "moveToStageMenu")


def test_move_to_stage_from_a_cards_menu_then_undo(qtbot, crm, page, deals, jobs):
    stages, made = deals
    lead = page.board.column(stages["New lead"].id)
    index = card(page, lead.stage.id, "Late")
    # A right click on the card: its menu knows the stage the card is in.
    right_click(lead.view.viewport(), lead.view.visualRect(index).center())
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    stages_menu = move_menu(menu)
    listed = [(a.text(), a.isChecked(), a.isEnabled()) for a in stages_menu.actions()]
    assert listed == [("New lead", True, False), ("Qualified", False, True), ("Proposal", False, True),
                      ("Negotiation", False, True), ("Won", False, True), ("Lost…", False, True)]
    with qtbot.waitSignal(page.sig_deal_saved) as announced:  # the window tells the other pages
        next(a for a in stages_menu.actions() if a.text() == "Proposal").trigger()
        menu.close()
    assert announced.args == [made["Late"].id]
    settle(qtbot, jobs)

    moved = crm.sales.get(made["Late"].id)
    assert (moved.stage_id, moved.probability) == (stages["Proposal"].id, 50)
    assert page.board.column(stages["Proposal"].id).model.index(0, 0).data(RECORD_ID_ROLE) == moved.id
    assert page.undo_stack.undoText() == "Move Late to Proposal"
    page.undo_stack.undo()
    settle(qtbot, jobs)
    assert crm.sales.get(made["Late"].id).stage_id == stages["New lead"].id
    assert card(page, stages["New lead"].id, "Late").isValid()


def test_move_to_lost_from_the_table_asks_why_and_updates_the_table(qtbot, crm, page, deals, jobs):
    _stages, made = deals
    page.show_view(TABLE)
    settle(qtbot, jobs)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "Ahead")
    assert page.count_label.text() == "2 deals"

    def answer(dialog):
        # By keyboard: right after a popup menu closes, the offscreen platform drops the next mouse click.
        qtbot.keyClick(dialog.choices["price"], Qt.Key.Key_Space)
        qtbot.keyClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.Key.Key_Space)

    when_modal(LostReasonDialog, answer, attempts=1500)  # patient: the machine may be busy
    table = page.table
    right_click(table.viewport(), table.visualRect(page.model.index(row, 0)).center())
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    next(a for a in move_menu(menu).actions() if a.text() == "Lost…").trigger()
    menu.close()
    qtbot.waitUntil(lambda: crm.sales.get(made["Ahead"].id).status == "lost")
    settle(qtbot, jobs)

    deal = crm.sales.get(made["Ahead"].id)
    assert (deal.status, deal.lost_reason_code, deal.lost_reason) == ("lost", "price", "Price")
    assert page.count_label.text() == "1 deal"  # the open deals' table shows it left
    page.undo_stack.undo()
    settle(qtbot, jobs)
    assert crm.sales.get(made["Ahead"].id).status == "open"
    assert page.count_label.text() == "2 deals"


def test_the_menu_key_opens_the_current_cards_menu(qtbot, crm, page, deals, jobs):
    """No mouse at all: the keyboard's menu key opens the menu of the card the arrow keys reached."""
    stages, made = deals
    lead = page.board.column(stages["New lead"].id)
    lead.view.setCurrentIndex(card(page, lead.stage.id, "Ahead"))
    right_click(lead.view.viewport(), QPoint(4, lead.view.viewport().height() - 4), QContextMenuEvent.Reason.Keyboard)
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    next(a for a in move_menu(menu).actions() if a.text() == "Qualified").trigger()
    menu.close()
    qtbot.waitUntil(lambda: crm.sales.get(made["Ahead"].id).stage_id == stages["Qualified"].id)
    settle(qtbot, jobs)
    assert crm.sales.get(made["Ahead"].id).stage_id == stages["Qualified"].id
    assert crm.sales.get(made["Late"].id).stage_id == stages["New lead"].id
