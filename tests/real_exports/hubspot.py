"""HubSpot: the contacts view exported as CSV and as xlsx (property labels as headers, custom properties last)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from tests.real_exports.expected import Fixture, Rows, person, write_sheet, write_text_csv

HEADER = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Company Name",
          "Job Title", "Contact owner", "Lifecycle Stage", "Lead Status", "Create Date", "Last Activity Date",
          "Street Address", "City", "State/Region", "Postal Code", "Country/Region", "Favourite Colour"]
# "Sun Li" is matched by display name, "zhouqiang" by username; "Tom Becker" has no local user.
USERS = [("sunli", "Sun Li"), ("zhouqiang", "周强")]

_PEOPLE = [
    ({"Record ID": "51234567801", "First Name": "Wei", "Last Name": "Zhang", "Email": "wei.zhang@huaxin-tech.cn",
      "Phone Number": "+86 21 5080 1234", "Mobile Phone Number": "+86 138 0013 8000",
      "Company Name": "Huaxin Technology Co., Ltd.", "Job Title": "Purchasing Manager", "Contact owner": "Sun Li",
      "Lifecycle Stage": "Customer", "Lead Status": "Open", "Create Date": "2024-03-15 16:15",
      "Street Address": "88 Zhangjiang Road", "City": "Shanghai", "State/Region": "Shanghai", "Postal Code": "201203",
      "Country/Region": "China", "Favourite Colour": "Blue"},
     dict(mobile="+8613800138000", phone="+862150801234", country="CN")),
    ({"Record ID": "51234567802", "First Name": "John", "Last Name": "Smith",
      "Email": "john.smith@acme-industrial.co.uk", "Phone Number": "+44 20 7946 000",
      "Mobile Phone Number": "+44 7911 123456", "Company Name": "Acme Industrial Ltd",
      "Job Title": "Purchasing Manager", "Contact owner": "Sun Li", "Lifecycle Stage": "Lead", "Lead Status": "New",
      "Create Date": "2024-03-18 10:30", "Street Address": "1 King Street", "City": "London", "Postal Code": "EC2V 8AU",
      "Country/Region": "United Kingdom", "Favourite Colour": "Green"},
     # One digit short even with +44: kept for review.
     dict(mobile="+447911123456", country="GB", review=[("phone", "+44 20 7946 000")])),
    ({"Record ID": "51234567803", "First Name": "Anna", "Last Name": "Müller",
      "Email": "anna.mueller@schmidt-partner.de", "Phone Number": "0711 1234560",
      "Mobile Phone Number": "0151 12345678", "Company Name": "Schmidt & Partner GmbH", "Job Title": "Einkaufsleiterin",
      "Contact owner": "Tom Becker", "Lifecycle Stage": "Marketing Qualified Lead",
      "Lead Status": "Attempted to contact", "Create Date": "2024-04-22 09:00", "Street Address": "Königstraße 28",
      "City": "Stuttgart", "State/Region": "Baden-Württemberg", "Postal Code": "70173", "Country/Region": "Germany"},
     # National numbers: the row's country says Germany.
     dict(mobile="+4915112345678", phone="+497111234560", country="DE")),
    ({"Record ID": "51234567804", "First Name": "Michael", "Last Name": "Johnson",
      "Email": "m.johnson@pacific-components.com", "Phone Number": "+1 650-253-0000",
      "Mobile Phone Number": "+1 415-326-4100", "Company Name": "Pacific Components Inc.", "Job Title": "VP Sales",
      "Contact owner": "zhouqiang", "Lifecycle Stage": "Opportunity", "Lead Status": "In progress",
      "Create Date": "2024-05-20 17:45", "Last Activity Date": "2025-02-26 14:02",
      "Street Address": "1600 Amphitheatre Pkwy", "City": "Mountain View", "State/Region": "CA", "Postal Code": "94043",
      "Country/Region": "United States", "Favourite Colour": "Red"},
     dict(mobile="+14153264100", phone="+16502530000", country="US")),
    ({"Record ID": "51234567805", "First Name": "Sophie", "Last Name": "Martin", "Email": "sophie.martin@lumiere.fr",
      "Phone Number": "+33 1 42 68 53 00", "Mobile Phone Number": "+33 6 12 34 56 78", "Company Name": "Lumière SARL",
      "Job Title": "Directrice Achats", "Lifecycle Stage": "Subscriber", "Create Date": "2024-07-15 12:00",
      "City": "Paris", "Postal Code": "75002", "Country/Region": "France"},
     dict(mobile="+33612345678", phone="+33142685300", country="FR")),
    ({"Record ID": "51234567806", "First Name": "Yuki", "Last Name": "Tanaka", "Email": "y.tanaka@sakura-trading.jp",
      "Phone Number": "+81 3-1234-5678", "Mobile Phone Number": "+81 90-1234-5678",
      "Company Name": "Sakura Trading Co., Ltd.", "Job Title": "Export Manager", "Contact owner": "Sun Li",
      "Lifecycle Stage": "Lead", "Create Date": "2024-08-27 08:40", "City": "Tokyo", "Country/Region": "Japan"},
     dict(mobile="+819012345678", phone="+81312345678", country="JP")),
    ({"Record ID": "51234567807", "First Name": "Emily", "Last Name": "Brown",
      "Email": "emily.brown@northwind-traders.co.uk", "Phone Number": "+44 161 234 5678",
      "Mobile Phone Number": "+44 7911 123457", "Company Name": "Northwind Traders Ltd", "Job Title": "Office Manager",
      "Contact owner": "Tom Becker", "Lifecycle Stage": "Evangelist", "Create Date": "2024-09-03 11:00",
      "City": "Manchester", "Postal Code": "M1 1AE", "Country/Region": "United Kingdom"},
     dict(mobile="+447911123457", phone="+441612345678", country="GB")),
]
# A record with nothing that names a person or a company (a form submission that kept only its stage).
_NOBODY = {"Record ID": "51234567808", "Lifecycle Stage": "Lead", "Lead Status": "New",
           "Create Date": "2024-10-01 09:00"}


def _people(rows: Rows, typed: bool) -> list[dict]:
    people = []
    for values, extra in _PEOPLE:
        cells = dict(values)
        if typed:
            cells["Record ID"] = int(cells["Record ID"])  # the xlsx export writes ids as numbers
        row = rows.by_header(HEADER, cells)
        custom = {"Record ID": values["Record ID"]}
        if values.get("Favourite Colour"):
            custom["Favourite Colour"] = values["Favourite Colour"]
        reviewed = {field for field, _ in extra.get("review", ())}
        people.append(person(
            f"{values['First Name']} {values['Last Name']}", company=values["Company Name"],
            email=None if "email" in reviewed else values["Email"], owner=values.get("Contact owner"),
            lifecycle=values["Lifecycle Stage"], created=date.fromisoformat(values["Create Date"][:10]),
            street=values.get("Street Address"), city=values.get("City"), province=values.get("State/Region"),
            postal_code=values.get("Postal Code"), custom=custom, row=row, **extra))
    rows.by_header(HEADER, _NOBODY)
    return people


def contacts_csv(folder: Path) -> Fixture:
    rows = Rows(HEADER)
    people = _people(rows, typed=False)
    path = write_text_csv(folder / "hubspot-crm-exports-all-contacts-2025-03-01.csv", rows.rows, "utf-8",
                          newline="\n")
    return Fixture(path, people, errors=1, users=USERS, encoding="utf-8")


def contacts_xlsx(folder: Path) -> Fixture:
    rows = Rows(HEADER)
    people = _people(rows, typed=True)
    book = openpyxl.Workbook()
    write_sheet(book, "All contacts", rows.rows, first=True)
    path = folder / "hubspot-crm-exports-all-contacts-2025-03-01.xlsx"
    book.save(path)
    return Fixture(path, people, errors=1, users=USERS, sheet="All contacts", data_rows=len(people) + 1)
