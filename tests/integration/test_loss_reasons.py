"""Loss reasons on a real store: the shipped list in the user's language, an admin's edits, a lost deal's
code plus text (journaled for sync), and the dashboard's count of deals lost by reason with its drill-down."""

import json
import sqlite3
from datetime import date

import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.analytics.dashboard import DashboardFilter
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.sales.entities import LossReasonInput, OpportunityInput
from crm_desktop.domain.sales.loss_reasons import shipped_loss_reason_id
from tests.integration.test_analytics import at, stamp

H1 = DashboardFilter(date(2026, 1, 1), date(2026, 6, 30))


def lost_stage(crm):
    return next(s for s in crm.sales.stages() if s.is_lost)


def lose(crm, name, code=None, words=None, closed="2026-03-05"):
    deal = crm.sales.create(OpportunityInput(name, amount="1000"))
    crm.sales.move_stage(deal.id, lost_stage(crm).id, lost_reason=words, lost_reason_code=code)
    stamp(crm, "opportunities", deal.id, closed_at=at(closed))
    return crm.sales.get(deal.id)


def outbox(crm, entity):
    with sqlite3.connect(crm.db_path) as con:
        return [json.loads(changes) for (changes,) in
                con.execute("SELECT changes FROM outbox WHERE entity = ? ORDER BY rowid", (entity,))]


def test_the_shipped_list_is_made_once_under_shipped_ids_and_reads_in_the_users_language(db_path):
    chinese = CrmApp.open(db_path, language="zh_CN")
    reasons = chinese.sales.loss_reasons()
    assert [r.name for r in reasons] == ["价格", "竞争对手", "没有预算", "客户未做决定", "时机不对", "产品不匹配"]
    assert [r.id for r in reasons] == [shipped_loss_reason_id(r.code) for r in reasons]
    assert len(outbox(chinese, "loss_reason")) == 6  # pushed like any record (the server takes shipped copies)
    chinese.close()
    english = CrmApp.open(db_path, language="en")
    assert [r.name for r in english.sales.loss_reasons()][:3] == ["Price", "Competitor", "No budget"]
    assert len(outbox(english, "loss_reason")) == 6  # not made again
    english.close()


def test_a_lost_deal_keeps_a_code_and_a_text(crm):
    listed = lose(crm, "ERP", code="no_budget")
    assert (listed.status, listed.lost_reason_code, listed.lost_reason) == ("lost", "no_budget", "No budget")
    own = lose(crm, "MES", code="other", words="  总部统一采购 ")
    assert (own.lost_reason_code, own.lost_reason) == ("other", "总部统一采购")
    words_only = lose(crm, "WMS", words="budget cut")  # an import or an older caller: words, no code
    assert (words_only.lost_reason_code, words_only.lost_reason) == ("other", "budget cut")
    pushed = outbox(crm, "opportunity")[-1]
    assert {k: pushed[k] for k in ("status", "lost_reason", "lost_reason_code")} == {
        "status": "lost", "lost_reason": "budget cut", "lost_reason_code": "other"}


@pytest.mark.parametrize(("code", "words", "message"), [
    (None, None, "Say why the deal was lost."),
    ("other", " ", "Say in a few words why the deal was lost."),
    ("gone", None, "This loss reason is no longer on the list; pick another one."),
])
def test_a_loss_needs_a_listed_reason_or_words(crm, code, words, message):
    deal = crm.sales.create(OpportunityInput("ERP"))
    with pytest.raises(ValidationError) as refused:
        crm.sales.move_stage(deal.id, lost_stage(crm).id, lost_reason=words, lost_reason_code=code)
    assert refused.value.errors == {"lost_reason": message}
    assert crm.sales.get(deal.id).status == "open"


def test_the_admin_edits_the_list_and_a_removed_reason_stays_on_its_deals(crm):
    price, competitor, *_rest = crm.sales.loss_reasons()
    saved = crm.sales.save_loss_reasons([LossReasonInput("Relationship"), LossReasonInput("Too expensive", price.id),
                                         LossReasonInput(competitor.name, competitor.id)])
    assert [r.name for r in saved] == ["Relationship", "Too expensive", "Competitor"]
    assert saved[1].code == "price"  # renamed, the same reason: old deals count with it
    relationship = saved[0]
    deal = lose(crm, "ERP", code=relationship.code)
    assert deal.lost_reason == "Relationship"
    crm.sales.save_loss_reasons([LossReasonInput("Too expensive", price.id)])
    assert [r.name for r in crm.sales.loss_reasons()] == ["Too expensive"]
    edited = crm.sales.update(deal.id, OpportunityInput("ERP 二期", stage_id=deal.stage_id, amount="1000",
                                                        lost_reason_code=relationship.code))
    assert (edited.name, edited.lost_reason_code, edited.lost_reason) == ("ERP 二期", relationship.code,
                                                                          "Relationship")
    with pytest.raises(ValidationError) as refused:
        crm.sales.save_loss_reasons([LossReasonInput("Price"), LossReasonInput(" price ")])
    assert refused.value.errors == {"reasons.1.name": "Two loss reasons have the same name."}


def test_the_dashboard_counts_deals_lost_by_reason_and_lists_them(crm):
    crm.analytics.language = "en"
    for name in ("a", "b", "c"):
        lose(crm, name, code="price")
    lose(crm, "d", code="competitor")
    lose(crm, "e", code="other", words="总部统一采购")
    lose(crm, "outside", code="price", closed="2026-07-02")
    old = lose(crm, "before codes", words="x")
    with sqlite3.connect(crm.db_path) as con:  # lost before reasons had codes
        con.execute("UPDATE opportunities SET lost_reason_code = NULL WHERE id = ?", (old.id,))
    chart = next(c for c in crm.analytics.dashboard(H1) if c.key == "lost_by_reason")
    counted = dict(zip(chart.category_keys, chart.series[0].values, strict=True))
    assert counted == {"price": 3, "competitor": 1, "other": 1, "": 1}
    assert chart.categories[:2] == ("Price", "Competitor")
    assert chart.category_labels == "loss_reason"  # "other" and "" are words of the GUI
    drilled = crm.analytics.drill(H1, "lost_by_reason", "price")
    assert sorted(r[1] for r in drilled.rows) == ["a", "b", "c"]
    assert [r[1] for r in crm.analytics.drill(H1, "lost_by_reason", "").rows] == ["before codes"]
