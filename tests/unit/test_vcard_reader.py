"""vCard files from Android (2.1), Outlook (2.1), iPhone/iCloud and Google (3.0) and 4.0 writers, read as a
header row plus one row per card: phones by their TYPE, charsets per property, other properties kept by name."""

import codecs

import pytest

from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.table import open_table
from crm_desktop.interchange.vcard import HEADERS, parse_line
from crm_desktop.interchange.vcard_fields import column_order, phone_kind, tel_number

ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F\r\n"
    "TEL;CELL;VOICE:138 0013 8000\r\n"
    "TEL;WORK:010-8888 6666\r\n"
    "TEL;CELL:139 0000 0000\r\n"
    "TEL;WORK;FAX:010-8888 6667\r\n"
    "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=8A=9E=E5=85=AC):010-8888 6668\r\n"
    "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=A4=87=E7=94=A8):186 0000 0000\r\n"
    "EMAIL;HOME:zhangwei@example.cn\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E4=B8=9C=E5=8C=BB=E8=8D=AF;=E9=94=80=E5=94=AE=E9=83=A8\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E8=80=81=E5=AE=A2=E6=88=B7=EF=BC=8C=E6=AF=8F=E5=B9=B4=E4=B8=89=\r\n"
    "=E6=9C=88=E8=AE=A2=E8=B4=A7\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E5=BB=BA=E5=9B=BD=E8=B7=AF88=E5=8F=B7;=E5=8C=97=E4=BA=AC;"
    "=E5=8C=97=E4=BA=AC;100022;=E4=B8=AD=E5=9B=BD\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    "    2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    "\r\n"
    "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Wei;1;;;;;;;;;;;;;\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=C0=EE;=C4=C8\r\n"
    "TEL;HOME:021-5555 1234\r\n"
    "TEL:+86 139-1234-5678\r\n"
    "BDAY:19850312\r\n"
    "END:VCARD\r\n"
)

# iCloud's export: Apple labels on item groups, a photo, a social profile, WeChat as IMPP.
ICLOUD_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Smith;John;Q;Dr.;Jr.\r\n"
    "FN:John Smith\r\n"
    "NICKNAME:Johnny\r\n"
    "ORG:Acme\\, Inc.;Sales\\; East;\r\n"
    "TITLE:Head of Sales\\, APAC\r\n"
    "item1.TEL;type=pref:+1 (555) 010-0199\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "TEL;type=WORK;type=VOICE:+1 555 010 0100\r\n"
    "TEL;type=IPHONE;type=CELL;type=VOICE:+1 555 010 0101\r\n"
    "item2.TEL:+1 555 010 0102\r\n"
    "item2.X-ABLabel:_$!<HomeFAX>!$_\r\n"
    "item3.TEL:+1 555 010 0103\r\n"
    "item3.X-ABLabel:_$!<Work>!$_\r\n"
    "item4.TEL:+1 555 010 0104\r\n"
    "item4.X-ABLabel:Assistant\r\n"
    "TEL;type=MAIN:+1 555 010 0105\r\n"
    "TEL;type=HOME;type=VOICE:+1 555 010 0106\r\n"
    "item5.EMAIL;type=INTERNET;type=pref:john@ac\r\n"
    " me.example\r\n"
    "EMAIL;type=INTERNET;type=HOME:john@home.example\r\n"
    "BDAY;value=date:1985-03-12\r\n"
    "ADR;type=HOME:;;1 Home Rd;Elsewhere;;;\r\n"
    "item6.ADR;type=WORK;type=pref:;Suite 5;1 Main St;Springfield;IL;62701;USA\r\n"
    "item6.X-ABADR:us\r\n"
    "item7.URL;type=pref:https://acme.example\r\n"
    "item7.X-ABLabel:_$!<HomePage>!$_\r\n"
    "item8.X-ABDATE;type=pref:2010-06-01\r\n"
    "item8.X-ABLabel:_$!<Anniversary>!$_\r\n"
    "X-SOCIALPROFILE;type=linkedin;x-user=jsmith:http://www.linkedin.com/in/jsmith\r\n"
    "IMPP;X-SERVICE-TYPE=WeChat;type=pref:x-apple:wxid_john\r\n"
    "IMPP;X-SERVICE-TYPE=Skype:x-apple:john.smith\r\n"
    "NOTE:Met at the fair\\nCall in May\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAAYdpAAQAAAABAAAAGgAAAAAAA6AB\r\n"
    " AAMAAAABAAEAAKACAAQAAAABAAAAQKADAAQAAAABAAAAQAAAAAD/7QA4UGhvdG9zaG9wIDMuMAA4\r\n"
    "X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE\\:ABPerson\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "X-ADDRESSBOOKSERVER-KIND:group\r\n"
    "N:Friends\r\n"
    "FN:Friends\r\n"
    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:5ad380fd\r\n"
    "END:VCARD\r\n"
)

# Outlook 2.1 on a Chinese Windows: GB2312 quoted-printable, work numbers of any country.
OUTLOOK_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=zh-cn;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=D5=C5;=C8=FD\r\n"
    "FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=D5=C5=C8=FD\r\n"
    "ORG;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=B6=AB=B7=BD=C3=B3=D2=D7;=B2=C9=B9=BA=B2=BF\r\n"
    "TITLE;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=BE=AD=C0=ED\r\n"
    "ROLE;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=B2=C9=B9=BA\r\n"
    "TEL;WORK;VOICE:+1 (212) 555-0100\r\n"
    "TEL;WORK;FAX:+86 (10) 6234 5679\r\n"
    "TEL;HOME;FAX:+86 (10) 6234 5670\r\n"
    "TEL;CELL;VOICE:+86 138 0013 8000\r\n"
    "TEL;PREF;HOME;VOICE:+86 (10) 8888 0000\r\n"
    "ADR;WORK;PREF;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:;;=BD=A8=B9=FA=C2=B7 88 =BA=C5;=B1=B1=BE=A9;;100022;=\r\n"
    "=D6=D0=B9=FA\r\n"
    "LABEL;WORK;PREF;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=BD=A8=B9=FA=C2=B7 88 =BA=C5\r\n"
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\n"
    "EMAIL;PREF;INTERNET:zhangsan@dongfang.cn\r\n"
    "X-MS-IMADDRESS:zhangsan@im.example\r\n"
    "REV:20240105T083000Z\r\n"
    "END:VCARD\r\n"
)

# Google Contacts' export: labels on item groups, an extension as written, categories.
GOOGLE_30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "FN:Anna Müller\n"
    "N:Müller;Anna;;;\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:anna@firma.example\n"
    "EMAIL;TYPE=INTERNET:anna.mueller@mail.example\n"
    "TEL;TYPE=CELL:+49 170 1234567\n"
    "item1.TEL:+1 555 555 5555 ext. 5555\n"
    "item1.X-ABLabel:Work\n"
    "item2.TEL:+49 711 12345\n"
    "item2.X-ABLabel:Büro Zentrale\n"
    "ADR;TYPE=HOME:;;Königstraße 1;Stuttgart;BW;70173;Deutschland\n"
    "ORG:Firma GmbH\n"
    "URL:https\\://firma.example\n"
    "item3.X-CUSTOM-KUNDENNUMMER:K-4711\n"
    "CATEGORIES:myContacts,Kunden\\, wichtig\n"
    "END:VCARD\n"
)

VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:王;小明;;;\n"
    "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+1-555-555-5555;ext=5555\n"
    "TEL;VALUE=uri;TYPE=work:tel:+86-10-6666-8888;ext=102\n"
    "TEL;VALUE=uri;TYPE=\"fax,work\":tel:+86-10-6666-8889\n"
    "TEL;VALUE=uri;PREF=1:tel:+86-10-6666-8890\n"
    "EMAIL;TYPE=work:wang@example.cn\n"
    "BDAY:--0312\n"
    "X-WECHAT:wang_xm\n"
    "X-CRM-FIELD-REGION:华北\n"
    "X-CRM-FIELD;X-NAME=\"客户等级\":A\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "KIND:group\n"
    "FN:Team\n"
    "END:VCARD\n"
)


def _table(tmp_path, data, write_as="utf-8", name="contacts.vcf", **kwargs):
    path = tmp_path / name
    path.write_bytes(data.encode(write_as) if isinstance(data, str) else data)
    table = open_table(path, **kwargs)
    assert table.format == "vcard"
    return table


def _rows(tmp_path, data, write_as="utf-8", **kwargs):
    """Each card as {header: value} with its empty cells left out; the header row has HEADERS in order."""
    table = _table(tmp_path, data, write_as, **kwargs)
    header, *rows = table.rows()
    assert [h for h in header if h in HEADERS] == list(HEADERS)
    assert all(len(row) == len(header) for row in rows)
    return [{h: v for h, v in zip(header, row, strict=True) if v} for row in rows]


def test_android_21_quoted_printable(tmp_path):
    zhang, li = _rows(tmp_path, ANDROID_21)
    assert zhang == {
        "Name": "张伟", "Last Name": "张", "First Name": "伟", "Company": "华东医药", "Department": "销售部",
        # Android's custom labels: 办公 (office) is a work number, 备用 (spare) is some other one.
        "Mobile": "138 0013 8000", "Mobile 2": "139 0000 0000", "Work Phone": "010-8888 6666",
        "Work Phone 2": "010-8888 6668", "Fax": "010-8888 6667", "Other Phone": "186 0000 0000",
        "E-mail": "zhangwei@example.cn", "Notes": "老客户，每年三月订货",  # across a soft line break
        "Street": "建国路88号", "City": "北京", "State": "北京", "Postal Code": "100022", "Country": "中国",
        "X-ANDROID-CUSTOM": "vnd.android.cursor.item/nickname;Wei;1;;;;;;;;;;;;;"}
    # GB2312 quoted-printable; a number without a type is some other phone, whatever its digits.
    assert li == {"Name": "李娜", "Last Name": "李", "First Name": "娜", "Home Phone": "021-5555 1234",
                  "Other Phone": "+86 139-1234-5678", "Birthday": "19850312"}


def test_icloud_30_labels_and_kept_properties(tmp_path):
    table = _table(tmp_path, ICLOUD_30)
    header, john = table.rows()  # the group card is no contact
    assert header[:7] == ["Name", "Name Prefix", "Last Name", "First Name", "Middle Name", "Name Suffix", "Company"]
    assert header[header.index("Mobile"):header.index("Mobile") + 8] == [
        "Mobile", "Mobile 2", "Work Phone", "Work Phone 2", "Work Phone 3", "Home Phone", "Fax", "Other Phone"]
    assert header[-4:] == ["NICKNAME", "X-ABDATE (Anniversary)", "X-SOCIALPROFILE", "IMPP"]
    assert {h: v for h, v in zip(header, john, strict=True) if v} == {
        "Name": "John Smith", "Name Prefix": "Dr.", "Last Name": "Smith", "First Name": "John", "Middle Name": "Q",
        "Name Suffix": "Jr.", "Company": "Acme, Inc.", "Department": "Sales; East", "Job Title": "Head of Sales, APAC",
        "Mobile": "+1 (555) 010-0199", "Mobile 2": "+1 555 010 0101", "Work Phone": "+1 555 010 0100",
        "Work Phone 2": "+1 555 010 0103", "Work Phone 3": "+1 555 010 0105", "Home Phone": "+1 555 010 0106",
        "Fax": "+1 555 010 0102", "Other Phone": "+1 555 010 0104",
        "E-mail": "john@acme.example", "E-mail 2": "john@home.example",  # the first across a folded line
        "Birthday": "1985-03-12", "Street": "1 Main St Suite 5", "City": "Springfield", "State": "IL",
        "Postal Code": "62701", "Country": "USA", "Home Address": "1 Home Rd, Elsewhere",
        "Website": "https://acme.example", "WeChat": "wxid_john", "Notes": "Met at the fair\nCall in May",
        "NICKNAME": "Johnny", "X-ABDATE (Anniversary)": "2010-06-01",
        "X-SOCIALPROFILE": "http://www.linkedin.com/in/jsmith", "IMPP": "Skype:john.smith"}
    assert table.estimated_rows() == 3  # counts the group card too: an estimate


def test_outlook_21_gb2312_and_a_foreign_work_number(tmp_path):
    (zhang,) = _rows(tmp_path, OUTLOOK_21)
    assert zhang == {
        "Name": "张三", "Last Name": "张", "First Name": "三", "Company": "东方贸易", "Department": "采购部",
        "Job Title": "经理", "ROLE": "采购",
        # +1 is a work number because it says WORK, not a mobile because of its digits.
        "Work Phone": "+1 (212) 555-0100", "Fax": "+86 (10) 6234 5679", "Fax 2": "+86 (10) 6234 5670",
        "Mobile": "+86 138 0013 8000", "Home Phone": "+86 (10) 8888 0000",
        "Street": "建国路 88 号", "City": "北京", "Postal Code": "100022", "Country": "中国",
        "E-mail": "zhangsan@dongfang.cn", "X-MS-IMADDRESS": "zhangsan@im.example"}


def test_google_30(tmp_path):
    (anna,) = _rows(tmp_path, GOOGLE_30)
    assert anna == {
        "Name": "Anna Müller", "Last Name": "Müller", "First Name": "Anna", "Company": "Firma GmbH",
        "E-mail": "anna@firma.example", "E-mail 2": "anna.mueller@mail.example", "Mobile": "+49 170 1234567",
        "Work Phone": "+1 555 555 5555 ext. 5555", "Other Phone": "+49 711 12345",  # a label naming no kind
        # The only address is a home one: it goes under the same headers.
        "Street": "Königstraße 1", "City": "Stuttgart", "State": "BW", "Postal Code": "70173",
        "Country": "Deutschland", "Website": "https://firma.example", "Categories": "myContacts, Kunden, wichtig",
        "X-CUSTOM-KUNDENNUMMER": "K-4711"}


def test_vcard_40(tmp_path):
    (wang,) = _rows(tmp_path, VCARD_40)
    assert wang == {
        "Name": "王小明", "Last Name": "王", "First Name": "小明",  # no FN: family then given, no space for Chinese
        # PREF=1 alone makes a work number, and the preferred one of its kind comes first.
        "Mobile": "+1-555-555-5555 ext. 5555", "Work Phone": "+86-10-6666-8890",
        "Work Phone 2": "+86-10-6666-8888 ext. 102", "Fax": "+86-10-6666-8889", "E-mail": "wang@example.cn",
        "Birthday": "--0312", "WeChat": "wang_xm", "X-CRM-FIELD-REGION": "华北", "客户等级": "A"}


@pytest.mark.parametrize(("line", "kind"), [
    ("TEL;TYPE=CELL:1", "mobile"), ("TEL;MOBILE:1", "mobile"), ("TEL;TYPE=iPhone:1", "mobile"),
    ("TEL;TYPE=WORK,VOICE:+1 555 0100", "work"), ("TEL;TYPE=MAIN:1", "work"), ("TEL;PREF:1", "work"),
    ("TEL;TYPE=VOICE;PREF=1:1", "work"), ("TEL;TYPE=HOME,PREF:1", "home"), ("TEL;TYPE=HOME:1", "home"),
    ("TEL;TYPE=FAX:1", "fax"), ("TEL;TYPE=WORK,FAX:1", "fax"), ("TEL;HOME;FAX:1", "fax"),
    ("TEL;TYPE=VOICE:1", "other"), ("TEL:13800138000", "other"), ("TEL;TYPE=PAGER:1", "other"),
    ("TEL;TYPE=WORK;TYPE=PAGER:1", "other"), ("TEL;TYPE=x-assistant:1", "other"),
    ("TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+1-555-555-5555;ext=5555", "mobile"),
])
def test_phone_kinds_by_type(line, kind):
    assert phone_kind(parse_line(line)) == kind


@pytest.mark.parametrize(("label", "kind"), [
    ("_$!<Mobile>!$_", "mobile"), ("iPhone", "mobile"), ("_$!<Work>!$_", "work"), ("_$!<Main>!$_", "work"),
    ("_$!<Home>!$_", "home"), ("_$!<HomeFAX>!$_", "fax"), ("_$!<WorkFAX>!$_", "fax"), ("_$!<OtherFAX>!$_", "fax"),
    ("_$!<Pager>!$_", "other"), ("_$!<Other>!$_", "other"), ("手机", "mobile"), ("公司传真", "fax"),
    ("家", "home"), ("Assistant", "other"),
])
def test_apple_labels_name_the_kind(tmp_path, label, kind):
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nitem1.TEL;type=pref:+1 555 0100\r\nitem1.X-ABLabel:{label}\r\n" \
           "END:VCARD\r\n"
    (card,) = _rows(tmp_path, data)
    header = {"mobile": "Mobile", "work": "Work Phone", "home": "Home Phone", "fax": "Fax", "other": "Other Phone"}
    assert card[header[kind]] == "+1 555 0100"


def test_tel_numbers_keep_their_extensions():
    assert tel_number(parse_line("TEL;VALUE=uri:tel:+1-555-555-5555;ext=5555")) == "+1-555-555-5555 ext. 5555"
    assert tel_number(parse_line("TEL:+1 555 555 5555 ext. 5555")) == "+1 555 555 5555 ext. 5555"
    assert tel_number(parse_line("TEL;VALUE=uri:tel:+1-555-555-5555;phone-context=x")) == "+1-555-555-5555"


def test_the_header_row_is_the_union_over_the_file(tmp_path):
    cards = ("BEGIN:VCARD\nVERSION:3.0\nFN:One\nTEL;TYPE=CELL:1\nEND:VCARD\n"
             "BEGIN:VCARD\nVERSION:3.0\nFN:Three\nTEL;TYPE=CELL:1\nTEL;TYPE=CELL:2\nTEL;TYPE=CELL:3\n"
             "EMAIL:a@x.example\nEMAIL:b@x.example\nNICKNAME:Tri\nEND:VCARD\n")
    header, one, three = _table(tmp_path, cards).rows()
    assert header == [*HEADERS[:8], "Mobile 2", "Mobile 3", *HEADERS[8:13], "E-mail 2", *HEADERS[13:], "NICKNAME"]
    assert one[header.index("Mobile 3")] == "" and three[header.index("Mobile 3")] == "3"
    assert three[header.index("E-mail 2")] == "b@x.example"


def test_column_order():
    assert column_order(["Mobile 10", "Mobile 2", "NOTE X", "District", "Mobile"])[7:10] == [
        "Mobile", "Mobile 2", "Mobile 10"]
    assert column_order(["X-B", "X-A"])[-2:] == ["X-B", "X-A"]
    assert column_order(["District"]).index("District") == HEADERS.index("Street") + 1


def test_charset_of_each_property(tmp_path):
    # Raw 8-bit values in three charsets in one file, each named by its property.
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Big5:" + "陳美玲".encode("big5") + b"\r\n"
            b"ORG;CHARSET=ISO-8859-1:" + "Müller & Söhne".encode("latin-1") + b"\r\n"
            b"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=BB=8F=E7=90=86\r\n"
            b"NOTE;CHARSET=GB2312:" + "重要客户".encode("gbk") + b"\r\n"
            b"TEL;WORK;VOICE:02-2345-6789\r\nEND:VCARD\r\n")
    (chen,) = _rows(tmp_path, data)
    assert (chen["Name"], chen["Company"], chen["Job Title"], chen["Notes"]) == (
        "陳美玲", "Müller & Söhne", "经理", "重要客户")


def test_values_without_charset_are_read_in_the_file_encoding(tmp_path):
    # Outlook on a Chinese Windows without CHARSET: quoted-printable GBK in an ASCII file.
    qp = "".join(f"={b:02X}" for b in "张伟".encode("gbk"))
    data = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:{qp}\r\nNOTE;QUOTED-PRINTABLE:{qp}\r\n"
            "END:VCARD\r\n")
    table = _table(tmp_path, data)
    assert (table.encoding, table.encoding_sure) == ("gb18030", True)
    assert list(table.rows())[1][:1] == ["张伟"]
    # Windows-1252 8-bit text, as written by an old mail program.
    table = _table(tmp_path, "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jürgen Müller\r\nADR;WORK:;;Hauptstraße 5;Köln;;;\r\n"
                             "END:VCARD\r\n", "cp1252")
    assert table.encoding == "cp1252"
    (jurgen,) = _rows(tmp_path, table.path.read_bytes())
    assert (jurgen["Name"], jurgen["Street"], jurgen["City"]) == ("Jürgen Müller", "Hauptstraße 5", "Köln")


def test_a_value_the_chosen_encoding_cannot_read_names_its_line(tmp_path):
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li\r\nNOTE:" + "老客户".encode("gbk") + b"\r\nEND:VCARD\r\n"
    table = _table(tmp_path, data, encoding="utf-8")  # as the user chose
    with pytest.raises(InterchangeError) as caught:
        list(table.rows())
    assert str(caught.value) == "Line 4 cannot be read as UTF-8 text. Choose another encoding and import again."
    assert _rows(tmp_path, data)[0]["Notes"] == "老客户"  # detected: GB18030


def test_western_name_without_fn(tmp_path):
    (doe,) = _rows(tmp_path, "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;Dr.;\nEND:VCARD\n")
    assert (doe["Name"], doe["Name Prefix"]) == ("Jane Doe", "Dr.")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16", "utf-16-le", "big5"])
def test_file_encodings(tmp_path, encoding):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陳靜\r\nTEL;TYPE=CELL:13512345678\r\nNOTE:老客戶\r\nEND:VCARD\r\n"
    (chen,) = _rows(tmp_path, card, encoding)
    assert (chen["Name"], chen["Mobile"], chen["Notes"]) == ("陳靜", "13512345678", "老客戶")


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings(tmp_path, newline):
    card = newline.join(["BEGIN:VCARD", "VERSION:3.0", "FN:Zhang", " Wei", "TEL;TYPE=HOME:1", "END:VCARD", ""])
    assert _rows(tmp_path, card) == [{"Name": "ZhangWei", "Home Phone": "1"}]


def test_many_cards_and_a_missing_end(tmp_path):
    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEND:VCARD\n" for i in range(500))
    table = _table(tmp_path, cards + "begin:vcard\nversion:3.0\nfn:Last One\n")
    rows = list(table.rows())
    assert len(rows) == 502 == table.estimated_rows()
    assert rows[-1][0] == "Last One"


def test_rows_are_streamed(tmp_path):
    path = tmp_path / "big.vcf"
    path.write_text("BEGIN:VCARD\nFN:A\nEND:VCARD\n" * 3, encoding="utf-8")
    rows = open_table(path).rows()
    assert next(rows) == list(HEADERS)
    assert next(rows)[0] == "A"


def test_a_bom_and_blank_lines_before_the_first_card(tmp_path):
    data = codecs.BOM_UTF8 + b"\r\n\r\nBEGIN:VCARD\r\nFN:X\r\nEND:VCARD\r\n"
    assert _rows(tmp_path, data)[0]["Name"] == "X"


def test_stray_lines_are_no_properties(tmp_path):
    # A writer that did not fold a long note, and base64 data without indentation.
    data = ("BEGIN:VCARD\nVERSION:3.0\nFN:X\nNOTE:first\nsecond line: with a colon\nPHOTO;ENCODING=b:/9j/4AAQ\n"
            "SkZJRgABAQAASABIAAD\nEND:VCARD\n")
    assert _rows(tmp_path, data) == [{"Name": "X", "Notes": "first"}]


def test_parse_line_parameters():
    prop = parse_line('item3.TEL;TYPE="cell,voice";PREF=1:tel:+86-138')
    assert (prop.group, prop.name, prop.types, prop.params, prop.raw) == (
        "item3", "TEL", {"cell", "voice"}, {"PREF": "1"}, b"tel:+86-138")
    assert parse_line("TEL;CELL;VOICE;QUOTED-PRINTABLE:1").params == {"ENCODING": "QUOTED-PRINTABLE"}
    assert parse_line("    2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U") is None
    named = parse_line('X-CRM-FIELD;X-NAME="a;b:c ^\'q^\' ^^":v')
    assert (named.params["X-NAME"], named.raw) == ('a;b:c "q" ^', b"v")


def test_one_value_given_twice_is_one_cell(tmp_path):
    data = ("BEGIN:VCARD\nVERSION:3.0\nFN:Li\nX-WECHAT:li_88\nIMPP;X-SERVICE-TYPE=WeChat:x-apple:li_88\n"
            "IMPP:weixin:li_work\nTEL;TYPE=CELL:139\nTEL;TYPE=CELL,PREF:139\nEND:VCARD\n")
    assert _rows(tmp_path, data) == [{"Name": "Li", "WeChat": "li_88", "WeChat 2": "li_work", "Mobile": "139"}]
