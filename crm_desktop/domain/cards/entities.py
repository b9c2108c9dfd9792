"""What OCR gives (lines with their box and confidence) and what a card yields (the contact's fields)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class OcrLine:
    """One line of text as OCR found it: the box in image pixels (left, top, right, bottom) and 0-1 confidence."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float = 1.0

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    @property
    def centre_y(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @classmethod
    def from_points(cls, points: Any, text: str, confidence: float = 1.0) -> OcrLine:
        """From a quadrilateral's four corners (what PP-OCR returns), as its bounding box."""
        xs = [float(p[0]) for p in points]
        ys = [float(p[1]) for p in points]
        return cls(text, (min(xs), min(ys), max(xs), max(ys)), float(confidence))


FIELDS = ("name", "company", "title", "department", "mobiles", "phones", "fax", "email", "website", "address")


@dataclass(frozen=True)
class CardFields:
    """The fields read from a card. Phones are stored values (E.164, ";ext=" and an extension)."""

    name: str | None = None
    company: str | None = None
    title: str | None = None
    department: str | None = None
    mobiles: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    address: str | None = None
    alias: str | None = None  # the other-script name of a bilingual card (张伟 / Wei Zhang)
    wechat: str | None = None
    region: str = "CN"  # the region local numbers were read in (from the card's hints)
    other: tuple[str, ...] = ()  # lines no field took (an English company or title beside the Chinese one...)

    def found_anything(self) -> bool:
        return any(getattr(self, name) for name in FIELDS)

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        for name in ("mobiles", "phones", "other"):
            out[name] = list(out[name])
        return out
