"""Duplicate rules: which existing records a new or edited one probably repeats, and why."""

from __future__ import annotations

from rapidfuzz import fuzz

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.customers.names import person_key
from crm_desktop.domain.customers.pinyin_keys import pinyin_keys

SAME_MOBILE = QT_TRANSLATE_NOOP("Duplicates", "Same mobile number")
SAME_PHONE = QT_TRANSLATE_NOOP("Duplicates", "Same phone number")
SAME_EMAIL = QT_TRANSLATE_NOOP("Duplicates", "Same e-mail address")
SAME_COMPANY = QT_TRANSLATE_NOOP("Duplicates", "Same company name")
SIMILAR_NAME = QT_TRANSLATE_NOOP("Duplicates", "Similar name at the same account")
SAME_NAME = QT_TRANSLATE_NOOP("Duplicates", "Same name, no company, nothing that tells them apart")

# Similarity (0-100) from which two names at one account are offered as the same person:
# catches 张伟/张 伟/張偉 and "Jon Smith"/"John Smith" without pairing 张伟 with 张伟明.
FUZZY_NAME_THRESHOLD = 88


def name_similarity(a: str, b: str) -> float:
    """0-100; names that read the same in pinyin (张伟 / 章伟) count as 95."""
    ka, kb = person_key(a), person_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    score = fuzz.ratio(ka, kb)
    full_a, _ = pinyin_keys(ka)
    full_b, _ = pinyin_keys(kb)
    if full_a and full_b and set(full_a) & set(full_b) and len(ka) == len(kb):
        score = max(score, 95.0)
    return score


def is_similar_name(a: str, b: str) -> bool:
    return name_similarity(a, b) >= FUZZY_NAME_THRESHOLD
