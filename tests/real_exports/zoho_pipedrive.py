"""Zoho CRM's Contacts export (CSV with ".id" lookup columns) and Pipedrive's people export ("Person - ..." CSV)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.real_exports.expected import ANY, Fixture, Rows, person, write_text_csv

ZOHO_HEADER = [
    "Record Id", "Contact Owner.id", "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name.id",
    "Account Name", "Email", "Title", "Department", "Phone", "Home Phone", "Other Phone", "Fax", "Mobile",
    "Date of Birth", "Assistant", "Asst Phone", "Email Opt Out", "Created By.id", "Created By", "Modified By.id",
    "Modified By", "Created Time", "Modified Time", "Full Name", "Mailing Street", "Mailing City", "Mailing State",
    "Mailing Zip", "Mailing Country", "Description", "Salutation", "Secondary Email", "Last Activity Time", "Tag"]
ZOHO_USERS = [("sunli", "Sun Li")]
_SUN, _TOM = ("5764963000000231001", "Sun Li"), ("5764963000000231007", "Tom Becker")


def _zoho(n: int, owner: tuple, source: str, first: str, last: str, account: str, email: str, phones: dict,
          created: str, mailing: tuple, **more) -> dict:
    street, city, state, postal, country = mailing
    full = f"{first} {last}".strip()
    return {"Record Id": f"5764963000000412{n:03d}", "Contact Owner.id": owner[0], "Contact Owner": owner[1],
            "Lead Source": source, "First Name": first, "Last Name": last,
            "Account Name.id": f"5764963000000398{n:03d}" if account else "", "Account Name": account, "Email": email,
            **phones, "Email Opt Out": "false", "Created By.id": owner[0], "Created By": owner[1],
            "Modified By.id": owner[0], "Modified By": owner[1], "Created Time": created, "Modified Time": created,
            "Full Name": full, "Mailing Street": street, "Mailing City": city, "Mailing State": state,
            "Mailing Zip": postal, "Mailing Country": country, **more}


def zoho_csv(folder: Path) -> Fixture:
    """Contacts_001.csv from Zoho's export: every field quoted, "yyyy-MM-dd HH:mm:ss" times, ISO country codes
    as the reps typed them; Chinese names all in Last Name, as Chinese teams use Zoho."""
    records = [
        (_zoho(1, _SUN, "Trade Show", "", "张伟", "上海华信科技有限公司", "zhang.wei@huaxin-tech.cn",
               {"Phone": "021-50801234-8002", "Fax": "021-50801299", "Mobile": "+86 138 0013 8000"},
               "2024-03-15 16:15:00", ("张江路88号", "上海", "上海", "201203", "CN"),
               Title="采购经理", Department="采购部", **{"Date of Birth": "1985-03-12"}, Tag="VIP"),
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", phones=[("fax", "+862150801299")],
              country="CN")),
        (_zoho(2, _TOM, "Web Download", "Thomas", "Weber", "Weber Maschinenbau AG",
               "thomas.weber@weber-maschinenbau.de",
               {"Phone": "089 12345670", "Other Phone": "089 12345679", "Mobile": "0170 1234567"},
               "2024-04-22 09:00:00", ("Leopoldstraße 1", "München", "Bayern", "80802", "DE"), Title="Geschäftsführer"),
         dict(mobile="+491701234567", phone="+498912345670", phones=[("other", "+498912345679")], country="DE")),
        (_zoho(3, _SUN, "Cold Call", "Emily", "Brown", "Northwind Traders Ltd", "emily.brown@northwind-traders.co.uk",
               {"Phone": "+44 161 234 5678", "Home Phone": "+44 161 496 0000", "Mobile": "07911 123457"},
               "2024-05-20 17:45:00", ("", "Manchester", "", "M1 1AE", "GB")),
         dict(mobile="+447911123457", phone="+441612345678", phones=[("home", "+441614960000")], country="GB")),
        (_zoho(4, _SUN, "Partner", "Michael", "Johnson", "Pacific Components Inc.", "m.johnson@pacific-components.com",
               {"Phone": "(650) 253-0000", "Mobile": "(415) 326-4100"},
               "2024-06-14 08:30:00", ("1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043", "US")),
         dict(mobile="+14153264100", phone="+16502530000", country="US")),
        (_zoho(5, _TOM, "Trade Show", "", "刘洋", "杭州云帆网络科技有限公司", "liuyang@yunfan.net.cn",
               {"Phone": "0571-87654321", "Mobile": "158 6789 1234"},
               "2024-07-15 12:00:00", ("文三路478号", "杭州", "浙江", "310012", "CN"),
               **{"Date of Birth": "1985-02-30"}),
         # February 30th is kept as written for review, and the person is still imported.
         dict(mobile="+8615867891234", phone="+8657187654321", country="CN", review=[("birthday", "1985-02-30")])),
        (_zoho(6, _SUN, "Web Download", "", "陈静", "广州南方物流有限公司", "chenjing@nanfang-log.com",
               {"Phone": "020-38765432", "Mobile": "186 2000 1234"},
               "2024-08-27 10:10:00", ("天河路385号", "广州", "广东", "510620", "China")),
         dict(mobile="+8618620001234", phone="+862038765432", country="CN")),
    ]
    rows = Rows(ZOHO_HEADER)
    people = []
    for record, extra in records:
        row = rows.by_header(ZOHO_HEADER, record)
        people.append(person(
            record["Full Name"], company=record["Account Name"], email=record["Email"], owner=record["Contact Owner"],
            source=record["Lead Source"], created=date.fromisoformat(record["Created Time"][:10]),
            street=record["Mailing Street"] or None, city=record["Mailing City"] or None,
            province=record["Mailing State"] or None, postal_code=record["Mailing Zip"] or None,
            custom={"Record Id": record["Record Id"]}, row=row, **extra))
    path = write_text_csv(folder / "Contacts_001.csv", rows.rows, "utf-8", newline="\n")
    return Fixture(path, people, users=ZOHO_USERS, encoding="utf-8")


PIPEDRIVE_HEADER = [
    "Person - ID", "Person - Name", "Person - First name", "Person - Last name", "Person - Organization",
    "Person - Labels", "Person - Email - Work", "Person - Email - Home", "Person - Email - Other",
    "Person - Phone - Work", "Person - Phone - Home", "Person - Phone - Mobile", "Person - Phone - Other",
    "Person - Job title", "Person - Owner", "Person - Postal address", "Person - Country of Postal address",
    "Person - City/town/village/locality of Postal address", "Person - ZIP/Postal code of Postal address",
    "Person - Person created", "Person - Update time", "Person - Open deals", "Person - Visible to",
    "Person - Favourite Colour"]
PIPEDRIVE_USERS = [("sunli", "Sun Li"), ("zhouqiang", "周强")]


def pipedrive_csv(folder: Path) -> Fixture:
    """people-*.csv from Pipedrive: several numbers of one kind in one cell, comma-separated; the postal
    address whole plus its parts; "YYYY-MM-DD HH:MM:SS" times."""
    records = [
        ({"Person - ID": "101", "Person - Name": "Anna Müller", "Person - First name": "Anna",
          "Person - Last name": "Müller", "Person - Organization": "Schmidt & Partner GmbH",
          "Person - Labels": "Hot lead", "Person - Email - Work": "anna.mueller@schmidt-partner.de",
          "Person - Phone - Work": "0711 1234560", "Person - Phone - Mobile": "0151 12345678, 0170 1234567",
          "Person - Job title": "Einkaufsleiterin", "Person - Owner": "Sun Li",
          "Person - Postal address": "Königstraße 28, 70173 Stuttgart, Deutschland",
          "Person - Country of Postal address": "Deutschland",
          "Person - City/town/village/locality of Postal address": "Stuttgart",
          "Person - ZIP/Postal code of Postal address": "70173", "Person - Person created": "2024-03-15 08:15:00",
          "Person - Favourite Colour": "Green"},
         # Two mobiles in one cell: the first is the mobile, the second is kept among the other phones.
         dict(mobile="+4915112345678", phone="+497111234560", phones=[("mobile", "+491701234567")], country="DE",
              city="Stuttgart", postal_code="70173")),
        ({"Person - ID": "102", "Person - Name": "John Smith", "Person - First name": "John",
          "Person - Last name": "Smith", "Person - Organization": "Acme Industrial Ltd",
          "Person - Email - Work": "john.smith@acme-industrial.co.uk",
          "Person - Email - Home": "john.smith.1975@gmail.com", "Person - Phone - Work": "+44 20 7946 0000",
          "Person - Phone - Mobile": "+44 7911 123456", "Person - Owner": "Sun Li",
          "Person - Postal address": "1 King Street, London EC2V 8AU, UK", "Person - Country of Postal address": "UK",
          "Person - City/town/village/locality of Postal address": "London",
          "Person - ZIP/Postal code of Postal address": "EC2V 8AU", "Person - Person created": "2024-03-18 10:30:00"},
         dict(mobile="+447911123456", phone="+442079460000", country="GB", city="London", postal_code="EC2V 8AU")),
        ({"Person - ID": "103", "Person - Name": "张伟", "Person - First name": "伟", "Person - Last name": "张",
          "Person - Organization": "上海华信科技有限公司", "Person - Email - Work": "zhang.wei@huaxin-tech.cn",
          "Person - Phone - Work": "021-50801234-8002", "Person - Phone - Mobile": "138 0013 8000",
          "Person - Owner": "周强", "Person - Country of Postal address": "China",
          "Person - Person created": "2024-04-22 09:00:00"},
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", country="CN")),
        ({"Person - ID": "104", "Person - Name": "Sophie Martin", "Person - First name": "Sophie",
          "Person - Last name": "Martin", "Person - Organization": "Lumière SARL",
          "Person - Email - Work": "sophie.martin@@lumiere.fr", "Person - Phone - Work": "+33 1 42 68 53 00",
          "Person - Phone - Mobile": "+33 6 12 34 56 78", "Person - Owner": "Tom Becker",
          "Person - Country of Postal address": "France", "Person - Person created": "2024-05-20 17:45:00"},
         dict(mobile="+33612345678", phone="+33142685300", country="FR",
              review=[("email", "sophie.martin@@lumiere.fr")])),
        ({"Person - ID": "105", "Person - Name": "Carlos García", "Person - First name": "Carlos",
          "Person - Last name": "García", "Person - Organization": "Iberia Logística S.L.",
          "Person - Email - Work": "carlos.garcia@iberia-logistica.es", "Person - Phone - Work": "+34 915 123 456",
          "Person - Phone - Mobile": "+34 612 345 678", "Person - Owner": "Sun Li",
          "Person - Country of Postal address": "Spain", "Person - Person created": "2024-06-14 08:30:00"},
         dict(mobile="+34612345678", phone="+34915123456", country="ES")),
    ]
    rows = Rows(PIPEDRIVE_HEADER)
    people = []
    for record, extra in records:
        cells = {"Person - Update time": record["Person - Person created"], "Person - Open deals": "0",
                 "Person - Visible to": "Entire company", **record}
        row = rows.by_header(PIPEDRIVE_HEADER, cells)
        custom = {"Person - ID": record["Person - ID"]}
        if record.get("Person - Favourite Colour"):
            custom["Person - Favourite Colour"] = record["Person - Favourite Colour"]
        reviewed = {field for field, _ in extra.get("review", ())}
        # The whole postal address has no one field it belongs in: street is left to the importer.
        people.append(person(
            record["Person - Name"], company=record["Person - Organization"],
            email=None if "email" in reviewed else record["Person - Email - Work"], owner=record["Person - Owner"],
            created=date.fromisoformat(record["Person - Person created"][:10]),
            street=ANY if record.get("Person - Postal address") else None, custom=custom, row=row, **extra))
    path = write_text_csv(folder / "people-7f3a91c2-2025-03-01.csv", rows.rows, "utf-8", newline="\n")
    return Fixture(path, people, users=PIPEDRIVE_USERS, encoding="utf-8")
