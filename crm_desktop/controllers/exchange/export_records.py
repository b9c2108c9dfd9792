"""Whole records as export rows: every importable field, each phone under its kind, the values kept for
review in their own column, and custom fields, so that importing the export gives back the same records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from crm_desktop.domain.common.display import phone_text
from crm_desktop.domain.exchange.import_phones import PHONE_KINDS
from crm_desktop.interchange.fields import ACCOUNT_EXPORT, CONTACT_EXPORT, field_spec
from crm_desktop.store.types import from_iso

# Record column -> SQL in the list's query (c: contacts, a: accounts, u: the owner).
_SQL = {"company": "c.account_name", "owner": "u.display_name", "created_at": "{a}.original_created_at",
        "home_phone": "NULL", "fax": "NULL", "other_phone": "NULL"}
# Stored columns a contact export reads besides its fields: the other numbers and e-mails, review notes.
_CONTACT_EXTRA = ("c.phones", "c.emails", "c.custom_fields", "c.review")
_ACCOUNT_EXTRA = ("a.custom_fields", "a.review")
_KIND_OF_FIELD = {kind: field for field, kind in PHONE_KINDS.items()}
LIST_JOIN = "; "  # several values of one column; the import splits them again


@dataclass(frozen=True)
class RecordExport:
    """The columns and query of a whole-record export, and how a stored row becomes its cells."""

    entity: str
    fields: tuple[str, ...]
    custom: tuple[str, ...]  # custom field names, one column each after the fields
    region: str

    @property
    def select(self) -> str:
        alias = "c" if self.entity == "contact" else "a"
        own = [_SQL.get(f, "{a}." + f).format(a=alias) for f in self.fields]
        return ", ".join([*own, *(_CONTACT_EXTRA if self.entity == "contact" else _ACCOUNT_EXTRA)])

    def headers(self, language: str) -> list[str]:
        return [*(field_spec(self.entity, f).header(language) for f in self.fields), *self.custom]

    @property
    def phone_columns(self) -> set[int]:
        return {i for i, f in enumerate(self.fields) if f in PHONE_KINDS or f == "phone"}

    @property
    def date_columns(self) -> set[int]:
        return {i for i, f in enumerate(self.fields) if f == "birthday"}

    def cells(self, row) -> list:
        n = len(self.fields)
        values = dict(zip(self.fields, row[:n], strict=True))
        if self.entity == "contact":
            phones, emails, custom, review = (_json(v) for v in row[n:n + 4])
            lists = self._contact_lists(values, phones or [], emails or [])
        else:
            custom, review = (_json(v) for v in row[n:n + 2])
            lists = {"phone": [values["phone"]] if values.get("phone") else []}
        raw: dict[str, str] = {}
        for note in review or ():
            # A value the import could not read goes back out as it was written, in its own column.
            key = note["field"]
            if key in lists:
                lists[key].append(note["value"])  # phones are shown formatted, this one as written
            elif key in values and not values[key] and note["value"]:
                raw.setdefault(key, note["value"])
        out = [raw.get(f) or self._cell(f, lists[f] if f in lists else values[f]) for f in self.fields]
        return [*out, *((custom or {}).get(name) for name in self.custom)]

    def _contact_lists(self, values: dict, phones: list[dict], emails: list[str]) -> dict[str, list]:
        lists: dict[str, list] = {f: [] for f in PHONE_KINDS}
        lists["mobile"] += [values["mobile"]] if values.get("mobile") else []
        lists["phone"] += [values["phone"]] if values.get("phone") else []
        for item in phones:
            lists[_KIND_OF_FIELD.get(item["kind"], "other_phone")].append(item["number"])
        lists["email"] = [e for e in (values.get("email"), *emails) if e]
        return {f: v for f, v in lists.items() if f in self.fields}

    def _cell(self, field: str, value):
        if isinstance(value, list):
            shown = [phone_text(v, self.region) if field != "email" else v for v in value]
            return LIST_JOIN.join(shown) or None
        if value is None:
            return None
        if field == "tags":
            return ", ".join(json.loads(value))
        if field == "birthday":
            return date.fromisoformat(value)
        if field == "created_at":
            return from_iso(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return value


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def record_export(entity: str, custom: list[str], region: str) -> RecordExport:
    return RecordExport(entity, CONTACT_EXPORT if entity == "contact" else ACCOUNT_EXPORT, tuple(custom), region)
