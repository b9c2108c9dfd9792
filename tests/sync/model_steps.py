"""What a user does on a laptop in the model-based sync test, chosen by a seeded random generator:
the app's own controllers for whole actions (a customer, a deal, an order confirmed or shipped, a
ticket, a campaign, a stock adjustment), and single-field edits and deletes of records of every kind
through the store's one write path, as the forms make them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.customers import enums
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.marketing.rules import CampaignInput, SegmentInput, SegmentRule, TemplateInput
from crm_desktop.domain.sales.entities import LineInput, OpportunityInput, OrderInput, ProductInput, StageInput
from crm_desktop.domain.service.entities import TicketInput
from crm_desktop.store.models import SalesOrder, SalesOrderLine, Tag
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.sync.records import model_of

CITIES = ("上海", "杭州", "深圳", "成都", "武汉")
WORDS = ("回访", "报价", "拜访", "演示", "签约", "催款", "售后")


class NothingToDo(Exception):  # noqa: N818 - a signal
    """No record of the kind the step wanted: the user does something else."""


def _text(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)}{rng.randint(1, 999)}"


def _money(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(1, 400) * 500)


# entity -> field -> a valid value (guarded fields among them: amount, expected_close, priority, owner)
EDITS = {
    "account": {"city": lambda r, u: r.choice(CITIES), "notes": lambda r, u: _text(r),
                "level": lambda r, u: r.choice("ABCD"), "owner_id": lambda r, u: r.choice(u)},
    "contact": {"title": lambda r, u: r.choice(("经理", "总监", "采购")), "notes": lambda r, u: _text(r)},
    "activity": {"subject": lambda r, u: _text(r), "body": lambda r, u: _text(r)},
    "opportunity": {"amount": lambda r, u: _money(r), "notes": lambda r, u: _text(r),
                    "expected_close": lambda r, u: date(2027, 1, 1) + timedelta(days=r.randint(0, 200))},
    "opportunity_line": {"quantity": lambda r, u: Decimal(r.randint(1, 9))},
    "sales_order": {"notes": lambda r, u: _text(r)},
    "ticket": {"subject": lambda r, u: _text(r), "priority": lambda r, u: r.choice(list(enums.TicketPriority))},
    "ticket_event": {"body": lambda r, u: _text(r)},
    "segment": {"description": lambda r, u: _text(r)},
    "campaign": {"description": lambda r, u: _text(r), "budget": lambda r, u: _money(r)},
    "email_template": {"subject": lambda r, u: _text(r)},
    "tag": {"color": lambda r, u: r.choice(("#c0392b", "#2980b9", "#27ae60"))},
    "product": {"name": lambda r, u: f"产品{r.randint(1, 99)}", "list_price": lambda r, u: _money(r)},
    "pipeline_stage": {"name": lambda r, u: f"阶段{r.randint(1, 99)}"},
}
DELETABLE = ("account", "contact", "activity", "opportunity", "ticket", "segment", "email_template", "campaign")


def act(app: CrmApp, rng: random.Random, users: dict[str, str]) -> None:
    actions = ((_new_account, 8), (_edit_field, 30), (_new_contact, 5), (_log_activity, 5), (_new_deal, 6),
               (_order_step, 10), (_ticket_step, 6), (_marketing_step, 5), (_product_step, 5), (_stage_step, 1),
               (_delete, 5), (_new_tag, 1))
    step = rng.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
    step(app, rng, users)


def _live_ids(app: CrmApp, entity: str) -> list[str]:
    model = model_of(entity)
    with app.store.sessions() as s:
        return sorted(s.scalars(select(model.id).where(model.deleted_at.is_(None), model.version >= 0)))


def _any(app: CrmApp, rng: random.Random, entity: str) -> str:
    ids = _live_ids(app, entity)
    if not ids:
        raise NothingToDo(entity)
    return rng.choice(ids)


def _new_account(app, rng, users) -> None:
    app.customers.create_account(AccountInput(name=f"客户{rng.randint(1, 10**6)}", city=rng.choice(CITIES)))


def _new_contact(app, rng, users) -> None:
    app.customers.create_contact(ContactInput(name=f"联系人{rng.randint(1, 999)}",
                                              account_id=_any(app, rng, "account")))


def _log_activity(app, rng, users) -> None:
    app.activities.log(ActivityInput(kind=rng.choice(("call", "visit", "note")), subject=_text(rng),
                                     account_id=_any(app, rng, "account")))


def _new_deal(app, rng, users) -> None:
    stage = rng.choice([s for s in app.sales.stages() if s.is_open])
    app.sales.create(OpportunityInput(f"商机{rng.randint(1, 999)}", account_id=_any(app, rng, "account"),
                                      stage_id=stage.id, amount=_money(rng)))


def _edit_field(app, rng, users) -> None:
    """One field of one record, as a form saves it: on the row's own version (or a pending one)."""
    entity = rng.choice(sorted(EDITS))
    record_id = _any(app, rng, entity)
    name, value_of = rng.choice(sorted(EDITS[entity].items()))
    teammates = [users[n] for n in ("wang", "li", "chen")]
    with UnitOfWork(app.store) as uow:
        row = uow.session.get(model_of(entity), record_id)
        if entity == "sales_order" and row.status != "draft":
            raise NothingToDo(entity)
        setattr(row, name, value_of(rng, teammates))
        uow.commit()


def _delete(app, rng, users) -> None:
    entity = rng.choice(DELETABLE)
    record_id = _any(app, rng, entity)
    with UnitOfWork(app.store) as uow:
        uow.session.get(model_of(entity), record_id).deleted_at = utcnow()
        uow.commit()


def _order_step(app, rng, users) -> None:
    """A new order, or the next step of one: confirmed (stock reserved), shipped or cancelled."""
    with app.store.sessions() as s:
        orders = [(o.id, o.status) for o in s.scalars(select(SalesOrder).where(
            SalesOrder.deleted_at.is_(None), SalesOrder.kind == "order",
            SalesOrder.status.in_(("draft", "confirmed"))))]
        has_lines = set(s.scalars(select(SalesOrderLine.order_id).where(SalesOrderLine.deleted_at.is_(None))))
    if orders and rng.random() < 0.7:
        order_id, status = rng.choice(sorted(orders))
        if status == "draft" and order_id in has_lines:
            app.orders.confirm(order_id)
        elif status == "confirmed":
            app.orders.set_status(order_id, rng.choice(("shipped", "cancelled")))
        return
    products = _live_ids(app, "product")
    if not products:
        raise NothingToDo("product")
    lines = tuple(LineInput(p, Decimal(rng.randint(1, 4))) for p in rng.sample(products, min(2, len(products))))
    app.orders.create(OrderInput("order", _any(app, rng, "account"), lines=lines))


def _ticket_step(app, rng, users) -> None:
    tickets = _live_ids(app, "ticket")
    if tickets and rng.random() < 0.6:
        ticket = app.service.get(rng.choice(tickets))
        roll = rng.random()
        if roll < 0.4:
            app.service.assign(ticket.id, rng.choice([users["wang"], users["li"], None]))
        elif roll < 0.7:
            app.service.comment(ticket.id, _text(rng))
        else:
            app.service.set_status(ticket.id, rng.choice(list(enums.TicketStatus)), note=_text(rng))
        return
    app.service.create(TicketInput(_text(rng), account_id=_any(app, rng, "account")))


def _marketing_step(app, rng, users) -> None:
    m, roll = app.marketing, rng.random()
    if roll < 0.3:
        m.save_segment(SegmentInput(f"细分{rng.randint(1, 10**6)}", SegmentRule(cities=(rng.choice(CITIES),))))
    elif roll < 0.55:
        m.save_template(TemplateInput(f"模板{rng.randint(1, 10**6)}", _text(rng), "{{name}}您好"))
    elif roll < 0.8:
        m.save_campaign(CampaignInput(f"活动{rng.randint(1, 10**6)}", budget=_money(rng)))
    else:
        m.add_members(_any(app, rng, "campaign"), [_any(app, rng, "contact")])


def _product_step(app, rng, users) -> None:
    """Managers' work (a rep's attempt is refused by the server and taken back here)."""
    products = _live_ids(app, "product")
    if products and rng.random() < 0.6:
        app.products.adjust_stock(rng.choice(products), str(rng.randint(-3, 20)), rng.choice(("入库", "盘点", "报损")))
    else:
        app.products.create(ProductInput(f"SKU-{rng.randint(1, 10**6)}", f"产品{rng.randint(1, 99)}", "台",
                                         str(_money(rng)), "CNY", str(rng.randint(5, 50))))


def _stage_step(app, rng, users) -> None:
    """The admin's pipeline: a stage's probability changed (anyone else's change is refused)."""
    stages = app.sales.stages()
    rows = [StageInput(s.name, rng.randint(5, 95) if s.is_open else s.probability, s.is_won, s.is_lost, s.id)
            for s in stages]
    app.sales.save_stages(rows)


def _new_tag(app, rng, users) -> None:
    with UnitOfWork(app.store) as uow:
        uow.session.add(Tag(name=f"标签{rng.randint(1, 10**6)}"))
        uow.commit()


def settle_issues(app: CrmApp, rng: random.Random, keep_mine: bool) -> None:
    """What a user does with the sync issues list: keep one side of each conflict, give up (or, after
    fixing nothing, retry) rejected changes."""
    for issue in app.sync.issues():
        if issue.kind == "conflict":
            if keep_mine and rng.random() < 0.5:
                app.sync.keep_mine(issue.id)
            else:
                app.sync.keep_theirs(issue.id)
        else:
            app.sync.discard(issue.id)
