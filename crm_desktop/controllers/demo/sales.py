"""Demo sales data: a product catalogue, deals spread over the pipeline, quotes and orders, in bulk."""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from crm_desktop.controllers.demo.rows import SerialIds, iso
from crm_desktop.domain.common import money
from crm_desktop.domain.common.ids import new_id
from crm_desktop.domain.sales.entities import StageData
from crm_desktop.domain.sales.loss_reasons import default_loss_reasons
from crm_desktop.store.bulk_demo import DemoStatements
from crm_desktop.store.derived import product_search_text
from crm_desktop.tasks import TaskState

CHUNK = 20_000
DAY = 86400.0
CONTACTS_PER_DEAL = 5
ORDERS_PER_CONTACT = 0.03  # a few hundred quotes and orders per 10,000 contacts
LINE_SHARE = 0.25          # deals that list products; the others carry a typed amount
# (code, Chinese name, English name, unit, list price in CNY)
FAMILIES = (
    ("RT", "工业路由器", "Industrial router", "台", 3800), ("SW", "千兆交换机", "Gigabit switch", "台", 2600),
    ("GW", "智能网关", "Smart gateway", "台", 1900), ("CB", "服务器机柜", "Server cabinet", "套", 5200),
    ("UP", "UPS电源", "UPS power supply", "台", 7800), ("TH", "温湿度传感器", "Humidity sensor", "个", 180),
    ("PL", "PLC控制器", "PLC controller", "台", 6400), ("VF", "变频器", "Frequency inverter", "台", 4300),
    ("SM", "伺服电机", "Servo motor", "台", 3600), ("IC", "工业相机", "Industrial camera", "台", 8800),
    ("BS", "条码扫描枪", "Barcode scanner", "个", 650), ("RF", "RFID读写器", "RFID reader", "台", 2200),
    ("HM", "触摸屏", "HMI touch panel", "台", 2900), ("FT", "光纤模块", "Fibre transceiver", "个", 320),
    ("CM", "网络摄像机", "IP camera", "台", 1100), ("AC", "门禁一体机", "Access control terminal", "套", 2400),
    ("BT", "储能电池柜", "Battery storage cabinet", "套", 46000), ("PV", "光伏逆变器", "Solar inverter", "台", 12500),
    ("AP", "空气净化器", "Air purifier", "台", 3200), ("MD", "会议平板", "Meeting room display", "台", 15800),
    ("ER", "ERP软件许可", "ERP software licence", "套", 28000),
    ("MS", "年度维保服务", "Annual maintenance", "套", 9800),
    ("IN", "安装调试服务", "Installation service", "套", 3000), ("CA", "线缆组件", "Cable assembly", "个", 45),
    ("PA", "电源适配器", "Power adapter", "个", 85),
)
SERIES = (("S100", 0.8), ("S200", 1.0), ("S300 Pro", 1.5), ("X1", 1.2), ("X5", 1.9), ("M10", 1.1),
          ("M20 Max", 2.4), ("E8", 0.6))
DEAL_WORDS = {"zh": ("采购项目", "升级改造", "年度框架协议", "扩容", "替换项目", "试点", "二期工程"),
              "en": ("rollout", "upgrade", "annual agreement", "expansion", "replacement", "pilot", "phase 2")}
# Why demo deals were lost: a code of the shipped list (weighted, price the most common) or "other" in the rep's
# words; a listed reason's text is its name, as the sales controller stores it.
LOST_REASONS = (("price", 6), ("competitor", 5), ("no_budget", 3), ("no_decision", 3), ("timing", 2),
                ("product_fit", 2), ("other", 2))
OTHER_WORDS = {"zh": ("联系人离职", "总部统一采购", "项目取消"),
               "en": ("Champion left the company", "Head office buys centrally", "Project cancelled")}
REASON_NAMES = {lang: {r["code"]: r["name"] for r in default_loss_reasons(lang)} for lang in ("zh", "en")}
SOURCES = ("exhibition", "referral", "web", "cold_call", "campaign", "other")
ORDER_STATUSES = (("draft", 8), ("confirmed", 17), ("shipped", 15), ("paid", 48), ("cancelled", 12))
QUOTE_STATUSES = (("draft", 15), ("sent", 35), ("accepted", 25), ("declined", 17), ("cancelled", 8))
WON_SHARE, LOST_SHARE = 0.18, 0.14
DISCOUNTS = (0, 0, 0, 0, 5, 8, 10, 15)

def _units(value: Decimal, scale: int) -> int:
    return int(value.scaleb(scale))


def _price_in(cny: Decimal, currency: str) -> Decimal:
    """A CNY list price quoted in another currency at the shipped reference rate."""
    if currency == "CNY":
        return cny
    return money.round_money(money.to_home(cny, "CNY", currency), currency)


@dataclass(frozen=True)
class DealChunk:
    """Deals a worker process builds on its own: everything they depend on, picklable."""

    seed: str
    first: int                   # serial number of the chunk's first deal (ids ascend with it)
    id_ms: int
    contacts: list[tuple]        # per deal: (contact id, account id, account name, owner, currency)
    users: list[str]
    stages: tuple                # (open stages, won stage, lost stage)
    products: list[tuple]        # (id, sku, name, unit, list price CNY)
    rates: dict[str, float]
    now: float
    today: date


@dataclass
class DealRows:
    deals: list[tuple] = field(default_factory=list)
    lines: list[tuple] = field(default_factory=list)


def build_deals(chunk: DealChunk) -> DealRows:
    """Top-level (picklable) entry point for worker processes."""
    return _Deals(chunk).build()


class DemoSales:
    """Writes the sales side of the demo inside the caller's transaction (`conn`); the deals themselves
    are built by `build_deals`, in chunks (deal_chunks), and written by write_deals."""

    def __init__(self, conn, seed, stages: list[StageData], now: float, today: date) -> None:
        self.sql = DemoStatements(conn)
        self.seed = seed
        self.rng = random.Random(f"{seed}:sales")
        self.now, self.today = now, today
        self.stages = ([s for s in stages if s.is_open], next(s for s in stages if s.is_won),
                       next(s for s in stages if s.is_lost))
        self.counts = dict.fromkeys(("products", "opportunities", "opportunity_lines", "quotes", "orders",
                                     "order_lines"), 0)
        self.products: list[tuple] = []   # (id, sku, name, unit, list price CNY)
        self.rates = {c: float(money.to_home(Decimal(1), c)) for c in ("CNY", "USD", "EUR")}

    def priced(self, contacts: list[tuple]) -> list[tuple]:
        """(contact id, account id, account name, owner) with the currency their deals are in."""
        out = []
        for contact_id, account_id, account_name, owner in contacts:
            foreign = bool(account_name) and account_name.isascii()
            currency = ("USD" if self.rng.random() < 0.8 else "EUR") if foreign else "CNY"
            out.append((contact_id, account_id, account_name, owner, currency))
        return out

    def deal_chunks(self, n: int, contacts: list[tuple], users: list[str], id_ms: int) -> list[DealChunk]:
        """`n` deals over the (priced) contacts, in chunks; none without contacts or products."""
        if not contacts or not self.products:
            return []
        return [DealChunk(f"{self.seed}:sales:{start}", start, id_ms,
                          [contacts[i % len(contacts)] for i in range(start, min(n, start + CHUNK))], users,
                          self.stages, self.products, self.rates, self.now, self.today)
                for start in range(0, n, CHUNK)]

    def write_deals(self, rows: DealRows) -> None:
        self.sql.add_deals(rows.deals)
        self.sql.add_deal_lines(rows.lines)
        self.counts["opportunities"] += len(rows.deals)
        self.counts["opportunity_lines"] += len(rows.lines)

    def products_for(self, customers: int) -> None:
        """The catalogue: reused when the store has one, else 60 to 200 products."""
        existing = self.sql.catalogue()
        if existing:
            self.products = [(i, s, n, u, Decimal(p).scaleb(-money.PRICE_SCALE)) for i, s, n, u, p in existing]
            return
        rng, stamp = self.rng, iso(self.now - 400 * DAY)
        combos = [(f, s) for f in FAMILIES for s in SERIES]
        rng.shuffle(combos)
        rows = []
        for (code, zh, en, unit, base), (series, factor) in combos[:min(200, 60 + customers // 2000)]:
            english = rng.random() < 0.3
            name = f"{en} {series}" if english else f"{zh} {series}"
            unit = "pcs" if english and unit == "个" else unit
            raw = base * factor * rng.uniform(0.9, 1.1)
            price = Decimal(round(raw, -1 if raw >= 100 else 0))
            sku = f"{code}-{series.replace(' ', '').upper()}"
            pid = new_id()
            self.products.append((pid, sku, name, unit, price))
            on_hand = rng.randint(20, 400) * (10 if unit in ("个", "pcs") else 1)
            rows.append([pid, stamp, stamp, sku, name, unit, _units(price, money.PRICE_SCALE),
                         on_hand * 1000, 0, 1, product_search_text(sku, name)])
        self.sql.add_products([tuple(r) for r in rows])
        self.counts["products"] = len(rows)

    # --- quotes and orders ----------------------------------------------------------------

    def orders(self, n: int, accounts: list[tuple], state: TaskState) -> None:
        rng = self.rng
        won = self.sql.won_deals(n)
        docs = []
        for _ in range(n):
            if won and rng.random() < 0.5:
                deal_id, account_id, account_name, owner, currency = rng.choice(won)
            else:
                _, account_id, account_name, owner, currency = rng.choice(accounts)
                deal_id = None
            kind = "quote" if rng.random() < 0.3 else "order"
            flow = QUOTE_STATUSES if kind == "quote" else ORDER_STATUSES
            status = rng.choices([s for s, _ in flow], [w for _, w in flow])[0]
            # Open work is recent; finished documents spread over the past year.
            age = rng.randint(0, 30) if status in ("draft", "sent", "confirmed") else rng.randint(7, 365)
            docs.append((self.today - timedelta(days=age), kind, status, account_id, account_name, owner,
                         currency, deal_id))
        docs.sort(key=lambda d: (d[0], d[1]))  # numbers ascend with the date, as on a device
        numbers = self._numbers(docs)
        reserved: dict[str, int] = defaultdict(int)
        orders, lines = [], []
        for doc, number in zip(docs, numbers, strict=True):
            orders.append(self._order(doc, number, lines, reserved))
        self.sql.add_orders(orders)
        self.sql.add_order_lines(lines)
        self.sql.hold_stock(sorted(reserved.items()))
        self.counts["quotes"] = sum(1 for d in docs if d[1] == "quote")
        self.counts["orders"] = len(docs) - self.counts["quotes"]
        self.counts["order_lines"] = len(lines)
        state.progress(len(docs), n, "orders")
        state.check()

    def _numbers(self, docs: list[tuple]) -> list[str]:
        """Numbers from the device's own counters (store.repositories.orders.next_number), which
        are advanced past them so orders made later on the device do not reuse a number."""
        counters: dict[str, int] = {}
        out = []
        for day, kind, *_ in docs:
            prefix = "QT" if kind == "quote" else "SO"
            key = f"numbers/{prefix}/{day.year}"
            if key not in counters:
                counters[key] = self.sql.counter(key)
            counters[key] += 1
            out.append(f"{prefix}-{day.year}-{counters[key]:06d}")
        self.sql.set_counters(counters)
        return out

    def _order(self, doc: tuple, number: str, lines: list, reserved: dict[str, int]) -> tuple:
        rng = self.rng
        day, kind, status, account_id, account_name, owner, currency, deal_id = doc
        start = self.now - (self.today - day).days * DAY + rng.uniform(-8, -1) * 3600
        order_id, chosen = new_id(), []
        for position, product in enumerate(rng.sample(self.products, min(len(self.products), rng.randint(1, 5)))):
            pid, sku, name, unit, list_price = product
            quantity = Decimal(rng.randint(1, 20) * (10 if unit in ("个", "pcs") else 1))
            price, discount = _price_in(list_price, currency), Decimal(rng.choice(DISCOUNTS))
            chosen.append((quantity, price, discount))
            total = money.line_total(quantity, price, discount, currency)
            lines.append((new_id(), iso(start), iso(start), owner, order_id, pid, sku, name, unit,
                          _units(quantity, 3), _units(price, money.PRICE_SCALE), _units(discount, 2),
                          _units(total, money.AMOUNT_SCALE), position))
            if kind == "order" and status == "confirmed":
                reserved[pid] += _units(quantity, 3)
        totals = money.document_totals(chosen, currency)
        steps = {"confirmed": 1, "shipped": 2, "paid": 3}.get(status, 0) if kind == "order" else 0
        confirmed = min(self.now, start + rng.uniform(0.1, 2) * DAY) if steps >= 1 else None
        shipped = min(self.now, confirmed + rng.uniform(1, 7) * DAY) if steps >= 2 else None
        paid = min(self.now, shipped + rng.uniform(3, 40) * DAY) if steps >= 3 else None
        cancelled = min(self.now, start + rng.uniform(1, 10) * DAY) if status == "cancelled" else None
        updated = max(t for t in (start, confirmed, shipped, paid, cancelled) if t is not None)
        valid_until = (day + timedelta(days=30)).isoformat() if kind == "quote" else None
        return (order_id, iso(start), iso(updated), owner, kind, number, status, account_id, deal_id, currency,
                day.isoformat(), valid_until, _units(totals.subtotal, 2), _units(totals.discount, 2),
                _units(totals.total, 2), *(iso(t) if t else None for t in (confirmed, shipped, paid, cancelled)),
                account_name)


class _Deals:
    """One chunk of deals: spread over the pipeline, a share listing products, a share stale."""

    def __init__(self, chunk: DealChunk) -> None:
        self.c = chunk
        self.rng = random.Random(chunk.seed)
        # The day a closed deal closed comes from its own stream.
        self.close_rng = random.Random(f"{chunk.seed}:closed")
        self.now, self.today = chunk.now, chunk.today
        self.open_stages, self.won, self.lost = chunk.stages
        self.products, self.rates = chunk.products, chunk.rates
        self.ids = SerialIds(chunk.id_ms)
        self.out = DealRows()

    def build(self) -> DealRows:
        rnd, c = self.rng.random, self.c
        weights = [len(self.open_stages) + 2 - i for i in range(len(self.open_stages))]  # a funnel
        open_share = 1 - WON_SHARE - LOST_SHARE
        stage_weights = [w / sum(weights) * open_share for w in weights] + [WON_SHARE, LOST_SHARE]
        stages = [*self.open_stages, self.won, self.lost]
        cumulative = list(itertools.accumulate(stage_weights))  # what choices() would add up on every draw
        total = cumulative[-1]
        days = {d: (self.today + timedelta(days=d)).isoformat() for d in range(-400, 300)}
        families = [(f[1], f[2]) for f in FAMILIES]
        for k, (contact_id, account_id, account_name, owner, currency) in enumerate(c.contacts):
            if rnd() < 0.1 and c.users:
                owner = c.users[int(rnd() * len(c.users))]
            stage = stages[bisect.bisect(cumulative, rnd() * total, 0, len(stages) - 1)]
            lang = "en" if currency != "CNY" else "zh"
            zh, en = families[int(rnd() * len(families))]
            words = DEAL_WORDS[lang][int(rnd() * len(DEAL_WORDS[lang]))]
            name = f"{en} {words}" if lang == "en" else f"{zh}{words}"
            deal_id = self.ids(c.first + k)
            created, updated, close, closed, touched = self._deal_times(stage, days)
            amount = self._deal_amount(deal_id, owner, currency, created)
            probability, manual, status, lost_reason, lost_code = self._deal_state(stage, lang)
            self.out.deals.append((deal_id, created, updated, owner, name, account_id or "", contact_id, stage.id,
                                   amount, currency, probability, manual, close, status, lost_reason or "",
                                   lost_code or "", SOURCES[int(rnd() * len(SOURCES))], closed or "", touched or "",
                                   account_name or ""))
        return self.out

    def _deal_amount(self, deal_id: str, owner, currency: str, created: str) -> int:
        """Amount units: the total of 1-3 product lines, or a typed, rounded figure."""
        rng, lines = self.rng, self.out.lines
        if rng.random() < LINE_SHARE:
            chosen = []
            for position, product in enumerate(rng.sample(self.products, min(len(self.products),
                                                                             rng.randint(1, 3)))):
                quantity = Decimal(rng.randint(1, 30) * (10 if product[3] in ("个", "pcs") else 1))
                price, discount = _price_in(product[4], currency), Decimal(rng.choice(DISCOUNTS))
                chosen.append((quantity, price, discount))
                lines.append((self.ids(4 * self.c.first + len(lines)), created, created, owner,
                              deal_id, product[0], _units(quantity, 3), _units(price, money.PRICE_SCALE),
                              _units(discount, 2), position))
            return _units(money.document_totals(chosen, currency).total, money.AMOUNT_SCALE)
        cny = min(max(math.exp(rng.gauss(math.log(60_000), 1.0)), 3_000), 8_000_000)
        # A typed figure is round (whole hundreds); plain ints here, Decimal costs 200,000 times over.
        return round(cny / self.rates[currency], -2) * 100

    def _deal_times(self, stage: StageData, days: dict[int, str]) -> tuple:
        """(created, updated, expected close, closed, last activity); a share of open deals is stale."""
        rng, now = self.rng, self.now
        if stage.is_open:
            close_day = rng.randint(-90, 270)
            created = now - rng.uniform(5, 240) * DAY
            roll = rng.random()
            if roll < 0.55:
                touched = now - rng.uniform(0, 13) * DAY
            elif roll < 0.9:
                touched = now - rng.uniform(15, 120) * DAY
            else:
                touched = None  # never touched since it was entered
            closed = None
        else:
            rng.randint(-90, 20)  # drawn as before, so the main stream is unchanged
            # Closed over the past year and more, more of them lately: the dashboard shows a trend.
            close_day = 20 - int(self.close_rng.triangular(0, 400, 0))
            closed = min(now - 3600, now + (close_day + rng.randint(-20, 10)) * DAY)
            created = closed - rng.uniform(10, 300) * DAY
            touched = closed - rng.uniform(0, 5) * DAY
        if touched is not None:
            touched = max(touched, created)
        last = touched or created
        return (iso(created), iso(max(last, closed or 0)), days[close_day], iso(closed) if closed else None,
                iso(touched) if touched else None)

    def _deal_state(self, stage: StageData, lang: str) -> tuple:
        """(probability, manual, status, lost reason, its code)."""
        if stage.is_won:
            return 100, 0, "won", None, None
        if stage.is_lost:
            code = self.rng.choices([c for c, _ in LOST_REASONS], [w for _, w in LOST_REASONS])[0]
            words = self.rng.choice(OTHER_WORDS[lang]) if code == "other" else REASON_NAMES[lang][code]
            return 0, 0, "lost", words, code
        if self.rng.random() < 0.05:  # a rep's own estimate now and then
            return min(95, max(5, stage.probability + self.rng.choice((-15, -10, 10, 15)))), 1, "open", None, None
        return stage.probability, 0, "open", None, None
