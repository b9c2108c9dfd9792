"""Administration of users, teams and devices (the crm-server commands and, later, the admin API)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_server.auth import ROLES, hash_password
from crm_server.models import Device, Team, User
from crm_server.scope_moves import announce_team, publish_user, rescope_user_records


class AdminError(ValueError):
    """A refused administration step, with a message for the operator."""


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    team: str | None
    disabled: bool


@dataclass(frozen=True)
class DeviceRow:
    id: str
    username: str
    name: str
    last_applied_seq: int
    last_seen_at: datetime | None
    revoked: bool


class Admin:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _user(self, username: str) -> User:
        user = self.session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise AdminError(f"No user {username!r}.")
        return user

    def _team(self, name: str) -> Team:
        team = self.session.scalars(select(Team).where(Team.name == name)).first()
        if team is None:
            raise AdminError(f"No team {name!r}.")
        return team

    def add_user(self, username: str, password: str, display_name: str | None = None, role: str = "rep",
                 team: str | None = None) -> UserRow:
        username = username.strip()
        if not username:
            raise AdminError("A user needs a username.")
        if role not in ROLES:
            raise AdminError(f"The role is one of {', '.join(ROLES)}.")
        if self.session.scalars(select(User).where(User.username == username)).first() is not None:
            raise AdminError(f"The username {username!r} is taken.")
        try:
            password_hash = hash_password(password)
        except ValueError as error:
            raise AdminError(str(error)) from None
        user = User(username=username, display_name=display_name or username, role=role,
                    team_id=self._team(team).id if team else None, password_hash=password_hash)
        self.session.add(user)
        self.session.flush()
        publish_user(self.session, user, team)
        self.session.commit()
        return self._row(user)

    def users(self) -> list[UserRow]:
        return [self._row(u) for u in self.session.scalars(select(User).order_by(User.username))]

    def disable_user(self, username: str, disabled: bool = True) -> UserRow:
        user = self._user(username)
        user.disabled = disabled
        self.session.commit()
        return self._row(user)

    def set_role(self, username: str, role: str) -> UserRow:
        if role not in ROLES:
            raise AdminError(f"The role is one of {', '.join(ROLES)}.")
        user = self._user(username)
        widened = role == "manager" and user.role == "rep"
        user.role = role
        self._publish(user)
        if widened:
            announce_team(self.session, user.team_id, shared_only=False)
        self.session.commit()
        return self._row(user)

    def add_team(self, name: str, manager: str | None = None) -> str:
        name = name.strip()
        if not name:
            raise AdminError("A team needs a name.")
        if self.session.scalars(select(Team).where(Team.name == name)).first() is not None:
            raise AdminError(f"The team {name!r} exists.")
        team = Team(name=name, manager_id=self._user(manager).id if manager else None)
        self.session.add(team)
        self.session.commit()
        return team.id

    def teams(self) -> list[tuple[str, str | None, int]]:
        """(name, manager username, members) per team."""
        users = list(self.session.scalars(select(User)))
        names: dict[str | None, str] = {u.id: u.username for u in users}
        return [(t.name, names.get(t.manager_id), sum(1 for u in users if u.team_id == t.id))
                for t in self.session.scalars(select(Team).order_by(Team.name))]

    def add_member(self, team: str, username: str) -> UserRow:
        user = self._user(username)
        user.team_id = self._team(team).id
        self.session.flush()
        self._publish(user)
        rescope_user_records(self.session, user.id)
        announce_team(self.session, user.team_id, shared_only=user.role == "rep")
        self.session.commit()
        return self._row(user)

    def devices(self) -> list[DeviceRow]:
        names = {u.id: u.username for u in self.session.scalars(select(User))}
        return [DeviceRow(d.id, names.get(d.user_id, ""), d.name, d.last_applied_seq, d.last_seen_at,
                          d.revoked_at is not None)
                for d in self.session.scalars(select(Device).order_by(Device.created_at))]

    def _publish(self, user: User) -> None:
        team = self.session.get(Team, user.team_id) if user.team_id else None
        publish_user(self.session, user, team.name if team else None)

    def _row(self, user: User) -> UserRow:
        team = self.session.get(Team, user.team_id) if user.team_id else None
        return UserRow(user.id, user.username, user.display_name, user.role, team.name if team else None,
                       user.disabled)
