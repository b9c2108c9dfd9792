"""The pipeline board as a rep uses it: drag deals between stages, win and lose them, undo, edit."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.sales.kanban_board import KanbanBoard, LostReasonDialog
from crm_desktop.gui.sales.kanban_cards import RECORD_ID_ROLE, STALE_COLOR, STALE_ROLE
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.sales.pipeline_page import TABLE, PipelinePage
from tests.gui.conftest import settle, type_text, when_modal


@pytest.fixture
def deals(crm):
    """Two deals in the first stage, one in the second; stages by name."""
    stages = {s.name: s for s in crm.sales.stages()}
    acme = crm.customers.create_account(AccountInput(name="华东机电"))
    made = {
        name: crm.sales.create(OpportunityInput(name=name, account_id=acme.id, stage_id=stages[stage].id,
                                                amount=amount, expected_close=date(2030, 1, day)))
        for name, stage, amount, day in (("扫描枪 50 台", "New lead", "1000", 1), ("ERP", "New lead", "3000", 2),
                                         ("Service", "Qualified", "500", 3))
    }
    return stages, made


@pytest.fixture
def board(qtbot, crm, prefs, deals, jobs):
    widget = KanbanBoard(crm.sales, jobs, QUndoStack(), prefs)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, jobs)
    return widget


def card_index(board, stage_id, name):
    model = board.column(stage_id).model
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def start_drag(qtbot, board, stage_id, name):
    """Press on the card and move past the drag distance, as a hand would; returns the drag's data.

    The offscreen platform ends a QDrag at once, so the data the view put on the drag is the
    model's mimeData for the pressed card, which the test then drops like the platform would."""
    view = board.column(stage_id).view
    index = card_index(board, stage_id, name)
    centre = view.visualRect(index).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    for dx in (8, 40):
        point = QPointF(centre + QPoint(dx, 0))
        QApplication.sendEvent(view.viewport(), QMouseEvent(
            QEvent.Type.MouseMove, point, view.viewport().mapToGlobal(point), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(40, 0))
    assert view.selectionModel().selectedIndexes() == [index]
    return view.model().mimeData(view.selectionModel().selectedIndexes())


def drop(target, mime) -> bool:
    """Deliver drag-enter, drag-move and drop events to `target`; True when the drop was taken."""
    pos = target.rect().center()  # drag enter and move events take a QPoint, a drop a QPointF
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(pos, Qt.DropAction.MoveAction, mime, buttons, mods))
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def test_drag_a_card_to_another_stage_then_undo_and_redo(qtbot, crm, board, deals):
    stages, made = deals
    lead, proposal = stages["New lead"], stages["Proposal"]
    deal = made["扫描枪 50 台"]
    assert board.column(lead.id).title_label.text() == "<b>New lead</b> (2)"

    mime = start_drag(qtbot, board, lead.id, "扫描枪 50 台")
    assert drop(board.column(proposal.id).view.viewport(), mime)
    qtbot.waitUntil(lambda: crm.sales.get(deal.id).stage_id == proposal.id)
    settle(qtbot, board.jobs)

    moved = crm.sales.get(deal.id)
    assert moved.probability == 50
    assert board.column(lead.id).model.rowCount() == 1
    assert board.column(proposal.id).model.index(0, 0).data(RECORD_ID_ROLE) == deal.id
    assert board.column(lead.id).title_label.text() == "<b>New lead</b> (1)"
    assert board.column(proposal.id).title_label.text() == "<b>Proposal</b> (1)"
    assert board.column(proposal.id).totals_label.text() == "¥1,000.00 · weighted ¥500.00"
    assert board.column(lead.id).totals_label.text() == "¥3,000.00 · weighted ¥300.00"

    board.undo_stack.undo()
    settle(qtbot, board.jobs)
    back = crm.sales.get(deal.id)
    assert (back.stage_id, back.probability) == (lead.id, 10)
    assert board.column(lead.id).model.rowCount() == 2
    assert board.column(proposal.id).title_label.text() == "<b>Proposal</b> (0)"

    board.undo_stack.redo()
    settle(qtbot, board.jobs)
    assert crm.sales.get(deal.id).stage_id == proposal.id
    assert board.column(proposal.id).model.rowCount() == 1


def test_dropping_on_the_same_column_or_foreign_data_changes_nothing(qtbot, crm, board, deals):
    from PySide6.QtCore import QMimeData

    stages, made = deals
    lead = stages["New lead"]
    mime = start_drag(qtbot, board, lead.id, "ERP")
    # The view hands a drop over after the drag has finished; the board has handled it once it is handed over.
    with qtbot.waitSignal(board.column(lead.id).view.sig_card_dropped):
        assert drop(board.column(lead.id).view.viewport(), mime)
    text = QMimeData()
    text.setText("ERP")
    assert not drop(board.column(stages["Proposal"].id).view.viewport(), text)  # refused: nothing handed over
    assert crm.sales.get(made["ERP"].id).stage_id == lead.id
    assert board.undo_stack.count() == 0


def test_drop_on_lost_asks_for_a_reason(qtbot, crm, board, deals):
    stages, made = deals
    deal = made["ERP"]
    asked = []

    def answer(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        asked.append(ok.isEnabled())  # False: no reason, no loss
        asked.append([b.text() for b in dialog.group.buttons()])
        type_text(qtbot, dialog.reason_edit, "价格太高")  # typing the rep's own words picks Other
        asked.append(dialog.other_button.isChecked())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(LostReasonDialog, answer, attempts=1500)  # patient: the machine may be busy
    assert drop(board.strip(won=False), start_drag(qtbot, board, stages["New lead"].id, "ERP"))
    qtbot.waitUntil(lambda: crm.sales.get(deal.id).status == "lost")
    settle(qtbot, board.jobs)

    assert asked == [False, ["Price", "Competitor", "No budget", "No decision", "Timing", "Product fit",
                             "Other:"], True]
    lost = crm.sales.get(deal.id)
    assert (lost.stage_id, lost.lost_reason, lost.lost_reason_code, lost.probability) == (
        stages["Lost"].id, "价格太高", "other", 0)
    assert board.column(stages["New lead"].id).model.rowCount() == 1
    assert board.column(stages["New lead"].id).totals_label.text() == "¥1,000.00 · weighted ¥100.00"

    board.undo_stack.undo()
    settle(qtbot, board.jobs)
    back = crm.sales.get(deal.id)
    assert (back.status, back.stage_id, back.lost_reason, back.lost_reason_code, back.closed_at) == (
        "open", stages["New lead"].id, None, None, None)
    assert board.column(stages["New lead"].id).model.rowCount() == 2


def test_a_lost_deal_names_a_reason_from_the_list_so_it_can_be_counted(qtbot, crm, board, deals):
    stages, made = deals

    def answer(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.other_button.click()  # a radio only answers clicks on its circle and text, not its middle
        other_alone = ok.isEnabled()  # Other needs words
        dialog.choices["competitor"].click()
        assert (other_alone, ok.isEnabled()) == (False, True)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(LostReasonDialog, answer, attempts=1500)  # patient: the machine may be busy
    assert drop(board.strip(won=False), start_drag(qtbot, board, stages["Qualified"].id, "Service"))
    qtbot.waitUntil(lambda: crm.sales.get(made["Service"].id).status == "lost")
    settle(qtbot, board.jobs)
    lost = crm.sales.get(made["Service"].id)
    assert (lost.lost_reason_code, lost.lost_reason) == ("competitor", "Competitor")


def test_cancelling_the_lost_reason_leaves_the_deal(qtbot, crm, board, deals):
    stages, made = deals
    asked = []

    def cancel(dialog):
        asked.append(True)
        dialog.reject()

    when_modal(LostReasonDialog, cancel, attempts=1500)
    # Handed over after the drag: once the signal is out, the board has asked and been answered.
    with qtbot.waitSignal(board.strip(won=False).sig_card_dropped):
        assert drop(board.strip(won=False), start_drag(qtbot, board, stages["Qualified"].id, "Service"))
    settle(qtbot, board.jobs)
    assert asked == [True]
    deal = crm.sales.get(made["Service"].id)
    assert (deal.status, deal.stage_id) == ("open", stages["Qualified"].id)
    assert board.undo_stack.count() == 0
    assert board.column(stages["Qualified"].id).model.rowCount() == 1


def test_drop_on_won_closes_the_deal(qtbot, crm, board, deals):
    stages, made = deals
    assert drop(board.strip(won=True), start_drag(qtbot, board, stages["Qualified"].id, "Service"))
    qtbot.waitUntil(lambda: crm.sales.get(made["Service"].id).status == "won")
    settle(qtbot, board.jobs)
    assert crm.sales.get(made["Service"].id).probability == 100
    assert board.column(stages["Qualified"].id).model.rowCount() == 0
    assert board.undo_stack.undoText() == "Move Service to Won"


def test_a_deal_without_activity_for_weeks_is_marked_stale(qtbot, crm, board, deals):
    stages, made = deals
    crm.activities.log(ActivityInput(kind="call", subject="First call", opportunity_id=made["ERP"].id,
                                     occurred_at=datetime.now(UTC) - timedelta(days=40)))
    board.reload()
    settle(qtbot, board.jobs)
    lead = board.column(stages["New lead"].id)
    stale, fresh = card_index(board, lead.stage.id, "ERP"), card_index(board, lead.stage.id, "扫描枪 50 台")
    assert stale.data(STALE_ROLE) and not fresh.data(STALE_ROLE)
    assert "Stale" in stale.data(Qt.ItemDataRole.ToolTipRole)
    assert "Stale" not in fresh.data(Qt.ItemDataRole.ToolTipRole)

    image = lead.view.viewport().grab().toImage()
    edge = lambda index: image.pixelColor(lead.view.visualRect(index).left() + 4,  # noqa: E731
                                          lead.view.visualRect(index).center().y())
    assert edge(stale) == STALE_COLOR
    assert edge(fresh) != STALE_COLOR


def test_double_click_opens_the_editor_and_an_empty_name_is_shown_inline(qtbot, crm, prefs, deals):
    from crm_desktop.gui.shell.jobs import JobRunner

    stages, made = deals
    jobs = JobRunner()
    page = PipelinePage(crm, jobs, QUndoStack(), prefs)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    seen = {}

    def edit(dialog):
        dialog.form.nameEdit.clear()
        qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.saving)  # the controller's answer
        seen["error"] = dialog.form.nameError.isVisible() and dialog.form.nameError.text()
        seen["open"] = dialog.isVisible()
        type_text(qtbot, dialog.form.nameEdit, "ERP 二期")
        qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    when_modal(OpportunityDialog, edit)
    settle(qtbot, jobs)
    view = page.board.column(stages["New lead"].id).view
    rect = view.visualRect(card_index(page.board, stages["New lead"].id, "ERP"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, jobs)
    assert seen == {"error": "This field is required.", "open": True}
    assert crm.sales.get(made["ERP"].id).name == "ERP 二期"
    assert card_index(page.board, stages["New lead"].id, "ERP 二期").isValid()

    page.undo_stack.undo()
    settle(qtbot, jobs)
    assert crm.sales.get(made["ERP"].id).name == "ERP"
    assert card_index(page.board, stages["New lead"].id, "ERP").isValid()
    jobs.shutdown()


def test_new_opportunity_for_an_account_then_undo(qtbot, crm, prefs, deals):
    from crm_desktop.gui.shell.jobs import JobRunner

    account = crm.customers.create_account(AccountInput(name="Beijing Logistics"))
    jobs = JobRunner()
    page = PipelinePage(crm, jobs, QUndoStack(), prefs)
    qtbot.addWidget(page)
    page.show_view(TABLE)
    settle(qtbot, jobs)
    assert page.model.rowCount() == 3

    def fill(dialog):
        assert dialog.form.accountCombo.currentText() == "Beijing Logistics"
        type_text(qtbot, dialog.form.nameEdit, "Fleet tablets")
        type_text(qtbot, dialog.form.amountEdit, "72,000")
        qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    when_modal(OpportunityDialog, fill)
    page.new_opportunity(account_id=account.id)
    settle(qtbot, jobs)
    assert page.model.rowCount() == 4
    saved = crm.sales.of_record(account_id=account.id)
    assert [(r[1], r[3]) for r in saved] == [("Fleet tablets", Decimal("72000.00"))]
    assert page.count_label.text() == "4 deals"

    page.undo_stack.undo()
    settle(qtbot, jobs)
    assert page.model.rowCount() == 3
    assert crm.sales.of_record(account_id=account.id) == []
    jobs.shutdown()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and a popup list
def test_filters_narrow_the_board_and_load_their_choices_when_opened(qtbot, crm, prefs, deals):
    from crm_desktop.gui.shell.jobs import JobRunner

    stages, _made = deals
    jobs = JobRunner()
    page = PipelinePage(crm, jobs, QUndoStack(), prefs)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, jobs)
    assert page.month_filter.count() == 1  # only "Any" until the list is opened
    page.month_filter.showPopup()
    page.month_filter.hidePopup()
    settle(qtbot, jobs)
    assert [page.month_filter.itemText(i) for i in range(page.month_filter.count())] == ["Any", "2030-01"]
    assert page.count_label.text() == "3 open deals"

    type_text(qtbot, page.text_filter, "扫描")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 open deal")
    assert page.board.column(stages["Qualified"].id).title_label.text() == "<b>Qualified</b> (0)"
    page.clear_filters()
    settle(qtbot, jobs)
    assert page.count_label.text() == "3 open deals"
    jobs.shutdown()


def test_editor_asks_for_a_lost_reason_only_on_a_lost_stage(qtbot, crm, deals, jobs):
    stages, made = deals
    dialog = OpportunityDialog(crm, jobs, crm.sales.get(made["Service"].id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    f = dialog.form
    assert dialog.windowTitle() == "Edit deal"
    assert not f.lostReasonCombo.isVisible() and not f.lostReasonEdit.isVisible()
    assert f.probabilitySpin.text() == "Follows the stage (25 %)"
    f.stageCombo.setCurrentIndex(f.stageCombo.findData(stages["Lost"].id))
    assert f.lostReasonCombo.isVisible() and not f.lostReasonEdit.isVisible()  # words are for Other only
    assert [f.lostReasonCombo.itemText(i) for i in range(f.lostReasonCombo.count())] == [
        "Choose a reason…", "Price", "Competitor", "No budget", "No decision", "Timing", "Product fit",
        "Other"]
    save = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert f.lostReasonError.isVisible()
    assert f.lostReasonError.text() == "Say why the deal was lost."
    assert crm.sales.get(made["Service"].id).status == "open"
    f.lostReasonCombo.setCurrentIndex(f.lostReasonCombo.findData("other"))
    assert f.lostReasonEdit.isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert f.lostReasonError.text() == "Say in a few words why the deal was lost."
    f.lostReasonCombo.setCurrentIndex(f.lostReasonCombo.findData("no_budget"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert (dialog.saved.status, dialog.saved.lost_reason_code, dialog.saved.lost_reason, dialog.before.status) == (
        "lost", "no_budget", "No budget", "open")

    again = OpportunityDialog(crm, jobs, dialog.saved)  # opened again: the reason is the one chosen
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.loading)
    assert again.form.lostReasonCombo.currentData() == "no_budget"


def test_a_deal_is_attributed_to_a_campaign_in_its_editor(qtbot, crm, deals, jobs):
    from crm_desktop.domain.marketing.rules import CampaignInput

    _stages, made = deals
    campaign = crm.marketing.save_campaign(CampaignInput("秋季展会", type="exhibition"))
    dialog = OpportunityDialog(crm, jobs, crm.sales.get(made["Service"].id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.form.campaignCombo.currentData() is None
    dialog.form.campaignCombo.setCurrentIndex(dialog.form.campaignCombo.findData(campaign.id))
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert crm.sales.get(made["Service"].id).campaign_id == campaign.id
    assert crm.marketing.effect(campaign.id).opportunities == 1
