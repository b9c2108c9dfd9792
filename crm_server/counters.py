"""Server-side numbers: record versions (one global sequence) and human document numbers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from crm_server.models import Counter

# Confirmed numbers replace the device's provisional ones on first push (sync-protocol.md, Identity).
ORDER_PREFIX = {"quote": "QT", "order": "SO"}


def bump(session: Session, name: str) -> int:
    """Add one to counter `name` (created at 1) and return it, inside the caller's transaction."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Counter).values(name=name, value=1)
    statement = statement.on_conflict_do_update(index_elements=["name"], set_={"value": Counter.value + 1})
    value: int = session.execute(statement.returning(Counter.value)).scalar_one()
    return value


def next_version(session: Session) -> int:
    """The next value of the global change counter: every row and field version comes from it."""
    return reserve_versions(session, 1)[0]


def reserve_versions(session: Session, count: int) -> list[int]:
    """`count` increasing versions in one round trip. Take them only after locking the rows they
    will stamp: a row's versions then only ever grow (a writer that waited for the lock draws later)."""
    if session.get_bind().dialect.name == "postgresql":
        return list(session.execute(text("SELECT nextval('record_version_seq') FROM generate_series(1, :n)"),
                                    {"n": count}).scalars())
    # SQLite has one writer at a time: a counter row is enough.
    statement = sqlite.insert(Counter).values(name="version", value=count)
    statement = statement.on_conflict_do_update(index_elements=["name"], set_={"value": Counter.value + count})
    last: int = session.execute(statement.returning(Counter.value)).scalar_one()
    return list(range(last - count + 1, last + 1))


def confirmed_number(session: Session, entity: str, data: dict[str, Any]) -> str | None:
    """The server's number for a new ticket or quote/order, or None for other records."""
    if entity == "ticket":
        return f"T-{bump(session, 'T'):06d}"
    if entity == "sales_order":
        prefix = ORDER_PREFIX.get(str(data.get("kind")), "SO")
        year = str(data.get("order_date") or "")[:4] or "0000"
        return f"{prefix}-{year}-{bump(session, f'{prefix}/{year}'):06d}"
    return None
