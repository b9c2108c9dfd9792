"""Field-by-field comparison of what was read off a card with what was printed on it, and the accuracy
table over a set (a field the card does not carry is right when nothing was read for it)."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from crm_desktop.domain.cards.entities import FIELDS, CardFields
from tests.cards.samples import Expected

_NOISE = re.compile(r"[\s,.;:，。：、·|/\-]+")


def _plain(text: str | None) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def _site(text: str | None) -> str:
    return _plain(re.sub(r"^(?:https?://)?", "", (text or "").strip().lower()).rstrip("/"))


def field_right(name: str, got: CardFields, want: Expected) -> bool:
    value, expected = getattr(got, name), getattr(want, name)
    if name in ("mobiles", "phones"):
        return set(value) == set(expected)
    if name == "website":
        return _site(value) == _site(expected)
    if name == "address":
        if not expected or not value:
            return not expected and not value
        # OCR reads "San Francisc0" or drops a space: near enough is the address a rep would keep.
        return fuzz.ratio(_plain(value), _plain(expected)) >= 90
    return _plain(value) == _plain(expected)


def wrong_fields(got: CardFields, want: Expected) -> dict[str, tuple[object, object]]:
    """field -> (read, printed) for every field read wrong."""
    return {name: (getattr(got, name), getattr(want, name)) for name in FIELDS if not field_right(name, got, want)}


def accuracy(results: list[tuple[CardFields, Expected]]) -> dict[str, float]:
    """Share of cards (0-1) each field was read right on."""
    return {name: sum(field_right(name, got, want) for got, want in results) / len(results) for name in FIELDS}
