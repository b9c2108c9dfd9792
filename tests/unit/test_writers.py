"""Export writers: XLSX, CSV and vCard files read back, injection-safe, and all-or-nothing on disk."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from crm_desktop.interchange.cells import csv_safe, is_formula_like
from crm_desktop.interchange.csv_writer import write_csv
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.vcard_writer import fold, split_name, write_vcards
from crm_desktop.interchange.xlsx_writer import write_xlsx
from crm_desktop.tasks import TaskCancelledError

ROOT = Path(__file__).resolve().parents[2]
HEADERS = ["姓名", "公司", "手机", "生日", "备注"]
ROWS = [
    ["张伟", "上海华信科技有限公司", "13800138000", date(1985, 6, 15), "=1+1"],
    ["John Smith", None, 13912345678, "1990-11-02", " leading space & <tag>\r\nline two"],
    ["李静", "", "010-62345678", None, -5],
]


def xlsx(tmp_path: Path, rows=ROWS, **kwargs) -> Path:
    path = tmp_path / "out.xlsx"
    kwargs = {"sheet_title": "联系人", "text_columns": {2}, "date_columns": {3}, **kwargs}
    assert write_xlsx(path, HEADERS, rows, **kwargs) == len(rows)
    return path


def test_formula_like_and_csv_safe():
    assert all(is_formula_like(t) for t in ("=1+1", "+86 138", "-2", "@SUM(A1)", "\tx", "\rx"))
    assert not any(is_formula_like(t) for t in ("", "张伟", "'=1", "1-2"))
    assert csv_safe("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert csv_safe(None) == "" and csv_safe(-5) == "-5" and csv_safe(13800138000.0) == "13800138000"
    assert csv_safe(date(2024, 1, 2)) == "2024-01-02"
    assert csv_safe(datetime(2024, 1, 2, 3, 4, 5)) == "2024-01-02 03:04:05"


def test_xlsx_reads_back_with_calamine(tmp_path):
    rows = CalamineWorkbook.from_path(xlsx(tmp_path)).get_sheet_by_index(0).to_python()
    assert rows[0] == HEADERS
    assert rows[1] == ["张伟", "上海华信科技有限公司", "13800138000", date(1985, 6, 15), "=1+1"]
    assert rows[2] == ["John Smith", "", "13912345678", date(1990, 11, 2), " leading space & <tag>\r\nline two"]
    assert rows[3][2:] == ["010-62345678", "", -5]


def test_xlsx_layout_text_cells_and_formats(tmp_path):
    ws = openpyxl.load_workbook(xlsx(tmp_path)).active
    assert ws.title == "联系人"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E4"
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("DDEBF7")
    formula = ws["E2"]
    assert (formula.data_type, formula.value, formula.quotePrefix) == ("s", "=1+1", True)
    for ref, digits in (("C2", "13800138000"), ("C3", "13912345678")):
        assert (ws[ref].value, ws[ref].data_type, ws[ref].number_format) == (digits, "s", "@")
    assert ws["D2"].is_date and ws["D2"].value.date() == date(1985, 6, 15)
    assert ws["D2"].number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["B"].width == 22  # ten Chinese characters count twenty
    assert 8 <= ws.column_dimensions["A"].width <= 50


def test_xlsx_odd_values_do_not_break_the_file(tmp_path):
    rows = [["bell\x07 and vertical\x0btab", "x" * 40000, 123456789012345678, 2.5, True]]
    ws = openpyxl.load_workbook(xlsx(tmp_path, rows=rows, text_columns=set(), date_columns=set())).active
    assert ws["A2"].value == "bell and verticaltab"
    assert len(ws["B2"].value) == 32767
    assert ws["C2"].value == "123456789012345678"  # more digits than Excel keeps
    assert (ws["D2"].value, ws["E2"].value) == (2.5, True)


def test_xlsx_many_rows_report_progress(tmp_path):
    seen = []
    rows = ([f"张{i}", "公司", "13800138000", date(2000, 1, 1), i] for i in range(2500))
    path = tmp_path / "big.xlsx"
    assert write_xlsx(path, HEADERS, rows, sheet_title="x", progress=seen.append) == 2500
    assert seen[-1] == 2500 and seen == sorted(seen) and len(seen) >= 3
    assert len(CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()) == 2501


@pytest.mark.parametrize("writer", ["xlsx", "csv", "vcard"])
def test_cancel_leaves_neither_target_nor_temporary_file(tmp_path, writer):
    path = tmp_path / f"out.{writer}"
    rows = ([f"张{i}", "公司", "13800138000", None, ""] for i in range(5000))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(TaskCancelledError):
        if writer == "xlsx":
            write_xlsx(path, HEADERS, rows, sheet_title="x", cancelled=cancelled)
        elif writer == "csv":
            write_csv(path, HEADERS, rows, cancelled=cancelled)
        else:
            write_vcards(path, ({"name": r[0]} for r in rows), cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")

    def rows():
        yield ["a"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_csv(path, ["h"], rows())
    assert path.read_text(encoding="utf-8") == "old" and list(tmp_path.iterdir()) == [path]


def test_unwritable_target_is_an_interchange_error(tmp_path):
    with pytest.raises(InterchangeError) as caught:
        write_xlsx(tmp_path / "missing" / "out.xlsx", HEADERS, ROWS, sheet_title="x")
    assert "out.xlsx" in str(caught.value) and caught.value.message.startswith("Cannot write {path}")


def test_csv_utf8_has_bom_crlf_and_escaped_formulas(tmp_path):
    path = tmp_path / "out.csv"
    rows = [["=cmd|' /C calc'!A0", "多行\n备注", date(2024, 1, 2)], ["+86 138", "-5", 13800138000]]
    assert write_csv(path, ["a", "b", "c"], rows) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 3 and data.replace(b"\r\n", b"").count(b"\n") == 1  # the one inside quotes
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parsed == [["a", "b", "c"], ["'=cmd|' /C calc'!A0", "多行\n备注", "2024-01-02"],
                      ["'+86 138", "'-5", "13800138000"]]


def test_csv_gbk_encodes_chinese_and_names_what_it_cannot(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["姓名", "备注"], [["张伟", "上海"]], encoding="gbk")
    assert path.read_bytes().decode("gbk") == "姓名,备注\r\n张伟,上海\r\n"
    rows = [["张伟", "ok"]] * 1500 + [["李静", "微信名 😀"]]
    with pytest.raises(InterchangeError) as caught:
        write_csv(path, ["姓名", "备注"], rows, encoding="gbk")
    assert caught.value.params["row"] == 1502 and caught.value.params["column"] == "备注"
    assert "😀" in str(caught.value) and "UTF-8" in str(caught.value)
    assert path.read_bytes().decode("gbk") == "姓名,备注\r\n张伟,上海\r\n"  # the earlier export stays
    write_csv(path, ["姓名"], [["𠮷野家 😀"]], encoding="gb18030")
    assert path.read_bytes().decode("gb18030") == "姓名\r\n𠮷野家 😀\r\n"


def test_vcard_fields_escaping_and_names(tmp_path):
    path = tmp_path / "out.vcf"
    cards = [
        {"name": "欧阳娜娜", "company": "远景; 贸易", "department": "采购部", "mobile": "+8613800138000",
         "phone": "010-62345678", "email": "nana@example.cn", "birthday": date(1990, 11, 2),
         "notes": "第一行\r\n第二行, a\\b", "wechat": "nana_88", "tags": "VIP，展会", "city": "北京市",
         "street": "中关村大街1号", "province": "北京市", "country": "中国", "title": "总监"},
        {"name": "John Smith", "email": "john@example.com"},
    ]
    assert write_vcards(path, cards) == 2
    text = path.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:3.0\r\n") == 2 and text.endswith("END:VCARD\r\n")
    for line in ("FN:欧阳娜娜", "N:欧阳;娜娜;;;", "ORG:远景\\; 贸易;采购部", "TEL;TYPE=CELL:+8613800138000",
                 "TEL;TYPE=WORK,VOICE:010-62345678", "EMAIL;TYPE=INTERNET:nana@example.cn", "BDAY:1990-11-02",
                 "NOTE:第一行\\n第二行\\, a\\\\b", "X-WECHAT:nana_88", "CATEGORIES:VIP,展会",
                 "ADR;TYPE=WORK:;;中关村大街1号;北京市;北京市;;中国", "TITLE:总监", "N:Smith;John;;;"):
        assert f"\r\n{line}\r\n" in text


def test_split_name():
    assert split_name("欧阳娜娜") == ("欧阳", "娜娜")
    assert split_name("张伟") == ("张", "伟")
    assert split_name("John Smith") == ("Smith", "John")
    assert split_name("Mary Ann Lee") == ("Lee", "Mary Ann")
    assert split_name("Madonna") == ("", "Madonna")


def test_vcard_folding_keeps_utf8_whole(tmp_path):
    line = "NOTE:" + "中文备注😀abc" * 40
    folded = fold(line)
    pieces = folded.split(b"\r\n")
    assert len(pieces) > 1 and all(len(p) <= 75 for p in pieces)
    assert all(p.startswith(b" ") for p in pieces[1:])
    for piece in pieces:
        piece.decode("utf-8")  # no character cut in two
    assert b"".join([pieces[0], *(p[1:] for p in pieces[1:])]).decode("utf-8") == line
    path = tmp_path / "long.vcf"
    write_vcards(path, [{"name": "张伟", "notes": "很长的备注，" * 100}])
    assert max(len(raw) for raw in path.read_bytes().split(b"\r\n")) <= 75


def test_import_template_opens_with_bilingual_headers():
    path = ROOT / "data" / "import-template.xlsx"
    book = CalamineWorkbook.from_path(path)
    assert book.sheet_names == ["联系人 Contacts", "客户 Accounts", "说明 Help"]
    contacts = book.get_sheet_by_index(0).to_python()
    assert contacts[0][0] == "姓名 Name *" and len(contacts) == 4
    assert "13800138000" in contacts[1] and date(1985, 6, 15) in contacts[1]
    ws = openpyxl.load_workbook(path)["联系人 Contacts"]
    mobile = next(c for c in ws[1] if "Mobile" in c.value).column_letter
    assert ws[f"{mobile}2"].data_type == "s" and ws[f"{mobile}900"].number_format == "@"
    accounts = book.get_sheet_by_index(1).to_python()
    assert accounts[0][0] == "客户名称 Company *" and {r[3] for r in accounts[1:]} == {"A", "B"}


def test_locked_target_asks_whether_excel_has_it_open(tmp_path, monkeypatch):
    path = tmp_path / "out.vcf"
    path.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("crm_desktop.interchange.cells.os.replace", locked)
    with pytest.raises(InterchangeError) as caught:
        write_vcards(path, [{"name": "张伟"}])
    assert str(caught.value) == f"Cannot write {path}: is it open in Excel?"
    assert path.read_bytes() == b"old" and list(tmp_path.iterdir()) == [path]
