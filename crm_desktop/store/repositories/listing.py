"""Paged, filtered, sorted lists for lazy table models: the work happens in SQL on indexes.

A page is found by OFFSET on an index-only subquery; near the end of the list the order is
reversed, so jumping to the last row costs as little as showing the first one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, CursorResult
from sqlalchemy.exc import OperationalError

from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.store.repositories import segments


@dataclass(frozen=True)
class ListSpec:
    table: str            # "contacts c" / "accounts a"
    alias: str            # "c" / "a"
    select: str           # columns of a row, over the table alias and its joins
    joins: str            # joins needed only for the visible columns
    sorts: dict[str, str]  # sortable column key -> indexed expression
    filters: dict[str, str]  # filter field -> SQL condition; every "?" takes the field's value
    live_count: str | None = None  # its entry in live_counts: the unfiltered length without a count


def contains_pattern(text: str) -> str:
    """A LIKE pattern (ESCAPE '\\') matching `text` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# A segment with at least this many rows is paged by walking the sort order's index (a page of
# 100 then reads a few thousand rows); a smaller one is gathered whole and sorted, which is cheaper
# than walking a million names to find a handful.
WALK_SEGMENT_ROWS = 20_000


def _where(spec: ListSpec, flt: object, walk_order: bool = False) -> tuple[str, list[Any]]:
    clauses, params = [f"{spec.alias}.deleted_at IS NULL"], list[Any]()
    for name, condition in spec.filters.items():
        value = getattr(flt, name)
        if value:
            clauses.append(condition)
            params.extend([value] * condition.count("?"))
    segment = getattr(flt, "segment", None)  # customer lists only (other lists have filters of their own)
    if segment is not None:
        condition, values = segments.list_condition(segment, spec.alias, walk_order)
        clauses.append(condition)
        params.extend(values)
    return " AND ".join(clauses), params


def count_rows(conn: Connection, spec: ListSpec, flt: object) -> int:
    if spec.live_count and flt == ListFilter():
        return int(conn.exec_driver_sql("SELECT n FROM live_counts WHERE entity = ?", (spec.live_count,)).scalar() or 0)
    if isinstance(flt, ListFilter) and flt.segment is not None and replace(flt, segment=None) == ListFilter() \
            and segments.alias_of(flt.segment) == spec.alias:
        return segments.count(conn, flt.segment)  # the segment alone: its own fast count
    where, params = _where(spec, flt)
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {spec.table} WHERE {where}", tuple(params)).scalar() or 0)


def has_rows(conn: Connection, spec: ListSpec) -> bool:
    """Whether any live row exists (stops at the first; a count reads the whole index)."""
    where, _ = _where(spec, ListFilter())
    return conn.exec_driver_sql(f"SELECT 1 FROM {spec.table} WHERE {where} LIMIT 1").first() is not None


def page_rows(
    conn: Connection, spec: ListSpec, flt: object, sort: ListSort, offset: int, limit: int,
    total: int | None = None,
) -> list[tuple[Any, ...]]:
    """Rows [offset, offset+limit) in the given order; reads from the far end when nearer."""
    where, params = _where(spec, flt, walk_order=total is not None and total >= WALK_SEGMENT_ROWS)
    key = spec.sorts.get(sort.column, next(iter(spec.sorts.values())))
    backwards = False
    if total is not None and offset > total // 2:
        backwards = True
        offset, limit = max(total - offset - limit, 0), min(limit, total - offset)
    inner_desc = sort.descending != backwards
    direction = "DESC" if inner_desc else "ASC"
    outer = "DESC" if sort.descending else "ASC"
    a = spec.alias
    sql = (
        f"SELECT {spec.select} FROM (SELECT {a}.rowid AS rid FROM {spec.table} WHERE {where}"
        f" ORDER BY {key} {direction}, {a}.id {direction} LIMIT ? OFFSET ?) AS page"
        f" JOIN {spec.table} ON {a}.rowid = page.rid {spec.joins}"
        f" ORDER BY {key} {outer}, {a}.id {outer}"
    )
    return list(conn.exec_driver_sql(sql, (*params, limit, offset)).fetchall())


# Finding a record's row counts the rows before it: on the name order's index a million take a fraction of a
# second; an order whose index leaves out deleted rows reads the table too, and is given up past this long (the
# database thread serves everything else meanwhile).
POSITION_BUDGET_S = 1.0


def row_position(conn: Connection, spec: ListSpec, flt: object, sort: ListSort, record_id: str) -> int | None:
    """The row a record has in the list (as page_rows orders it), or None when the list does not hold it (or
    counting would take longer than POSITION_BUDGET_S).

    Counted on the sort order's index: the rows before it by (key, id), NULL keys first when ascending.
    """
    where, params = _where(spec, flt)
    key = spec.sorts.get(sort.column, next(iter(spec.sorts.values())))
    a = spec.alias
    found = conn.exec_driver_sql(f"SELECT {key} FROM {spec.table} WHERE {where} AND {a}.id = ?",
                                 (*params, record_id)).first()
    if found is None:
        return None
    value = found[0]
    before: list[tuple[str, tuple[Any, ...]]]
    if value is None:
        before = [(f"{key} IS NOT NULL", ()), (f"{key} IS NULL AND {a}.id > ?", (record_id,))] if sort.descending \
            else [(f"{key} IS NULL AND {a}.id < ?", (record_id,))]
    else:
        # A row value comparison is a range on the (key, id) index; NULL keys compare as neither.
        before = [(f"({key}, {a}.id) > (?, ?)", (value, record_id))] if sort.descending \
            else [(f"{key} IS NULL", ()), (f"({key}, {a}.id) < (?, ?)", (value, record_id))]
    deadline = time.monotonic() + POSITION_BUDGET_S
    driver: Any = conn.connection.driver_connection  # sqlite3 or sqlcipher3: both have progress handlers
    driver.set_progress_handler(lambda: time.monotonic() > deadline, 20_000)  # true: SQLite stops the query
    try:
        return sum(int(conn.exec_driver_sql(f"SELECT count(*) FROM {spec.table} WHERE {where} AND {condition}",
                                            (*params, *values)).scalar() or 0) for condition, values in before)
    except OperationalError as error:
        if "interrupted" not in str(error):
            raise
        return None
    finally:
        driver.set_progress_handler(None, 0)


def stream_rows(conn: Connection, spec: ListSpec, flt: object, sort: ListSort,
                select: str | None = None) -> CursorResult[Any]:
    """Every row of the list in its order, read lazily (exports); `select` replaces the columns."""
    where, params = _where(spec, flt, walk_order=True)
    key = spec.sorts.get(sort.column, next(iter(spec.sorts.values())))
    direction = "DESC" if sort.descending else "ASC"
    sql = (f"SELECT {select or spec.select} FROM {spec.table} {spec.joins} WHERE {where}"
           f" ORDER BY {key} {direction}, {spec.alias}.id {direction}")
    return conn.exec_driver_sql(sql, tuple(params))
