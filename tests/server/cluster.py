"""A two-node crm_server cluster behind nginx on loopback ports, for server tests and the load bench."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
NGINX_PACKAGE = "nginx"  # the Debian package (tools/ensure-system-packages.sh installs it)
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0
LOG_TAIL_LINES = 40


class ClusterError(RuntimeError):
    """The cluster could not start; the message carries the failing process's log tail."""


def nginx_binary() -> str | None:
    """The nginx executable, or None. Debian keeps it in /usr/sbin, which a non-root PATH often lacks."""
    found = shutil.which("nginx")
    if found:
        return found
    fallback = Path("/usr/sbin/nginx")
    return str(fallback) if fallback.is_file() and os.access(fallback, os.X_OK) else None


def free_ports(count: int) -> list[int]:
    """Distinct free loopback ports. All sockets stay open until every port is picked, so none repeats."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for sock in sockets:
            sock.close()


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


@dataclass
class _Process:
    name: str
    argv: list[str]
    log: Path
    popen: subprocess.Popen | None = None

    def start(self) -> None:
        # Appending keeps the log of an earlier run of the same node (stop_node, then start_node).
        with self.log.open("ab") as out:
            # A process group of its own: nginx's workers are stopped with their master, and a Ctrl-C in
            # the terminal reaches only the caller, whose clean-up then stops everything in order.
            self.popen = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                          cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"}, process_group=0)

    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def stop(self, graceful: bool = True, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM (or SIGKILL at once when not graceful) to the whole group; SIGKILL after `timeout`."""
        if self.popen is None:
            return
        if self.popen.poll() is None:
            self._signal(signal.SIGTERM if graceful else signal.SIGKILL)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                self.popen.wait(timeout)
        # The master is gone; a worker it left (killed master) must not keep the port.
        self._signal(signal.SIGKILL)

    def _signal(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, sig)

    def failure(self, what: str) -> ClusterError:
        code = self.popen.poll() if self.popen else None
        status = f"exited with {code}" if code is not None else "still running"
        return ClusterError(f"{self.name} {what} ({status}); last lines of {self.log}:\n{log_tail(self.log)}")


@dataclass
class Cluster:
    """Two API nodes and the nginx in front. `balancer_url` round-robins over `node_urls`; every answer
    through it carries `X-Upstream: 127.0.0.1:PORT` naming the node that served it."""

    balancer_url: str
    node_urls: list[str]
    tmp_dir: Path
    _nodes: list[_Process] = field(repr=False)
    _nginx: _Process = field(repr=False)

    @property
    def node_addresses(self) -> list[str]:
        """What X-Upstream says for each node (host:port)."""
        return [url.removeprefix("http://") for url in self.node_urls]

    def node_of(self, response: httpx.Response) -> int | None:
        """The index of the node that served a response through the balancer (None: nginx answered itself)."""
        upstream = response.headers.get("x-upstream", "")
        return self.node_addresses.index(upstream) if upstream in self.node_addresses else None

    def node_log(self, i: int) -> Path:
        return self._nodes[i].log

    @property
    def nginx_error_log(self) -> Path:
        return self.tmp_dir / "nginx" / "error.log"

    @property
    def nginx_access_log(self) -> Path:
        return self.tmp_dir / "nginx" / "access.log"

    def stop_node(self, i: int, graceful: bool = False) -> None:
        """Stop node `i` (SIGKILL by default: a crash; graceful: SIGTERM, uvicorn finishes open requests).
        nginx keeps it in the upstream: the next request sent there fails with 502, after which nginx
        sends everything to the other node for fail_timeout (10 s) before trying it again."""
        self._nodes[i].stop(graceful=graceful)

    def start_node(self, i: int) -> None:
        """Start node `i` again on its port (after stop_node) and wait until it is ready."""
        node = self._nodes[i]
        if node.running():
            return
        node.start()
        _wait_ready(node, self.node_urls[i] + "/readyz")

    def node_running(self, i: int) -> bool:
        return self._nodes[i].running()

    def process_ids(self) -> dict[str, int]:
        """The pid of each running process: node0, node1 and nginx (its master; the workers are its children)."""
        named = {f"node{i}": node for i, node in enumerate(self._nodes)} | {"nginx": self._nginx}
        return {name: process.popen.pid for name, process in named.items() if process.running()}


@contextlib.contextmanager
def two_node_cluster(database_url: str, tmp_dir: Path, workers: int = 1) -> Iterator[Cluster]:
    """Start two crm_server nodes on `database_url` and nginx in front of them; stop all three on exit,
    also when the body raises.

    The caller migrates the database first (crm_server.db.make_engine + migrate): the nodes only
    report ready (/readyz) on a migrated schema, and tests usually add users before starting anyway.
    Logs, the nginx configuration, its pid file and temp folders all live in `tmp_dir`.
    """
    nginx = nginx_binary()
    if nginx is None:
        raise ClusterError(f"nginx not found (PATH, /usr/sbin/nginx): install the Debian package {NGINX_PACKAGE!r} "
                           "(tools/ensure-system-packages.sh)")
    tmp_dir = Path(tmp_dir)
    tmp_dir.mkdir(parents=True, exist_ok=True)
    *node_ports, balancer_port = free_ports(3)
    node_urls = [f"http://127.0.0.1:{port}" for port in node_ports]
    nodes = [
        _Process(f"node {i} (port {port})",
                 [sys.executable, "-m", "crm_server.cli", "--database-url", database_url,
                  "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
                 tmp_dir / f"node{i}.log")
        for i, port in enumerate(node_ports)
    ]
    conf = write_nginx_config(tmp_dir / "nginx", balancer_port, node_ports)
    balancer = _Process(f"nginx (port {balancer_port})",
                        [nginx, "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log")],
                        tmp_dir / "nginx.log")
    cluster = Cluster(f"http://127.0.0.1:{balancer_port}", node_urls, tmp_dir, nodes, balancer)
    try:
        for node in nodes:  # both boot at once: imports take most of a second each
            node.start()
        for node, url in zip(nodes, node_urls, strict=True):
            _wait_ready(node, url + "/readyz")
        balancer.start()
        _wait_ready(balancer, cluster.balancer_url + "/healthz", log=cluster.nginx_error_log)
        yield cluster
    finally:
        balancer.stop()
        for node in nodes:
            node.stop()


def _wait_ready(process: _Process, url: str, timeout: float = START_TIMEOUT, log: Path | None = None) -> None:
    """Poll `url` until it answers 200; a process that exits or a deadline that passes is an error naming why."""
    deadline = time.monotonic() + timeout
    last = "no answer yet"
    while True:
        if not process.running():
            raise _with_log(process.failure(f"stopped before {url} answered"), log)
        try:
            answer = httpx.get(url, timeout=2.0)
            if answer.status_code == 200:
                return
            last = f"{answer.status_code} {answer.text[:300]}"
            if "migration_required" in answer.text:  # waiting will not change it: the caller migrates
                raise process.failure(f"found the database not migrated ({last}); run crm_server.db.migrate "
                                      "on it before starting the cluster")
        except httpx.HTTPError as error:
            last = f"{type(error).__name__}: {error}"
        if time.monotonic() > deadline:
            raise _with_log(process.failure(f"did not answer 200 at {url} within {timeout:.0f} s; last: {last}"), log)
        time.sleep(0.1)


def _with_log(error: ClusterError, log: Path | None) -> ClusterError:
    if log is None:
        return error
    return ClusterError(f"{error}\nlast lines of {log}:\n{log_tail(log)}")


def write_nginx_config(prefix: Path, port: int, node_ports: list[int]) -> Path:
    """An nginx.conf that runs unprivileged and keeps every file it writes under `prefix`, never /etc/nginx."""
    prefix.mkdir(parents=True, exist_ok=True)
    for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / "temp" / folder).mkdir(parents=True, exist_ok=True)
    # As root nginx switches its workers to `nobody`, which cannot write (or even reach) a private
    # temp folder such as pytest's; keep them root. Otherwise the workers stay the calling user.
    user = "user root;\n" if os.geteuid() == 0 else ""
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in node_ports)
    conf = prefix / "nginx.conf"
    conf.write_text(f"""\
{user}daemon off;
master_process on;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log notice;

events {{
    worker_connections 4096;
}}

http {{
    log_format upstream '$remote_addr [$time_local] "$request" $status $body_bytes_sent '
                        'upstream=$upstream_addr rt=$request_time urt=$upstream_response_time';
    access_log {prefix}/access.log upstream buffer=64k flush=1s;
    client_body_temp_path {prefix}/temp/client_body;
    proxy_temp_path {prefix}/temp/proxy;
    fastcgi_temp_path {prefix}/temp/fastcgi;
    uwsgi_temp_path {prefix}/temp/uwsgi;
    scgi_temp_path {prefix}/temp/scgi;

    upstream crm_api {{
{servers}
        keepalive 64;
        # Shorter than uvicorn's 5 s keep-alive: nginx must drop an idle connection before the node
        # does, or a request sent as the node closes it fails, and nothing here retries it.
        keepalive_timeout 4s;
    }}

    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 16m;  # above the server's own 8 MB limit, so the node answers 413 itself

        location / {{
            proxy_pass http://crm_api;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 75s;  # /sync/wait long-polls for up to 60 s
            proxy_send_timeout 75s;
            # A retry must be the client's own, so a test can show a retried push that lands on the
            # other node is applied once; production may let nginx retry (docs/server-deployment.md).
            proxy_next_upstream off;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
""", encoding="utf-8")
    return conf
