"""Loss reasons against the real server: every laptop's shipped list is one list, the admin's own reasons
reach the reps, and a deal lost for a reason reaches the manager with its code, so the team's counts agree."""

from __future__ import annotations

import pytest

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import LossReasonInput, OpportunityInput
from tests.sync.laptops import Laptop


@pytest.fixture
def laptops(world, tmp_path):
    client, _ids = world
    opened: list[Laptop] = []

    def laptop(username: str) -> Laptop:
        made = Laptop(client, tmp_path / f"{username}.db", username, tmp_path / "computers" / username)
        opened.append(made)
        return made.log_in()

    yield laptop
    for made in opened:
        made.close()


def test_laptops_in_two_languages_share_one_list_and_the_admins_reasons_reach_the_reps(laptops):
    wang, zhao, boss = laptops("wang"), laptops("zhao"), laptops("boss")
    wang.app.sales.language = "zh_CN"
    chinese = wang.app.sales.loss_reasons()
    wang.sync()
    english = zhao.app.sales.loss_reasons()
    assert [r.id for r in english] == [r.id for r in chinese]  # the same shipped reasons, under the same ids
    zhao.sync()
    zhao.sync()
    assert zhao.app.sync.issues() == []  # his copies were the same records, not edits of the admin's list
    assert [r.name for r in zhao.app.sales.loss_reasons()][:2] == ["Price", "Competitor"]  # his language

    boss.sync()
    listed = boss.app.sales.loss_reasons()
    boss.app.sales.save_loss_reasons([*(LossReasonInput(r.name, r.id) for r in listed), LossReasonInput("关系不够")])
    assert boss.sync().rejected == 0
    wang.sync()
    assert [r.name for r in wang.app.sales.loss_reasons()][-1] == "关系不够"


def test_a_deal_lost_for_a_reason_reaches_the_manager_with_its_code(laptops):
    wang, chen = laptops("wang"), laptops("chen")
    stages = {s.name: s for s in wang.app.sales.stages()}
    account = wang.app.customers.create_account(AccountInput(name="华东机电", city="上海"))
    deal = wang.app.sales.create(OpportunityInput("扫描枪 50 台", account_id=account.id, amount="9000"))
    wang.app.sales.move_stage(deal.id, stages["Lost"].id, lost_reason_code="competitor")
    assert wang.sync().rejected == 0
    chen.sync()
    seen = chen.app.sales.get(deal.id)
    assert (seen.status, seen.lost_reason_code, seen.lost_reason) == ("lost", "competitor", "Competitor")
