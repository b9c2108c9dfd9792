"""Sync issues in the window: the record's banner, the three-way comparison, and settling a
conflict by keeping mine (a new edit for the next sync) or theirs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from crm_desktop.domain.entities import ContactInput
from crm_desktop.gui.sync_issues import SyncIssuesDialog
from crm_desktop.store.models import Conflict, OutboxEntry

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "tmp"


def _conflict(crm, record_id: str) -> None:
    with crm.store.sessions() as s:
        s.add(Conflict(kind="conflict", entity="contact", record_id=record_id, field="title",
                       base="经理", mine="销售总监", theirs="副总经理"))
        s.commit()


def test_a_record_with_a_conflict_shows_a_banner_and_the_dialog_settles_it(qtbot, window, crm):
    made = crm.customers.create_contact(ContactInput(name="张伟", title="副总经理"))
    _conflict(crm, made.id)
    window.refresh()
    window.customers.select_first_row()
    detail = window.customers.detail
    qtbot.waitUntil(lambda: detail.sync_banner.isVisible())
    assert "need your decision" in detail.sync_banner.text()

    dialog = window.show_sync_issues()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert (dialog.base_label.text(), dialog.mine_label.text(), dialog.theirs_label.text()) == (
        "经理", "销售总监", "副总经理")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync-issues.png"))
    with crm.store.sessions() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    dialog.keep_mine.click()
    assert dialog.model.rowCount() == 0
    assert crm.customers.get_contact(made.id).title == "销售总监"
    with crm.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before + 1  # sent next sync
    dialog.close()
    window.customers.select_first_row()
    detail.show_record(detail.record, detail.entity)
    assert not detail.sync_banner.isVisible()


def test_keep_theirs_settles_without_a_new_edit(qtbot, window, crm):
    made = crm.customers.create_contact(ContactInput(name="李娜", title="副总经理"))
    _conflict(crm, made.id)
    dialog = SyncIssuesDialog(crm.sync, window)
    qtbot.addWidget(dialog)
    with crm.store.sessions() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    dialog.keep_theirs.click()
    assert crm.sync.issues() == [] and crm.customers.get_contact(made.id).title == "副总经理"
    with crm.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before
