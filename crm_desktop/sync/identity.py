"""The device's first login: the local user the app made on first start becomes the server's user.

Until then records were owned by a user id made on this laptop; the server knows the rep by its
own id. Every reference is rewritten in one transaction (rows, queued mutations, history), so
what the rep did offline before ever connecting is pushed as theirs.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.store.models import SyncedRecord

# User references beyond every synced row's owner_id.
_USER_COLUMNS = (("tickets", "assignee_id"), ("ticket_events", "author_id"), ("ticket_events", "from_value"),
                 ("ticket_events", "to_value"), ("audit_log", "user_id"))


def adopt_server_identity(session: Session, local_id: str, server_id: str, username: str) -> None:
    """Rewrite `local_id` to `server_id` everywhere (the caller commits)."""
    if local_id == server_id:
        return
    conn = session.connection()
    tables = sorted({m.class_.__tablename__ for m in SyncedRecord.registry.mappers
                     if issubclass(m.class_, SyncedRecord) and m.class_.__tablename__})
    columns = [(table, "owner_id") for table in tables] + list(_USER_COLUMNS)
    for table, column in columns:
        conn.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (server_id, local_id))
    # Queued mutations carry owner ids inside their JSON; ids are UUIDs, so text replacement is exact.
    conn.exec_driver_sql("UPDATE outbox SET changes = replace(changes, ?, ?),"
                         " base_values = replace(base_values, ?, ?)", (local_id, server_id) * 2)
    conn.exec_driver_sql("DELETE FROM users WHERE id = ?", (server_id,))  # a copy pulled before adoption
    conn.exec_driver_sql("UPDATE users SET id = ?, username = ? WHERE id = ?", (server_id, username, local_id))
