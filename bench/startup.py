"""Cold start to an interactive window at 1,000,000 contacts: a new process each round, from
spawn until the window is shown and the event loop has run (page cache warm, as after a
previous run); on the plain store and on an SQLCipher copy whose key a (bench) keyring holds.
Floor: a bare PySide6 process showing an empty window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, bench_store, emit, encrypted_copy, parse_args, percentile

ROUNDS = 7
FLOOR = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.show()
QTimer.singleShot(0, lambda: (print("interactive", flush=True), app.quit()))
app.exec()
"""


def spawn_ms(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env, cwd=ROOT)
    for line in process.stdout:
        if line.startswith("interactive"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError("the app never became interactive")
    process.wait(timeout=60)
    return elapsed


def isolated_env(home: Path) -> dict:
    """Settings and keyring of their own: no encryption offer for the plain store (it would wait for
    an answer), and a file keyring (bench/file_keyring.py) standing in for the OS one."""
    config = home / "config" / "FieldCRM"
    config.mkdir(parents=True, exist_ok=True)
    (config / "FieldCRM.conf").write_text("[security]\noffer_encryption=0\n")
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_EXIT_WHEN_INTERACTIVE="1",
                XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                PYTHON_KEYRING_BACKEND="bench.file_keyring.BenchFileKeyring",
                CRM_BENCH_KEYRING=str(home / "keyring.json"), PYTHONPATH=str(ROOT))


def keep_key(db: Path, key, env: dict) -> None:
    """The key into the bench keyring, as the app keeps it (in a child with the bench environment)."""
    code = ("import sys; from pathlib import Path; from crm_desktop.store.cipher import key_from_hex;"
            " from crm_desktop.controllers.security.store_keys import save_keyring_key;"
            " assert save_keyring_key(Path(sys.argv[1]), key_from_hex(sys.argv[2]))")
    subprocess.run([sys.executable, "-c", code, str(db), key.raw.hex()], env=env, check=True, cwd=ROOT)


def measure(name: str, size: int, db: Path, env: dict, floor: float) -> None:
    app = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    spawn_ms(app, env)  # first run fills the OS page cache
    times = [spawn_ms(app, env) for _ in range(ROUNDS)]
    emit(name, size, p50_ms=percentile(times, 50), p95_ms=percentile(times, 95), floor_ms=floor)


def main() -> None:
    args = parse_args(__doc__)
    db = bench_store(args.size, args.fresh)
    encrypted, key = encrypted_copy(db, args.fresh)
    with tempfile.TemporaryDirectory(prefix="crm-startup-") as home:
        env = isolated_env(Path(home))
        keep_key(encrypted, key, env)
        floor = percentile([spawn_ms([sys.executable, "-c", FLOOR], env) for _ in range(ROUNDS)], 95)
        measure("startup", args.size, db, env, floor)
        measure("startup_encrypted", args.size, encrypted, env, floor)


if __name__ == "__main__":
    main()
