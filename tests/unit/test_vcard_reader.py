"""vCard files from Android (2.1), iPhone (3.0) and 4.0 writers, read as a header row plus one row per card."""

import codecs

import pytest

from crm_desktop.interchange.table import open_table
from crm_desktop.interchange.vcard import HEADERS, parse_line

ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F\r\n"
    "TEL;CELL;VOICE:138 0013 8000\r\n"
    "TEL;WORK:010-8888 6666\r\n"
    "TEL;CELL:139 0000 0000\r\n"
    "EMAIL;HOME:zhangwei@example.cn\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E4=B8=9C=E5=8C=BB=E8=8D=AF;=E9=94=80=E5=94=AE=E9=83=A8\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E8=80=81=E5=AE=A2=E6=88=B7=EF=BC=8C=E6=AF=8F=E5=B9=B4=E4=B8=89=\r\n"
    "=E6=9C=88=E8=AE=A2=E8=B4=A7\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E5=BB=BA=E5=9B=BD=E8=B7=AF88=E5=8F=B7;=E5=8C=97=E4=BA=AC;"
    "=E5=8C=97=E4=BA=AC;100022;=E4=B8=AD=E5=9B=BD\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    "    2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=C0=EE;=C4=C8\r\n"
    "TEL;HOME:021-5555 1234\r\n"
    "TEL:+86 139-1234-5678\r\n"
    "BDAY:19850312\r\n"
    "END:VCARD\r\n"
)

IPHONE_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Smith;John;Q;;\r\n"
    "FN:John Smith\r\n"
    "ORG:Acme\\, Inc.;Sales\\; East;\r\n"
    "TITLE:Head of Sales\\, APAC\r\n"
    "item1.TEL;type=pref:+1 (555) 010-0199\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "TEL;type=WORK;type=VOICE:+1 555 010 0100\r\n"
    "item2.EMAIL;type=INTERNET;type=pref:john@ac\r\n"
    " me.example\r\n"
    "BDAY;value=date:1985-03-12\r\n"
    "ADR;type=HOME:;;1 Home Rd;Elsewhere;;;\r\n"
    "ADR;type=WORK;type=pref:;Suite 5;1 Main St;Springfield;IL;62701;USA\r\n"
    "NOTE:Met at the fair\\nCall in May\r\n"
    "END:VCARD\r\n"
)

VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:王;小明;;;\n"
    "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+86-137-0000-1111\n"
    "TEL;VALUE=uri;TYPE=work:tel:+86-10-6666-8888;ext=102\n"
    "EMAIL;TYPE=work:wang@example.cn\n"
    "BDAY:--0312\n"
    "END:VCARD\n"
)


def _rows(tmp_path, text, encoding="utf-8", name="contacts.vcf"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    table = open_table(path)
    assert table.format == "vcard"
    rows = list(table.rows())
    assert rows[0] == list(HEADERS)
    assert table.estimated_rows() == len(rows)
    return [dict(zip(HEADERS, row, strict=True)) for row in rows[1:]]


def test_android_21_quoted_printable(tmp_path):
    zhang, li = _rows(tmp_path, ANDROID_21)
    assert zhang["Name"] == "张伟"
    assert (zhang["Last name"], zhang["First name"]) == ("张", "伟")
    assert (zhang["Mobile"], zhang["Phone"]) == ("138 0013 8000", "010-8888 6666")
    assert (zhang["Company"], zhang["Department"]) == ("华东医药", "销售部")
    assert zhang["Notes"] == "老客户，每年三月订货"  # across a soft line break
    assert zhang["E-mail"] == "zhangwei@example.cn"
    assert (zhang["Address"], zhang["City"], zhang["Province"], zhang["Country"]) == (
        "建国路88号 100022", "北京", "北京", "中国")
    # GB2312 quoted-printable; no CELL type, so the number that looks like a Chinese mobile is the mobile.
    assert li["Name"] == "李娜"
    assert (li["Mobile"], li["Phone"]) == ("+86 139-1234-5678", "021-5555 1234")
    assert li["Birthday"] == "19850312"


def test_iphone_30(tmp_path):
    (john,) = _rows(tmp_path, IPHONE_30)
    assert john["Name"] == "John Smith"
    assert (john["Company"], john["Department"]) == ("Acme, Inc.", "Sales; East")
    assert john["Title"] == "Head of Sales, APAC"
    assert (john["Mobile"], john["Phone"]) == ("+1 (555) 010-0199", "+1 555 010 0100")
    assert john["E-mail"] == "john@acme.example"  # folded line
    assert john["Birthday"] == "1985-03-12"
    assert (john["Address"], john["City"], john["Province"], john["Country"]) == (
        "1 Main St Suite 5 62701", "Springfield", "IL", "USA")
    assert john["Notes"] == "Met at the fair\nCall in May"


def test_vcard_40(tmp_path):
    (wang,) = _rows(tmp_path, VCARD_40)
    assert wang["Name"] == "王小明"  # no FN: family then given, no space for Chinese
    assert (wang["Mobile"], wang["Phone"]) == ("+86-137-0000-1111", "+86-10-6666-8888 ext. 102")
    assert wang["Birthday"] == "--0312"


def test_western_name_without_fn(tmp_path):
    (doe,) = _rows(tmp_path, "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;Dr.;\nEND:VCARD\n")
    assert doe["Name"] == "Jane Doe"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_file_encodings(tmp_path, encoding):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈静\r\nTEL;TYPE=CELL:13512345678\r\nEND:VCARD\r\n"
    (chen,) = _rows(tmp_path, card, encoding)
    assert (chen["Name"], chen["Mobile"]) == ("陈静", "13512345678")


def test_many_cards_and_a_missing_end(tmp_path):
    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEND:VCARD\n" for i in range(500))
    rows = _rows(tmp_path, cards + "begin:vcard\nversion:3.0\nfn:Last One\n")
    assert len(rows) == 501
    assert rows[-1]["Name"] == "Last One"


def test_rows_are_streamed(tmp_path):
    path = tmp_path / "big.vcf"
    path.write_text("BEGIN:VCARD\nFN:A\nEND:VCARD\n" * 3, encoding="utf-8")
    rows = open_table(path).rows()
    assert next(rows) == list(HEADERS)
    assert next(rows)[0] == "A"


def test_a_bom_and_blank_lines_before_the_first_card(tmp_path):
    data = codecs.BOM_UTF8 + b"\r\n\r\nBEGIN:VCARD\r\nFN:X\r\nEND:VCARD\r\n"
    assert _rows(tmp_path, data)[0]["Name"] == "X"


def test_parse_line_parameters():
    prop = parse_line('item3.TEL;TYPE="cell,voice";PREF=1:tel:+86-138')
    assert (prop.group, prop.name, prop.types, prop.params, prop.value) == (
        "item3", "TEL", {"cell", "voice"}, {"PREF": "1"}, "tel:+86-138")
    assert parse_line("TEL;CELL;VOICE;QUOTED-PRINTABLE:1").params == {"ENCODING": "QUOTED-PRINTABLE"}
    assert parse_line("    2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U") is None
