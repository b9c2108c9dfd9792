"""Stages, opportunities and their stage moves against a real store, with the outbox they leave."""

import sqlite3
from decimal import Decimal as D  # noqa: N817

import pytest

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput
from crm_desktop.domain.sales.entities import LineInput, OpportunityInput, PipelineFilter, ProductInput, StageInput


@pytest.fixture
def account(crm):
    return crm.customers.create_account(AccountInput(name="杭州西湖电子有限公司"))


def outbox(crm, entity):
    with sqlite3.connect(crm.db_path) as conn:
        return conn.execute("SELECT op, changes FROM outbox WHERE entity = ? ORDER BY seq", (entity,)).fetchall()


def test_default_stages_ship_in_the_store_language(crm, tmp_path):
    names = [s.name for s in crm.sales.stages()]
    assert names[:2] == ["New lead", "Qualified"] and names[-2:] == ["Won", "Lost"]
    from crm_desktop.controllers.shell.app import CrmApp

    zh = CrmApp.open(tmp_path / "zh.db", language="zh_CN")
    try:
        assert zh.sales.stages()[0].name == "初步接洽"
    finally:
        zh.close()


def test_a_stage_list_without_a_won_stage_is_refused_and_nothing_changes(crm):
    before = crm.sales.stages()
    rows = [StageInput(s.name, s.probability, False, s.is_lost, s.id) for s in before]
    with pytest.raises(ValidationError) as caught:
        crm.sales.save_stages(rows)
    assert "won stage" in caught.value.errors["stages"]
    assert crm.sales.stages() == before


def test_stage_list_errors_name_the_row(crm):
    rows = [StageInput("", 10), StageInput("Won", 140, True), StageInput("Lost", 0, False, True)]
    with pytest.raises(ValidationError) as caught:
        crm.sales.save_stages(rows)
    assert set(caught.value.errors) == {"stages.0.name", "stages.1.probability"}


def test_stages_are_renamed_reordered_and_added(crm, account):
    stages = crm.sales.stages()
    deal = crm.sales.create(OpportunityInput("Pilot", account_id=account.id, stage_id=stages[1].id))
    rows = [StageInput(s.name, s.probability, s.is_won, s.is_lost, s.id) for s in stages]
    rows[1] = StageInput("需求分析", 30, id=stages[1].id)
    rows.insert(0, StageInput("Cold", 5))
    saved = crm.sales.save_stages(rows)
    assert [s.name for s in saved][:3] == ["Cold", "New lead", "需求分析"]
    assert crm.sales.get(deal.id).stage_name == "需求分析"


def test_a_stage_holding_deals_cannot_be_removed(crm, account):
    stages = crm.sales.stages()
    crm.sales.create(OpportunityInput("Pilot", account_id=account.id, stage_id=stages[1].id))
    rows = [StageInput(s.name, s.probability, s.is_won, s.is_lost, s.id) for s in stages if s.id != stages[1].id]
    with pytest.raises(ValidationError):
        crm.sales.save_stages(rows)
    assert len(crm.sales.stages()) == len(stages)


def test_probability_follows_the_stage_unless_set_by_hand(crm, account):
    stages = crm.sales.stages()
    follows = crm.sales.create(OpportunityInput("A", account_id=account.id, amount="1000"))
    by_hand = crm.sales.create(OpportunityInput("B", account_id=account.id, amount="1000", probability=40))
    assert (follows.probability, by_hand.probability) == (10, 40)
    crm.sales.move_stage(follows.id, stages[2].id)
    crm.sales.move_stage(by_hand.id, stages[2].id)
    assert crm.sales.get(follows.id).probability == 50
    assert crm.sales.get(by_hand.id).probability == 40


def test_won_needs_nothing_lost_needs_a_reason(crm, account):
    stages = {s.name: s for s in crm.sales.stages()}
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id, amount="5000"))
    won = crm.sales.move_stage(deal.id, stages["Won"].id)
    assert (won.after.status, won.after.probability) == ("won", 100) and won.after.closed_at
    with pytest.raises(ValidationError) as caught:
        crm.sales.move_stage(deal.id, stages["Lost"].id, lost_reason="  ")
    assert "lost_reason" in caught.value.errors
    assert crm.sales.get(deal.id).status == "won"
    crm.sales.move_stage(deal.id, stages["Lost"].id, lost_reason="价格太高")
    lost = crm.sales.get(deal.id)
    assert (lost.status, lost.lost_reason, lost.probability) == ("lost", "价格太高", 0)


def test_a_move_is_undone_exactly(crm, account):
    stages = crm.sales.stages()
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id, amount="5000"))
    move = crm.sales.move_stage(deal.id, stages[-1].id, lost_reason="budget cut")
    crm.sales.set_stage_state(deal.id, move.before)
    back = crm.sales.get(deal.id)
    assert (back.stage_id, back.status, back.probability, back.lost_reason, back.closed_at) == (
        stages[0].id, "open", 10, None, None)
    crm.sales.set_stage_state(deal.id, move.after)
    assert crm.sales.get(deal.id).status == "lost"


def test_lines_set_the_amount_unless_it_is_typed(crm, account):
    product = crm.products.create(ProductInput("S-1", "传感器", "台", "1299.50", stock_on_hand="10"))
    line = LineInput(product.id, "3", None, "10")
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id, lines=(line,)))
    assert deal.amount == D("3508.65") and deal.lines[0].unit_price == D("1299.50")
    typed = crm.sales.update(deal.id, OpportunityInput("Deal", account_id=account.id, amount="3000", lines=(line,)))
    assert typed.amount == D("3000.00") and len(typed.lines) == 1
    emptied = crm.sales.update(deal.id, OpportunityInput("Deal", account_id=account.id, amount="3000"))
    assert emptied.lines == ()


def test_bad_lines_are_refused_and_nothing_is_half_saved(crm, account):
    product = crm.products.create(ProductInput("S-1", "传感器", "台", "100"))
    retired = crm.products.create(ProductInput("S-2", "旧型号", "台", "100", active=False))
    lines = (LineInput(product.id, "-2"), LineInput(product.id, "1", None, "150"), LineInput(retired.id, "1"))
    with pytest.raises(ValidationError) as caught:
        crm.sales.create(OpportunityInput("Deal", account_id=account.id, lines=lines))
    assert set(caught.value.errors) == {"lines.0.quantity", "lines.1.discount_pct", "lines.2.product_id"}
    assert crm.sales.count(PipelineFilter(), None) == 0
    assert outbox(crm, "opportunity") == []


def test_an_empty_name_is_refused(crm, account):
    with pytest.raises(ValidationError) as caught:
        crm.sales.create(OpportunityInput("  ", account_id=account.id))
    assert "name" in caught.value.errors


def test_delete_and_restore(crm, account):
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id, amount="100"))
    crm.sales.delete(deal.id)
    assert crm.sales.count(PipelineFilter()) == 0
    crm.sales.restore(deal.id)
    assert crm.sales.count(PipelineFilter()) == 1
    assert [op for op, _ in outbox(crm, "opportunity")] == ["upsert", "delete", "upsert"]


def test_pipeline_totals_per_open_stage_with_filters(crm, account):
    stages = crm.sales.stages()
    me = crm.customers.filter_choices()["owners"][0][0]
    crm.sales.create(OpportunityInput("A", account_id=account.id, amount="1000", stage_id=stages[0].id))
    crm.sales.create(OpportunityInput("B", account_id=account.id, amount="3000", stage_id=stages[2].id))
    crm.sales.create(OpportunityInput("C", account_id=account.id, amount="100", currency="USD",
                                      stage_id=stages[2].id))
    won = crm.sales.create(OpportunityInput("D", account_id=account.id, amount="9999"))
    crm.sales.move_stage(won.id, stages[-2].id)
    totals = {t.stage.name: t for t in crm.sales.pipeline()}
    assert "Won" not in totals and totals["New lead"].count == 1
    assert totals["Proposal"].count == 2
    assert totals["Proposal"].amount == D("3710.00")  # 3000 CNY + 100 USD at 7.1
    assert totals["Proposal"].weighted == D("1855.00")
    assert sum(t.count for t in crm.sales.pipeline(PipelineFilter(owner_id=me))) == 3
    assert sum(t.count for t in crm.sales.pipeline(PipelineFilter(owner_id="nobody"))) == 0
    assert sum(t.count for t in crm.sales.pipeline(PipelineFilter(text="B"))) == 1


def test_an_activity_on_a_deal_moves_its_last_activity(crm, account):
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id, amount="100"))
    crm.activities.log(ActivityInput("call", "报价沟通", opportunity_id=deal.id))
    assert crm.sales.get(deal.id).last_activity_at is not None
    assert crm.customers.get_account(account.id).last_activity_at is not None
    assert [a.subject for a in crm.activities.timeline(opportunity_id=deal.id)] == ["报价沟通"]


def test_renaming_the_account_renames_it_on_deals(crm, account):
    deal = crm.sales.create(OpportunityInput("Deal", account_id=account.id, amount="100"))
    crm.customers.update_account(account.id, AccountInput(name="西湖电子"))
    assert crm.sales.get(deal.id).account_name == "西湖电子"
