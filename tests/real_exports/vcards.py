"""vCards: iCloud/iPhone 3.0 (item groups, X-ABLabel, a folded PHOTO) and Android/old Outlook 2.1 in GB2312
quoted-printable."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from tests.real_exports.expected import Fixture, person


def _fold(line: str, width: int = 75) -> list[str]:
    """RFC 2425 folding as Apple writes it: continuation lines start with one space."""
    out, rest = [line[:width]], line[width:]
    while rest:
        out.append(" " + rest[:width - 1])
        rest = rest[width - 1:]
    return out


_PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 2 + b"\xff\xd9").decode()


def _apple_card(lines: list[str], photo: bool = False) -> list[str]:
    body = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN", *lines]
    if photo:
        body += _fold(f"PHOTO;ENCODING=b;TYPE=JPEG:{_PHOTO}")
    return [*body, "REV:2025-02-27T09:12:05Z", "END:VCARD"]


def icloud_vcf(folder: Path) -> Fixture:
    """An iPhone's contacts exported from iCloud (one .vcf, UTF-8, CRLF)."""
    cards = [
        (["N:Johnson;Michael;;;", "FN:Michael Johnson", "ORG:Pacific Components Inc.;Sales;", "TITLE:VP Sales",
          "EMAIL;type=INTERNET;type=WORK;type=pref:m.johnson@pacific-components.com",
          "TEL;type=CELL;type=VOICE;type=pref:+1 (415) 326-4100", "TEL;type=WORK;type=VOICE:+1 (650) 253-0000 x205",
          "item1.ADR;type=WORK;type=pref:;;1600 Amphitheatre Pkwy;Mountain View;CA;94043;United States",
          "item1.X-ABADR:us", "CATEGORIES:Customers,Trade Show 2024"],
         person("Michael Johnson", company="Pacific Components Inc.", email="m.johnson@pacific-components.com",
                mobile="+14153264100", phone="+16502530000;ext=205", country="US", province="CA",
                city="Mountain View", street="1600 Amphitheatre Pkwy", postal_code="94043"), True),
        # A +1 number is mobile or landline alike to the numbering plan: TYPE=WORK keeps it a work phone.
        (["N:Lee;Jennifer;;;", "FN:Jennifer Lee", "ORG:Bay Analytics LLC;",
          "EMAIL;TYPE=INTERNET,WORK:jlee@bayanalytics.com", "TEL;TYPE=WORK,VOICE:+1 415 326 4102"],
         person("Jennifer Lee", company="Bay Analytics LLC", email="jlee@bayanalytics.com", phone="+14153264102"),
         False),
        # item2 is Apple's way of labelling one number ("Other"); a landline, so the label alone decides its kind.
        (["N:张;伟;;;", "FN:张伟", "ORG:上海华信科技有限公司;采购部", "TITLE:采购经理", "BDAY:1985-03-12",
          "EMAIL;type=INTERNET;type=WORK:zhang.wei@huaxin-tech.cn", "TEL;TYPE=CELL,pref:138 0013 8000",
          "item2.TEL:+86 21 5080 1235", "item2.X-ABLabel:_$!<Other>!$_", "TEL;type=WORK;type=FAX:021-50801299",
          "item4.ADR;type=WORK:;;张江路88号;上海;上海;201203;中国", "item4.X-ABADR:cn"],
         person("张伟", company="上海华信科技有限公司", email="zhang.wei@huaxin-tech.cn", mobile="+8613800138000",
                phones=[("other", "+862150801235"), ("fax", "+862150801299")], country="CN", province="上海",
                city="上海", street="张江路88号", postal_code="201203"), True),
        # A Japanese user's card for a German contact: ドイツ makes 0711... a Stuttgart number.
        (["N:Müller;Anna;;;", "FN:Anna Müller", "ORG:Schmidt & Partner GmbH;",
          "EMAIL;type=INTERNET;type=WORK:anna.mueller@schmidt-partner.de", "TEL;type=CELL:0151 12345678",
          "TEL;type=WORK;type=VOICE:0711 1234560",
          "item1.ADR;type=WORK:;;Königstraße 28;Stuttgart;Baden-Württemberg;70173;ドイツ", "item1.X-ABADR:de"],
         person("Anna Müller", company="Schmidt & Partner GmbH", email="anna.mueller@schmidt-partner.de",
                mobile="+4915112345678", phone="+497111234560", country="DE", province="Baden-Württemberg",
                city="Stuttgart", street="Königstraße 28", postal_code="70173"), False),
        (["N:Smith;John;;;", "FN:John Smith", "ORG:Acme Industrial Ltd;",
          "EMAIL;type=INTERNET;type=WORK:john.smith@acme-industrial.co.uk", "TEL;type=CELL:+44 7911 123456",
          "TEL;type=WORK;type=VOICE:020 7946 000",
          "item1.ADR;type=WORK:;;1 King Street;London;;EC2V 8AU;United Kingdom"],
         person("John Smith", company="Acme Industrial Ltd", email="john.smith@acme-industrial.co.uk",
                mobile="+447911123456", country="GB", city="London", street="1 King Street", postal_code="EC2V 8AU",
                review=[("phone", "020 7946 000")]), False),
        (["N:Tanaka;Yuki;;;", "FN:Yuki Tanaka", "ORG:Sakura Trading Co., Ltd.;", "TEL;type=CELL:+81 90-1234-5678",
          "TEL;type=WORK:+81 3-1234-5678", "item1.ADR;type=WORK:;;;Tokyo;;;日本"],
         person("Yuki Tanaka", company="Sakura Trading Co., Ltd.", mobile="+819012345678", phone="+81312345678",
                country="JP", city="Tokyo"), False),
    ]
    lines, people = [], []
    for card, expected, photo in cards:
        lines += _apple_card(card, photo)
        people.append(expected)
    path = folder / "iCloud vCards.vcf"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return Fixture(path, people, encoding="utf-8")


# Long enough for the phone to wrap it with quoted-printable soft line breaks; no ";", so all of it is the company.
LONG_ORG = "上海华信科技有限公司（浦东张江高科技园区分公司）采购部"


def _qp(name: str, text: str) -> list[str]:
    """NAME;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:... with soft line breaks past 76 characters."""
    encoded = quopri.encodestring(text.encode("gb2312")).decode("ascii").replace("\n", "\r\n")
    return f"{name};CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{encoded}".split("\r\n")


def _names(family: str, given: str) -> list[str]:
    return [*_qp("N", f"{family};{given};;;"), *_qp("FN", family + given)]


def android_vcf(folder: Path) -> Fixture:
    """A Chinese Android phone's (or an old Outlook's) vCard 2.1 export: GB2312 text in quoted-printable,
    bare TYPE parameters (TEL;CELL), a long ORG wrapped with soft line breaks."""
    cards = [
        ([*_names("张", "伟"), *_qp("ORG", LONG_ORG), "TEL;CELL;PREF:13800138000", "TEL;WORK;VOICE:021-50801234-8002",
          "TEL;WORK;FAX:021-50801299", "EMAIL;PREF;INTERNET:zhang.wei@huaxin-tech.cn"],
         person("张伟", company=LONG_ORG, email="zhang.wei@huaxin-tech.cn", mobile="+8613800138000",
                phone="+862150801234;ext=8002", phones=[("fax", "+862150801299")])),
        ([*_names("李", "娜"), *_qp("ORG", "北京东方贸易有限公司"), "TEL;CELL:139-1234-5678", "TEL;HOME:010-87654321",
          *_qp("TEL;WORK", "010-12345678转8001"), "EMAIL;INTERNET:li.na@dongfang-trade.cn"],
         # 转 (transfer to) in a QP-encoded number: the extension.
         person("李娜", company="北京东方贸易有限公司", email="li.na@dongfang-trade.cn", mobile="+8613912345678",
                phone="+861012345678;ext=8001", phones=[("home", "+861087654321")])),
        ([*_names("王", "芳"), *_qp("ORG", "深圳市腾达电子有限公司"), "TEL;CELL:138-0013-800",
          "TEL;WORK:0755-88888888"],
         person("王芳", company="深圳市腾达电子有限公司", phone="+8675588888888", review=[("mobile", "138-0013-800")])),
        ([*_names("刘", "洋"), *_qp("ORG", "杭州云帆网络科技有限公司"), "TEL;CELL:15867891234", "TEL;CELL:13512345678",
          *_qp("ADR;WORK", ";;文三路478号;杭州市;浙江省;310012;中国")],
         person("刘洋", company="杭州云帆网络科技有限公司", mobile="+8615867891234",
                phones=[("mobile", "+8613512345678")],
                country="CN", province="浙江省", city="杭州市", street="文三路478号", postal_code="310012")),
        (["N:Weber;Thomas;;;", "FN:Thomas Weber", "ORG:Weber Maschinenbau AG", "TEL;CELL:+49 170 1234567",
          "TEL;WORK:+49 89 12345670", "EMAIL;INTERNET:thomas.weber@weber-maschinenbau.de"],
         person("Thomas Weber", company="Weber Maschinenbau AG", email="thomas.weber@weber-maschinenbau.de",
                mobile="+491701234567", phone="+498912345670")),
    ]
    lines, people = [], []
    for card, expected in cards:
        lines += ["BEGIN:VCARD", "VERSION:2.1", *card, "END:VCARD"]
        people.append(expected)
    path = folder / "00001.vcf"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("ascii"))
    return Fixture(path, people, encoding="gb2312")

