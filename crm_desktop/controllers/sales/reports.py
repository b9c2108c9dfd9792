"""Sales forecast and sales report: stored groups in the home currency, rolled up, and written to xlsx."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from crm_desktop.domain.common import money
from crm_desktop.domain.sales.entities import ForecastRow, PipelineFilter, SalesReport, SalesReportRow
from crm_desktop.domain.sales.values import amount_of, in_home
from crm_desktop.store.database import Store
from crm_desktop.store.unit_of_work import UnitOfWork

# The words of the exported sheets. The GUI passes them translated; these English ones serve the CLI.
REPORT_LABELS = {
    "by_month": "By month", "by_owner": "By owner", "detail": "Month and owner",
    "month": "Month", "owner": "Owner", "deals": "Open deals", "weighted": "Weighted", "commit": "Commit",
    "best_case": "Best case", "won": "Won", "orders": "Orders", "revenue": "Revenue",
    "total": "Total", "no_date": "No date", "no_owner": "No owner",
}
_FORECAST_SUMS = ("weighted", "commit", "best_case", "won")
# Stored amount x probability is in 0.01 x percent: two more digits than an amount.
_WEIGHTED_SCALE = money.AMOUNT_SCALE + 2


def _month(text: str | None) -> date | None:
    return date.fromisoformat(text + "-01") if text else None


def _month_key(month: date | None) -> tuple:
    return (month is None, month or date.min)  # deals without a close date last


class SalesReportsController:
    def __init__(self, store: Store, home_currency: str = money.HOME_CURRENCY) -> None:
        self.store = store
        self.home_currency = home_currency

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    # --- forecast -----------------------------------------------------------------------

    def forecast(self, flt: PipelineFilter | None = None) -> list[ForecastRow]:
        """One row per month and owner. Open deals count in their expected close month (deals,
        weighted, commit, best case), won deals in the month they closed (won); lost deals never.
        Each figure is converted and rounded here once; roll-ups add these rounded figures, so
        every total equals the sum of the rows shown."""
        with self._uow() as uow:
            groups = uow.opportunities.forecast(flt or PipelineFilter())
        parts: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        deals: dict[tuple, int] = defaultdict(int)
        for month, owner, status, currency, count, amount, weighted, commit in groups:
            key = (_month(month), owner or "")
            if status == "won":
                parts[key]["won"].append((currency, amount_of(amount)))
                continue
            deals[key] += count
            parts[key]["weighted"].append((currency, amount_of(weighted, _WEIGHTED_SCALE)))
            parts[key]["commit"].append((currency, amount_of(commit)))
            parts[key]["best_case"].append((currency, amount_of(amount)))
        rows = [
            ForecastRow(month, owner, deals[(month, owner)],
                        *(in_home(parts[(month, owner)][name], self.home_currency) for name in _FORECAST_SUMS))
            for month, owner in parts
        ]
        return sorted(rows, key=lambda r: (*_month_key(r.month), r.owner_name))

    def forecast_by_month(self, flt: PipelineFilter | None = None,
                          rows: list[ForecastRow] | None = None) -> list[ForecastRow]:
        """Rows per month with owner_name "" (all owners)."""
        rows = self.forecast(flt) if rows is None else rows
        out = _roll_up(rows, lambda r: (r.month, ""))
        return sorted(out, key=lambda r: _month_key(r.month))

    def forecast_shown(self, by_month: list[ForecastRow], today: date) -> list[ForecastRow]:
        """The rows by month as the forecast page lists them: from this month, or from the month of the
        earliest open deal if its expected close has passed (an overdue deal stays in sight); the months
        before, which hold only deals won back then, added up in one row (`earlier`), so nothing is hidden
        and the totals still add up. Deals with no date stay last."""
        current = today.replace(day=1)
        first_open = min((r.month for r in by_month if r.month is not None and r.deals), default=current)
        start = min(first_open, current)
        before = [r for r in by_month if r.month is not None and r.month < start]
        if not before:
            return by_month
        rolled = _roll_up(before, lambda _r: (start, ""))[0]
        return [replace(rolled, earlier=True), *(r for r in by_month if r.month is None or r.month >= start)]

    def forecast_by_owner(self, flt: PipelineFilter | None = None,
                          rows: list[ForecastRow] | None = None) -> list[ForecastRow]:
        """Rows per owner with month None (all months)."""
        rows = self.forecast(flt) if rows is None else rows
        return sorted(_roll_up(rows, lambda r: (None, r.owner_name)), key=lambda r: r.owner_name)

    def forecast_total(self, rows: Iterable[ForecastRow]) -> ForecastRow:
        out = _roll_up(rows, lambda r: (None, ""))
        return out[0] if out else ForecastRow(None, "", 0, *(money.round_money(money.ZERO, self.home_currency),) * 4)

    # --- sales report -------------------------------------------------------------------

    def sales_report(self, owner_id: str | None = None, team: str | None = None) -> SalesReport:
        """Orders (confirmed, shipped or paid; never drafts or cancelled) and their revenue in the
        home currency by order month, by owner, and month x owner."""
        with self._uow() as uow:
            groups = uow.orders.revenue(owner_id, team)
        parts: dict[tuple, list] = defaultdict(list)
        counts: dict[tuple, int] = defaultdict(int)
        for month, owner, currency, orders, total in groups:
            key = (_month(month), owner or "")
            parts[key].append((currency, amount_of(total)))
            counts[key] += orders
        rows = sorted((SalesReportRow(m, o, counts[(m, o)], in_home(parts[(m, o)], self.home_currency))
                       for m, o in parts), key=lambda r: (r.month, r.owner_name))
        zero = money.round_money(money.ZERO, self.home_currency)
        by_month: dict[date, list] = {}
        by_owner: dict[str, list] = {}
        for r in rows:
            for table, key in ((by_month, r.month), (by_owner, r.owner_name)):
                entry = table.setdefault(key, [0, zero])
                entry[0] += r.orders
                entry[1] += r.revenue
        return SalesReport(
            by_month=[(m, n, total) for m, (n, total) in sorted(by_month.items())],
            by_owner=[(o, n, total) for o, (n, total) in sorted(by_owner.items())],
            rows=rows,
        )

    # --- exports ------------------------------------------------------------------------

    def export_forecast(self, path: Path | str, flt: PipelineFilter | None = None,
                        labels: dict[str, str] | None = None) -> Path:
        """The forecast by month, by owner and month x owner as one workbook, amounts in the home currency."""
        from crm_desktop.interchange import report_writer as rw  # openpyxl: not at start-up

        w = {**REPORT_LABELS, **(labels or {})}
        rows = self.forecast(flt)
        figures = [w["deals"], w["weighted"], w["commit"], w["best_case"], w["won"]]
        kinds = [rw.INT, rw.MONEY, rw.MONEY, rw.MONEY, rw.MONEY]

        def values(r: ForecastRow) -> list:
            return [r.deals, r.weighted, r.commit, r.best_case, r.won]

        total = values(self.forecast_total(rows))
        by_month = self.forecast_by_month(rows=rows)
        by_owner = self.forecast_by_owner(rows=rows)
        sheets = [
            rw.ReportSheet(w["by_month"], [w["month"], *figures], [rw.MONTH, *kinds],
                        [[r.month or w["no_date"], *values(r)] for r in by_month], [w["total"], *total]),
            rw.ReportSheet(w["by_owner"], [w["owner"], *figures], [rw.TEXT, *kinds],
                        [[r.owner_name or w["no_owner"], *values(r)] for r in by_owner], [w["total"], *total]),
            rw.ReportSheet(w["detail"], [w["month"], w["owner"], *figures], [rw.MONTH, rw.TEXT, *kinds],
                        [[r.month or w["no_date"], r.owner_name or w["no_owner"], *values(r)] for r in rows],
                        [w["total"], "", *total]),
        ]
        return rw.write_table_xlsx(path, sheets)

    def export_sales_report(self, path: Path | str, owner_id: str | None = None, team: str | None = None,
                            labels: dict[str, str] | None = None) -> Path:
        """Orders and revenue by month, by owner and month x owner as one workbook."""
        from crm_desktop.interchange import report_writer as rw  # openpyxl: not at start-up

        w = {**REPORT_LABELS, **(labels or {})}
        report = self.sales_report(owner_id, team)
        total = [sum(r.orders for r in report.rows),
                 sum((r.revenue for r in report.rows), money.round_money(money.ZERO, self.home_currency))]
        figures, kinds = [w["orders"], w["revenue"]], [rw.INT, rw.MONEY]
        sheets = [
            rw.ReportSheet(w["by_month"], [w["month"], *figures], [rw.MONTH, *kinds],
                        [list(r) for r in report.by_month], [w["total"], *total]),
            rw.ReportSheet(w["by_owner"], [w["owner"], *figures], [rw.TEXT, *kinds],
                        [[o or w["no_owner"], n, t] for o, n, t in report.by_owner], [w["total"], *total]),
            rw.ReportSheet(w["detail"], [w["month"], w["owner"], *figures], [rw.MONTH, rw.TEXT, *kinds],
                        [[r.month, r.owner_name or w["no_owner"], r.orders, r.revenue] for r in report.rows],
                        [w["total"], "", *total]),
        ]
        return rw.write_table_xlsx(path, sheets)


def _roll_up(rows: Iterable[ForecastRow], key) -> list[ForecastRow]:
    """Rows added up per key (month, owner_name), in first-seen order."""
    sums: dict[tuple, list] = {}
    for r in rows:
        entry = sums.get(key(r))
        if entry is None:
            sums[key(r)] = [r.deals, r.weighted, r.commit, r.best_case, r.won]
        else:
            for i, value in enumerate((r.deals, r.weighted, r.commit, r.best_case, r.won)):
                entry[i] += value
    return [ForecastRow(month, owner, *figures) for (month, owner), figures in sums.items()]
