"""Wakes this node's long-polls when any node commits a change: PostgreSQL LISTEN/NOTIFY, so no
broker is needed (sync-protocol.md, Live updates). On SQLite the one node wakes itself."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import psycopg

CHANNEL = "crm_changes"
log = logging.getLogger("crm_server.notify")


class Notifier:
    def __init__(self, database_url: str) -> None:
        self.postgres = database_url.startswith("postgresql")
        self.url = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
        self._event = asyncio.Event()
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

    def poke(self) -> None:
        """A change was committed (call from the event loop)."""
        done, self._event = self._event, asyncio.Event()
        done.set()

    def poke_threadsafe(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.poke)

    async def _listen(self) -> None:
        delay = 1.0
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    delay = 1.0
                    self.poke()  # changes made while we were not listening: let waiters look
                    async for _note in conn.notifies():
                        self.poke()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the database restarted or the network dropped: listen again
                log.warning("listening for changes failed (%s); retrying in %.0f s", type(error).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
