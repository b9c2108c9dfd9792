"""Money arithmetic: parsing what people type, per-currency rounding, line and document totals."""

from decimal import Decimal as D  # noqa: N817

import pytest

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import FieldError


@pytest.mark.parametrize("typed, expected", [
    ("1,299.50", D("1299.5000")), ("¥1,200", D("1200.0000")), ("１２３．４", D("123.4000")),
    ("3 000 元", D("3000.0000")), (" 0.125 ", D("0.1250")), (7, D("7.0000")), ("", None), (None, None),
])
def test_parse_decimal_accepts_what_people_type(typed, expected):
    assert money.parse_decimal(typed, "unit_price") == expected


@pytest.mark.parametrize("typed", ["abc", "1.2.3", "NaN", "inf"])
def test_parse_decimal_refuses_non_numbers(typed):
    with pytest.raises(FieldError) as caught:
        money.parse_decimal(typed, "unit_price")
    assert caught.value.field == "unit_price"


def test_negative_and_huge_values_are_refused():
    with pytest.raises(FieldError, match="negative"):
        money.parse_decimal("-5", "amount")
    with pytest.raises(FieldError, match="too large"):
        money.parse_decimal("1e14", "amount")


@pytest.mark.parametrize("typed", ["0", "-1", "-0.5"])
def test_quantity_must_be_positive(typed):
    with pytest.raises(FieldError, match="more than zero"):
        money.parse_quantity(typed)


@pytest.mark.parametrize("typed", ["150", "-1", "100.01"])
def test_discount_over_100_or_negative_is_refused(typed):
    with pytest.raises(FieldError, match="between 0 % and 100 %"):
        money.parse_discount(typed)


def test_discount_accepts_percent_sign_and_blank():
    assert money.parse_discount("12.5%") == D("12.50")
    assert money.parse_discount("") == D(0)
    assert money.parse_discount("100") == D(100)


def test_rounding_is_half_up_in_the_currency_minor_unit():
    assert money.round_money(D("2.675"), "CNY") == D("2.68")  # binary floats would give 2.67
    assert money.round_money(D("2.665"), "CNY") == D("2.67")  # half-up, not banker's (2.66)
    assert money.round_money(D("1234.5"), "JPY") == D("1235")
    assert money.round_money(D("0.005"), "USD") == D("0.01")


def test_line_total_applies_the_discount_then_rounds():
    assert money.line_total(D(3), D("1299.50"), D(10), "CNY") == D("3508.65")
    assert money.line_total(D("0.333"), D("9.99"), D(0), "CNY") == D("3.33")
    assert money.line_total(D(7), D("0.145"), D("12.5"), "JPY") == D("1")


def test_document_total_is_the_sum_of_rounded_lines():
    # Each line rounds up by half a fen; rounding the sum instead would lose a fen per pair.
    lines = [(D(1), D("0.005"), D(0))] * 3
    totals = money.document_totals(lines, "CNY")
    assert totals.total == D("0.03")
    assert totals.subtotal == D("0.03") and totals.discount == D(0)


def test_document_discount_is_subtotal_minus_total():
    totals = money.document_totals([(D(2), D(100), D(15)), (D(1), D("19.99"), D(0))], "CNY")
    assert (totals.subtotal, totals.discount, totals.total) == (D("219.99"), D("30.00"), D("189.99"))


def test_unknown_currency_is_a_field_error():
    with pytest.raises(FieldError) as caught:
        money.digits("XYZ")
    assert caught.value.field == "currency"


def test_conversion_to_home_currency_uses_the_shipped_rates():
    assert money.to_home(D(100), "USD", "CNY") == D("710.0")
    assert money.to_home(D(100), "CNY", "CNY") == D(100)
