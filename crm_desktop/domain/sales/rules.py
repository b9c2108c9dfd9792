"""Rules of the sales module: valid stage lists, opportunities, products, order status changes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, Collector, FieldError, ValidationError
from crm_desktop.domain.sales.entities import LossReasonInput, OpportunityInput, ProductInput, StageInput

# The order flow and the probability bound are record rules the server applies too.
from crm_protocol.rules.bounds import BAD_PROBABILITY as BAD_PROBABILITY
from crm_protocol.rules.flows import check_order_transition, next_order_statuses

NO_WON_STAGE = QT_TRANSLATE_NOOP("Validation", "The pipeline needs exactly one won stage.")
NO_LOST_STAGE = QT_TRANSLATE_NOOP("Validation", "The pipeline needs exactly one lost stage.")
NO_OPEN_STAGE = QT_TRANSLATE_NOOP("Validation", "The pipeline needs at least one open stage.")
WON_AND_LOST = QT_TRANSLATE_NOOP("Validation", "A stage cannot be both won and lost.")
DUPLICATE_STAGE = QT_TRANSLATE_NOOP("Validation", "Two stages have the same name.")
DUPLICATE_REASON = QT_TRANSLATE_NOOP("Validation", "Two loss reasons have the same name.")
TOO_LONG_REASON = QT_TRANSLATE_NOOP("Validation", "A loss reason is at most 60 characters long.")
NO_LINES = QT_TRANSLATE_NOOP("Validation", "Add at least one product line.")
INACTIVE_PRODUCT = QT_TRANSLATE_NOOP("Validation", "This product is no longer sold (inactive).")
MIXED_CURRENCY = QT_TRANSLATE_NOOP("Validation", "The product is priced in another currency; enter a unit price.")

# Open deals at or above this probability count as "commit" in the forecast.
COMMIT_PROBABILITY = 70


def next_statuses(kind: str, status: str) -> set[str]:
    return next_order_statuses(kind, status)


def check_transition(kind: str, current: str, wanted: str) -> None:
    check_order_transition(kind, current, wanted)


def _required(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldError(field, REQUIRED)
    return text


def _probability(value: int | str | None, field: str = "probability") -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise FieldError(field, BAD_PROBABILITY) from None
    if not 0 <= number <= 100:
        raise FieldError(field, BAD_PROBABILITY)
    return number


def clean_stages(stages: list[StageInput]) -> list[StageInput]:
    """A stage list the pipeline can run on: names, probabilities, one won, one lost, some open."""
    errors: dict[str, str] = {}
    cleaned, seen = [], set()
    for row, stage in enumerate(stages):
        c = Collector()
        name = c.check(f"stages.{row}.name", _required, stage.name, f"stages.{row}.name")
        probability = c.check(f"stages.{row}.probability", _probability, stage.probability,
                              f"stages.{row}.probability")
        if stage.is_won and stage.is_lost:
            c.errors[f"stages.{row}.is_won"] = WON_AND_LOST
        if name and name.casefold() in seen:
            c.errors[f"stages.{row}.name"] = DUPLICATE_STAGE
        seen.add((name or "").casefold())
        errors.update(c.errors)
        cleaned.append(StageInput(name or "", probability if probability is not None else 0,
                                  stage.is_won, stage.is_lost, stage.id))
    if sum(s.is_won for s in stages) != 1:
        errors["stages"] = NO_WON_STAGE
    elif sum(s.is_lost for s in stages) != 1:
        errors["stages"] = NO_LOST_STAGE
    elif not any(not (s.is_won or s.is_lost) for s in stages):
        errors["stages"] = NO_OPEN_STAGE
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_loss_reasons(rows: list[LossReasonInput]) -> list[LossReasonInput]:
    """A loss reason list: every entry named, no name twice ("Other" is always offered besides)."""
    errors: dict[str, str] = {}
    cleaned, seen = [], set()
    for row, reason in enumerate(rows):
        name = " ".join((reason.name or "").split())
        field = f"reasons.{row}.name"
        if not name:
            errors[field] = REQUIRED
        elif len(name) > 60:
            errors[field] = TOO_LONG_REASON
        elif name.casefold() in seen:
            errors[field] = DUPLICATE_REASON
        seen.add(name.casefold())
        cleaned.append(LossReasonInput(name, reason.id))
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_opportunity(data: OpportunityInput) -> dict[str, Any]:
    """Column values of an opportunity (lines are checked by the controller against products)."""
    c = Collector()
    values: dict[str, Any] = {
        "name": c.check("name", _required, data.name, "name"),
        "currency": data.currency or money.HOME_CURRENCY,
        "probability": c.check("probability", _probability, data.probability),
        "amount": c.check("amount", money.parse_decimal, data.amount, "amount", scale=money.AMOUNT_SCALE),
        "account_id": data.account_id or None,
        "contact_id": data.contact_id or None,
        "expected_close": data.expected_close,
        "source": data.source or None,
        "campaign_id": data.campaign_id or None,
        "owner_id": data.owner_id or None,
        "notes": (data.notes or "").strip() or None,
    }
    c.check("currency", money.digits, values["currency"])
    c.raise_if_any()
    return values


def clean_product(data: ProductInput) -> dict[str, Any]:
    c = Collector()
    values: dict[str, Any] = {
        "sku": c.check("sku", _required, data.sku, "sku"),
        "name": c.check("name", _required, data.name, "name"),
        "unit": (data.unit or "").strip(),
        "list_price": c.check("list_price", money.parse_decimal, data.list_price, "list_price"),
        "currency": data.currency or money.HOME_CURRENCY,
        "stock_on_hand": c.check("stock_on_hand", money.parse_decimal, data.stock_on_hand, "stock_on_hand",
                                 scale=money.QUANTITY_SCALE),
        "active": bool(data.active),
    }
    c.check("currency", money.digits, values["currency"])
    c.raise_if_any()
    values["list_price"] = values["list_price"] or money.ZERO
    values["stock_on_hand"] = values["stock_on_hand"] or money.ZERO
    return values


def is_stale(last_touch: datetime | None, stale_days: int, now: datetime) -> bool:
    """No activity on the deal (or since it was created) for `stale_days` days."""
    return last_touch is not None and stale_days > 0 and now - last_touch > timedelta(days=stale_days)


def is_overdue(expected_close: date | None, status: str, today: date) -> bool:
    """An open deal whose expected close day has passed: the rep should close it or move the date."""
    return status == "open" and expected_close is not None and expected_close < today
