"""vCard 3.0 export for phones and mail programs: UTF-8, CRLF, lines folded at 75 octets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from crm_desktop.domain.customers.names import contains_cjk
from crm_desktop.interchange.cells import REPORT_EVERY, check_cancelled, replaced_on_success

# Two-character surnames: 欧阳娜娜 is 欧阳 + 娜娜, not 欧 + 阳娜娜.
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                               "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "申屠"})
MAX_OCTETS = 75  # per line, without the CRLF (RFC 2425 5.8.1)
_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", ";": "\\;", "\n": "\\n"})
_NEWLINES = re.compile(r"\r\n?")
_TAG_SPLIT = re.compile(r"\s*[,，;；、|]\s*")
EXT_MARK = ";ext="  # how the store writes an extension after the E.164 number
TEL_TYPES = {"mobile": "CELL", "work": "WORK,VOICE", "home": "HOME,VOICE", "fax": "WORK,FAX", "other": "VOICE"}


def write_vcards(path: Path | str, cards: Iterable[dict], *, progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Write one vCard per dict and return how many; TaskCancelledError or InterchangeError leave no file.

    Keys (all optional but one of name, company, e-mail or phone): name, company, department,
    title, mobile and phone (the work phone; E.164, an extension after ";ext="), phones (more numbers:
    [{"kind": "mobile" | "work" | "home" | "fax" | "other", "number": ...}]), email, emails (more
    addresses), birthday (a date), notes, wechat, tags, the address parts country, province, city,
    district, street and postal_code, and custom_fields ({header: text}, written as
    X-CRM-FIELD;X-NAME=header, which the vCard reader gives back as a column of that header).
    """
    count = 0
    cards = iter(cards)
    with replaced_on_success(path) as target:
        for chunk in iter(lambda: list(islice(cards, REPORT_EVERY)), []):
            check_cancelled(cancelled)
            target.write(b"".join(vcard(card) for card in chunk))
            count += len(chunk)
            if progress is not None:
                progress(count)
    return count


def vcard(card: dict) -> bytes:
    """One BEGIN:VCARD ... END:VCARD block, CRLF-terminated."""
    def get(key: str) -> str:
        return _text(card.get(key))

    name, company, department = get("name"), get("company"), get("department")
    family, given = split_name(name)
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             # FN and N are required in 3.0; a nameless contact is shown by what is known of it.
             "FN:" + escape(name or company or get("email") or (get("mobile") or get("phone")).partition(EXT_MARK)[0]),
             f"N:{escape(family)};{escape(given)};;;"]
    if company or department:
        lines.append(f"ORG:{escape(company)};{escape(department)}" if department else f"ORG:{escape(company)}")
    if title := get("title"):
        lines.append(f"TITLE:{escape(title)}")
    lines += _tel_lines(card)
    for email in (get("email"), *(_text(e) for e in card.get("emails") or ())):
        if email:
            lines.append(f"EMAIL;TYPE=INTERNET:{escape(email)}")
    birthday = card.get("birthday")
    if isinstance(birthday, datetime):
        birthday = birthday.date()
    if birthday:
        lines.append(f"BDAY:{birthday.isoformat() if isinstance(birthday, date) else escape(str(birthday))}")
    if address := _adr(get("district"), get("street"), get("city"), get("province"), get("postal_code"),
                       get("country")):
        lines.append(address)
    for key, prefix in (("notes", "NOTE"), ("wechat", "X-WECHAT")):
        if value := get(key):
            lines.append(f"{prefix}:{escape(value)}")
    if tags := _tags(card.get("tags")):
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in tags))
    for header, value in (card.get("custom_fields") or {}).items():
        if (header := _text(header)) and (value := _text(value)):
            lines.append(f"X-CRM-FIELD;X-NAME={param_value(header)}:{escape(value)}")
    lines.append("END:VCARD")
    return b"".join(fold(line) + b"\r\n" for line in lines)


def _tel_lines(card: dict) -> list[str]:
    """TEL lines with the TYPE of each kind, the mobile and work phone first; repeats left out."""
    numbers = [("mobile", card.get("mobile")), ("work", card.get("phone")),
               *((p.get("kind"), p.get("number")) for p in card.get("phones") or () if isinstance(p, dict))]
    lines, seen = [], set()
    for kind, number in numbers:
        number = _text(number)
        if not number or (kind, number) in seen:
            continue
        seen.add((kind, number))
        main, _, extension = number.partition(EXT_MARK)
        # "ext." as people write it: phones show it, and the reader and the phone parser read it back.
        shown = f"{main} ext. {extension}" if extension else main
        lines.append(f"TEL;TYPE={TEL_TYPES.get(kind, TEL_TYPES['other'])}:{escape(shown)}")
    return lines


def _adr(district: str, street: str, city: str, province: str, postal_code: str, country: str) -> str | None:
    """ADR;TYPE=WORK. The district leads the street component, as Chinese addresses are written, and is
    also named in X-DISTRICT so that the reader can give it back on its own."""
    if not any((district, street, city, province, postal_code, country)):
        return None
    street = " ".join(p for p in (district, street) if p)
    parts = ";".join(escape(p) for p in ("", "", street, city, province, postal_code, country))
    return f"ADR;TYPE=WORK;X-DISTRICT={param_value(district)}:{parts}" if district else f"ADR;TYPE=WORK:{parts}"


def param_value(text: str) -> str:
    """A quoted parameter value with RFC 6868's escapes (^^, ^n, ^' for a double quote)."""
    return '"' + _NEWLINES.sub("\n", text).replace("^", "^^").replace("\n", "^n").replace('"', "^'") + '"'


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a person's name: 张伟 is 张 + 伟, 欧阳娜娜 欧阳 + 娜娜, John Smith Smith + John."""
    name = name.strip()
    if contains_cjk(name):
        size = 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1
        return name[:size], name[size:].strip()
    given, _, family = name.rpartition(" ")
    # A single word (Madonna) is a given name, as phones file it.
    return (family, given.strip()) if given else ("", family)


def escape(text: str) -> str:
    """A vCard text value: backslash, comma, semicolon and line breaks escaped."""
    return _NEWLINES.sub("\n", text).translate(_ESCAPES)


def fold(line: str) -> bytes:
    """The line's UTF-8 in pieces of at most 75 octets, never splitting a character's bytes."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return data
    pieces, start, limit = [], 0, MAX_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte: back off
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, MAX_OCTETS - 1  # a continuation line starts with a space
    return b"\r\n ".join(pieces)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _tags(tags: object) -> list[str]:
    if isinstance(tags, list | tuple | set):
        return [t for t in (_text(t) for t in tags) if t]
    return [t for t in _TAG_SPLIT.split(_text(tags)) if t]
