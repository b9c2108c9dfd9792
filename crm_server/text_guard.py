"""Refuses text that Python reads but cannot write back as UTF-8 (lone UTF-16 surrogates, bytes that are
not UTF-8) in request bodies, query strings and paths: 422 `invalid_text` naming the place, never the text.

JSON may escape half of a surrogate pair on its own (`"\\ud800"`); Python decodes it into a str that no
encoder, database driver or error message can write, so it must not get past the door. The scan runs on
the raw bytes: one search for any surrogate escape, which nearly every body passes at once, and a walk
over the escapes only when there is one (emoji escaped by an ASCII-only client)."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_HEX = rb"[0-9a-fA-F]"
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]" + _HEX * 2)
# Reads a body escape by escape from its start, so an escaped backslash followed by `ud800` (text) is told
# apart from an escape, and stops before the first surrogate that is not a high one followed by a low one.
_PAIRED_ESCAPES = re.compile(
    rb"(?:[^\\]++|\\(?:u(?:[dD][89abAB]" + _HEX * 2 + rb"\\u[dD][c-fC-F]" + _HEX * 2
    + rb"|(?![dD][89a-fA-F])" + _HEX * 4 + rb")|[^u]))*+")
_JSON_UTF8 = ("utf-8", "utf-8-sig")
Location = list[str | int]  # where in a request the bad text is, as a 422 `loc`: ["body", "mutations", 0, ...]


class SafeJSONResponse(JSONResponse):
    """A JSON answer that cannot fail on text it cannot encode: such characters are written as `?`."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
            "utf-8", "replace")


def writable(text: str) -> str:
    """`text` with whatever cannot be written as UTF-8 replaced by `?` (for error messages)."""
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def lone_surrogate_offset(body: bytes) -> int | None:
    """Where the first JSON escape of half a surrogate pair starts in `body`, or None."""
    if _SURROGATE_ESCAPE.search(body) is None:
        return None
    escapes = _PAIRED_ESCAPES.match(body)
    stop = escapes.end() if escapes is not None else 0  # the pattern matches every body, if only emptily
    # Stopped at anything else (a broken escape), the body is no JSON: the parser refuses it.
    return stop if _SURROGATE_ESCAPE.match(body, stop) else None


def undecodable_offset(body: bytes) -> int | None:
    """Where `body` stops being UTF-8, or None. JSON in UTF-16 or UTF-32 (which Python's parser would
    also read) counts as not UTF-8: its surrogates are not escapes and would slip past the scan."""
    if json.detect_encoding(body) not in _JSON_UTF8:
        return 0
    if body.isascii():
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None


def bad_json_location(body: bytes) -> Location:
    """The path to a key or value with unwritable text, as a 422 `loc`: ["body", "mutations", 0, "changes",
    "(field name)"]. Only keys that are themselves writable are named, cut to 60 characters."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return ["body"]
    pending: list[tuple[object, Location]] = [(document, ["body"])]
    while pending:
        value, loc = pending.pop()
        if isinstance(value, str) and writable(value) != value:
            return loc
        if isinstance(value, dict):
            for key, item in value.items():
                if writable(key) != key:
                    return [*loc, "(field name)"]
                pending.append((item, [*loc, key[:60]]))
        elif isinstance(value, list):
            pending.extend((item, [*loc, index]) for index, item in enumerate(value))
    return ["body"]


def bad_query_parameter(query_string: bytes) -> Location | None:
    """The `loc` of the first query parameter whose name or value does not decode to UTF-8, or None."""
    if b"%" not in query_string and query_string.isascii():
        return None
    for part in query_string.split(b"&"):
        name, _, value = part.partition(b"=")
        if not _utf8(name):
            return ["query"]
        if not _utf8(value):
            return ["query", unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8")]
    return None


def _utf8(encoded: bytes) -> bool:
    try:
        unquote_to_bytes(encoded.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class TextGuard:
    """Pure ASGI middleware: checks the path and query string, then reads the whole body (BodyLimit, in
    front, has already bounded it), checks it and hands it on in one piece."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not _utf8(scope.get("raw_path") or b""):
            await _refuse(send, ["path"], "the path is not UTF-8 text")
            return
        query = bad_query_parameter(scope.get("query_string") or b"")
        if query is not None:
            await _refuse(send, query, "a query parameter is not UTF-8 text")
            return
        if _binary(scope):
            # An attachment file's chunk (blobs_api.py): bytes, never decoded as text, passed through as they come.
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        if body is None:
            return  # the client went away, or BodyLimit answered already
        offset = undecodable_offset(body)
        if offset is not None:
            await _refuse(send, ["body"], "the body is not UTF-8", offset)
            return
        offset = lone_surrogate_offset(body)
        if offset is not None:
            await _refuse(send, bad_json_location(body), "half of a UTF-16 surrogate pair on its own", offset)
            return
        await self.app(scope, _replay(body, receive), send)


def _binary(scope: Scope) -> bool:
    content_type: bytes = dict(scope.get("headers") or []).get(b"content-type", b"")
    return content_type.split(b";")[0].strip().lower() == b"application/octet-stream"


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The app's `receive`: the whole body first, then whatever the client sends next (a disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _refuse(send: Send, loc: Location, message: str, offset: int | None = None) -> None:
    answer: dict[str, Any] = {"error": "invalid_text", "loc": loc, "message": message}
    if offset is not None:
        answer["offset"] = offset
    body = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")
    await send({"type": "http.response.start", "status": 422,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
