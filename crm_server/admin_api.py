"""Admin endpoints for users, teams and devices: the crm-server commands over HTTP, for admins only."""

# No `from __future__ import annotations`: FastAPI reads the route annotations, which name local aliases.

from collections.abc import Callable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from crm_server.admin import Admin, AdminError
from crm_server.auth import AuthError, AuthService, Caller

T = TypeVar("T")


class NewUser(BaseModel):
    username: str = Field(min_length=1, max_length=60)
    password: str = Field(min_length=8, max_length=200)
    display_name: str | None = Field(default=None, max_length=120)
    role: str = Field(default="rep", pattern="^(admin|manager|rep)$")
    team: str | None = Field(default=None, max_length=60)


class NewTeam(BaseModel):
    name: str = Field(min_length=1, max_length=60)
    manager: str | None = Field(default=None, max_length=60)


class RoleChange(BaseModel):
    role: str = Field(pattern="^(admin|manager|rep)$")


class Member(BaseModel):
    username: str = Field(min_length=1, max_length=60)


def router(caller_dep: Callable[..., Caller], session_dep: Callable[..., Iterator[Session]]) -> APIRouter:
    """The admin routes, given the app's dependencies for the caller and the session."""
    api = APIRouter(prefix="/admin", tags=["admin"])

    def admin_only(who: Annotated[Caller, Depends(caller_dep)]) -> Caller:
        if who.role != "admin":
            raise AuthError("admin_only", 403)
        return who

    AdminCaller = Annotated[Caller, Depends(admin_only)]  # noqa: N806 - a type alias, named like one
    Db = Annotated[Session, Depends(session_dep)]  # noqa: N806

    def run(step: Callable[[], T]) -> T:
        try:
            return step()
        except AdminError as error:
            raise AuthError(str(error), 400) from None

    @api.get("/users")
    def users(_who: AdminCaller, s: Db) -> list[dict[str, Any]]:
        return [u.__dict__ for u in Admin(s).users()]

    @api.post("/users", status_code=201)
    def add_user(body: NewUser, _who: AdminCaller, s: Db) -> dict[str, Any]:
        return run(lambda: Admin(s).add_user(body.username, body.password, body.display_name, body.role,
                                             body.team)).__dict__

    @api.post("/users/{username}/disable")
    def disable_user(username: str, _who: AdminCaller, s: Db) -> dict[str, Any]:
        return run(lambda: Admin(s).disable_user(username)).__dict__

    @api.post("/users/{username}/enable")
    def enable_user(username: str, _who: AdminCaller, s: Db) -> dict[str, Any]:
        return run(lambda: Admin(s).disable_user(username, disabled=False)).__dict__

    @api.post("/users/{username}/role")
    def set_role(username: str, body: RoleChange, _who: AdminCaller, s: Db) -> dict[str, Any]:
        return run(lambda: Admin(s).set_role(username, body.role)).__dict__

    @api.get("/teams")
    def teams(_who: AdminCaller, s: Db) -> list[dict[str, Any]]:
        return [{"name": n, "manager": m, "members": c} for n, m, c in Admin(s).teams()]

    @api.post("/teams", status_code=201)
    def add_team(body: NewTeam, _who: AdminCaller, s: Db) -> dict[str, Any]:
        return {"id": run(lambda: Admin(s).add_team(body.name, body.manager)), "name": body.name}

    @api.post("/teams/{name}/members")
    def add_member(name: str, body: Member, _who: AdminCaller, s: Db) -> dict[str, Any]:
        return run(lambda: Admin(s).add_member(name, body.username)).__dict__

    @api.get("/devices")
    def devices(_who: AdminCaller, s: Db) -> list[dict[str, Any]]:
        return [d.__dict__ for d in Admin(s).devices()]

    @api.post("/devices/{device_id}/revoke", status_code=204)
    def revoke(device_id: str, request: Request, _who: AdminCaller, s: Db) -> None:
        try:
            AuthService(s, request.app.state.settings).revoke_device(device_id)
        except KeyError:
            raise AuthError("no_such_device", 404) from None

    return api
