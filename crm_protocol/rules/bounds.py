"""Numbers with bounds: a deal's probability (0 to 100) and a ticket's satisfaction score (1 to 5)."""

from __future__ import annotations

from typing import Any

from crm_protocol.rules.errors import QT_TRANSLATE_NOOP, FieldError

BAD_PROBABILITY = QT_TRANSLATE_NOOP("Validation", "A probability is between 0 and 100.")
BAD_SCORE = QT_TRANSLATE_NOOP("Validation", "A satisfaction score is a whole number from 1 to 5.")


def check_probability(value: int, field: str = "probability") -> int:
    if not 0 <= value <= 100:
        raise FieldError(field, BAD_PROBABILITY)
    return value


def clean_score(score: Any) -> int:  # whatever the form or the wire sent
    if isinstance(score, bool):
        raise FieldError("satisfaction_score", BAD_SCORE)
    try:
        number = int(score)
    except (TypeError, ValueError):
        raise FieldError("satisfaction_score", BAD_SCORE) from None
    if number != score and str(number) != str(score).strip():
        raise FieldError("satisfaction_score", BAD_SCORE)  # 4.5 or "4.5" is not a score
    if not 1 <= number <= 5:
        raise FieldError("satisfaction_score", BAD_SCORE)
    return number
