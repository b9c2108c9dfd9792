"""A transport between the sync client and the server that loses, repeats, delays and reorders
requests and answers, by a seeded random number generator (so a failing run can be replayed)."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

import httpx


@dataclass
class Faults:
    """Chances per request (0..1)."""

    lose_request: float = 0.0  # never reaches the server
    lose_answer: float = 0.0  # the server acted; the answer is lost on the way back
    duplicate: float = 0.0  # the server receives it twice
    stale_replay: float = 0.0  # an older push arrives again, late (reordering)
    delay: float = 0.0  # held back a little
    counts: dict = field(default_factory=dict)
    old_pushes: list = field(default_factory=list)  # shared by the laptops' connections: replayed late

    def off(self) -> None:
        self.lose_request = self.lose_answer = self.duplicate = self.stale_replay = self.delay = 0.0


class FaultyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, faults: Faults, rng: random.Random) -> None:
        self.inner, self.faults, self.rng = inner, faults, rng

    def _roll(self, chance: float, name: str) -> bool:
        hit = chance > 0 and self.rng.random() < chance
        if hit:
            self.faults.counts[name] = self.faults.counts.get(name, 0) + 1
        return hit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        f = self.faults
        request.read()
        if request.url.path == "/sync/push":
            if f.old_pushes and self._roll(f.stale_replay, "stale_replay"):
                self._send(self.rng.choice(f.old_pushes))  # its answer goes nowhere
            f.old_pushes[:] = [*f.old_pushes[-9:], _copy(request)]
        if self._roll(f.delay, "delay"):
            time.sleep(self.rng.uniform(0.001, 0.02))
        if self._roll(f.lose_request, "lose_request"):
            raise httpx.ConnectError("injected: request lost", request=request)
        if self._roll(f.duplicate, "duplicate"):
            self._send(_copy(request))
        response = self._send(request)
        if self._roll(f.lose_answer, "lose_answer"):
            raise httpx.ReadError("injected: answer lost", request=request)
        return response

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read()  # decoded: the copy must not claim to be gzip any more
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-encoding", "content-length")}
        return httpx.Response(response.status_code, headers=headers, content=body)


def _copy(request: httpx.Request) -> httpx.Request:
    return httpx.Request(request.method, request.url, headers=request.headers, content=request.content)


class NodeHopping(httpx.BaseTransport):
    """Sends each request to a node picked at random, as a load balancer without stickiness would: a
    laptop's push may land on one node and its retry on the other. A stopped node refuses the connection."""

    def __init__(self, node_urls: list[str], rng: random.Random) -> None:
        self.nodes = [httpx.URL(url) for url in node_urls]
        self.rng = rng
        self.inner = httpx.HTTPTransport()
        self.refused = 0  # requests that found their node down

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        node = self.rng.choice(self.nodes)
        request.url = request.url.copy_with(scheme=node.scheme, host=node.host, port=node.port)
        request.headers["host"] = node.netloc.decode()
        try:
            return self.inner.handle_request(request)
        except httpx.ConnectError:
            self.refused += 1
            raise

    def close(self) -> None:
        self.inner.close()
