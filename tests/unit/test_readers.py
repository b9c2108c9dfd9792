"""open_table on workbooks, CSV files and files that are not tables, all built in tmp_path."""

import codecs
import datetime
import zipfile

import openpyxl
import pytest
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from crm_desktop.interchange import spreadsheet
from crm_desktop.interchange.errors import NOT_A_TABLE, InterchangeError
from crm_desktop.interchange.sheets import SheetInfo
from crm_desktop.interchange.table import open_table


def _rewrite_member(path, member, old, new):
    """Edit one member of a zip in place (openpyxl cannot store cached formula results)."""
    with zipfile.ZipFile(path) as archive:
        contents = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in contents.items():
            archive.writestr(info, data.replace(old, new) if info.filename == member else data)


def _compound_file(*names: str) -> bytes:
    """A minimal OLE2 container whose directory lists `names` (streams without data)."""
    header = bytearray(512)
    header[:8] = bytes.fromhex("d0cf11e0a1b11ae1")
    header[24:34] = bytes.fromhex("3e000300feff09000600")  # versions, byte order, 512-byte sectors
    header[44:48] = (1).to_bytes(4, "little")  # one FAT sector
    header[48:52] = (0).to_bytes(4, "little")  # the directory is sector 0
    header[56:76] = bytes.fromhex("00100000" "feffffff" "00000000" "feffffff" "00000000")
    header[76:512] = bytes.fromhex("01000000") + b"\xff" * 432  # the FAT is sector 1
    directory = bytearray()
    for kind, name in [(5, "Root Entry"), *((2, n) for n in names)]:
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[:len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        entry[66] = kind
        entry[68:80] = b"\xff" * 12
        entry[116:120] = bytes.fromhex("feffffff")
        directory += entry
    directory = directory.ljust(512, b"\0")
    fat = bytes.fromhex("feffffff" "fdffffff") + b"\xff" * 504
    return bytes(header) + bytes(directory) + fat


def _error(path, **kwargs) -> InterchangeError:
    with pytest.raises(InterchangeError) as caught:
        table = open_table(path, **kwargs)
        list(table.rows())
    return caught.value


# Workbooks ----------------------------------------------------------------------------------------

@pytest.fixture
def xlsx(tmp_path):
    book = openpyxl.Workbook()
    secret = book.active
    secret.title = "Lookup"
    secret.sheet_state = "hidden"
    secret["A1"] = "not this one"
    data = book.create_sheet("客户")
    data["A1"] = "Contacts 2024"
    data.merge_cells("A1:C1")
    data.append(["姓名", "手机", "数量"])
    data.append(["张伟", "13800138000", 3])
    data.append(["李娜", None, datetime.datetime(2024, 5, 1, 9, 30)])
    data["D3"] = "=C3*2"
    path = tmp_path / "contacts.xlsx"
    book.save(path)
    _rewrite_member(path, "xl/worksheets/sheet2.xml", b"<f>C3*2</f><v></v>", b"<f>C3*2</f><v>6</v>")
    return path


def test_xlsx_skips_the_hidden_sheet_and_reads_typed_cells(xlsx):
    table = open_table(xlsx)
    assert table.format == "xlsx"
    assert table.sheets() == [SheetInfo("Lookup", hidden=True), SheetInfo("客户")]
    assert table.default_sheet() == "客户"
    rows = list(table.rows())
    # The merged title is in its top-left cell only; the formula gives its cached value.
    assert rows[0] == ["Contacts 2024", "", "", ""]
    assert rows[1] == ["姓名", "手机", "数量", ""]
    assert rows[2] == ["张伟", "13800138000", 3, 6]
    assert rows[3] == ["李娜", "", datetime.datetime(2024, 5, 1, 9, 30), ""]
    assert table.estimated_rows() == 4
    assert list(table.rows("Lookup")) == [["not this one"]]
    table.close()


def test_a_workbook_is_recognised_by_content_not_name(xlsx, tmp_path):
    renamed = tmp_path / "export.csv"
    renamed.write_bytes(xlsx.read_bytes())
    assert open_table(renamed).format == "xlsx"


def test_an_unknown_sheet_is_an_error(xlsx):
    with pytest.raises(InterchangeError, match="Sheet9"):
        open_table(xlsx).rows("Sheet9")


def test_xls(tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    hidden = book.add_sheet("Hidden")
    hidden.visibility = 1
    sheet = book.add_sheet("联系人")
    for col, value in enumerate(["姓名", "手机", "生日"]):
        sheet.write(0, col, value)
    sheet.write(1, 0, "张伟")
    sheet.write(1, 1, "13800138000")
    sheet.write(1, 2, datetime.date(1985, 3, 12), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    path = tmp_path / "old.xls"
    book.save(path)
    table = open_table(path)
    assert (table.format, table.default_sheet()) == ("xls", "联系人")
    assert table.sheets()[0] == SheetInfo("Hidden", hidden=True)
    assert list(table.rows()) == [["姓名", "手机", "生日"], ["张伟", "13800138000", datetime.date(1985, 3, 12)]]


def test_ods(tmp_path):
    document = OpenDocumentSpreadsheet()
    sheet = Table(name="Kunden")
    for values in (["Name", "Mobile", "Visits"], ["Zhang Wei", "13800138000", 7]):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="float", value=value) if isinstance(value, int) else TableCell(
                valuetype="string")
            if not isinstance(value, int):
                cell.addElement(P(text=value))
            row.addElement(cell)
        sheet.addElement(row)
    document.spreadsheet.addElement(sheet)
    path = tmp_path / "libre.ods"
    document.save(str(path))
    table = open_table(path)
    assert (table.format, table.sheets()) == ("ods", [SheetInfo("Kunden")])
    assert list(table.rows()) == [["Name", "Mobile", "Visits"], ["Zhang Wei", "13800138000", 7.0]]


def test_a_macro_workbook_reads_like_xlsx(xlsx, tmp_path):
    path = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(xlsx) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("xl/vbaProject.bin", b"\0" * 16)
    table = open_table(path)
    assert table.format == "xlsm"
    assert list(table.rows())[2][0] == "张伟"


# CSV ----------------------------------------------------------------------------------------------

CHINESE = "姓名,手机\n张伟,13800138000\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (CHINESE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + CHINESE.encode("utf-8"), "utf-8-sig"),
    (CHINESE.encode("gbk"), "gb18030"),
    (CHINESE.replace("张伟", "𠮷伟").encode("gb18030"), "gb18030"),
], ids=["utf-8", "utf-8-bom", "gbk", "gb18030"])
def test_csv_encodings_are_detected(tmp_path, data, encoding):
    path = tmp_path / "contacts.csv"
    path.write_bytes(data)
    table = open_table(path)
    assert (table.format, table.encoding) == ("csv", encoding)
    rows = list(table.rows())
    assert rows[0] == ["姓名", "手机"]  # no BOM left in the first header
    assert rows[1][0] in ("张伟", "𠮷伟")
    assert rows[1][1] == "13800138000"


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("姓名\t手机\r\n张伟\t13800138000\r\n".encode("utf-16"))
    table = open_table(path)
    assert table.encoding == "utf-16"
    assert list(table.rows()) == [["姓名", "手机"], ["张伟", "13800138000"]]


def test_utf16_without_bom_is_recognised_by_its_nul_bytes(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes("Name\tMobile\r\nZhang\t13800138000\r\n".encode("utf-16-le"))
    table = open_table(path)
    assert table.encoding == "utf-16-le"
    assert list(table.rows())[1] == ["Zhang", "13800138000"]


def test_semicolons_and_quoted_line_breaks(tmp_path):
    path = tmp_path / "european.csv"
    path.write_text('Name;Notes;City\n"Müller; Hans";"first line\nsecond line";Köln\n', encoding="utf-8")
    table = open_table(path)
    assert list(table.rows()) == [["Name", "Notes", "City"], ["Müller; Hans", "first line\nsecond line", "Köln"]]


def test_excel_sep_line_names_the_delimiter(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=|\nName|Mobile\nZhang, Wei|138\n", encoding="utf-8")
    assert list(open_table(path).rows()) == [["Name", "Mobile"], ["Zhang, Wei", "138"]]


def test_gbk_after_two_megabytes_of_ascii(tmp_path):
    path = tmp_path / "late.csv"
    line = b"name,mobile\n"
    with open(path, "wb") as f:
        f.write(line * ((2 << 20) // len(line) + 1))
        f.write("张伟,13800138000\n".encode("gbk"))
    table = open_table(path)
    assert table.encoding == "gb18030"
    *_, last = table.rows()
    assert last == ["张伟", "13800138000"]
    assert abs(table.estimated_rows() - (2 << 20) // len(line)) < 10


def test_an_explicit_encoding_wins(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(CHINESE.encode("gbk"))
    table = open_table(path, encoding="gbk")
    assert table.encoding == "gbk"
    assert list(table.rows())[1] == ["张伟", "13800138000"]


def test_a_wrong_encoding_names_the_line(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(b"name,mobile\n" + "张伟,13800138000\n".encode("gbk"))
    error = _error(path, encoding="utf-8")
    assert error.params["line"] == 2
    assert str(error) == "Line 2 cannot be read as UTF-8 text. Choose another encoding and import again."


def test_a_bad_byte_far_into_the_file_names_its_line(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(CHINESE.encode("utf-8") + b"a,b\n" * 400_000 + "李娜,139\n".encode("gbk"))
    table = open_table(path)
    assert table.encoding == "utf-8"
    with pytest.raises(InterchangeError) as caught:
        list(table.rows())
    assert caught.value.params["line"] == 400_003


def test_an_unknown_encoding_is_an_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("a,b\n")
    assert str(_error(path, encoding="klingon")) == "Unknown text encoding: klingon."


def test_header_only_and_empty_rows(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("Name,Mobile\n", encoding="utf-8")
    table = open_table(path)
    assert list(table.rows()) == [["Name", "Mobile"]]
    assert table.estimated_rows() == 1
    assert table.sheets() == [SheetInfo("header")]
    path.write_text("Name,Mobile\n\nZhang,1\n", encoding="utf-8")
    assert list(open_table(path).rows()) == [["Name", "Mobile"], [], ["Zhang", "1"]]


def test_a_single_column_falls_back_to_commas(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name\nZhang Wei\nLi Na\n", encoding="utf-8")
    assert list(open_table(path).rows()) == [["Name"], ["Zhang Wei"], ["Li Na"]]


# Files that cannot be imported ----------------------------------------------------------------------

def test_an_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert str(_error(path)) == "The file is empty."


def test_a_missing_file(tmp_path):
    assert "cannot be opened" in str(_error(tmp_path / "gone.xlsx"))


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    bytes(range(256)) * 4,
], ids=["png", "pdf", "binary"])
def test_binary_files_are_not_tables(tmp_path, data):
    path = tmp_path / "picture.csv"
    path.write_bytes(data)
    assert _error(path).message == NOT_A_TABLE


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert _error(path).message == NOT_A_TABLE


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_UNCOMPRESSED", 1 << 20)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"\0" * (10 << 20))
    assert str(_error(path)) == "This file would unpack to more than 1 MB; it is not imported."


def test_a_damaged_workbook(xlsx):
    data = xlsx.read_bytes()
    xlsx.write_bytes(data[: len(data) // 2])
    assert "damaged" in str(_error(xlsx))


PASSWORD = "This workbook is protected with a password."


def test_an_encrypted_xlsx(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(_compound_file("EncryptionInfo", "EncryptedPackage"))
    assert str(_error(path)).startswith(PASSWORD)


def test_an_encrypted_xls(tmp_path):
    book = xlwt.Workbook()
    book.add_sheet("Sheet1").write(0, 0, "secret")
    path = tmp_path / "secret.xls"
    book.save(path)
    data = bytearray(path.read_bytes())
    # Replace the two records after BOF (INTERFACEHDR, MMS: 12 bytes) by a FILEPASS of the same size.
    after_bof = 512 + 4 + 16
    assert data[after_bof:after_bof + 2] == b"\xe1\x00"
    data[after_bof:after_bof + 12] = bytes.fromhex("2f00" "0800" "0000" "1234" "3456" "0000")
    path.write_bytes(data)
    assert str(_error(path)).startswith(PASSWORD)


def test_an_ole_file_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "letter.xls"
    path.write_bytes(_compound_file("WordDocument", "1Table"))
    assert _error(path).message == NOT_A_TABLE
