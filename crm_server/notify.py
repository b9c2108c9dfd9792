"""Wakes this node's long-polls when any node commits a change: PostgreSQL LISTEN/NOTIFY, so no
broker is needed (sync-protocol.md, Live updates). On SQLite the one node wakes itself."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque

import psycopg

CHANNEL = "crm_changes"
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
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self.postgres:
            self._task = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def current(self) -> asyncio.Event:
        """The event the next change sets; take it BEFORE checking for changes, so none is missed."""
        return self._event

    def poke(self, payload: str = "") -> None:
        """A change was committed (call from the event loop); `payload` from `wake_payload`."""
        self.generation += 1
        self._recent.append((self.generation, payload))
        done, self._event = self._event, asyncio.Event()
        done.set()

    def poke_threadsafe(self, payload: str = "") -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.poke, payload)

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


def wake_payload(reached) -> str:
    """Who a commit concerns, from the scope keys of the rows it logged: global rows wake all;
    otherwise the teams and users named, so other long-polls need not ask the database."""
    if any(k.is_global for k in reached):
        return ""
    teams = sorted({k.team_id for k in reached if k.team_id})
    users = sorted({u for k in reached for u in (k.owner_id, k.assignee_id) if u})
    payload = json.dumps({"t": teams, "u": users}, separators=(",", ":"))
    return payload if len(payload) <= MAX_PAYLOAD else ""


def concerns(payload: str, viewer) -> bool:
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
