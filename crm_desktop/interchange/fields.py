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
# are joined into `name`; the address parts are the person's own and also fill a new company's;
# `owner` is matched to a user by name or login; `created_at` is the source system's creation date.
CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Name", "姓名"),
    FieldSpec("last_name", "Last name", "姓"),
    FieldSpec("first_name", "First name", "名"),
    FieldSpec("middle_name", "Middle name", "中间名"),
    FieldSpec("company", "Company", "公司"),
    FieldSpec("title", "Title", "职位"),
    FieldSpec("department", "Department", "部门"),
    FieldSpec("mobile", "Mobile", "手机"),
    FieldSpec("phone", "Work phone", "电话"),
    FieldSpec("home_phone", "Home phone", "家庭电话"),
    FieldSpec("fax", "Fax", "传真"),
    FieldSpec("other_phone", "Other phone", "其他电话"),
    FieldSpec("email", "E-mail", "邮箱"),
    FieldSpec("wechat", "WeChat", "微信"),
    FieldSpec("birthday", "Birthday", "生日"),
    FieldSpec("country", "Country", "国家"),
    FieldSpec("province", "Province", "省份"),
    FieldSpec("city", "City", "城市"),
    FieldSpec("district", "District", "区县"),
    FieldSpec("street", "Address", "地址"),
    FieldSpec("postal_code", "Postal code", "邮编"),
    FieldSpec("owner", "Owner", "负责人"),
    FieldSpec("source", "Source", "来源"),
    FieldSpec("lifecycle", "Lifecycle stage", "生命周期阶段"),
    FieldSpec("created_at", "Created", "创建时间"),
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
    FieldSpec("postal_code", "Postal code", "邮编"),
    FieldSpec("owner", "Owner", "负责人"),
    FieldSpec("created_at", "Created", "创建时间"),
    FieldSpec("tags", "Tags", "标签"),
    FieldSpec("notes", "Notes", "备注"),
)

# Phone columns of a contact by kind; a sheet may have several columns of one kind (Mobile 2).
PHONE_FIELDS = {"mobile": "mobile", "phone": "work", "home_phone": "home", "fax": "fax", "other_phone": "other"}
# Fields several columns may fill: their values are all kept (notes joined, phones listed).
MULTI_COLUMN_FIELDS = frozenset({*PHONE_FIELDS, "email", "notes", "tags"})

FIELDS_OF = {"contact": CONTACT_FIELDS, "account": ACCOUNT_FIELDS}

# What a full export writes (what an import reads back to the same records).
CONTACT_EXPORT = ("name", "company", "title", "department", "mobile", "phone", "home_phone", "fax", "other_phone",
                  "email", "wechat", "birthday", "country", "province", "city", "district", "street", "postal_code",
                  "owner", "source", "lifecycle", "created_at", "tags", "notes")
ACCOUNT_EXPORT = tuple(f.key for f in ACCOUNT_FIELDS)


def field_spec(entity: str, key: str) -> FieldSpec:
    return next(f for f in FIELDS_OF[entity] if f.key == key)
