"""Record identity and time: UUIDv7 made on the device (unique offline, roughly time-ordered), UTC clocks."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime

# RFC 9562 variant 10 in the first hex digit of the fourth group, keeping two random bits.
VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}
_RANDOM_BYTES = 32_768


class _RandomHex:
    """Random hex digits from the OS, drawn a page at a time: one os.urandom per id (what uuid6 does) was a
    twelfth of a 100,000-row import. A child process starts with a buffer of its own, never its parent's."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.text, self.at = "", 0
        os.register_at_fork(after_in_child=self._forget)

    def _forget(self) -> None:
        self.lock = threading.Lock()
        self.text, self.at = "", 0

    def take(self, digits: int) -> str:
        """Call with self.lock held."""
        if self.at + digits > len(self.text):
            self.text, self.at = os.urandom(_RANDOM_BYTES).hex(), 0
        start = self.at
        self.at = start + digits
        return self.text[start:start + digits]


_random = _RandomHex()
_clock = {"ms": -1, "counter": 0}


def random_hex(digits: int) -> str:
    """`digits` random hex digits (from the OS's random source)."""
    with _random.lock:
        return _random.take(digits)


def new_id() -> str:
    """A UUIDv7 as text: unique across offline devices and ordered by creation time within this process.

    48 bits of Unix milliseconds, a 12-bit counter within the millisecond (RFC 9562, method 1; when it
    runs out the id borrows the next millisecond) and 62 random bits."""
    now = time.time_ns() // 1_000_000
    with _random.lock:
        if now > _clock["ms"]:
            _clock["ms"], _clock["counter"] = now, 0
        else:
            _clock["counter"] += 1
            if _clock["counter"] > 0xFFF:
                _clock["ms"], _clock["counter"] = _clock["ms"] + 1, 0
        ms, counter = _clock["ms"], _clock["counter"]
        r = _random.take(16)
    return f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{counter:03x}-{VARIANT[r[0]]}{r[1:4]}-{r[4:]}"


def utcnow() -> datetime:
    return datetime.now(UTC)
