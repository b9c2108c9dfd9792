"""The sync endpoints: push, pull, snapshot, long-poll wait, and one record by id."""

# No `from __future__ import annotations`: FastAPI reads the route annotations, which name local aliases.

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from psycopg import errors as pg_errors
from pydantic import AwareDatetime, BaseModel, Field
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from crm_protocol.envelope import (
    DEVICE_TIME_LENGTH,
    ENTITY_NAME_LENGTH,
    ID_LENGTH,
    PULL_PATH,
    PUSH_PATH,
    RECORD_PATH,
    SNAPSHOT_PATH,
    WAIT_PATH,
    PushAnswer,
)
from crm_protocol.outcomes import NOT_FOUND, ItemKind, Op, Outcome
from crm_server.auth import AuthService, Caller, bearer_token
from crm_server.feed import MAX_ROWS, Cursor, Feed, FeedError
from crm_server.mutations import MutationIn
from crm_server.notify import concerns
from crm_server.push import PushService, check_schema_version
from crm_server.scopes import Viewer

BIG = 2**53 - 1  # exact in the OpenAPI document (JSON numbers are doubles) and far above any seq
ATTEMPTS = 4  # a push that meets a deadlock or a concurrent insert of the same row runs again


# The request and answer models follow crm_protocol.envelope field for field
# (tests/unit/test_protocol_envelope.py); the protocol has the shapes, these add the limits.
class MutationBody(BaseModel):
    seq: int = Field(ge=1, le=BIG, strict=True)  # `true` is not 1
    mutation_id: str = Field(min_length=1, max_length=ID_LENGTH)
    group_id: str | None = Field(default=None, max_length=ID_LENGTH)
    entity: str = Field(min_length=1, max_length=ENTITY_NAME_LENGTH)
    record_id: str = Field(min_length=1, max_length=ID_LENGTH)
    op: Op
    changes: dict[str, Any] = Field(default_factory=dict)
    base_version: int = Field(default=0, ge=0, le=BIG, strict=True)
    base_values: dict[str, Any] | None = None
    schema_version: int | None = None
    device_time: str | None = Field(default=None, max_length=DEVICE_TIME_LENGTH)
    # Why a counter moves (increments only): {"kind": "reserve"|"release"|"ship", "order_id": ...}
    # or {"kind": "adjust", "reason": ...}.
    cause: dict[str, Any] | None = None
    # Per field, where an edit builds on an older server value than `base_version`.
    base_versions: dict[str, Annotated[int, Field(ge=0, le=BIG, strict=True)]] | None = None


class PushBody(BaseModel):
    device_id: str = Field(min_length=1, max_length=ID_LENGTH)
    schema_version: int = Field(strict=True)
    mutations: list[MutationBody]
    sent_at: AwareDatetime | None = None  # the device's clock when it sent this push


class ConflictOut(BaseModel):
    id: str
    field: str
    base: Any = None
    mine: Any = None
    theirs: Any = None


class MutationResult(BaseModel):
    seq: int
    mutation_id: str
    entity: str | None = None
    record_id: str | None = None
    outcome: Outcome
    version: int | None = None
    conflicts: list[ConflictOut] = Field(default_factory=list)
    reason: str | None = None
    server_fields: dict[str, Any] = Field(default_factory=dict)
    echo: bool = False  # answered from the mutation's first application (under another device)


class PushResponse(BaseModel):
    results: list[MutationResult]
    last_applied_seq: int


class Item(BaseModel):
    entity: str
    id: str
    kind: ItemKind
    version: int
    field_versions: dict[str, int] | None = None
    data: dict[str, Any] | None = None
    deleted_at: str | None = None


class PullResponse(BaseModel):
    items: list[Item]
    cursor: str
    has_more: bool


class SnapshotResponse(BaseModel):
    items: list[Item]
    token: str | None
    done: bool
    cursor: str


class WaitResponse(BaseModel):
    changed: bool


class ErrorBody(BaseModel):
    error: str


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody} for status in (401, 403, *statuses)}


def _retryable(error: DBAPIError) -> bool:
    cause = getattr(error, "orig", None)
    if isinstance(error, IntegrityError):
        return isinstance(cause, pg_errors.UniqueViolation) or "UNIQUE" in str(cause)
    if isinstance(cause, pg_errors.DeadlockDetected | pg_errors.SerializationFailure):
        return True
    return isinstance(error, OperationalError) and "locked" in str(cause)  # SQLite's busy writer


def router(caller_dep: Callable[..., Caller], session_dep: Callable[..., Iterator[Session]]) -> APIRouter:
    api = APIRouter(tags=["sync"])
    CallerDep = Annotated[Caller, Depends(caller_dep)]  # noqa: N806 - type aliases, named like ones
    SessionDep = Annotated[Session, Depends(session_dep)]  # noqa: N806
    Version = Annotated[int, Query(description="the client's wire schema version")]  # noqa: N806

    @api.post(PUSH_PATH, response_model=PushResponse, responses=_errors(409, 413, 422, 426))
    def push(body: PushBody, who: CallerDep, s: SessionDep, request: Request) -> JSONResponse:
        """Apply the device's mutations in seq order, exactly once (a retry gets the stored outcomes)."""
        mutations = [MutationIn(m.seq, m.mutation_id, m.entity, m.record_id, m.op, m.changes, m.base_version,
                                m.base_values, m.group_id, m.device_time, m.cause, m.base_versions)
                     for m in body.mutations]
        for attempt in range(ATTEMPTS):
            try:
                result = PushService(s, who, request.app.state.settings.max_batch, body.sent_at).push(
                    body.device_id, body.schema_version, mutations)
                break
            except DBAPIError as error:
                s.rollback()
                if attempt == ATTEMPTS - 1 or not _retryable(error):
                    raise
                time.sleep(0.01 * (attempt + 1))
        if result.wake is not None:
            request.app.state.notifier.publish(result.wake)
        answer = PushAnswer(results=result.results, last_applied_seq=result.last_applied_seq)
        return JSONResponse(answer)

    @api.get(PULL_PATH, response_model=PullResponse, responses=_errors(410, 422, 426))
    def pull(who: CallerDep, s: SessionDep, schema_version: Version, cursor: str = "",
             limit: Annotated[int, Query(ge=1, le=MAX_ROWS)] = MAX_ROWS) -> JSONResponse:
        """Changes after `cursor` in the caller's scope; `remove` for records that left it."""
        check_schema_version(schema_version)
        page = Feed(s, Viewer.of(s, who)).pull(Cursor.parse(cursor), limit)
        # Built by the feed in the documented shape: sent as is, not validated again item by item.
        return JSONResponse({"items": page.items, "cursor": page.cursor, "has_more": page.has_more})

    @api.get(SNAPSHOT_PATH, response_model=SnapshotResponse, responses=_errors(422, 426))
    def snapshot(who: CallerDep, s: SessionDep, schema_version: Version, token: str = "",
                 limit: Annotated[int, Query(ge=1, le=MAX_ROWS)] = MAX_ROWS) -> JSONResponse:
        """One page of every live record in the caller's scope; keep `token` with the page to resume,
        then pull from `cursor`."""
        check_schema_version(schema_version)
        page = Feed(s, Viewer.of(s, who)).snapshot(token or None, limit)
        return JSONResponse({"items": page.items, "token": page.token, "done": page.token is None,
                             "cursor": page.cursor})

    @api.get(RECORD_PATH, response_model=Item, responses=_errors(404, 426))
    def one_record(entity: str, record_id: str, who: CallerDep, s: SessionDep, schema_version: Version) -> Item:
        """One record, if it is in the caller's scope."""
        check_schema_version(schema_version)
        item = Feed(s, Viewer.of(s, who)).record(entity, record_id)
        if item is None:
            raise FeedError(404, NOT_FOUND)
        return Item(**item)

    @api.get(WAIT_PATH, response_model=WaitResponse, responses=_errors(410, 422, 426))
    async def wait(request: Request, schema_version: Version, cursor: str = "",
                   timeout: Annotated[float, Query(ge=0, le=60)] = 25,
                   authorization: Annotated[str, Header()] = "") -> WaitResponse:
        """Answer as soon as something after `cursor` is in the caller's scope, or `changed: false`
        after `timeout` seconds. Holds no database connection while it waits."""
        check_schema_version(schema_version)
        position = Cursor.parse(cursor)
        who, viewer = await run_in_threadpool(_briefly_authenticate, request, authorization)
        notifier = request.app.state.notifier
        deadline = time.monotonic() + timeout
        seen = notifier.generation
        if await run_in_threadpool(_has_changes, request, who, position):
            return WaitResponse(changed=True)
        # The database is asked again only after a commit that concerns this user (the payload
        # names teams and users), then each second while such a change is not yet served (an
        # older transaction still running holds the watermark back).
        expecting = False
        while (remaining := deadline - time.monotonic()) > 0:
            event = notifier.current()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 1.0) if expecting else remaining)
            news, seen = notifier.since(seen), notifier.generation
            expecting = expecting or any(concerns(payload, viewer) for payload in news)
            if expecting and await run_in_threadpool(_has_changes, request, who, position):
                return WaitResponse(changed=True)
        return WaitResponse(changed=False)

    return api


def _briefly_authenticate(request: Request, authorization: str) -> tuple[Caller, Viewer]:
    with request.app.state.sessions() as s:
        caller = AuthService(s, request.app.state.settings).caller(bearer_token(authorization))
        return caller, Viewer.of(s, caller)


def _has_changes(request: Request, who: Caller, position: Cursor) -> bool:
    with request.app.state.sessions() as s:
        return Feed(s, Viewer.of(s, who)).has_changes(position)
