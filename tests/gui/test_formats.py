"""One date, time, phone and count format per language, and codes in words, wherever the window shows them."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.controllers.security.audit import AuditFilter
from crm_desktop.domain.customers.entities import AccountInput, ContactInput, DuplicateCandidate
from crm_desktop.gui.common.formats import (
    counted,
    date_format,
    date_text,
    datetime_text,
    phone_text,
    region_name,
    set_home_region,
    time_text,
)
from crm_desktop.gui.customers.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.security.audit_model import cells, changes_text
from crm_desktop.gui.shell.settings_dialog import SettingsDialog
from crm_desktop.gui.shell.translation import install_translators
from crm_desktop.gui.sync.issues import SyncIssuesDialog
from crm_desktop.store.models import Conflict
from tests.gui.conftest import on_worker

ROOT = Path(__file__).resolve().parents[2]
MOMENT = datetime(2026, 12, 7, 3, 17, tzinfo=UTC)


@contextmanager
def speaking(qapp, language: str):
    install_translators(qapp, language)
    try:
        yield
    finally:
        install_translators(qapp, "en")


@pytest.fixture
def home_cn():
    set_home_region("CN")
    yield
    set_home_region("CN")


def test_dates_and_times_follow_the_language_with_a_four_digit_year(qapp):
    local = MOMENT.astimezone()
    assert date_text("2026-07-01") == date_text(date(2026, 7, 1)) == "7/1/2026"
    assert datetime_text(MOMENT) == datetime_text("2026-12-07T03:17:00.000000Z")
    assert re.fullmatch(rf"{local.month}/{local.day}/{local.year} {local.hour % 12 or 12}:17\s[AP]M",
                        datetime_text(MOMENT))
    assert time_text(MOMENT) == f"{local.hour % 12 or 12}:17\u202f{'AM' if local.hour < 12 else 'PM'}"  # CLDR's space
    assert date_format() == "M/d/yyyy"
    with speaking(qapp, "zh_CN"):
        assert date_text("2026-07-01") == "2026/7/1"
        assert datetime_text(MOMENT) == f"{local.year}/{local.month}/{local.day} {local.hour:02d}:17"
    assert date_text(None) == datetime_text("") == time_text(None) == ""
    assert date_text("not a date") == "not a date"  # a value an import kept as typed


def test_phones_read_the_national_way_at_home_and_internationally_abroad(home_cn):
    assert phone_text("+8616633290379") == "166 3329 0379"
    assert phone_text("+861065529988;ext=8001") == "010 6552 9988 ext. 8001"
    assert phone_text("+12125550142") == "+1 212-555-0142"
    set_home_region("US")
    assert phone_text("+12125550142") == "(212) 555-0142"
    assert phone_text("+8616633290379") == "+86 166 3329 0379"


def test_counts_and_regions_use_the_language_s_brackets_and_names(qapp):
    assert counted("Deals", 3) == "Deals (3)" and counted("Service", 1204) == "Service (1,204)"
    assert region_name("DE") == "Germany"
    with speaking(qapp, "zh_CN"):
        assert counted("服务", 0) == "服务（0）"
        assert region_name("DE") == "德国"


def test_settings_lists_phone_regions_by_their_names_in_the_user_s_language(qtbot, qapp, prefs):
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    items = [dialog.form.regionCombo.itemText(i) for i in range(dialog.form.regionCombo.count())]
    assert items[:2] == ["China (CN)", "Hong Kong SAR China (HK)"] and "Germany (DE)" in items
    assert not any("Default" in item for item in items)
    with speaking(qapp, "zh_CN"):
        chinese = SettingsDialog(prefs)
        qtbot.addWidget(chinese)
        assert chinese.form.regionCombo.itemText(0) == "中国（CN）"
        assert "德国（DE）" in [chinese.form.regionCombo.itemText(i) for i in range(chinese.form.regionCombo.count())]


def test_the_duplicates_dialog_writes_the_mobile_as_every_list_does(qtbot, home_cn):
    dialog = DuplicatesDialog([DuplicateCandidate("contact", "c1", "张伟", "恒通贸易", ("Same mobile",),
                                                  "+8616633290379", "zhang@example.cn")])
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert "恒通贸易 · 166 3329 0379 · zhang@example.cn" in text and "+86" not in text


def test_the_audit_log_words_codes_phones_and_times(qapp, crm, home_cn):
    account = crm.customers.create_account(AccountInput(name="上海电气", status="prospect", source="referral"))
    crm.customers.create_contact(ContactInput(name="王芳", account_id=account.id, mobile="13912345678",
                                              birthday=date(1990, 5, 4)))
    rows = on_worker(lambda: crm.audit.page(crm.audit.query(AuditFilter()), 0, 100))
    made = {row.entity: row for row in rows if row.action == "create"}
    account_text, contact_text = changes_text(made["account"]), changes_text(made["contact"])
    assert "Status: Prospect" in account_text and "Source: Referral" in account_text
    assert "Mobile: 139 1234 5678" in contact_text and "Birthday: 5/4/1990" in contact_text
    assert cells(made["contact"])[0] == datetime_text(made["contact"].at)
    stage = next((row for row in rows if row.entity == "pipeline_stage" and "key" in row.changes
                  and row.changes["key"][-1] == "lost"), None)
    with speaking(qapp, "zh_CN"):
        assert "状态：意向客户" in changes_text(made["account"])
        if stage is not None:  # the shipped stages, when their creation was journalled on this computer
            assert "标准阶段：输单" in changes_text(stage)


def test_a_sync_conflict_shows_the_values_in_words(qtbot, crm, jobs):
    account = crm.customers.create_account(AccountInput(name="恒通贸易", status="customer"))
    with crm.store.sessions() as s:
        s.add(Conflict(kind="conflict", entity="account", record_id=account.id, field="status",
                       base="lead", mine="customer", theirs="dormant"))
        s.commit()
        assert s.scalars(select(Conflict)).first() is not None
    dialog = SyncIssuesDialog(crm.sync, jobs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert (dialog.base_label.text(), dialog.mine_label.text(), dialog.theirs_label.text()) == (
        "Lead", "Customer", "Dormant")
    assert not dialog.empty.is_shown()


def test_the_window_formats_through_one_module():
    """No page writes dates or phones its own way again: the domain's plain-text helpers are for the command
    line and files, and dates on screen never go through strftime."""
    gui = ROOT / "crm_desktop" / "gui"
    months = {"sales/pipeline_page.py", "sales/forecast_page.py"}  # "2030-03": a month, the reports' own key
    offenders = []
    for path in gui.rglob("*.py"):
        text, name = path.read_text(encoding="utf-8"), path.relative_to(gui).as_posix()
        if "domain.common.display" in text or (".strftime(" in text and name not in months):
            offenders.append(name)
    assert offenders == []
