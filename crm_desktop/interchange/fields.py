"""The fields an import can fill and an export writes, with their Chinese and English headers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldSpec:
    key: str
    en: str
    zh: str

    def header(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


# Contact import targets. `company` links (or creates) the account; first/middle/last names
# are joined into `name`; the address parts go to a new company, or into notes without one.
CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Name", "姓名"),
    FieldSpec("last_name", "Last name", "姓"),
    FieldSpec("first_name", "First name", "名"),
    FieldSpec("middle_name", "Middle name", "中间名"),
    FieldSpec("company", "Company", "公司"),
    FieldSpec("title", "Title", "职位"),
    FieldSpec("department", "Department", "部门"),
    FieldSpec("mobile", "Mobile", "手机"),
    FieldSpec("phone", "Phone", "电话"),
    FieldSpec("email", "E-mail", "邮箱"),
    FieldSpec("wechat", "WeChat", "微信"),
    FieldSpec("birthday", "Birthday", "生日"),
    FieldSpec("country", "Country", "国家"),
    FieldSpec("province", "Province", "省份"),
    FieldSpec("city", "City", "城市"),
    FieldSpec("district", "District", "区县"),
    FieldSpec("street", "Address", "地址"),
    FieldSpec("tags", "Tags", "标签"),
    FieldSpec("notes", "Notes", "备注"),
)

ACCOUNT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Company", "客户名称"),
    FieldSpec("short_name", "Short name", "简称"),
    FieldSpec("industry", "Industry", "行业"),
    FieldSpec("level", "Level", "客户级别"),
    FieldSpec("status", "Status", "客户状态"),
    FieldSpec("source", "Source", "客户来源"),
    FieldSpec("phone", "Phone", "电话"),
    FieldSpec("website", "Website", "网址"),
    FieldSpec("country", "Country", "国家"),
    FieldSpec("province", "Province", "省份"),
    FieldSpec("city", "City", "城市"),
    FieldSpec("district", "District", "区县"),
    FieldSpec("street", "Address", "地址"),
    FieldSpec("tags", "Tags", "标签"),
    FieldSpec("notes", "Notes", "备注"),
)

FIELDS_OF = {"contact": CONTACT_FIELDS, "account": ACCOUNT_FIELDS}

# What a full export writes (what an import reads back to the same records).
CONTACT_EXPORT = ("name", "company", "title", "department", "mobile", "phone", "email", "wechat",
                  "birthday", "tags", "notes")
ACCOUNT_EXPORT = tuple(f.key for f in ACCOUNT_FIELDS)


def field_spec(entity: str, key: str) -> FieldSpec:
    return next(f for f in FIELDS_OF[entity] if f.key == key)
