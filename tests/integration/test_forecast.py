"""The sales forecast and the sales report on constructed deals and orders, and their xlsx exports."""

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from crm_desktop.controllers.sales.reports import SalesReportsController
from crm_desktop.domain.common.ids import new_id, to_iso, utcnow
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import (
    ForecastRow,
    LineInput,
    OpportunityInput,
    OrderInput,
    PipelineFilter,
    ProductInput,
    SalesReportRow,
    StageState,
)

MARCH, APRIL = date(2030, 3, 1), date(2030, 4, 1)
JANUARY, FEBRUARY = date(2030, 1, 1), date(2030, 2, 1)
D = Decimal


@dataclass
class Territory:
    ann: str          # the device user, team East
    bob: str          # a colleague, team West
    won_month: date   # the (UTC) month the deal won by a stage move closed in


def _sql(crm, sql: str, *params) -> None:
    with sqlite3.connect(crm.db_path) as conn:
        conn.execute(sql, params)


def build_deals(crm) -> Territory:
    """Deals whose figures are known: see the expected rows in the tests below."""
    _sql(crm, "UPDATE users SET display_name = 'Ann', team = 'East' WHERE is_device_user = 1")
    bob, stamp = new_id(), to_iso(utcnow())
    _sql(crm, "INSERT INTO users (id, created_at, updated_at, version, username, display_name, role, team,"
              " is_device_user) VALUES (?, ?, ?, 0, 'bob', 'Bob', 'rep', 'West', 0)", bob, stamp, stamp)
    ann = crm.store.device_user_id
    stages = {s.name: s for s in crm.sales.stages()}
    account = crm.customers.create_account(AccountInput(name="杭州西湖电子有限公司"))

    def deal(name, amount, close, owner=None, stage="New lead", probability=None, currency="CNY"):
        return crm.sales.create(OpportunityInput(name, account_id=account.id, amount=amount, currency=currency,
                                                 expected_close=close, owner_id=owner, probability=probability,
                                                 stage_id=stages[stage].id))

    deal("Ann commit", "10000", date(2030, 3, 15), stage="Negotiation")             # 75 %
    deal("Ann proposal", "2000.50", date(2030, 3, 20), stage="Proposal")            # 50 %
    deal("Ann USD", "1234.56", date(2030, 3, 31), probability=70, currency="USD")   # at the commit line
    deal("Bob odd", "3333.33", date(2030, 3, 10), owner=bob, probability=33)
    deal("Bob April", "5000", date(2030, 4, 5), owner=bob, stage="Qualified")       # 25 %
    deal("Bob undated", "1000", None, owner=bob)                                    # 10 %
    lost = deal("Ann lost", "50000", date(2030, 3, 12), stage="Negotiation")
    crm.sales.move_stage(lost.id, stages["Lost"].id, lost_reason="budget cut")
    won_march = deal("Ann won", "8000", date(2030, 2, 1))
    move = crm.sales.move_stage(won_march.id, stages["Won"].id)
    crm.sales.set_stage_state(won_march.id, StageState(move.after.stage_id, 100, False, "won", None,
                                                       datetime(2030, 3, 5, 9, tzinfo=UTC)))
    won_now = deal("Bob won", "200", date(2031, 1, 1), owner=bob, currency="USD")
    closed = crm.sales.move_stage(won_now.id, stages["Won"].id).after.closed_at.astimezone(UTC)
    return Territory(ann, bob, date(closed.year, closed.month, 1))


def build_orders(crm, territory: Territory) -> None:
    account = crm.customers.create_account(AccountInput(name="苏州工业园区客户"))
    cny = crm.products.create(ProductInput("P-1", "温度传感器", "个", "100", stock_on_hand="100"))
    usd = crm.products.create(ProductInput("P-2", "Cable", "pcs", "10", currency="USD", stock_on_hand="100"))

    def order(day, product, quantity, price=None, currency="CNY", owner=None, statuses=("confirmed",)):
        doc = crm.orders.create(OrderInput("order", account.id, currency=currency, order_date=day,
                                           lines=(LineInput(product.id, quantity, price),)))
        for status in statuses:
            crm.orders.set_status(doc.id, status)
        if owner:
            _sql(crm, "UPDATE sales_orders SET owner_id = ? WHERE id = ?", owner, doc.id)
        return doc

    order(date(2030, 1, 10), cny, "3")                                                          # 300.00
    order(date(2030, 1, 20), cny, "1", "99.99", statuses=("confirmed", "shipped", "paid"))      # 99.99
    order(date(2030, 1, 15), usd, "2", currency="USD", owner=territory.bob)                     # $20 = 142.00
    order(date(2030, 2, 3), cny, "5", owner=territory.bob, statuses=("confirmed", "shipped"))   # 500.00
    order(date(2030, 2, 10), cny, "10", statuses=("confirmed", "cancelled"))                    # never counts
    order(date(2030, 2, 11), cny, "7", statuses=())                                             # a draft: neither


@pytest.fixture
def territory(crm):
    return build_deals(crm)


@pytest.fixture
def reports(crm):
    return SalesReportsController(crm.store)


def test_forecast_by_month_and_owner_converts_rounds_and_skips_lost_deals(reports, territory):
    now = territory.won_month
    assert reports.forecast(PipelineFilter()) == [
        ForecastRow(now, "Bob", 0, D("0.00"), D("0.00"), D("0.00"), D("1420.00")),
        # 7500 + 1000.25 + $864.192 x 7.1 (6135.7632); commit 10000 + $1234.56 x 7.1 (8765.376)
        ForecastRow(MARCH, "Ann", 3, D("14636.01"), D("18765.38"), D("20765.88"), D("8000.00")),
        ForecastRow(MARCH, "Bob", 1, D("1100.00"), D("0.00"), D("3333.33"), D("0.00")),  # 1099.9989
        ForecastRow(APRIL, "Bob", 1, D("1250.00"), D("0.00"), D("5000.00"), D("0.00")),
        ForecastRow(None, "Bob", 1, D("100.00"), D("0.00"), D("1000.00"), D("0.00")),
    ]


def test_roll_ups_add_up_the_rows(reports, territory):
    by_month = reports.forecast_by_month(PipelineFilter())
    assert [(r.month, r.owner_name, r.deals, r.weighted, r.commit, r.best_case, r.won) for r in by_month] == [
        (territory.won_month, "", 0, D("0.00"), D("0.00"), D("0.00"), D("1420.00")),
        (MARCH, "", 4, D("15736.01"), D("18765.38"), D("24099.21"), D("8000.00")),
        (APRIL, "", 1, D("1250.00"), D("0.00"), D("5000.00"), D("0.00")),
        (None, "", 1, D("100.00"), D("0.00"), D("1000.00"), D("0.00")),
    ]
    assert reports.forecast_by_owner(PipelineFilter()) == [
        ForecastRow(None, "Ann", 3, D("14636.01"), D("18765.38"), D("20765.88"), D("8000.00")),
        ForecastRow(None, "Bob", 3, D("2450.00"), D("0.00"), D("9333.33"), D("1420.00")),
    ]
    total = reports.forecast_total(by_month)
    assert total == reports.forecast_total(reports.forecast_by_owner(PipelineFilter()))
    assert total == ForecastRow(None, "", 6, D("17086.01"), D("18765.38"), D("30099.21"), D("9420.00"))


def test_the_forecast_starts_at_this_month_or_at_an_overdue_deal_and_adds_up_the_months_before(reports, territory):
    by_month = reports.forecast_by_month(PipelineFilter())
    # Seen from today (the deals close in 2030): nothing before this month, which holds the deal won now.
    assert reports.forecast_shown(by_month, territory.won_month.replace(day=15)) == by_month
    # Seen from late April 2030: the March deals are overdue, so the list starts there; the month a deal
    # was won back then is added up into one row before it, so the totals still add up.
    shown = reports.forecast_shown(by_month, date(2030, 4, 20))
    assert [(r.month, r.earlier, r.deals, r.won) for r in shown] == [
        (MARCH, True, 0, D("1420.00")), (MARCH, False, 4, D("8000.00")), (APRIL, False, 1, D("0.00")),
        (None, False, 1, D("0.00"))]
    assert reports.forecast_total(shown) == reports.forecast_total(by_month)
    # Long after: still from the first overdue month, never hiding an open deal.
    assert [r.month for r in reports.forecast_shown(by_month, date(2031, 6, 1))][:2] == [MARCH, MARCH]


def test_forecast_filters_by_owner_and_team(reports, territory):
    assert {r.owner_name for r in reports.forecast(PipelineFilter(owner_id=territory.bob))} == {"Bob"}
    east = reports.forecast_by_owner(PipelineFilter(team="East"))
    assert [(r.owner_name, r.best_case) for r in east] == [("Ann", D("20765.88"))]
    assert reports.forecast(PipelineFilter(team="Nobody")) == []
    assert reports.forecast_total([]).best_case == D("0.00")


def test_sales_report_counts_confirmed_orders_and_later_only(crm, reports, territory):
    build_orders(crm, territory)
    report = reports.sales_report()
    assert report.rows == [
        SalesReportRow(JANUARY, "Ann", 2, D("399.99")),
        SalesReportRow(JANUARY, "Bob", 1, D("142.00")),
        SalesReportRow(FEBRUARY, "Bob", 1, D("500.00")),
    ]
    assert report.by_month == [(JANUARY, 3, D("541.99")), (FEBRUARY, 1, D("500.00"))]
    assert report.by_owner == [("Ann", 2, D("399.99")), ("Bob", 2, D("642.00"))]
    assert reports.sales_report(owner_id=territory.bob).by_owner == [("Bob", 2, D("642.00"))]
    assert reports.sales_report(team="East").by_month == [(JANUARY, 2, D("399.99"))]


def test_forecast_export_has_numbers_dates_headers_and_totals(reports, territory, tmp_path):
    target = tmp_path / "out" / "forecast.xlsx"
    target.parent.mkdir()
    assert reports.export_forecast(target, PipelineFilter(), labels={"by_month": "按月"}) == target
    assert [p.name for p in target.parent.iterdir()] == ["forecast.xlsx"]  # no temporary file left over
    book = load_workbook(target)
    assert book.sheetnames == ["按月", "By owner", "Month and owner"]
    ws = book["按月"]
    assert [c.value for c in ws[1]] == ["Month", "Open deals", "Weighted", "Commit", "Best case", "Won"]
    assert all(c.font.bold for c in ws[1]) and ws.freeze_panes == "A2"
    march = ws[3]
    assert march[0].value == datetime(2030, 3, 1) and march[0].number_format == "yyyy-mm"
    assert [c.value for c in march[1:]] == [4, 15736.01, 18765.38, 24099.21, 8000.0]
    assert march[2].number_format == "#,##0.00" and march[2].data_type == "n"
    assert ws[5][0].value == "No date"
    totals = [c.value for c in ws[ws.max_row]]
    assert totals == ["Total", 6, 17086.01, 18765.38, 30099.21, 9420.0] and ws[ws.max_row][2].font.bold
    owners = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("By owner").to_python()
    assert owners[1] == ["Ann", 3, 14636.01, 18765.38, 20765.88, 8000.0]
    assert owners[-1][0] == "Total" and owners[-1][3] == 18765.38
    detail = book["Month and owner"]
    assert detail.max_row == 1 + 5 + 1 and detail[detail.max_row][0].value == "Total"


def test_sales_report_export(crm, reports, territory, tmp_path):
    build_orders(crm, territory)
    target = tmp_path / "sales.xlsx"
    reports.export_sales_report(target)
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows[0] == ["Month", "Orders", "Revenue"]
    assert [r[1:] for r in rows[1:]] == [[3, 541.99], [1, 500.0], [4, 1041.99]]
    assert rows[1][0] in (date(2030, 1, 1), datetime(2030, 1, 1)) and rows[-1][0] == "Total"
    detail = load_workbook(target)["Month and owner"]
    assert [c.value for c in detail[3]] == [datetime(2030, 1, 1), "Bob", 1, 142.0]


def test_a_failed_export_leaves_the_old_file(reports, territory, tmp_path, monkeypatch):
    from crm_desktop.interchange import xlsx_writer

    target = tmp_path / "out" / "forecast.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_writer.ExcelWriter, "save", broken)  # where every workbook is written
    with pytest.raises(Exception, match="No space left"):
        reports.export_forecast(target, PipelineFilter())
    assert target.read_bytes() == b"old" and [p.name for p in target.parent.iterdir()] == ["forecast.xlsx"]


def test_owner_names_that_look_like_formulas_stay_text(crm, reports, territory, tmp_path):
    _sql(crm, "UPDATE users SET display_name = '=1+1' WHERE id = ?", territory.bob)
    target = tmp_path / "f.xlsx"
    reports.export_forecast(target, PipelineFilter(), labels={})
    ws = load_workbook(target)["By owner"]
    assert ws["A2"].value == "=1+1" and ws["A2"].data_type == "s"
