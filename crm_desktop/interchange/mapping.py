"""Which column of an imported sheet fills which field: header row, titles and suggestions."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from crm_desktop.domain.cells import cell_text
from crm_desktop.domain.names import contains_cjk, to_simplified
from crm_desktop.domain.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange.table import Cell

# The GUI translates this template and passes it to column_titles().
COLUMN_TITLE = QT_TRANSLATE_NOOP("Interchange", "Column {letter}")
HEADER_SCAN_ROWS = 20

_ADDRESS = {
    "country": ("国家", "国家/地区", "国家地区", "商务地址 国家/地区", "Country", "Business Country/Region",
                "Business Country", "Country/Region", "Address 1 - Country"),
    "province": ("省", "省份", "所在省份", "省/市/自治区", "商务地址 省/市/自治区", "Province", "State",
                 "Business State", "Region", "Address 1 - Region"),
    "city": ("市", "城市", "所在城市", "市/县", "商务地址 市/县", "City", "Business City", "Address 1 - City"),
    "district": ("区", "区县", "县区", "区/县", "District", "County"),
    "street": ("地址", "详细地址", "街道", "通讯地址", "联系地址", "街道地址", "商务地址 街道", "Address",
               "Street", "Street Address", "Business Street", "Business Address", "Address 1 - Street"),
    "tags": ("标签", "类别", "分组", "Tags", "Tag", "Labels", "Categories", "Group Membership"),
    "notes": ("备注", "说明", "备注信息", "附注", "Notes", "Note", "Remarks", "Comment", "Comments"),
}
# Home and secondary columns of address-book exports: used only when nothing better is there.
_ADDRESS_WEAK = {
    "country": ("住宅地址 国家/地区", "Home Country/Region", "Home Country"),
    "province": ("住宅地址 省/市/自治区", "Home State"),
    "city": ("住宅地址 市/县", "Home City"),
    "street": ("住宅地址 街道", "家庭地址", "住宅地址", "Home Street", "Home Address", "Address 1 - Formatted"),
}

_CONTACT = {
    "name": ("姓名", "联系人", "名字", "客户姓名", "联系人姓名", "全名", "Name", "Full Name", "Display Name",
             "Contact", "Contact Name", "Contact Person"),
    "last_name": ("姓", "姓氏", "Last Name", "Family Name", "Surname"),
    "first_name": ("名", "Given Name", "First Name"),
    "middle_name": ("中间名", "Middle Name", "Additional Name"),
    "company": ("公司", "单位", "公司名称", "单位名称", "客户名称", "企业名称", "所属公司", "所属客户", "客户",
                "公司名", "客户名", "工作单位", "Company", "Organization", "Organization Name", "Organization 1 - Name",
                "Account", "Account Name", "Company Name"),
    "title": ("职位", "职务", "岗位", "头衔", "职称", "Job Title", "Position", "Organization Title",
              "Organization 1 - Title"),
    "department": ("部门", "所属部门", "Department", "Organization Department", "Organization 1 - Department"),
    "mobile": ("手机", "手机号", "手机号码", "移动电话", "电话(手机)", "联系手机", "Mobile", "Mobile Phone",
               "Mobile No", "Cell", "Cell Phone", "Cellphone", "Phone 1 - Value"),
    "phone": ("电话", "座机", "固话", "办公电话", "联系电话", "电话号码", "商务电话", "单位电话", "工作电话",
              "Phone", "Telephone", "Tel", "Phone Number", "Business Phone", "Work Phone", "Phone 2 - Value"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "邮件", "电子邮件地址", "邮箱地址", "E-mail", "Email",
              "Email Address", "E-mail Address", "E-mail 1 - Value", "Mail"),
    "wechat": ("微信", "微信号", "微信号码", "WeChat", "WeChat ID", "Weixin"),
    "birthday": ("生日", "出生日期", "出生年月日", "Birthday", "Date of Birth", "DOB", "Birth Date"),
    **_ADDRESS,
}
_CONTACT_WEAK = {
    # Outlook's "Title" is the salutation (Mr., Ms.); it is the job only in sheets without "Job Title".
    "title": ("Title",),
    "phone": ("住宅电话", "家庭电话", "主要电话", "单位主要电话", "Home Phone", "Primary Phone",
              "Company Main Phone"),
    **_ADDRESS_WEAK,
}

_ACCOUNT = {
    "name": ("客户名称", "公司", "公司名称", "企业名称", "单位", "单位名称", "客户", "客户名", "公司名", "Company",
             "Account", "Account Name", "Company Name", "Organization", "Organization Name", "Organization 1 - Name"),
    "short_name": ("简称", "客户简称", "公司简称", "Short Name", "Abbreviation"),
    "industry": ("行业", "所属行业", "Industry"),
    "level": ("级别", "客户级别", "等级", "客户等级", "Level", "Rating", "Tier"),
    "status": ("状态", "客户状态", "Status"),
    "source": ("来源", "客户来源", "Source", "Lead Source"),
    "phone": ("电话", "座机", "公司电话", "总机", "单位电话", "联系电话", "Phone", "Telephone", "Tel",
              "Main Phone", "Company Main Phone", "Business Phone"),
    "website": ("网址", "网站", "官网", "网页", "网站地址", "主页", "Website", "Web Page", "Web Site", "URL",
                "Homepage", "Website 1 - Value"),
    **_ADDRESS,
}
_ACCOUNT_WEAK = {
    # A bare "Name" in an address book is the person's; it names the company only in sheets without one.
    "name": ("名称", "Name"),
    "phone": ("单位主要电话", "商务电话", "Primary Phone"),
    **_ADDRESS_WEAK,
}

# Tiers: a lower tier wins a field; within a tier the leftmost column does.
_EXACT, _EXACT_WEAK, _PART, _PART_WEAK, _FUZZY = range(5)

# Without an exact match, headers containing these are other things that merely mention a field:
# 电子邮件类型 / Phone 1 - Type, 经理姓名 (manager's name), 商务地址 - 邮箱 (PO box), 公司传真.
_STOP_WORDS = ("type", "label", "displayname", "显示名", "类型", "经理", "助理", "配偶", "子女", "manager",
               "assistant", "spouse", "yomi", "phonetic", "地址邮箱", "邮政", "邮编", "postal", "pobox",
               "传真", "fax", "编号", "编码", "代码", "序号", "负责人", "业务员")
# Template marks of required or optional columns: *姓名, 姓名（必填）, Name (required).
_MARKERS = re.compile(r"[(\[【]\s*(?:必填|必选|选填|可选|非必填|required|optional)\s*[)\]】]", re.I)
_IGNORED_CHARS = re.compile(r"[\s_\-:*.'’#★☆※]+")
_PART_SPLIT_ALWAYS = re.compile(r"[\n\r|()\[\]【】]+")
# 姓名/Name and 姓名 Name split; Business Country/Region and Full Name do not (no CJK).
_PART_SPLIT_CJK = re.compile(r"/|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])")
_TRAILING_DIGITS = re.compile(r"\d+$")
# Too general to name a field from the end of a longer header (产品名称, 跟进状态, 英文名字).
_NOT_SUFFIXES = frozenset({"名称", "客户", "名字", "全名", "说明", "状态", "来源", "等级", "级别", "单位", "标签",
                           "类别", "分组", "邮件", "网络", "主页", "简称"})


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


_INDEX = {"contact": _index(_CONTACT, _CONTACT_WEAK), "account": _index(_ACCOUNT, _ACCOUNT_WEAK)}
# Multi-character Chinese synonyms, longest first, for 联系人手机 / 客户邮箱 style headers.
_SUFFIXES = {
    entity: sorted((k for k in index if contains_cjk(k) and len(k) >= 2 and k not in _NOT_SUFFIXES),
                   key=len, reverse=True)
    for entity, index in _INDEX.items()
}


def _match(header: Cell, entity: str) -> tuple[str, int] | None:
    """(field, tier) for one header, or None."""
    index = _INDEX[entity]
    text = _clean(header)
    key = _key(text)
    if not key:
        return None
    if key in index:
        return index[key]
    if any(word in key for word in _STOP_WORDS):
        return None
    if (stripped := _TRAILING_DIGITS.sub("", key)) in index:  # 电话1, Email 2
        field, tier = index[stripped]
        return field, tier + _PART
    if found := _match_parts(text, index):
        return found
    if contains_cjk(key):
        # Chinese compounds end with their head noun: 联系人手机 is a mobile, not a name.
        for synonym in _SUFFIXES[entity]:
            if stripped.endswith(synonym):
                return index[synonym][0], _FUZZY
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


def suggest_mapping(headers: list[Cell], entity: str) -> list[str | None]:
    """For each column the field key it should fill, or None; each field is used at most once."""
    best: dict[str, tuple[int, int]] = {}
    for column, header in enumerate(headers):
        if found := _match(header, entity):
            field, tier = found
            if field not in best or (tier, column) < best[field]:
                best[field] = (tier, column)
    mapping: list[str | None] = [None] * len(headers)
    for field, (_, column) in best.items():
        mapping[column] = field
    return mapping


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
    keys = [_key(_clean(h)) for h in headers]
    while keys and not keys[-1]:  # Excel often reports empty columns past the last header
        keys.pop()
    return hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()
