"""E-mail addresses: syntax check with email-validator, stored lower-cased."""

from __future__ import annotations

import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

from crm_protocol.rules.errors import QT_TRANSLATE_NOOP, FieldError

INVALID_EMAIL = QT_TRANSLATE_NOOP("Validation", "This is not a valid e-mail address.")
# Plain ASCII addresses (nearly all of them) are checked here in a microsecond; imports check
# a hundred thousand. Anything else (IDN, quoted local parts, odd dots) goes to email-validator.
_PLAIN = re.compile(
    r"^[A-Za-z0-9_+-]{1,64}(?:\.[A-Za-z0-9_+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"([A-Za-z]{2,24})$"
)
# Special-use names that email-validator refuses (RFC 6761); left to it.
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test", "internal"})


def normalize_email(raw: str | None, field: str = "email") -> str | None:
    """Lower-cased address for a valid one, None for empty, FieldError otherwise.

    No DNS look-up: the rep is usually offline.
    """
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if not text:
        return None
    plain = _PLAIN.match(text)
    if plain and len(text) <= 254 and plain.group(1).lower() not in _SPECIAL_TLDS \
            and len(text.partition("@")[0]) <= 64:
        return text.lower()
    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise FieldError(field, INVALID_EMAIL) from exc
    return info.normalized.lower()
