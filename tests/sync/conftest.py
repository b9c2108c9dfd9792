"""The sync client's tests run against the real server: its fixtures come from tests/server, plus
`live_server`, the same server on a real loopback port."""

import socket
import threading
import time

import pytest
import uvicorn

from crm_server.app import create_app
from tests.server.conftest import (  # noqa: F401 - fixtures, found by name
    _pg_admin,
    cluster,
    pg_database,
    pg_url,
    pg_world,
    postgres_url,
    server_url,
    world,
)
from tests.server.sync_world import build_world


@pytest.fixture
def live_server(server_url):  # noqa: F811 - the fixture imported above
    """The world's server on a real loopback port (uvicorn in a thread); yields its base URL."""
    settings, _ids = build_world(server_url)
    app = create_app(settings)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    app.state.engine.dispose()
