"""Google Contacts CSV (current layout, " ::: " between values) and Outlook's CSV in English (cp1252) and Chinese
(GB18030)."""

from __future__ import annotations

from pathlib import Path

from tests.real_exports.expected import Fixture, Rows, person, write_text_csv

GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
    "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
    "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Phone 3 - Label", "Phone 3 - Value", "Address 1 - Label", "Address 1 - Formatted",
    "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Website 1 - Label", "Website 1 - Value"]


def _address(street: str, city: str, region: str, postal: str, country: str) -> dict:
    formatted = "\n".join(p for p in (street, f"{city} {region} {postal}".strip(), country) if p)
    return {"Address 1 - Label": "Work", "Address 1 - Formatted": formatted, "Address 1 - Street": street,
            "Address 1 - City": city, "Address 1 - Region": region, "Address 1 - Postal Code": postal,
            "Address 1 - Country": country}


def google_csv(folder: Path) -> Fixture:
    """contacts.csv of Google Contacts' "Google CSV" export (UTF-8). The people kept for review come first:
    the formatted address is several lines long, so later records start on later physical lines."""
    records = [
        ({"First Name": "John", "Last Name": "Smith", "Organization Name": "Acme Industrial Ltd",
          "Organization Title": "Purchasing Manager", "Birthday": "--03-12", "Labels": "* myContacts ::: Customers",
          "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "john.smith@acme-industrial.co.uk",
          "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+44 7911 123456", "Phone 2 - Label": "Work",
          "Phone 2 - Value": "+44 20 7946 0000", "Phone 3 - Label": "Work Fax", "Phone 3 - Value": "+44 20 7946 0001",
          **_address("1 King Street", "London", "", "EC2V 8AU", "United Kingdom")},
         # Google writes a birthday without its year as --MM-DD: no date to store, so it is kept for review.
         dict(mobile="+447911123456", phone="+442079460000", phones=[("fax", "+442079460001")], country="GB",
              review=[("birthday", "--03-12")])),
        ({"First Name": "伟", "Last Name": "张", "Organization Name": "上海华信科技有限公司",
          "Organization Title": "采购经理", "Organization Department": "采购部", "Birthday": "1985-03-12",
          "Notes": "广交会认识", "Labels": "* myContacts ::: Customers", "E-mail 1 - Label": "* Work",
          "E-mail 1 - Value": "zhang.wei@huaxin-tech.cn", "Phone 1 - Label": "Mobile",
          "Phone 1 - Value": "+86 138 0013 8000 ::: +86 139 1234 5679", "Phone 2 - Label": "Work",
          "Phone 2 - Value": "021 5080 1234", **_address("张江路88号", "上海", "上海", "201203", "中国")},
         # Two mobiles under one label: the first is the mobile, the second is kept among the other phones.
         dict(mobile="+8613800138000", phone="+862150801234", phones=[("mobile", "+8613912345679")],
              country="CN")),
        ({"First Name": "Anna", "Last Name": "Müller", "Organization Name": "Schmidt & Partner GmbH",
          "Labels": "* myContacts", "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "anna.mueller@schmidt-partner.de",
          "Phone 1 - Label": "Mobile", "Phone 1 - Value": "0171 2345678", "Phone 2 - Label": "Work",
          "Phone 2 - Value": "0711 1234560",
          **_address("Königstraße 28", "Stuttgart", "Baden-Württemberg", "70173", "Allemagne")},
         # A French user's contact: the country is French for Germany, the numbers national German ones.
         dict(mobile="+491712345678", phone="+497111234560", country="DE")),
        ({"First Name": "Michael", "Last Name": "Johnson", "Organization Name": "Pacific Components Inc.",
          "Organization Title": "VP Sales", "Labels": "* myContacts ::: Customers", "E-mail 1 - Label": "* Work",
          "E-mail 1 - Value": "m.johnson@pacific-components.com", "Phone 1 - Label": "Work",
          "Phone 1 - Value": "+1 650-253-0000", "Phone 2 - Label": "Mobile", "Phone 2 - Value": "+1 415-326-4100",
          "Phone 3 - Label": "Home", "Phone 3 - Value": "+1 415-326-4101",
          **_address("1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043", "United States")},
         dict(mobile="+14153264100", phone="+16502530000", phones=[("home", "+14153264101")], country="US")),
        ({"First Name": "洋", "Last Name": "刘", "Organization Name": "杭州云帆网络科技有限公司",
          "Labels": "* myContacts", "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "liuyang@yunfan.net.cn",
          "Phone 1 - Label": "Mobile", "Phone 1 - Value": "158 6789 1234", "Phone 2 - Label": "Work",
          "Phone 2 - Value": "0571-87654321"},
         dict(mobile="+8615867891234", phone="+8657187654321")),
    ]
    rows = Rows(GOOGLE_HEADER)
    people = []
    for record, extra in records:
        row = rows.by_header(GOOGLE_HEADER, record)
        first, last = record["First Name"], record["Last Name"]
        name = f"{last}{first}" if not first.isascii() else f"{first} {last}"
        people.append(person(
            name, company=record["Organization Name"], email=record["E-mail 1 - Value"],
            street=record.get("Address 1 - Street"), city=record.get("Address 1 - City"),
            province=record.get("Address 1 - Region") or None, postal_code=record.get("Address 1 - Postal Code"),
            row=row, **extra))
    path = write_text_csv(folder / "contacts.csv", rows.rows, "utf-8", quote_all=False)
    return Fixture(path, people, encoding="utf-8")


OUTLOOK_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3", "Home City",
    "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3",
    "Other City", "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone", "Business Fax",
    "Business Phone", "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone",
    "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone",
    "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type",
    "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address",
    "E-mail 3 Type", "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box",
    "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession",
    "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page"]
# What Outlook writes in every row, whatever the contact: "0/0/00" for no date, and its defaults.
_OUTLOOK_DEFAULTS = {"Anniversary": "0/0/00", "Birthday": "0/0/00", "Gender": "Unspecified", "Priority": "Normal",
                     "Private": "False", "Sensitivity": "Normal"}
_EXCHANGE = ("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
             "/cn=4f1c2a9e8b7d4c3a9e1f2b3c4d5e6f70-Sophie Mart")


def outlook_csv(folder: Path) -> Fixture:
    """Outlook's "Comma Separated Values" export from an English Windows: ANSI (cp1252), every field quoted."""
    records = [
        ({"First Name": "John", "Last Name": "Smith", "Company": "Acme Industrial Ltd",
          "Job Title": "Purchasing Manager", "Business Street": "1 King Street", "Business City": "London",
          "Business Postal Code": "EC2V 8AU", "Business Country/Region": "United Kingdom",
          "Business Fax": "+44 (20) 7946 0001", "Business Phone": "+44 (20) 7946 0000",
          "Mobile Phone": "+44 7911 123456", "E-mail Address": "john.smith@acme-industrial.co.uk", "Initials": "J.S."},
         dict(mobile="+447911123456", phone="+442079460000", phones=[("fax", "+442079460001")], country="GB",
              street="1 King Street", city="London", postal_code="EC2V 8AU")),
        ({"First Name": "Thomas", "Last Name": "Weber", "Company": "Weber Maschinenbau AG",
          "Job Title": "Geschäftsführer", "Business Street": "Leopoldstraße 1", "Business City": "München",
          "Business Postal Code": "80802", "Business Country/Region": "Alemania", "Business Phone": "089 12345670",
          "Mobile Phone": "0170 1234568", "Other Phone": "+49 89 12345671",
          "E-mail Address": "thomas.weber@weber-maschinenbau.de", "Initials": "T.W."},
         # Typed by a Spanish colleague: "Alemania" is Germany, so the national numbers are German. The
         # "Other Phone" is a landline: its column alone says which kind it is.
         dict(mobile="+491701234568", phone="+498912345670", phones=[("other", "+498912345671")], country="DE",
              street="Leopoldstraße 1", city="München", postal_code="80802")),
        ({"First Name": "Carlos", "Last Name": "García", "Company": "Iberia Logística S.L.",
          "Job Title": "Jefe de Compras", "Business City": "Madrid", "Business Country/Region": "España",
          "Business Phone": "+34 915 123 456", "Home Phone": "+34 913 456 789", "Mobile Phone": "+34 612 345 678",
          "E-mail Address": "carlos.garcia@iberia-logistica.es", "Initials": "C.G."},
         dict(mobile="+34612345678", phone="+34915123456", phones=[("home", "+34913456789")], country="ES",
              city="Madrid")),
        ({"First Name": "Sophie", "Last Name": "Martin", "Company": "Lumière SARL", "Business City": "Paris",
          "Business Country/Region": "France", "Business Phone": "+33 1 42 68 53 00",
          "Mobile Phone": "+33 6 12 34 56 78", "E-mail Address": _EXCHANGE, "E-mail Type": "EX",
          "E-mail Display Name": "Sophie Martin", "Initials": "S.M."},
         # An Exchange X.500 address instead of an e-mail address: kept for review.
         dict(mobile="+33612345678", phone="+33142685300", country="FR", city="Paris", review=[("email", _EXCHANGE)])),
        ({"First Name": "Emily", "Last Name": "Brown", "Company": "Northwind Traders Ltd",
          "Business City": "Manchester", "Business Country/Region": "United Kingdom", "Business Phone": "0161 234 5678",
          "Mobile Phone": "07911 123457", "E-mail Address": "emily.brown@northwind-traders.co.uk", "Initials": "E.B."},
         dict(mobile="+447911123457", phone="+441612345678", country="GB", city="Manchester")),
    ]
    rows = Rows(OUTLOOK_HEADER)
    people = []
    for record, extra in records:
        cells = {**_OUTLOOK_DEFAULTS, "E-mail Type": "SMTP", **record}
        if "E-mail Display Name" not in cells:
            cells["E-mail Display Name"] = f"{record['First Name']} {record['Last Name']} ({record['E-mail Address']})"
        row = rows.by_header(OUTLOOK_HEADER, cells)
        reviewed = {field for field, _ in extra.get("review", ())}
        people.append(person(f"{record['First Name']} {record['Last Name']}", company=record["Company"],
                             email=None if "email" in reviewed else record["E-mail Address"], row=row, **extra))
    path = write_text_csv(folder / "outlook-contacts.csv", rows.rows, "cp1252")
    return Fixture(path, people, encoding="cp1252")


OUTLOOK_ZH_HEADER = [
    "英文称谓", "名", "中间名", "姓", "称谓", "单位", "部门", "职务", "商务地址 街道", "商务地址 街道 2",
    "商务地址 街道 3", "商务地址 市/县", "商务地址 省/市/自治区", "商务地址 邮政编码", "商务地址 国家/地区",
    "住宅地址 街道", "住宅地址 街道 2", "住宅地址 街道 3", "住宅地址 市/县", "住宅地址 省/市/自治区",
    "住宅地址 邮政编码", "住宅地址 国家/地区", "其他地址 街道", "其他地址 街道 2", "其他地址 街道 3", "其他地址 市/县",
    "其他地址 省/市/自治区", "其他地址 邮政编码", "其他地址 国家/地区", "助理的电话", "商务传真", "商务电话",
    "商务电话 2", "回电话", "车载电话", "单位主要电话", "住宅传真", "住宅电话", "住宅电话 2", "ISDN", "移动电话",
    "其他传真", "其他电话", "寻呼机", "主要电话", "无绳电话", "TTY/TDD 电话", "电报", "Internet 忙闲", "办公地点",
    "地点", "电子邮件地址", "电子邮件类型", "电子邮件显示名称", "电子邮件 2 地址", "电子邮件 2 类型",
    "电子邮件 2 显示名", "电子邮件 3 地址", "电子邮件 3 类型", "电子邮件 3 显示名", "附注", "工作证号码", "关键词",
    "记帐信息", "纪念日", "经理姓名", "类别", "里程", "敏感度", "目录服务器", "配偶", "其他地址 - 邮箱",
    "商务地址 - 邮箱", "身份证编号", "生日", "私有", "缩写", "网页", "性别", "业余爱好", "引用者", "用户 1", "用户 2",
    "用户 3", "用户 4", "优先级", "语言", "帐户", "职业", "住宅地址 - 邮箱", "助理的姓名", "子女"]
_ZH_DEFAULTS = {"纪念日": "0/0/00", "生日": "0/0/00", "敏感度": "普通", "私有": "False", "性别": "未指定",
                "优先级": "中", "电子邮件类型": "SMTP"}


def outlook_zh_csv(folder: Path) -> Fixture:
    """The same export from a Chinese Outlook: Chinese headers, written in the ANSI code page (GB18030 here,
    so that 䶮 in a name survives)."""
    records = [
        ({"名": "伟", "姓": "张", "单位": "上海华信科技有限公司", "部门": "采购部", "职务": "采购经理",
          "商务地址 街道": "张江路88号", "商务地址 市/县": "上海市", "商务地址 省/市/自治区": "上海市",
          "商务地址 邮政编码": "201203", "商务地址 国家/地区": "中国", "商务传真": "021-50801299",
          "商务电话": "021-50801234-8002", "移动电话": "13800138000", "电子邮件地址": "zhang.wei@huaxin-tech.cn",
          "生日": "1985/3/12"},
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", phones=[("fax", "+862150801299")],
              country="CN", street="张江路88号", city="上海市", province="上海市", postal_code="201203")),
        ({"名": "娜", "姓": "李", "单位": "北京东方贸易有限公司", "职务": "销售总监", "商务电话": "010-1234567",
          "住宅电话": "010-87654321", "移动电话": "139 1234 5678", "电子邮件地址": "li.na@dongfang-trade.cn"},
         # Beijing numbers have eight digits: this one is kept for review.
         dict(mobile="+8613912345678", phones=[("home", "+861087654321")], review=[("phone", "010-1234567")])),
        ({"名": "娜娜", "姓": "欧阳", "单位": "南京金陵医药有限公司", "职务": "采购专员", "商务地址 市/县": "南京市",
          "商务地址 省/市/自治区": "江苏省", "商务电话": "025-84561234", "移动电话": "17705141234",
          "电子邮件地址": "ouyang.nana@jinling-med.cn"},
         dict(mobile="+8617705141234", phone="+862584561234", city="南京市", province="江苏省")),
        ({"名": "杰", "姓": "周", "单位": "武汉长江汽车配件有限公司", "职务": "总经理", "商务电话": "027-85761234",
          "其他电话": "027-85761235", "移动电话": "133 0716 1234", "电子邮件地址": "zhoujie@cjqp.cn"},
         dict(mobile="+8613307161234", phone="+862785761234", phones=[("other", "+862785761235")])),
        ({"名": "Thomas", "姓": "Weber", "单位": "Weber Maschinenbau AG", "商务地址 市/县": "慕尼黑",
          "商务地址 国家/地区": "德国", "商务电话": "089 12345670", "移动电话": "0170 1234567",
          "电子邮件地址": "thomas.weber@weber-maschinenbau.de"},
         # A German contact in a Chinese Outlook: 德国, so 089... is Munich, not a Chinese number.
         dict(mobile="+491701234567", phone="+498912345670", country="DE", city="慕尼黑")),
        ({"名": "䶮", "姓": "刘", "单位": "杭州云帆网络科技有限公司", "商务电话": "0571-87654321",
          "移动电话": "15867891234", "电子邮件地址": "liuyan@yunfan.net.cn"},
         dict(mobile="+8615867891234", phone="+8657187654321")),
    ]
    rows = Rows(OUTLOOK_ZH_HEADER)
    people = []
    for record, extra in records:
        cells = {**_ZH_DEFAULTS, "电子邮件显示名称": f"{record['电子邮件地址']}", **record}
        row = rows.by_header(OUTLOOK_ZH_HEADER, cells)
        first, last = record["名"], record["姓"]
        name = f"{last}{first}" if not first.isascii() else f"{first} {last}"
        people.append(person(name, company=record["单位"], email=record["电子邮件地址"], row=row, **extra))
    path = write_text_csv(folder / "联系人.csv", rows.rows, "gb18030")
    return Fixture(path, people, encoding="gb18030")
