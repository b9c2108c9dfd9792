"""Analytics controller: the dashboard's charts aggregated in SQL on the local store, drill-downs, xlsx export."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import date
from decimal import Decimal
from pathlib import Path

from crm_desktop.domain.analytics.charts import (
    activities_charts,
    customers_charts,
    forecast_chart,
    funnel_chart,
    lost_reasons_chart,
    place_charts,
    revenue_chart,
    service_charts,
    win_rate_chart,
)
from crm_desktop.domain.analytics.dashboard import (
    CHART_TITLES,
    DRILL_LIMIT,
    ChartData,
    ChartTable,
    DashboardFilter,
    DrillRows,
)
from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.customers.entities import UserData
from crm_desktop.domain.sales.loss_reasons import default_loss_reasons, shown_name
from crm_desktop.store.database import Store
from crm_desktop.store.repositories.analytics import Scope, scope
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.tasks import TaskState

READERS = 3  # connections reading the dashboard's aggregations at once
# Which query lists the records behind a category of each chart (and the kind of record).
_DRILL = {
    "revenue_by_month": ("won_month", "opportunity"),
    "pipeline_funnel": ("open_stage", "opportunity"),
    "win_rate": ("closed_month", "opportunity"),
    "forecast": ("open_month", "opportunity"),
    "lost_by_reason": ("lost_reason", "opportunity"),
    "revenue_by_owner": ("won_owner", "opportunity"),
    "revenue_by_region": ("won_province", "opportunity"),
    "revenue_by_industry": ("won_industry", "opportunity"),
    "activities_by_kind": ("activities", "activity"),
    "activities_by_rep": ("activities", "activity"),
    "ticket_volume": ("tickets_month", "ticket"),
    "sla_compliance": ("tickets_month", "ticket"),
    "customers_by_source": ("accounts_source", "account"),
    "customers_by_level": ("accounts_level", "account"),
}
_COLUMNS = {  # header texts of the drill-down lists, translated by the GUI under "Charts"
    "opportunity": (
        QT_TRANSLATE_NOOP("Charts", "Deal"),
        QT_TRANSLATE_NOOP("Charts", "Account"),
        QT_TRANSLATE_NOOP("Charts", "Amount"),
        QT_TRANSLATE_NOOP("Charts", "Currency"),
        QT_TRANSLATE_NOOP("Charts", "Status"),
        QT_TRANSLATE_NOOP("Charts", "Date"),
        QT_TRANSLATE_NOOP("Charts", "Owner"),
    ),
    "order": (
        QT_TRANSLATE_NOOP("Charts", "Number"),
        QT_TRANSLATE_NOOP("Charts", "Account"),
        QT_TRANSLATE_NOOP("Charts", "Order date"),
        QT_TRANSLATE_NOOP("Charts", "Status"),
        QT_TRANSLATE_NOOP("Charts", "Total"),
        QT_TRANSLATE_NOOP("Charts", "Currency"),
        QT_TRANSLATE_NOOP("Charts", "Owner"),
    ),
    "activity": (
        QT_TRANSLATE_NOOP("Charts", "When"),
        QT_TRANSLATE_NOOP("Charts", "Kind"),
        QT_TRANSLATE_NOOP("Charts", "Subject"),
        QT_TRANSLATE_NOOP("Charts", "Customer"),
        QT_TRANSLATE_NOOP("Charts", "Owner"),
    ),
    "ticket": (
        QT_TRANSLATE_NOOP("Charts", "Number"),
        QT_TRANSLATE_NOOP("Charts", "Subject"),
        QT_TRANSLATE_NOOP("Charts", "Account"),
        QT_TRANSLATE_NOOP("Charts", "Status"),
        QT_TRANSLATE_NOOP("Charts", "Priority"),
        QT_TRANSLATE_NOOP("Charts", "Created"),
        QT_TRANSLATE_NOOP("Charts", "Assignee"),
    ),
    "account": (
        QT_TRANSLATE_NOOP("Charts", "Account"),
        QT_TRANSLATE_NOOP("Charts", "City"),
        QT_TRANSLATE_NOOP("Charts", "Source"),
        QT_TRANSLATE_NOOP("Charts", "Level"),
        QT_TRANSLATE_NOOP("Charts", "Owner"),
    ),
}


def months_between(first: date, last: date) -> list[str]:
    """Every month 'YYYY-MM' from `first` to `last`, empty ones included (a chart shows the gap)."""
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def default_range(today: date) -> tuple[date, date]:
    """Twelve whole months up to today: from the first of the month a year minus one month back."""
    year, month = (today.year - 1, today.month + 1) if today.month < 12 else (today.year, 1)
    return date(year, month, 1), today


class AnalyticsController:
    def __init__(self, store: Store, home_currency: str = money.HOME_CURRENCY, language: str = "en") -> None:
        self.store = store
        self.home_currency = home_currency
        self.language = language  # of the shipped loss reasons' names
        self.today = date.today  # tests fix the day by replacing this

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    def resolve(self, flt: DashboardFilter) -> tuple[date, date]:
        """The filter's range with the defaults filled in (the last twelve months)."""
        start, last = default_range(flt.date_to or self.today())
        start = flt.date_from or start
        last = flt.date_to or last
        return (start, last) if start <= last else (last, start)

    def _scope(self, flt: DashboardFilter) -> tuple[Scope, list[str]]:
        start, last = self.resolve(flt)
        factors = money.home_factors(self.home_currency)
        return scope(start, last, flt.owner_id, flt.team, factors), months_between(start, last)

    def dashboard(self, flt: DashboardFilter, state: TaskState | None = None) -> list[ChartData]:
        """Every chart of the dashboard, in order; each is one indexed aggregation in SQL."""
        order = list(CHART_TITLES)
        charts = [c for batch in self.charts_as_ready(flt, state) for c in batch]
        return sorted(charts, key=lambda c: order.index(c.key))

    def charts_as_ready(self, flt: DashboardFilter, state: TaskState | None = None) -> Iterator[list[ChartData]]:
        """The charts in batches, each as soon as its query is done: the caller can draw one while
        the others are still being counted (drawing holds Python's lock, SQLite lets go of it)."""
        state = state or TaskState()
        s, months = self._scope(flt)
        home = self.home_currency
        steps = (
            lambda uow: [revenue_chart(uow.analytics.won_by_month(s), uow.analytics.orders_by_month(s), months, home)],
            lambda uow: self._open_deals_charts(uow, s),
            lambda uow: [win_rate_chart(uow.analytics.closed_by_month(s), months),
                         lost_reasons_chart(uow.analytics.lost_by_reason(s), self._reason_names(uow))],
            lambda uow: place_charts(uow.analytics.won_by_owner(s), uow.analytics.won_by_place(s), home),
            lambda uow: activities_charts(uow.analytics.activities(s), months, self._names(uow)),
            lambda uow: service_charts(uow.analytics.tickets_opened(s), uow.analytics.tickets_resolved(s), months),
            lambda uow: customers_charts(uow.analytics.accounts_by_source_level(s)),
        )
        # Reads run side by side on their own connections (WAL lets readers share the file): the
        # queries spend their time inside SQLite, which lets go of the GIL.
        with ThreadPoolExecutor(READERS) as pool:
            futures = [pool.submit(self._step, step, state) for step in steps]
            try:
                for done, future in enumerate(as_completed(futures), 1):
                    state.progress(done, len(steps), "")
                    yield future.result()
            finally:
                for future in futures:
                    future.cancel()  # the caller stopped early (cancelled): start no more queries

    def _step(self, step, state: TaskState) -> list[ChartData]:
        state.check()
        with self._uow() as uow:
            return step(uow)

    def _open_deals_charts(self, uow: UnitOfWork, s: Scope) -> list[ChartData]:
        rows = uow.analytics.open_deals(s)
        return [funnel_chart(rows, uow.stages.live(), self.home_currency),
                forecast_chart(rows, self.today(), self.home_currency)]

    def _reason_names(self, uow: UnitOfWork) -> dict[str, str]:
        """code -> name of every loss reason ever listed (a removed one still names the deals lost for it); the
        shipped ones by their shipped names until the list is first opened and stored."""
        names = {r["code"]: r["name"] for r in default_loss_reasons(self.language)}
        return names | {r.code: shown_name(r.code, r.name, self.language) for r in reversed(uow.loss_reasons.every())}

    @staticmethod
    def _names(uow: UnitOfWork) -> dict[str, str]:
        return {u.id: u.display_name for u in uow.users.all()}

    def drill(self, flt: DashboardFilter, chart_key: str, category_key: str,
              series_key: str | None = None) -> DrillRows:
        """The records behind one bar, slice or point (the first DRILL_LIMIT of them)."""
        what, entity = _DRILL[chart_key]
        if chart_key == "revenue_by_month" and series_key == "orders":
            what, entity = "orders_month", "order"
        s, _ = self._scope(flt)
        extra = series_key if what in ("activities", "tickets_month") else None
        with self._uow() as uow:
            rows = uow.analytics.drill(what, s, category_key, extra, DRILL_LIMIT + 1)
        rows = [_plain(entity, r) for r in rows]
        return DrillRows(entity, _COLUMNS[entity], tuple(rows[:DRILL_LIMIT]), len(rows) > DRILL_LIMIT)

    def export_xlsx(self, path: Path | str, tables: list[ChartTable]) -> Path:
        """The numbers behind charts, one sheet per chart (atomic: a failed write leaves no file)."""
        # Imported here: openpyxl costs a tenth of a second, and start-up does not need it.
        from crm_desktop.interchange.report_writer import (
            INT,
            MONEY,
            MONTH,
            PERCENT,
            TEXT,
            ReportSheet,
            write_table_xlsx,
        )

        kinds = {"text": TEXT, "month": MONTH, "money": MONEY, "count": INT, "percent": PERCENT, "score": TEXT}
        sheets = [ReportSheet(t.title, t.headers, [kinds.get(k, TEXT) for k in t.kinds],
                              [list(r) for r in t.rows]) for t in tables]
        return write_table_xlsx(path, sheets)

    def owners(self) -> list[UserData]:
        with self._uow() as uow:
            return [UserData(u.id, u.username, u.display_name, u.role, u.team) for u in uow.users.all()]

    def teams(self) -> list[str]:
        with self._uow() as uow:
            return uow.opportunities.teams()


def _plain(entity: str, row: tuple) -> tuple:
    """Stored integers of money as Decimals, so a drill list shows and exports exact amounts."""
    if entity == "opportunity":
        return (*row[:3], Decimal(row[3] or 0).scaleb(-money.AMOUNT_SCALE), *row[4:])
    if entity == "order":
        return (*row[:5], Decimal(row[5] or 0).scaleb(-money.AMOUNT_SCALE), *row[6:])
    return tuple(row)

