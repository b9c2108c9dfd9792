"""HTTP to the sync server (httpx): login, token refresh, push, pull, snapshot, wait.

Every failure becomes one of the exceptions below, so the sync engine decides what to do by kind
(stay offline and retry later, ask for the password, reset, tell the user) and never by parsing
messages. A 401 in the middle of a sync refreshes the tokens once and repeats the request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import httpx

from crm_protocol.envelope import (
    DEVICES_PATH,
    LOGIN_PATH,
    LOGOUT_PATH,
    PAGE_ROWS,
    PULL_PATH,
    PUSH_PATH,
    RECORD_PATH,
    REFRESH_PATH,
    SCHEMA_VERSION,
    SNAPSHOT_PATH,
    WAIT_PATH,
    Mutation,
    PullAnswer,
    PullItem,
    PushAnswer,
    PushRequest,
    SnapshotAnswer,
    TokenAnswer,
    WaitAnswer,
)
from crm_protocol.ids import utcnow
from crm_protocol.outcomes import DEVICE_FORKED, GAP, RESET_REQUIRED, UPGRADE_REQUIRED
from crm_protocol.values import to_iso


class SyncError(Exception):
    """Base of everything the transport raises; `code` is stable, for messages and logs."""

    code = "error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class OfflineError(SyncError):
    """No answer (no network, DNS, timeout, TLS failure) or a server error: try again later."""

    code = "offline"


class CredentialsError(SyncError):
    """Wrong username or password, or the refresh token is no longer valid: log in again."""

    code = "credentials"


class ThrottledError(SyncError):
    code = "throttled"

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


class DeviceRevokedError(SyncError):
    """An administrator revoked this device (or disabled the user)."""

    code = "revoked"


class UpgradeRequiredError(SyncError):
    code = UPGRADE_REQUIRED


class ResetRequiredError(SyncError):
    """The server no longer has the history after our cursor: download the snapshot again."""

    code = RESET_REQUIRED


class GapError(SyncError):
    code = GAP

    def __init__(self, expected_seq: int) -> None:
        super().__init__(f"server expects seq {expected_seq}")
        self.expected_seq = expected_seq


class ForkedError(SyncError):
    """Another store pushed under this device's numbers (a restored backup, a copied file): this
    store must register as a new device and send its unacknowledged edits again."""

    code = DEVICE_FORKED


class RefusedError(SyncError):
    """The server refused the request as malformed (a bug, or a client newer than the server)."""

    code = "refused"


class NotFoundError(SyncError):
    code = "not_found"


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    device_id: str
    user_id: str
    role: str


class Transport:
    """One server. `on_tokens` is called with every new pair (the caller keeps them in the keyring)."""

    def __init__(self, base_url: str, ca_bundle: str | None = None, tokens: Tokens | None = None,
                 on_tokens: Callable[[Tokens], None] | None = None, client: httpx.Client | None = None,
                 timeout: float = 30.0) -> None:
        verify = ca_bundle if ca_bundle else True
        self.http = client or httpx.Client(base_url=base_url.rstrip("/"), verify=verify, timeout=timeout)
        self.tokens, self.on_tokens = tokens, on_tokens

    def close(self) -> None:
        self.http.close()

    # --- accounts ------------------------------------------------------------------------

    def login(self, username: str, password: str, device_name: str, device_id: str | None = None) -> Tokens:
        body = {"username": username, "password": password, "device_name": device_name}
        if device_id:
            body["device_id"] = device_id
        answer = cast(TokenAnswer, self._send("POST", LOGIN_PATH, json=body, authorised=False))
        return self._keep(answer)

    def register_device(self, device_name: str) -> Tokens:
        """A new device of the same user, with tokens of its own; the old device keeps its own."""
        refresh = self.tokens.refresh_token if self.tokens else ""
        answer = cast(TokenAnswer, self._send("POST", DEVICES_PATH,
                                              json={"device_name": device_name, "refresh_token": refresh}))
        return self._keep(answer)

    def logout(self) -> None:
        if self.tokens is not None:
            self._send("POST", LOGOUT_PATH, retry_on_expiry=False)
            self.tokens = None

    def _refresh(self) -> None:
        if self.tokens is None:
            raise CredentialsError("not logged in")
        answer = cast(TokenAnswer, self._send("POST", REFRESH_PATH, json={"refresh_token": self.tokens.refresh_token},
                                              authorised=False))
        self._keep(answer)

    def _keep(self, answer: TokenAnswer) -> Tokens:
        self.tokens = Tokens(answer["access_token"], answer["refresh_token"], answer["device_id"],
                             answer["user_id"], answer["role"])
        if self.on_tokens is not None:
            self.on_tokens(self.tokens)
        return self.tokens

    # --- sync ----------------------------------------------------------------------------

    def push(self, mutations: list[Mutation]) -> PushAnswer:
        body = PushRequest(device_id=self.tokens.device_id if self.tokens else "", schema_version=SCHEMA_VERSION,
                           mutations=mutations, sent_at=to_iso(utcnow()))
        return cast(PushAnswer, self._send("POST", PUSH_PATH, json=body))

    def get_json(self, path: str) -> dict[str, Any]:
        """An authorised GET of one of the server's other JSON endpoints (the calendar's feed URL …)."""
        return self._send("GET", path)

    def pull(self, cursor: str, limit: int = PAGE_ROWS) -> PullAnswer:
        return cast(PullAnswer, self._send("GET", PULL_PATH, params={"cursor": cursor, "limit": limit,
                                                                      "schema_version": SCHEMA_VERSION}))

    def snapshot(self, token: str, limit: int = PAGE_ROWS) -> SnapshotAnswer:
        return cast(SnapshotAnswer, self._send("GET", SNAPSHOT_PATH, params={"token": token, "limit": limit,
                                                                              "schema_version": SCHEMA_VERSION}))

    def record(self, entity: str, record_id: str) -> PullItem | None:
        """One record as a pull item, or None when the server has none in this user's scope."""
        try:
            path = RECORD_PATH.format(entity=entity, record_id=record_id)
            return cast(PullItem, self._send("GET", path, params={"schema_version": SCHEMA_VERSION}))
        except NotFoundError:
            return None

    def wait(self, cursor: str, timeout: float = 25.0) -> bool:
        answer = cast(WaitAnswer, self._send("GET", WAIT_PATH, params={"cursor": cursor, "timeout": timeout,
                                                                        "schema_version": SCHEMA_VERSION},
                                             timeout=timeout + 15))
        return bool(answer.get("changed"))

    # --- one request ---------------------------------------------------------------------

    def _send(self, method: str, path: str, authorised: bool = True, retry_on_expiry: bool = True,
              timeout: float | None = None, **kwargs: Any) -> dict[str, Any]:
        headers: dict[str, str] = {}
        if authorised:
            if self.tokens is None:
                raise CredentialsError("not logged in")
            headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        extra: dict[str, Any] = {"timeout": timeout} if timeout is not None else {}
        try:
            response = self.http.request(method, path, headers=headers, **kwargs, **extra)
        except httpx.HTTPError as error:  # connection refused, DNS, timeout, TLS, dropped mid-body
            raise OfflineError(type(error).__name__) from error
        if response.status_code == 401 and authorised and retry_on_expiry:
            self._refresh()
            return self._send(method, path, authorised, False, timeout, **kwargs)
        return _answer(response)


def _answer(response: httpx.Response) -> dict[str, Any]:
    status = response.status_code
    try:
        body = response.json() if response.content else {}
    except ValueError:
        body = {}
    error = body.get("error", "") if isinstance(body, dict) else ""
    if 200 <= status < 300:
        return body if isinstance(body, dict) else {}
    if status == 401:
        raise CredentialsError(error or "unauthorised")
    if status == 403:
        raise DeviceRevokedError(error or "forbidden")
    if status == 409 and error == GAP:
        raise GapError(int(body.get("expected_seq", 1)))
    if status == 409 and error == DEVICE_FORKED:
        raise ForkedError(error)
    if status == 404:
        raise NotFoundError(error)
    if status == 410:
        raise ResetRequiredError(error)
    if status == 426:
        raise UpgradeRequiredError(error)
    if status == 429:
        raise ThrottledError(int(response.headers.get("Retry-After", "60") or 60))
    if status >= 500 or status in (408, 502, 503, 504):
        raise OfflineError(f"server answered {status}")
    raise RefusedError(f"{status} {error or response.text[:200]}")
