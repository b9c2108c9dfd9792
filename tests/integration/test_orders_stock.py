"""Quotes and orders against a real store: totals, status flow, stock check and reservation."""

import sqlite3
import threading
from decimal import Decimal as D  # noqa: N817

import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import (
    LineInput,
    OpportunityInput,
    OrderInput,
    ProductInput,
    StockShortageError,
    TransitionError,
)


@pytest.fixture
def shop(crm):
    account = crm.customers.create_account(AccountInput(name="苏州工业园区客户"))
    sensor = crm.products.create(ProductInput("S-100", "温度传感器", "个", "129.90", stock_on_hand="5"))
    cable = crm.products.create(ProductInput("C-200", "Cable 2 m", "pcs", "8.50", stock_on_hand="100"))
    return account, sensor, cable


def order(crm, account, *lines):
    return crm.orders.create(OrderInput("order", account.id, lines=tuple(LineInput(*x) for x in lines)))


def product_counts(crm, product_id):
    p = crm.products.get(product_id)
    return p.stock_on_hand, p.stock_reserved


def test_totals_are_decimal_and_rounded_per_line(crm, shop):
    account, sensor, cable = shop
    doc = order(crm, account, (sensor.id, "3", None, "10"), (cable.id, "7", "8.333"))
    assert [x.line_total for x in doc.lines] == [D("350.73"), D("58.33")]
    assert (doc.subtotal, doc.discount, doc.total) == (D("448.03"), D("38.97"), D("409.06"))
    assert doc.number.startswith("SO-") and doc.number_provisional


def test_numbers_count_up_per_kind(crm, shop):
    account, sensor, _ = shop
    first, second = order(crm, account, (sensor.id, "1")), order(crm, account, (sensor.id, "1"))
    quote = crm.orders.create(OrderInput("quote", account.id, lines=(LineInput(sensor.id, "1"),)))
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1
    assert quote.number.startswith("QT-")


def test_confirm_reserves_every_line_as_increments(crm, shop):
    account, sensor, cable = shop
    doc = order(crm, account, (sensor.id, "2"), (cable.id, "10"), (sensor.id, "1"))
    confirmed = crm.orders.confirm(doc.id)
    assert confirmed.status == "confirmed" and confirmed.confirmed_at
    assert product_counts(crm, sensor.id) == (D(5), D(3))
    assert product_counts(crm, cable.id) == (D(100), D(10))
    with sqlite3.connect(crm.db_path) as conn:
        ops = conn.execute("SELECT op, changes FROM outbox WHERE entity = 'product' AND op = 'increment'").fetchall()
    assert sorted(ops) == [("increment", '{"stock_reserved":"10.000"}'), ("increment", '{"stock_reserved":"3.000"}')]


def test_short_stock_lists_every_short_line_and_reserves_nothing(crm, shop):
    account, sensor, cable = shop
    retired = crm.products.create(ProductInput("R-1", "Old model", "pcs", "1", stock_on_hand="50"))
    doc = order(crm, account, (cable.id, "10"), (sensor.id, "6"), (retired.id, "1"))
    crm.products.set_active(retired.id, False)
    with pytest.raises(StockShortageError) as caught:
        crm.orders.confirm(doc.id)
    short = {s.sku: s for s in caught.value.shortages}
    assert set(short) == {"S-100", "R-1"}
    assert (short["S-100"].requested, short["S-100"].available) == (D(6), D(5))
    assert short["R-1"].inactive
    assert product_counts(crm, cable.id) == (D(100), D(0))  # the line that fitted was not reserved either
    assert crm.orders.get(doc.id).status == "draft"


def test_two_orders_compete_for_the_last_units(crm, shop):
    account, sensor, _ = shop
    first, second = order(crm, account, (sensor.id, "3")), order(crm, account, (sensor.id, "3"))
    crm.orders.confirm(first.id)
    with pytest.raises(StockShortageError) as caught:
        crm.orders.confirm(second.id)
    assert caught.value.shortages[0].available == D(2)
    assert product_counts(crm, sensor.id) == (D(5), D(3))


def test_two_processes_racing_never_oversell(crm, shop, db_path):
    """Two windows' worth of connections confirm at once; the conditional update decides."""
    account, sensor, _ = shop
    ids = [order(crm, account, (sensor.id, "3")).id for _ in range(4)]
    outcomes = []

    def confirm(order_id):
        try:
            crm.orders.confirm(order_id)
            outcomes.append("ok")
        except StockShortageError:
            outcomes.append("short")

    threads = [threading.Thread(target=confirm, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "short", "short", "short"]
    assert product_counts(crm, sensor.id) == (D(5), D(3))


def test_cancel_releases_and_ship_takes_stock_out(crm, shop):
    account, sensor, _ = shop
    a, b = order(crm, account, (sensor.id, "2")), order(crm, account, (sensor.id, "3"))
    crm.orders.confirm(a.id)
    crm.orders.confirm(b.id)
    crm.orders.set_status(a.id, "cancelled")
    assert product_counts(crm, sensor.id) == (D(5), D(3))
    crm.orders.set_status(b.id, "shipped")
    assert product_counts(crm, sensor.id) == (D(2), D(0))
    paid = crm.orders.set_status(b.id, "paid")
    assert paid.status == "paid" and paid.paid_at


def test_status_flow_is_enforced(crm, shop):
    account, sensor, _ = shop
    doc = order(crm, account, (sensor.id, "1"))
    with pytest.raises(TransitionError):
        crm.orders.set_status(doc.id, "shipped")
    crm.orders.confirm(doc.id)
    crm.orders.set_status(doc.id, "shipped")
    with pytest.raises(TransitionError):
        crm.orders.set_status(doc.id, "cancelled")
    assert product_counts(crm, sensor.id) == (D(4), D(0))


def test_only_drafts_are_edited(crm, shop):
    account, sensor, _ = shop
    doc = order(crm, account, (sensor.id, "1"))
    crm.orders.confirm(doc.id)
    with pytest.raises(ValidationError):
        crm.orders.update(doc.id, OrderInput("order", account.id, lines=(LineInput(sensor.id, "5"),)))
    with pytest.raises(ValidationError):
        crm.orders.delete(doc.id)


def test_an_order_for_an_inactive_product_is_refused(crm, shop):
    account, sensor, _ = shop
    crm.products.set_active(sensor.id, False)
    with pytest.raises(ValidationError) as caught:
        order(crm, account, (sensor.id, "1"))
    assert "lines.0.product_id" in caught.value.errors
    assert crm.orders.count("order") == 0


@pytest.mark.parametrize("quantity, discount, field", [("-1", "0", "quantity"), ("1", "101", "discount_pct"),
                                                       ("0", "0", "quantity")])
def test_bad_lines_are_refused(crm, shop, quantity, discount, field):
    account, sensor, _ = shop
    with pytest.raises(ValidationError) as caught:
        order(crm, account, (sensor.id, quantity, None, discount))
    assert f"lines.0.{field}" in caught.value.errors
    assert crm.orders.count() == 0


def test_quote_from_deal_then_order(crm, shop):
    account, sensor, cable = shop
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id,
                                             lines=(LineInput(sensor.id, "2"), LineInput(cable.id, "4", "8"))))
    quote = crm.orders.from_opportunity(deal.id, "quote")
    assert quote.kind == "quote" and quote.total == deal.amount == D("291.80")
    crm.orders.set_status(quote.id, "sent")
    converted = crm.orders.convert_quote(quote.id)
    assert converted.kind == "order" and converted.quote_id == quote.id and converted.total == quote.total
    assert crm.orders.get(quote.id).status == "accepted"
    assert crm.orders.convert_quote(quote.id).id == converted.id  # no second order from one quote
    assert [r[0] for r in crm.orders.of_record(opportunity_id=deal.id)].count(converted.id) == 1


def test_stock_adjustments_cannot_go_below_reserved(crm, shop):
    account, sensor, _ = shop
    crm.orders.confirm(order(crm, account, (sensor.id, "4")).id)
    with pytest.raises(ValidationError):
        crm.products.adjust_stock(sensor.id, "-2", "报损")
    with pytest.raises(ValidationError) as caught:
        crm.products.adjust_stock(sensor.id, "+10", "  ")
    assert caught.value.errors == {"stock_reason": "Say why the stock changes (a delivery, a stocktake, a write-off)."}
    assert crm.products.adjust_stock(sensor.id, "+10", "采购入库").stock_on_hand == D(15)


def test_duplicate_sku_is_refused(crm, shop):
    with pytest.raises(ValidationError) as caught:
        crm.products.create(ProductInput("S-100", "Copy", "pcs", "1"))
    assert "sku" in caught.value.errors


def test_reservations_survive_reopening(crm, shop, db_path):
    account, sensor, _ = shop
    crm.orders.confirm(order(crm, account, (sensor.id, "2")).id)
    crm.close()
    again = CrmApp.open(db_path)
    try:
        assert product_counts(again, sensor.id) == (D(5), D(2))
    finally:
        again.close()
