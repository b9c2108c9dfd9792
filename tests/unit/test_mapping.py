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
    header_key,
    header_signature,
    paired_type_columns,
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
        "E-mail 2 - Value": "email", "Phone 1 - Value": "other_phone", "Phone 2 - Value": "other_phone",
        "Address 1 - Street": "street", "Address 1 - City": "city", "Address 1 - Region": "province",
        "Address 1 - Postal Code": "postal_code", "Address 1 - Country": "country",
        "Organization 1 - Name": "company", "Organization 1 - Title": "title",
        "Organization 1 - Department": "department",
    }


def test_new_google_contacts_csv():
    assert mapped(GOOGLE_NEW) == {
        "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name",
        "Organization Name": "company", "Organization Title": "title", "Organization Department": "department",
        "Birthday": "birthday", "Notes": "notes", "Labels": "tags", "E-mail 1 - Value": "email",
        "E-mail 2 - Value": "email", "Phone 1 - Value": "other_phone", "Phone 2 - Value": "other_phone",
        "Address 1 - Street": "street", "Address 1 - City": "city", "Address 1 - Region": "province",
        "Address 1 - Postal Code": "postal_code", "Address 1 - Country": "country",
    }


def test_google_value_columns_are_paired_with_their_type_columns():
    assert paired_type_columns(GOOGLE_NEW) == {
        GOOGLE_NEW.index(f"{kind} {n} - Value"): GOOGLE_NEW.index(f"{kind} {n} - Label")
        for kind in ("E-mail", "Phone", "Website") for n in (1, 2) if f"{kind} {n} - Value" in GOOGLE_NEW
    }
    old = paired_type_columns(GOOGLE_OLD)
    assert old[GOOGLE_OLD.index("Phone 2 - Value")] == GOOGLE_OLD.index("Phone 2 - Type")
    assert paired_type_columns(["Phone 3 - Value", "Mobile", "Phone 3 - Type"]) == {0: 2}
    assert paired_type_columns(OUTLOOK_EN) == {} and paired_type_columns(["Phone 1 - Value"]) == {}


def test_english_outlook_csv_takes_job_title_not_the_salutation():
    assert mapped(OUTLOOK_EN) == {
        "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name", "Company": "company",
        "Department": "department", "Job Title": "title", "Business Street": "street", "Business City": "city",
        "Business State": "province", "Business Postal Code": "postal_code", "Business Country/Region": "country",
        "Business Fax": "fax", "Home Fax": "fax", "Other Fax": "fax", "Business Phone": "phone",
        "Business Phone 2": "phone", "Home Phone": "home_phone", "Home Phone 2": "home_phone",
        "Mobile Phone": "mobile", "Other Phone": "other_phone", "Birthday": "birthday", "Categories": "tags",
        "E-mail Address": "email", "E-mail 2 Address": "email", "Notes": "notes",
    }


def test_chinese_outlook_csv():
    assert mapped(OUTLOOK_ZH) == {
        "名": "first_name", "中间名": "middle_name", "姓": "last_name", "公司": "company", "部门": "department",
        "职务": "title", "商务地址 街道": "street", "商务地址 市/县": "city", "商务地址 省/市/自治区": "province",
        "商务地址 邮政编码": "postal_code", "商务地址 国家/地区": "country", "商务传真": "fax", "住宅传真": "fax",
        "其他传真": "fax", "商务电话": "phone", "商务电话 2": "phone", "住宅电话": "home_phone",
        "住宅电话 2": "home_phone", "移动电话": "mobile", "其他电话": "other_phone", "电子邮件地址": "email",
        "电子邮件 2 地址": "email", "备注": "notes", "类别": "tags", "生日": "birthday",
    }


def test_title_alone_is_the_job_title():
    assert mapped(["Name", "Title", "Company"]) == {"Name": "name", "Title": "title", "Company": "company"}


def test_phone_kinds_have_their_own_fields_and_a_switchboard_stands_in_for_a_missing_work_phone():
    assert mapped(["Name", "Home Phone", "Mobile Phone", "Fax"]) == {
        "Name": "name", "Home Phone": "home_phone", "Mobile Phone": "mobile", "Fax": "fax"}
    assert mapped(["Name", "Company Main Phone"]) == {"Name": "name", "Company Main Phone": "phone"}
    assert mapped(["Name", "Business Phone", "Company Main Phone"]) == {"Name": "name", "Business Phone": "phone"}


def test_chinese_template_with_bilingual_and_required_marks():
    headers = ["序号", "*姓名 Name", "公司/Company", "职位\nTitle", "手机(Mobile)", "电话（必填）", "E-mail 邮箱",
               "微信号", "生日", "省份", "城市", "详细地址", "标签", "备注"]
    assert suggest_mapping(headers, "contact") == [
        None, "name", "company", "title", "mobile", "phone", "email", "wechat", "birthday", "province", "city",
        "street", "tags", "notes",
    ]


def test_compound_chinese_headers_are_read_by_their_last_word():
    headers = ["客户经理", "客户编号", "联系人", "联系人手机", "客户邮箱", "所在城市", "公司传真", "产品名称",
               "联系人邮编", "职位描述"]
    assert suggest_mapping(headers, "contact") == [
        "owner", None, "name", "mobile", "email", "city", "fax", None, "postal_code", None]


def test_later_exact_header_beats_earlier_guess():
    assert suggest_mapping(["联系人手机", "手机"], "contact") == [None, "mobile"]


def test_single_fields_take_their_first_best_column_multi_column_fields_take_them_all():
    assert suggest_mapping(["电话", "Phone", "姓名", "Name"], "contact") == ["phone", "phone", "name", None]
    assert suggest_mapping(["Mobile", "Mobile 2", "Email", "Email 2", "手机1", "手机2"], "contact") == [
        "mobile", "mobile", "email", "email", "mobile", "mobile"]
    assert suggest_mapping(["Mobile Phone Number", "Other Mobile", "Notes", "Description", "Tags", "标签"],
                           "contact") == ["mobile", "mobile", "notes", "notes", "tags", "tags"]
    assert suggest_mapping(["手机号码1", "手机号码2", "联系人手机"], "contact") == ["mobile", "mobile", None]
    # Guessed columns are not all taken: the first only, as for a single field.
    assert suggest_mapping(["联系人手机", "客户手机"], "contact") == ["mobile", None]
    assert suggest_mapping(["Primary Phone", "Company Main Phone"], "contact") == ["phone", "phone"]
    assert suggest_mapping(["Company", "Company Name", "City", "Address 2 - City"], "contact") == [
        "company", None, "city", None]


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


# --- vendor exports -----------------------------------------------------------------------------------

SALESFORCE_REPORT = [
    "Contact Owner", "Salutation", "First Name", "Last Name", "Title", "Account Name", "Mailing Street",
    "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code", "Mailing Country", "Phone", "Fax", "Mobile",
    "Email", "Account Owner", "Lead Source", "Created Date", "Birthdate", "Department", "Home Phone", "Other Phone",
    "Description", "Contact ID", "Account ID", "Last Modified Date", "Created By", "Last Activity", "Other Street",
    "Other City", "Billing City",
]
SALESFORCE_CONTACT_CSV = header_line(
    "Id,IsDeleted,MasterRecordId,AccountId,LastName,FirstName,Salutation,MiddleName,Name,OtherStreet,OtherCity,"
    "OtherState,OtherPostalCode,OtherCountry,MailingStreet,MailingCity,MailingState,MailingPostalCode,MailingCountry,"
    "Phone,Fax,MobilePhone,HomePhone,OtherPhone,AssistantPhone,ReportsToId,Email,Title,Department,AssistantName,"
    "LeadSource,Birthdate,Description,OwnerId,CreatedDate,CreatedById,LastModifiedDate,LastModifiedById"
)
SALESFORCE_ACCOUNT_CSV = header_line(
    "Id,Name,Type,ParentId,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,ShippingStreet,"
    "ShippingCity,Phone,Fax,AccountNumber,Website,Industry,AnnualRevenue,Ownership,Description,Rating,OwnerId,"
    "CreatedDate,CreatedById,AccountSource"
)


def test_salesforce_report_and_data_export():
    assert mapped(SALESFORCE_REPORT) == {
        "Contact Owner": "owner", "First Name": "first_name", "Last Name": "last_name", "Title": "title",
        "Account Name": "company", "Mailing Street": "street", "Mailing City": "city",
        "Mailing State/Province": "province", "Mailing Zip/Postal Code": "postal_code", "Mailing Country": "country",
        "Phone": "phone", "Fax": "fax", "Mobile": "mobile", "Email": "email", "Lead Source": "source",
        "Created Date": "created_at", "Birthdate": "birthday", "Department": "department",
        "Home Phone": "home_phone", "Other Phone": "other_phone", "Description": "notes",
    }
    assert mapped(SALESFORCE_CONTACT_CSV) == {
        "LastName": "last_name", "FirstName": "first_name", "MiddleName": "middle_name", "Name": "name",
        "MailingStreet": "street", "MailingCity": "city", "MailingState": "province",
        "MailingPostalCode": "postal_code", "MailingCountry": "country", "Phone": "phone", "Fax": "fax",
        "MobilePhone": "mobile", "HomePhone": "home_phone", "OtherPhone": "other_phone", "Email": "email",
        "Title": "title", "Department": "department", "LeadSource": "source", "Birthdate": "birthday",
        "Description": "notes", "CreatedDate": "created_at",
    }
    assert mapped(SALESFORCE_ACCOUNT_CSV, "account") == {
        "Name": "name", "BillingStreet": "street", "BillingCity": "city", "BillingState": "province",
        "BillingPostalCode": "postal_code", "BillingCountry": "country", "Phone": "phone", "Website": "website",
        "Industry": "industry", "Description": "notes", "Rating": "level", "CreatedDate": "created_at",
        "AccountSource": "source",
    }


def test_account_owner_in_a_contact_sheet_stands_in_only_for_a_missing_contact_owner():
    assert mapped(["Full Name", "Account Owner", "Contact Owner"]) == {"Full Name": "name", "Contact Owner": "owner"}
    assert mapped(["Full Name", "Account Owner"]) == {"Full Name": "name", "Account Owner": "owner"}
    assert mapped(["Account Name", "Account Owner"], "account") == {"Account Name": "name", "Account Owner": "owner"}


def test_hubspot_contacts_and_companies():
    contacts = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
                "Company Name", "Job Title", "Contact owner", "Lifecycle Stage", "Lead Status", "Create Date",
                "Street Address", "City", "State/Region", "Postal Code", "Country/Region", "Associated Company",
                "Original Source", "Original Source Drill-Down 1", "Fax Number", "Last Modified Date",
                "Associated Company IDs", "Date of birth"]
    assert mapped(contacts) == {
        "First Name": "first_name", "Last Name": "last_name", "Email": "email", "Phone Number": "phone",
        "Mobile Phone Number": "mobile", "Company Name": "company", "Job Title": "title", "Contact owner": "owner",
        "Lifecycle Stage": "lifecycle", "Create Date": "created_at", "Street Address": "street", "City": "city",
        "State/Region": "province", "Postal Code": "postal_code", "Country/Region": "country",
        "Original Source": "source", "Fax Number": "fax", "Date of birth": "birthday",
    }
    assert mapped(["Record ID", "First Name", "Associated Company"])["Associated Company"] == "company"
    companies = ["Record ID", "Company name", "Company Domain Name", "Company owner", "Create Date", "Phone Number",
                 "Industry", "City", "Lifecycle Stage", "Type", "Description"]
    assert mapped(companies, "account") == {
        "Company name": "name", "Company Domain Name": "website", "Company owner": "owner",
        "Create Date": "created_at", "Phone Number": "phone", "Industry": "industry", "City": "city",
        "Description": "notes",
    }


def test_zoho_contacts_and_accounts_keep_the_other_address_out():
    contacts = ["Record Id", "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name", "Email",
                "Secondary Email", "Title", "Department", "Phone", "Home Phone", "Other Phone", "Fax", "Mobile",
                "Date of Birth", "Assistant", "Asst Phone", "Skype ID", "Created By", "Modified By", "Created Time",
                "Modified Time", "Full Name", "Mailing Street", "Other Street", "Mailing City", "Other City",
                "Mailing State", "Other State", "Mailing Zip", "Other Zip", "Mailing Country", "Other Country",
                "Description", "Tag"]
    assert {h for h, f in mapped(contacts).items()} == {
        "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name", "Email", "Secondary Email",
        "Title", "Department", "Phone", "Home Phone", "Other Phone", "Fax", "Mobile", "Date of Birth",
        "Created Time", "Full Name", "Mailing Street", "Mailing City", "Mailing State", "Mailing Zip",
        "Mailing Country", "Description", "Tag",
    }
    assert mapped(["Full Name", "Other Street", "Other City"]) == {
        "Full Name": "name", "Other Street": "street", "Other City": "city"}
    accounts = ["Account Owner", "Rating", "Account Name", "Phone", "Fax", "Parent Account", "Website",
                "Account Number", "Account Type", "Ownership", "Billing Street", "Shipping Street", "Billing Code",
                "Shipping Code", "Created Time"]
    assert mapped(accounts, "account") == {
        "Account Owner": "owner", "Rating": "level", "Account Name": "name", "Phone": "phone", "Website": "website",
        "Billing Street": "street", "Billing Code": "postal_code", "Created Time": "created_at",
    }


def test_pipedrive_entity_field_columns():
    people = ["Person - ID", "Person - Name", "Person - Organization", "Person - Email - Work",
              "Person - Email - Home", "Person - Phone - Work", "Person - Phone - Home", "Person - Phone - Mobile",
              "Person - Phone - Other", "Person - Label", "Person - Owner", "Person - Person created",
              "Person - Update time", "Person - Job title", "Person - Country of Postal address",
              "Organization - Address", "Deal - Title", "Deal - Value"]
    assert mapped(people) == {
        "Person - Name": "name", "Person - Organization": "company", "Person - Email - Work": "email",
        "Person - Email - Home": "email", "Person - Phone - Work": "phone", "Person - Phone - Home": "home_phone",
        "Person - Phone - Mobile": "mobile", "Person - Phone - Other": "other_phone", "Person - Label": "tags",
        "Person - Owner": "owner", "Person - Person created": "created_at", "Person - Job title": "title",
        "Person - Country of Postal address": "country",
    }
    assert mapped(["Person - Name", "Organisation - Name", "Deal - Name"]) == {
        "Person - Name": "name", "Organisation - Name": "company"}
    organizations = ["Organization - ID", "Organization - Name", "Organization - Owner", "Organization - Address",
                     "Organization - City/town of Address", "Organization - ZIP/Postal code of Address",
                     "Organization - Label", "Organization - Organization created", "Person - Name"]
    assert mapped(organizations, "account") == {
        "Organization - Name": "name", "Organization - Owner": "owner", "Organization - Address": "street",
        "Organization - City/town of Address": "city", "Organization - ZIP/Postal code of Address": "postal_code",
        "Organization - Label": "tags", "Organization - Organization created": "created_at",
    }


def test_dynamics_export_to_excel_skips_its_hidden_columns():
    contacts = ["(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                "Full Name", "Company Name", "Business Phone", "Mobile Phone", "Email", "Email Address 2",
                "Address 1: Street 1", "Address 1: City", "Address 1: State/Province", "Address 1: ZIP/Postal Code",
                "Address 1: Country/Region", "Address 2: City", "Owner", "Created On", "Created By", "Modified On",
                "Job Title"]
    assert mapped(contacts) == {
        "Full Name": "name", "Company Name": "company", "Business Phone": "phone", "Mobile Phone": "mobile",
        "Email": "email", "Email Address 2": "email", "Address 1: Street 1": "street", "Address 1: City": "city",
        "Address 1: State/Province": "province", "Address 1: ZIP/Postal Code": "postal_code",
        "Address 1: Country/Region": "country", "Owner": "owner", "Created On": "created_at", "Job Title": "title",
    }
    assert mapped(["(Do Not Modify) Contact", "Email"]) == {"Email": "email"}
    accounts = ["(Do Not Modify) Account", "Account Name", "Main Phone", "Address 1: City", "Primary Contact",
                "Owner", "Created On", "Website", "Status"]
    assert mapped(accounts, "account") == {
        "Account Name": "name", "Main Phone": "phone", "Address 1: City": "city", "Owner": "owner",
        "Created On": "created_at", "Website": "website", "Status": "status",
    }


def test_the_vcard_readers_columns_all_map():
    headers = ["Full Name", "Last Name", "First Name", "Middle Name", "Company", "Department", "Job Title", "Mobile",
               "Mobile 2", "Work Phone", "Home Phone", "Fax", "Other Phone", "E-mail", "E-mail 2", "Street", "City",
               "State", "Postal Code", "Country", "Notes", "Birthday", "Categories", "WeChat"]
    assert None not in suggest_mapping(headers, "contact")
    assert mapped(["Mobile", "Mobile 2", "Work Phone", "E-mail", "E-mail 2"]) == {
        "Mobile": "mobile", "Mobile 2": "mobile", "Work Phone": "phone", "E-mail": "email", "E-mail 2": "email"}


def test_chinese_crm_exports():
    fxiaoke = ["客户名称", "联系人姓名", "手机", "电话", "邮箱", "职务", "部门", "负责人", "所属部门", "客户来源",
               "创建时间", "最后跟进时间", "国家", "省", "市", "区", "详细地址", "生命状态", "负责人电话"]
    assert suggest_mapping(fxiaoke, "contact") == [
        "company", "name", "mobile", "phone", "email", "title", "department", "owner", None, "source",
        "created_at", None, "country", "province", "city", "district", "street", None, None]
    xiaoshouyi = ["客户名称", "联系人", "手机", "电话", "电子邮件", "职务", "所有人", "创建日期", "创建人", "地址"]
    assert suggest_mapping(xiaoshouyi, "contact") == [
        "company", "name", "mobile", "phone", "email", "title", "owner", "created_at", None, "street"]
    wukong = ["客户名称", "客户级别", "客户行业", "客户来源", "电话", "网址", "负责人", "创建人", "创建时间",
              "更新时间", "省市区", "详细地址", "下次联系时间", "备注"]
    assert suggest_mapping(wukong, "account") == [
        "name", "level", "industry", "source", "phone", "website", "owner", None, "created_at", None, None,
        "street", None, "notes"]
    dingtalk = ["客户名称", "联系人姓名", "手机号", "负责人", "创建时间", "地址"]
    assert suggest_mapping(dingtalk, "contact") == ["company", "name", "mobile", "owner", "created_at", "street"]
    kingdee = ["客户编码", "客户名称", "联系人", "联系电话", "手机", "传真", "邮箱", "地址", "邮政编码", "业务员",
               "创建日期", "税号"]
    assert suggest_mapping(kingdee, "contact") == [
        None, "company", "name", "phone", "mobile", "fax", "email", "street", "postal_code", "owner", "created_at",
        None]
    assert suggest_mapping(kingdee, "account") == [
        None, "name", None, "phone", None, None, None, "street", "postal_code", "owner", "created_at", None]
    yonyou = ["客户编码", "客户名称", "客户简称", "所属行业", "电话", "传真", "Email地址", "地址", "邮政编码",
              "专管业务员", "专管部门", "建档日期"]
    assert suggest_mapping(yonyou, "account") == [
        None, "name", "short_name", "industry", "phone", None, None, "street", "postal_code", "owner", None,
        "created_at"]
    assert suggest_mapping(yonyou, "contact")[6] == "email"


def test_wecom_customer_export_takes_the_saved_name_not_the_wechat_nickname():
    wecom = ["客户名称", "备注名", "添加人", "添加时间", "标签", "企业", "电话", "描述"]
    assert suggest_mapping(wecom, "contact") == [
        None, "name", "owner", "created_at", "tags", "company", "phone", "notes"]
    # Without 企业微信's own headers 客户名称 is the company, as everywhere else.
    assert suggest_mapping(["客户名称", "企业", "姓名"], "contact") == ["company", None, "name"]


def test_a_customer_lists_only_mobile_is_the_companys_phone():
    assert suggest_mapping(["客户名称", "手机"], "account") == ["name", "phone"]
    assert suggest_mapping(["客户名称", "电话", "手机"], "account") == ["name", "phone", None]


def test_identifiers_and_people_around_the_record_stay_unmapped():
    for header in ("Record ID", "Contact ID", "Id", "ID", "OwnerId", "Owner ID", "Contact Owner Id", "AccountId",
                   "Associated Company IDs", "客户ID", "客户编码", "客户编号", "Created By", "创建人", "修改人",
                   "Last Modified Date", "Modified On", "负责人电话", "负责人手机", "业务员电话", "专管部门",
                   "Lead Status", "(Do Not Modify) Contact", "TTY/TDD 电话", "车载电话", "回电话", "Skype ID",
                   "紧急联系人", "紧急联系电话", "Emergency Contact Phone"):
        assert header_field(header, "contact") is None, header
        assert header_field(header, "account") is None, header
    for header, field in (("WeChat ID", "wechat"), ("微信ID", "wechat"), ("Email ID", "email"), ("Android", None)):
        assert header_field(header, "contact") == field, header


def test_fax_owner_and_postal_code_are_fields_now():
    assert mapped(["传真", "Fax", "负责人", "邮编", "Zip"]) == {
        "传真": "fax", "Fax": "fax", "负责人": "owner", "邮编": "postal_code"}
    assert header_field("Fax", "account") is None  # companies keep no fax: a custom field, not the phone
    assert header_field("商务传真", "account") is None


def test_synonyms_do_not_name_two_fields():
    from crm_desktop.interchange import header_synonyms as tables

    for name in ("CONTACT", "CONTACT_WEAK", "ACCOUNT", "ACCOUNT_WEAK"):
        seen: dict[str, str] = {}
        for field, headers in getattr(tables, name).items():
            for header in headers:
                assert seen.setdefault(header_key(header), field) == field, (name, header)


def test_header_row_below_a_salesforce_report_title_block():
    rows = [
        ["Contacts & Accounts"], ["Filtered By:"], ["    Show: All contacts"], ["    Contact Owner equals Jane Doe"],
        [], ["Generated By:  Jane Doe  5/1/2024 10:15 AM"], [],
        ["Contact Owner", "First Name", "Last Name", "Account Name", "Mobile", "Email"],
        ["Jane Doe", "Wei", "Zhang", "Huawei", "13800138000", "wei@example.com"],
    ]
    assert find_header_row(rows, "contact") == 7


def test_header_row_below_a_chinese_export_title():
    rows = [["客户列表"], ["导出时间：2024-05-01", "导出人：张三", "负责人：李四"], [],
            ["客户名称", "客户级别", "负责人", "创建时间"], ["华为", "A", "张三", "2024-01-01"]]
    assert find_header_row(rows, "account") == 3
    assert find_header_row(rows, "contact") == 3
