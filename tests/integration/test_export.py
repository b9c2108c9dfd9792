"""Export to xlsx, CSV and vCard, and back: the same records in an empty store; no formula injection."""

import json
import os
import signal
import subprocess
import sys
from datetime import date

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from crm_desktop.controllers.exchange.exports import ExportColumn
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput, ContactInput, ListFilter, ListSort
from crm_desktop.domain.customers.sort_keys import name_sort_key
from crm_desktop.domain.exchange.imports import ImportOptions
from crm_desktop.interchange.errors import InterchangeError
from tests.integration.test_import import contacts_file

FIELDS = ("name", "account_name", "title", "department", "mobile", "phone", "email", "wechat",
          "birthday", "tags", "notes")


def fill(crm):
    account = crm.customers.create_account(AccountInput(name="上海华信科技有限公司", city="上海"))
    crm.customers.create_contact(ContactInput(
        name="张伟", account_id=account.id, title="采购经理", department="采购部", mobile="13800138000",
        phone="010-62345678", email="zhang.wei@huaxin.cn", wechat="zw_1985", birthday=date(1985, 3, 12),
        tags=("VIP", "展会"), notes="=HYPERLINK(\"http://evil\")"))
    crm.customers.create_contact(ContactInput(name="John Smith", mobile="+1 415 555 0100",
                                              email="john@example.com", notes="-5 discount; call\tback"))
    crm.customers.create_contact(ContactInput(name="欧阳娜娜", email="nana@example.cn", notes="+86 请回电"))


def records(crm):
    out = []
    for row in crm.customers.page("contact", ListFilter(), ListSort(), 0, 100):
        c = crm.customers.get_contact(row[0])
        out.append(tuple(getattr(c, f) for f in FIELDS))
    return sorted(out)


@pytest.mark.parametrize("name, encoding", [("out.xlsx", None), ("out.csv", None), ("out.csv", "gbk"),
                                            ("out.vcf", None)])
def test_export_then_import_into_an_empty_store_gives_the_same_records(crm, tmp_path, name, encoding):
    fill(crm)
    path = tmp_path / name
    assert crm.exports.export_records("contact", path, encoding=encoding) == 3
    fresh = CrmApp.open(tmp_path / "fresh.db")
    try:
        result = fresh.imports.run(path, ImportOptions())
        assert (result.created, result.errors) == (3, 0)
        assert records(fresh) == records(crm)
    finally:
        fresh.close()


def test_formula_like_text_is_never_a_formula(crm, tmp_path):
    fill(crm)
    crm.exports.export_records("contact", tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    column = next(c.column_letter for c in sheet[1] if c.value == "Notes")
    notes = [c for c in sheet[column][1:] if c.value]
    assert all(c.data_type == "s" for c in notes)
    assert any(c.value == '=HYPERLINK("http://evil")' for c in notes)
    crm.exports.export_records("contact", tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'-5 discount" in text and "'+86 请回电" in text


def test_xlsx_export_is_styled_and_keeps_phones_as_text(crm, tmp_path):
    fill(crm)
    crm.exports.export_records("contact", tmp_path / "out.xlsx", language="zh")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book.active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet["A1"].value == "姓名" and sheet["A1"].font.b
    mobile = next(c for c in sheet["E"][1:] if c.value and "138" in c.value)
    assert mobile.data_type == "s" and mobile.value == "138 0013 8000"


def test_list_view_export_takes_filter_sort_and_columns(crm, tmp_path):
    fill(crm)
    columns = [ExportColumn(1, "Name"), ExportColumn(4, "Mobile", "phone")]
    count = crm.exports.export_view("contact", tmp_path / "view.xlsx", columns, ListFilter(),
                                    ListSort("name", descending=True))
    rows = CalamineWorkbook.from_path(str(tmp_path / "view.xlsx")).get_sheet_by_index(0).to_python()
    assert count == 3
    assert rows[0] == ["Name", "Mobile"]
    assert [r[0] for r in rows[1:]] == sorted([r[0] for r in rows[1:]], key=name_sort_key, reverse=True)  # pinyin


def test_gbk_export_names_a_character_it_cannot_store(crm, tmp_path):
    crm.customers.create_contact(ContactInput(name="王芳😀"))
    with pytest.raises(InterchangeError) as info:
        crm.exports.export_records("contact", tmp_path / "out.csv", encoding="gbk")
    assert "UTF-8" in str(info.value)
    assert not (tmp_path / "out.csv").exists()


def test_vcard_export_is_for_contacts_only(crm, tmp_path):
    with pytest.raises(InterchangeError):
        crm.exports.export_records("account", tmp_path / "out.vcf")


def run_cli(*args, db, check=True, env=None):
    result = subprocess.run([sys.executable, "main.py", "--db", str(db), *args],
                            capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_cli_import_undo_and_export(tmp_path):
    db = tmp_path / "cli.db"
    path = contacts_file(tmp_path)
    dry = json.loads(run_cli("import", "contacts", str(path), "--dry-run", "--json", db=db).stdout)
    assert (dry["created"], dry["batch_id"]) == (3, None)
    done = json.loads(run_cli("import", "contacts", str(path), "--json", db=db).stdout)
    assert set(done) >= {"created", "updated", "skipped", "errors", "batch_id", "error_report"}
    assert (done["created"], done["errors"], done["error_report"]) == (3, 0, None)
    again = json.loads(run_cli("import", "contacts", str(path), "--on-duplicate", "update", "--json",
                               db=db).stdout)
    assert again["created"] == 0
    out = json.loads(run_cli("export", "contacts", str(tmp_path / "out.csv"), "--encoding", "gbk", db=db).stdout)
    assert out["exported"] == 3
    assert "张伟" in (tmp_path / "out.csv").read_bytes().decode("gbk")
    undone = json.loads(run_cli("import", "undo", done["batch_id"], "--json", db=db).stdout)
    assert undone["removed"] == 5  # three contacts and their two companies


def test_cli_refuses_unreadable_files_with_one_line(tmp_path):
    db = tmp_path / "cli.db"
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(100))
    result = run_cli("import", "contacts", str(bad), db=db, check=False)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "not a spreadsheet" in result.stderr


def test_a_killed_import_leaves_the_store_as_it_was(tmp_path):
    db = tmp_path / "kill.db"
    rows = [[f"客户{i}", f"139{i:08d}", None, f"c{i}@example.com", f"公司{i % 300}", None, None, None]
            for i in range(60_000)]
    path = contacts_file(tmp_path, rows, "big.xlsx")
    run_cli("search", "x", db=db)  # create the store
    proc = subprocess.Popen([sys.executable, "main.py", "--db", str(db), "import", "contacts", str(path)],
                            stderr=subprocess.PIPE, text=True)
    reports = 0  # the import reports each 2,000 rows written ("    2,000/60,000"): killed a few reports in
    while proc.poll() is None and reports < 3:
        if proc.stderr.read(1) == "/":
            reports += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    app = CrmApp.open(db)
    try:
        assert app.is_empty() and app.imports.batches() == []
    finally:
        app.close()


def test_cli_import_speaks_the_users_language_in_messages_and_report(tmp_path):
    db = tmp_path / "cli.db"
    path = tmp_path / "c.csv"
    path.write_text("姓名,手机,邮箱\n张伟,13800138000,a@b.cn\n赵磊,1.38001E+10,bad\n合计,2,\n", encoding="utf-8")
    result = run_cli("--lang", "zh_CN", "import", "contacts", str(path), db=db)
    assert "新建 2 条" in result.stderr and "跳过 1 行" in result.stderr
    report = CalamineWorkbook.from_path(json.loads(result.stdout.splitlines()[-1])["error_report"])
    assert report.sheet_names == ["错误", "警告", "跳过的行"]
    assert report.get_sheet_by_name("警告").to_python()[1][2:4] == ["手机", "1.38001E+10"]
    missing = run_cli("--lang", "zh_CN", "import", "contacts", str(tmp_path / "none.csv"), db=db, check=False)
    assert "无法导入" in missing.stderr
    english = run_cli("import", "contacts", str(path), db=tmp_path / "en.db", env={"LANG": "C", "LC_ALL": "C"})
    assert "2 created" in english.stderr
