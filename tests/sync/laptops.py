"""Laptops for sync tests: a store on its own "computer" (installation folder), syncing with a test
server through a transport that remembers every answer to a push and can make the rep edit while a
pull page is on its way."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import select

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.store.models import Account
from crm_desktop.sync.installation import Installation
from tests.server.sync_world import PASSWORD

SERVER = "http://testserver"


class Wire(httpx.BaseTransport):
    """Passes requests to the server in process; notes each push's outcomes by mutation id, and runs
    `laptop.during_pull` once when a pull page has arrived, before the laptop applies it."""

    def __init__(self, inner: httpx.BaseTransport, laptop: Laptop) -> None:
        self.inner, self.laptop = inner, laptop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self.inner.handle_request(request)
        body = response.read()  # decoded: the copy must not claim to be gzip any more
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-encoding", "content-length")}
        if request.url.path == "/sync/push" and response.status_code == 200:
            for result in json.loads(body)["results"]:
                self.laptop.acked[result["mutation_id"]] = result["outcome"]
        elif response.status_code >= 400:
            self.laptop.refusals.append(json.loads(body or b"{}").get("error", str(response.status_code)))
        hook = self.laptop.during_pull
        if request.url.path == "/sync/pull" and hook is not None:
            self.laptop.during_pull = None
            hook()  # the rep edits while the page is on its way
        return httpx.Response(response.status_code, headers=headers, content=body)


class Laptop:
    def __init__(self, client, path: Path, username: str, computer: Path) -> None:
        self.client, self.path, self.username, self.computer = client, Path(path), username, Path(computer)
        self.during_pull: Callable[[], None] | None = None
        self.acked: dict[str, str] = {}  # mutation id -> outcome, as the server answered this laptop
        self.refusals: list[str] = []  # the error codes of the server's refusals
        self.open()

    def open(self) -> None:
        self.app = CrmApp.open(self.path)
        self.app.sync.installation = Installation(self.computer)
        self.app.sync._client_factory = lambda _server, _ca: httpx.Client(
            base_url=SERVER, transport=Wire(self.client._transport, self))

    def close(self) -> None:
        self.app.close()

    def log_in(self) -> Laptop:
        self.app.sync.login(SERVER, self.username, PASSWORD)
        return self

    def sync(self):
        return self.app.sync.sync()

    def accounts(self) -> dict[str, str]:
        with self.app.store.sessions() as s:
            return {a.id: a.name for a in s.scalars(select(Account).where(Account.deleted_at.is_(None)))}

    def new_account(self, name: str) -> str:
        return self.app.customers.create_account(AccountInput(name=name, city="上海")).id
