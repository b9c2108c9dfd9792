"""Names of people and companies: tidy display forms and folded keys for duplicate checks."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from opencc import OpenCC

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, FieldError

NAME_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This name is too long (at most 120 characters).")
MAX_NAME = 120

# Rare characters of names (𠀀, 𪚥) live outside the BMP, in extensions B to H.
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_HAS_CJK = re.compile(rf"[{_CJK}]")

# Longest first, so that 股份有限公司 is stripped whole rather than leaving 股份.
_LEGAL_SUFFIXES = sorted(
    [
        "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团公司",
        "集团", "公司", "co., ltd.", "co.,ltd.", "co. ltd.", "co., ltd", "co.,ltd", "co ltd",
        "company limited", "limited", "ltd.", "ltd", "inc.", "inc", "llc", "corp.", "corp",
        "corporation", "gmbh", "group", "co.",
    ],
    key=len,
    reverse=True,
)
# 华为技术（深圳）有限公司: a bracketed place is part of the legal name but not of the identity.
_BRACKETED = re.compile(r"[(\[（【]([^)\]）】]{0,12})[)\]）】]")
_PLACE_SUFFIX = ("省", "市", "区", "县", "州")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)

_t2s = OpenCC("t2s")


def contains_cjk(text: str) -> bool:
    return bool(_HAS_CJK.search(text))


# Full-width letters, digits and the ideographic space become ASCII; full-width punctuation
# such as （） and ， stays, because that is how Chinese names are written.
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c - 0xFEE0).isalnum()}
_HALF_WIDTH[0x3000] = 0x20


def tidy(text: str | None) -> str:
    """Display form: half-width letters and digits, trimmed, inner whitespace collapsed."""
    text = (text or "").translate(_HALF_WIDTH).strip()
    text = _SPACE_BETWEEN_CJK.sub("", text)
    return _SPACES.sub(" ", text)


def fold(text: str | None) -> str:
    """Comparison form: NFKC (all full-width forms to half-width), lower case, tidied."""
    return tidy(unicodedata.normalize("NFKC", text or "")).lower()


def normalize_name(raw: str | None, field: str = "name") -> str:
    """A person's or company's display name; required and at most MAX_NAME characters."""
    name = tidy(raw)
    if not name:
        raise FieldError(field, REQUIRED)
    if len(name) > MAX_NAME:
        raise FieldError(field, NAME_TOO_LONG)
    return name


@cache
def _traditional(char: str) -> bool:
    simplified: str = _t2s.convert(char)  # opencc ships no types
    return simplified != char


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    # OpenCC (pure Python) costs ~30 us a name; most names hold no traditional character at all,
    # and a phrase of simplified characters never changes (the two exceptions, 沈船 and 沈默, are no names).
    if not contains_cjk(text) or not any(_traditional(c) for c in text if c >= "\u2e80"):
        return text
    simplified: str = _t2s.convert(text)
    return simplified


def _is_place(text: str) -> bool:
    text = text.strip()
    return bool(text) and (text.endswith(_PLACE_SUFFIX) or (contains_cjk(text) and len(text) <= 3))


@lru_cache(maxsize=65_536)  # imports and lists meet the same companies again and again
def company_key(name: str | None) -> str:
    """Folded identity of a company name for duplicate detection.

    `華為技術（深圳）有限公司`, `华为技术有限公司` and `华为技术 Co., Ltd.` all fold to `华为技术`.
    """
    text = to_simplified(fold(name))
    text = _BRACKETED.sub(lambda m: "" if _is_place(m.group(1)) else m.group(0), text)
    stripped = True
    while stripped:
        stripped = False
        text = text.strip(" ,.")
        for suffix in _LEGAL_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                stripped = True
                break
    return _PUNCT.sub("", text)


@lru_cache(maxsize=65_536)
def person_key(name: str | None) -> str:
    """Folded person name: simplified, lower-cased, without spaces or punctuation."""
    return _PUNCT.sub("", to_simplified(fold(name)))
