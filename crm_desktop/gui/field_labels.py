"""Translated names of record fields, for places that list fields by name (sync issues)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "short_name": QT_TRANSLATE_NOOP("FieldLabels", "Short name"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "department": QT_TRANSLATE_NOOP("FieldLabels", "Department"),
    "industry": QT_TRANSLATE_NOOP("FieldLabels", "Industry"),
    "level": QT_TRANSLATE_NOOP("FieldLabels", "Level"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    "source": QT_TRANSLATE_NOOP("FieldLabels", "Source"),
    "phone": QT_TRANSLATE_NOOP("FieldLabels", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("FieldLabels", "Mobile"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("FieldLabels", "WeChat"),
    "website": QT_TRANSLATE_NOOP("FieldLabels", "Website"),
    "country": QT_TRANSLATE_NOOP("FieldLabels", "Country"),
    "province": QT_TRANSLATE_NOOP("FieldLabels", "Province"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "City"),
    "district": QT_TRANSLATE_NOOP("FieldLabels", "District"),
    "street": QT_TRANSLATE_NOOP("FieldLabels", "Street"),
    "birthday": QT_TRANSLATE_NOOP("FieldLabels", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Notes"),
    "tags": QT_TRANSLATE_NOOP("FieldLabels", "Tags"),
    "owner_id": QT_TRANSLATE_NOOP("FieldLabels", "Owner"),
    "account_id": QT_TRANSLATE_NOOP("FieldLabels", "Account"),
    "contact_id": QT_TRANSLATE_NOOP("FieldLabels", "Contact"),
    "amount": QT_TRANSLATE_NOOP("FieldLabels", "Amount"),
    "currency": QT_TRANSLATE_NOOP("FieldLabels", "Currency"),
    "stage_id": QT_TRANSLATE_NOOP("FieldLabels", "Stage"),
    "probability": QT_TRANSLATE_NOOP("FieldLabels", "Probability"),
    "expected_close": QT_TRANSLATE_NOOP("FieldLabels", "Expected close"),
    "lost_reason": QT_TRANSLATE_NOOP("FieldLabels", "Lost reason"),
    "quantity": QT_TRANSLATE_NOOP("FieldLabels", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("FieldLabels", "Unit price"),
    "discount_pct": QT_TRANSLATE_NOOP("FieldLabels", "Discount %"),
    "subject": QT_TRANSLATE_NOOP("FieldLabels", "Subject"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "priority": QT_TRANSLATE_NOOP("FieldLabels", "Priority"),
    "assignee_id": QT_TRANSLATE_NOOP("FieldLabels", "Assignee"),
    "resolution": QT_TRANSLATE_NOOP("FieldLabels", "Resolution"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "type": QT_TRANSLATE_NOOP("FieldLabels", "Type"),
    "body": QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    "outcome": QT_TRANSLATE_NOOP("FieldLabels", "Outcome"),
    "occurred_at": QT_TRANSLATE_NOOP("FieldLabels", "When"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldLabels", "Deleted"),
}


def field_label(name: str) -> str:
    """The field's name for people; a field without one shows as stored."""
    source = _FIELDS.get(name)
    return QCoreApplication.translate("FieldLabels", source) if source else name
