"""Wakes this node's long-polls when any node commits a change: PostgreSQL LISTEN/NOTIFY, so no
broker is needed (sync-protocol.md, Live updates). On SQLite the one node wakes itself.

Pushes hand their payload over after they commit, and one task per process sends the payloads of
the last 50 ms as one NOTIFY on its own connection: a NOTIFY inside a push's transaction would
make every push commit in turn (PostgreSQL serialises commits that notify)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING

import psycopg

if TYPE_CHECKING:
    from crm_server.scopes import ScopeKeys, Viewer

CHANNEL = "crm_changes"
GATHER_SECONDS = 0.05
MAX_PAYLOAD = 7000  # PostgreSQL's limit is 8000 bytes; a longer list just wakes everyone
log = logging.getLogger("crm_server.notify")


class Notifier:
    def __init__(self, database_url: str) -> None:
        self.postgres = database_url.startswith("postgresql")
        self.url = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
        self._event = asyncio.Event()
        self.generation = 0
        self._recent: deque[tuple[int, str]] = deque(maxlen=512)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._outgoing: list[str] = []
        self._to_send = asyncio.Event()

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self.postgres:
            self._tasks = [asyncio.create_task(self._listen()), asyncio.create_task(self._send())]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def publish(self, payload: str) -> None:
        """A push committed (call from any thread): tell every node, this one included."""
        if self._loop is None or self._loop.is_closed():
            return
        if not self.postgres:
            self._loop.call_soon_threadsafe(self.poke, payload)
        else:
            self._loop.call_soon_threadsafe(self._queue, payload)

    def _queue(self, payload: str) -> None:
        self._outgoing.append(payload)
        self._to_send.set()

    async def _send(self) -> None:
        conn = None
        while True:
            await self._to_send.wait()
            await asyncio.sleep(GATHER_SECONDS)
            self._to_send.clear()
            batch, self._outgoing = self._outgoing, []
            try:
                if conn is None or conn.closed:
                    conn = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
                await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, merged(batch)))
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the other nodes' waits find the change by their next look
                log.warning("sending a change notice failed (%s)", type(error).__name__)
                conn = None
                self.poke()

    def current(self) -> asyncio.Event:
        """The event the next change sets; take it BEFORE checking for changes, so none is missed."""
        return self._event

    def poke(self, payload: str = "") -> None:
        """A change was committed (call from the event loop); `payload` from `wake_payload`."""
        self.generation += 1
        self._recent.append((self.generation, payload))
        done, self._event = self._event, asyncio.Event()
        done.set()

    def since(self, generation: int) -> list[str]:
        """Payloads after `generation`; [""] (everyone) if some were already forgotten."""
        payloads = [p for g, p in self._recent if g > generation]
        if self.generation - generation > len(payloads):
            return [""]
        return payloads

    async def _listen(self) -> None:
        delay = 1.0
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    delay = 1.0
                    self.poke()  # changes made while we were not listening: let waiters look
                    async for note in conn.notifies():
                        self.poke(note.payload)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the database restarted or the network dropped: listen again
                log.warning("listening for changes failed (%s); retrying in %.0f s", type(error).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)


def wake_payload(reached: Iterable[ScopeKeys]) -> str:
    """Who a commit concerns, from the scope keys of the rows it logged: global rows wake all;
    otherwise the teams and users named, so other long-polls need not ask the database."""
    if any(k.is_global for k in reached):
        return ""
    teams = sorted({k.team_id for k in reached if k.team_id})
    users = sorted({u for k in reached for u in (k.owner_id, k.assignee_id) if u})
    payload = json.dumps({"t": teams, "u": users}, separators=(",", ":"))
    return payload if len(payload) <= MAX_PAYLOAD else ""


def concerns(payload: str, viewer: Viewer) -> bool:
    """Whether a change with this payload may be in `viewer`'s scope (false alarms only cost a query)."""
    if not payload or viewer.is_admin:
        return True
    try:
        named = json.loads(payload)
    except ValueError:
        return True
    if viewer.user_id in named.get("u", ()):
        return True
    return bool(viewer.teams.intersection(named.get("t", ())))


def merged(payloads: list[str]) -> str:
    """One payload naming everyone the given ones name ("" = everyone)."""
    if any(not p for p in payloads):
        return ""
    teams, users = set(), set()
    for payload in payloads:
        named = json.loads(payload)
        teams.update(named.get("t", ()))
        users.update(named.get("u", ()))
    joined = json.dumps({"t": sorted(teams), "u": sorted(users)}, separators=(",", ":"))
    return joined if len(joined) <= MAX_PAYLOAD else ""
