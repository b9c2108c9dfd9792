"""Fixing a rejected change in place: which of its fields a person can edit as text, and reading
what they typed back into the column's type, with the same messages as the forms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from crm_desktop.domain.common.dates import parse_date
from crm_desktop.domain.common.money import NOT_A_NUMBER, parse_decimal
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, Collector, FieldError
from crm_desktop.sync.schema import FieldSpec

TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This text is too long.")
NOT_YES_NO = QT_TRANSLATE_NOOP("Validation", "Enter yes or no.")
# Text a person edits: references (*_id), lists and moments are fixed in the record's own editor.
_EDITABLE_KINDS = frozenset({"str", "int", "float", "decimal", "date", "bool"})
_YES, _NO = frozenset({"yes", "true", "1", "是", "y"}), frozenset({"no", "false", "0", "否", "n"})


@dataclass(frozen=True)
class FixField:
    name: str
    kind: str
    text: str  # the record's value on this computer, as typed
    editable: bool


def fix_field(spec: FieldSpec, value) -> FixField:
    editable = spec.kind in _EDITABLE_KINDS and not spec.name.endswith("_id")
    return FixField(spec.name, spec.kind, as_text(value), editable)


def as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def parse_fixes(specs: dict[str, FieldSpec], typed: dict[str, str]):
    """Typed texts as column values; a ValidationError naming every field at fault."""
    collector, values = Collector(), {}
    for name, text in typed.items():
        values[name] = collector.check(name, _parse, specs[name], text)
    collector.raise_if_any()
    return values


def _parse(spec: FieldSpec, text: str):
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        if not spec.nullable:
            raise FieldError(spec.name, REQUIRED)
        return None
    if spec.kind == "str":
        if spec.max_length and len(text) > spec.max_length:
            raise FieldError(spec.name, TOO_LONG)
        return text
    if spec.kind == "decimal":
        return parse_decimal(text, spec.name, allow_negative=True, scale=spec.scale or 2)
    if spec.kind == "date":
        return parse_date(text, spec.name)
    if spec.kind == "bool":
        if text.lower() in _YES | _NO:
            return text.lower() in _YES
        raise FieldError(spec.name, NOT_YES_NO)
    try:
        return int(text) if spec.kind == "int" else float(text)
    except ValueError:
        raise FieldError(spec.name, NOT_A_NUMBER) from None
