"""One source row to record values: mapped cells repaired, validated, and merged into a match."""

from __future__ import annotations

import re

from crm_desktop.domain.cells import cell_text
from crm_desktop.domain.choices import parse_choice
from crm_desktop.domain.dates import parse_date
from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.enums import AccountLevel, AccountSource, AccountStatus
from crm_desktop.domain.imports import DuplicatePolicy
from crm_desktop.domain.names import contains_cjk, normalize_name
from crm_desktop.domain.phones import normalize_phone, phone_digits
from crm_desktop.domain.validation import QT_TRANSLATE_NOOP, Collector, FieldError

TAG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Tags are at most 40 characters.")
_TAG_SPLIT = re.compile(r"\s*(?:[,，;；、|]|:::)\s*")
# Google Contacts' own groups ("* myContacts", "* starred") are not the rep's tags.
_SYSTEM_LABEL = re.compile(r"^\*\s")
# Google Contacts keeps several numbers or addresses of one kind in one cell.
_MULTI_VALUE = re.compile(r"\s*:::\s*|\s*[;；]\s*|\n")
_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
ADDRESS_PARTS = ("country", "province", "city", "district", "street")
_CONTACT_TEXT = ("title", "department", "wechat", "notes")
_ACCOUNT_TEXT = ("short_name", "industry", "website", "notes", *ADDRESS_PARTS)


def mapped_cells(raw: list, mapping) -> dict[str, object]:
    """Target field -> cell of one row; two columns for the notes are joined, else first wins."""
    out: dict[str, object] = {}
    for value, target in zip(raw, mapping, strict=False):
        if target == "tags" and isinstance(value, str):
            value = ", ".join(t for t in _TAG_SPLIT.split(value) if t and not _SYSTEM_LABEL.match(t))
        if target is None or value is None or value == "":
            continue
        if target not in out:
            out[target] = value
        elif target == "notes":
            out[target] = f"{cell_text(out[target])}\n{cell_text(value)}"
    return out


def _text(cells: dict, key: str) -> str | None:
    value = cells.get(key)
    return (cell_text(value) or None) if value is not None else None


def _first(text: str | None) -> str | None:
    return _MULTI_VALUE.split(text, maxsplit=1)[0] if text else text


def person_name(cells: dict) -> str | None:
    """The name column, else last/middle/first joined (张 + 伟 = 张伟, "John Smith")."""
    name = _text(cells, "name")
    if name:
        return name
    last, middle, first = (_text(cells, k) for k in ("last_name", "middle_name", "first_name"))
    parts = [p for p in (last, middle, first) if p]
    if any(contains_cjk(p) for p in parts):
        return "".join(parts)
    return " ".join(p for p in (first, middle, last) if p) or None


def split_tags(text: str | None) -> list[str] | None:
    tags = list(dict.fromkeys(t for t in _TAG_SPLIT.split(text or "") if t))
    if any(len(t) > 40 for t in tags):
        raise FieldError("tags", TAG_TOO_LONG)
    return tags or None


def _is_cn_mobile(e164: str) -> bool | None:
    """True/False for Chinese numbers, None when the kind of a foreign number is unknown."""
    if not e164.startswith("+86"):
        return None
    return bool(_CN_MOBILE.match(phone_digits(e164)))


def _phones(cells: dict, region: str, c: Collector) -> tuple[str | None, str | None]:
    mobile = c.check("mobile", normalize_phone, _first(_text(cells, "mobile")), "mobile", region)
    phone = c.check("phone", normalize_phone, _first(_text(cells, "phone")), "phone", region)
    # A landline in the mobile column, or a mobile in the phone column, moves when the other is free.
    if mobile and not phone and _is_cn_mobile(mobile) is False:
        return None, mobile
    if phone and not mobile and _is_cn_mobile(phone):
        return phone, None
    return mobile, phone


def address_text(address: dict) -> str:
    """Chinese order, big to small: 中国 广东省 深圳市 南山区 科技园路1号."""
    return " ".join(address[k] for k in ADDRESS_PARTS if address.get(k))


def clean_contact_row(cells: dict, region: str = "CN") -> tuple[dict, str | None, dict]:
    """(contact values, company name or None, address parts); ValidationError on bad fields."""
    c = Collector()
    values = {"name": c.check("name", normalize_name, person_name(cells), "name")}
    for key in _CONTACT_TEXT:
        values[key] = _text(cells, key)
    values["mobile"], values["phone"] = _phones(cells, region, c)
    values["email"] = c.check("email", normalize_email, _first(_text(cells, "email")), "email")
    values["birthday"] = c.check("birthday", parse_date, cells.get("birthday"), "birthday")
    values["tags"] = c.check("tags", split_tags, _text(cells, "tags"))
    company = _text(cells, "company")
    if company:
        company = c.check("company", normalize_name, company, "company")
    address = {k: v for k in ADDRESS_PARTS if (v := _text(cells, k))}
    c.raise_if_any()
    if address and not company:
        # No company to carry the address: keep it with the person rather than lose it.
        values["notes"] = "\n".join(x for x in (values["notes"], address_text(address)) if x)
    return values, company, address


def clean_account_row(cells: dict, region: str = "CN") -> dict:
    c = Collector()
    values = {"name": c.check("name", normalize_name, _text(cells, "name"), "name")}
    for key in _ACCOUNT_TEXT:
        values[key] = _text(cells, key)
    values["phone"] = c.check("phone", normalize_phone, _first(_text(cells, "phone")), "phone", region)
    values["level"] = c.check("level", parse_choice, _text(cells, "level"), AccountLevel, "level")
    values["status"] = c.check("status", parse_choice, _text(cells, "status"), AccountStatus, "status")
    values["source"] = c.check("source", parse_choice, _text(cells, "source"), AccountSource, "source")
    values["tags"] = c.check("tags", split_tags, _text(cells, "tags"))
    c.raise_if_any()
    return values


def _empty(value) -> bool:
    return value is None or value == "" or value == []


def merge_changes(current: dict, incoming: dict, policy: DuplicatePolicy) -> dict:
    """Fields of `current` that `incoming` changes: fills the blanks (UPDATE) or replaces
    them too (OVERWRITE). An empty cell never clears a value; tags are added, never dropped."""
    after = {}
    for key, new in incoming.items():
        if _empty(new):
            continue
        old = current.get(key)
        if key == "tags":
            merged = list(dict.fromkeys([*(old or []), *new]))
            if merged != (old or []):
                after[key] = merged
        elif _empty(old) or (policy is DuplicatePolicy.OVERWRITE and old != new):
            after[key] = new
    return after
