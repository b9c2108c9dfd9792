"""Attachment files through two server nodes on PostgreSQL (no balancer: laptop A talks to one node, laptop B to
the other, so every file B fetches is served by a node that did not receive it): 1,000 files of 200 KB up from
laptop A and down to laptop B, beside two floors (the same bytes through a bare uvicorn + FastAPI endpoint, and
raw PostgreSQL inserts and reads, one commit per file), then a laptop process killed mid-file (upload, then
download) and how many bytes the resumed transfer sent again."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import psycopg

from bench.common import emit
from bench.server_load import test_postgres_url, throwaway_database
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.files import FileSync
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.store import cipher
from crm_desktop.store.cipher import StoreKey
from crm_desktop.sync.blobs import PARALLEL
from crm_desktop.sync.transport import Tokens, Transport
from crm_server.admin import Admin
from crm_server.db import make_engine, migrate, sessions
from crm_server.settings import normalise_url
from tests.server.cluster import free_ports

PASSWORD = "bench password 2026"
BIG = 20 * 1024 * 1024  # the file a killed process was sending or fetching
KILL_AT = 8 * 1024 * 1024  # killed once this much of it has gone across
KEYS: dict[str, StoreKey] = {}  # each laptop's store key (the app keeps it in the OS keyring)
FLOOR_APP = """
import sys, uvicorn
from fastapi import FastAPI, Request, Response
app = FastAPI()
BODY = bytes(int(sys.argv[2]))
@app.put("/x")
async def put(request: Request) -> dict:
    return {"received": len(await request.body())}
@app.get("/x")
def get() -> Response:
    return Response(BODY, media_type="application/octet-stream")
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 files (smoke test)")
    parser.add_argument("--files", type=int, default=None, help="files sent and fetched (default 1,000)")
    parser.add_argument("--size", type=int, default=200_000, help="bytes per file (default 200 KB)")
    parser.add_argument("--parallel", type=int, default=PARALLEL, help="files in flight at once (default %(default)s)")
    parser.add_argument("--child", choices=("upload", "download"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--server", help=argparse.SUPPRESS)
    parser.add_argument("--tokens", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.files = args.files or (100 if args.quick else 1000)
    return args


# --- processes -------------------------------------------------------------------------------


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process ended ({process.returncode})")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")


@contextlib.contextmanager
def processes(commands: list[tuple[list[str], str]], log_dir: Path) -> Iterator[None]:
    """Start each command, wait for its ready URL, stop them all at the end."""
    started: list[subprocess.Popen] = []
    try:
        for i, (command, _ready) in enumerate(commands):
            log = (log_dir / f"process{i}.log").open("wb")
            started.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
        for process, (_command, ready) in zip(started, commands, strict=True):
            wait_ready(ready, process)
        yield
    finally:
        for process in started:
            process.terminate()
        for process in started:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def node(url: str, port: int) -> tuple[list[str], str]:
    return ([sys.executable, "-m", "crm_server.cli", "--database-url", url, "serve", "--host", "127.0.0.1",
             "--port", str(port)], f"http://127.0.0.1:{port}/readyz")


# --- laptops -----------------------------------------------------------------------------------


def laptop(folder: Path, name: str, server: str) -> tuple[CrmApp, SyncEngine]:
    """An encrypted store (its files encrypted at rest too), as the app makes them."""
    app = CrmApp.open(folder / f"{name}.db", key=KEYS.setdefault(name, cipher.new_key()))
    engine = SyncEngine(app.store, Transport(server, timeout=120))
    engine.login(server, "wang", PASSWORD, name)
    return app, engine


def child(args: argparse.Namespace) -> int:
    """A laptop process that sends or fetches its files until it is killed."""
    app = CrmApp.open(Path(args.db), key=cipher.key_from_hex(args.key))
    transport = Transport(args.server, tokens=Tokens(**json.loads(args.tokens)), timeout=120)
    FileSync(app.store, transport).run()
    return 0


def killed_midway(kind: str, db: Path, key: StoreKey, server: str, tokens: Tokens, progress) -> None:
    """Run the laptop's file transfer in a process of its own, and kill it (SIGKILL) once `progress()` passes
    KILL_AT bytes."""
    command = [sys.executable, __file__, "--child", kind, "--db", str(db), "--server", server,
               "--tokens", json.dumps(tokens.__dict__), "--key", key.raw.hex()]
    log = db.with_name(f"{kind}-child.log")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    try:
        while progress() < KILL_AT:
            if process.poll() is not None:
                raise RuntimeError(f"the {kind} ended before it was killed ({process.returncode}): "
                                   f"{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.005)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def server_held(url: str, sha: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT received FROM blobs WHERE sha256 = %s", [sha]).fetchone()
    return int(row[0]) if row else 0


# --- floors ------------------------------------------------------------------------------------


def http_floor(port: int, files: int, size: int) -> tuple[float, float]:
    """Seconds to PUT, then GET, `files` bodies of `size` bytes through a bare uvicorn + FastAPI endpoint."""
    body = os.urandom(size)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        started = time.perf_counter()
        for _ in range(files):
            http.put("/x", content=body, headers={"Content-Type": "application/octet-stream"}).raise_for_status()
        put = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(files):
            assert len(http.get("/x").content) == size
        return put, time.perf_counter() - started


def database_floor(url: str, files: int, size: int) -> tuple[float, float]:
    """Seconds to INSERT `files` rows of `size` bytes (a commit each), then SELECT them one by one."""
    body = os.urandom(size)
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE floor_chunks (id int PRIMARY KEY, data bytea)")
        conn.execute("ALTER TABLE floor_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
        conn.commit()
        started = time.perf_counter()
        for i in range(files):
            conn.execute("INSERT INTO floor_chunks VALUES (%s, %s)", [i, body])
            conn.commit()
        put = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(files):
            assert len(conn.execute("SELECT data FROM floor_chunks WHERE id = %s", [i]).fetchone()[0]) == size
        got = time.perf_counter() - started
        conn.execute("DROP TABLE floor_chunks")
        conn.commit()
    return put, got


# --- the run -----------------------------------------------------------------------------------


def seed(url: str) -> None:
    engine = make_engine(normalise_url(url))
    migrate(engine)
    with sessions(engine)() as s:
        admin = Admin(s)
        admin.add_team("华东销售一部")
        admin.add_user("wang", PASSWORD, "王芳", "rep", "华东销售一部")
    engine.dispose()


def main() -> int:
    args = parse_args()
    if args.child:
        return child(args)
    total = args.files * args.size
    with throwaway_database(test_postgres_url()) as url, tempfile.TemporaryDirectory(prefix="crm-files-") as tmp:
        folder = Path(tmp)
        seed(url)
        ports = free_ports(3)
        a_url, b_url = (f"http://127.0.0.1:{p}" for p in ports[:2])
        nodes = [node(normalise_url(url), ports[0]), node(normalise_url(url), ports[1]),
                 ([sys.executable, "-c", FLOOR_APP, str(ports[2]), str(args.size)], f"http://127.0.0.1:{ports[2]}/x")]
        with processes(nodes, folder):
            office, office_sync = laptop(folder, "office", a_url)
            customer = office.customers.create_account(_account("恒通贸易"))
            started = time.perf_counter()
            for i in range(args.files):
                office.attachments.attach_bytes("account", customer.id, os.urandom(args.size), f"照片{i:04d}.jpg",
                                                kind="photo")
            attach_s = time.perf_counter() - started
            office_sync.sync()  # the records first

            put_floor, get_floor = http_floor(ports[2], args.files, args.size)
            db_put, db_get = database_floor(url, args.files, args.size)

            started = time.perf_counter()
            sent = FileSync(office.store, office_sync.transport, parallel=args.parallel).run()
            upload_s = time.perf_counter() - started
            assert sent.sent == args.files and sent.failed == 0, sent
            emit("attachments_upload", args.files, p50_ms=upload_s * 1000, p95_ms=upload_s * 1000,
                 floor_ms=put_floor * 1000, db_floor_ms=round(db_put * 1000, 1), mb=round(total / 1e6, 1),
                 mb_per_s=round(total / 1e6 / upload_s, 1), attach_local_ms=round(attach_s * 1000, 1),
                 bytes_sent=sent.bytes_sent, encrypted=office.store.blobs.encrypted, parallel=args.parallel)

            home, home_sync = laptop(folder, "home", b_url)
            home_sync.sync()
            started = time.perf_counter()
            got = FileSync(home.store, home_sync.transport, parallel=args.parallel).run()
            download_s = time.perf_counter() - started
            assert got.received == args.files and got.failed == 0, got
            emit("attachments_download", args.files, p50_ms=download_s * 1000, p95_ms=download_s * 1000,
                 floor_ms=get_floor * 1000, db_floor_ms=round(db_get * 1000, 1), mb=round(total / 1e6, 1),
                 mb_per_s=round(total / 1e6 / download_s, 1), bytes_received=got.bytes_received, parallel=args.parallel,
                 other_node=True)

            resume(office, office_sync, home, home_sync, url)
    return 0


def resume(office: CrmApp, office_sync: SyncEngine, home: CrmApp, home_sync: SyncEngine, url: str) -> None:
    """One BIG file: the sending laptop's process is killed mid-file, a new one sends the rest; then the same
    for the fetching laptop. Prints the bytes each resumed transfer sent again (0 = none twice)."""
    big = os.urandom(BIG)
    customer = office.customers.create_account(_account("远航物流"))
    sha = office.attachments.attach_bytes("account", customer.id, big, "报价单.pdf").sha256
    office_sync.sync()
    path, key, transport = office.store.path, office.store.key, office_sync.transport
    office.close()  # the store is the child's while it runs (one process at a time holds it)
    killed_midway("upload", path, key, str(transport.http.base_url), transport.tokens, lambda: server_held(url, sha))
    office = CrmApp.open(path, key=key)
    held = server_held(url, sha)
    started = time.perf_counter()
    again = FileSync(office.store, transport).run()
    elapsed = time.perf_counter() - started
    assert again.sent == 1, again
    emit("attachments_resume_upload", 1, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000, file_bytes=BIG,
         held_at_kill=held, bytes_sent_after=again.bytes_sent, resent_bytes=again.bytes_sent - (BIG - held))
    office.close()

    home_sync.sync()
    path, key, transport = home.store.path, home.store.key, home_sync.transport
    part = home.store.blobs.part_path(sha)
    home.close()
    killed_midway("download", path, key, str(transport.http.base_url), transport.tokens,
                  lambda: part.stat().st_size if part.exists() else 0)
    home = CrmApp.open(path, key=key)
    held = home.store.blobs.begin_receive(sha, BIG)
    started = time.perf_counter()
    again = FileSync(home.store, transport).run()
    elapsed = time.perf_counter() - started
    assert again.received == 1 and home.store.blobs.read_range(sha, 0, BIG) == big, again
    emit("attachments_resume_download", 1, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000, file_bytes=BIG,
         held_at_kill=held, bytes_received_after=again.bytes_received,
         refetched_bytes=again.bytes_received - (BIG - held))
    home.close()


def _account(name: str):
    from crm_desktop.domain.customers.entities import AccountInput

    return AccountInput(name=name, city="上海")


if __name__ == "__main__":
    sys.exit(main())
