"""OCR lines made ready to read: normalised text, logo letters dropped, a label alone in its box joined to
the value beside it, reading order; and the region a card's local numbers are written in."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

import phonenumbers

from crm_desktop.domain.cards.entities import OcrLine
from crm_desktop.domain.cards.words import LABEL, REGION_HINTS

MIN_CONFIDENCE = 0.5
_COUNTRY_CODE = re.compile(r"\+\s*(\d{1,3})[\s.\-(]*\d")
_SPACES = re.compile(r"\s+")


def normalised(text: str) -> str:
    """NFKC (full-width colons, digits and letters to ASCII), tidy spaces, no stray bullets at the ends."""
    text = unicodedata.normalize("NFKC", text).replace("\u3000", " ")
    return _SPACES.sub(" ", text).strip(" ·•|-_")


def is_label_only(text: str) -> bool:
    found = LABEL.match(text + " 0")  # a letter label counts before a digit: give it one
    return found is not None and found.end() >= len(text)


def _same_row(a: OcrLine, b: OcrLine) -> bool:
    overlap = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return overlap >= 0.5 * min(a.height, b.height)


def _joined_labels(lines: list[OcrLine]) -> list[OcrLine]:
    """"Tel:" found as a box of its own, its number as the next box on the row: one line again."""
    out = list(lines)
    for label in [line for line in lines if is_label_only(line.text)]:
        beside = [v for v in out if v is not label and _same_row(label, v) and v.box[0] >= label.box[2] - 4
                  and v.box[0] - label.box[2] < 4 * label.height]
        if label not in out or not beside:
            continue
        value = min(beside, key=lambda v: v.box[0])
        out.remove(label)
        out[out.index(value)] = OcrLine(
            f"{label.text} {value.text}",
            (label.box[0], min(label.box[1], value.box[1]), value.box[2], max(label.box[3], value.box[3])),
            min(label.confidence, value.confidence))
    return out


def prepared(lines: Iterable[OcrLine]) -> list[OcrLine]:
    """Lines worth reading, in reading order (top to bottom, then left to right within a row)."""
    kept = []
    for line in lines:
        text = normalised(line.text)
        # One character alone is a logo's letter (or noise), never a field.
        if line.confidence >= MIN_CONFIDENCE and len(text.replace(" ", "")) > 1:
            kept.append(OcrLine(text, line.box, line.confidence))
    kept = _joined_labels(kept)
    if not kept:
        return []
    unit = max(sorted(line.height for line in kept)[len(kept) // 2] * 0.5, 1.0)
    return sorted(kept, key=lambda line: (round(line.centre_y / unit), line.box[0]))


def card_region(texts: Sequence[str], default: str = "CN") -> str:
    """The region local numbers are read in: what the card's words say (a US zip, 香港, GmbH, 省...), else the
    country code most of its international numbers carry, else `default`."""
    text = "\n".join(texts)
    for region, pattern in REGION_HINTS:
        if pattern.search(text):
            return region
    codes = Counter(int(m.group(1)[:n]) for m in _COUNTRY_CODE.finditer(text)
                    for n in (1, 2, 3) if phonenumbers.region_code_for_country_code(int(m.group(1)[:n])) != "ZZ"
                    and len(m.group(1)) >= n)
    if codes:
        code = codes.most_common(1)[0][0]
        return phonenumbers.region_code_for_country_code(code)
    return default
