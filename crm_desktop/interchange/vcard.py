"""vCard 2.1, 3.0 and 4.0 files read as a table: a header row, then one row per card."""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.interchange.delimited import CHUNK, TextTable, checked_encoding, decoding, detect_encoding, open_text
from crm_desktop.interchange.table import Cell

# English headers the column mapping recognises.
HEADERS = ("Name", "Last name", "First name", "Company", "Department", "Title", "Mobile", "Phone", "E-mail",
           "Birthday", "Address", "City", "Province", "Country", "Notes", "WeChat", "Tags")

_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}  # vCard 2.1 may name them without ENCODING=
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
_MOBILE_TYPES = {"cell", "mobile", "iphone"}
_MOBILE_LABELS = ("mobile", "cell", "手机", "移动电话")


@dataclass
class Property:
    name: str  # upper case, without its group
    value: str  # as written: still escaped and possibly quoted-printable
    group: str = ""  # "item1" of Apple's "item1.TEL"
    params: dict[str, str] = field(default_factory=dict)  # upper-case keys
    types: set[str] = field(default_factory=set)  # lower case, from TYPE= and 2.1 bare parameters


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts, start, quoted = [], 0, False
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def parse_line(line: str) -> Property | None:
    """`group.NAME;PARAM=x;BARE:value`; None for a line without a property (stray base64 data)."""
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' in line[:colon]:  # a quoted parameter value (4.0) may hold a colon
        key = _split_unquoted(line, ":")[0]
        colon = len(key)
    key, value = line[:colon], line[colon + 1:]
    name, *params = _split_unquoted(key, ";")
    group, _, name = name.strip().rpartition(".")
    prop = Property(name.upper(), value, group)
    for param in params:
        pname, eq, pvalue = param.partition("=")
        pname = pname.strip().upper()
        if not eq:
            if pname in _ENCODINGS:
                prop.params["ENCODING"] = pname
            else:
                prop.types.add(pname.lower())
        elif pname == "TYPE":
            prop.types.update(t.strip().lower() for t in pvalue.strip().strip('"').split(","))
        else:
            prop.params[pname] = pvalue.strip().strip('"')
    return prop


def _is_quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def logical_lines(lines: Iterable[str]) -> Iterator[str]:
    """Unfold continuation lines (leading space or tab) and quoted-printable soft line breaks."""
    current = None
    for raw in lines:
        line = raw.rstrip("\r\n")
        if current is not None and current.endswith("=") and _is_quoted_printable(current):
            current = current[:-1] + line
        elif current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
        else:
            if current is not None:
                yield current
            current = line
    if current is not None:
        yield current


def cards(lines: Iterable[str]) -> Iterator[list[Property]]:
    """The properties of each card, one card at a time; nested cards (2.1 AGENT) are skipped."""
    props, depth = None, 0
    for line in logical_lines(lines):
        prop = parse_line(line) if line.strip() else None
        if prop is None:
            continue
        marker = prop.value.strip().upper() == "VCARD"
        if prop.name == "BEGIN" and marker:
            depth += 1
            if depth == 1:
                props = []
        elif prop.name == "END" and marker:
            depth = max(depth - 1, 0)
            if depth == 0 and props is not None:
                yield props
                props = None
        elif depth == 1 and props is not None:
            props.append(prop)
    if props:
        yield props  # the last card lacks END:VCARD


def _charsets(name: str | None) -> list[str]:
    try:
        found = codecs.lookup(name).name if name else "utf-8"
    except LookupError:
        found = "utf-8"
    # GB18030 reads all that GB2312 and GBK write.
    return ["gb18030" if found in ("gb2312", "gbk") else found, "utf-8", "gb18030"]


def text(prop: Property) -> str:
    """The value after quoted-printable or base64 decoding with its CHARSET; still escaped."""
    encoding = prop.params.get("ENCODING", "").upper()
    if encoding in ("QUOTED-PRINTABLE", "QP"):
        data = quopri.decodestring(prop.value.encode("utf-8"))
    elif encoding in ("B", "BASE64"):
        try:
            data = base64.b64decode("".join(prop.value.split()))
        except (binascii.Error, ValueError):
            return ""
    else:
        return prop.value
    for charset in _charsets(prop.params.get("CHARSET")):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def components(value: str) -> list[str]:
    """Split a structured value (N, ORG, ADR) at unescaped semicolons, then unescape each part."""
    parts, buffer, chars = [], [], iter(value)
    for char in chars:
        if char == "\\":
            buffer.append(char + next(chars, ""))
        elif char == ";":
            parts.append(unescape("".join(buffer)).strip())
            buffer = []
        else:
            buffer.append(char)
    parts.append(unescape("".join(buffer)).strip())
    return parts


def _tel(value: str) -> str:
    value = unescape(value).strip()
    if value[:4].lower() == "tel:":  # 4.0 VALUE=uri
        value = value[4:]
    number, _, ext = value.partition(";ext=")
    return f"{number} ext. {ext}" if ext else number


def _looks_mobile(number: str) -> bool:
    digits = re.sub(r"^(0086|86)(?=\d{11}$)", "", re.sub(r"\D", "", number))
    return bool(_CN_MOBILE.fullmatch(digits))


def _person(family: str, given: str, middle: str) -> str:
    if _CJK.search(family + given):
        return family + middle + given  # 张 + 伟, no space
    return " ".join(p for p in (given, middle, family) if p)


def card_row(props: list[Property]) -> list[str]:
    """One row under HEADERS for the properties of a card."""
    first: dict[str, Property] = {}
    for prop in props:
        first.setdefault(prop.name, prop)

    def value(name: str) -> str:
        return unescape(text(first[name])).strip() if name in first else ""

    family, given, middle = ([*components(text(first["N"])), "", "", ""] if "N" in first else ["", "", ""])[:3]
    company, *units = components(text(first["ORG"])) if "ORG" in first else [""]
    labels = {p.group: text(p).lower() for p in props if p.name == "X-ABLABEL" and p.group}
    mobiles, others = [], []
    for prop in (p for p in props if p.name == "TEL"):
        number = _tel(text(prop))
        label = labels.get(prop.group, "") if prop.group else ""
        if prop.types & _MOBILE_TYPES or any(word in label for word in _MOBILE_LABELS):
            mobiles.append(number)
        elif "fax" not in prop.types and number:
            others.append(number)
    mobile = mobiles[0] if mobiles else next((n for n in others if _looks_mobile(n)), "")
    phone = next((n for n in others if n != mobile), "")
    addresses = [p for p in props if p.name == "ADR"]
    address = next((p for p in addresses if "work" in p.types), addresses[0] if addresses else None)
    pobox, extended, street, city, region, postcode, country = (
        [*components(text(address)), *[""] * 7] if address else [""] * 7)[:7]
    street = " ".join(p.replace("\n", " ") for p in (street, extended, pobox, postcode) if p)
    notes = "\n".join(unescape(text(p)).strip() for p in props if p.name == "NOTE")
    return [value("FN") or _person(family, given, middle), family, given, company,
            " ".join(u for u in units if u), value("TITLE"), mobile, phone, value("EMAIL"), value("BDAY"),
            street, city, region, country, notes.strip(), value("X-WECHAT"), value("CATEGORIES")]


class VCardFile(TextTable):
    """A vCard file as one sheet; cards are parsed one at a time while the rows are read."""

    format = "vcard"

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self.encoding = checked_encoding(encoding) or detect_encoding(path)

    def rows(self, sheet: str | None = None) -> Iterator[list[Cell]]:
        self._check(sheet)
        return self._rows()

    def _rows(self) -> Iterator[list[Cell]]:
        yield list(HEADERS)
        with decoding(self.path, self.encoding), open_text(self.path, self.encoding) as f:
            for props in cards(f):
                yield card_row(props)

    def estimated_rows(self, sheet: str | None = None) -> int:
        """Cards counted in the first megabyte, scaled to the file size; plus the header row."""
        self._check(sheet)
        with open(self.path, "rb") as f:
            data = f.read(CHUNK)
        found = codecs.getincrementaldecoder(self.encoding)("replace").decode(data).upper().count("BEGIN:VCARD")
        size = self.path.stat().st_size
        return 1 + (found if len(data) >= size else round(found * size / max(len(data), 1)))
