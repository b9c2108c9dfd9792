"""A stored field's value in the user's words (audit log, sync issues): codes as labels, phones, days, times."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from crm_desktop.gui.common.formats import date_text, datetime_text, phone_text
from crm_desktop.gui.common.labels import (
    DOCUMENT_KIND,
    KIND,
    OPPORTUNITY_STATUS,
    ORDER_STATUS,
    SOURCE,
    STAGE_KEY,
    STATUS,
    TICKET_CHANNEL,
    TICKET_PRIORITY,
    TICKET_STATUS,
    TICKET_TYPE,
    label,
)
from crm_desktop.gui.marketing.labels import (
    CAMPAIGN_STATUS,
    CAMPAIGN_TYPE,
    MEMBER_STATUS,
    SEGMENT_TARGET,
    marketing_label,
)
from crm_protocol.entities import entity as entity_spec
from crm_protocol.shipped_loss_reasons import shipped_loss_reasons

_Label = Callable[[str], str]


def _common(table: dict[str, str]) -> _Label:
    return lambda code: label(table, code)


def _marketing(table: dict[str, str]) -> _Label:
    return lambda code: marketing_label(table, code)


def _loss_reason(code: str) -> str:
    """A shipped reason by its code in the user's language; a reason an admin added shows its code."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    for row in shipped_loss_reasons():
        if row["code"] == code:
            return str(row["name_zh" if chinese else "name_en"])
    return code


# (entity, field) -> the label of a stored code; a field with one meaning everywhere is listed under None.
_CODES: dict[tuple[str | None, str], _Label] = {
    ("account", "status"): _common(STATUS),
    ("contact", "status"): _common(STATUS),
    (None, "source"): _common(SOURCE),
    ("activity", "kind"): _common(KIND),
    ("opportunity", "status"): _common(OPPORTUNITY_STATUS),
    (None, "lost_reason_code"): _loss_reason,
    ("pipeline_stage", "key"): _common(STAGE_KEY),
    ("sales_order", "kind"): _common(DOCUMENT_KIND),
    ("sales_order", "status"): _common(ORDER_STATUS),
    ("ticket", "type"): _common(TICKET_TYPE),
    ("ticket", "channel"): _common(TICKET_CHANNEL),
    ("ticket", "priority"): _common(TICKET_PRIORITY),
    ("ticket", "status"): _common(TICKET_STATUS),
    ("campaign", "type"): _marketing(CAMPAIGN_TYPE),
    ("campaign", "status"): _marketing(CAMPAIGN_STATUS),
    ("campaign_member", "status"): _marketing(MEMBER_STATUS),
    ("segment", "target"): _marketing(SEGMENT_TARGET),
}
_PHONES = frozenset({"mobile", "phone"})


def _kind(entity: str | None, field: str) -> str | None:
    spec = entity_spec(entity) if entity else None
    found = spec.fields.get(field) if spec else None
    return found.kind if found else None


def _decimal(value: Any, scale: int | None) -> str:
    """Amounts (two places) keep their cents; quantities and prices only the digits they need."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    exponent = number.normalize().as_tuple().exponent
    places = 2 if scale == 2 else max(0, -exponent) if isinstance(exponent, int) else 0
    return QLocale().toString(float(number), "f", places)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("FieldValues", "yes") if value else QCoreApplication.translate(
        "FieldValues", "no")


def value_text(entity: str | None, field: str, value: Any) -> str:
    """`value` of `field` on an `entity` record as the window shows it; "" for nothing."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    coded = _CODES.get((entity, field)) or _CODES.get((None, field))
    if coded is not None and isinstance(value, str):
        return coded(value)
    if field in _PHONES and isinstance(value, str):
        return phone_text(value)
    if field == "phones" and isinstance(value, list):  # [{"number": "+86…", "kind": "mobile"}, …]
        return ", ".join(phone_text(p.get("number")) if isinstance(p, dict) else str(p) for p in value)
    kind = _kind(entity, field)
    if kind == "date":
        return date_text(str(value))
    if kind == "datetime":
        return datetime_text(str(value))
    if kind == "decimal":
        spec = entity_spec(entity) if entity else None
        return _decimal(value, spec.fields[field].scale if spec else None)
    if isinstance(value, list):
        return ", ".join(value_text(entity, field, v) if not isinstance(v, dict | list) else json.dumps(
            v, ensure_ascii=False) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
