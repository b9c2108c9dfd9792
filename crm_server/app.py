"""The HTTP API: health, login / refresh / logout / new device, the caller behind a bearer token, sync and admin
routes.

Every request opens its own session and nothing is kept between requests, so any node behind a
load balancer can serve any request (sync-protocol.md, Scale-out).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES

from crm_protocol.envelope import DEVICES_PATH, LOGIN_PATH, LOGOUT_PATH, REFRESH_PATH
from crm_server import SERVER_SCHEMA_VERSIONS
from crm_server.admin_api import router as admin_router
from crm_server.auth import AuthError, AuthService, Caller, bearer_token, source_address
from crm_server.blobs_api import router as blobs_router
from crm_server.body_limit import BodyLimit
from crm_server.calendar_feed import router as calendar_router
from crm_server.db import HEAD_REVISION, current_revision, make_engine, sessions
from crm_server.feed import FeedError
from crm_server.notify import Notifier
from crm_server.push import PushError
from crm_server.settings import ServerSettings
from crm_server.sync_api import ErrorBody
from crm_server.sync_api import router as sync_router
from crm_server.text_guard import SafeJSONResponse, TextGuard, writable


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=60)
    password: str = Field(min_length=1, max_length=200)
    device_name: str = Field(default="device", max_length=120)
    device_id: str | None = Field(default=None, max_length=36)  # a device logging in again


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class DeviceRequest(BaseModel):
    device_name: str = Field(default="device", min_length=1, max_length=120)
    # The caller's live refresh token: an access token alone (15 minutes, perhaps a stolen copy) must
    # not be worth a new device with 30 days of refresh.
    refresh_token: str = Field(min_length=1, max_length=200)


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int
    device_id: str
    user_id: str
    role: str


class MeResponse(BaseModel):
    user_id: str
    username: str
    role: str
    team_id: str | None
    device_id: str


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as s:
        yield s


SessionDep = Annotated[Session, Depends(_session)]


def _caller(request: Request, s: SessionDep, authorization: Annotated[str, Header()] = "") -> Caller:
    caller = AuthService(s, request.app.state.settings).caller(bearer_token(authorization))
    # Give the connection back before FastAPI hops to another thread for the endpoint: a request
    # holding a connection while it waits for a thread, with every thread waiting for a
    # connection, stalls the node until the pool times out.
    s.rollback()
    return caller


CallerDep = Annotated[Caller, Depends(_caller)]


def create_app(settings: ServerSettings) -> FastAPI:
    engine = make_engine(settings.database_url)
    session_factory = sessions(engine)
    notifier = Notifier(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Fewer threads than anyio's 40: each request's database round trips wait for the GIL
        # behind every other busy thread, so more threads only make each request slower.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        await notifier.start()
        yield
        await notifier.stop()

    app = FastAPI(title="Field CRM sync server", version="1", lifespan=lifespan,
                  description="The server side of the offline-first CRM's sync protocol.")
    app.state.engine, app.state.settings, app.state.notifier = engine, settings, notifier
    app.state.sessions = session_factory
    # Pull pages compress ~10x; attachment files (photos, PDF) are compressed already.
    app.add_middleware(GZipMiddleware, minimum_size=1024,
                       exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/octet-stream"))
    app.add_middleware(TextGuard)  # behind BodyLimit, which bounds the body it reads whole
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(AuthError)
    async def refused(_request: Request, error: AuthError) -> SafeJSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else {}
        if error.retry_after:
            headers["Retry-After"] = str(error.retry_after)
        return SafeJSONResponse({"error": error.reason}, status_code=error.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> SafeJSONResponse:
        # FastAPI's own answer echoes the input, which fails on text it cannot encode: name the
        # place and the problem only.
        detail = [{"loc": [writable(str(part)) for part in e.get("loc", ())], "msg": writable(str(e.get("msg", ""))),
                   "type": e.get("type", "")} for e in error.errors()]
        return SafeJSONResponse({"error": "invalid_request", "detail": detail}, status_code=422)

    @app.exception_handler(DataError)
    async def unstorable(_request: Request, _error: DataError) -> SafeJSONResponse:
        return SafeJSONResponse({"error": "invalid_text", "message": "text the database cannot store (a NUL byte?)"},
                            status_code=422)

    @app.exception_handler(PushError)
    async def push_refused(_request: Request, error: PushError) -> SafeJSONResponse:
        return SafeJSONResponse({"error": error.error, **error.detail}, status_code=error.status)

    @app.exception_handler(FeedError)
    async def feed_refused(_request: Request, error: FeedError) -> SafeJSONResponse:
        return SafeJSONResponse({"error": error.reason}, status_code=error.status)

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        """The process answers (for the load balancer's liveness check)."""
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> SafeJSONResponse:
        """The database answers and carries the schema this node expects."""
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            revision = current_revision(engine)
        except Exception:  # any database failure means "not ready"
            return SafeJSONResponse({"status": "database_unreachable"}, status_code=503)
        if revision != HEAD_REVISION:
            return SafeJSONResponse({"status": "migration_required", "database": revision, "expected": HEAD_REVISION},
                                status_code=503)
        return SafeJSONResponse({"status": "ready", "schema_versions": list(SERVER_SCHEMA_VERSIONS)})

    @app.post(LOGIN_PATH, response_model=TokenResponse)
    def login(body: LoginRequest, s: SessionDep, request: Request) -> TokenResponse:
        address = source_address(request.client.host if request.client else None,
                                 ",".join(request.headers.getlist("x-forwarded-for")), settings.trusted_proxies)
        grant = AuthService(s, settings).login(body.username, body.password, body.device_name, body.device_id,
                                               address)
        return TokenResponse(**grant.__dict__)

    @app.post(REFRESH_PATH, response_model=TokenResponse)
    def refresh(body: RefreshRequest, s: SessionDep) -> TokenResponse:
        return TokenResponse(**AuthService(s, settings).refresh(body.refresh_token).__dict__)

    @app.post(DEVICES_PATH, response_model=TokenResponse, responses={401: {"model": ErrorBody},
                                                                         403: {"model": ErrorBody}})
    def register_device(body: DeviceRequest, who: CallerDep, s: SessionDep) -> TokenResponse:
        """A new device for the caller, without the password (a store restored from a backup or copied).
        The caller's current device and its tokens keep working."""
        grant = AuthService(s, settings).register_device(who, body.device_name, body.refresh_token)
        return TokenResponse(**grant.__dict__)

    @app.post(LOGOUT_PATH, status_code=204)
    def logout(who: CallerDep, s: SessionDep) -> None:
        AuthService(s, settings).logout(who)

    @app.get("/me", response_model=MeResponse)
    def me(who: CallerDep) -> MeResponse:
        return MeResponse(**who.__dict__)

    app.include_router(admin_router(_caller, _session))
    app.include_router(sync_router(_caller, _session))
    app.include_router(calendar_router(_caller, _session))
    app.include_router(blobs_router(_caller, _session))

    return app
