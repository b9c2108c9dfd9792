"""Column suggestions for the sheets reps actually import: address-book exports and home-made templates."""

import csv
from datetime import date

import pytest

from crm_desktop.interchange.fields import FIELDS_OF
from crm_desktop.interchange.mapping import (
    column_letter,
    column_titles,
    find_header_row,
    header_field,
    header_signature,
    suggest_mapping,
)


def header_line(line: str) -> list[str]:
    """The header row of a CSV export, as its first line reads."""
    return next(csv.reader([line]))


GOOGLE_OLD = header_line(
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,"
    "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,"
    "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
    "Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
    "Website 1 - Type,Website 1 - Value"
)

GOOGLE_NEW = header_line(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
    "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,"
    "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Website 1 - Label,Website 1 - Value"
)

OUTLOOK_EN = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3", "Home City",
    "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other City", "Other State",
    "Other Postal Code", "Other Country/Region", "Assistant's Phone", "Business Fax", "Business Phone",
    "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2",
    "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type",
    "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "Gender", "Hobby",
    "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Priority", "Private", "Profession", "Referred By", "Sensitivity",
    "Spouse", "User 1", "Web Page",
]

OUTLOOK_ZH = header_line(
    "称谓,名,中间名,姓,后缀,公司,部门,职务,商务地址 街道,商务地址 街道 2,商务地址 市/县,商务地址 省/市/自治区,"
    "商务地址 邮政编码,商务地址 国家/地区,住宅地址 街道,住宅地址 市/县,住宅地址 省/市/自治区,住宅地址 国家/地区,"
    "助理的电话,商务传真,商务电话,商务电话 2,回电话,车载电话,单位主要电话,住宅传真,住宅电话,住宅电话 2,ISDN,"
    "移动电话,其他传真,其他电话,寻呼机,主要电话,TTY/TDD 电话,电子邮件地址,电子邮件类型,电子邮件显示名称,"
    "电子邮件 2 地址,电子邮件 2 类型,备注,经理姓名,类别,配偶,其他地址 - 邮箱,商务地址 - 邮箱,生日,网页,"
    "帐户,职业,助理的姓名,子女"
)


def mapped(headers, entity="contact"):
    return {h: f for h, f in zip(headers, suggest_mapping(headers, entity), strict=True) if f}


def test_old_google_contacts_csv():
    assert mapped(GOOGLE_OLD) == {
        "Name": "name", "Given Name": "first_name", "Additional Name": "middle_name", "Family Name": "last_name",
        "Birthday": "birthday", "Notes": "notes", "Group Membership": "tags", "E-mail 1 - Value": "email",
        "Phone 1 - Value": "mobile", "Phone 2 - Value": "phone", "Address 1 - Street": "street",
        "Address 1 - City": "city", "Address 1 - Region": "province", "Address 1 - Country": "country",
        "Organization 1 - Name": "company", "Organization 1 - Title": "title",
        "Organization 1 - Department": "department",
    }


def test_new_google_contacts_csv():
    assert mapped(GOOGLE_NEW) == {
        "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name",
        "Organization Name": "company", "Organization Title": "title", "Organization Department": "department",
        "Birthday": "birthday", "Notes": "notes", "Labels": "tags", "E-mail 1 - Value": "email",
        "Phone 1 - Value": "mobile", "Phone 2 - Value": "phone", "Address 1 - Street": "street",
        "Address 1 - City": "city", "Address 1 - Region": "province", "Address 1 - Country": "country",
    }


def test_english_outlook_csv_takes_job_title_not_the_salutation():
    assert mapped(OUTLOOK_EN) == {
        "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name", "Company": "company",
        "Department": "department", "Job Title": "title", "Business Street": "street", "Business City": "city",
        "Business State": "province", "Business Country/Region": "country", "Business Phone": "phone",
        "Mobile Phone": "mobile", "Birthday": "birthday", "Categories": "tags", "E-mail Address": "email",
        "Notes": "notes",
    }


def test_chinese_outlook_csv():
    assert mapped(OUTLOOK_ZH) == {
        "名": "first_name", "中间名": "middle_name", "姓": "last_name", "公司": "company", "部门": "department",
        "职务": "title", "商务地址 街道": "street", "商务地址 市/县": "city", "商务地址 省/市/自治区": "province",
        "商务地址 国家/地区": "country", "商务电话": "phone", "移动电话": "mobile", "电子邮件地址": "email",
        "备注": "notes", "类别": "tags", "生日": "birthday",
    }


def test_title_alone_is_the_job_title():
    assert mapped(["Name", "Title", "Company"]) == {"Name": "name", "Title": "title", "Company": "company"}


def test_home_phone_is_used_when_there_is_no_business_phone():
    assert mapped(["Name", "Home Phone", "Mobile Phone"]) == {"Name": "name", "Home Phone": "phone",
                                                               "Mobile Phone": "mobile"}


def test_chinese_template_with_bilingual_and_required_marks():
    headers = ["序号", "*姓名 Name", "公司/Company", "职位\nTitle", "手机(Mobile)", "电话（必填）", "E-mail 邮箱",
               "微信号", "生日", "省份", "城市", "详细地址", "标签", "备注"]
    assert suggest_mapping(headers, "contact") == [
        None, "name", "company", "title", "mobile", "phone", "email", "wechat", "birthday", "province", "city",
        "street", "tags", "notes",
    ]


def test_compound_chinese_headers_are_read_by_their_last_word():
    headers = ["客户经理", "客户编号", "联系人", "联系人手机", "客户邮箱", "所在城市", "公司传真", "产品名称"]
    assert suggest_mapping(headers, "contact") == [None, None, "name", "mobile", "email", "city", None, None]
    assert suggest_mapping(["手机号码1", "手机号码2"], "contact") == ["mobile", None]


def test_later_exact_header_beats_earlier_guess():
    assert suggest_mapping(["联系人手机", "手机"], "contact") == [None, "mobile"]


def test_each_field_is_suggested_once_first_column_wins():
    assert suggest_mapping(["电话", "Phone", "姓名", "Name"], "contact") == ["phone", None, "name", None]


def test_type_and_label_columns_are_never_mapped():
    for header in ("Phone 1 - Type", "Phone 1 - Label", "E-mail 1 - Type", "电子邮件类型", "E-mail Display Name",
                   "经理姓名", "商务地址 - 邮箱", "Manager's Name"):
        assert header_field(header, "contact") is None, header


def test_account_sheet_in_chinese_and_english():
    headers = ["客户名称", "简称", "所属行业", "客户级别", "客户状态", "客户来源", "公司电话", "官网", "地址", "备注"]
    assert suggest_mapping(headers, "account") == [
        "name", "short_name", "industry", "level", "status", "source", "phone", "website", "street", "notes",
    ]
    english = ["Account Name", "Rating", "Status", "Lead Source", "Main Phone", "Website", "City", "Tags"]
    assert suggest_mapping(english, "account") == [
        "name", "level", "status", "source", "phone", "website", "city", "tags",
    ]


def test_address_book_imported_as_companies_takes_the_organisation_not_the_person():
    assert mapped(GOOGLE_OLD, "account")["Organization 1 - Name"] == "name"
    assert "Name" not in mapped(GOOGLE_OLD, "account")
    assert suggest_mapping(["Name", "Industry", "Phone"], "account") == ["name", "industry", "phone"]


def test_traditional_and_full_width_headers():
    assert suggest_mapping(["ＮＡＭＥ", "電話", "手機", "郵箱"], "contact") == ["name", "phone", "mobile", "email"]


@pytest.mark.parametrize("entity", ["contact", "account"])
def test_suggestions_are_fields_of_the_entity(entity):
    keys = {f.key for f in FIELDS_OF[entity]}
    for headers in (GOOGLE_OLD, GOOGLE_NEW, OUTLOOK_EN, OUTLOOK_ZH, [f.zh for f in FIELDS_OF[entity]]):
        assert {f for f in suggest_mapping(headers, entity) if f} <= keys


@pytest.mark.parametrize("entity", ["contact", "account"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_own_export_headers_map_back_to_their_fields(entity, language):
    specs = FIELDS_OF[entity]
    assert suggest_mapping([f.header(language) for f in specs], entity) == [f.key for f in specs]


def test_header_row_below_a_merged_title_and_a_date_line():
    rows = [
        ["2024年展会客户名单", None, None, None],
        ["导出日期：2024-05-01", "", "", ""],
        [],
        ["姓名", "公司", "手机", "备注"],
        ["张伟", "华为", "13800138000", ""],
    ]
    assert find_header_row(rows, "contact") == 3


def test_header_row_without_known_headers_is_the_widest_text_row():
    rows = [["Report"], ["foo", "bar", "baz"], ["x", "y", "z"], [1, 2, 3, 4]]
    assert find_header_row(rows, "contact") == 1
    assert find_header_row([], "contact") == 0
    assert find_header_row([["Name", "Mobile"]], "contact") == 0


def test_column_titles_fill_blanks_and_number_repeats():
    headers = ["电话", None, "电话", "  ", 2024, date(2024, 3, 5), "电话"]
    assert column_titles(headers) == ["电话", "Column B", "电话 (2)", "Column D", "2024", "2024-03-05", "电话 (3)"]
    assert column_titles([None], "第{letter}列") == ["第A列"]


def test_column_letters_follow_excel():
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]


def test_signature_ignores_case_spacing_and_trailing_empty_columns():
    base = header_signature(["姓名", "Mobile Phone", "E-mail"])
    assert base == header_signature([" 姓名 ", "mobile  phone", "E-MAIL", None, ""])
    assert len(base) == 40 and int(base, 16) >= 0
    assert base != header_signature(["姓名", "E-mail", "Mobile Phone"])
    assert base != header_signature(["姓名", "Mobile Phone"])
