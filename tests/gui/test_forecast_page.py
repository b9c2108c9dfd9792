"""The forecast and sales report pages show the constructed figures and export them to xlsx."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.sales.forecast_page import ForecastPage
from crm_desktop.gui.sales.kanban_cards import OVERDUE_ON_LIGHT
from crm_desktop.gui.sales.report_page import SalesReportPage
from crm_desktop.gui.shell.jobs import JobRunner
from tests.integration.test_forecast import build_deals, build_orders


@pytest.fixture
def jobs():
    runner = JobRunner()
    yield runner
    runner.shutdown()


def table(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def shown(qtbot, page):
    page.resize(900, 700)
    page.show()
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.refresh()
    return page


@pytest.fixture
def forecast(qtbot, crm, jobs):
    territory = build_deals(crm)
    page = ForecastPage(crm, jobs)
    qtbot.addWidget(page)
    return shown(qtbot, page), territory


def test_forecast_tables_show_the_figures_and_totals(qtmodeltester, forecast):
    page, territory = forecast
    months = table(page.month_model)
    assert [page.month_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Close month", "Open deals", "Weighted", "Commit", "Best case", "Won"]
    assert months[0] == [territory.won_month.strftime("%Y-%m"), "0", "0.00", "0.00", "0.00", "1,420.00"]
    assert months[1:] == [
        ["2030-03", "4", "15,736.01", "18,765.38", "24,099.21", "8,000.00"],
        ["2030-04", "1", "1,250.00", "0.00", "5,000.00", "0.00"],
        ["No date", "1", "100.00", "0.00", "1,000.00", "0.00"],
        ["Total", "6", "17,086.01", "18,765.38", "30,099.21", "9,420.00"],
    ]
    assert table(page.owner_model) == [
        ["Ann", "3", "14,636.01", "18,765.38", "20,765.88", "8,000.00"],
        ["Bob", "3", "2,450.00", "0.00", "9,333.33", "1,420.00"],
        ["Total", "6", "17,086.01", "18,765.38", "30,099.21", "9,420.00"],
    ]
    weighted = page.owner_model.index(0, 2)
    assert weighted.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.owner_model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    qtmodeltester.check(page.month_model)
    qtmodeltester.check(page.owner_model)


def months_back(n: int) -> date:
    first = date.today().replace(day=1)
    index = first.year * 12 + first.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def test_the_forecast_starts_at_an_overdue_month_and_adds_up_the_history_before_it(qtbot, crm, jobs):
    """Won deals a year back leave no empty months at the top: the list starts with the overdue deals'
    month (in the warning colour), the months before it add up in one row, and the totals stay whole."""
    stages = {s.name: s for s in crm.sales.stages()}
    account = crm.customers.create_account(AccountInput(name="杭州西湖电子有限公司"))
    won = crm.sales.create(OpportunityInput("Won long ago", account_id=account.id, amount="5000"))
    move = crm.sales.move_stage(won.id, stages["Won"].id)
    crm.sales.set_stage_state(won.id, replace(move.after, closed_at=datetime.combine(
        months_back(10), time(9), tzinfo=UTC)))
    for name, close in (("Overdue", months_back(2) + timedelta(days=9)), ("Next", months_back(-1))):
        crm.sales.create(OpportunityInput(name, account_id=account.id, amount="1000", expected_close=close))
    page = ForecastPage(crm, jobs)
    qtbot.addWidget(page)
    shown(qtbot, page)
    overdue, upcoming = months_back(2).strftime("%Y-%m"), months_back(-1).strftime("%Y-%m")
    assert [row[:2] + row[5:] for row in table(page.month_model)] == [
        [f"Before {overdue}", "0", "5,000.00"], [overdue, "1", "0.00"], [upcoming, "1", "0.00"],
        ["Total", "2", "5,000.00"]]
    model = page.month_model
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_ON_LIGHT
    assert "passed" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_forecast_owner_filter(qtbot, forecast):
    page, territory = forecast
    assert [page.owner_combo.itemText(i) for i in range(page.owner_combo.count())] == ["All owners", "Ann", "Bob"]
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.owner_combo.setCurrentIndex(page.owner_combo.findData(territory.bob))
    assert [r[0] for r in table(page.owner_model)] == ["Bob", "Total"]
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.owner_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.team_combo.setCurrentIndex(page.team_combo.findText("East"))
    assert table(page.owner_model)[-1][4] == "20,765.88"


def test_forecast_export_writes_the_chosen_file(qtbot, forecast, tmp_path, monkeypatch):
    page, _ = forecast
    target = tmp_path / "my forecast"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.sig_exported, timeout=10000) as done:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = target.with_name("my forecast.xlsx")
    assert done.args == [written]
    assert str(written) in page.status_label.text() and page.export_button.isEnabled()
    ws = load_workbook(written)["By month"]
    assert ws["A1"].value == "Month" and ws["A3"].value == datetime(2030, 3, 1) and ws["C3"].value == 15736.01


def test_a_failed_export_says_why(qtbot, forecast, tmp_path, monkeypatch):
    page, _ = forecast
    target = tmp_path / "missing folder" / "f.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    page.export()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "Cannot write" in warnings[0] and str(target) in warnings[0]
    assert page.export_button.isEnabled() and not target.exists()


def test_cancelling_the_file_dialog_exports_nothing(qtbot, forecast, monkeypatch):
    page, _ = forecast
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.export()
    assert page.export_button.isEnabled() and page.status_label.text() != "Exporting…"


def test_sales_report_page(qtbot, qtmodeltester, crm, jobs, tmp_path, monkeypatch):
    territory = build_deals(crm)
    build_orders(crm, territory)
    page = SalesReportPage(crm, jobs)
    qtbot.addWidget(page)
    shown(qtbot, page)
    assert table(page.month_model) == [["2030-01", "3", "541.99"], ["2030-02", "1", "500.00"],
                                       ["Total", "4", "1,041.99"]]
    assert table(page.owner_model) == [["Ann", "2", "399.99"], ["Bob", "2", "642.00"], ["Total", "4", "1,041.99"]]
    qtmodeltester.check(page.month_model)
    qtmodeltester.check(page.owner_model)
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.owner_combo.setCurrentIndex(page.owner_combo.findData(territory.bob))
    assert table(page.month_model)[-1] == ["Total", "2", "642.00"]
    target = tmp_path / "sales.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.sig_exported, timeout=10000):
        page.export()
    rows = [[c.value for c in r] for r in load_workbook(target)["By owner"].iter_rows()]
    assert rows == [["Owner", "Orders", "Revenue"], ["Bob", 2, 642.0], ["Total", 2, 642.0]]
