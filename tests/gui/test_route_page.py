"""Today's route in the real window: a day loaded (cpca on the job runner), optimised, a stop moved by hand, the
order applied and undone, .ics and PDF written, the QR code shown."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput
from crm_desktop.gui.route.qr_dialog import QrDialog
from tests.gui.conftest import settle, when_modal

DAY = date(2026, 12, 8)
PLACES = (("恒通贸易", "北京市", "朝阳区", "建国路88号"), ("华信科技", "上海市", "浦东新区", "世纪大道100号"),
          ("京华电子", "北京市", "海淀区", "中关村大街1号"), ("外滩商贸", "上海市", "黄浦区", "中山东一路1号"))


@pytest.fixture
def seeded(crm):
    for hour, (name, province, district, street) in enumerate(PLACES, 9):
        account = crm.customers.create_account(AccountInput(name=name, province=province, city=province,
                                                            district=district, street=street))
        crm.activities.log(ActivityInput(kind="visit", subject=f"拜访{name}", account_id=account.id, done=False,
                                         occurred_at=datetime.combine(DAY, time(hour)).astimezone()))


def open_route(qtbot, window):
    page = window.show_page("route")
    page.set_day(DAY)
    settle(qtbot, window.jobs)
    qtbot.waitUntil(lambda: page.route is not None and page.route.day == DAY and not page.loading)
    return page


def customers(page) -> list[str]:
    return [page.table.item(row, 2).text() for row in range(page.table.rowCount())]


def test_a_day_loads_in_time_order_with_its_districts(qtbot, window, seeded):
    page = open_route(qtbot, window)
    assert customers(page) == ["恒通贸易", "华信科技", "京华电子", "外滩商贸"]
    assert [page.table.item(r, 3).text() for r in range(4)] == ["北京市 朝阳区", "上海市 浦东新区", "北京市 海淀区",
                                                                 "上海市 黄浦区"]
    assert page.table.item(0, 4).text() == "建国路88号"
    assert page.table.item(0, 5).text() == "" and page.table.item(1, 5).text().endswith(" km")
    assert page.table.item(0, 6).text() == "≈ district centre"
    assert "district" in page.note.text() and page.stack.currentWidget() is page.table
    assert "stops: 4" in page.summary.text()


def test_optimise_move_apply_and_undo(qtbot, window, seeded, crm):
    page = open_route(qtbot, window)
    page.optimise_button.click()  # every visit is timed: kept as planned
    settle(qtbot, window.jobs)
    assert customers(page) == ["恒通贸易", "华信科技", "京华电子", "外滩商贸"]
    assert "Already the shortest order that keeps the planned times" in page.summary.text()
    planned_km = page.route.total_km
    page.keep_times.click()
    page.optimise_button.click()
    settle(qtbot, window.jobs)
    order = customers(page)
    assert page.route.total_km < planned_km / 2
    assert {tuple(sorted(order[:2])), tuple(sorted(order[2:]))} == {("京华电子", "恒通贸易"), ("华信科技", "外滩商贸")}
    assert "Apply times" in page.summary.text()  # the times shown are still the planned ones
    page.table.selectRow(1)
    page.down_button.click()
    assert customers(page)[2] == order[1] and page.table.currentRow() == 2
    page.up_button.click()
    assert customers(page) == order
    window.show_page("agenda")
    window.show_page("route")  # shown again: reloaded, in the order the rep chose
    settle(qtbot, window.jobs)
    assert customers(page) == order
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.apply_button.click()
    settle(qtbot, window.jobs)
    qtbot.waitUntil(lambda: not page.loading)
    assert customers(page) == order and "Apply times" not in page.summary.text()  # times now in route order
    assert [s.customer for s in crm.route.day(DAY).stops] == order
    shown = [page.table.item(r, 1).text().replace("\u202f", " ") for r in range(4)]  # Qt's narrow space before AM
    assert shown == ["9:00 AM", "10:00 AM", "11:00 AM", "12:00 PM"]
    window.undo_stack.undo()
    settle(qtbot, window.jobs)
    # The planned times are back; the page keeps the order the rep chose and says the times do not follow it.
    qtbot.waitUntil(lambda: "Apply times" in page.summary.text())
    assert customers(page) == order
    assert [s.customer for s in crm.route.day(DAY).stops] == ["恒通贸易", "华信科技", "京华电子", "外滩商贸"]


def test_ics_pdf_and_qr(qtbot, window, seeded, tmp_path):
    page = open_route(qtbot, window)
    page.export_ics(tmp_path / "route.ics")
    settle(qtbot, window.jobs)
    events = Calendar.from_ical((tmp_path / "route.ics").read_bytes()).walk("VEVENT")
    assert str(events[0].get("summary")) == "1. 恒通贸易: 拜访恒通贸易"
    assert str(events[0].get("location")) == "北京市 朝阳区 建国路88号"
    pdf = page.save_pdf(tmp_path / "route.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    text = document.getAllText(0).text()
    assert "Route for 2026-12-08" in text and "Total (straight line)" in text
    shown = []

    def look(dialog: QrDialog) -> None:
        shown.append((dialog.image.pixmap().width(), dialog.text.toPlainText(), dialog.next_button.isVisible()))
        dialog.reject()

    when_modal(QrDialog, look)
    page.qr_button.click()
    settle(qtbot, window.jobs)
    qtbot.waitUntil(lambda: bool(shown))
    width, text, paged = shown[0]
    assert width > 200 and not paged
    assert text.startswith("Route for 2026-12-08\n1. 09:00 恒通贸易\n北京市 朝阳区 建国路88号")


def test_a_day_without_visits_says_so(qtbot, window):
    page = open_route(qtbot, window)
    assert page.stack.currentWidget() is page.empty
    assert not page.optimise_button.isEnabled() and not page.qr_button.isEnabled()


def test_an_unwritable_ics_says_why(qtbot, window, seeded, tmp_path):
    page = open_route(qtbot, window)
    said = []
    when_modal(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    page.export_ics(tmp_path / "missing" / "route.ics")
    settle(qtbot, window.jobs)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Cannot write") and "missing" in said[0]


def test_my_position_becomes_the_start(qtbot, window, seeded):
    from crm_desktop.gui.checkins.position import FixedSource

    page = open_route(qtbot, window)
    page._position_source = lambda parent: FixedSource(parent, 39.9087, 116.3975, 25.0)  # 天安门
    page.here_button.click()
    qtbot.waitUntil(lambda: page.start_edit.text() == "39.908700, 116.397500")
    settle(qtbot, window.jobs)
    qtbot.waitUntil(lambda: not page.loading and page.route.start_point is not None)
    assert page.route.start_point.latitude == 39.9087
    assert page.table.item(0, 5).text().endswith(" km")  # the first leg is measured from the start now
    assert "WGS-84" in page.note.text() and "GCJ-02" in page.note.text()
