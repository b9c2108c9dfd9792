"""Money and quantities as Decimal: parsing, per-currency rounding, line and document totals.

Rounding is ROUND_HALF_UP (commercial rounding, what Chinese VAT invoices and most ERPs use),
applied once per line and the document total summed from rounded lines, so a printed order
adds up exactly line by line.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import TypedDict

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, FieldError

DATA_FILE = Path(__file__).resolve().parents[3] / "data" / "sales" / "currencies.json"
HOME_CURRENCY = "CNY"
ZERO = Decimal(0)
HUNDRED = Decimal(100)
# Store scales (digits after the point kept in the database): amounts, unit prices, quantities.
AMOUNT_SCALE, PRICE_SCALE, QUANTITY_SCALE = 2, 4, 3
MAX_AMOUNT = Decimal("1e13")

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a number, such as 1200 or 1,200.50.")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Must not be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "This number is too large.")
BAD_DISCOUNT = QT_TRANSLATE_NOOP("Validation", "A discount is between 0 % and 100 %.")
QUANTITY_NOT_POSITIVE = QT_TRANSLATE_NOOP("Validation", "The quantity must be more than zero.")
UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP("Validation", "Unknown currency.")

_SYMBOLS = "¥￥$€£元,， \u00a0"


class _Currency(TypedDict):
    """One entry of data/sales/currencies.json."""

    digits: int
    rate: float
    symbol: str


@cache
def _currencies() -> dict[str, _Currency]:
    table: dict[str, _Currency] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return table


def currencies() -> tuple[str, ...]:
    return tuple(_currencies())


def digits(currency: str) -> int:
    """Minor-unit digits of a currency (ISO 4217): 2 for CNY, 0 for JPY."""
    try:
        return _currencies()[currency]["digits"]
    except KeyError:
        raise FieldError("currency", UNKNOWN_CURRENCY) from None


def symbol(currency: str) -> str:
    entry = _currencies().get(currency)
    return entry["symbol"] if entry else currency + " "


def to_home(amount: Decimal, currency: str, home: str = HOME_CURRENCY) -> Decimal:
    """Convert with the shipped reference rates (for aggregates across currencies)."""
    if currency == home:
        return amount
    rates = _currencies()
    return amount * Decimal(str(rates[currency]["rate"])) / Decimal(str(rates[home]["rate"]))


def home_factors(home: str = HOME_CURRENCY) -> dict[str, float]:
    """Reference rate of each currency against `home`, as floats (for charts, never for documents)."""
    rates = _currencies()
    return {code: entry["rate"] / rates[home]["rate"] for code, entry in rates.items()}


def round_money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-digits(currency)), rounding=ROUND_HALF_UP)


def parse_decimal(value: object, field: str, *, allow_negative: bool = False,
                  scale: int = PRICE_SCALE) -> Decimal | None:
    """A number typed by a person: full-width digits, thousands separators, ¥ or 元 allowed."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float):
        number = Decimal(str(value))
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        for symbol in _SYMBOLS:
            text = text.replace(symbol, "")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise FieldError(field, NOT_A_NUMBER) from None
    if not number.is_finite():
        raise FieldError(field, NOT_A_NUMBER)
    if number < 0 and not allow_negative:
        raise FieldError(field, NEGATIVE)
    if abs(number) >= MAX_AMOUNT:
        raise FieldError(field, TOO_LARGE)
    return number.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def parse_quantity(value: object, field: str = "quantity") -> Decimal:
    quantity = parse_decimal(value, field, allow_negative=True, scale=QUANTITY_SCALE)
    if quantity is None or quantity <= 0:
        raise FieldError(field, QUANTITY_NOT_POSITIVE)
    return quantity


def parse_discount(value: object, field: str = "discount_pct") -> Decimal:
    discount = parse_decimal(str(value).replace("%", "") if value is not None else None, field,
                             allow_negative=True, scale=2)
    if discount is None:
        return ZERO
    if not ZERO <= discount <= HUNDRED:
        raise FieldError(field, BAD_DISCOUNT)
    return discount


def line_total(quantity: Decimal, unit_price: Decimal, discount_pct: Decimal, currency: str) -> Decimal:
    """quantity x unit price less the discount, rounded to the currency's minor unit."""
    return round_money(quantity * unit_price * (HUNDRED - discount_pct) / HUNDRED, currency)


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal   # before discounts, sum of rounded gross lines
    discount: Decimal   # subtotal - total
    total: Decimal      # sum of rounded net lines


def document_totals(lines: Iterable[tuple[Decimal, Decimal, Decimal]], currency: str) -> Totals:
    """Totals of (quantity, unit_price, discount_pct) lines."""
    gross = net = round_money(ZERO, currency)
    for quantity, unit_price, discount_pct in lines:
        gross += round_money(quantity * unit_price, currency)
        net += line_total(quantity, unit_price, discount_pct, currency)
    return Totals(gross, gross - net, net)
