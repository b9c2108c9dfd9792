"""Demo sales data add up (orders, stock, stages) and the `pipeline` command reports them."""

import json
import sqlite3
from collections import defaultdict
from decimal import Decimal

import pytest

from crm_desktop.domain.common import money
from tests.integration.test_demo_and_cli import crm_cli


def _dec(units: int, scale: int) -> Decimal:
    return Decimal(units).scaleb(-scale)


@pytest.fixture
def sales_db(demo_crm):
    con = sqlite3.connect(demo_crm.db_path)
    yield con
    con.close()


def test_demo_makes_products_deals_and_orders(demo_crm, sales_db):
    counts = {t: sales_db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("products", "opportunities", "opportunity_lines", "sales_orders", "sales_order_lines")}
    assert counts["products"] >= 60
    assert counts["opportunities"] == 400 // 5
    assert all(counts.values())
    statuses = {r[0] for r in sales_db.execute("SELECT DISTINCT status FROM opportunities")}
    assert statuses == {"open", "won", "lost"}
    assert not sales_db.execute("SELECT count(*) FROM opportunities WHERE status = 'lost' AND lost_reason IS NULL"
                                ).fetchone()[0]
    # Every lost deal names a reason of the shipped list, or "other" with words: the dashboard counts them.
    codes = {r[0] for r in sales_db.execute(
        "SELECT DISTINCT lost_reason_code FROM opportunities WHERE status = 'lost'")}
    assert codes and codes <= {"price", "competitor", "no_budget", "no_decision", "timing", "product_fit", "other"}
    assert not sales_db.execute("SELECT count(*) FROM opportunities o LEFT JOIN pipeline_stages s"
                                " ON s.id = o.stage_id WHERE s.id IS NULL").fetchone()[0]
    # Probability follows the stage unless a rep set it by hand.
    assert not sales_db.execute("SELECT count(*) FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id"
                                " WHERE o.probability_manual = 0 AND o.probability != s.probability").fetchone()[0]
    # Sample data never syncs; only the default stages, made the normal way on first use, do.
    assert {r[0] for r in sales_db.execute("SELECT DISTINCT entity FROM outbox")} <= {"pipeline_stage"}


def test_order_totals_are_the_sum_of_their_lines(sales_db):
    lines = defaultdict(list)
    for order_id, q, p, d, total in sales_db.execute(
            "SELECT order_id, quantity, unit_price, discount_pct, line_total FROM sales_order_lines"):
        line = (_dec(q, 3), _dec(p, 4), _dec(d, 2))
        lines[order_id].append(line)
        assert _dec(total, 2) == money.line_total(*line, _currency(sales_db, order_id))
    for order_id, currency, subtotal, discount, total in sales_db.execute(
            "SELECT id, currency, subtotal, discount, total FROM sales_orders"):
        totals = money.document_totals(lines[order_id], currency)
        assert (_dec(subtotal, 2), _dec(discount, 2), _dec(total, 2)) == (totals.subtotal, totals.discount,
                                                                          totals.total)


def _currency(con, order_id: str) -> str:
    return con.execute("SELECT currency FROM sales_orders WHERE id = ?", (order_id,)).fetchone()[0]


def test_reserved_stock_is_what_confirmed_orders_hold(sales_db):
    held = dict(sales_db.execute(
        "SELECT l.product_id, sum(l.quantity) FROM sales_order_lines l JOIN sales_orders d ON d.id = l.order_id"
        " WHERE d.kind = 'order' AND d.status = 'confirmed' GROUP BY l.product_id"))
    assert held
    for product_id, on_hand, reserved in sales_db.execute("SELECT id, stock_on_hand, stock_reserved FROM products"):
        assert reserved == held.get(product_id, 0)
        assert on_hand >= reserved


def test_numbers_come_from_the_device_counters(demo_crm, sales_db):
    counters = {k: json.loads(v) for k, v in sales_db.execute(
        "SELECT key, value FROM sync_state WHERE key LIKE 'numbers/%'")}
    numbers = [r[0] for r in sales_db.execute("SELECT number FROM sales_orders")]
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        prefix, year, serial = number.split("-")
        assert int(serial) <= counters[f"numbers/{prefix}/{year}"]


def test_pipeline_json_matches_the_controller_and_plain_sql(tmp_path):
    db = tmp_path / "pipe.db"
    crm_cli("demo", "--customers", "300", "--opportunities", "500", "--seed", "5", db=db)
    rows = json.loads(crm_cli("pipeline", "--json", db=db))
    from crm_desktop.controllers.shell.app import CrmApp

    crm = CrmApp.open(db)
    try:
        expected = crm.sales.pipeline()
    finally:
        crm.close()
    assert [r["stage"] for r in rows] == [c.stage.name for c in expected]
    assert [(r["count"], Decimal(str(r["amount"])), Decimal(str(r["weighted"]))) for r in rows] == [
        (c.count, c.amount, c.weighted) for c in expected]
    # Independently: plain SQL per stage and currency, converted at the shipped rates.
    rates = json.loads(money.DATA_FILE.read_text(encoding="utf-8"))
    con = sqlite3.connect(db)
    names = dict(con.execute("SELECT id, name FROM pipeline_stages"))
    plain: dict[str, list] = defaultdict(lambda: [0, Decimal(0)])
    for stage_id, currency, n, units in con.execute(
            "SELECT stage_id, currency, count(*), sum(amount) FROM opportunities"
            " WHERE status = 'open' AND deleted_at IS NULL GROUP BY stage_id, currency"):
        plain[names[stage_id]][0] += n
        plain[names[stage_id]][1] += _dec(units, 2) * Decimal(str(rates[currency]["rate"]))
    con.close()
    assert sum(r["count"] for r in rows) == 500 - _closed(db)
    for r in rows:
        n, amount = plain.get(r["stage"], [0, Decimal(0)])
        assert r["count"] == n
        assert Decimal(str(r["amount"])) == money.round_money(amount, "CNY")


def _closed(db) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM opportunities WHERE status != 'open'").fetchone()[0]
    finally:
        con.close()


def test_pipeline_table_without_json(tmp_path):
    db = tmp_path / "table.db"
    crm_cli("demo", "--customers", "200", "--seed", "2", db=db)
    out = crm_cli("pipeline", db=db).splitlines()
    assert out[0].split() == ["stage", "count", "amount", "weighted"]
    assert len(out) == 1 + 4  # the four open default stages
