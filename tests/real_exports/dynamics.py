"""Dynamics 365 "Export to Excel" of the Active Contacts view: hidden key columns and a hidden metadata sheet."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import openpyxl
from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.real_exports.expected import Fixture, Rows, person, write_sheet

# The first three columns are hidden in Excel; Dynamics needs them to import the sheet back.
HEADER = ["(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On", "Full Name",
          "Account Name", "Email", "Business Phone", "Mobile Phone", "Job Title", "Address 1: Street 1",
          "Address 1: City", "Address 1: State/Province", "Address 1: ZIP/Postal Code", "Address 1: Country/Region",
          "Owner", "Created On"]
_LOGICAL = ["contactid", "checksum", "modifiedon", "fullname", "parentcustomerid", "emailaddress1", "telephone1",
            "mobilephone", "jobtitle", "address1_line1", "address1_city", "address1_stateorprovince",
            "address1_postalcode", "address1_country", "ownerid", "createdon"]
USERS = [("sunli", "Sun Li")]

_PEOPLE = [
    (["张伟", "上海华信科技有限公司", "zhang.wei@huaxin-tech.cn", "+86 21 5080 1234", "+86 138 0013 8000", "采购经理",
      "张江路88号", "上海", "上海", "201203", "China", "Sun Li", datetime(2024, 3, 15, 16, 15)],
     dict(mobile="+8613800138000", phone="+862150801234", country="CN")),
    (["Anna Müller", "Schmidt & Partner GmbH", "anna.mueller@schmidt-partner.de", "0711 1234560", "+49 151 12345678",
      "Einkaufsleiterin", "Königstraße 28", "Stuttgart", "Baden-Württemberg", "70173", "Germany", "Tom Becker",
      datetime(2024, 4, 22, 9, 0)],
     dict(mobile="+4915112345678", phone="+497111234560", country="DE")),
    (["Michael Johnson", "Pacific Components Inc.", "m.johnson@pacific-components.com", "+1 650-253-0000",
      "+1 415-326-4100", "VP Sales", "1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043", "United States",
      "Sun Li", datetime(2024, 5, 20, 17, 45)],
     dict(mobile="+14153264100", phone="+16502530000", country="US")),
    (["王芳", "深圳市腾达电子有限公司", "wangfang@tengda-sz.com", "0755-8888 8888 ext. 12", "138 0013 800", "财务经理",
      "科技园南路16号", "深圳", "广东", "518057", "China", "Sun Li", datetime(2024, 6, 14, 11, 20)],
     # A mobile one digit short: kept for review; the work phone with its extension is fine.
     dict(phone="+8675588888888;ext=12", country="CN", review=[("mobile", "138 0013 800")])),
    (["Emily Brown", "Northwind Traders Ltd", "emily.brown@northwind-traders.co.uk", "+44 161 234 5678",
      "+44 7911 123457", "Office Manager", "", "Manchester", "", "M1 1AE", "United Kingdom", "Tom Becker",
      datetime(2024, 9, 3, 11, 0)],
     dict(mobile="+447911123457", phone="+441612345678", country="GB")),
]


def _checksum(values: list) -> str:
    return base64.b64encode(hashlib.sha1(repr(values).encode()).digest()).decode()


def active_contacts_xlsx(folder: Path) -> Fixture:
    rows = Rows(HEADER)
    people = []
    for n, (values, extra) in enumerate(_PEOPLE, 1):
        key = str(uuid.UUID(int=0x6F1A2B3C_0000_4000_8000_000000000000 + n))
        row = rows.add([key, _checksum(values), datetime(2025, 2, 27, 9, 12, n), *values])
        name, company, email, _, _, _, street, city, state, postal, _, owner, created = values
        people.append(person(name, company=company, email=email, street=street or None, city=city,
                             province=state or None, postal_code=postal, owner=owner, created=created.date(),
                             row=row, **extra))
    book = openpyxl.Workbook()
    sheet = write_sheet(book, "Active Contacts", rows.rows, first=True)
    sheet.sheet_properties.codeName = "dataSheet"
    for letter in "ABC":
        sheet.column_dimensions[letter].hidden = True
    for cell in sheet["C"][1:] + sheet["P"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm"
    table = Table(displayName="Table1", ref=f"A1:P{len(rows.rows)}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    # The hidden sheet's A1 names the entity, a checksum and the column-to-attribute map, as Dynamics writes it.
    hidden = book.create_sheet("hiddenSheet")
    hidden.sheet_properties.codeName = "hiddenDataSheet"
    hidden.sheet_state = "hidden"
    columns = "&".join(f"{attr}={quote(title)}" for attr, title in zip(_LOGICAL, HEADER, strict=True))
    hidden["A1"] = f"contact:{_checksum(HEADER)}:{columns}"
    hidden.append(["Active", "Inactive"])
    path = folder / "Active Contacts 3-1-2025 10-00-00 AM.xlsx"
    book.save(path)
    return Fixture(path, people, users=USERS, sheet="Active Contacts", data_rows=len(people))
