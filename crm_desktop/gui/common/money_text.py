"""Money, quantities and percentages as the user's locale writes them (¥1,234.50, 3 台, 12.5 %)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from crm_desktop.domain.common import money


def money_text(amount: Decimal | None, currency: str = money.HOME_CURRENCY, symbol: bool = True) -> str:
    """`amount` with the currency's digits, grouped; the symbol in front when asked."""
    if amount is None:
        return ""
    digits = money.digits(currency)
    text = QLocale().toString(float(money.round_money(amount, currency)), "f", digits)
    return f"{money.symbol(currency)}{text}" if symbol else text


def quantity_text(quantity: Decimal | None, unit: str = "") -> str:
    """Whole quantities without decimals; fractional ones with as many as they need."""
    if quantity is None:
        return ""
    normalized = quantity.normalize()
    places = max(0, -normalized.as_tuple().exponent)
    text = QLocale().toString(float(quantity), "f", places)
    return f"{text} {unit}".strip()


def percent_text(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    return f"{quantity_text(Decimal(value))} %"
