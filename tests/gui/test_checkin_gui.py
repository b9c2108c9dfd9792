"""Check in and out through real widgets: the dialog with a location service that answers (a real
QGeoPositionInfo), with none, or switched off (the address stands in, not measured, and says why); from the
agenda and a visit's dialog in the window; the Check-ins page with the server's doubts in words and the chain."""

import importlib.util
import sqlite3
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QImage
from PySide6.QtPositioning import QGeoPositionInfoSource

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput
from crm_desktop.gui.activities.activity_dialog import ActivityDialog
from crm_desktop.gui.checkins.checkin_dialog import CheckInDialog
from crm_desktop.gui.checkins.position import FixedSource, PositionFinder, no_source
from tests.gui.conftest import settle, when_modal

ADDRESS = "上海市 黄浦区 南京东路100号"


def shanghai(parent):
    return FixedSource(parent, 31.2304, 121.4737, 35.0)


def switched_off(parent):
    return FixedSource(parent, error=QGeoPositionInfoSource.Error.ClosedError)


@pytest.fixture
def customer(crm):
    return crm.customers.create_account(AccountInput(name="恒通贸易", province="上海市", city="上海市",
                                                     district="黄浦区", street="南京东路100号"))


@pytest.fixture
def visit(crm, customer):
    return crm.activities.log(ActivityInput(kind="visit", subject="年度拜访", account_id=customer.id, done=False))


def opened(qtbot, jobs, crm, source, **target) -> CheckInDialog:
    dialog = CheckInDialog(crm.checkins, jobs, source_factory=source, photos=False, **target)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.locating)
    settle(qtbot, jobs)
    return dialog


def test_the_finder_answers_by_signal_with_a_real_position(qtbot):
    finder = PositionFinder(source_factory=shanghai)
    with qtbot.waitSignal(finder.sig_found) as found:
        finder.request()
    position = found.args[0]
    assert (position.latitude, position.longitude, position.accuracy_m) == (31.2304, 121.4737, 35.0)


@pytest.mark.parametrize(("source", "reason"), [
    (no_source, "No location service on this computer"),
    (switched_off, "Location service is off"),
    (lambda parent: FixedSource(parent, error=QGeoPositionInfoSource.Error.AccessError),
     "This app may not use your location (see the system's privacy settings)"),
    (lambda parent: FixedSource(parent, error=QGeoPositionInfoSource.Error.UpdateTimeoutError),
     "No position found in time (indoors, or no signal)"),
])
def test_the_finder_says_why_there_is_no_position(qtbot, source, reason):
    finder = PositionFinder(source_factory=source)
    with qtbot.waitSignal(finder.sig_unavailable) as unavailable:
        finder.request()
    assert unavailable.args == [reason]


def test_check_in_with_a_measured_position(qtbot, jobs, crm, visit):
    dialog = opened(qtbot, jobs, crm, shanghai, activity_id=visit.id)
    assert dialog.visit_label.text() == "年度拜访" and dialog.customer_label.text() == "恒通贸易"
    assert dialog.position_label.text() == "Measured: 31.230400, 121.473700 (WGS-84, from the device)"
    assert dialog.accuracy_label.text() == "±35 m"
    assert "GCJ-02" in dialog.map_note.text() and not dialog.map_note.isHidden()
    dialog.note_edit.setPlainText("见到了采购经理")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    settle(qtbot, jobs)
    assert dialog.result() == CheckInDialog.DialogCode.Accepted
    (came,) = crm.checkins.of_visit(visit.id)
    assert (came.position_source, came.latitude, came.accuracy_m) == ("device", 31.2304, 35.0)
    assert crm.activities.get(visit.id).body == "见到了采购经理"


def test_with_no_location_service_the_address_is_used_not_measured(qtbot, jobs, crm, visit):
    dialog = opened(qtbot, jobs, crm, no_source, activity_id=visit.id)
    assert dialog.position_label.text() == ("Not measured: No location service on this computer. "
                                            f"The customer's address is recorded instead: {ADDRESS}")
    assert dialog.accuracy_label.text() == "—" and dialog.map_note.isHidden()
    assert not dialog.retry_button.isHidden()
    dialog.ok_button.click()
    settle(qtbot, jobs)
    (came,) = crm.checkins.of_visit(visit.id)
    assert (came.position_source, came.latitude, came.place) == ("address", None, ADDRESS)


def test_a_switched_off_service_says_so_and_try_again_finds_it(qtbot, jobs, crm, visit):
    dialog = opened(qtbot, jobs, crm, switched_off, activity_id=visit.id)
    assert dialog.position_label.text().startswith("Not measured: Location service is off.")
    dialog.finder.source = shanghai(dialog.finder)  # the rep switched it on
    dialog.finder.source.positionUpdated.connect(dialog.finder._updated)
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: not dialog.locating)
    assert dialog.position_label.text().startswith("Measured: 31.230400")


def test_a_new_visit_and_its_check_out(qtbot, jobs, crm, customer):
    dialog = opened(qtbot, jobs, crm, shanghai, account_id=customer.id)
    assert dialog.visit_label.text() == "A new visit, starting now"
    assert dialog.subject_edit.text() == "Visit: 恒通贸易"
    dialog.ok_button.click()
    settle(qtbot, jobs)
    activity_id = dialog.done_data.activity_id
    assert crm.activities.get(activity_id).subject == "Visit: 恒通贸易"
    leaving = CheckInDialog(crm.checkins, jobs, activity_id=activity_id, checking_out=True, source_factory=no_source)
    qtbot.addWidget(leaving)
    qtbot.waitUntil(lambda: not leaving.loading and not leaving.locating)
    assert leaving.ok_button.text() == "Check out" and leaving.photo_row.isHidden()
    assert "(checked in " in leaving.visit_label.text()
    leaving.ok_button.click()
    settle(qtbot, jobs)
    assert leaving.done_data.duration is not None and crm.activities.get(activity_id).done


def test_a_refusal_shows_in_the_dialog_and_loses_nothing(qtbot, jobs, crm, visit):
    crm.checkins.check_in(visit.id)
    dialog = opened(qtbot, jobs, crm, no_source, activity_id=visit.id)
    dialog.ok_button.click()
    settle(qtbot, jobs)
    assert dialog.error_label.text() == "This visit is already checked in." and dialog.isVisible()
    assert len(crm.checkins.of_visit(visit.id)) == 1


def test_check_in_from_the_agenda_and_the_checkins_page(qtbot, window, crm, customer):
    earlier = datetime.combine(date.today() - timedelta(days=9), time(9)).astimezone()
    crm.activities.log(ActivityInput(kind="call", subject="报价", account_id=customer.id, occurred_at=earlier,
                                     next_followup_on=date.today()))
    window.commands("checkins").source_factory = shanghai
    agenda = window.show_page("agenda")
    settle(qtbot, window.jobs)
    item = next(i for i in agenda.model.items() if i.subject == "报价")
    agenda.tree.selectionModel().select(agenda.model.index_of(item), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert agenda.check_in_button.isEnabled()
    when_modal(CheckInDialog, lambda dialog: dialog.ok_button.click())
    agenda.check_in_button.click()
    settle(qtbot, window.jobs)
    rows = crm.checkins.listing()
    assert len(rows) == 1 and rows[0].customer == "恒通贸易" and rows[0].open_visit
    with sqlite3.connect(crm.db_path) as db:  # what the server wrote when it arrived
        db.execute("UPDATE checkins SET doubt = 'clock_ahead:95;speed:712'")

    page = window.show_page("checkins")
    settle(qtbot, window.jobs)
    model = page.model
    assert model.rowCount() == 1
    cells = [model.item(0, c).text() for c in range(model.columnCount())]
    assert cells[1] == "Check-in" and cells[4] == "恒通贸易"
    assert cells[5] == "Measured (±35 m)" and cells[6] == "31.230400, 121.473700"
    assert cells[8] == ("Device clock 95 min ahead of the server's; "
                        "Implausible journey since the previous check-in: 712 km/h")
    assert cells[7] == "Intact"
    assert "1 doubtful" in page.summary.text()
    page.table.selectRow(0)
    assert page.check_out_button.isEnabled()
    when_modal(CheckInDialog, lambda dialog: dialog.ok_button.click())
    page.check_out_button.click()
    settle(qtbot, window.jobs)
    assert [r.event for r in crm.checkins.listing()] == ["out", "in"]
    assert model.rowCount() == 2 and not page.check_out_button.isEnabled()


def test_a_visits_dialog_offers_check_in(qtbot, window, crm, visit):
    window.commands("checkins").source_factory = no_source
    dialog = ActivityDialog(crm.activities, window.jobs, parent=window, editing=crm.activities.get(visit.id))
    qtbot.addWidget(dialog)
    settle(qtbot, window.jobs)
    buttons = dialog.check_buttons
    assert buttons is not None and buttons.check_in.isEnabled() and not buttons.check_out.isEnabled()
    dialog.form.subjectEdit.setText("年度拜访：续签")  # typed before checking in: saved first, not lost
    when_modal(CheckInDialog, lambda d: d.ok_button.click())
    buttons.check_in.click()
    qtbot.waitUntil(lambda: bool(crm.checkins.of_visit(visit.id)))
    settle(qtbot, window.jobs)
    assert crm.checkins.of_visit(visit.id)[0].position_source == "address"
    saved = crm.activities.get(visit.id)
    assert (saved.subject, saved.place) == ("年度拜访：续签", ADDRESS)


@pytest.mark.skipif(importlib.util.find_spec("crm_desktop.controllers.attachments") is None,
                    reason="the attachments controller is not in this build")
def test_a_photo_chosen_in_the_dialog_is_kept_with_the_visit(qtbot, jobs, crm, visit, tmp_path):
    photo = tmp_path / "签字页.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#27ae60"))
    assert image.save(str(photo))
    dialog = CheckInDialog(crm.checkins, jobs, activity_id=visit.id, source_factory=shanghai)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.locating)
    assert not dialog.photo_row.isHidden()
    dialog.photo_edit.setText(str(tmp_path / "missing.png"))
    dialog.ok_button.click()
    settle(qtbot, jobs)
    assert dialog.error_label.text() == "The photo cannot be read: the file is missing or not readable."
    assert crm.checkins.of_visit(visit.id) == []
    dialog.photo_edit.setText(str(photo))
    dialog.ok_button.click()
    settle(qtbot, jobs)
    (came,) = crm.checkins.of_visit(visit.id)
    (kept,) = crm.attachments.list_for("activity", visit.id)
    assert came.photo_id == kept.id and kept.kind == "photo" and kept.file_name == "签字页.png"
