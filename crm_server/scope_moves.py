"""Change-log entries, and moving a record (with its lines or events) to new scope keys.

Every move logs the old keys as well as the new ones: the users who lose the record find the
old entry in their pull and are sent `remove` (sync-protocol.md, Pull).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_protocol.ids import utcnow
from crm_server.counters import next_version
from crm_server.models import ChangeLog, Record, User
from crm_server.scopes import (
    ATTACHABLE,
    CHILD_ENTITIES,
    GLOBAL,
    GLOBAL_ENTITIES,
    PARENTS,
    ScopeKeys,
    TeamBook,
    Viewer,
    keys_for,
)

# parent entity -> the entities of its children (attachments hang on several kinds of record)
CHILDREN: dict[str, tuple[str, ...]] = {}
for _child, (_parent, _field) in PARENTS.items():
    CHILDREN[_parent] = (*CHILDREN.get(_parent, ()), _child)
for _parent in ATTACHABLE:
    CHILDREN[_parent] = (*CHILDREN.get(_parent, ()), "attachment")


def log_change(session: Session, row: Record, keys: ScopeKeys) -> None:
    session.add(ChangeLog(entity=row.entity, record_id=row.id, version=row.version, at=utcnow(), **keys.columns()))


def move(session: Session, row: Record, keys: ScopeKeys) -> None:
    """Give `row` and its children new scope keys (the caller logs the row's new state)."""
    log_change(session, row, ScopeKeys.of(row))
    for column, value in keys.columns().items():
        setattr(row, column, value)
    children = CHILDREN.get(row.entity)
    if not children:
        return
    for line in session.scalars(select(Record).where(Record.entity.in_(children), Record.parent_id == row.id)):
        log_change(session, line, ScopeKeys.of(line))
        for column, value in keys.columns().items():
            setattr(line, column, value)
        log_change(session, line, keys)


def rescope_user_records(session: Session, user_id: str) -> int:
    """After a user changed teams: their records follow them to the new team. Returns how many moved."""
    teams, moved = TeamBook(session), 0
    nobody = Viewer("", "admin", None, frozenset())  # writer's team only matters for records without owner
    rows = session.scalars(select(Record).where(or_(Record.owner_id == user_id, Record.assignee_id == user_id),
                                                Record.entity.not_in(list(GLOBAL_ENTITIES) + list(CHILD_ENTITIES))))
    for row in rows:
        keys = keys_for(row.entity, row.data, nobody, teams, None)
        if keys != ScopeKeys.of(row):
            move(session, row, keys)
            log_change(session, row, keys)
            moved += 1
    return moved


def announce_team(session: Session, team_id: str | None, shared_only: bool) -> int:
    """Log the team's records again after someone joined it (or came to manage it): their pull then
    brings the records they can now see, with no reset. Others receive them twice, harmlessly."""
    if team_id is None:
        return 0
    query = select(Record).where(Record.team_id == team_id)
    if shared_only:
        query = query.where(Record.shared)
    count = 0
    for row in session.scalars(query):
        log_change(session, row, ScopeKeys.of(row))
        count += 1
    return count


def publish_user(session: Session, user: User, team_name: str | None) -> None:
    """Mirror a user into the synced `user` records, so every device can show owners' names."""
    data = {"username": user.username, "display_name": user.display_name, "role": user.role, "team": team_name}
    version = next_version(session)
    row = session.get(Record, ("user", user.id))
    if row is None:
        row = Record(entity="user", id=user.id, data=data, field_versions=dict.fromkeys(data, version),
                     version=version, updated_at=utcnow(), **GLOBAL.columns())
        session.add(row)
    else:
        changed = [k for k in data if row.data.get(k) != data[k]]
        if not changed:
            return
        row.data, row.version, row.updated_at = data, version, utcnow()
        row.field_versions = {**row.field_versions, **dict.fromkeys(changed, version)}
    session.flush()
    log_change(session, row, GLOBAL)
