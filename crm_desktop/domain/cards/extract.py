"""A card's fields from its OCR lines: e-mail and website by pattern, phones by label and `phonenumbers`,
company by suffix, title and department by keywords, address by its marks, and the name last: the
largest short line that reads as a person's name and nothing else."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from crm_desktop.domain.cards.entities import CardFields, OcrLine
from crm_desktop.domain.cards.lines import card_region, normalised, prepared
from crm_desktop.domain.cards.phones import CardPhone, looks_like_phone, numbers_in
from crm_desktop.domain.cards.words import (
    ADDRESS_ENDS,
    ADDRESS_MARKS,
    CITY_LINE_LATIN,
    COMPANY_HAN,
    COMPANY_LATIN,
    COMPOUND_SURNAMES,
    DEPARTMENT_HAN,
    DEPARTMENT_LATIN,
    EMAIL,
    LABEL,
    LABEL_KIND,
    PHONE_KINDS,
    STREET_LATIN,
    SURNAMES,
    TITLE_HAN,
    TITLE_LATIN,
    WEBSITE,
)

_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.\-]*\.?(?:\s+[A-Z][A-Za-z'’.\-]*){1,2}")
# A line of two scripts: "李娜 Lina Li", "总经理General Manager", "项目主管 Project Supervisor".
_SCRIPT_RUNS = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff\s·()（）]*|[A-Za-z][A-Za-z\s.,'’&()\-]*")
_PUNCT = " ,;|/:·-"


@dataclass
class _Found:
    region: str
    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    phones: list[CardPhone] = field(default_factory=list)
    wechat: list[str] = field(default_factory=list)
    companies: list[tuple[str, OcrLine]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    names: list[tuple[str, float]] = field(default_factory=list)  # (name, score: font height, more for a surname)
    other: list[str] = field(default_factory=list)


def _cut(text: str, pattern: re.Pattern[str], into: list[str]) -> str:
    for match in pattern.finditer(text):
        into.append(match.group(0).rstrip(".,;"))
    return pattern.sub(" ", text)


def _segments(text: str) -> list[tuple[str | None, str]]:
    """(label kind, value) pieces of a line: "电话 021-5080 1234 传真 021-5080 1235" gives two."""
    marks = list(LABEL.finditer(text))
    if not marks:
        return [(None, text)]
    out: list[tuple[str | None, str]] = []
    if text[: marks[0].start()].strip(_PUNCT):
        out.append((None, text[: marks[0].start()]))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[mark.end():end]
        kind = LABEL_KIND.get(re.sub(r"\s+", " ", mark.group(1)).casefold())
        if value.strip(_PUNCT) or i + 1 == len(marks):
            out.append((kind, value))
    return out


def is_company(text: str) -> bool:
    compact = text.replace(" ", "")
    return (len(compact) >= 4 and compact.endswith(COMPANY_HAN)) or bool(COMPANY_LATIN.search(text))


def is_address(text: str) -> bool:
    if _HAN.search(text):
        marks = {c for c in text if c in ADDRESS_MARKS}
        has_digit = any(c.isdigit() for c in text)
        return len(marks) >= 3 or (len(marks) >= 2 and (has_digit or bool(ADDRESS_ENDS.search(text))))
    has_digit = any(c.isdigit() for c in text)
    return bool(CITY_LINE_LATIN.search(text)) or (has_digit and bool(STREET_LATIN.search(text)))


def _role(found: _Found, text: str, line: OcrLine) -> bool:
    """Title, department or name: True when the piece was one of them."""
    compact = text.replace(" ", "")
    if _HAN.search(text):
        department = DEPARTMENT_HAN.match(compact)
        rest = compact[department.end():] if department else compact
        if department and (not rest or any(w in rest for w in TITLE_HAN)):
            found.departments.append(department.group(0))
            if rest:
                found.titles.append(rest)
            return True
        if any(w in compact for w in TITLE_HAN) and len(compact) <= 14:
            found.titles.append(compact)
            return True
        if _HAN_NAME.fullmatch(compact) and text.count(" ") <= 1:
            surname = compact[:2] in COMPOUND_SURNAMES or compact[0] in SURNAMES
            found.names.append((compact, line.height * (1.3 if surname else 1.0)))
            return True
        return False
    if DEPARTMENT_LATIN.search(text) and TITLE_LATIN.search(text) and re.search(r"[,|]", text):
        # "Sales Director, Marketing Department": each part on its own
        return all([_role(found, part, line) for part in re.split(r"[,|]", text) if part.strip(_PUNCT)])
    if DEPARTMENT_LATIN.search(text):
        found.departments.append(text.strip(_PUNCT))
        return True
    if TITLE_LATIN.search(text):
        found.titles.append(text.strip(_PUNCT))
        return True
    if _LATIN_NAME.fullmatch(text.strip(_PUNCT)) and not LABEL.match(text):
        found.names.append((text.strip(_PUNCT), line.height))
        return True
    return False


def _plain(found: _Found, text: str, line: OcrLine) -> None:
    """An unlabelled piece of a line: by what it looks like."""
    text = _cut(text, WEBSITE, found.websites).strip(_PUNCT)
    if len(text.replace(" ", "")) < 2:
        return
    if looks_like_phone(text) and not is_address(text):
        numbers = numbers_in(text, None, found.region)
        if numbers:
            found.phones += numbers
            return
    if is_company(text):
        found.companies.append((text, line))
    elif is_address(text):
        found.addresses.append(text)
    elif not _HAN.search(text) or not re.search(r"[A-Za-z]{2}", text):
        if not _role(found, text, line):
            found.other.append(text)
    else:  # both scripts: each run on its own (张伟 Wei Zhang, 总经理 General Manager)
        for run in _SCRIPT_RUNS.finditer(text):
            piece = run.group(0).strip(_PUNCT + "()（）")
            if len(piece.replace(" ", "")) < 2:
                continue
            if is_company(piece):
                found.companies.append((piece, line))
            elif not _role(found, piece, line):
                found.other.append(piece)


def _read_line(found: _Found, line: OcrLine) -> None:
    text = _cut(line.text, EMAIL, found.emails)
    for kind, value in _segments(text):
        value = value.strip(_PUNCT)
        if kind in PHONE_KINDS:
            numbers = numbers_in(value, kind, found.region)
            found.phones += numbers
            if not numbers and value:
                found.other.append(value)
        elif kind == "address" and value:
            found.addresses.append(value)
        elif kind == "wechat" and value:
            found.wechat.append(value.split()[0])
        elif kind in ("email", "website", None):
            _plain(found, value, line)
        elif value:
            found.other.append(value)


def _address(lines: list[str]) -> str | None:
    han = [a for a in lines if _HAN.search(a)]
    if han:
        return "".join(a.replace(" ", "") for a in han)
    return ", ".join(a.strip(" ,;") for a in lines) or None


def _first(values: list[str], other: list[str]) -> str | None:
    """The first value in the card's own script (Chinese before its English twin); the rest go to `other`."""
    if not values:
        return None
    chosen = next((v for v in values if _HAN.search(v)), values[0])
    other += [v for v in values if v != chosen]
    return chosen


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def extract_fields(lines: Iterable[OcrLine], default_region: str = "CN") -> CardFields:
    """The contact's fields on a card, from what OCR read off it."""
    ready = prepared(lines)
    found = _Found(card_region([line.text for line in ready], default_region))
    for line in ready:
        _read_line(found, line)
    other = list(found.other)
    companies = sorted(found.companies, key=lambda c: (not _HAN.search(c[0]), -c[1].height))
    company = companies[0][0].strip(_PUNCT) if companies else None
    other += [c[0] for c in companies[1:]]
    han_names = [n for n in found.names if _HAN.search(n[0])]
    latin_names = [n for n in found.names if not _HAN.search(n[0])]
    han = max(han_names, key=lambda n: n[1])[0] if han_names else None
    latin = max(latin_names, key=lambda n: n[1])[0] if latin_names else None
    other += [n[0] for n in found.names if n[0] not in (han, latin)]
    return CardFields(
        name=han or latin, alias=latin if han else None, company=company,
        title=_first(found.titles, other), department=_first(found.departments, other),
        mobiles=_unique(p.number for p in found.phones if p.kind == "mobile"),
        phones=_unique(p.number for p in found.phones if p.kind == "phone"),
        fax=next((p.number for p in found.phones if p.kind == "fax"), None),
        email=found.emails[0].lower() if found.emails else None,
        website=found.websites[0] if found.websites else None,
        address=_address(found.addresses), wechat=found.wechat[0] if found.wechat else None,
        region=found.region, other=_unique(normalised(o) for o in other if o.strip(_PUNCT)),
    )
