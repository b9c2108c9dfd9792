"""E-mail addresses: syntax check with email-validator, stored lower-cased."""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email

from crm_desktop.domain.validation import QT_TRANSLATE_NOOP, FieldError

INVALID_EMAIL = QT_TRANSLATE_NOOP("Validation", "This is not a valid e-mail address.")


def normalize_email(raw: str | None, field: str = "email") -> str | None:
    """Lower-cased address for a valid one, None for empty, FieldError otherwise.

    No DNS look-up: the rep is usually offline.
    """
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if not text:
        return None
    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise FieldError(field, INVALID_EMAIL) from exc
    return info.normalized.lower()
