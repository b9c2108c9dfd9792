"""The attachment file endpoints: status, download with ranges, upload chunk by chunk, and the limits
(read by every client, set by an admin)."""

# No `from __future__ import annotations`: FastAPI reads the route annotations, which name local aliases.

import re
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from crm_protocol.blobs import BLOB_LIMITS_PATH, BLOB_PATH
from crm_server.auth import AuthError, Caller
from crm_server.blob_service import BlobError, BlobService, BlobState, Limits, read_limits, write_limits
from crm_server.text_guard import SafeJSONResponse

BIG = 2**53 - 1
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class BlobStatus(BaseModel):
    sha256: str
    size: int
    received: int
    complete: bool


class LimitsOut(BaseModel):
    max_file_bytes: int
    max_user_bytes: int
    used_bytes: int


class LimitsIn(BaseModel):
    max_file_bytes: int = Field(ge=0, le=BIG)
    max_user_bytes: int = Field(ge=0, le=BIG)


def refused(error: BlobError) -> SafeJSONResponse:
    return SafeJSONResponse({"error": error.error, **error.detail}, status_code=error.status)


def _headers(state: BlobState) -> dict[str, str]:
    return {"X-Blob-Size": str(state.size), "X-Blob-Received": str(state.received),
            "X-Blob-Complete": "1" if state.complete else "0"}


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, end) of a single `Range: bytes=` header; None for the whole file (no header, or several
    ranges, which a server may answer whole); ValueError when it asks for nothing inside the file."""
    if not header:
        return None
    found = _RANGE.match(header.strip())
    if found is None:
        return None
    first, last = found.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0:
            raise ValueError(header)
        return max(0, size - length), size
    start = int(first)
    end = min(size, int(last) + 1) if last else size
    if start >= size or end <= start:
        raise ValueError(header)
    return start, end


def router(caller_dep: Callable[..., Caller], session_dep: Callable[..., Iterator[Session]]) -> APIRouter:
    api = APIRouter(tags=["attachments"])
    CallerDep = Annotated[Caller, Depends(caller_dep)]  # noqa: N806 - type aliases, named like ones
    SessionDep = Annotated[Session, Depends(session_dep)]  # noqa: N806
    Sha256 = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="the file's SHA-256")]  # noqa: N806
    errors: dict[int | str, dict[str, Any]] = {code: {"description": "error"} for code in (401, 404, 409, 413, 422)}

    @api.get(BLOB_LIMITS_PATH, response_model=LimitsOut)
    def limits(who: CallerDep, s: SessionDep, request: Request) -> LimitsOut:
        """The admin's limits on attachment files, and the bytes the caller's files take so far."""
        service = BlobService(s, request.app.state.settings, who)
        current = service.limits()
        return LimitsOut(max_file_bytes=current.max_file_bytes, max_user_bytes=current.max_user_bytes,
                         used_bytes=service.used())

    @api.put("/admin/attachment-limits", response_model=LimitsOut, tags=["admin"])
    def set_limits(body: LimitsIn, who: CallerDep, s: SessionDep, request: Request) -> LimitsOut:
        """Set the limits on attachment files (admins only); files already on the server stay."""
        if who.role != "admin":
            raise AuthError("admin_only", 403)
        write_limits(s, Limits(body.max_file_bytes, body.max_user_bytes))
        current = read_limits(s, request.app.state.settings)
        return LimitsOut(max_file_bytes=current.max_file_bytes, max_user_bytes=current.max_user_bytes,
                         used_bytes=BlobService(s, request.app.state.settings, who).used())

    @api.head(BLOB_PATH, responses=errors)
    def status(sha256: Sha256, who: CallerDep, s: SessionDep, request: Request) -> Response:
        """How many bytes of the file the server holds (X-Blob-Size, X-Blob-Received, X-Blob-Complete);
        404 when it holds none, or no attachment record the caller may see names it."""
        try:
            state = BlobService(s, request.app.state.settings, who).status(sha256)
        except BlobError as error:
            return Response(status_code=error.status)
        if state is None:
            return Response(status_code=404)
        return Response(status_code=200, headers=_headers(state))

    binary = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}

    @api.get(BLOB_PATH, response_class=StreamingResponse, responses={
        **errors, 200: {"description": "the file", "content": binary},
        206: {"description": "a range of the file", "content": binary},
        416: {"description": "the range asked for is outside the file"}})
    def download(sha256: Sha256, who: CallerDep, s: SessionDep, request: Request) -> Response:
        """The file's bytes, whole or the one range asked for (`Range: bytes=a-b`, `a-`, `-n`)."""
        try:
            row, backend = BlobService(s, request.app.state.settings, who).readable(sha256)
        except BlobError as error:
            return refused(error)
        size = row.size
        s.rollback()  # the connection goes back to the pool before the bytes flow
        try:
            wanted = parse_range(request.headers.get("range"), size)
        except ValueError:
            return SafeJSONResponse({"error": "range_not_satisfiable", "size": size}, status_code=416,
                                    headers={"Content-Range": f"bytes */{size}"})
        start, end = wanted if wanted is not None else (0, size)
        headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"', "Content-Length": str(end - start),
                   "Cache-Control": "private, max-age=31536000, immutable"}
        if wanted is not None:
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        pieces = backend.read(request.app.state.sessions, sha256, start, end) if end > start else iter(())
        return StreamingResponse(pieces, status_code=206 if wanted is not None else 200, headers=headers,
                                 media_type="application/octet-stream")

    @api.put(BLOB_PATH, response_model=BlobStatus, responses=errors,
             openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": {
                 "type": "string", "format": "binary"}}}, "required": True}})
    async def upload(sha256: Sha256, request: Request, who: CallerDep, s: SessionDep,
                     size: Annotated[int, Query(ge=0, le=BIG, description="the whole file's size")],
                     offset: Annotated[int, Query(ge=0, le=BIG, description="where this chunk starts")] = 0,
                     ) -> Response:
        """Bytes of the file from `offset` (the body, `application/octet-stream`). Sending a chunk again
        is harmless; a chunk past the bytes held is refused (409 offset_gap, with `received`). The last
        chunk completes the file once its SHA-256 matches (422 hash_mismatch drops it otherwise). 413
        when the file or the caller's files together would pass the admin's limits."""
        data = await request.body()
        settings = request.app.state.settings
        try:
            state = await run_in_threadpool(lambda: BlobService(s, settings, who).put(sha256, size, offset, data))
        except BlobError as error:
            s.rollback()
            return refused(error)
        return SafeJSONResponse(state.as_dict(), headers=_headers(state))

    return api
