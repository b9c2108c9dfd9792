"""The pipeline stage editor: renaming, adding, reordering, and refusing a list without a won stage."""

from PySide6.QtCore import Qt

from crm_desktop.gui.sales.stages_dialog import LOST, NAME, PROBABILITY, WON, StagesDialog
from tests.gui.conftest import settle


def stages_dialog(qtbot, crm, jobs) -> StagesDialog:
    dialog = StagesDialog(crm.sales, jobs)
    qtbot.addWidget(dialog)
    settle(qtbot, jobs)  # the stages come from the database thread
    return dialog


def test_rename_add_and_reorder(qtbot, crm, jobs):
    dialog = stages_dialog(qtbot, crm, jobs)
    dialog.table.item(1, NAME).setText("需求分析")
    dialog.table.item(1, PROBABILITY).setText("30")
    dialog.add_stage()  # lands before Won
    dialog.table.setCurrentCell(0, NAME)
    dialog.move(1)
    dialog.save()
    settle(qtbot, jobs)
    assert dialog.result() == dialog.DialogCode.Accepted
    stages = crm.sales.stages()
    assert [s.name for s in stages] == ["需求分析", "New lead", "Proposal", "Negotiation", "New stage", "Won", "Lost"]
    assert stages[0].probability == 30


def test_no_won_stage_is_refused_with_a_message(qtbot, crm, jobs):
    before = crm.sales.stages()
    dialog = stages_dialog(qtbot, crm, jobs)
    won_row = next(r for r in range(dialog.table.rowCount()) if dialog._checked(r, WON))
    dialog.table.item(won_row, WON).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(0, NAME).setText("")
    dialog.save()
    settle(qtbot, jobs)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert "won stage" in dialog.error_label.text() and "Row 1" in dialog.error_label.text()
    assert dialog.table.item(0, NAME).toolTip()
    assert crm.sales.stages() == before


def test_a_stage_both_won_and_lost_is_refused(qtbot, crm, jobs):
    dialog = stages_dialog(qtbot, crm, jobs)
    won_row = next(r for r in range(dialog.table.rowCount()) if dialog._checked(r, WON))
    dialog.table.item(won_row, LOST).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    settle(qtbot, jobs)
    assert "both won and lost" in dialog.error_label.text()
