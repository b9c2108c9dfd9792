"""The loss reason list as an admin keeps it: from the Sales menu or Settings, rename, add, reorder, remove,
a repeated name refused; the next lost deal offers the list as saved."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from crm_desktop.gui.sales.loss_reasons_dialog import LossReasonsDialog
from crm_desktop.gui.sales.lost_reason_dialog import LostReasonDialog
from crm_desktop.gui.shell.settings_dialog import SettingsDialog
from tests.gui.conftest import settle, type_text, when_modal


def names(dialog: LossReasonsDialog) -> list[str]:
    return [dialog.list.item(r).text() for r in range(dialog.list.count())]


# Return in an item editor, sent straight to it, commits it twice (the delegate, then the focus going): Qt warns.
@pytest.mark.qt_log_ignore("commitData called with an editor that does not belong")
def test_the_admin_edits_the_list_from_the_sales_menu(qtbot, window, crm):
    seen = {}

    def edit(dialog):
        seen["shipped"] = names(dialog)
        dialog.list.setCurrentRow(0)
        dialog.list.currentItem().setText("Price too high")
        dialog.list.setCurrentRow(4)  # Timing
        dialog.remove_reason()
        dialog.add_reason()  # a new row at the end, its name selected in an editor
        editor = dialog.list.findChild(QLineEdit)
        type_text(qtbot, editor, "Relationship")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        dialog.move(-1)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    when_modal(LossReasonsDialog, edit, attempts=1500)
    action = next(a for a in window.menuBar().actions() if a.text() == "&Sales").menu()
    next(a for a in action.actions() if a.text() == "&Loss reasons…").trigger()
    settle(qtbot, window.jobs)
    assert seen["shipped"] == ["Price", "Competitor", "No budget", "No decision", "Timing", "Product fit"]
    assert [r.name for r in crm.sales.loss_reasons()] == [
        "Price too high", "Competitor", "No budget", "No decision", "Relationship", "Product fit"]
    assert crm.sales.loss_reasons()[0].code == "price"  # renamed: the same reason, counted as before

    offered = {}
    when_modal(LostReasonDialog, lambda d: (offered.update(names=[b.text() for b in d.group.buttons()]), d.reject()),
               attempts=1500)
    stage = next(s for s in crm.sales.stages() if s.is_lost)
    window.show_page("pipeline").board.request_move("nothing-moves-on-cancel", stage)
    settle(qtbot, window.jobs)
    assert offered["names"] == ["Price too high", "Competitor", "No budget", "No decision", "Relationship",
                                "Product fit", "Other:"]


def test_a_repeated_name_is_refused_on_its_row_and_nothing_is_saved(qtbot, crm, jobs):
    dialog = LossReasonsDialog(crm.sales, jobs)
    qtbot.addWidget(dialog)
    settle(qtbot, jobs)
    dialog.list.item(1).setText(" price ")
    dialog.save()
    settle(qtbot, jobs)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Row 2: Two loss reasons have the same name."
    assert dialog.list.item(1).toolTip() == "Two loss reasons have the same name."
    assert [r.name for r in crm.sales.loss_reasons()][1] == "Competitor"


def test_settings_open_the_same_list(qtbot, window, crm):
    dialog = SettingsDialog(window.prefs, window, crm.sales, crm.service)
    qtbot.addWidget(dialog)
    opened = []
    when_modal(LossReasonsDialog, lambda d: (opened.append(names(d)), d.reject()), attempts=1500)
    qtbot.mouseClick(dialog.reasons_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0][0] == "Price"
