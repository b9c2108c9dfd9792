"""The columns of a vCard: names, phones by their TYPE, e-mails, one address, and other properties kept by name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from crm_desktop.interchange.vcard_parse import Property, components, text, unescape

# Columns every vCard file has, in this order, under headers the column mapping recognises. A card with
# several values of one kind adds "Mobile 2", "E-mail 3"...; optional columns (_ORDER) and properties
# kept by name (NICKNAME, X-SOCIALPROFILE, the header of an X-CRM-FIELD) come only when a card has them.
HEADERS = ("Name", "Last Name", "First Name", "Middle Name", "Company", "Department", "Job Title", "Mobile",
           "Work Phone", "Home Phone", "Fax", "Other Phone", "E-mail", "Street", "City", "State", "Postal Code",
           "Country", "Birthday", "Website", "WeChat", "Categories", "Notes")
_ORDER = ("Name", "Name Prefix", "Last Name", "First Name", "Middle Name", "Name Suffix", "Company", "Department",
          "Job Title", "Mobile", "Work Phone", "Home Phone", "Fax", "Other Phone", "E-mail", "Street", "District",
          "City", "State", "Postal Code", "Country", "Home Address", "Other Address", "Birthday", "Website",
          "WeChat", "Categories", "Notes")
PHONE_HEADERS = {"mobile": "Mobile", "work": "Work Phone", "home": "Home Phone", "fax": "Fax", "other": "Other Phone"}
CUSTOM_FIELD = "X-CRM-FIELD"  # X-CRM-FIELD;X-NAME=<header>:<value>, as vcard_writer writes custom fields
DISTRICT = "X-DISTRICT"  # ADR parameter: the district the street component begins with

# Properties about the card or its software rather than the person, and those read below: not kept by name.
_NOT_KEPT = frozenset({
    "VERSION", "PRODID", "REV", "UID", "PHOTO", "LOGO", "SOUND", "KEY", "LABEL", "CLASS", "MAILER", "SORT-STRING",
    "SOURCE", "NAME", "KIND", "CLIENTPIDMAP", "XML", "TZ", "AGENT", "PROFILE", "X-ABUID", "X-ABLABEL", "X-ABADR",
    "X-ABSHOWAS", "X-MS-OL-DESIGN", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-CARDPICTURE", "X-IMAGETYPE",
    "X-IMAGEHASH", "X-SHAREDPHOTODISPLAYPREF", "X-ACTIVITY-ALERT", "X-ADDRESSBOOKSERVER-KIND",
    "X-ADDRESSBOOKSERVER-MEMBER", "X-MOZILLA-HTML", "X-EVOLUTION-FILE-AS",
    "FN", "N", "ORG", "TITLE", "NOTE", "BDAY", "CATEGORIES", "URL", "TEL", "EMAIL", "ADR", "X-WECHAT", "IMPP",
    CUSTOM_FIELD})
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_NUMBERED = re.compile(r"(.*) (\d+)$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Words of Apple's, Android's and people's own labels, in the order they are tried: HomeFAX is a fax.
_LABEL_WORDS = (("fax", ("fax", "传真", "傳真")),
                ("mobile", ("mobile", "cell", "iphone", "handy", "手机", "手機", "移动", "行动")),
                ("home", ("home", "住宅", "家")),
                ("work", ("work", "main", "office", "business", "company", "工作", "公司", "单位", "單位", "办公",
                          "辦公", "商务", "商務", "总机", "總機")),
                ("other", ("other", "pager", "其他", "其它", "寻呼")))
_WECHAT = ("wechat", "weixin", "微信")


def card_fields(props: list[Property]) -> dict[str, str] | None:
    """{header: value} of a card, empty values left out; None for a group card (iCloud, vCard 4.0)."""
    if any(_value(p).lower() == "group" for p in props if p.name in ("KIND", "X-ADDRESSBOOKSERVER-KIND")):
        return None
    labels = {p.group: _label(p) for p in props if p.name == "X-ABLABEL" and p.group}
    row: dict[str, str] = {}
    by_name: dict[str, list[Property]] = {}
    for prop in props:
        by_name.setdefault(prop.name, []).append(prop)

    def first(name: str) -> Property | None:
        return by_name.get(name, [None])[0]

    family, given, middle, prefix, suffix = ([*_parts(first("N")), "", "", "", "", ""])[:5]
    _add(row, "Name", _value(first("FN")) or _person(family, given, middle))
    for header, value in (("Name Prefix", prefix), ("Last Name", family), ("First Name", given),
                          ("Middle Name", middle), ("Name Suffix", suffix)):
        _add(row, header, value)
    if org := first("ORG"):
        company, *units = _parts(org)
        _add(row, "Company", company)
        _add(row, "Department", " ".join(u for u in units if u))
    for header, name in (("Job Title", "TITLE"), ("Birthday", "BDAY"), ("Website", "URL"), ("WeChat", "X-WECHAT")):
        for prop in by_name.get(name, ()):
            _add(row, header, _value(prop))
    for prop in _preferred_first(by_name.get("TEL", ())):
        _add(row, PHONE_HEADERS[phone_kind(prop, labels.get(prop.group, ""))], tel_number(prop))
    for prop in _preferred_first(by_name.get("EMAIL", ())):
        _add(row, "E-mail", _value(prop))
    _addresses(row, by_name.get("ADR", []), labels)
    tags = [tag for prop in by_name.get("CATEGORIES", ()) for tag in components(text(prop), ",") if tag]
    _add(row, "Categories", ", ".join(tags))
    _add(row, "Notes", "\n".join(v for v in (_value(p) for p in by_name.get("NOTE", ())) if v))
    for prop in props:
        if prop.name == "IMPP":
            _impp(row, prop, labels.get(prop.group, ""))
        elif prop.name == CUSTOM_FIELD:
            _add(row, prop.params.get("X-NAME", "").strip() or CUSTOM_FIELD, _value(prop))
        elif prop.name not in _NOT_KEPT and not (prop.transfer in ("B", "BASE64") and "CHARSET" not in prop.params):
            label = labels.get(prop.group, "")
            _add(row, f"{prop.name} ({label})" if label else prop.name, _value(prop))
    return row


def column_order(seen: Iterable[str]) -> list[str]:
    """The header row for the columns the cards of a file use: HEADERS and the known optional ones in
    their order, each followed by its numbered repeats, then the properties kept by name as first seen."""
    seen = list(dict.fromkeys(seen))
    repeats: dict[str, list[tuple[int, str]]] = {}
    for header in seen:
        if (numbered := _NUMBERED.fullmatch(header)) and numbered.group(1) in _ORDER:
            repeats.setdefault(numbered.group(1), []).append((int(numbered.group(2)), header))
    present = set(seen)
    ordered = []
    for header in _ORDER:
        if header in HEADERS or header in present:
            ordered += [header, *(h for _, h in sorted(repeats.get(header, [])))]
    placed = set(ordered)
    return ordered + [h for h in seen if h not in placed]


def phone_kind(prop: Property, label: str = "") -> str:
    """mobile, work, home, fax or other, by the number's own label and TYPE parameters (never its digits).

    A label names the kind (Apple's _$!<HomeFAX>!$_, 手机); with a label of the user's own that names
    none, only explicit types count: an iPhone marks its first number "pref" whatever it is.
    """
    label = label or prop.label
    if kind := _label_kind(label):
        return kind
    types = prop.types
    if "fax" in types:
        return "fax"
    if types & {"cell", "mobile", "iphone"}:
        return "mobile"
    if "home" in types:
        return "home"
    if "pager" in types:
        return "other"
    if "work" in types or (not label and (types & {"main", "x-main", "pref"} or "PREF" in prop.params)):
        return "work"
    return "other"


def tel_number(prop: Property) -> str:
    """The number as written; a tel: URI's ;ext=5555 becomes " ext. 5555" (the domain layer reads both)."""
    value = unescape(text(prop)).strip()
    if value[:4].lower() == "tel:":  # 4.0 VALUE=uri
        value = value[4:]
    if ";" not in value:
        return value
    number, *params = value.split(";")
    ext = next((p[4:] for p in params if p[:4].lower() == "ext="), "")
    return f"{number} ext. {ext}" if ext else number


def _add(row: dict[str, str], header: str, value: str) -> None:
    """Put a value under the header, or under "header 2", "header 3"... when the card already has one;
    a value the card already has under one of these is not repeated (X-WECHAT and IMPP of one id)."""
    if not value:
        return
    key, n = header, 1
    while key in row:
        if row[key] == value:
            return
        n += 1
        key = f"{header} {n}"
    row[key] = value


def _value(prop: Property | None) -> str:
    # Quoted-printable line breaks are =0D=0A: one kind of line break in the cell.
    return unescape(text(prop)).replace("\r\n", "\n").strip() if prop is not None else ""


def _parts(prop: Property | None) -> list[str]:
    return components(text(prop)) if prop is not None else []


def _label(prop: Property) -> str:
    value = _value(prop)
    found = _APPLE_LABEL.fullmatch(value)
    return found.group(1) if found else value


def _label_kind(label: str) -> str | None:
    label = label.casefold()
    return next((kind for kind, words in _LABEL_WORDS if any(w in label for w in words)), None) if label else None


def _preferred_first(props: Iterable[Property]) -> list[Property]:
    return sorted(props, key=lambda p: not ("pref" in p.types or "PREF" in p.params))


def _person(family: str, given: str, middle: str) -> str:
    if _CJK.search(family + given):
        return family + middle + given  # 张 + 伟, no space
    return " ".join(p for p in (given, middle, family) if p)


def _addresses(row: dict[str, str], addresses: list[Property], labels: dict[str, str]) -> None:
    """The work or preferred address into Street...Country (a home one only when it is the only one);
    the others each as one line under Home Address or Other Address."""
    def kind(prop: Property) -> str:
        found = _label_kind(labels.get(prop.group, ""))
        if found in ("home", "work"):
            return found
        return "work" if "work" in prop.types else "home" if "home" in prop.types else "other"

    def rank(item: tuple[int, Property]) -> tuple:
        index, prop = item
        pref = "pref" in prop.types or "PREF" in prop.params
        return kind(prop) == "home", not (kind(prop) == "work" or pref), index

    ordered = [prop for _, prop in sorted(enumerate(addresses), key=rank)]
    for number, prop in enumerate(ordered):
        pobox, extended, street, city, region, postcode, country = [*_parts(prop), *[""] * 7][:7]
        street = " ".join(p.replace("\n", " ") for p in (street, extended, pobox) if p)
        district = prop.params.get(DISTRICT, "").strip()
        if district and street.startswith(district):
            street = street[len(district):].strip()
        if number == 0:
            for header, value in (("Street", street), ("District", district), ("City", city), ("State", region),
                                  ("Postal Code", postcode), ("Country", country)):
                _add(row, header, value)
        else:
            line = ", ".join(p for p in (district + " " + street if district else street, city,
                                         f"{region} {postcode}".strip(), country) if p)
            _add(row, "Home Address" if kind(prop) == "home" else "Other Address", line)


def _impp(row: dict[str, str], prop: Property, label: str) -> None:
    """IMPP:weixin:abc, IMPP;X-SERVICE-TYPE=WeChat:x-apple:abc -> WeChat; other services kept as IMPP."""
    value = _value(prop)
    scheme, colon, rest = value.partition(":")
    service = " ".join((prop.params.get("X-SERVICE-TYPE", ""), label, *prop.types)).casefold()
    if scheme.casefold() in _WECHAT or any(w in service for w in _WECHAT):
        _add(row, "WeChat", rest if colon else value)
    elif scheme.casefold() == "x-apple" and prop.params.get("X-SERVICE-TYPE"):
        _add(row, "IMPP", f"{prop.params['X-SERVICE-TYPE']}:{rest}")
    else:
        _add(row, "IMPP", value)
