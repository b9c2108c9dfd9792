"""One source row to record values: mapped cells repaired and checked, odd values kept for review,
and merged into a match. A row is refused only when nothing in it names a person or a company."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from crm_desktop.domain.common.dates import parse_date, parse_moment
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, FieldError, ValidationError
from crm_desktop.domain.customers.countries import region_of_country
from crm_desktop.domain.customers.enums import AccountLevel, AccountSource, AccountStatus
from crm_desktop.domain.customers.names import MAX_NAME, contains_cjk, normalize_name, tidy
from crm_desktop.domain.customers.phones import normalize_phone
from crm_desktop.domain.exchange.cells import cell_text
from crm_desktop.domain.exchange.choices import parse_choice
from crm_desktop.domain.exchange.import_phones import PHONE_KINDS, Cells, Review, row_emails, row_phones, values_of
from crm_desktop.domain.exchange.imports import DuplicatePolicy

T = TypeVar("T")

TAG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Tags are at most 40 characters.")
NOTHING_NAMES = QT_TRANSLATE_NOOP(
    "Validation", "Nothing in this row names a person or a company (no name, company, phone or e-mail).")
NAME_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The name is empty; the record is named after another value of the row until you correct it.")
NAME_CUT = QT_TRANSLATE_NOOP("Validation", "The name was longer than 120 characters and is shortened.")
TEXT_CUT = QT_TRANSLATE_NOOP("Validation", "The value was too long for this field and is shortened.")

_TAG_SPLIT = re.compile(r"\s*(?:[,，;；、|]|:::)\s*")
# Google Contacts' own groups ("* myContacts", "* starred") are not the rep's tags.
_SYSTEM_LABEL = re.compile(r"^\*\s")
ADDRESS_PARTS = ("country", "province", "city", "district", "street", "postal_code")
LIST_CELLS = frozenset({*PHONE_KINDS, "email"})  # every column's value is kept
_TEXT_LIMITS = {"title": 80, "department": 80, "wechat": 64, "source": 80, "lifecycle": 60, "country": 60,
                "province": 60, "city": 60, "district": 60, "street": 200, "postal_code": 20, "short_name": 60,
                "industry": 60, "website": 200}
_CONTACT_TEXT = ("title", "department", "wechat", "notes", "source", "lifecycle", *ADDRESS_PARTS)
_ACCOUNT_TEXT = ("short_name", "industry", "website", "notes", *ADDRESS_PARTS)
_CONTACT_FIELDS = (*_CONTACT_TEXT, "mobile", "phone", "phones", "email", "emails", "birthday", "original_created_at",
                   "tags")


@dataclass
class CleanRow:
    """One row as the import stores it: values, the company to link, the owner to match, and the
    values that could not be read (each {field, value, message}), kept for review."""

    values: dict[str, Any]
    company: str | None = None
    address: dict[str, str] = field(default_factory=dict)
    owner: str | None = None
    review: Review = field(default_factory=list)


def mapped_cells(raw: Sequence[object], mapping: Sequence[str | None], kinds: dict[int, str] | None = None) -> Cells:
    """Target field -> cell of one row. Phones and e-mails keep every column (a list); notes are
    joined; other fields take the first column. `kinds` re-targets a phone column per row (the
    number's type written in a column beside it, as Google Contacts does)."""
    out: Cells = {}
    for column, (value, target) in enumerate(zip(raw, mapping, strict=False)):
        if target is None or value is None or value == "":
            continue
        if target == "tags" and isinstance(value, str):
            value = ", ".join(t for t in _TAG_SPLIT.split(value) if t and not _SYSTEM_LABEL.match(t))
            if not value:
                continue
        if kinds and column in kinds and target in PHONE_KINDS:
            target = kinds[column]
        if target in LIST_CELLS:
            out.setdefault(target, []).append(cell_text(value))
        elif target not in out:
            out[target] = value
        elif target in ("notes", "tags"):
            glue = "\n" if target == "notes" else ", "
            out[target] = f"{cell_text(out[target])}{glue}{cell_text(value)}"
    return out


def custom_cells(texts: list[str], mapping: Sequence[str | None], titles: list[str],
                 ignored: frozenset[int] = frozenset()) -> dict[str, str]:
    """Values (as cell texts) of the columns that fill no field, by column title: kept on the record."""
    out: dict[str, str] = {}
    for column, (text, target) in enumerate(zip(texts, mapping, strict=False)):
        if target is None and text and column not in ignored and column < len(titles):
            out[titles[column]] = text
    return out


def _text(cells: Cells, key: str) -> str | None:
    value = cells.get(key)
    return (cell_text(value).strip() or None) if value is not None else None


def person_name(cells: Cells) -> str | None:
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


class _Row:
    """Checks fields one by one; a value that fails is noted for review and left out."""

    def __init__(self, cells: Cells) -> None:
        self.cells = cells
        self.review: Review = []

    def note(self, key: str, value: object, message: str) -> None:
        self.review.append({"field": key, "value": cell_text(value).strip(), "message": message})

    def check(self, key: str, fn: Callable[..., T], *args: Any) -> T | None:
        try:
            return fn(*args)
        except FieldError as error:
            self.note(key, self.cells.get(key), error.message)
            return None

    def text(self, key: str) -> str | None:
        value = _text(self.cells, key)
        limit = _TEXT_LIMITS.get(key)
        if value and limit and len(value) > limit:
            self.note(key, value, TEXT_CUT)
            return value[:limit]
        return value

    def tags(self) -> list[str] | None:
        tags = [t for t in _TAG_SPLIT.split(_text(self.cells, "tags") or "") if t]
        for tag in (t for t in tags if len(t) > 40):
            self.note("tags", tag, TAG_TOO_LONG)
        return list(dict.fromkeys(t for t in tags if len(t) <= 40)) or None

    def name(self, key: str, text: str | None) -> str | None:
        if not text:
            return None
        try:
            return normalize_name(text, key)
        except FieldError as error:
            self.note(key, text, NAME_CUT if len(text) > MAX_NAME else error.message)
            return tidy(text)[:MAX_NAME] or None


def clean_contact_row(cells: Cells, region: str = "CN") -> CleanRow:
    """The contact a row describes; ValidationError only when nothing in it names anyone."""
    row = _Row(cells)
    values: dict[str, Any] = dict.fromkeys(_CONTACT_FIELDS)
    for key in _CONTACT_TEXT:
        if key in cells:  # most sheets fill a few of these: no work for the others
            values[key] = row.text(key)
    own = region_of_country(values["country"])
    regions = (own, region) if own and own != region else (region,)
    values["mobile"], values["phone"], values["phones"] = row_phones(cells, regions, row.review)
    if "email" in cells:
        values["email"], values["emails"] = row_emails(cells, row.review)
    if "birthday" in cells:
        values["birthday"] = row.check("birthday", parse_date, cells["birthday"], "birthday")
    if "created_at" in cells:
        values["original_created_at"] = row.check("created_at", parse_moment, cells["created_at"], "created_at")
    if "tags" in cells:
        values["tags"] = row.tags()
    company = row.name("company", _text(cells, "company"))
    name = row.name("name", person_name(cells))
    if not name:
        stand_in = (values["email"] or values["mobile"] or values["phone"]
                    or next((p["number"] for p in values["phones"] or ()), None) or company)
        if not stand_in:
            raise ValidationError({"name": NOTHING_NAMES})
        row.note("name", "", NAME_MISSING)
        name = stand_in
    values["name"] = name
    address = {k: values[k] for k in ADDRESS_PARTS if values[k]}
    return CleanRow(values, company, address, _text(cells, "owner"), row.review)


def clean_account_row(cells: Cells, region: str = "CN") -> CleanRow:
    row = _Row(cells)
    name = row.name("name", _text(cells, "name"))
    if not name:
        raise ValidationError({"name": NOTHING_NAMES})
    values: dict[str, Any] = {"name": name, **{key: row.text(key) for key in _ACCOUNT_TEXT}}
    region = region_of_country(values["country"]) or region
    values["phone"] = None
    for raw in values_of(cells.get("phone") or []):
        number = row.check("phone", normalize_phone, raw, "phone", region)
        if number:
            values["phone"] = number
            break
    values["level"] = row.check("level", parse_choice, _text(cells, "level"), AccountLevel, "level")
    values["status"] = row.check("status", parse_choice, _text(cells, "status"), AccountStatus, "status")
    values["source"] = row.check("source", parse_choice, _text(cells, "source"), AccountSource, "source")
    values["original_created_at"] = row.check("created_at", parse_moment, cells.get("created_at"), "created_at")
    values["tags"] = row.tags()
    return CleanRow(values, None, {}, _text(cells, "owner"), row.review)


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _identity(item: object) -> object:
    if isinstance(item, dict) and "field" in item:  # a review note: the same value found again
        return (item["field"], item["value"])
    return json.dumps(item, sort_keys=True, default=str) if isinstance(item, dict) else item


def _union(old: list[Any] | None, new: list[Any]) -> list[Any]:
    """Items of both, in order, each once."""
    seen: set[object] = set()
    out: list[Any] = []
    for item in [*(old or []), *new]:
        key = _identity(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


_LISTS = ("tags", "phones", "emails", "review")
# A second value for a single field that the record already holds goes to its list, not lost.
_SPARE: dict[str, tuple[str, Callable[[str], object]]] = {
    "mobile": ("phones", lambda v: {"kind": "mobile", "number": v}),
    "phone": ("phones", lambda v: {"kind": "work", "number": v}),
    "email": ("emails", lambda v: v)}


def merge_changes(current: dict[str, Any], incoming: dict[str, Any], policy: DuplicatePolicy) -> dict[str, Any]:
    """Fields of `current` that `incoming` changes: fills the blanks (UPDATE) or replaces them too
    (OVERWRITE). An empty cell never clears a value; list items and custom fields are added, never
    dropped; with UPDATE a second mobile, phone or e-mail joins the record's other ones."""
    after: dict[str, Any] = {}
    spares: dict[str, list[Any]] = {}
    for key, new in incoming.items():
        if _empty(new):
            continue
        old = current.get(key)
        if key in _LISTS:
            continue
        if key == "custom_fields":
            merged = {**new, **(old or {})} if policy is not DuplicatePolicy.OVERWRITE else {**(old or {}), **new}
            if merged != (old or {}):
                after[key] = merged
        elif _empty(old) or (policy is DuplicatePolicy.OVERWRITE and old != new):
            after[key] = new
        elif key in _SPARE and old != new:
            target, item = _SPARE[key]
            spares.setdefault(target, []).append(item(new))
    for key in _LISTS:
        new = [*(incoming.get(key) or []), *spares.get(key, [])]
        if key == "phones":
            held = {current.get("mobile"), current.get("phone"), after.get("mobile"), after.get("phone")}
            new = [p for p in new if p["number"] not in held]
        if key == "emails":
            new = [e for e in new if e not in (current.get("email"), after.get("email"))]
        if new and (union := _union(current.get(key), new)) != (current.get(key) or []):
            after[key] = union
    return after
