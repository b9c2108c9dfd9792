"""HTTP for attachment files: the blob endpoints through the sync transport's connection and tokens.

A failure that concerns one file (refused as too large, not found, a hash mismatch) is a FileRefusedError
for that file; one that concerns the connection or the account is the transport's own error, and ends
the files' part of the round.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import httpx

from crm_desktop.sync.transport import (
    CredentialsError,
    DeviceRevokedError,
    OfflineError,
    ThrottledError,
    Transport,
    UpgradeRequiredError,
)
from crm_protocol.blobs import BLOB_LIMITS_PATH, BLOB_PATH, BlobLimits, BlobStatusAnswer


class FileRefusedError(Exception):
    """The server refused this file (`code`: file_too_large, quota_exceeded, not_found, hash_mismatch, ...)."""

    def __init__(self, code: str, detail: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code, self.detail = code, detail or {}


class BlobWire:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self._refreshing = threading.Lock()  # files go side by side: one refresh for all of them

    @property
    def http(self) -> httpx.Client:
        return self.transport.http

    def _auth(self) -> dict[str, str]:
        if self.transport.tokens is None:
            raise CredentialsError("not logged in")
        return {"Authorization": f"Bearer {self.transport.tokens.access_token}"}

    def _send(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        """The answer to `request`; a 401 refreshes the tokens once and repeats it."""
        for attempt in range(2):
            auth = self._auth()
            request.headers.update(auth)
            try:
                response = self.http.send(request, stream=stream)
            except httpx.HTTPError as error:  # refused, timed out, cut
                raise OfflineError(type(error).__name__) from error
            if response.status_code != 401 or attempt:
                return response
            response.close()
            with self._refreshing:
                if self._auth() == auth:  # not refreshed meanwhile by another file's request
                    self.transport._refresh()  # the transport's own: the new pair reaches the keyring
        raise AssertionError("unreachable")

    def limits(self) -> BlobLimits:
        response = self._send(self.http.build_request("GET", BLOB_LIMITS_PATH))
        return cast(BlobLimits, _json(response))

    def status(self, sha256: str) -> BlobStatusAnswer | None:
        """How far the server has the file (None: it holds none of it)."""
        response = self._send(self.http.build_request("HEAD", BLOB_PATH.format(sha256=sha256)))
        if response.status_code == 404:
            return None
        _check(response, {})
        h = response.headers
        return {"sha256": sha256, "size": int(h["x-blob-size"]), "received": int(h["x-blob-received"]),
                "complete": h.get("x-blob-complete") == "1"}

    def put(self, sha256: str, size: int, offset: int, data: bytes) -> BlobStatusAnswer:
        request = self.http.build_request("PUT", BLOB_PATH.format(sha256=sha256), content=data,
                                          params={"size": size, "offset": offset},
                                          headers={"Content-Type": "application/octet-stream"})
        return cast(BlobStatusAnswer, _json(self._send(request)))

    @contextmanager
    def download(self, sha256: str, start: int) -> Iterator[tuple[int, httpx.Response]]:
        """The file's bytes from `start` (all of them when the server ignores the range): (where the body
        starts in the file, the streamed response)."""
        headers = {"Range": f"bytes={start}-"} if start else {}
        response = self._send(self.http.build_request("GET", BLOB_PATH.format(sha256=sha256), headers=headers),
                              stream=True)
        try:
            if response.status_code not in (200, 206):
                response.read()
                _json(response)
            yield (start if response.status_code == 206 else 0), response
        finally:
            response.close()


def _json(response: httpx.Response) -> Any:
    try:
        body = response.json() if response.content else {}
    except ValueError:
        body = {}
    _check(response, body if isinstance(body, dict) else {})
    return body


def _check(response: httpx.Response, body: dict[str, Any]) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    error = str(body.get("error", "")) or str(status)
    if status == 401:
        raise CredentialsError(error)
    if status == 403:
        raise DeviceRevokedError(error)
    if status == 426:
        raise UpgradeRequiredError(error)
    if status == 429:
        raise ThrottledError(int(response.headers.get("Retry-After", "60") or 60))
    if status >= 500 or status == 408:
        raise OfflineError(f"server answered {status}")
    raise FileRefusedError(error if error != str(status) else ("not_found" if status == 404 else error), body)
