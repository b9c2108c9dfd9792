"""The Calendar page with real widgets over a real store: switching views, dragging a visit to another time and
Ctrl+Z, dragging over free time to plan a visit, and a manager's choice of whose calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.domain.calendar.ranges import DAY, MONTH, WEEK
from crm_desktop.gui.calendar.visit_dialog import VisitDialog
from crm_desktop.store.models import Activity, User
from tests.gui.calendar_world import at, seed
from tests.gui.conftest import settle, when_modal


@pytest.fixture
def monday() -> date:
    today = date.today()
    return today - timedelta(days=today.weekday())


@pytest.fixture
def seeded(crm, monday):
    return seed(crm, monday)


def _open(qtbot, window):
    page = window.show_page("calendar")
    settle(qtbot, window.jobs)
    return page


def _activate(qtbot, window) -> None:
    """The main window in front (a reminder of the overdue task may have popped up over it)."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isWindow() and widget.isVisible():
            widget.hide()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _drag(qtbot, widget, start: QPointF, end: QPointF) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start.toPoint())
    middle = (start + end) / 2
    qtbot.mouseMove(widget, middle.toPoint())
    qtbot.mouseMove(widget, end.toPoint())
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end.toPoint())


def test_the_views_show_the_week_a_day_and_the_month(qtbot, window, seeded, monday):
    page = _open(qtbot, window)
    assert page.span.view == WEEK and page.span.first == monday
    assert page.grid.rect_of(seeded["a0"]) is not None  # Tuesday's visit in the hours
    assert page.bar.rect_of(seeded["deal"]) is not None  # the deal's close as an all-day chip
    assert page.bar.rect_of(seeded["li"]) is not None  # 李娜's follow-up too
    task = next(e for e in page.entries if e.id == seeded["task"])
    assert task.start == at(monday, 16) and task.overdue == (at(monday, 16) < datetime.now().astimezone())

    page.view_buttons[MONTH].click()
    settle(qtbot, window.jobs)
    assert page.span.view == MONTH and page.views.currentWidget() is page.month
    assert page.month.rect_of(seeded["a3"]) is not None

    page.view_buttons[DAY].click()
    page.go_today()
    settle(qtbot, window.jobs)
    assert page.span.view == DAY and page.span.first == date.today()
    page.next_button.click()
    settle(qtbot, window.jobs)
    assert page.span.first == date.today() + timedelta(days=1)
    page.view_buttons[WEEK].click()
    page.go_today()
    settle(qtbot, window.jobs)
    assert page.span.first == monday and page.views.currentWidget() is page.hours


def test_dragging_a_visit_moves_it_with_its_end_and_ctrl_z_moves_it_back(qtbot, window, crm, seeded, monday):
    page = _open(qtbot, window)
    tuesday, grid = monday + timedelta(days=1), page.grid
    box = grid.rect_of(seeded["a0"])
    grab = QPointF(box.center().x(), grid.y_of(10 * 60) + 6)  # 10:00 + a little: inside the 10:00-11:30 box
    assert box.contains(grab)
    drop = QPointF(grid.point_of(1, 13 * 60).x(), grid.y_of(13 * 60) + 6)
    _drag(qtbot, grid, grab, drop)
    settle(qtbot, window.jobs)
    moved = crm.activities.get(seeded["a0"])
    assert moved.occurred_at == at(tuesday, 13)
    assert crm.calendar.entries(tuesday, tuesday + timedelta(days=1))[0].end is not None
    ends = {e.id: e.end for e in crm.calendar.entries(tuesday, tuesday + timedelta(days=1))}
    assert ends[seeded["a0"]] == at(tuesday, 14, 30)  # the end went along
    assert window.undo_stack.count() == 1

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's Undo
    settle(qtbot, window.jobs)
    assert crm.activities.get(seeded["a0"]).occurred_at == at(tuesday, 10)
    ends = {e.id: e.end for e in crm.calendar.entries(tuesday, tuesday + timedelta(days=1))}
    assert ends[seeded["a0"]] == at(tuesday, 11, 30)
    assert page.grid.rect_of(seeded["a0"]).top() == pytest.approx(grid.y_of(10 * 60) + 1)  # the page followed

    window.redo_action.trigger()
    settle(qtbot, window.jobs)
    assert crm.activities.get(seeded["a0"]).occurred_at == at(tuesday, 13)


def test_dragging_the_follow_up_chip_to_another_day_reschedules_it(qtbot, window, crm, seeded, monday):
    page = _open(qtbot, window)
    chip = page.bar.rect_of(seeded["li"])
    _drag(qtbot, page.bar, chip.center(), page.bar.point_of(5))
    settle(qtbot, window.jobs)
    assert crm.customers.get_contact(seeded["li"]).next_followup_at == monday + timedelta(days=5)
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert crm.customers.get_contact(seeded["li"]).next_followup_at == monday + timedelta(days=3)


def test_dragging_over_free_time_plans_a_visit_there(qtbot, window, crm, seeded, monday):
    page = _open(qtbot, window)
    thursday, grid = monday + timedelta(days=3), page.grid

    def fill(dialog: VisitDialog) -> None:
        assert dialog.when.text()  # the slot it was made from
        dialog.subjectEdit.setText("回访比亚迪")
        dialog.placeEdit.setText("深圳坪山")
        dialog.save()

    when_modal(VisitDialog, fill)
    _drag(qtbot, grid, QPointF(grid.point_of(3, 15 * 60).x(), grid.y_of(15 * 60) + 3),
          QPointF(grid.point_of(3, 16 * 60).x(), grid.y_of(16 * 60) + 20))
    settle(qtbot, window.jobs)
    made = [e for e in crm.calendar.entries(thursday, thursday + timedelta(days=1)) if e.subject == "回访比亚迪"]
    assert len(made) == 1
    assert (made[0].kind, made[0].start, made[0].end, made[0].place) == ("visit", at(thursday, 15),
                                                                         at(thursday, 16, 30), "深圳坪山")
    box = page.grid.rect_of(made[0].id)
    assert box is not None

    def give_customer(dialog: VisitDialog) -> None:
        assert dialog.editing is not None and dialog.subjectEdit.text() == "回访比亚迪"
        dialog.account_picker.set_record(seeded["byd"], "比亚迪汽车")  # as picking it from the search does
        dialog.save()

    when_modal(VisitDialog, give_customer)  # no customer yet: the visit's own form, where one can be picked
    qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    settle(qtbot, window.jobs)
    assert crm.activities.get(made[0].id).account_id == seeded["byd"]
    window.undo_action.trigger()  # the customer goes again
    settle(qtbot, window.jobs)
    assert crm.activities.get(made[0].id).account_id is None
    window.undo_action.trigger()  # and the new visit
    settle(qtbot, window.jobs)
    assert not [e for e in crm.calendar.entries(thursday, thursday + timedelta(days=1)) if e.subject == "回访比亚迪"]


def _team(crm) -> str:
    """The device user becomes the east team's manager, with a rep of their own who has a visit."""
    with crm.store.sessions() as session:
        me = session.get(User, crm.store.device_user_id)
        me.role, me.team = "manager", "华东"
        rep = User(username="wang", display_name="王芳", role="rep", team="华东")
        stranger = User(username="zhao", display_name="赵磊", role="rep", team="华西")
        session.add_all([rep, stranger])
        session.flush()
        session.add(Activity(kind="visit", subject="王芳的拜访", occurred_at=at(date.today(), 11), owner_id=rep.id))
        session.commit()
        return rep.id


def test_a_manager_opens_a_team_members_calendar_or_the_whole_teams(qtbot, window, crm, seeded):
    rep = _team(crm)
    page = _open(qtbot, window)
    combo = page.owner_combo
    assert combo.isVisible()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "王芳" in names and "赵磊" not in names  # another team's rep is not theirs to open

    def choose(text: str) -> None:
        index = combo.findText(text)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        settle(qtbot, window.jobs)

    choose("王芳")
    subjects = {e.subject for e in page.entries}
    assert "王芳的拜访" in subjects and "方案评审" not in subjects
    assert all(e.owner_id == rep for e in page.entries)
    choose(page.tr("My team"))
    subjects = {e.subject for e in page.entries}
    assert {"王芳的拜访", "方案评审"} <= subjects


def test_a_rep_sees_no_owner_selector(qtbot, window, seeded):
    page = _open(qtbot, window)
    assert not page.owner_combo.isVisible()
    assert {e.owner_id for e in page.entries} == {window.crm.store.device_user_id}



def test_the_file_menu_exports_and_imports_and_a_bad_file_says_so(qtbot, window, crm, seeded, tmp_path):
    commands = window.commands("calendar")
    assert commands.export_action.text() == "Export &calendar…" and commands.import_action.isEnabled()
    _open(qtbot, window)
    out = tmp_path / "mine.ics"
    commands.export_to(out)
    settle(qtbot, window.jobs)
    assert b"BEGIN:VEVENT" in out.read_bytes() and "mine.ics" in window.statusBar().currentMessage()

    meeting = tmp_path / "outlook.ics"
    day = date.today() + timedelta(days=1)
    meeting.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x-1\r\nSUMMARY:客户来访\r\n"
                       f"DTSTART;TZID=Asia/Shanghai:{day:%Y%m%d}T100000\r\nDTEND;TZID=Asia/Shanghai:{day:%Y%m%d}T110000\r\n"
                       "ATTENDEE:mailto:ZhangWei@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    commands.import_from(meeting)
    settle(qtbot, window.jobs)
    assert "1 meetings created" in commands.report.text() and "1 matched" in commands.report.text()
    commands.report.close()
    assert any(e.subject == "客户来访" and e.contact_id == seeded["zhang"]
               for e in crm.calendar.entries(day, day + timedelta(days=1)))

    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"\x89PNG not a calendar")
    commands.import_from(broken)
    settle(qtbot, window.jobs)
    assert "not an iCalendar" in commands.report.text() and "Nothing was imported" in commands.report.text()
    commands.report.close()


def test_the_subscription_link_asks_for_a_server_first(qtbot, window, seeded):
    page = _open(qtbot, window)
    page.subscribe_button.click()
    settle(qtbot, window.jobs)
    commands = window.commands("calendar")
    assert "Connect to your company's server first" in commands.report.text()
    commands.report.close()


def test_double_clicking_a_visit_opens_the_activity_form(qtbot, window, seeded):
    from crm_desktop.gui.activities.activity_dialog import ActivityDialog

    page = _open(qtbot, window)
    seen = []

    def look(dialog: ActivityDialog) -> None:
        seen.append(dialog.form.subjectEdit.text())
        dialog.reject()

    when_modal(ActivityDialog, look)
    qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.rect_of(seeded["a1"]).center().toPoint())
    settle(qtbot, window.jobs)
    qtbot.waitUntil(lambda: seen == ["方案评审"])


def test_in_the_month_a_visit_dragged_to_another_day_keeps_its_time(qtbot, window, crm, seeded, monday):
    page = _open(qtbot, window)
    page.view_buttons[MONTH].click()
    settle(qtbot, window.jobs)
    month = page.month
    line = month.rect_of(seeded["a3"])  # Wednesday's 09:00-12:00 site survey
    friday = monday + timedelta(days=4)
    _drag(qtbot, month, line.center(), month.cell_rect(friday).center())
    settle(qtbot, window.jobs)
    assert crm.activities.get(seeded["a3"]).occurred_at == at(friday, 9)
    ends = {e.id: e.end for e in crm.calendar.entries(friday, friday + timedelta(days=1))}
    assert ends[seeded["a3"]] == at(friday, 12)
    assert page.month.rect_of(seeded["a3"]).intersects(month.cell_rect(friday))
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert crm.activities.get(seeded["a3"]).occurred_at == at(monday + timedelta(days=2), 9)
