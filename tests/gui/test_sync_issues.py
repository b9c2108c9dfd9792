"""Sync issues in the window: the record's banner, the three-way comparison, and settling a
conflict by keeping mine (a new edit for the next sync) or theirs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.gui.sync.issues import SyncIssuesDialog
from crm_desktop.store.models import Conflict, OutboxEntry
from tests.gui.conftest import settle

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
    window.page("customers").select_first_row()
    detail = window.page("customers").detail
    qtbot.waitUntil(lambda: detail.sync_banner.isVisible())
    assert "needs your decision" in detail.sync_banner.text()

    dialog = window.commands("sync").show_sync_issues()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert (dialog.base_label.text(), dialog.mine_label.text(), dialog.theirs_label.text()) == (
        "经理", "销售总监", "副总经理")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync-issues.png"))
    with crm.store.sessions() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    dialog.keep_mine.click()
    settle(qtbot, window.jobs)
    assert dialog.model.rowCount() == 0
    assert crm.customers.get_contact(made.id).title == "销售总监"
    with crm.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before + 1  # sent next sync
    dialog.close()
    window.page("customers").select_first_row()
    detail.show_record(detail.record, detail.entity)
    settle(qtbot, window.jobs)
    assert not detail.sync_banner.isVisible()


def test_keep_theirs_settles_without_a_new_edit(qtbot, window, crm):
    made = crm.customers.create_contact(ContactInput(name="李娜", title="副总经理"))
    _conflict(crm, made.id)
    dialog = SyncIssuesDialog(crm.sync, window.jobs, window)
    qtbot.addWidget(dialog)
    settle(qtbot, window.jobs)
    with crm.store.sessions() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    dialog.keep_theirs.click()
    settle(qtbot, window.jobs)
    assert crm.sync.issues() == [] and crm.customers.get_contact(made.id).title == "副总经理"
    with crm.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before


def test_a_rejected_change_is_fixed_in_the_dialog_and_sent_again(qtbot, window, crm):
    made = crm.customers.create_account(AccountInput(name="华为技术有限公司", city="深圳"))
    with crm.store.sessions() as s:
        s.add(Conflict(kind="rejected", entity="account", record_id=made.id, field="",
                       mine={"name": "华为技术有限公司", "city": "深圳", "owner_id": None},
                       reason="city: not a city we serve"))
        s.commit()
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    dialog = SyncIssuesDialog(crm.sync, window.jobs, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window.jobs)
    assert dialog.reason_label.isVisible() and "not a city we serve" in dialog.reason_label.text()
    assert not dialog.compare.isVisible() and dialog.retry.isVisible()
    form = dialog.fix_form
    assert set(form.edits) == {"name", "city"}  # the owner is a reference: shown, not typed
    assert form.edits["city"].text() == "深圳"

    form.edits["name"].clear()  # a required field left empty: said under it, nothing settled
    dialog.retry.click()
    settle(qtbot, window.jobs)
    assert form.errors["name"].isVisible() and form.errors["name"].text()
    assert len(crm.sync.issues()) == 1

    form.edits["name"].setText("华为技术有限公司")
    form.edits["city"].setText("东莞")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync-issue-fix.png"))
    dialog.retry.click()
    settle(qtbot, window.jobs)
    assert crm.sync.issues() == [] and dialog.model.rowCount() == 0
    assert crm.customers.get_account(made.id).city == "东莞"
    with crm.store.sessions() as s:
        entries = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()[before:]
    # The fixed city as an edit of its own, and the rest of the change again.
    assert sorted(sorted(e.changes) for e in entries) == [["city"], ["name", "owner_id"]]
