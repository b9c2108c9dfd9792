"""Which column of an imported sheet fills which field: header row, titles and suggestions."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.customers.names import contains_cjk, to_simplified
from crm_desktop.domain.exchange.cells import cell_text
from crm_desktop.interchange.fields import MULTI_COLUMN_FIELDS
from crm_desktop.interchange.header_synonyms import ACCOUNT, ACCOUNT_WEAK, CONTACT, CONTACT_WEAK
from crm_desktop.interchange.sheets import Cell
from crm_desktop.interchange.vendor_headers import PROFILES

# The GUI translates this template and passes it to column_titles().
COLUMN_TITLE = QT_TRANSLATE_NOOP("Interchange", "Column {letter}")
HEADER_SCAN_ROWS = 20

# Tiers: a lower tier wins a field; within a tier the leftmost column does.
_EXACT, _EXACT_WEAK, _PART, _PART_WEAK, _FUZZY = range(5)
# A multi-column field takes every column as strong as its best one (strong or weak); of guessed
# columns (联系人手机, 客户手机) only the first, as a single field would.
_STRENGTH = {_EXACT: 0, _PART: 0, _EXACT_WEAK: 1, _PART_WEAK: 1, _FUZZY: None}

# Without an exact match, headers containing these are other things that merely mention a field:
# 电子邮件类型 / Phone 1 - Type, 经理姓名 (manager's name), 商务地址 - 邮箱 (PO box), 负责人电话 (the owner's
# phone), 专管部门 (the owner's department), 创建人 (who typed the record in), 紧急联系人 (somebody else),
# Dynamics' hidden "(Do Not Modify) Contact" GUIDs, and phone kinds no field keeps (车载电话, TTY/TDD 电话, Pager).
_STOP_WORDS = ("type", "label", "displayname", "显示名", "类型", "经理", "助理", "配偶", "子女", "manager",
               "assistant", "spouse", "yomi", "phonetic", "地址邮箱", "pobox", "编号", "编码", "代码", "序号",
               "负责", "业务员", "专管", "创建人", "修改人", "donotmodify", "tty", "isdn", "telex", "pager", "寻呼",
               "callback", "回电", "车载", "紧急", "emergency")
# Record ids (Record ID, Contact Owner Id, OwnerId, 客户ID) stay custom fields, never the field they mention.
_IDENTIFIER = re.compile(r"(?:(?:^|[\s_\-:.(\u3400-\u9fff])(?i:ids?)|(?<=[a-z])I[dD]s?)\s*\)?$")
# Pipedrive's "Person - Phone - Work" and "Organization - Name": the entity, then the field.
_ENTITY_PREFIX = re.compile(r"^\s*(person|contact|organi[sz]ation|company|account|deal|lead|activity|product)"
                            r"\s+-\s+(.+)$", re.I | re.S)
_OWN_PREFIXES = {"contact": {"person", "contact"}, "account": {"organization", "organisation", "company", "account"}}
# An organisation's name in a person export is the person's company; its other columns are its own.
_COMPANY_PREFIXES = {"contact": _OWN_PREFIXES["account"]}
# Template marks of required or optional columns: *姓名, 姓名（必填）, Name (required).
_MARKERS = re.compile(r"[(\[【]\s*(?:必填|必选|选填|可选|非必填|required|optional)\s*[)\]】]", re.I)
_IGNORED_CHARS = re.compile(r"[\s_\-:*.'’#★☆※]+")
_PART_SPLIT_ALWAYS = re.compile(r"[\n\r|()\[\]【】]+")
# 姓名/Name and 姓名 Name split; Business Country/Region and Full Name do not (no CJK).
_PART_SPLIT_CJK = re.compile(r"/|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])")
_TRAILING_DIGITS = re.compile(r"\d+$")
_DIGITS = re.compile(r"\d+")
# Too general to name a field from the end of a longer header (产品名称, 跟进状态, 英文名字, 职位描述).
_NOT_SUFFIXES = frozenset({"名称", "客户", "名字", "全名", "说明", "状态", "来源", "等级", "级别", "单位", "标签",
                           "类别", "分组", "邮件", "网络", "主页", "简称", "描述", "企业", "跟进人"})


def _clean(header: Cell) -> str:
    text = to_simplified(unicodedata.normalize("NFKC", cell_text(header)))
    return _MARKERS.sub("", text)


def _key(text: str) -> str:
    return _IGNORED_CHARS.sub("", text.casefold())


def _index(strong: dict, weak: dict) -> dict[str, tuple[str, int]]:
    index = {}
    for tier, table in ((_EXACT_WEAK, weak), (_EXACT, strong)):
        for field, synonyms in table.items():
            for synonym in synonyms:
                index[_key(_clean(synonym))] = (field, tier)
    return index


def _loose(index: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """Numbered synonyms without their numbers, one tier down: "Phone 1 - Value" also reads "Phone 3 - Value"."""
    return {_DIGITS.sub("", key): (field, tier + _PART) for key, (field, tier) in index.items() if _DIGITS.search(key)}


_INDEX = {"contact": _index(CONTACT, CONTACT_WEAK), "account": _index(ACCOUNT, ACCOUNT_WEAK)}
_LOOSE = {entity: _loose(index) for entity, index in _INDEX.items()}
# Multi-character Chinese synonyms, longest first, for 联系人手机 / 客户邮箱 style headers.
_SUFFIXES = {
    entity: sorted((k for k in index if contains_cjk(k) and len(k) >= 2 and k not in _NOT_SUFFIXES),
                   key=len, reverse=True)
    for entity, index in _INDEX.items()
}


def header_key(header: Cell) -> str:
    """A header as it is compared: simplified Chinese, half-width, case, spacing and marks ignored."""
    return _key(_clean(header))


def _match(header: Cell, entity: str) -> tuple[str, int] | None:
    """(field, tier) for one header, or None."""
    index = _INDEX[entity]
    text = _clean(header)
    key = _key(text)
    if not key:
        return None
    if key in index:
        return index[key]
    if prefixed := _ENTITY_PREFIX.match(text):
        return _match_prefixed(prefixed.group(1).casefold(), prefixed.group(2), entity)
    if any(word in key for word in _STOP_WORDS) or _IDENTIFIER.search(text):
        return None
    for loose in (_TRAILING_DIGITS.sub("", key), _DIGITS.sub("", key)):  # 电话1, Email 2, E-mail 2 Address
        if loose != key and loose in index:
            field, tier = index[loose]
            return field, tier + _PART
    if found := _LOOSE[entity].get(_DIGITS.sub("", key)):  # Phone 3 - Value, Address 2: City
        return found
    if found := _match_parts(text, index):
        return found
    if contains_cjk(key):
        # Chinese compounds end with their head noun: 联系人手机 is a mobile, not a name.
        stripped = _TRAILING_DIGITS.sub("", key)
        for synonym in _SUFFIXES[entity]:
            if stripped.endswith(synonym):
                return index[synonym][0], _FUZZY
    return None


def _match_prefixed(entity_word: str, rest: str, entity: str) -> tuple[str, int] | None:
    """Pipedrive's "Person - Email - Work": the rest names a field of the person; other entities' columns
    ("Deal - Value", "Organization - Address" in a person export) are theirs, except the company's name."""
    if entity_word in _OWN_PREFIXES[entity]:
        return _match(rest, entity)
    if entity_word in _COMPANY_PREFIXES.get(entity, ()) and _key(rest) == "name":
        return "company", _EXACT
    return None


def _match_parts(text: str, index: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """Bilingual headers (姓名 Name, 手机(Mobile), 姓名/Name): a part names the field."""
    parts = [_PART_SPLIT_ALWAYS.split(p) for p in (_PART_SPLIT_CJK.split(text) if contains_cjk(text) else [text])]
    keys = [k for group in parts for k in (_key(p) for p in group) if k]
    if len(keys) < 2:
        return None
    found = [index.get(k) for k in keys]
    hits = [f for f in found if f]
    if not hits:
        return None
    if all(found) and len({field for field, _ in hits}) == 1:  # every part names the same field
        return hits[0][0], min(tier for _, tier in hits)
    field, tier = hits[0]
    return field, tier + _PART


def header_field(header: Cell, entity: str) -> str | None:
    """The field a header names on its own (suggest_mapping also resolves clashes)."""
    found = _match(header, entity)
    return found[0] if found else None


def _profile_fields(keys: list[str], entity: str) -> dict[str, str | None]:
    """Header key -> field for exports recognised by their headers (企业微信's 客户名称 is a nickname)."""
    present = set(keys)
    fields: dict[str, str | None] = {}
    for profile in PROFILES:
        if (profile.entity == entity and all(header_key(m) in present for m in profile.marks)
                and any(header_key(a) in present for a in profile.any_of)):
            fields.update({header_key(h): f for h, f in profile.fields.items()})
    return fields


def suggest_mapping(headers: list[Cell], entity: str) -> list[str | None]:
    """For each column the field key it should fill, or None (the importer keeps it as a custom field).

    A field of MULTI_COLUMN_FIELDS (phones, e-mail, notes, tags) takes every column that names it as
    surely as its best column does: Mobile and Mobile 2, 手机1 and 手机2, Notes and Description; a
    weaker or guessed column (Primary Phone beside Business Phone) is left out. Any other field takes
    its best column only: the lowest tier, then the leftmost.
    """
    keys = [header_key(h) for h in headers]
    profile = _profile_fields(keys, entity)
    found: list[tuple[str, int] | None] = []
    for header, key in zip(headers, keys, strict=True):
        if key in profile:
            found.append((profile[key], _EXACT) if profile[key] else None)
        else:
            found.append(_match(header, entity))
    best: dict[str, tuple[int, int]] = {}
    for column, match in enumerate(found):
        if match and (match[0] not in best or (match[1], column) < best[match[0]]):
            best[match[0]] = (match[1], column)
    mapping: list[str | None] = [None] * len(headers)
    for column, match in enumerate(found):
        if match:
            field, tier = match
            top_tier, top_column = best[field]
            if column == top_column or (field in MULTI_COLUMN_FIELDS and _STRENGTH[tier] is not None
                                        and _STRENGTH[tier] == _STRENGTH[top_tier]):
                mapping[column] = field
    return mapping


_VALUE_COLUMN = re.compile(r"^(.+?)\s*-\s*value$", re.I)
_TYPE_COLUMN = re.compile(r"^(.+?)\s*-\s*(?:type|label)$", re.I)


def paired_type_columns(headers: list[Cell]) -> dict[int, int]:
    """Value column -> the column naming its kind, as Google Contacts writes them: "Phone 1 - Value" ->
    "Phone 1 - Label" (2023 layout) or "Phone 1 - Type" (old one). suggest_mapping maps such phone
    columns to other_phone, as the header cannot tell the kind: one column holds a mobile in one row and a
    work fax in the next, so the importer files each number by the type cell of its row instead."""
    types: dict[str, int] = {}
    for column, header in enumerate(headers):
        if found := _TYPE_COLUMN.match(cell_text(header)):
            types.setdefault(_key(found.group(1)), column)
    pairs = {}
    for column, header in enumerate(headers):
        if (found := _VALUE_COLUMN.match(cell_text(header))) and (kind := types.get(_key(found.group(1)))) is not None:
            pairs[column] = kind
    return pairs


def find_header_row(rows: list[list[Cell]], entity: str) -> int:
    """Index of the header row, skipping title and date lines above it."""
    rows = rows[:HEADER_SCAN_ROWS]
    for number, row in enumerate(rows):
        if sum(1 for cell in row if isinstance(cell, str) and _match(cell, entity)) >= 2:
            return number
    counts = [sum(1 for cell in row if isinstance(cell, str) and cell.strip()) for row in rows]
    return counts.index(max(counts)) if counts else 0


def column_letter(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as Excel names columns."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_titles(headers: list[Cell], blank: str = COLUMN_TITLE) -> list[str]:
    """Distinct display titles: blank headers become "Column C", repeats get " (2)", " (3)"."""
    titles: list[str] = []
    used: set[str] = set()
    for column, header in enumerate(headers):
        title = cell_text(header) or blank.format(letter=column_letter(column))
        unique, n = title, 1
        while unique in used:
            n += 1
            unique = f"{title} ({n})"
        used.add(unique)
        titles.append(unique)
    return titles


def header_signature(headers: list[Cell]) -> str:
    """sha1 hex of the normalised headers: the same for files that differ in case or spacing."""
    keys = [header_key(h) for h in headers]
    while keys and not keys[-1]:  # Excel often reports empty columns past the last header
        keys.pop()
    return hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()
