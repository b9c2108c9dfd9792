"""vCard export of phones by kind, extra e-mails, the address with its district and custom fields, and the
round trip through the vCard reader: every value comes back under the header that names it."""

from datetime import date

import phonenumbers
import pytest

from crm_desktop.domain.customers.phones import normalize_phone
from crm_desktop.interchange.table import open_table
from crm_desktop.interchange.vcard_writer import param_value, vcard, write_vcards

FULL = {
    "name": "欧阳娜娜", "company": "远景; 贸易", "department": "采购部", "title": "总监",
    "mobile": "+8613800138000", "phone": "+861012345678;ext=8001",
    "phones": [
        {"kind": "mobile", "number": "+8613900139000"},
        {"kind": "work", "number": "+4971112345;ext=12"},
        {"kind": "home", "number": "+862150801234"},
        {"kind": "fax", "number": "+861012345679"},
        {"kind": "other", "number": "+12125550100"},
        {"kind": "mobile", "number": "+8613800138000"},  # the mobile again: written once
    ],
    "email": "nana@example.cn", "emails": ["nana.oy@mail.example", "", "n@corp.example"],
    "birthday": date(1990, 11, 2), "notes": "第一行\n第二行, a;b\\c", "wechat": "nana_88", "tags": "VIP，展会",
    "country": "中国", "province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号",
    "postal_code": "100022",
    "custom_fields": {"客户等级": "A", 'Größe "EU"; Maß': "38, schmal", "Line\nbreak: ^x": "v1\nv2",
                      "Empty": "", "Notes": "custom notes"},
}


def _read_back(tmp_path, cards):
    path = tmp_path / "out.vcf"
    assert write_vcards(path, cards) == len(cards)
    header, *rows = open_table(path).rows()
    return [{h: v for h, v in zip(header, row, strict=True) if v} for row in rows]


def test_round_trip_of_everything(tmp_path):
    (nana,) = _read_back(tmp_path, [FULL])
    assert nana == {
        "Name": "欧阳娜娜", "Last Name": "欧阳", "First Name": "娜娜", "Company": "远景; 贸易", "Department": "采购部",
        "Job Title": "总监",
        "Mobile": "+8613800138000", "Mobile 2": "+8613900139000",
        "Work Phone": "+861012345678 ext. 8001", "Work Phone 2": "+4971112345 ext. 12",
        "Home Phone": "+862150801234", "Fax": "+861012345679", "Other Phone": "+12125550100",
        "E-mail": "nana@example.cn", "E-mail 2": "nana.oy@mail.example", "E-mail 3": "n@corp.example",
        "Birthday": "1990-11-02", "Notes": "第一行\n第二行, a;b\\c", "WeChat": "nana_88", "Categories": "VIP, 展会",
        "Street": "建国路88号", "District": "朝阳区", "City": "北京市", "State": "北京市", "Postal Code": "100022",
        "Country": "中国",
        "客户等级": "A", 'Größe "EU"; Maß': "38, schmal", "Line\nbreak: ^x": "v1\nv2", "Notes 2": "custom notes"}


def test_extensions_come_back_as_stored(tmp_path):
    (nana,) = _read_back(tmp_path, [FULL])
    assert normalize_phone(nana["Work Phone"]) == "+861012345678;ext=8001"
    assert normalize_phone(nana["Work Phone 2"], region="DE") == "+4971112345;ext=12"
    parsed = phonenumbers.parse(nana["Work Phone"], None)
    assert (parsed.national_number, parsed.extension) == (1012345678, "8001")


def test_tel_lines_carry_their_kind():
    text = vcard(FULL).decode("utf-8").replace("\r\n ", "")  # unfolded
    tels = [line for line in text.split("\r\n") if line.startswith("TEL")]
    assert tels == ["TEL;TYPE=CELL:+8613800138000", "TEL;TYPE=WORK,VOICE:+861012345678 ext. 8001",
                    "TEL;TYPE=CELL:+8613900139000", "TEL;TYPE=WORK,VOICE:+4971112345 ext. 12",
                    "TEL;TYPE=HOME,VOICE:+862150801234", "TEL;TYPE=WORK,FAX:+861012345679",
                    "TEL;TYPE=VOICE:+12125550100"]
    assert "\r\nADR;TYPE=WORK;X-DISTRICT=\"朝阳区\":;;朝阳区 建国路88号;北京市;北京市;100022;中国\r\n" in text
    assert "\r\nX-CRM-FIELD;X-NAME=\"客户等级\":A\r\n" in text
    assert "X-NAME=\"Empty\"" not in text


def test_param_value_escapes():
    assert param_value('a "b"; c:d') == '"a ^\'b^\'; c:d"'
    assert param_value("x^y\r\nz") == '"x^^y^nz"'


@pytest.mark.parametrize("card", [
    {"name": "Only Mobile", "mobile": "+12125550100"},
    {"name": "No Address Parts But District", "district": "Mitte"},
    {"company": "Nameless GmbH", "custom_fields": {"Kundennummer": "4711"}},
    {"phone": "+4930123456;ext=7"},
])
def test_sparse_cards_round_trip(tmp_path, card):
    (row,) = _read_back(tmp_path, [card])
    expected = {"Name": card.get("name") or card.get("company") or "+4930123456"}
    if "name" in card:
        expected["Last Name"], expected["First Name"] = card["name"].rsplit(" ", 1)[1], card["name"].rsplit(" ", 1)[0]
    extra = {"mobile": ("Mobile", card.get("mobile")), "district": ("District", card.get("district")),
             "company": ("Company", card.get("company")), "phone": ("Work Phone", "+4930123456 ext. 7")}
    expected.update(extra[key] for key in card if key in extra)
    expected.update(card.get("custom_fields", {}))
    assert row == expected


def test_many_cards_share_one_header_row(tmp_path):
    cards = [{"name": f"Person {i}", "phones": [{"kind": "fax", "number": f"+1212555{i:04d}"}] * (i % 3)}
             for i in range(30)]
    rows = _read_back(tmp_path, cards)
    assert [r.get("Fax") for r in rows] == [f"+1212555{i:04d}" if i % 3 else None for i in range(30)]
