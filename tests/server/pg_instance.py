"""A PostgreSQL server of a test's own, from the machine's binaries: initdb, start, crash, restart, remove."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from tests.server.cluster import free_ports, log_tail

SUPERUSER = "postgres"  # the database superuser initdb creates, and the system user that runs the server as root
FOLDER_PREFIX = "crm-pg-"  # crm-pg-<pid>-<random> in the temp folder: a killed run's leftovers are found by pid
START_TIMEOUT = 30.0
STOP_TIMEOUT = 30.0
# What a production server runs with: a commit is answered only once its WAL is on disk.
DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
# What the throwaway test cluster runs with (tools/test-postgres.sh): a crash may lose answered commits.
UNSAFE = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


class PostgresError(RuntimeError):
    """The server could not be set up, started or stopped; the message says why (with its log's tail)."""


def find_bindir() -> Path | None:
    """The newest PostgreSQL server binaries, looked for where tools/test-postgres.sh looks."""
    candidates = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            answer = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(Path(answer.stdout.strip()))
    # Debian keeps server binaries off PATH, one folder per major version.
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_major_version, reverse=True)
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        candidates.append(Path(pg_ctl).resolve().parent)
    return next((folder for folder in candidates if _has_server(folder)), None)


def _major_version(bindir: Path) -> int:
    name = bindir.parent.name
    return int(name) if name.isdigit() else 0


def _has_server(bindir: Path) -> bool:
    return all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "postgres"))


def unavailable_reason() -> str | None:
    """Why no instance can be started here, or None."""
    if find_bindir() is None:
        return ("no PostgreSQL server binaries (pg_config --bindir, /usr/lib/postgresql/*/bin, PATH); "
                "on Debian/Ubuntu: apt-get install postgresql")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return f"running as root and there is no {SUPERUSER!r} system user to run PostgreSQL"
    return None


def run_as_owner() -> dict:
    """subprocess keyword arguments that run a command as the server's owner: PostgreSQL refuses to
    run as root, so as root that is the postgres system user; otherwise ourselves."""
    if os.geteuid() != 0:
        return {}
    owner = pwd.getpwnam(SUPERUSER)
    return {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}


def give_to_owner(*paths: Path) -> None:
    if os.geteuid() == 0:
        owner = pwd.getpwnam(SUPERUSER)
        for path in paths:
            os.chown(path, owner.pw_uid, owner.pw_gid)


def make_folder() -> Path:
    """A new folder for one instance in the system temp folder (pytest's own tmp_path is private to
    root, so the postgres user could not enter it), owned by the server's owner."""
    folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
    give_to_owner(folder)
    return folder


def processes_in(data_dir: Path) -> list[int]:
    """Every live process of the server on `data_dir`: each one's working folder is its data folder
    (a killed server's zombies have none, and hold no shared memory)."""
    target = str(data_dir.resolve())
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        with contextlib.suppress(OSError):
            if os.readlink(entry / "cwd") == target and int(entry.name) != os.getpid():
                found.append(int(entry.name))
    return found


def kill_all(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def remove_leftovers() -> None:
    """Instances left by test runs that were killed before they could clean up (their pid is gone)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        pid = folder.name.removeprefix(FOLDER_PREFIX).split("-")[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            kill_all(processes_in(folder / "data"))
            shutil.rmtree(folder, ignore_errors=True)


@dataclass
class PostgresInstance:
    """One PostgreSQL server on its own data folder, socket folder and loopback port, trusting local
    connections as the superuser `postgres`. The postmaster is this process's child, so a killed one
    is reaped here: a zombie postmaster would keep the pid in postmaster.pid alive and refuse the restart."""

    bindir: Path
    folder: Path
    port: int
    settings: dict[str, str]
    _postmaster: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def sockets(self) -> Path:
        return self.folder / "sock"

    @property
    def log(self) -> Path:
        return self.folder / "postgres.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def initdb(self) -> None:
        self.data.mkdir(mode=0o700)
        self.sockets.mkdir()
        give_to_owner(self.data, self.sockets)
        # --no-sync: initdb's files need not survive a power cut; what a test crashes is the server.
        command = [str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                   "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"]
        done = subprocess.run(command, cwd=self.folder, capture_output=True, text=True, **run_as_owner())
        if done.returncode != 0:
            raise PostgresError(f"initdb failed ({done.returncode}): {(done.stdout + done.stderr)[-2000:]}")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("include 'instance.conf'\n")
        self.write_settings()

    def write_settings(self) -> None:
        """instance.conf: where to listen, then `settings` (read again at each start)."""
        lines = {"listen_addresses": "'127.0.0.1'", "port": str(self.port),
                 "unix_socket_directories": f"'{self.sockets}'", "max_connections": "100", **self.settings}
        conf = self.data / "instance.conf"
        conf.write_text("".join(f"{name} = {value}\n" for name, value in lines.items()), encoding="utf-8")
        give_to_owner(conf)

    def start(self, timeout: float = START_TIMEOUT) -> float:
        """Start the server (after a crash it first replays the WAL); the seconds until it was ready."""
        began = time.monotonic()
        with self.log.open("ab") as out:
            # A process group of its own: a Ctrl-C in the terminal reaches only the test, whose clean-up
            # then stops the server.
            self._postmaster = subprocess.Popen([str(self.bindir / "postgres"), "-D", str(self.data)], stdout=out,
                                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=self.folder,
                                                process_group=0, **run_as_owner())
        self._wait_ready(began + timeout)
        return time.monotonic() - began

    def _wait_ready(self, deadline: float) -> None:
        """Until postmaster.pid names our postmaster and says `ready` (what pg_ctl -w waits for)."""
        while True:
            if self._postmaster.poll() is not None:
                raise PostgresError(f"PostgreSQL exited with {self._postmaster.returncode} while starting; "
                                    f"last lines of {self.log}:\n{log_tail(self.log)}")
            with contextlib.suppress(OSError):
                lines = (self.data / "postmaster.pid").read_text(encoding="utf-8").splitlines()
                if len(lines) >= 8 and lines[0] == str(self._postmaster.pid) and lines[7].strip() == "ready":
                    return
            if time.monotonic() > deadline:
                raise PostgresError(f"PostgreSQL was not ready in time; last lines of {self.log}:\n"
                                    f"{log_tail(self.log)}")
            time.sleep(0.02)

    def postmaster_pid(self) -> int:
        """The first line of postmaster.pid."""
        return int((self.data / "postmaster.pid").read_text(encoding="utf-8").splitlines()[0])

    def running(self) -> bool:
        return self._postmaster is not None and self._postmaster.poll() is None

    def crash(self) -> None:
        """SIGKILL the postmaster, then at once every process of the server it leaves (backends,
        WAL writer): the whole server dies, as in an OOM kill, and none of it flushes or commits
        anything after the kill. The data folder stays as the crash left it."""
        os.kill(self.postmaster_pid(), signal.SIGKILL)
        self._postmaster.wait(STOP_TIMEOUT)
        deadline = time.monotonic() + STOP_TIMEOUT
        while survivors := processes_in(self.data):
            if time.monotonic() > deadline:
                raise PostgresError(f"processes {survivors} of the killed server on {self.data} do not die")
            kill_all(survivors)
            time.sleep(0.01)

    def stop(self) -> None:
        """Fast shutdown (SIGINT: sessions are ended, every commit kept); a crash if it hangs."""
        if not self.running():
            return
        self._postmaster.send_signal(signal.SIGINT)
        try:
            self._postmaster.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.crash()

    def setting(self, name: str) -> str:
        """A setting as the running server has it (SHOW)."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            return conn.execute(f"show {name}").fetchone()[0]

    def create_database(self, name: str) -> str:
        """A new empty database; its URL."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'create database "{name}"')
        return self.url(name)

    def remove(self) -> None:
        """Stop the server, kill anything of it still alive, delete its folder."""
        try:
            self.stop()
        finally:
            kill_all(processes_in(self.data))
            shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def postgres_instance(settings: dict[str, str] | None = None) -> Iterator[PostgresInstance]:
    """A running instance with DURABLE settings (`settings` override them), stopped and removed on exit,
    also when the body raises."""
    bindir = find_bindir()
    reason = unavailable_reason()
    if bindir is None or reason:
        raise PostgresError(reason or "no PostgreSQL binaries")
    remove_leftovers()
    instance = PostgresInstance(bindir, make_folder(), free_ports(1)[0], {**DURABLE, **(settings or {})})
    try:
        instance.initdb()
        instance.start()
        yield instance
    finally:
        instance.remove()
