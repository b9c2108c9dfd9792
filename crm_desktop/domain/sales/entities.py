"""Plain dataclasses of the sales module that cross from controllers to the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

# Defined with the wire protocol: the server raises and checks them alike.
from crm_protocol.rules.errors import TransitionError as TransitionError
from crm_protocol.shipped_stages import shipped_stage_id as shipped_stage_id


@dataclass(frozen=True)
class StageData:
    id: str
    name: str
    position: int
    probability: int
    is_won: bool = False
    is_lost: bool = False

    @property
    def is_open(self) -> bool:
        return not (self.is_won or self.is_lost)


@dataclass(frozen=True)
class StageInput:
    """One row of the stage editor; `id` None for a new stage. Order = position in the list."""

    name: str
    probability: int
    is_won: bool = False
    is_lost: bool = False
    id: str | None = None


@dataclass(frozen=True)
class LossReasonData:
    """One entry of the loss reason list; `name` as the user reads it (a shipped one in their language)."""

    id: str
    code: str
    name: str
    position: int


@dataclass(frozen=True)
class LossReasonInput:
    """One row of the loss reason editor; `id` and `code` None for a new reason. Order = position in the list."""

    name: str
    id: str | None = None


@dataclass(frozen=True)
class LineInput:
    product_id: str
    quantity: Decimal | str
    unit_price: Decimal | str | None = None  # None: the product's list price
    discount_pct: Decimal | str = Decimal(0)


@dataclass(frozen=True)
class LineData:
    id: str
    product_id: str
    sku: str
    product_name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    line_total: Decimal


@dataclass(frozen=True)
class OpportunityInput:
    name: str
    account_id: str | None = None
    contact_id: str | None = None
    stage_id: str | None = None          # None: the first open stage
    amount: Decimal | str | None = None  # None with lines: the lines' total
    currency: str = "CNY"
    probability: int | None = None       # None: follows the stage
    expected_close: date | None = None
    source: str | None = None
    campaign_id: str | None = None
    owner_id: str | None = None
    notes: str | None = None
    lines: tuple[LineInput, ...] = ()
    lost_reason: str | None = None       # a lost stage needs a listed reason's code, or "other" and words here
    lost_reason_code: str | None = None  # a LossReasonData.code, or "other"; None with words: "other"


@dataclass(frozen=True)
class OpportunityData:
    id: str
    name: str
    account_id: str | None
    account_name: str | None
    contact_id: str | None
    contact_name: str | None
    stage_id: str
    stage_name: str
    amount: Decimal
    currency: str
    probability: int
    probability_manual: bool
    expected_close: date | None
    status: str
    lost_reason: str | None
    source: str | None
    campaign_id: str | None
    owner_id: str | None
    owner_name: str | None
    notes: str | None
    closed_at: datetime | None
    last_activity_at: datetime | None
    created_at: datetime | None
    deleted_at: datetime | None = None
    lines: tuple[LineData, ...] = ()
    lost_reason_code: str | None = None


@dataclass(frozen=True)
class StageState:
    """What a stage move changes, so a move can be undone and redone exactly."""

    stage_id: str
    probability: int
    probability_manual: bool
    status: str
    lost_reason: str | None
    closed_at: datetime | None
    lost_reason_code: str | None = None


@dataclass(frozen=True)
class StageMove:
    opportunity_id: str
    name: str
    before: StageState
    after: StageState


@dataclass(frozen=True)
class PipelineFilter:
    owner_id: str | None = None
    team: str | None = None
    close_month: date | None = None  # any day of the month
    text: str | None = None


@dataclass(frozen=True)
class PipelineTotal:
    """One open stage of the board or the `pipeline` command, amounts in the home currency."""

    stage: StageData
    count: int
    amount: Decimal
    weighted: Decimal
    cards: tuple[Card, ...] = ()  # the first cards of the column, in expected close order


# A board card / table row: (id, name, account_name, amount, currency, probability,
# expected_close, owner_name, last_activity_at or created_at, stage_id)
Card = tuple[Any, ...]


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    unit: str = ""
    list_price: Decimal | str = Decimal(0)
    currency: str = "CNY"
    stock_on_hand: Decimal | str = Decimal(0)
    active: bool = True


@dataclass(frozen=True)
class ProductData:
    id: str
    sku: str
    name: str
    unit: str
    list_price: Decimal
    currency: str
    stock_on_hand: Decimal
    stock_reserved: Decimal
    active: bool

    @property
    def available(self) -> Decimal:
        return self.stock_on_hand - self.stock_reserved


@dataclass(frozen=True)
class OrderInput:
    kind: str                       # "quote" | "order"
    account_id: str
    opportunity_id: str | None = None
    currency: str = "CNY"
    order_date: date | None = None  # None: today
    valid_until: date | None = None
    notes: str | None = None
    lines: tuple[LineInput, ...] = ()


@dataclass(frozen=True)
class OrderData:
    id: str
    kind: str
    number: str
    number_provisional: bool
    status: str
    account_id: str
    account_name: str
    opportunity_id: str | None
    quote_id: str | None
    currency: str
    order_date: date
    valid_until: date | None
    notes: str | None
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    owner_name: str | None
    lines: tuple[LineData, ...] = ()
    confirmed_at: datetime | None = None
    shipped_at: datetime | None = None
    paid_at: datetime | None = None
    cancelled_at: datetime | None = None


@dataclass(frozen=True)
class Shortage:
    product_id: str
    sku: str
    name: str
    requested: Decimal
    available: Decimal
    inactive: bool = False


class StockShortageError(ValueError):
    """Confirming an order found lines the stock cannot cover; nothing was reserved."""

    def __init__(self, shortages: list[Shortage]) -> None:
        super().__init__("; ".join(f"{s.sku}: {s.requested} > {s.available}" for s in shortages))
        self.shortages = shortages


@dataclass(frozen=True)
class ForecastRow:
    month: date | None      # first day of the expected close month; None = no date
    owner_name: str
    deals: int
    weighted: Decimal       # amount x probability of open deals
    commit: Decimal         # open deals at or above the commit probability
    best_case: Decimal      # every open deal at full amount
    won: Decimal            # deals already won with a close in that month
    earlier: bool = False   # the months before `month` added up (they hold won deals only)


@dataclass(frozen=True)
class SalesReportRow:
    month: date
    owner_name: str
    orders: int
    revenue: Decimal


@dataclass
class SalesReport:
    by_month: list[tuple[date, int, Decimal]] = field(default_factory=list)
    by_owner: list[tuple[str, int, Decimal]] = field(default_factory=list)
    rows: list[SalesReportRow] = field(default_factory=list)

