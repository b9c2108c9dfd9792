"""Pipeline stages and opportunities: the board's totals and cards, the table pages, the forecast."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from crm_desktop.domain.common.money import AMOUNT_SCALE
from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.domain.sales.entities import PipelineFilter
from crm_desktop.domain.sales.rules import COMMIT_PROBABILITY
from crm_desktop.store.models import LossReason, Opportunity, OpportunityLine, PipelineStage
from crm_desktop.store.repositories.base import RecordRepository, Repository
from crm_desktop.store.repositories.listing import ListSpec, contains_pattern, count_rows, page_rows

# Open deals are read through this partial, covering index; named, because without planner
# statistics SQLite would take the (status, expected_close) index and visit every row.
_BOARD_INDEX = "opportunities o INDEXED BY ix_opportunities_board"
_CARD_COLUMNS = (
    "o.id, o.name, o.account_name, o.amount, o.currency, o.probability, o.expected_close,"
    " u.display_name, coalesce(o.last_activity_at, o.created_at), o.stage_id"
)
OPPORTUNITY_LIST = ListSpec(
    table="opportunities o",
    alias="o",
    select=_CARD_COLUMNS + ", s.name, o.status",
    joins="LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN pipeline_stages s ON s.id = o.stage_id",
    sorts={"expected_close": "o.expected_close", "name": "o.name", "amount": "o.amount",
           "probability": "o.probability", "created": "o.rowid"},
    filters={
        # A literal, not a parameter: only then may SQLite use the indexes made for open deals.
        "open_only": "o.status = 'open'",
        "status": "o.status = ?",
        "owner_id": "o.owner_id = ?",
        "team": "o.owner_id IN (SELECT id FROM users WHERE team = ?)",
        "month": "substr(o.expected_close, 1, 7) = ?",
        "like": "(o.name LIKE ? ESCAPE '\\' OR o.account_name LIKE ? ESCAPE '\\')",
    },
)


@dataclass(frozen=True)
class _SqlFilter:
    """A PipelineFilter as the SQL conditions above take it (one value per condition)."""

    open_only: bool
    status: str | None
    owner_id: str | None
    team: str | None
    month: str | None
    like: str | None


def sql_filter(flt: PipelineFilter, status: str | None = "open") -> _SqlFilter:
    like = contains_pattern(flt.text) if flt.text else None
    month = flt.close_month.strftime("%Y-%m") if flt.close_month else None
    open_only = status == "open"
    return _SqlFilter(open_only, None if open_only else status, flt.owner_id, flt.team, month, like)


def _conditions(flt: _SqlFilter) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for name, condition in OPPORTUNITY_LIST.filters.items():
        value = getattr(flt, name)
        if name in ("status", "open_only") or not value:
            continue
        clauses.append(condition)
        params.extend([value] * condition.count("?"))
    return "".join(f" AND {c}" for c in clauses), params


class StageRepository(Repository[PipelineStage]):
    """`get` finds deleted stages too: a deal keeps showing the stage it was in."""

    model = PipelineStage

    def live(self) -> list[PipelineStage]:
        return list(self.session.scalars(
            select(PipelineStage).where(PipelineStage.deleted_at.is_(None)).order_by(PipelineStage.position)
        ))

    def usage(self, stage_id: str) -> int:
        found = self.conn.exec_driver_sql(
            "SELECT count(*) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL", (stage_id,)
        ).scalar()
        return int(found or 0)


class LossReasonRepository(Repository[LossReason]):
    """`get` finds removed reasons too: a deal lost for one keeps its name."""

    model = LossReason

    def live(self) -> list[LossReason]:
        return list(self.session.scalars(
            select(LossReason).where(LossReason.deleted_at.is_(None)).order_by(LossReason.position)))

    def every(self) -> list[LossReason]:
        """Removed ones too (live first): what names the codes old deals carry."""
        return list(self.session.scalars(
            select(LossReason).order_by(LossReason.deleted_at.is_not(None), LossReason.position)))


class OpportunityRepository(RecordRepository[Opportunity]):
    model = Opportunity

    def add_line(self, line: OpportunityLine) -> None:
        """Staged: the caller fills it in, and the next flush journals it whole."""
        self.session.add(line)

    def lines(self, opportunity_id: str) -> list[OpportunityLine]:
        return list(self.session.scalars(
            select(OpportunityLine)
            .where(OpportunityLine.opportunity_id == opportunity_id, OpportunityLine.deleted_at.is_(None))
            .order_by(OpportunityLine.position)
        ))

    # --- board and table (raw rows: 200,000 deals never become objects) ----------------

    def stage_totals(self, flt: PipelineFilter) -> list[tuple[Any, ...]]:
        """(stage_id, currency, count, sum of amount units, sum of amount units x probability)."""
        where, params = _conditions(sql_filter(flt))
        sql = ("SELECT o.stage_id, o.currency, count(*), sum(o.amount), sum(o.amount * o.probability)"
               f" FROM {_BOARD_INDEX} WHERE o.status = 'open' AND o.deleted_at IS NULL{where}"
               " GROUP BY o.stage_id, o.currency")
        return list(self.conn.exec_driver_sql(sql, tuple(params)))

    def cards(self, stage_id: str, flt: PipelineFilter, offset: int, limit: int) -> list[tuple[Any, ...]]:
        where, params = _conditions(sql_filter(flt))
        sql = (f"SELECT {_CARD_COLUMNS} FROM {_BOARD_INDEX} LEFT JOIN users u ON u.id = o.owner_id"
               f" WHERE o.stage_id = ? AND o.status = 'open' AND o.deleted_at IS NULL{where}"
               " ORDER BY o.expected_close, o.rowid LIMIT ? OFFSET ?")
        return list(self.conn.exec_driver_sql(sql, (stage_id, *params, limit, offset)))

    def count(self, flt: PipelineFilter, status: str | None) -> int:
        spec = replace(OPPORTUNITY_LIST, table=_BOARD_INDEX) if status == "open" else OPPORTUNITY_LIST
        return count_rows(self.conn, spec, sql_filter(flt, status))

    def page(self, flt: PipelineFilter, status: str | None, sort: ListSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple[Any, ...]]:
        return page_rows(self.conn, OPPORTUNITY_LIST, sql_filter(flt, status), sort,
                         offset, limit, total)

    def of_record(self, account_id: str | None, contact_id: str | None) -> list[tuple[Any, ...]]:
        column, value = ("o.contact_id", contact_id) if contact_id else ("o.account_id", account_id)
        sql = (f"SELECT {_CARD_COLUMNS}, s.name, o.status FROM opportunities o"
               " LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN pipeline_stages s ON s.id = o.stage_id"
               f" WHERE {column} = ? AND o.deleted_at IS NULL ORDER BY o.status = 'open' DESC,"
               " o.expected_close DESC LIMIT 200")
        return list(self.conn.exec_driver_sql(sql, (value,)))

    def forecast(self, flt: PipelineFilter) -> list[tuple[Any, ...]]:
        """(month 'YYYY-MM' or None, owner name, status, currency, count, amount units,
        amount x probability units, commit amount units) of open and won deals.
        Open deals count in their expected close month, won deals in the month they closed."""
        where, params = _conditions(sql_filter(flt))
        sql = (
            "SELECT CASE WHEN o.status = 'won' THEN substr(o.closed_at, 1, 7)"
            " ELSE substr(o.expected_close, 1, 7) END AS month, coalesce(u.display_name, ''), o.status,"
            " o.currency, count(*), sum(o.amount), sum(o.amount * o.probability),"
            " sum(CASE WHEN o.probability >= ? THEN o.amount ELSE 0 END)"
            " FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id"
            f" WHERE o.status IN ('open', 'won') AND o.deleted_at IS NULL{where}"
            " GROUP BY month, u.display_name, o.status, o.currency ORDER BY month, u.display_name"
        )
        return list(self.conn.exec_driver_sql(sql, (COMMIT_PROBABILITY, *params)))

    def months(self, limit: int = 240) -> list[date]:
        """Months holding open deals' expected closes: one index seek per month found, where a
        DISTINCT would read every open deal. (Deleted deals may add a month; harmless.)"""
        conn, months, after = self.conn, list[date](), ""
        while len(months) < limit:
            first = conn.exec_driver_sql(
                "SELECT min(expected_close) FROM opportunities WHERE status = 'open' AND expected_close >= ?",
                (after,)).scalar()
            if first is None:
                break
            month = date.fromisoformat(first[:7] + "-01")
            months.append(month)
            after = (month.replace(year=month.year + 1, month=1) if month.month == 12
                     else month.replace(month=month.month + 1)).isoformat()
        return months

    def campaign_results(self) -> dict[str, dict[str, tuple[int, int, Decimal]]]:
        """campaign -> currency -> (deals, won deals, won amount) of the live deals attributed to a
        campaign, summed in SQL on the stored units."""
        won = Opportunity.status == "won"
        query = (select(Opportunity.campaign_id, Opportunity.currency, func.count(), func.sum(func.iif(won, 1, 0)),
                        func.sum(func.iif(won, Opportunity.__table__.c.amount, 0)))
                 .where(Opportunity.deleted_at.is_(None), Opportunity.campaign_id.is_not(None))
                 .group_by(Opportunity.campaign_id, Opportunity.currency))
        found: dict[str, dict[str, tuple[int, int, Decimal]]] = {}
        for cid, currency, total, n_won, units in self.session.execute(query):
            found.setdefault(cid, {})[currency] = (total, n_won or 0, Decimal(units or 0).scaleb(-AMOUNT_SCALE))
        return found

    def teams(self) -> list[str]:
        rows = self.conn.exec_driver_sql(
            "SELECT DISTINCT team FROM users WHERE team IS NOT NULL AND deleted_at IS NULL ORDER BY team")
        return [r[0] for r in rows]
