"""Dashboard aggregations against hand-built data: months with gaps, currencies, owners, drill-downs, export."""

import math
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from crm_desktop.domain.analytics.dashboard import CHART_TITLES, ChartTable, DashboardFilter
from crm_desktop.domain.common import money
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.domain.service.entities import TicketInput

H1 = DashboardFilter(date(2026, 1, 1), date(2026, 6, 30))


def chart(crm, key, flt=H1):
    return next(c for c in crm.analytics.dashboard(flt) if c.key == key)


def series(c, key):
    return dict(zip(c.category_keys, next(s for s in c.series if s.key == key).values, strict=True))


def stamp(crm, table, record_id, **columns):
    """Put a record in the past: the controllers stamp 'now', the dashboard needs history."""
    con = sqlite3.connect(crm.db_path)
    sets = ", ".join(f"{k} = ?" for k in columns)
    con.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*columns.values(), record_id))
    con.commit()
    con.close()


def at(day: str) -> str:
    return f"{day}T04:00:00.000000Z"


def deal(crm, name, amount, currency="CNY", account=None, status="open", closed=None, owner=None):
    stages = crm.sales.stages()
    target = {"won": next(s for s in stages if s.is_won), "lost": next(s for s in stages if s.is_lost)}.get(status)
    o = crm.sales.create(OpportunityInput(name, account_id=account, amount=amount, currency=currency, owner_id=owner))
    if target is not None:
        crm.sales.move_stage(o.id, target.id, lost_reason="价格" if status == "lost" else None)
        stamp(crm, "opportunities", o.id, closed_at=at(closed))
    return o


@pytest.fixture
def fixed_today(crm):
    crm.analytics.today = lambda: date(2026, 6, 30)
    return crm


def test_an_empty_store_has_every_chart_empty_with_its_months(crm):
    charts = crm.analytics.dashboard(H1)
    assert [c.key for c in charts] == list(CHART_TITLES)
    assert all(c.is_empty for c in charts)
    assert chart(crm, "revenue_by_month").categories == ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
                                                         "2026-06")
    assert len(chart(crm, "forecast").categories) == 12


def test_default_range_is_the_last_twelve_months(fixed_today):
    assert fixed_today.analytics.resolve(DashboardFilter()) == (date(2025, 7, 1), date(2026, 6, 30))
    assert len(chart(fixed_today, "win_rate", DashboardFilter()).categories) == 12


def test_won_revenue_in_the_home_currency_win_rate_with_gaps_and_orders(crm):
    deal(crm, "a", "1000", status="won", closed="2026-03-05")
    deal(crm, "b", "100", "USD", status="won", closed="2026-03-20")
    deal(crm, "c", "500", status="lost", closed="2026-03-21")
    deal(crm, "d", "70", status="won", closed="2026-05-31")
    deal(crm, "outside", "9999", status="won", closed="2026-07-01")
    revenue = series(chart(crm, "revenue_by_month"), "revenue")
    usd = float(money.to_home(Decimal("100"), "USD"))
    assert revenue["2026-03"] == pytest.approx(1000 + usd)
    assert revenue["2026-05"] == 70 and revenue["2026-04"] == 0
    assert sum(revenue.values()) == pytest.approx(1070 + usd)
    rate = series(chart(crm, "win_rate"), "win_rate")
    assert rate["2026-03"] == pytest.approx(200 / 3) and rate["2026-05"] == 100
    assert math.isnan(rate["2026-02"])  # nothing closed: a gap, not 0 %
    rows = crm.analytics.drill(H1, "revenue_by_month", "2026-03", "revenue")
    assert rows.entity == "opportunity" and {r[1] for r in rows.rows} == {"a", "b"}
    assert {r[1] for r in crm.analytics.drill(H1, "win_rate", "2026-03").rows} == {"a", "b", "c"}


def test_owner_and_team_filters(crm):
    me = crm.store.device_user_id
    crm.load_demo(100, seed=2)  # brings colleagues with a team
    others = [u for u in crm.analytics.owners() if u.id != me]
    colleague = others[0]
    deal(crm, "mine", "100", status="won", closed="2026-02-02", owner=me)
    deal(crm, "theirs", "300", status="won", closed="2026-02-03", owner=colleague.id)
    mine = DashboardFilter(date(2026, 2, 1), date(2026, 2, 28), owner_id=me)
    assert [r[1] for r in crm.analytics.drill(mine, "revenue_by_owner", me).rows] == ["mine"]
    owners = chart(crm, "revenue_by_owner", mine)
    assert owners.category_keys == (me,)
    team = DashboardFilter(date(2026, 2, 1), date(2026, 2, 28), team=colleague.team)
    names = {r[1] for r in crm.analytics.drill(team, "revenue_by_month", "2026-02").rows}
    assert "theirs" in names and "mine" not in names


def test_funnel_forecast_and_places(fixed_today):
    crm = fixed_today
    north = crm.customers.create_account(AccountInput(name="北方重工", province="辽宁省", industry="机械设备"))
    south = crm.customers.create_account(AccountInput(name="南方电子", province="广东省", industry="电子电器"))
    first = crm.sales.stages()[0]
    o = deal(crm, "open one", "2000", account=north.id)
    stamp(crm, "opportunities", o.id, expected_close="2026-08-15")
    deal(crm, "open two", "1000", account=south.id)
    deal(crm, "won north", "500", account=north.id, status="won", closed="2026-04-01")
    deal(crm, "won south", "800", account=south.id, status="won", closed="2026-04-02")
    funnel = chart(crm, "pipeline_funnel")
    assert series(funnel, "amount")[first.id] == 3000 and series(funnel, "deals")[first.id] == 2
    forecast = chart(crm, "forecast")
    assert forecast.category_keys[0] == "2026-06"
    assert series(forecast, "best_case")["2026-08"] == 2000
    assert series(forecast, "weighted")["2026-08"] == pytest.approx(2000 * first.probability / 100)
    region = chart(crm, "revenue_by_region")
    assert region.categories == ("广东省", "辽宁省")  # largest first
    assert [r[1] for r in crm.analytics.drill(H1, "revenue_by_industry", "机械设备").rows] == ["won north"]
    assert {r[1] for r in crm.analytics.drill(H1, "pipeline_funnel", first.id).rows} == {"open one", "open two"}


def test_activities_by_kind_month_and_rep(crm):
    account = crm.customers.create_account(AccountInput(name="客户甲"))
    for day, kind in (("2026-02-03", "call"), ("2026-02-04", "call"), ("2026-02-05", "visit"), ("2026-04-01", "call")):
        a = crm.activities.log(ActivityInput(kind=kind, subject=kind, account_id=account.id))
        stamp(crm, "activities", a.id, occurred_at=at(day))
    kinds = chart(crm, "activities_by_kind")
    assert [s.key for s in kinds.series] == ["call", "visit"] and kinds.series_labels == "activity_kind"
    assert series(kinds, "call")["2026-02"] == 2 and series(kinds, "visit")["2026-02"] == 1
    assert series(kinds, "call")["2026-03"] == 0
    reps = chart(crm, "activities_by_rep")
    assert reps.category_keys == (crm.store.device_user_id,) and series(reps, "call")[crm.store.device_user_id] == 3
    rows = crm.analytics.drill(H1, "activities_by_kind", "2026-02", "call")
    assert rows.entity == "activity" and len(rows.rows) == 2 and rows.rows[0][4] == "客户甲"


def test_ticket_volume_sla_compliance_and_satisfaction(crm):
    made = []
    for subject, created, resolved, breached, score in (
            ("一", "2026-03-01", "2026-03-02", 0, 5), ("二", "2026-03-03", "2026-03-09", 1, 2),
            ("三", "2026-03-04", None, 0, None)):
        t = crm.service.create(TicketInput(subject))
        if resolved:
            crm.service.set_status(t.id, "in_progress")
            crm.service.set_status(t.id, "resolved", "ok")
            crm.service.rate(t.id, score)
            stamp(crm, "tickets", t.id, resolved_at=at(resolved), sla_breached=breached)
        stamp(crm, "tickets", t.id, created_at=at(created))
        made.append(t)
    volume = chart(crm, "ticket_volume")
    assert series(volume, "opened")["2026-03"] == 3 and series(volume, "resolved")["2026-03"] == 2
    sla = chart(crm, "sla_compliance")
    assert series(sla, "sla_met")["2026-03"] == 50 and series(sla, "satisfaction")["2026-03"] == 3.5
    assert math.isnan(series(sla, "sla_met")["2026-01"])
    rows = crm.analytics.drill(H1, "sla_compliance", "2026-03", "sla_met")
    assert {r[2] for r in rows.rows} == {"一", "二"}


def test_customers_by_source_and_level_in_the_range(crm):
    for name, source, level, created in (("甲", "exhibition", "A", "2026-02-01"),
                                         ("乙", "exhibition", "B", "2026-02-02"),
                                         ("丙", None, None, "2026-03-01"), ("丁", "web", "A", "2025-01-01")):
        a = crm.customers.create_account(AccountInput(name=name, source=source, level=level))
        stamp(crm, "accounts", a.id, created_at=at(created))
    sources = chart(crm, "customers_by_source")
    assert sources.category_labels == "source" and series(sources, "customers") == {"exhibition": 2, "": 1}
    assert series(chart(crm, "customers_by_level"), "customers") == {"A": 1, "B": 1, "C": 0, "D": 0, "": 1}
    assert [r[1] for r in crm.analytics.drill(H1, "customers_by_level", "").rows] == ["丙"]


def test_chart_data_exports_to_xlsx(crm, tmp_path):
    table = ChartTable("Won revenue", ("Month", "Won revenue", "Orders"), ("month", "money", "count"),
                       ((date(2026, 3, 1), Decimal("1200.50"), 3), (date(2026, 4, 1), Decimal("0"), 0)))
    path = crm.analytics.export_xlsx(tmp_path / "data.xlsx", [table])
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Month", "Won revenue", "Orders"]
    assert sheet["B2"].value == pytest.approx(1200.5) and sheet["C2"].value == 3


def test_dashboard_can_be_cancelled_between_charts(crm):
    from crm_desktop.tasks import TaskCancelledError, TaskState

    state = TaskState()
    state.cancel()
    with pytest.raises(TaskCancelledError):
        crm.analytics.dashboard(H1, state)



def test_day_counts_follow_every_insert_edit_soft_delete_and_delete(crm):
    def counts():
        con = sqlite3.connect(crm.db_path)
        rows = dict(((d, k), n) for d, k, n in con.execute(
            "SELECT day, kind, sum(n) FROM activity_day_stats GROUP BY day, kind HAVING sum(n) != 0"))
        accounts = con.execute("SELECT coalesce(sum(n), 0) FROM account_day_stats").fetchone()[0]
        con.close()
        return rows, accounts

    account = crm.customers.create_account(AccountInput(name="统计客户", source="web"))
    a = crm.activities.log(ActivityInput(kind="call", subject="x", account_id=account.id))
    stamp(crm, "activities", a.id, occurred_at=at("2026-02-03"))
    assert counts() == ({("2026-02-03", "call"): 1}, 1)
    stamp(crm, "activities", a.id, kind="visit")
    assert counts()[0] == {("2026-02-03", "visit"): 1}
    stamp(crm, "activities", a.id, deleted_at=at("2026-02-04"))
    assert counts()[0] == {}
    stamp(crm, "activities", a.id, deleted_at=None)
    assert counts()[0] == {("2026-02-03", "visit"): 1}
    con = sqlite3.connect(crm.db_path)
    con.execute("DELETE FROM activities WHERE id = ?", (a.id,))
    con.commit()
    con.close()
    crm.customers.delete_account(account.id)
    assert counts() == ({}, 0)


def test_the_demo_counts_its_rows_once_at_the_end(crm):
    crm.load_demo(200, seed=4)
    con = sqlite3.connect(crm.db_path)
    counted = con.execute("SELECT sum(n) FROM activity_day_stats").fetchone()[0]
    live = con.execute("SELECT count(*) FROM activities WHERE deleted_at IS NULL").fetchone()[0]
    triggers = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    con.close()
    assert counted == live > 0 and triggers == 18  # day stats, segment stats, live counts (6 each)
