"""Who may see and edit which record (domain.md, People and rights), as scope keys on each row.

A rep sees records they own or are assigned, plus their team's shared records (accounts in the
pool, the team's unassigned tickets); a manager sees every record of the teams they belong to or
manage; an admin sees all. Reference data (stages, products, tags, users) is visible to everyone.
Lines, ticket events, check-ins and attachments carry their parent's keys. The same rules exist twice: as SQL
for pull and snapshot, and in Python for the one record a push touches; tests hold the two to each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, or_, select, true
from sqlalchemy.orm import Session

from crm_protocol.checks import RejectionError
from crm_server.auth import Caller
from crm_server.models import ChangeLog, Record, Team, User

# Everyone reads these. Stages and loss reasons are the admin's (a laptop's first copy of a shipped one
# excepted: crm_server/merge.py); products the managers' and admins' (stock moves: crm_server/stock.py); tags
# and templates anyone makes, and only their author, a manager or an admin changes.
GLOBAL_ENTITIES = frozenset({"pipeline_stage", "loss_reason", "product", "tag", "user", "email_template"})
# entity -> what the refusal says only admins change
ADMIN_ONLY = {"pipeline_stage": "the pipeline stages", "loss_reason": "the loss reasons"}
MANAGED = frozenset({"product"})
# child entity -> (parent entity, the child's field naming the parent)
PARENTS = {
    "opportunity_line": ("opportunity", "opportunity_id"),
    "sales_order_line": ("sales_order", "order_id"),
    "ticket_event": ("ticket", "ticket_id"),
    "campaign_member": ("campaign", "campaign_id"),
    "checkin": ("activity", "activity_id"),
}
# An attachment's parent is named by two of its own fields: the kind of record and its id. It is seen by
# whoever sees that record, and follows it when it changes hands.
ATTACHABLE = frozenset({"account", "contact", "opportunity", "sales_order", "ticket", "activity"})
CHILD_ENTITIES = frozenset(PARENTS) | {"attachment"}


def parent_of(entity: str, data: dict[str, Any]) -> tuple[str, str, Any] | None:
    """(parent entity, the child's field naming the parent, the parent's id), or None for a record with no
    parent. RejectionError for an attachment on a kind of record that takes none."""
    if entity in PARENTS:
        parent_entity, field = PARENTS[entity]
        return parent_entity, field, data.get(field)
    if entity == "attachment":
        kind = data.get("record_type")
        if kind not in ATTACHABLE:
            raise RejectionError(f"invalid: attachments are kept on {', '.join(sorted(ATTACHABLE))}",
                                 "record_type")
        return kind, "record_id", data.get("record_id")
    return None


def parent_fields(entity: str) -> tuple[str, ...]:
    """The fields of a child record that name its parent (a child never moves to another parent)."""
    if entity in PARENTS:
        return (PARENTS[entity][1],)
    return ("record_type", "record_id") if entity == "attachment" else ()


@dataclass(frozen=True)
class ScopeKeys:
    owner_id: str | None = None
    assignee_id: str | None = None
    team_id: str | None = None
    shared: bool = False
    is_global: bool = False

    @classmethod
    def of(cls, row: Record | ChangeLog) -> ScopeKeys:
        return cls(row.owner_id, row.assignee_id, row.team_id, bool(row.shared), bool(row.is_global))

    def columns(self) -> dict[str, Any]:
        return {"owner_id": self.owner_id, "assignee_id": self.assignee_id, "team_id": self.team_id,
                "shared": self.shared, "is_global": self.is_global}


GLOBAL = ScopeKeys(is_global=True)


@dataclass(frozen=True)
class Viewer:
    """A caller with the teams whose records it sees (a manager's own and managed teams)."""

    user_id: str
    role: str
    team_id: str | None
    teams: frozenset[str]

    @classmethod
    def of(cls, session: Session, caller: Caller) -> Viewer:
        teams = {caller.team_id} if caller.team_id else set()
        if caller.role == "manager":
            teams.update(session.scalars(select(Team.id).where(Team.manager_id == caller.user_id)))
        return cls(caller.user_id, caller.role, caller.team_id, frozenset(teams))

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def sees(self, keys: ScopeKeys) -> bool:
        if self.is_admin or keys.is_global:
            return True
        if self.user_id in (keys.owner_id, keys.assignee_id):
            return True
        if self.role == "manager":
            return keys.team_id in self.teams
        return keys.shared and keys.team_id is not None and keys.team_id == self.team_id

    def clause(self, table: Table) -> ColumnElement[bool]:
        """The same rule as `sees`, as a WHERE clause over a table with the scope-key columns."""
        if self.is_admin:
            return true()
        mine = or_(table.c.is_global, table.c.owner_id == self.user_id, table.c.assignee_id == self.user_id)
        if self.role == "manager":
            return or_(mine, table.c.team_id.in_(sorted(self.teams))) if self.teams else mine
        if self.team_id is None:
            return mine
        return or_(mine, and_(table.c.shared, table.c.team_id == self.team_id))


class TeamBook:
    """Users' teams, looked up once per request."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._teams: dict[str, str | None] = {}

    def team_of(self, user_id: str | None) -> str | None:
        if user_id is None:
            return None
        if user_id not in self._teams:
            user = self.session.get(User, user_id)
            self._teams[user_id] = user.team_id if user is not None else None
        return self._teams[user_id]

    def exists(self, user_id: str) -> bool:
        return self.session.get(User, user_id) is not None


def keys_for(entity: str, data: dict[str, Any], writer: Viewer, teams: TeamBook, parent: ScopeKeys | None) -> ScopeKeys:
    """The scope keys of a row of `entity` holding `data`."""
    if entity in GLOBAL_ENTITIES:
        return GLOBAL
    if entity in CHILD_ENTITIES:
        return parent if parent is not None else ScopeKeys(owner_id=data.get("owner_id"))
    owner = data.get("owner_id")
    assignee = data.get("assignee_id") if entity == "ticket" else None
    team = teams.team_of(owner) or teams.team_of(assignee) or (writer.team_id if owner is None else None)
    if entity == "account":
        shared = bool(data.get("in_pool"))
    elif entity == "ticket":
        shared = assignee is None  # the team's unassigned queue
    else:
        shared = False
    return ScopeKeys(owner, assignee, team, shared, False)


def may_assign(viewer: Viewer, teams: TeamBook, user_id: str) -> bool:
    """Whether `viewer` may make `user_id` a record's owner or assignee."""
    if viewer.is_admin or user_id == viewer.user_id:
        return True
    if not teams.exists(user_id):
        return False
    team = teams.team_of(user_id)
    return team is not None and (team in viewer.teams if viewer.role == "manager" else team == viewer.team_id)


def check_write(viewer: Viewer, teams: TeamBook, entity: str, before: ScopeKeys | None, data: dict[str, Any],
                changes: dict[str, Any], increment: bool = False) -> None:
    """RejectionError unless `viewer` may apply `changes` to this record now (before: its current keys,
    None for a new record). Checked when the mutation is applied, not when it was made offline."""
    if entity in GLOBAL_ENTITIES:
        if entity in ADMIN_ONLY and not viewer.is_admin:
            raise RejectionError(f"forbidden: only admins change {ADMIN_ONLY[entity]}")
        if entity in MANAGED and not increment and viewer.role == "rep":
            raise RejectionError("forbidden: only managers and admins change products")
        if viewer.role == "rep" and not increment and data.get("owner_id") != viewer.user_id \
                and (before is not None or data.get("owner_id") is not None):
            # Editing another's (or nobody's) tag or template; or making one in another's name.
            raise RejectionError("forbidden: only its author, a manager or an admin changes it")
        return
    if before is not None and not viewer.sees(before):
        raise RejectionError("forbidden: the record is outside your scope")
    if entity in CHILD_ENTITIES:
        return  # the parent's rights were checked by the caller of this function
    for field in ("owner_id", "assignee_id"):
        if field in changes and data.get(field) is not None and not may_assign(viewer, teams, data[field]):
            raise RejectionError(f"forbidden: you may not give records to user {data[field]}", field)
    if data.get("owner_id") is None and not (entity == "account" and data.get("in_pool")) and not viewer.is_admin \
            and ("owner_id" in changes or before is None):
        raise RejectionError("a record needs an owner (only accounts in the pool have none)", "owner_id")
