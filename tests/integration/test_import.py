"""Importing contacts and accounts into a real store: counts, duplicates, dry run, errors, atomicity."""

import hashlib
from datetime import date

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from crm_desktop.domain.customers.entities import ContactInput, ListFilter
from crm_desktop.domain.exchange.imports import DuplicatePolicy, ImportOptions, RowAction
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.store.models import Contact
from crm_desktop.store.unit_of_work import UnitOfWork
from tests.fakes import RecordingState


def make_xlsx(path, rows, title=None, sheet="联系人"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(r) for r in rows))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


HEADER = ["姓名", "手机", "电话", "邮箱", "公司", "职位", "生日", "备注"]
ROWS = [
    ["张伟", 13800138000, "010-62345678", "zhang.wei@huaxin.cn", "上海华信科技有限公司", "采购经理",
     date(1985, 3, 12), "展会认识"],
    ["李娜", "'13912345678", None, "li.na@example.com", "上海华信科技有限公司", "财务", None, None],
    ["王芳", "+86 137 0000 1111", None, None, "北京东方贸易有限公司", None, "1990年5月1日", None],
]


def contacts_file(tmp_path, rows=ROWS, name="contacts.xlsx"):
    return make_xlsx(tmp_path / name, [HEADER, *rows], title="2026年展会客户名单")


def count_contacts(crm):
    return crm.customers.count("contact", ListFilter())


def outbox_size(crm):
    with crm.store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()


def test_import_repairs_values_links_companies_and_journals(crm, tmp_path):
    result = crm.imports.run(contacts_file(tmp_path), ImportOptions())
    assert (result.created, result.updated, result.skipped, result.errors) == (3, 0, 0, 0)
    assert result.accounts_created == 2
    hits = crm.search.search("张伟")
    assert [h.name for h in hits] == ["张伟"]
    zhang = crm.customers.get_contact(hits[0].id)
    assert zhang.mobile == "+8613800138000"
    assert zhang.phone == "+861062345678"
    assert zhang.birthday == date(1985, 3, 12)
    assert zhang.account_name == "上海华信科技有限公司"
    wang = crm.customers.get_contact(crm.search.search("王芳")[0].id)
    assert wang.mobile == "+8613700001111" and wang.birthday == date(1990, 5, 1)
    assert crm.search.search("13912345678")[0].name == "李娜"
    assert crm.search.search("zw")[0].name == "张伟"  # pinyin initials indexed
    assert outbox_size(crm) == 5  # three contacts and two companies to push
    assert crm.imports.batches()[0].created == 3


def test_reimport_skips_updates_or_overwrites(crm, tmp_path):
    crm.imports.run(contacts_file(tmp_path), ImportOptions())
    again = crm.imports.run(contacts_file(tmp_path), ImportOptions())
    assert (again.created, again.skipped) == (0, 3)
    changed = [["李娜", "13912345678", "021-55556666", None, None, "财务总监", None, "新备注"]]
    path = contacts_file(tmp_path, changed, "changed.xlsx")
    filled = crm.imports.run(path, ImportOptions(on_duplicate=DuplicatePolicy.UPDATE))
    assert filled.updated == 1
    li = crm.customers.get_contact(crm.search.search("李娜")[0].id)
    assert li.phone == "+862155556666" and li.title == "财务" and li.notes == "新备注"
    crm.imports.run(path, ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE))
    li = crm.customers.get_contact(li.id)
    assert li.title == "财务总监" and li.email == "li.na@example.com"  # empty cells never clear
    assert count_contacts(crm) == 3


def test_duplicates_within_the_file_and_create_anyway(crm, tmp_path):
    rows = [ROWS[0], ["张 伟", "138 0013 8000", None, None, None, None, None, None],
            ["Zhang Wei", None, None, "ZHANG.WEI@huaxin.cn", None, None, None, None]]
    result = crm.imports.run(contacts_file(tmp_path, rows), ImportOptions())
    assert (result.created, result.skipped) == (1, 2)
    assert [p.action for p in result.preview] == [RowAction.CREATE, RowAction.SKIP, RowAction.SKIP]
    anyway = crm.imports.run(contacts_file(tmp_path, rows, "b.xlsx"),
                             ImportOptions(on_duplicate=DuplicatePolicy.CREATE))
    assert anyway.created == 3 and count_contacts(crm) == 4


def test_dry_run_reports_exactly_and_writes_nothing(crm, tmp_path):
    crm.customers.create_contact(ContactInput(name="李娜", mobile="13912345678"))
    before = outbox_size(crm)
    dry = crm.imports.run(contacts_file(tmp_path), ImportOptions(dry_run=True))
    assert (dry.created, dry.skipped, dry.batch_id) == (2, 1, None)
    assert dry.preview[0].values["mobile"] == "+8613800138000"
    assert count_contacts(crm) == 1 and outbox_size(crm) == before
    assert crm.imports.batches() == []
    real = crm.imports.run(contacts_file(tmp_path), ImportOptions())
    assert (real.created, real.skipped) == (dry.created, dry.skipped)


def test_odd_values_are_kept_for_review_and_only_nameless_rows_are_refused(crm, tmp_path):
    rows = [ROWS[0], ["", "13700000000", None, None, None, None, None, None],
            ["赵磊", "1.38001E+10", None, "not-an-email", None, None, None, None],
            ["陈静", None, None, None, None, None, "2024-02-30", None],
            ["", None, None, None, None, "经理", None, "只有职位"]]
    result = crm.imports.run(contacts_file(tmp_path, rows), ImportOptions())
    assert (result.created, result.errors, result.warnings) == (4, 1, 4)
    with UnitOfWork(crm.store) as uow:
        people = {c.name: c for c in uow.session.query(Contact)}
        uow.session.expunge_all()
    assert people["赵磊"].mobile is None and people["赵磊"].email is None
    assert [(n["field"], n["value"], n["row"]) for n in people["赵磊"].review] == [
        ("mobile", "1.38001E+10", 5), ("email", "not-an-email", 5)]
    assert people["陈静"].review[0]["field"] == "birthday" and people["陈静"].birthday is None
    assert people["+8613700000000"].mobile == "+8613700000000"  # named after its number until corrected
    book = CalamineWorkbook.from_path(str(result.error_report))
    errors = book.get_sheet_by_name("Errors").to_python()
    assert errors[0][:3] == ["Sheet", "Row", "Reason"]
    assert [r[:2] for r in errors[1:]] == [["联系人", 7]]
    assert "names a person" in errors[1][2] and errors[1][3:5] == ["", ""]
    warnings = book.get_sheet_by_name("Warnings").to_python()
    assert [r[1:4] for r in warnings[1:]] == [[4, "Name", ""], [5, "Mobile", "1.38001E+10"],
                                              [5, "E-mail", "not-an-email"], [6, "Birthday", "2024-02-30"]]


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), "not a spreadsheet"),
    (lambda p: make_xlsx(p, [HEADER]), "no data"),
])
def test_unusable_files_get_a_clear_message_and_change_nothing(crm, tmp_path, make, message):
    path = tmp_path / "bad.xlsx"
    make(path)
    with pytest.raises(InterchangeError) as info:
        crm.imports.run(path, ImportOptions())
    assert message in str(info.value).lower()
    assert crm.is_empty() and outbox_size(crm) == 0 and crm.imports.batches() == []


def test_cancelled_import_leaves_the_store_as_it_was(crm, tmp_path):
    rows = [[f"客户{i}", f"139{i:08d}", None, None, None, None, None, None] for i in range(5000)]
    state = RecordingState(cancel_after=1)
    with pytest.raises(Exception) as info:
        crm.imports.run(contacts_file(tmp_path, rows), ImportOptions(), state)
    assert type(info.value).__name__ == "TaskCancelledError"
    assert crm.is_empty() and outbox_size(crm) == 0


def test_accounts_import_understands_chinese_choices(crm, tmp_path):
    path = make_xlsx(tmp_path / "accounts.xlsx", [
        ["客户名称", "客户级别", "客户状态", "客户来源", "电话", "城市"],
        ["深圳市腾达电子有限公司", "A", "成交客户", "展会", "0755-86001234", "深圳"],
        ["深圳市腾达电子（深圳）", "B", "潜在客户", "转介绍", None, None],
        ["杭州云帆网络", "C", "外星人", None, None, None],
    ])
    result = crm.imports.run(path, ImportOptions(entity="account"))
    assert (result.created, result.skipped, result.errors, result.warnings) == (2, 1, 0, 1)  # 外星人 kept for review
    hit = crm.search.search("腾达")[0]
    account = crm.customers.get_account(hit.id)
    assert (account.level, account.status, account.source, account.city) == ("A", "customer", "exhibition", "深圳")


def test_saved_mapping_is_offered_again(crm, tmp_path):
    path = make_xlsx(tmp_path / "odd.xlsx", [["Kolonne1", "Kolonne2"], ["张伟", "13800138000"]])
    overview = crm.imports.inspect(path)
    assert overview.mapping == [None, None]
    crm.imports.run(path, ImportOptions(mapping=("name", "mobile")))
    again = crm.imports.inspect(path)
    assert again.mapping == ["name", "mobile"] and again.mapping_saved


def test_a_polyphone_never_merges_two_people_whose_numbers_differ(crm, tmp_path):
    # 曾伟 reads zeng or ceng: similar to 曾玮/曾伟 by pinyin, but their mobiles and e-mails differ.
    rows = [["曾伟", "13800138001", None, "zeng@huaxin.cn", "华信科技", None, None, None],
            ["曾玮", "13900139002", None, "ceng@huaxin.cn", "华信科技", None, None, None],
            ["曾 伟", None, None, None, "华信科技", "经理", None, None]]  # nothing that tells: the same person
    result = crm.imports.run(contacts_file(tmp_path, rows), ImportOptions(on_duplicate=DuplicatePolicy.UPDATE))
    assert (result.created, result.updated) == (2, 1)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".vcf"])
def test_reimporting_the_apps_own_export_creates_nobody(crm, tmp_path, suffix):
    header = ["姓名", "电话", "传真", "公司", "家庭电话"]
    rows = [["孙丽", "010-62345678转8001", None, "华信科技", None],  # a landline only
            ["周强", None, "021-50801235", "华信科技", None],  # a fax only
            ["吴敏", None, None, None, "0755-26668888"],  # a home phone and no company
            ["郑洁", None, None, None, None]]  # a name and nothing else
    crm.imports.run(make_xlsx(tmp_path / "in.xlsx", [header, *rows]), ImportOptions())
    before = count_contacts(crm)
    out = tmp_path / f"out{suffix}"
    crm.exports.export_records("contact", out)
    again = crm.imports.run(out, ImportOptions(on_duplicate=DuplicatePolicy.UPDATE))
    assert (again.created, again.updated, again.errors) == (0, 0, 0)
    assert count_contacts(crm) == before == 4


def _setting(conn, sql):
    return conn.exec_driver_sql(sql).scalar()


def _file_digest(crm) -> str:
    """In WAL mode only a checkpoint writes the database file itself."""
    return hashlib.sha256(crm.store.path.read_bytes()).hexdigest()


def test_the_import_leaves_its_checkpoint_to_a_thread_and_gives_settings_back(crm, tmp_path):
    """The log is copied into the file by a background checkpoint after the commit, and the pooled
    connection and the search index get their everyday settings back."""
    with crm.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _file_digest(crm)
    crm.imports.run(contacts_file(tmp_path), ImportOptions())
    crm.store.checkpointer.wait()
    assert _file_digest(crm) != before  # the small log never reached the commit's threshold
    with crm.store.engine.connect() as conn:
        assert _setting(conn, "PRAGMA wal_autocheckpoint") == 1000
        hash_size = _setting(conn, "SELECT v FROM search_trigram_config WHERE k = 'hashsize'")
    assert hash_size == 64 * 1024 * 1024
    assert [h.name for h in crm.search.search("李娜")] == ["李娜"]


def test_a_failed_import_gives_the_connection_its_checkpoints_back(crm, tmp_path):
    bad = make_xlsx(tmp_path / "bad.xlsx", [HEADER])  # a header row and no data: refused
    with pytest.raises(InterchangeError):
        crm.imports.run(bad, ImportOptions())
    with crm.store.engine.connect() as conn:
        assert _setting(conn, "PRAGMA wal_autocheckpoint") == 1000
