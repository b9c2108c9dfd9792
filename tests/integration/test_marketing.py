"""Marketing on a real store: segments counted and listed, templates checked and previewed,
campaigns launched from a segment, members moved forward, and the effect of each campaign."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.marketing.rules import CampaignInput, SegmentInput, SegmentRule, TemplateInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.store.models import CampaignMember, OutboxEntry


@pytest.fixture
def territory(crm):
    """Two accounts in 上海 (A, B), one in 成都 (C), with five contacts."""
    c = crm.customers
    sh_a = c.create_account(AccountInput(name="上海电气", level="A", status="customer", province="上海",
                                         city="上海", industry="制造业"))
    sh_b = c.create_account(AccountInput(name="上海家化", level="B", status="prospect", city="上海"))
    cd = c.create_account(AccountInput(name="成都银行", level="A", status="customer", city="成都",
                                       tags=("VIP",)))
    people = {
        "wang": c.create_contact(ContactInput(name="王芳", account_id=sh_a.id, email="wang@example.cn",
                                              title="采购经理", tags=("VIP",))),
        "li": c.create_contact(ContactInput(name="李强", account_id=sh_a.id, email="li@example.cn",
                                            do_not_contact=True)),
        "zhang": c.create_contact(ContactInput(name="张伟", account_id=sh_b.id)),
        "liu": c.create_contact(ContactInput(name="刘洋", account_id=cd.id, email="liu@example.cn",
                                             unsubscribed=True)),
        "solo": c.create_contact(ContactInput(name="陈静", email="chen@example.cn")),
    }
    return {"sh_a": sh_a, "sh_b": sh_b, "cd": cd, **people}


def test_segments_count_what_their_rules_pick(crm, territory):
    m = crm.marketing
    assert m.count(SegmentRule()) == 5
    assert m.count(SegmentRule(cities=("上海",))) == 3
    assert m.count(SegmentRule(cities=("上海",), levels=("A",))) == 2
    assert m.count(SegmentRule(tags=("VIP",))) == 1  # the contact's own tags
    assert m.count(SegmentRule(target="account", tags=("VIP",))) == 1
    assert m.count(SegmentRule(target="account", levels=("A",))) == 2
    assert m.count(SegmentRule(has_email=False)) == 1
    stage = crm.sales.stages()[0]
    crm.sales.create(OpportunityInput(name="电机改造", account_id=territory["sh_b"].id, stage_id=stage.id,
                                      amount=Decimal(50000)))
    assert set(m.segment_ids(SegmentRule(has_open_opportunity=True))) == {territory["zhang"].id}
    assert m.count(SegmentRule(has_open_opportunity=False)) == 4  # the contact without an account too
    crm.activities.log(ActivityInput(kind="call", subject="回访", contact_id=territory["wang"].id,
                                     occurred_at=utcnow()))
    week_ago = date.today() - timedelta(days=7)
    assert set(m.segment_ids(SegmentRule(active_since=week_ago))) == {territory["wang"].id}
    assert m.count(SegmentRule(inactive_since=week_ago)) == 4

    saved = m.save_segment(SegmentInput("上海A类客户", SegmentRule(cities=("上海",), levels=("A",))))
    assert m.segment_named("上海A类客户").rule == saved.rule and m.count_segment(saved.id) == 2
    with pytest.raises(ValidationError) as error:
        m.save_segment(SegmentInput("上海A类客户", SegmentRule()))
    assert set(error.value.errors) == {"name"}


def test_a_template_with_an_unknown_placeholder_is_refused_and_a_good_one_previews(crm, territory):
    m = crm.marketing
    with pytest.raises(ValidationError) as error:
        m.save_template(TemplateInput("邀请函", "{{name}} 您好", "尊敬的{{nmae}}:"))
    assert set(error.value.errors) == {"body"}
    with pytest.raises(ValidationError):
        m.save_template(TemplateInput("邀请函", "{{name 您好", "正文"))
    template = m.save_template(TemplateInput("邀请函", "{{name}}，{{campaign}}邀请",
                                             "尊敬的{{name}}（{{company}}{{title}}）："))
    campaign = m.save_campaign(CampaignInput("春季新品发布会", template_id=template.id))
    subject, body = m.preview(template, territory["wang"].id, campaign.id)
    assert subject == "王芳，春季新品发布会邀请" and body == "尊敬的王芳（上海电气采购经理）："


def test_a_campaign_launches_from_its_segment_and_reports_its_effect(crm, territory):
    m = crm.marketing
    segment = m.save_segment(SegmentInput("上海客户", SegmentRule(cities=("上海",))))
    with pytest.raises(ValidationError):
        m.launch(m.save_campaign(CampaignInput("无目标")).id)
    with pytest.raises(ValidationError) as error:
        m.save_campaign(CampaignInput("日期颠倒", start_date="2026-12-01", end_date="2026-11-01"))
    assert set(error.value.errors) == {"end_date"}
    campaign = m.save_campaign(CampaignInput("上海展会", type="exhibition", segment_id=segment.id,
                                             start_date="2026-11-01", budget="20000", actual_cost="12,000"))
    with crm.store.sessions() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert m.launch(campaign.id) == 3
    assert m.launch(campaign.id) == 0  # launching again adds nobody twice
    assert m.campaign(campaign.id).status == "active" and m.campaign(campaign.id).members == 3
    with crm.store.sessions() as s:  # members are synced records: each has its outbox entry
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before + 3 + 1
    assert m.add_members(campaign.id, [territory["solo"].id, territory["wang"].id]) == 1
    members = {x.name: x for x in m.members(campaign.id)}
    assert set(members) == {"王芳", "李强", "张伟", "陈静"}
    assert members["王芳"].reachable and not members["李强"].reachable and not members["张伟"].reachable

    m.set_member_status(members["王芳"].id, "converted")
    m.set_member_status(members["王芳"].id, "responded")  # late reply: stays converted
    m.set_member_status(members["陈静"].id, "responded")
    m.remove_member(members["张伟"].id)
    stage = crm.sales.stages()
    won = next(s for s in stage if s.is_won)
    crm.sales.create(OpportunityInput(name="展会订单", account_id=territory["sh_a"].id, stage_id=won.id,
                                      amount=Decimal(60000), campaign_id=campaign.id))
    crm.sales.create(OpportunityInput(name="展会线索", account_id=territory["sh_a"].id, stage_id=stage[0].id,
                                      amount=Decimal(10000), campaign_id=campaign.id))
    result = m.effect(campaign.id)
    assert (result.members, result.responded, result.converted) == (3, 2, 1)
    assert (result.opportunities, result.won_deals, result.won_revenue) == (2, 1, Decimal("60000.00"))
    assert result.cost_per_lead == Decimal("6000.00") and result.roi == pytest.approx(4.0)
    assert [e.name for e in m.compare()] == ["上海展会", "无目标"]
    with crm.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(CampaignMember)) == 4  # the removed one is a tombstone


def test_a_segment_filters_the_customer_lists_and_their_exports(crm, territory, tmp_path):
    """The list shows what the segment picks, paged and sorted as usual; an account segment lists the
    contacts of its accounts and a contact segment the accounts of its contacts; exports follow."""
    from python_calamine import CalamineWorkbook

    from crm_desktop.domain.customers.entities import ListFilter, ListSort

    c = crm.customers
    shanghai_a = ListFilter(segment=SegmentRule(cities=("上海",), levels=("A",)))
    assert c.count("contact", shanghai_a) == 2
    assert [r[1] for r in c.page("contact", shanghai_a, ListSort("name", True), 0, 10)] == ["王芳", "李强"]
    assert c.count("account", shanghai_a) == 1  # the accounts of the contacts it picks
    accounts_a = ListFilter(segment=SegmentRule(target="account", levels=("A",)))
    assert {r[1] for r in c.page("contact", accounts_a, ListSort(), 0, 10)} == {"王芳", "李强", "刘洋"}
    assert {r[1] for r in c.page("account", accounts_a, ListSort(), 0, 10)} == {"上海电气", "成都银行"}
    # Combined with the list's own filters.
    assert c.count("contact", ListFilter(city="成都", segment=accounts_a.segment)) == 1

    out = tmp_path / "segment.xlsx"
    assert crm.exports.export_records("contact", out, flt=shanghai_a) == 2
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert sorted(r[0] for r in rows[1:]) == ["李强", "王芳"]
