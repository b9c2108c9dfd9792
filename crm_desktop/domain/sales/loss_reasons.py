"""Loss reasons: the shipped list (data/sales/loss_reasons.json) in either language, and the reason a
lost deal records, a code from the list plus its text, or "other" with the rep's own words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, ValidationError
from crm_protocol.shipped_loss_reasons import (
    OTHER,
    REASONS_FILE,
    shipped_loss_reason_id,
    shipped_loss_reasons,
)

__all__ = ["OTHER", "REASONS_FILE", "clean_lost_reason", "default_loss_reasons", "shipped_loss_reason_id",
           "shown_name"]

LOST_NEEDS_REASON = QT_TRANSLATE_NOOP("Validation", "Say why the deal was lost.")
OTHER_NEEDS_WORDS = QT_TRANSLATE_NOOP("Validation", "Say in a few words why the deal was lost.")
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Validation", "This loss reason is no longer on the list; pick another one.")


def _name_key(language: str) -> str:
    return "name_zh" if language.lower().startswith("zh") else "name_en"


def default_loss_reasons(language: str) -> list[dict[str, Any]]:
    """The shipped reasons with names in `language` (Chinese for zh*, English otherwise), in order."""
    key = _name_key(language)
    return [{"code": r["code"], "name": r[key]} for r in shipped_loss_reasons()]


def shown_name(code: str, name: str, language: str) -> str:
    """A shipped reason nobody renamed reads in the user's language, whichever laptop made it first."""
    for row in shipped_loss_reasons():
        if row["code"] == code and name in (row["name_en"], row["name_zh"]):
            return str(row[_name_key(language)])
    return name


def clean_lost_reason(text: str | None, code: str | None, names: Mapping[str, str]) -> tuple[str, str]:
    """(code, text) a lost deal stores. A listed reason (`names`: code -> name, removed ones included, so a
    deal lost for one keeps it) stores its name as the text, so the record reads by itself in an export;
    "other" stores the rep's words. Words without a code (older callers, an import) are "other"."""
    words = (text or "").strip()
    code = (code or "").strip() or (OTHER if words else "")
    if not code:
        raise ValidationError({"lost_reason": LOST_NEEDS_REASON})
    if code == OTHER:
        if not words:
            raise ValidationError({"lost_reason": OTHER_NEEDS_WORDS})
        return OTHER, words[:200]
    if code not in names:
        raise ValidationError({"lost_reason": UNKNOWN_REASON})
    return code, names[code]
