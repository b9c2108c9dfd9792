"""Salesforce: the "Contacts & Accounts" report (formatted xlsx, details-only CSV) and Data Export's Contact.csv."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from tests.real_exports.expected import Fixture, Rows, person, write_sheet, write_text_csv

REPORT_HEADER = ["Contact Owner", "First Name", "Last Name", "Title", "Account Name", "Phone", "Mobile", "Email",
                 "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code",
                 "Mailing Country", "Lead Source", "Created Date", "Favourite Colour"]
# Owners: "Li Na" is a local user (matched by display name), "James Miller" is nobody here.
REPORT_USERS = [("lina", "Li Na")]

# One report row per person: the cells, then what the import must make of them. Dates have a day past
# 12 so that the CSV's m/d/yyyy (a US user's locale) reads one way only.
_REPORT = [
    (["Li Na", "伟", "张", "采购经理", "上海华信科技有限公司", "021-50801234-8002", "+86 138 0013 8000",
      "zhang.wei@huaxin-tech.cn", "张江路88号", "上海", "上海", "201203", "China", "Trade Show", "2024-03-15", "Blue"],
     dict(mobile="+8613800138000", phone="+862150801234;ext=8002", country="CN", province="上海", city="上海",
          street="张江路88号", postal_code="201203")),
    (["Li Na", "John", "Smith", "Purchasing Manager", "Acme Industrial Ltd", "020 7946 000", "+44 7911 123456",
      "john.smith@acme-industrial.co.uk", "1 King Street", "London", "", "EC2V 8AU", "United Kingdom", "Web",
      "2024-03-18", "Green"],
     # A London number one digit short: phonenumbers calls it invalid, so it is kept for review.
     dict(mobile="+447911123456", country="GB", city="London", street="1 King Street", postal_code="EC2V 8AU",
          review=[("phone", "020 7946 000")])),
    (["James Miller", "Anna", "Müller", "Einkaufsleiterin", "Schmidt & Partner GmbH", "0711 1234560",
      "+49 151 12345678", "anna.mueller@schmidt-partner.de", "Königstraße 28", "Stuttgart", "Baden-Württemberg",
      "70173", "Germany", "Partner Referral", "2024-04-22", ""],
     # A national number in a German row: +49, not a Chinese number.
     dict(mobile="+4915112345678", phone="+497111234560", country="DE", province="Baden-Württemberg",
          city="Stuttgart", street="Königstraße 28", postal_code="70173")),
    (["Li Na", "Michael", "Johnson", "VP Sales", "Pacific Components Inc.", "(650) 253-0000", "(415) 326-4100",
      "m.johnson@pacific-components.com", "1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043", "United States",
      "Web", "2024-05-20", "Red"],
     dict(mobile="+14153264100", phone="+16502530000", country="US", province="CA", city="Mountain View",
          street="1600 Amphitheatre Pkwy", postal_code="94043")),
    (["Li Na", "芳", "王", "财务经理", "深圳市腾达电子有限公司", "0755-8888 8888 ext. 12", "137 0000 1111",
      "wangfang@tengda-sz.com", "科技园南路16号", "深圳", "广东", "518057", "China", "Email", "2024-06-14", ""],
     dict(mobile="+8613700001111", phone="+8675588888888;ext=12", country="CN", province="广东", city="深圳",
          street="科技园南路16号", postal_code="518057")),
    (["James Miller", "Sophie", "Martin", "Directrice Achats", "Lumière SARL", "+33 1 42 68 53 00", "+33 6 12 34 56 78",
      "sophie.martin@lumiere.fr", "8 Rue de la Paix", "Paris", "", "75002", "France", "Trade Show", "2024-07-15",
      "Blue"],
     dict(mobile="+33612345678", phone="+33142685300", country="FR", city="Paris", street="8 Rue de la Paix",
          postal_code="75002")),
    (["Li Na", "Carlos", "García", "Jefe de Compras", "Iberia Logística S.L.", "+34 915 123 456", "+34 612 345 678",
      "carlos.garcia@iberia-logistica", "Calle de Alcalá 45", "Madrid", "Madrid", "28014", "Spain", "Web", "2024-08-27",
      ""],
     # An address without a top-level domain: kept for review, not dropped with the row.
     dict(mobile="+34612345678", phone="+34915123456", country="ES", province="Madrid", city="Madrid",
          street="Calle de Alcalá 45", postal_code="28014", review=[("email", "carlos.garcia@iberia-logistica")])),
]


def _report_person(cells: list, extra: dict, row: int) -> dict:
    first, last = cells[1], cells[2]
    cjk = not first.isascii()
    values = dict(company=cells[4], email=None if any(f == "email" for f, _ in extra.get("review", ())) else cells[7],
                  owner=cells[0], source=cells[13], created=date.fromisoformat(cells[14]), row=row,
                  custom={"Favourite Colour": cells[15]} if cells[15] else {})
    values.update(extra)
    return person(f"{last}{first}" if cjk else f"{first} {last}", **values)


def report_xlsx(folder: Path) -> Fixture:
    """The report exported "Formatted Report" to Excel: title and filter lines above the header, the
    Grand Totals and Salesforce's confidentiality lines below the data."""
    rows = Rows(["Contacts & Accounts"], ["Filtered By:"], ["    Show: All contacts"],
                ["    Created Date: All Time"], [], REPORT_HEADER)
    people = []
    for cells, extra in _REPORT:
        typed = [*cells[:14], datetime.fromisoformat(cells[14]), cells[15]]  # Excel gets a real date cell
        people.append(_report_person(cells, extra, rows.add(typed)))
    rows.add([])
    footers = [rows.add([f"Grand Totals ({len(people)} records)"])]
    rows.add([])
    footers += [rows.add(["Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."]),
                rows.add(["Confidential Information - Do Not Distribute"]),
                rows.add(["Generated By:  Li Na  3/1/2025 10:00 AM"])]
    book = openpyxl.Workbook()
    sheet = write_sheet(book, "Contacts & Accounts", rows.rows, first=True)
    for cell in sheet[6]:
        cell.font = openpyxl.styles.Font(bold=True)
    for row in sheet.iter_rows(min_row=7, max_row=6 + len(people), min_col=15, max_col=15):
        row[0].number_format = "m/d/yyyy"
    path = folder / "Contacts & Accounts-2025-03-01-10-00-00.xlsx"
    book.save(path)
    return Fixture(path, people, skipped_rows=footers, users=REPORT_USERS, sheet="Contacts & Accounts",
                   data_rows=len(people))


def report_csv(folder: Path) -> Fixture:
    """The same report exported "Details Only" as CSV (UTF-8): header first, the footer lines after a blank
    line, as in the exports seen in public repositories' tests."""
    rows = Rows(REPORT_HEADER)
    people = []
    for cells, extra in _REPORT:
        day = date.fromisoformat(cells[14])
        written = [*cells[:14], f"{day.month}/{day.day}/{day.year}", cells[15]]
        people.append(_report_person(cells, extra, rows.add(written)))
    rows.add([])
    footers = [rows.add([f"Grand Totals ({len(people)} records)"])]
    rows.add([])
    footers += [rows.add(["Confidential Information - Do Not Distribute"]),
                rows.add(["Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."])]
    path = write_text_csv(folder / "report1740823200000.csv", rows.rows, "utf-8", newline="\n")
    return Fixture(path, people, skipped_rows=footers, users=REPORT_USERS, encoding="utf-8")


CONTACT_CSV_HEADER = [
    "Id", "IsDeleted", "MasterRecordId", "AccountId", "LastName", "FirstName", "Salutation", "Name", "OtherStreet",
    "OtherCity", "OtherState", "OtherPostalCode", "OtherCountry", "MailingStreet", "MailingCity", "MailingState",
    "MailingPostalCode", "MailingCountry", "Phone", "Fax", "MobilePhone", "HomePhone", "OtherPhone",
    "AssistantPhone", "ReportsToId", "Email", "Title", "Department", "AssistantName", "LeadSource", "Birthdate",
    "Description", "OwnerId", "HasOptedOutOfEmail", "DoNotCall", "CreatedDate", "CreatedById", "LastModifiedDate",
    "LastModifiedById", "SystemModstamp", "LastActivityDate", "Favourite_Colour__c"]
_OWNER_A, _OWNER_B = "0055g00000AbCdEAAS", "0055g00000FgHiJAAT"


def _contact(n: int, account: str, last: str, first: str, mailing: tuple, phones: dict, email: str,
             title: str, source: str, created: str, owner: str, **more) -> dict:
    street, city, state, postal, country = mailing
    return {"Id": f"0035g00000Qx{n:04d}AAA", "IsDeleted": "false", "AccountId": account, "LastName": last,
            "FirstName": first, "Name": f"{last}{first}" if not first.isascii() else f"{first} {last}".strip(),
            "MailingStreet": street, "MailingCity": city, "MailingState": state, "MailingPostalCode": postal,
            "MailingCountry": country, **phones, "Email": email, "Title": title, "LeadSource": source, "OwnerId": owner,
            "HasOptedOutOfEmail": "false", "DoNotCall": "false", "CreatedDate": created, "CreatedById": owner,
            "LastModifiedDate": created, "LastModifiedById": owner, "SystemModstamp": created, **more}


def data_export_csv(folder: Path) -> Fixture:
    """Contact.csv of Setup > Data Export: API names as headers, every field quoted, ISO UTC times, ids
    for the account and the owner (the file has no account names)."""
    records = [
        (_contact(1, "0015g00000XyZ01AAB", "张", "伟", ("张江路88号", "上海", "上海", "201203", "China"),
                  {"Phone": "021-50801234-8002", "Fax": "021-50801299", "MobilePhone": "13800138000"},
                  "zhang.wei@huaxin-tech.cn", "采购经理", "Trade Show", "2024-03-15T08:15:00.000Z", _OWNER_A,
                  Salutation="Mr.", Department="采购部", Birthdate="1985-03-12", Favourite_Colour__c="Blue"),
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", phones=[("fax", "+862150801299")],
              country="CN", province="上海", city="上海", street="张江路88号", postal_code="201203")),
        (_contact(2, "0015g00000XyZ02AAB", "Smith", "John", ("1 King Street", "London", "", "EC2V 8AU", "UK"),
                  {"Phone": "+44 20 7946 0000", "MobilePhone": "+44 7911 123456", "HomePhone": "call after 6pm",
                   "OtherPhone": "+44 161 234 5678"},
                  "john.smith@acme-industrial.co.uk", "Purchasing Manager", "Web", "2024-03-18T10:30:00.000Z",
                  _OWNER_A, Salutation="Mr."),
         dict(mobile="+447911123456", phone="+442079460000", phones=[("other", "+441612345678")], country="GB",
              city="London", street="1 King Street", postal_code="EC2V 8AU",
              review=[("home_phone", "call after 6pm")])),
        (_contact(3, "0015g00000XyZ03AAB", "Müller", "Anna",
                  ("Königstraße 28", "Stuttgart", "Baden-Württemberg", "70173", "Germany"),
                  {"Phone": "0711 1234560", "Fax": "0711 1234569", "MobilePhone": "0171 2345678"},
                  "anna.mueller@schmidt-partner.de", "Einkaufsleiterin", "Partner Referral",
                  "2024-04-22T09:00:00.000Z", _OWNER_B, Salutation="Ms.", Favourite_Colour__c="Green"),
         dict(mobile="+491712345678", phone="+497111234560", phones=[("fax", "+497111234569")], country="DE",
              province="Baden-Württemberg", city="Stuttgart", street="Königstraße 28", postal_code="70173")),
        (_contact(4, "0015g00000XyZ04AAB", "Johnson", "Michael",
                  ("1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043", "United States"),
                  {"Phone": "(650) 253-0000", "MobilePhone": "(415) 326-4100"},
                  "m.johnson@pacific-components.com", "VP Sales", "Web", "2024-05-20T17:45:00.000Z", _OWNER_B),
         dict(mobile="+14153264100", phone="+16502530000", country="US", province="CA", city="Mountain View",
              street="1600 Amphitheatre Pkwy", postal_code="94043")),
        (_contact(5, "0015g00000XyZ05AAB", "王", "芳", ("科技园南路16号", "深圳", "广东", "518057", "中国"),
                  {"Phone": "0755-8888 8888 ext. 12", "MobilePhone": "137 0000 1111"},
                  "wangfang@tengda-sz.com", "财务经理", "Email", "2024-06-14T03:20:00.000Z", _OWNER_A),
         dict(mobile="+8613700001111", phone="+8675588888888;ext=12", country="CN", province="广东", city="深圳",
              street="科技园南路16号", postal_code="518057")),
        (_contact(6, "0015g00000XyZ06AAB", "Brown", "Emily", ("", "Manchester", "", "M1 1AE", "GB"),
                  {"Phone": "0161 234 5679", "MobilePhone": "07911 123457"},
                  "emily.brown@northwind-traders.co.uk", "Office Manager", "", "2024-09-03T11:00:00.000Z",
                  _OWNER_B),
         # National UK numbers in a row whose country is GB.
         dict(mobile="+447911123457", phone="+441612345679", country="GB", city="Manchester",
              postal_code="M1 1AE")),
    ]
    rows = Rows(CONTACT_CSV_HEADER)
    people = []
    for record, extra in records:
        row = rows.by_header(CONTACT_CSV_HEADER, record)
        custom = {"Id": record["Id"], "AccountId": record["AccountId"]}
        if record.get("Favourite_Colour__c"):
            custom["Favourite_Colour__c"] = record["Favourite_Colour__c"]
        created = date.fromisoformat(record["CreatedDate"][:10])
        people.append(person(record["Name"], email=record["Email"], owner=record["OwnerId"],
                             source=record["LeadSource"] or None, created=created, custom=custom, row=row, **extra))
    path = write_text_csv(folder / "Contact.csv", rows.rows, "utf-8", newline="\n")
    return Fixture(path, people, encoding="utf-8", owner_may_stay_custom=True)
